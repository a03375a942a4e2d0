"""After an unclean shutdown: what was edited in the last session, each item one click from where it lives.

Not modal, so the inspector can read an opened item in the window and come back to the list: an
inspection (or its site, team member or child) opens its workspace, an evidence item opens in the
evidence register. Enter, double-click or Open opens the selected line; Reviewed closes the list.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_LABEL_KEYS = ("title", "name", "pseudonym", "summary", "text")
_ROLE = Qt.ItemDataRole.UserRole


def _label(data: dict | None) -> str:
    data = data or {}
    for source in (data, data.get("data") if isinstance(data.get("data"), dict) else {}):
        for key in _LABEL_KEYS:
            if source.get(key):
                return str(source[key])
    return ""


class RecoveryDialog(QDialog):
    """Signals:
        open_requested(entity, uuid, inspection_uuid): the inspector asked to see this item.
    """

    open_requested = Signal(str, str, str)

    def __init__(self, items, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery review"))
        self.setModal(False)
        intro = QLabel(self.tr(
            "FieldKit was not closed properly last time. Every edit that was saved is here; these are the "
            "items edited in that session. Open each one to check it reads as you expect."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Recently edited items"))
        for head in items:
            line = QListWidgetItem(self.describe(head))
            line.setData(_ROLE, (head.entity, head.uuid, head.inspection_uuid or ""))
            self.list.addItem(line)
        if not items:
            self.list.addItem(self.tr("No edits were made in that session."))
        self.list.itemActivated.connect(self._activate)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected item"))
        self.open_button.setEnabled(bool(items))
        self.open_button.clicked.connect(lambda: self._activate(self.list.currentItem()))
        buttons = QDialogButtonBox()
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.reviewed_button = buttons.addButton(self.tr("&Reviewed"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.reviewed_button.setAccessibleName(self.tr("Reviewed: close this list"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        if items:
            self.list.setCurrentRow(0)
        self.list.setFocus()
        self.resize(640, 380)

    def describe(self, head) -> str:
        kinds = {"inspection": self.tr("Inspection"), "evidence": self.tr("Evidence"), "site": self.tr("Site"),
                 "team_member": self.tr("Team member"), "child": self.tr("Child pseudonym")}
        kind = kinds.get(head.entity, head.entity.replace("_", " "))
        deleted = "  " + self.tr("(deleted)") if head.deleted else ""
        try:  # stored in UTC; shown in the laptop's own time, as the inspector remembers it
            when = datetime.fromisoformat(head.updated_at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
        except ValueError:
            when = head.updated_at[:19]
        return f"{when}  {kind}: {_label(head.data)[:80]}{deleted}"

    def _activate(self, item: QListWidgetItem | None) -> None:
        target = item.data(_ROLE) if item is not None else None
        if target:
            self.open_requested.emit(*target)


def open_recovered(window, entity: str, uuid: str, inspection_uuid: str) -> None:
    """Show a recovered item where it lives: its inspection's workspace, or the evidence register."""
    services = window.session.services
    if services is None:
        return
    target = uuid if entity == "inspection" else inspection_uuid
    head = services.store.records.get(target) if target else None
    if head is None or head.entity != "inspection" or head.deleted:
        window.prompts.info(QCoreApplication.translate("RecoveryDialog", "Recovery review"), QCoreApplication.translate(
            "RecoveryDialog",
            "This item belongs to no inspection that can be opened; it is kept in the store as it was saved."))
        return
    window.open_inspection(target)
    if entity == "evidence":
        window.workspace.open_evidence(uuid)
    window.raise_()
