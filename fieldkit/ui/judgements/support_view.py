"""Decision support beside a judgement: what the evidence shows, never what to decide."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.evidence import evidence_type
from fieldkit.domain.safeguarding import SEVERITIES, STATUSES
from fieldkit.domain.safeguarding import label as choice_label
from fieldkit.ui.judgements.distribution_chart import DistributionChart
from fieldkit.ui.language import current, pick


def _wrap(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DecisionSupportView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = QGroupBox()
        self.headline = _wrap(QLabel())
        self.headline.setObjectName("supportHeadline")
        self.chart = DistributionChart()
        self.proportion = _wrap(QLabel())
        self.median = _wrap(QLabel())
        self.sufficiency = _wrap(QLabel())
        self.concerns = _wrap(QLabel())
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        # Both text columns share the width and wrap, so the column never forces the page wider than the window.
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.table.setMinimumHeight(140)
        box_layout = QVBoxLayout(self.box)
        for w in (self.headline, self.chart, self.proportion, self.median, self.sufficiency, self.concerns,
                  self.table):
            box_layout.addWidget(w)
        box_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self._support = None
        self._retranslate()

    def _retranslate(self) -> None:
        self.box.setTitle(self.tr("What the evidence shows"))
        self.table.setHorizontalHeaderLabels([self.tr("Checklist item"), self.tr("Grades"), self.tr("Rated")])
        self.table.setAccessibleName(self.tr("Grade distribution of every checklist item"))
        self.proportion.setAccessibleName(self.tr("Proportion word"))
        self.sufficiency.setAccessibleName(self.tr("Evidence sufficiency"))

    def show_loading(self) -> None:
        self.headline.setText(self.tr("Counting the evidence…"))

    def set_support(self, support) -> None:
        self._support = support
        head = support.headline
        lang = current()
        if head is not None and head.rated:
            self.headline.setText(f"<b>{pick(head.title_en, head.title_cy)} ({head.rated})</b>: {head.breakdown(lang)}")
            self.chart.set_distribution(head)
            self.chart.show()
        else:
            self.headline.setText(self.tr("No checklist grades for this node yet."))
            self.chart.set_distribution(None)
            self.chart.hide()
        p = support.proportion
        if p is not None:
            word = pick(p.word_en or "", p.word_cy or "")
            if word:
                text = self.tr("The counts support “%1”: %2 of %3 (%4%) are %5, under the framework's definitions.")
                self.proportion.setText(text.replace("%1", word).replace("%2", str(p.count)).replace("%3", str(p.total))
                                        .replace("%4", f"{p.percent:.0f}").replace("%5", pick(p.label_en, p.label_cy)))
            else:
                self.proportion.setText(self.tr("No proportion word fits %1 of %2 (%3%) %4.").replace(
                    "%1", str(p.count)).replace("%2", str(p.total)).replace("%3", f"{p.percent:.0f}").replace(
                    "%4", pick(p.label_en, p.label_cy)))
            self.proportion.show()
        else:
            self.proportion.hide()
        if support.suggested and head is not None:
            level = next(lv for lv in head.levels if lv.code == support.suggested)
            self.median.setText(self.tr("Median grade of the evidence: %1. A judgement that departs from it needs a "
                                        "reason.").replace("%1", pick(level.label_en, level.label_cy)))
            self.median.show()
        else:
            self.median.hide()
        self._show_sufficiency(support.sufficiency)
        self._show_concerns(support.concerns)
        rows = [d for d in support.distributions if d.rated or d.not_applicable]
        self.table.setRowCount(len(rows))
        for r, d in enumerate(rows):
            title = pick(d.title_en, d.title_cy)
            for c, value in enumerate((title, d.breakdown(lang) or "—", str(d.rated))):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(rows))

    def _show_sufficiency(self, s) -> None:
        methods = ", ".join(pick(evidence_type(m).label_en, evidence_type(m).label_cy) for m in s.methods)
        if "no_evidence" in s.warnings:
            text, colour = self.tr("No evidence yet for this node."), "#b71c1c"
        elif "nominated_only" in s.warnings:
            text, colour = self.tr("Only items nominated by the inspected body: they are left out unless you "
                                   "include them."), "#b71c1c"
        elif "single_method" in s.warnings:
            text = self.tr("%1 items, all from one method (%2): look for corroboration from another method.")
            text, colour = text.replace("%1", str(s.items)).replace("%2", methods), "#8a4b00"
        else:
            text = self.tr("%1 items from %2 methods: %3.").replace("%1", str(s.items)).replace(
                "%2", str(len(s.methods))).replace("%3", methods)
            colour = "#1b5e20"
        if s.nominated_excluded:
            text += " " + self.tr("%1 nominated items left out.").replace("%1", str(s.nominated_excluded))
        self.sufficiency.setText(text)
        self.sufficiency.setStyleSheet(f"color: {colour};")

    def _show_concerns(self, concerns) -> None:
        if not concerns:
            self.concerns.hide()
            return
        lang = current()
        live = [c for c in concerns if c.status != "closed"]
        lines = [f"• {choice_label(SEVERITIES, c.severity, lang)} · {choice_label(STATUSES, c.status, lang)}: "
                 f"{c.concern}" for c in live]
        closed = len(concerns) - len(live)
        if closed:
            lines.append(self.tr("• and %1 closed").replace("%1", str(closed)))
        self.concerns.setText(self.tr("Safeguarding concerns linked to this node:") + "\n" + "\n".join(lines))
        self.concerns.setStyleSheet("color: #b71c1c;" if live else "color: #555555;")
        self.concerns.show()
