"""The workspace tabs where evidence becomes conclusions: safeguarding, findings, recommendations and
moderation, plus the judgement panel on each framework node and the open-concerns badge.

The workspace owns the tab widget; this class builds the pages, loads them with the inspection and keeps
the badge in step, so the workspace page itself stays about the framework tree and the overview.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton, QTabWidget

from fieldkit.ui.judgements.concerns_page import ConcernsPage
from fieldkit.ui.judgements.findings_page import FindingsPage
from fieldkit.ui.judgements.judgement_panel import JudgementPanel
from fieldkit.ui.judgements.moderation_page import ModerationPage
from fieldkit.ui.judgements.recommendations_page import RecommendationsPage


class ConclusionTabs(QObject):
    """Signals: open_node(code) and open_evidence(uuid), for the workspace to navigate."""

    open_node = Signal(str)
    open_evidence = Signal(str)

    def __init__(self, autosaver, tasks, prompts, tabs: QTabWidget):
        super().__init__(tabs)
        self._tabs = tabs
        self.judgement = JudgementPanel(autosaver, tasks, prompts)
        self.concerns = ConcernsPage(tasks, prompts)
        self.findings = FindingsPage(tasks, prompts)
        self.recommendations = RecommendationsPage(tasks, prompts)
        self.moderation = ModerationPage(tasks, prompts)
        for page in (self.concerns, self.findings, self.recommendations, self.moderation):
            tabs.addTab(page, "")
        self.badge = QPushButton()
        self.badge.setFlat(True)
        self.badge.clicked.connect(lambda: tabs.setCurrentWidget(self.concerns))
        self.concerns.changed.connect(self._show_badge)
        self.moderation.open_node.connect(self.open_node)
        for page in (self.judgement, self.findings, self.recommendations):
            page.open_evidence.connect(self.open_evidence)
        tabs.currentChanged.connect(self._on_tab_changed)

    def retranslate(self) -> None:
        self._tabs.setTabText(self._tabs.indexOf(self.concerns), self.tr("Safe&guarding"))
        self._tabs.setTabText(self._tabs.indexOf(self.findings), self.tr("&Findings"))
        self._tabs.setTabText(self._tabs.indexOf(self.recommendations), self.tr("&Recommendations"))
        self._tabs.setTabText(self._tabs.indexOf(self.moderation), self.tr("&Moderation"))
        self.badge.setAccessibleName(self.tr("Open safeguarding concerns: show them"))

    def load(self, services, inspection_uuid: str) -> None:
        self.concerns.load(services, inspection_uuid)
        self.findings.load(services, inspection_uuid)
        self.recommendations.load(services, inspection_uuid)
        self._services, self._inspection = services, inspection_uuid
        if self._tabs.currentWidget() is self.moderation:
            self.moderation.load(services, inspection_uuid)

    def _on_tab_changed(self, index: int) -> None:
        if self._tabs.widget(index) is self.moderation and getattr(self, "_services", None) is not None:
            self.moderation.load(self._services, self._inspection)

    def _show_badge(self, open_count: int) -> None:
        # Always shown: "none open" is worth knowing too, and the place never moves.
        if open_count:
            self.badge.setText(self.tr("⚠ Open safeguarding concerns: %1").replace("%1", str(open_count)))
            self.badge.setStyleSheet("QPushButton { color: #b71c1c; font-weight: bold; text-align: left; }")
        else:
            self.badge.setText(self.tr("No open safeguarding concerns"))
            self.badge.setStyleSheet("QPushButton { color: #555555; text-align: left; }")
        self.badge.show()
