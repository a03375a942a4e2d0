"""The cells of a records table (quotes, participants, questions...): one typed editor per field kind.

A records field keeps its rows as Python dicts; the table only shows them. Each cell's editor writes its
value back as it changes (every keystroke, every pick), so autosave never waits for the cell to close.
Children are picked from the pseudonym register or added to it in place; dates and numbers have their
own editors, so nothing typed into a table can be refused for its shape.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from fieldkit.ui.evidence.child_picker import ChildCombo
from fieldkit.ui.language import pick

TEXT_KINDS = ("text", "longtext")
NO_DATE = QDate(1990, 1, 1)


def choice_label(sub, code: str | None) -> str:
    for c, en, cy in sub.choices:
        if c == code:
            return pick(en, cy)
    return code or ""


def display(sub, value: Any, directory) -> str:
    """What a cell shows for `value`."""
    kind = sub.kind
    if kind == "records":  # opens its own window: say what is inside and how many
        return f"{pick(sub.label_en, sub.label_cy)}: {len(value or [])}…"
    if value is None or value == "" or value == []:
        return ""
    if kind == "choice":
        return choice_label(sub, value)
    if kind == "multichoice":
        return ", ".join(choice_label(sub, c) for c in value)
    if kind == "child":
        return directory.label(value) if directory is not None else str(value)
    return str(value)


def int_bounds(sub) -> tuple[int, int]:
    """The spin box range; its lowest value (one below the field's minimum) stands for 'not set'."""
    low = (sub.minimum if sub.minimum is not None else 0) - 1
    return low, sub.maximum if sub.maximum is not None else 1_000_000


class RecordDelegate(QStyledItemDelegate):
    """Creates the editor for a cell from its field kind; the editor writes back while it is used."""

    def __init__(self, field):
        super().__init__(field.table)
        self.field = field

    def _set(self, pindex: QPersistentModelIndex, value: Any) -> None:
        if pindex.isValid():
            self.field.set_cell(pindex.row(), pindex.column(), value)

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget | None:  # noqa: N802
        sub = self.field.subs[index.column()]
        kind = sub.kind
        pindex = QPersistentModelIndex(index)
        name = self.field.cell_name(index.row(), index.column())
        editor: QWidget | None
        if kind in TEXT_KINDS:
            editor = QLineEdit(parent)
            editor.textEdited.connect(lambda text: self._set(pindex, text))
        elif kind == "choice":
            editor = QComboBox(parent)
            editor.addItem("—", None)
            for code, en, cy in sub.choices:
                editor.addItem(pick(en, cy), code)
            editor.activated.connect(lambda _i, e=editor: self._set(pindex, e.currentData()))
        elif kind == "multichoice":
            editor = QListWidget(parent)
            for code, en, cy in sub.choices:
                item = QListWidgetItem(pick(en, cy))
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                editor.addItem(item)
            editor.itemChanged.connect(lambda _i, e=editor: self._set(pindex, _checked(e)))
        elif kind == "date":
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("yyyy-MM-dd")
            editor.setMinimumDate(NO_DATE)
            editor.setSpecialValueText(self.tr("not set"))
            editor.dateChanged.connect(
                lambda d: self._set(pindex, None if d == NO_DATE else d.toString("yyyy-MM-dd")))
        elif kind == "int":
            editor = QSpinBox(parent)
            low, high = int_bounds(sub)
            editor.setRange(low, high)
            editor.setSpecialValueText("—")
            editor.valueChanged.connect(lambda v, low=low: self._set(pindex, None if v == low else int(v)))
        elif kind == "child":
            editor = ChildCombo(self.field.directory, parent)
            editor.picked.connect(lambda e=editor: self._set(pindex, e.value()))
            editor.new_requested.connect(lambda: self.field.ask_new_child(pindex))
        elif kind == "records":
            QTimer.singleShot(0, lambda: self.field.open_nested(pindex))
            return None
        else:  # bool: a check box in the cell itself
            return None
        editor.setAccessibleName(name)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = self.field.cell(index.row(), index.column())
        sub = self.field.subs[index.column()]
        # The view calls this again after each write-back: leave an editor that already shows the value.
        if isinstance(editor, QLineEdit):
            if editor.text() != (value or ""):
                editor.setText(value or "")
        elif isinstance(editor, ChildCombo):
            if editor.value() != value:
                editor.set_value(value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)) if value is not None else 0)
        elif isinstance(editor, QListWidget):
            if _checked(editor) != list(value or []):
                editor.blockSignals(True)
                for i in range(editor.count()):
                    item = editor.item(i)
                    on = item.data(Qt.ItemDataRole.UserRole) in (value or [])
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                editor.blockSignals(False)
        elif isinstance(editor, QDateEdit):
            wanted = QDate.fromString(value, "yyyy-MM-dd") if value else NO_DATE
            if editor.date() != wanted:
                editor.setDate(wanted)
        elif isinstance(editor, QSpinBox):
            wanted = int(value) if isinstance(value, int) else int_bounds(sub)[0]
            if editor.value() != wanted:
                editor.setValue(wanted)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        """Nothing left to do: every change was written back as it happened."""

    def updateEditorGeometry(self, editor: QWidget, option, index: QModelIndex) -> None:  # noqa: N802
        rect = QRect(option.rect)
        if isinstance(editor, QListWidget):  # a list of choices needs more than one line
            rect.setHeight(max(rect.height(), min(200, 22 * editor.count() + 6)))
            rect.setWidth(max(rect.width(), 260))
        editor.setGeometry(rect)


def _checked(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class NestedRecordsDialog(QDialog):
    """The records inside one row (a survey response's answers), edited in place; changes apply live."""

    def __init__(self, spec, title: str, directory, parent: QWidget | None = None):
        super().__init__(parent)
        from fieldkit.ui.evidence.records_field import RecordsField  # noqa: PLC0415

        self.setWindowTitle(title)
        self.setObjectName("nested_records_dialog")
        self.records = RecordsField(spec, directory)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.records, 1)
        layout.addWidget(buttons)
        self.resize(560, 320)
