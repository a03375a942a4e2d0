"""Add or edit a finding: category, text checked for proportion words as it is typed, nodes and evidence.

The quantifier checker counts the evidence of the first linked node. Its warnings sit under the text and
never block saving: the inspector may know something the counts do not.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from fieldkit.domain.findings import CATEGORY_CODES, Finding, category_title
from fieldkit.domain.judgement import links_from
from fieldkit.ui.judgements.evidence_links import EvidenceLinks
from fieldkit.ui.judgements.form_dialog import FormDialog, plain_text
from fieldkit.ui.judgements.node_checklist import NodeChecklist, node_label
from fieldkit.ui.language import current

# Long enough that a word typed quickly is checked once, short enough to feel immediate.
CHECK_DELAY_MS = 150


class FindingDialog(FormDialog):
    def __init__(self, services, tasks, inspection_uuid: str, framework, evidence_rows: dict,
                 finding: Finding | None = None, category: str = "strength", parent: QWidget | None = None):
        super().__init__(parent)
        editing = finding is not None
        self.setWindowTitle(self.tr("Edit finding") if editing else self.tr("Add finding"))
        self.save_button.setText(self.tr("&Save") if editing else self.tr("&Add"))
        self._services, self._tasks, self._inspection = services, tasks, inspection_uuid
        self._framework = framework
        self._rows = evidence_rows
        self._support: tuple[str, object] | None = None  # (node, decision support) cached per node
        self._check_seq = 0
        self._finished = False
        self.finished.connect(lambda _r: setattr(self, "_finished", True))
        finding = finding or Finding(category, "")

        self.category = QComboBox()
        for code in CATEGORY_CODES:
            self.category.addItem(category_title(framework, code, current()), code)
        self.category.setCurrentIndex(max(0, self.category.findData(finding.category)))
        self.row(self.tr("&Category"), self.category)

        self.text = plain_text(self.tr("Finding text"), 90)
        self.text.setPlainText(finding.text)
        self.quantifier_flags = QLabel()
        self.quantifier_flags.setObjectName("quantifierFlags")
        self.quantifier_flags.setWordWrap(True)
        self.quantifier_flags.setStyleSheet("color: #8a4b00;")
        self.quantifier_flags.setAccessibleName(self.tr("Proportion word warnings"))
        self.checked_against = QLabel()
        self.checked_against.setWordWrap(True)
        self.checked_against.setStyleSheet("color: #555;")
        text_box = QWidget()
        text_col = QVBoxLayout(text_box)
        text_col.setContentsMargins(0, 0, 0, 0)
        text_col.addWidget(self.text)
        text_col.addWidget(self.quantifier_flags)
        text_col.addWidget(self.checked_against)
        text_label = self.row(self.tr("&Text"), text_box)
        self.form.labelForField(text_label).setBuddy(self.text)

        self.nodes = NodeChecklist(self.tr("Linked framework nodes"))
        self.nodes.set_framework(framework, finding.nodes)
        self.row(self.tr("Linked &nodes"), self.nodes)

        self.evidence = EvidenceLinks(self.tr("Cited evidence"))
        self.evidence.bind(services, inspection_uuid)
        self.evidence.set_links(finding.evidence, evidence_rows)
        self.row(self.tr("Cited e&vidence"), self.evidence)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_quantifiers)
        self.text.textChanged.connect(self._timer.start)
        self.nodes.changed.connect(lambda _codes: self.check_quantifiers())
        self.evidence.changed.connect(self._on_links_changed)
        self.resize(680, 720)
        self.check_quantifiers()

    # -- what the page saves ------------------------------------------------------------------------

    def values(self) -> dict:
        return {"category": self.category.currentData(), "text": self.text.toPlainText().strip(),
                "nodes": self.nodes.checked(), "evidence": self.evidence.links()}

    # -- evidence ------------------------------------------------------------------------------------

    def _on_links_changed(self, links: list) -> None:
        self.evidence.set_links(links_from(links), self._rows)

    # -- quantifier checker -------------------------------------------------------------------------

    def check_quantifiers(self) -> None:
        """Ask the service (on the database thread) which proportion words the first node's counts contradict."""
        self._timer.stop()
        codes = self.nodes.checked()
        if not codes:
            self._show_flags([])
            self.checked_against.setText(self.tr(
                "Link a framework node to have proportion words (“most”, “almost all”…) checked against its "
                "evidence."))
            return
        node, text = codes[0], self.text.toPlainText()
        cached = self._support[1] if self._support and self._support[0] == node else None
        services, inspection, language = self._services, self._inspection, current()
        self._check_seq += 1
        seq = self._check_seq

        def work():
            support = cached or services.judgements.decision_support(inspection, node)
            return support, services.judgements.quantifier_flags(inspection, node, text, language=language,
                                                                  support=support)

        self._tasks.submit(work, on_done=lambda f: self._on_checked(f, seq, node))

    def _on_checked(self, future, seq: int, node: str) -> None:
        if seq != self._check_seq or self._finished:
            return  # typed on meanwhile (a newer check is on its way), or the dialog was closed
        if future.exception() is not None:
            self._show_flags([])
            self.checked_against.setText(self.tr("Could not count the evidence: %1").replace(
                "%1", str(future.exception())))
            return
        support, flags = future.result()
        self._support = (node, support)
        self.evidence.set_first(list(support.evidence))
        title = node_label(self._framework.node(node)) if self._framework is not None else node
        headline = support.headline.summary() if support.headline is not None else ""
        text = self.tr("Proportion words are checked against the evidence of %1.").replace("%1", title)
        if headline:
            text += " " + self.tr("Counted: %1.").replace("%1", headline)
        self.checked_against.setText(text)
        self._show_flags(flags)

    def _show_flags(self, flags) -> None:
        self.quantifier_flags.setText("\n".join(f"⚠ {f.message}" for f in flags))
        self.quantifier_flags.setVisible(bool(flags))

    def flag_messages(self) -> list[str]:
        text = self.quantifier_flags.text()
        return text.splitlines() if text and self.quantifier_flags.isVisibleTo(self) else []
