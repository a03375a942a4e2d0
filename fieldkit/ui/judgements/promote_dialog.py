"""Choose an evidence item flagged as good practice and promote it to a good-practice finding."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from fieldkit.ui.judgements.form_dialog import FormDialog, plain_text

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class PromoteDialog(FormDialog):
    """`candidates`: (evidence id, summary) of flagged items not yet promoted; `titles` names them."""

    def __init__(self, candidates: list[tuple[str, str]], titles: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Promote good practice"))
        self.save_button.setText(self.tr("&Promote"))
        self.note(self.tr("Evidence items flagged as good practice that are not yet findings. The finding keeps a "
                          "link back to its item."))
        self.items = QListWidget()
        for uuid, summary in candidates:
            title = titles.get(uuid) or self.tr("(untitled item)")
            item = QListWidgetItem(f"{title} — {summary}" if summary else title)
            item.setData(UUID_ROLE, uuid)
            item.setData(UUID_ROLE + 1, summary)
            item.setToolTip(summary or title)
            self.items.addItem(item)
        self.row(self.tr("&Evidence item"), self.items)
        self.text = plain_text(self.tr("Finding text"), 70)
        self.text.setPlaceholderText(self.tr("The item's good practice summary, unless you write another"))
        self.row(self.tr("Finding &text"), self.text)
        self.items.currentItemChanged.connect(self._on_current)
        self.items.itemDoubleClicked.connect(lambda _i: self.submitted.emit())
        if self.items.count():
            self.items.setCurrentRow(0)
        self.resize(620, 420)

    def _on_current(self, item: QListWidgetItem | None, _previous) -> None:
        self.save_button.setEnabled(item is not None)
        self.text.setPlainText(item.data(UUID_ROLE + 1) if item is not None else "")

    def choose(self, uuid: str) -> None:
        for i in range(self.items.count()):
            if self.items.item(i).data(UUID_ROLE) == uuid:
                self.items.setCurrentRow(i)
                return
        raise KeyError(uuid)

    def chosen(self) -> tuple[str, str | None] | None:
        item = self.items.currentItem()
        if item is None:
            return None
        return item.data(UUID_ROLE), self.text.toPlainText().strip() or None
