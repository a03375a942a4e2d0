"""After an unclean shutdown: show what was edited in the last session, so the inspector can check it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget


def describe(head) -> str:
    data = head.data or {}
    label = next((str(data[k]) for k in ("title", "name", "pseudonym", "summary", "text") if data.get(k)), "")
    return f"{head.updated_at[:19].replace('T', ' ')}  {head.entity.replace('_', ' ')}  {label[:80]}"


class RecoveryDialog(QDialog):
    def __init__(self, items, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery review"))
        intro = QLabel(self.tr(
            "FieldKit was not closed properly last time. Every edit that was saved is here; these are the "
            "items edited in that session. Open them to check they read as you expect."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Recently edited items"))
        for head in items:
            self.list.addItem(describe(head))
        if not items:
            self.list.addItem(self.tr("No edits were made in that session."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reviewed"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(620, 360)
