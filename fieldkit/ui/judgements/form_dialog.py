"""What the findings and recommendations dialogs share: a form whose Save asks the page to write.

Save does not close the dialog. The page runs the write on the database thread and closes the dialog only
when it succeeded, so a refused save leaves everything typed in place to be corrected.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

# Lets a partial date be typed; the domain says whether the finished one is a real day or month.
_DAY_OR_MONTH_TYPING = QRegularExpression(r"^\d{0,4}(-\d{0,2}(-\d{0,2})?)?$")


def problem_text(exc: BaseException) -> str:
    """A refusal in the user's terms: one line per problem, each naming its field."""
    problems = getattr(exc, "problems", None)
    if problems:
        return "\n".join(problems)
    if isinstance(exc, KeyError) and exc.args:
        return str(exc.args[0])
    return str(exc) or type(exc).__name__


def plain_text(name: str, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)  # Tab moves on, so the dialog stays keyboard operable
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height * 2)  # room to read a paragraph; lists below get the rest
    return edit


class DayOrMonthEdit(QLineEdit):
    """A by-date or review date: a day (2009-05-21) or just a month (2009-05), or blank."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(_DAY_OR_MONTH_TYPING, self))
        self.setPlaceholderText(self.tr("YYYY-MM or YYYY-MM-DD"))
        self.setMaximumWidth(160)

    def value(self) -> str | None:
        return self.text().strip() or None


class FormDialog(QDialog):
    """Signals: submitted() when Save is pressed (Enter); Escape or Cancel closes without writing.

    Fields go in `form` through `row()`, which makes each label the buddy and accessible name of its field."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox()
        # The subclass names the window and this button: tr() needs the object built first.
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.submitted)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.buttons)

    def row(self, label_text: str, widget: QWidget) -> QWidget:
        """A labelled row; the label is the widget's buddy (its & letter focuses it) and its accessible name."""
        label = QLabel(label_text)
        label.setBuddy(widget)
        if not widget.accessibleName():
            widget.setAccessibleName(label_text.replace("&", ""))
        self.form.addRow(label, widget)
        return widget

    def note(self, text: str, *, plain: bool = False) -> QLabel:
        """An explanation across the form; grey unless `plain` (for what the user must not miss)."""
        label = QLabel(text)
        label.setWordWrap(True)
        if not plain:
            label.setStyleSheet("color: #555;")
        self.form.addRow(label)
        return label
