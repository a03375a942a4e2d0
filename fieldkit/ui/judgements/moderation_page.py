"""The lead's view: every judgement and its status, grading consistency of double readings, and the
criteria whose evidence is thin (none, or one method only)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.ui.language import pick

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def _table(columns: int) -> QTableWidget:
    t = QTableWidget(0, columns)
    t.verticalHeader().hide()
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.setTabKeyNavigation(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    t.setMinimumHeight(120)
    return t


def _fill(table: QTableWidget, rows: list[tuple], code_col: int | None = None) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(str(value))
            item.setToolTip(str(value))
            if code_col is not None:
                item.setData(CODE_ROLE, values[code_col])
            table.setItem(r, c, item)


def _level(fw, checklist_code: str, item: str, level: str) -> str:
    """A level code as the checklist's scale labels it ("adequate" → "Adequate" / "Digonol")."""
    checklist = fw.checklist(checklist_code)
    scale = checklist.overall.scale if item == "_overall" and checklist.overall else checklist.item(item).scale
    found = fw.scale(scale).level(level)
    return pick(found.label_en, found.label_cy)


class ModerationPage(QWidget):
    """Signals: open_node(code) when the lead activates a judgement or criterion row."""

    open_node = Signal(str)

    def __init__(self, tasks, prompts, parent: QWidget | None = None):
        super().__init__(parent)
        self._tasks, self._prompts = tasks, prompts
        self._services = None
        self._inspection = ""
        self.lead_note = QLabel()
        self.lead_note.setWordWrap(True)
        self.refresh_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.lead_note, 1)
        top.addWidget(self.refresh_button)
        self.judgements_box, self.judgements = QGroupBox(), _table(5)
        self.agreement_box, self.agreement = QGroupBox(), _table(5)
        self.agreement.setMaximumHeight(110)
        self.disagreements = _table(6)
        self.thin_box, self.thin = QGroupBox(), _table(4)
        for box, widgets in ((self.judgements_box, [self.judgements]),
                             (self.agreement_box, [self.agreement, self.disagreements]),
                             (self.thin_box, [self.thin])):
            lay = QVBoxLayout(box)
            for w in widgets:
                lay.addWidget(w)
        self.agreement_empty = QLabel()
        self.agreement_box.layout().insertWidget(0, self.agreement_empty)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.judgements_box, 2)
        layout.addWidget(self.agreement_box, 2)
        layout.addWidget(self.thin_box, 2)
        self.refresh_button.clicked.connect(self.refresh)
        for t in (self.judgements, self.thin):
            t.itemActivated.connect(lambda item: self.open_node.emit(item.data(CODE_ROLE)))
        self._retranslate()

    def _retranslate(self) -> None:
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Recount judgements, agreement and evidence sufficiency"))
        self.judgements_box.setTitle(self.tr("Judgements"))
        self.judgements.setHorizontalHeaderLabels([self.tr("Node"), self.tr("Title"), self.tr("Grade"),
                                                   self.tr("Status"), self.tr("Proposed by")])
        self.judgements.setAccessibleName(self.tr("Judgements by framework node"))
        self.agreement_box.setTitle(self.tr("Grading consistency (double readings)"))
        self.agreement.setHorizontalHeaderLabels([self.tr("Checklist"), self.tr("Double readings"),
                                                  self.tr("Grades compared"), self.tr("Agreement"),
                                                  self.tr("Cohen's kappa")])
        self.agreement.setAccessibleName(self.tr("Agreement per checklist"))
        self.disagreements.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Item"), self.tr("First reader"),
                                                      self.tr("Grade"), self.tr("Second reader"), self.tr("Grade")])
        self.disagreements.setAccessibleName(self.tr("Disagreements for the lead inspector"))
        self.thin_box.setTitle(self.tr("Criteria with thin evidence"))
        self.thin.setHorizontalHeaderLabels([self.tr("Node"), self.tr("Title"), self.tr("Items"), self.tr("Warning")])
        self.thin.setAccessibleName(self.tr("Criteria with no evidence or a single method"))

    def load(self, services, inspection_uuid: str) -> None:
        self._services, self._inspection = services, inspection_uuid
        self.refresh()

    def refresh(self) -> None:
        if self._services is None:
            return
        services, inspection = self._services, self._inspection

        def gather():
            return (services.judgements.list(inspection), services.judgements.agreement(inspection),
                    services.judgements.sufficiency(inspection), services.judgements.is_lead(inspection),
                    services.judgements.framework(inspection), services.judgements.duplicates(inspection))

        self._tasks.submit(gather, on_done=self._show)

    def status_name(self, code: str) -> str:
        return {"draft": self.tr("Draft"), "proposed": self.tr("Proposed"), "moderated": self.tr("Moderated"),
                "agreed": self.tr("Agreed"), "locked": self.tr("Locked")}.get(code, code)

    def _show(self, future) -> None:
        if future.exception() is not None:
            self._prompts.error(self.tr("Moderation"), str(future.exception()))
            return
        rows, agreement, sufficiency, is_lead, fw, duplicates = future.result()
        note = self.tr("You are the lead inspector: you moderate, agree and lock judgements.") if is_lead else \
            self.tr("Only the lead inspector moderates, agrees and locks judgements.")
        if duplicates:
            note += " " + self.tr("Two judgements exist for %1 (from different laptops): keep one, withdraw the "
                                  "other.").replace("%1", ", ".join(sorted(duplicates)))
        self.lead_note.setText(note)
        _fill(self.judgements, [(r.judgement.node, pick(r.node_title_en, r.node_title_cy),
                                 pick(r.grade_en, r.grade_cy) or self.tr("(narrative)"),
                                 self.status_name(r.judgement.status), r.judgement.proposed_by) for r in rows], 0)
        self.agreement_empty.setText(self.tr("No double readings yet: two inspectors reading the same file or report "
                                             "(same reference) are compared here.") if not agreement else "")
        self.agreement_empty.setVisible(not agreement)
        _fill(self.agreement, [(pick(a.title_en, a.title_cy), a.pairs, a.ratings,
                                f"{a.percent:.0f}%" if a.percent is not None else "—",
                                f"{a.kappa:.2f}" if a.kappa is not None else "—") for a in agreement])
        _fill(self.disagreements, [(d.reference, d.item_title_en, d.first_author, _level(fw, a.checklist, d.item,
                                    d.first_level), d.second_author, _level(fw, a.checklist, d.item, d.second_level))
                                   for a in agreement for d in a.disagreements])
        self.disagreements.setVisible(any(a.disagreements for a in agreement))
        warn = {"no_evidence": self.tr("no evidence"), "single_method": self.tr("one method only"),
                "nominated_only": self.tr("only nominated items")}
        thin = [(code, pick(fw.node(code).title_en, fw.node(code).title_cy), s.items,
                 ", ".join(warn.get(w, w) for w in s.warnings)) for code, s in sufficiency.items() if s.warnings]
        _fill(self.thin, thin, 0)
