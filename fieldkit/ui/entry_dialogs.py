"""Small dialogs for a site, a team member and a child pseudonym."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.inspection import ROLES, Child, Site, TeamMember
from fieldkit.services.errors import ValidationError


class _EntryDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.value = None

    def _row(self, label: str, widget: QWidget) -> QWidget:
        lab = QLabel(label)
        lab.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        self.form.addRow(lab, widget)
        return widget

    def build(self):
        raise NotImplementedError

    def _on_accepted(self) -> None:
        try:
            self.value = self.build().validate()
        except ValidationError as exc:
            self.error_label.setText("\n".join(exc.problems))
            return
        self.accept()


def _date_edit(optional_text: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate(1990, 1, 1))
    edit.setSpecialValueText(optional_text)
    edit.setDate(edit.minimumDate())
    return edit


def _iso(edit: QDateEdit) -> str | None:
    return None if edit.date() == edit.minimumDate() else edit.date().toString("yyyy-MM-dd")


class SiteDialog(_EntryDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Add site"), parent)
        self.name = self._row(self.tr("&Name"), QLineEdit())
        self.area = self._row(self.tr("&Area"), QLineEdit())
        self.valid_from = self._row(self.tr("Valid &from"), _date_edit(self.tr("not set")))
        self.valid_to = self._row(self.tr("Valid &to"), _date_edit(self.tr("not set")))

    def build(self) -> Site:
        return Site(self.name.text().strip(), self.area.text().strip(), _iso(self.valid_from), _iso(self.valid_to))


class TeamMemberDialog(_EntryDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Add team member"), parent)
        self.name = self._row(self.tr("&Name"), QLineEdit())
        self.role = self._row(self.tr("&Role"), QComboBox())
        self._labels = {"lead": self.tr("Lead inspector"), "inspector": self.tr("Inspector"),
                        "assistant": self.tr("Inspection assistant")}
        for code in ROLES:
            self.role.addItem(self._labels[code], code)
        self.role.setCurrentIndex(1)
        self.organisation = self._row(self.tr("&Organisation"), QLineEdit())

    def build(self) -> TeamMember:
        return TeamMember(self.name.text().strip(), self.role.currentData(), self.organisation.text().strip())


class ChildDialog(_EntryDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Add child to the pseudonym register"), parent)
        note = QLabel(self.tr("Children appear only as a pseudonym with an age. The register stays on this laptop."))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.pseudonym = self._row(self.tr("&Pseudonym"), QLineEdit())
        self.age = self._row(self.tr("A&ge (years)"), QSpinBox())
        self.age.setRange(0, 25)

    def build(self) -> Child:
        return Child(self.pseudonym.text().strip(), int(self.age.value()))
