"""The inspection's safeguarding concerns: open ones first, each with its referral, response and oversight log.

There is no Delete: a concern is closed with a reason (decisions.md principle 5).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.safeguarding import ROUTES, SEVERITIES, STATUSES
from fieldkit.domain.safeguarding import label as choice_label
from fieldkit.ui.judgements.concern_dialog import ConcernDialog
from fieldkit.ui.language import current

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class ConcernsPage(QWidget):
    """Signals: changed(open_count) after every write, so the workspace badge stays right."""

    changed = Signal(int)

    def __init__(self, tasks, prompts, parent: QWidget | None = None):
        super().__init__(parent)
        self._tasks, self._prompts = tasks, prompts
        self._services = None
        self._inspection = ""
        self._rows: list = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.raise_button = QPushButton()
        self.edit_button = QPushButton()
        self.note_button = QPushButton()
        self.show_closed = QCheckBox()
        self.show_closed.setChecked(True)
        bar = QHBoxLayout()
        for w in (self.raise_button, self.edit_button, self.note_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.show_closed)
        self.table = QTableWidget(0, 5)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for col in (0, 1, 2, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.raise_button.clicked.connect(self.raise_concern)
        self.edit_button.clicked.connect(self.edit_selected)
        self.note_button.clicked.connect(self.add_note)
        self.show_closed.toggled.connect(lambda _on: self.refresh())
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.itemActivated.connect(lambda _i: self.edit_selected())
        self._retranslate()

    def _retranslate(self) -> None:
        self.intro.setText(self.tr("Concerns about a child's safety raised during fieldwork. They travel in every "
                                   "bundle, cannot be deleted and stay here until closed with a reason."))
        self.raise_button.setText(self.tr("&Raise concern…"))
        self.raise_button.setAccessibleName(self.tr("Raise a safeguarding concern"))
        self.edit_button.setText(self.tr("&Update…"))
        self.edit_button.setAccessibleName(self.tr("Update the selected concern: referral, response, status"))
        self.note_button.setText(self.tr("Add oversight &note…"))
        self.note_button.setAccessibleName(self.tr("Add a note to the selected concern's oversight log"))
        self.show_closed.setText(self.tr("Show &closed"))
        self.table.setHorizontalHeaderLabels([self.tr("Raised"), self.tr("Severity"), self.tr("Status"),
                                              self.tr("Concern"), self.tr("Children")])
        self.table.setAccessibleName(self.tr("Safeguarding concerns"))
        self.details.setAccessibleName(self.tr("Selected concern"))

    # -- loading ---------------------------------------------------------------------------------------

    def load(self, services, inspection_uuid: str) -> None:
        self._services, self._inspection = services, inspection_uuid
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        if self._services is None:
            return
        lang = current()
        rows = self._services.concerns.list(self._inspection)
        open_count = sum(1 for r in rows if r.concern.is_open)
        if not self.show_closed.isChecked():
            rows = [r for r in rows if r.concern.is_open]
        self._rows = rows
        keep = select or self.selected_uuid()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            c = row.concern
            values = (c.raised_at.replace("T", " "), choice_label(SEVERITIES, c.severity, lang),
                      choice_label(STATUSES, c.status, lang), c.concern, self._children(row))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(UUID_ROLE, row.uuid)
                item.setToolTip(value)
                if c.is_open and col in (1, 2):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, col, item)
        target = next((i for i, row in enumerate(rows) if row.uuid == keep), 0 if rows else -1)
        if target >= 0:
            self.table.selectRow(target)
        self._show_selected()
        self.changed.emit(open_count)

    def _children(self, row) -> str:
        # A teammate's concern may name children of their own register, which stays on their laptop.
        elsewhere = self.tr("a child in a teammate's register")
        return ", ".join(name or elsewhere for name in row.children)

    def selected_uuid(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(UUID_ROLE) if items else None

    def _selected(self):
        uuid = self.selected_uuid()
        return next((r for r in self._rows if r.uuid == uuid), None)

    def _show_selected(self) -> None:
        row = self._selected()
        self.edit_button.setEnabled(row is not None)
        self.note_button.setEnabled(row is not None and row.concern.is_open)
        if row is None:
            self.details.setHtml("")
            return
        c, lang = row.concern, current()
        raised = self.tr("Raised by %1 at %2").replace("%1", c.raised_by).replace("%2", c.raised_at.replace("T", " "))
        parts = [f"<p><b>{escape(c.concern)}</b></p>",
                 f"<p>{escape(raised)} · {escape(choice_label(SEVERITIES, c.severity, lang))}</p>"]
        if row.children:
            children = self.tr("Children: %1").replace("%1", self._children(row))
            parts.append(f"<p>{escape(children)}</p>")
        if c.referred_at:
            text = self.tr("Referred to %1 (%2) at %3 by %4").replace("%1", c.referred_to).replace(
                "%2", choice_label(ROUTES, c.route or "", lang)).replace("%3", c.referred_at.replace("T", " ")).replace(
                "%4", c.referred_by or c.raised_by)
            parts.append(f"<p>{escape(text)}</p>")
        else:
            not_yet = self.tr("Not yet referred to anyone.")
            parts.append(f"<p style='color:#b71c1c'>{escape(not_yet)}</p>")
        if c.response_at:
            text = self.tr("Response received %1: %2").replace("%1", c.response_at.replace("T", " ")).replace(
                "%2", c.response)
            parts.append(f"<p>{escape(text)}</p>")
        status = self.tr("Status: %1").replace("%1", choice_label(STATUSES, c.status, lang))
        parts.append(f"<p>{escape(status)}" + (f" – {escape(c.closed_reason)}" if c.closed_reason else "") + "</p>")
        if c.notes:
            parts.append("<ul>" + "".join(f"<li>{escape(n.get('at', ''))} {escape(n.get('by', ''))}: "
                                          f"{escape(n.get('text', ''))}</li>" for n in c.notes) + "</ul>")
        self.details.setHtml("".join(parts))

    # -- writing ---------------------------------------------------------------------------------------

    def _dialog(self, concern=None, extra: list[str] | None = None) -> ConcernDialog:
        from fieldkit.services.evidence import EvidenceFilter  # noqa: PLC0415

        services = self._services
        # Items flagged for safeguarding first, then the newest others: a choice list, not the whole register.
        flagged = services.evidence.query(self._inspection, EvidenceFilter(flag="safeguarding"), limit=500)
        seen = {r.uuid for r in flagged}
        rows = flagged + [r for r in services.evidence.query(self._inspection, EvidenceFilter(), limit=500)
                          if r.uuid not in seen]
        wanted = [u for u in (extra or []) + ([concern.evidence] if concern and concern.evidence else [])
                  if u not in {r.uuid for r in rows}]
        rows = list(services.evidence.rows(self._inspection, wanted).values()) + rows  # the item in question
        return ConcernDialog(services.inspections.overview(self._inspection),
                             services.inspections.framework(self._inspection), rows, concern, self)

    def raise_concern(self, *, dialog: ConcernDialog | None = None) -> None:
        dialog = dialog or self._dialog()
        if dialog.exec() != ConcernDialog.DialogCode.Accepted:
            return
        self.save_raise(dialog.values())

    def save_raise(self, values: dict) -> None:
        services, inspection = self._services, self._inspection
        values = dict(values)
        concern, severity = values.pop("concern"), values.pop("severity")
        self._tasks.submit(lambda: services.concerns.raise_concern(inspection, concern=concern, severity=severity,
                                                                   **values),
                           on_done=self._on_written)

    def edit_selected(self, *, dialog: ConcernDialog | None = None) -> None:
        row = self._selected()
        if row is None:
            return
        dialog = dialog or self._dialog(row.concern)
        if dialog.exec() != ConcernDialog.DialogCode.Accepted:
            return
        self.save_update(row.uuid, dialog.values())

    def save_update(self, uuid: str, values: dict) -> None:
        services = self._services
        self._tasks.submit(lambda: services.concerns.update(uuid, **values), on_done=self._on_written)

    def add_note(self) -> None:
        row = self._selected()
        if row is None:
            return
        text = self._prompts.ask_text(self.tr("Oversight note"), self.tr("What was checked or heard, and when:"))
        if text and text.strip():
            services, uuid = self._services, row.uuid
            self._tasks.submit(lambda: services.concerns.add_note(uuid, text.strip()), on_done=self._on_written)

    def _on_written(self, future) -> None:
        exc = future.exception()
        if exc is not None:
            problems = getattr(exc, "problems", None)
            self._prompts.error(self.tr("Safeguarding concern"), "\n".join(problems) if problems else str(exc))
            return
        self.refresh(select=future.result().uuid)

    def raise_from_evidence(self, evidence_uuid: str, *, dialog: ConcernDialog | None = None) -> None:
        """From an evidence item: the dialog opens with the item, its first criterion and its site chosen."""
        dialog = dialog or self._dialog(extra=[evidence_uuid])
        item = self._services.evidence.get(evidence_uuid)
        dialog.evidence.setCurrentIndex(max(0, dialog.evidence.findData(evidence_uuid)))
        criteria = [c for c in item.data.get("criteria") or () if isinstance(c, str)]
        if criteria:
            dialog.node.setCurrentIndex(max(0, dialog.node.findData(criteria[0])))
        dialog.site.setCurrentIndex(max(0, dialog.site.findData(item.data.get("site"))))
        self.raise_concern(dialog=dialog)
