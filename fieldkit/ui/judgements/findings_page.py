"""The inspection's findings, grouped as the report lists them: strengths, areas for improvement, good practice.

Headings come from the pinned framework where it has its own (CIW's "Strengths"). Reads and writes run on
the database thread; a refused write is shown and the dialog stays open with what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.findings import CATEGORY_CODES, category_title
from fieldkit.ui.judgements.evidence_links import EvidenceLinks
from fieldkit.ui.judgements.finding_dialog import FindingDialog
from fieldkit.ui.judgements.form_dialog import problem_text
from fieldkit.ui.judgements.node_checklist import node_names
from fieldkit.ui.judgements.promote_dialog import PromoteDialog
from fieldkit.ui.language import current

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2


def _read(services, inspection_uuid: str):
    framework = services.inspections.framework(inspection_uuid)
    rows = services.findings.list(inspection_uuid)
    candidates = services.findings.good_practice_candidates(inspection_uuid)
    # Only the register lines findings cite: an inspection may hold 100,000 items.
    cited = [link.evidence for r in rows for link in r.finding.evidence]
    cited += [r.finding.promoted_from for r in rows if r.finding.promoted_from]
    cited += [uuid for uuid, _summary in candidates]
    evidence = services.evidence.rows(inspection_uuid, cited)
    return framework, rows, candidates, evidence


class FindingsPage(QWidget):
    """Signals: open_evidence(uuid) to show a cited item in the register."""

    open_evidence = Signal(str)

    def __init__(self, tasks, prompts, parent: QWidget | None = None):
        super().__init__(parent)
        self._tasks, self._prompts = tasks, prompts
        self._services = None
        self._inspection = ""
        self._framework = None
        self._rows: dict[str, object] = {}
        self._candidates: list[tuple[str, str]] = []
        self._evidence: dict = {}
        self._selected: str | None = None
        self.dialog = None  # the dialog open on this page, if any
        self._build()

    def _build(self) -> None:
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setAccessibleName(self.tr("Add a finding"))
        self.edit_button = QPushButton(self.tr("E&dit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected finding"))
        self.remove_button = QPushButton(self.tr("Rem&ove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected finding"))
        self.remove_button.setToolTip(self.tr("Remove the selected finding (Delete)"))
        self.promote_button = QPushButton(self.tr("Promo&te good practice…"))
        self.promote_button.setAccessibleName(self.tr("Promote an evidence item flagged as good practice"))
        self.candidates_label = QLabel()
        self.candidates_label.setStyleSheet("color: #555;")
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button, self.promote_button):
            buttons.addWidget(b)
        buttons.addWidget(self.candidates_label, 1)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Finding"), self.tr("Linked nodes"), self.tr("Evidence")])
        self.tree.setAccessibleName(self.tr("Findings"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.details = QGroupBox(self.tr("Selected finding"))
        self.detail_text = QLabel()
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_text.setAccessibleName(self.tr("Finding text"))
        self.detail_nodes = QLabel()
        self.detail_nodes.setWordWrap(True)
        self.detail_nodes.setAccessibleName(self.tr("Linked framework nodes"))
        self.detail_evidence = EvidenceLinks(self.tr("Cited evidence"))
        self.detail_evidence.set_editable(False)
        self.detail_evidence.add_button.hide()
        self.detail_evidence.remove_button.hide()
        self.detail_evidence_label = QLabel()
        self.detail_evidence_label.setWordWrap(True)
        self.detail_evidence_label.setBuddy(self.detail_evidence.list)
        details = QVBoxLayout(self.details)
        details.addWidget(self.detail_text)
        details.addWidget(self.detail_nodes)
        details.addWidget(self.detail_evidence_label)
        details.addWidget(self.detail_evidence)
        details.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.promote_button.clicked.connect(self.promote)
        self.tree.currentItemChanged.connect(lambda cur, _p: self._on_current(cur))
        self.tree.itemActivated.connect(lambda item, _c: self.edit() if item.data(0, UUID_ROLE) else None)
        self.detail_evidence.open_requested.connect(self.open_evidence)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree, activated=self.remove,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Other tabs change what this page lists (a finding added, an item flagged as good practice).
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    def load(self, services, inspection_uuid: str) -> None:
        self._services, self._inspection = services, inspection_uuid
        self._selected = None
        self.detail_evidence.bind(services, inspection_uuid)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        if self._services is None:
            return
        if select is not None:
            self._selected = select
        services, inspection = self._services, self._inspection
        self._tasks.submit(lambda: _read(services, inspection), on_done=lambda f: self._on_loaded(f, inspection))

    def _on_loaded(self, future, inspection: str) -> None:
        if inspection != self._inspection:
            return  # another inspection was opened meanwhile
        if future.exception() is not None:
            self._prompts.error(self.tr("Findings"), self.tr("The findings could not be read: %1").replace(
                "%1", problem_text(future.exception())))
            return
        self._framework, rows, self._candidates, self._evidence = future.result()
        self._rows = {r.uuid: r for r in rows}
        self._fill(rows)

    def _fill(self, rows) -> None:
        selected = self._selected
        self.tree.blockSignals(True)
        self.tree.clear()
        bold = self.tree.font()
        bold.setBold(True)
        current_item = None
        for code in CATEGORY_CODES:
            mine = [r for r in rows if r.finding.category == code]
            heading = QTreeWidgetItem([f"{category_title(self._framework, code, current(), plural=True)} "
                                       f"({len(mine)})"])
            heading.setData(0, CATEGORY_ROLE, code)
            heading.setFont(0, bold)
            self.tree.addTopLevelItem(heading)
            for r in mine:
                f = r.finding
                first_line = f.text.splitlines()[0] if f.text else ""
                item = QTreeWidgetItem([first_line, ", ".join(f.nodes), str(len(f.evidence)) if f.evidence else ""])
                item.setData(0, UUID_ROLE, r.uuid)
                item.setData(0, CATEGORY_ROLE, code)
                item.setToolTip(0, f.text)
                heading.addChild(item)
                if r.uuid == selected:
                    current_item = item
            heading.setExpanded(True)
        self.tree.blockSignals(False)
        if current_item is None:  # the first finding, so its details show; else the first heading
            headings = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
            current_item = next((h.child(0) for h in headings if h.childCount()), headings[0] if headings else None)
        self.tree.setCurrentItem(current_item)
        self._on_current(current_item)
        n = len(self._candidates)
        self.candidates_label.setText(
            self.tr("%1 evidence items flagged as good practice are not yet findings.").replace("%1", str(n))
            if n > 1 else self.tr("1 evidence item flagged as good practice is not yet a finding.") if n == 1
            else "")

    def _on_current(self, item: QTreeWidgetItem | None) -> None:
        uuid = item.data(0, UUID_ROLE) if item is not None else None
        self._selected = uuid
        row = self._rows.get(uuid) if uuid else None
        self.details.setVisible(row is not None)
        if row is not None:
            f = row.finding
            self.detail_text.setText(f.text)
            names = node_names(self._framework, f.nodes)
            text = self.tr("Linked to: %1").replace("%1", "; ".join(names)) if names else self.tr(
                "Not linked to a framework node.")
            if f.promoted_from:
                source = self._evidence.get(f.promoted_from)
                text += "\n" + self.tr("Promoted from the good practice item “%1”.").replace(
                    "%1", (source.title if source is not None else "") or f.promoted_from[:8])
            self.detail_nodes.setText(text)
            self.detail_evidence.set_links(f.evidence, self._evidence)
            self.detail_evidence.setVisible(bool(f.evidence))
            self.detail_evidence_label.setText(self.tr("Cited evidence (Open, or Enter, shows the item in the "
                                                       "register):") if f.evidence else
                                               self.tr("No evidence cited."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self._selected is not None
        loaded = self._services is not None
        self.add_button.setEnabled(loaded)
        self.promote_button.setEnabled(loaded)
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def select(self, uuid: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(i)
            for j in range(heading.childCount()):
                if heading.child(j).data(0, UUID_ROLE) == uuid:
                    self.tree.setCurrentItem(heading.child(j))
                    return
        raise KeyError(uuid)

    def selected_category(self) -> str:
        item = self.tree.currentItem()
        return (item.data(0, CATEGORY_ROLE) if item is not None else None) or "strength"

    # -- actions -------------------------------------------------------------------------------------

    def _open(self, dialog, save) -> None:
        self.dialog = dialog
        dialog.submitted.connect(lambda: save(dialog))
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _write(self, dialog, title: str, fn) -> None:
        """Run `fn` on the database thread; close the dialog and show the result, or say why it was refused."""
        def done(future):
            open_still = dialog is not None and dialog is self.dialog  # not closed meanwhile
            exc = future.exception()
            if exc is not None:
                if open_still:
                    dialog.save_button.setEnabled(True)
                self._prompts.error(title, self.tr("Nothing was saved:\n%1").replace("%1", problem_text(exc)))
                return
            result = future.result()
            if open_still:
                dialog.accept()
            self.reload(select=getattr(result, "uuid", None))

        if dialog is not None:
            dialog.save_button.setEnabled(False)  # one press, one write
        self._tasks.submit(fn, on_done=done)

    def add(self) -> None:
        if self._services is None:
            return
        dialog = FindingDialog(self._services, self._tasks, self._inspection, self._framework, self._evidence,
                               category=self.selected_category(), parent=self)
        services, inspection = self._services, self._inspection

        def save(d):
            v = d.values()
            self._write(d, self.tr("Add finding"), lambda: services.findings.add(inspection, **v))

        self._open(dialog, save)

    def edit(self) -> None:
        row = self._rows.get(self._selected) if self._selected else None
        if row is None:
            return
        dialog = FindingDialog(self._services, self._tasks, self._inspection, self._framework, self._evidence,
                               finding=row.finding, parent=self)
        services, uuid = self._services, row.uuid

        def save(d):
            v = d.values()
            self._write(d, self.tr("Edit finding"), lambda: services.findings.update(uuid, **v))

        self._open(dialog, save)

    def remove(self) -> None:
        row = self._rows.get(self._selected) if self._selected else None
        if row is None:
            return
        if not self._prompts.confirm(self.tr("Remove finding"), self.tr(
                "Remove this finding?\n\n%1\n\nIts earlier versions stay in the record.").replace(
                "%1", row.finding.text), self.tr("Remove")):
            return
        services, uuid = self._services, row.uuid
        self._selected = None
        self._write(None, self.tr("Remove finding"), lambda: services.findings.remove(uuid))

    def promote(self) -> None:
        if self._services is None:
            return
        if not self._candidates:
            self._prompts.info(self.tr("Promote good practice"), self.tr(
                "No evidence item is waiting: flag an item as good practice in the register (with a short "
                "summary) to promote it here."))
            return
        titles = {u: (r.title or "") for u, r in self._evidence.items()}
        dialog = PromoteDialog(self._candidates, titles, self)
        services = self._services

        def save(d):
            chosen = d.chosen()
            if chosen is None:
                return
            uuid, text = chosen
            self._write(d, self.tr("Promote good practice"), lambda: services.findings.promote(uuid, text))

        self._open(dialog, save)
