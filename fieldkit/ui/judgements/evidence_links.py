"""Evidence cited by a judgement or finding: items, each with the passage quoted from it, and a picker."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.ui.language import pick

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


def row_text(row) -> str:
    title = row.title or "(untitled)"
    return f"{title} · {pick(row.type_label_en, row.type_label_cy)} · {row.evidence_date or '—'}"


class EvidencePicker(QDialog):
    """Choose an evidence item (the node's own evidence first, or search the register) and a passage."""

    def __init__(self, services, inspection_uuid: str, first: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self._services, self._inspection = services, inspection_uuid
        self._first = first
        self.setWindowTitle(self.tr("Cite evidence"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the register"))
        self.search.setAccessibleName(self.tr("Search the register"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Evidence items"))
        self.passage = QPlainTextEdit()
        self.passage.setAccessibleName(self.tr("Quoted passage"))
        self.passage.setPlaceholderText(self.tr("Optional: the passage of the item this rests on"))
        self.passage.setMaximumHeight(90)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Cite"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search)
        passage_label = QLabel(self.tr("&Passage"))
        passage_label.setBuddy(self.passage)
        form.addRow(search_label, self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.results, 1)
        layout.addWidget(passage_label)
        layout.addWidget(self.passage)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.results.itemDoubleClicked.connect(lambda _i: self.accept())
        self.results.currentItemChanged.connect(lambda cur, _p: self.ok.setEnabled(cur is not None))
        self.resize(620, 520)
        self._refresh()

    def _refresh(self) -> None:
        from fieldkit.services.evidence import EvidenceFilter  # noqa: PLC0415

        text = self.search.text().strip()
        ev = self._services.evidence
        if text:
            rows = ev.query(self._inspection, EvidenceFilter(search=text), limit=200)
        else:
            if self._first:  # the node's own evidence, newest first
                rows = sorted(ev.rows(self._inspection, self._first).values(),
                              key=lambda r: (r.evidence_date or "", r.uuid), reverse=True)
            else:
                rows = ev.query(self._inspection, EvidenceFilter(), limit=200)
        self.results.clear()
        for r in rows:
            item = QListWidgetItem(row_text(r))
            item.setData(UUID_ROLE, r.uuid)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.ok.setEnabled(self.results.currentItem() is not None)

    def chosen(self) -> tuple[str, str] | None:
        item = self.results.currentItem()
        return (item.data(UUID_ROLE), self.passage.toPlainText().strip()) if item else None


class EvidenceLinks(QWidget):
    """A list of cited items with Add, Remove and Open; emits `changed` with [{evidence, passage}]."""

    changed = Signal(list)
    open_requested = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = None
        self._inspection = ""
        self._first: list[str] = []
        self._links: list[dict[str, str]] = []
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setMaximumHeight(110)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setAccessibleName(self.tr("Cite an evidence item in %1").replace("%1", title))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the cited item from %1").replace("%1", title))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the cited item"))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.open_button.clicked.connect(self._open)
        self.list.itemActivated.connect(lambda _i: self._open())
        self._update_buttons()
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())

    def bind(self, services, inspection_uuid: str) -> None:
        self._services, self._inspection = services, inspection_uuid

    def set_first(self, uuids: list[str]) -> None:
        self._first = list(uuids)

    def set_links(self, links, rows_by_uuid: dict | None = None) -> None:
        self._links = [{"evidence": link.evidence, "passage": link.passage} for link in links]
        rows_by_uuid = dict(rows_by_uuid or {})
        unknown = [link["evidence"] for link in self._links if link["evidence"] not in rows_by_uuid]
        if unknown and self._services is not None:  # e.g. an item just picked: read its register line
            rows_by_uuid.update(self._services.evidence.rows(self._inspection, unknown))
        self.list.clear()
        for link in self._links:
            row = rows_by_uuid.get(link["evidence"])
            text = row_text(row) if row is not None else self.tr("(item not on this laptop: %1)").replace(
                "%1", link["evidence"][:8])
            if link["passage"]:
                text += f" — “{link['passage']}”"
            item = QListWidgetItem(text)
            item.setData(UUID_ROLE, link["evidence"])
            item.setToolTip(text)
            self.list.addItem(item)
        self._update_buttons()

    def links(self) -> list[dict[str, str]]:
        return list(self._links)

    def set_editable(self, editable: bool) -> None:
        self.add_button.setEnabled(editable)
        self._editable = editable
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.list.currentRow() >= 0
        self.remove_button.setEnabled(selected and getattr(self, "_editable", True))
        self.open_button.setEnabled(selected)

    def _add(self) -> None:
        if self._services is None:
            return
        picker = EvidencePicker(self._services, self._inspection, self._first, self)
        if picker.exec() and (chosen := picker.chosen()):
            uuid, passage = chosen
            self._links.append({"evidence": uuid, "passage": passage})
            self.changed.emit(self.links())

    def add_link(self, uuid: str, passage: str = "") -> None:
        """What the picker does once an item is chosen (tests and keyboard users drive it directly)."""
        self._links.append({"evidence": uuid, "passage": passage})
        self.changed.emit(self.links())

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            del self._links[row]
            self.changed.emit(self.links())

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.open_requested.emit(item.data(UUID_ROLE))
