"""The judgement of one framework node, with its decision support beside it.

Edits autosave like everything else (a new version each time). Moving the status on is explicit: the
buttons say what they do and who may; the service refuses what the rules forbid and the panel says why.
The panel never fills in a grade.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.judgement import EXTENTS, STATUSES, Judgement
from fieldkit.domain.quantifiers import check_quantifiers
from fieldkit.ui.judgements.evidence_links import EvidenceLinks
from fieldkit.ui.judgements.support_view import DecisionSupportView
from fieldkit.ui.language import current, pick


class _Edit(QPlainTextEdit):
    focus_lost = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.focus_lost.emit()
        super().focusOutEvent(event)


def _text_edit(name: str, height: int = 80) -> _Edit:
    edit = _Edit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height * 2)  # the form stays readable beside a tall decision-support column
    return edit


class JudgementPanel(QWidget):
    """Signals: open_evidence(uuid) to show a cited item in the register."""

    open_evidence = Signal(str)

    def __init__(self, autosaver, tasks, prompts, parent: QWidget | None = None):
        super().__init__(parent)
        self._autosaver, self._tasks, self._prompts = autosaver, tasks, prompts
        self._services = None
        self._inspection = ""
        self._node = None
        self._framework = None
        self._judgement: Judgement | None = None
        self._support = None
        self._loading = False
        self._problem: str | None = None
        self._build()
        self._retranslate()
        autosaver.saved.connect(lambda _when: self._after_save())
        autosaver.failed.connect(lambda _msg: self._after_save())

    # -- construction ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.status_label = QLabel()
        self.status_label.setObjectName("judgementStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("font-weight: bold;")
        self.propose_button = QPushButton()
        self.withdraw_button = QPushButton()
        self.moderate_button = QPushButton()
        self.agree_button = QPushButton()
        self.lock_button = QPushButton()
        self._moves = {self.propose_button: "proposed", self.withdraw_button: "draft",
                       self.moderate_button: "moderated", self.agree_button: "agreed", self.lock_button: "locked"}
        for button, target in self._moves.items():
            button.clicked.connect(lambda _c=False, t=target: self.move(t))
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        for button in self._moves:
            status_row.addWidget(button)

        self.grade = QComboBox()
        self.also_extent = QComboBox()
        self.also_extent.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.also_grade = QComboBox()
        qualifier = QHBoxLayout()
        self.and_label = QLabel()
        qualifier.addWidget(self.and_label)
        qualifier.addWidget(self.also_extent)
        qualifier.addWidget(self.also_grade, 1)
        self.qualifier_row = QWidget()
        self.qualifier_row.setLayout(qualifier)
        qualifier.setContentsMargins(0, 0, 0, 0)
        self.narratives_box = QWidget()
        self.narratives_layout = QFormLayout(self.narratives_box)
        self.narratives_layout.setContentsMargins(0, 0, 0, 0)
        self.narratives_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._narrative_edits: dict[str, _Edit] = {}
        self.rationale = _text_edit("rationale", 70)
        self.quantifier_flags = QLabel()
        self.quantifier_flags.setWordWrap(True)
        self.quantifier_flags.setStyleSheet("color: #8a4b00;")
        self.limiting = _text_edit("limiting factors", 50)
        self.departure = _text_edit("departure reason", 50)
        self.include_nominated = QCheckBox()
        self.supporting = EvidenceLinks(self.tr("Supporting evidence"))
        self.contrary = EvidenceLinks(self.tr("Contrary evidence"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b71c1c;")
        self.history_label = QLabel()
        self.history_label.setStyleSheet("color: #555;")

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: text boxes get the width
        self.grade_label, self.qualifier_label = QLabel(), QLabel()
        self.rationale_label, self.limiting_label, self.departure_label = QLabel(), QLabel(), QLabel()
        self.supporting_label, self.contrary_label = QLabel(), QLabel()
        for label, widget in ((self.grade_label, self.grade), (self.qualifier_label, self.also_extent)):
            label.setBuddy(widget)
        self.rationale_label.setBuddy(self.rationale)
        self.limiting_label.setBuddy(self.limiting)
        self.departure_label.setBuddy(self.departure)
        self.form.addRow(self.grade_label, self.grade)
        self.form.addRow(self.qualifier_label, self.qualifier_row)
        self.form.addRow(self.narratives_box)
        rationale_col = QVBoxLayout()
        rationale_col.addWidget(self.rationale)
        rationale_col.addWidget(self.quantifier_flags)
        self.form.addRow(self.rationale_label, rationale_col)
        self.form.addRow(self.limiting_label, self.limiting)
        self.form.addRow(self.departure_label, self.departure)
        self.form.addRow("", self.include_nominated)
        self.form.addRow(self.supporting_label, self.supporting)
        self.form.addRow(self.contrary_label, self.contrary)

        self.editor_box = QGroupBox()
        editor_layout = QVBoxLayout(self.editor_box)
        editor_layout.addLayout(status_row)
        editor_layout.addLayout(self.form)
        editor_layout.addWidget(self.problems)
        editor_layout.addWidget(self.history_label)
        editor_layout.addStretch(1)

        self.support = DecisionSupportView()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.editor_box)
        splitter.addWidget(self.support)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        for combo in (self.grade, self.also_extent, self.also_grade):
            combo.currentIndexChanged.connect(lambda _i: self._edited())
        self.also_grade.currentIndexChanged.connect(lambda _i: self._sync_extent())
        for edit in (self.rationale, self.limiting, self.departure):
            edit.textChanged.connect(self._edited)
            edit.focus_lost.connect(self._autosaver.flush)
        self.rationale.textChanged.connect(self._check_quantifiers)
        self.include_nominated.toggled.connect(self._on_nominated_toggled)
        self.supporting.changed.connect(lambda _l: self._edited(links_changed=True))
        self.contrary.changed.connect(lambda _l: self._edited(links_changed=True))
        self.supporting.open_requested.connect(self.open_evidence)
        self.contrary.open_requested.connect(self.open_evidence)

    def _retranslate(self) -> None:
        self.editor_box.setTitle(self.tr("Judgement"))
        self.propose_button.setText(self.tr("&Propose"))
        self.propose_button.setToolTip(self.tr("Put the judgement forward for moderation (needs a rationale)"))
        self.withdraw_button.setText(self.tr("Return to &draft"))
        self.moderate_button.setText(self.tr("&Moderate"))
        self.moderate_button.setToolTip(self.tr("Lead inspector: confirm the judgement has been moderated"))
        self.agree_button.setText(self.tr("A&gree"))
        self.agree_button.setToolTip(self.tr("Lead inspector: the team agrees this judgement"))
        self.lock_button.setText(self.tr("&Lock"))
        self.lock_button.setToolTip(self.tr("Lead inspector: lock the judgement the report is written from"))
        self.grade_label.setText(self.tr("&Grade"))
        self.qualifier_label.setText(self.tr("&Qualified by"))
        self.and_label.setText(self.tr("and,"))
        self.rationale_label.setText(self.tr("&Rationale"))
        self.limiting_label.setText(self.tr("Limiting &factors"))
        self.departure_label.setText(self.tr("Reason for &departing from the evidence"))
        self.include_nominated.setText(self.tr("&Include items nominated by the inspected body"))
        self.supporting_label.setText(self.tr("Supporting evidence"))
        self.contrary_label.setText(self.tr("Contrary evidence"))
        self.grade.setAccessibleName(self.tr("Grade"))
        self.also_extent.setAccessibleName(self.tr("Extent of the qualifying grade"))
        self.also_grade.setAccessibleName(self.tr("Qualifying grade"))
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.limiting.setAccessibleName(self.tr("Limiting factors"))
        self.departure.setAccessibleName(self.tr("Reason for departing from the evidence"))
        self.supporting.list.setAccessibleName(self.tr("Supporting evidence"))
        self.contrary.list.setAccessibleName(self.tr("Contrary evidence"))

    def status_name(self, code: str) -> str:
        return {"draft": self.tr("Draft"), "proposed": self.tr("Proposed"), "moderated": self.tr("Moderated"),
                "agreed": self.tr("Agreed"), "locked": self.tr("Locked")}.get(code, code)

    # -- loading -----------------------------------------------------------------------------------

    def load(self, services, inspection_uuid: str, framework, node) -> None:
        self._services, self._inspection, self._framework, self._node = services, inspection_uuid, framework, node
        for links in (self.supporting, self.contrary):
            links.bind(services, inspection_uuid)
        self._problem = None
        self._reload()
        self.refresh_support()

    def _scale(self):
        node = self._node
        return self._framework.scale(node.scale) if node is not None and node.graded and node.scale else None

    def _reload(self) -> None:
        row = self._services.judgements.for_node(self._inspection, self._node.code)
        self._judgement = row.judgement if row else Judgement(node=self._node.code)
        self._row = row
        self._loading = True
        try:
            self._fill()
        finally:
            self._loading = False
        self._update_state()

    def _fill(self) -> None:
        j, scale = self._judgement, self._scale()
        graded = scale is not None
        for w in (self.grade, self.grade_label, self.qualifier_label, self.qualifier_row):
            w.setVisible(graded)
        self.grade.clear()
        self.also_grade.clear()
        self.also_extent.clear()
        if graded:
            self.grade.addItem(self.tr("— not yet graded —"), None)
            self.also_grade.addItem(self.tr("— none —"), None)
            for level in scale.rated_levels:
                self.grade.addItem(pick(level.label_en, level.label_cy), level.code)
                self.also_grade.addItem(pick(level.label_en, level.label_cy).lower(), level.code)
            for code, en, cy in EXTENTS:
                self.also_extent.addItem(cy if current() == "cy" else en, code)
            self.grade.setCurrentIndex(max(0, self.grade.findData(j.grade)))
            self.also_grade.setCurrentIndex(max(0, self.also_grade.findData(j.also_grade)))
            self.also_extent.setCurrentIndex(max(0, self.also_extent.findData(j.also_extent)))
        self._fill_narratives(graded)
        self._set_text(self.rationale, j.rationale)
        self._set_text(self.limiting, j.limiting_factors)
        self._set_text(self.departure, j.departure_reason)
        self.include_nominated.setChecked(j.include_nominated)
        rows = self._evidence_rows(j)
        self.supporting.set_links(j.supporting, rows)
        self.contrary.set_links(j.contrary, rows)

    def _fill_narratives(self, graded: bool) -> None:
        while self.narratives_layout.rowCount():
            self.narratives_layout.removeRow(0)
        self._narrative_edits = {}
        slots = [(n.code, pick(n.title_en, n.title_cy), pick(n.descriptor_en, n.descriptor_cy))
                 for n in self._node.narratives]
        if not graded and not slots:
            slots = [("assessment", self.tr("Assessment"), self.tr("The narrative judgement for this node"))]
        for code, title, descriptor in slots:
            edit = _text_edit(title, 70)
            edit.setPlaceholderText(descriptor)
            edit.setPlainText(self._judgement.narratives.get(code, ""))
            edit.textChanged.connect(self._edited)
            edit.focus_lost.connect(self._autosaver.flush)
            label = QLabel(title)
            label.setBuddy(edit)
            label.setWordWrap(True)
            self.narratives_layout.addRow(label, edit)
            self._narrative_edits[code] = edit

    def _set_text(self, edit: QPlainTextEdit, text: str) -> None:
        if edit.toPlainText() != text:
            edit.setPlainText(text)

    def _evidence_rows(self, j: Judgement) -> dict:
        return self._services.evidence.rows(self._inspection, j.evidence_uuids) if j.evidence_uuids else {}

    def _update_state(self) -> None:
        j = self._judgement
        is_lead = self._services.judgements.is_lead(self._inspection)
        user = self._services.store.user
        who = {"proposed": j.proposed_by, "moderated": j.moderated_by, "agreed": j.agreed_by,
               "locked": j.locked_by}.get(j.status, "")
        text = self.tr("Status: %1").replace("%1", self.status_name(j.status))
        if who:
            text += " " + self.tr("(by %1)").replace("%1", who)
        if not is_lead:
            text += " · " + self.tr("only the lead inspector moderates, agrees and locks")
        self.status_label.setText(text)
        s = j.status
        self.propose_button.setVisible(s == "draft")
        self.withdraw_button.setVisible(s in ("proposed", "moderated", "agreed")
                                        and (is_lead or (s == "proposed" and j.proposed_by == user)))
        self.moderate_button.setVisible(s == "proposed")
        self.agree_button.setVisible(s == "moderated")
        self.lock_button.setVisible(s == "agreed")
        for button in (self.moderate_button, self.agree_button, self.lock_button):
            button.setEnabled(is_lead)
        editable = s in ("draft", "proposed") or (is_lead and s in ("moderated", "agreed"))
        for w in (self.grade, self.also_extent, self.also_grade, self.include_nominated):
            w.setEnabled(editable)
        self._sync_extent()
        for w in (self.rationale, self.limiting, self.departure, *self._narrative_edits.values()):
            w.setReadOnly(not editable)
        self.supporting.set_editable(editable)
        self.contrary.set_editable(editable)
        if self._row is not None:
            self.history_label.setText(self.tr("Version %1, last saved by %2").replace("%1", str(self._row.rev))
                                       .replace("%2", self._row.author))
        else:
            self.history_label.setText(self.tr("Not yet started: the first edit saves a draft."))
        self.problems.setText(self._problem or "")
        self.problems.setVisible(bool(self._problem))
        self._check_departure()

    # -- decision support --------------------------------------------------------------------------

    def refresh_support(self) -> None:
        if self._services is None:
            return
        services, inspection, node = self._services, self._inspection, self._node.code
        include = self.include_nominated.isChecked()
        self.support.show_loading()
        self._tasks.submit(lambda: services.judgements.decision_support(inspection, node, include_nominated=include),
                           on_done=lambda f, n=node: self._on_support(f, n))

    def _on_support(self, future, node: str) -> None:
        if self._node is None or node != self._node.code:
            return  # the inspector moved on to another node meanwhile
        if future.exception() is not None:
            self.support.headline.setText(self.tr("Could not count the evidence: %1").replace(
                "%1", str(future.exception())))
            return
        self._support = future.result()
        self.support.set_support(self._support)
        self.supporting.set_first(list(self._support.evidence))
        self.contrary.set_first(list(self._support.evidence))
        self._check_quantifiers()
        self._check_departure()

    def _check_quantifiers(self) -> None:
        if self._support is None:
            return
        dists = [d for d in (self._support.headline, *self._support.distributions) if d is not None]
        flags = check_quantifiers(self.rationale.toPlainText(), dists, self._framework.proportion_words,
                                  language=current())
        self.quantifier_flags.setText("\n".join(f"⚠ {f.message}" for f in flags))
        self.quantifier_flags.setVisible(bool(flags))

    def _sync_extent(self) -> None:
        # "in one or two aspects" means nothing without a qualifying grade.
        self.also_extent.setEnabled(self.grade.isEnabled() and self.also_grade.currentData() is not None)

    def _check_departure(self) -> None:
        suggested = self._support.suggested if self._support is not None else None
        grade = self.grade.currentData()
        departs = bool(suggested and grade and grade != suggested)
        self.departure_label.setStyleSheet("color: #b71c1c; font-weight: bold;" if departs else "")

    def _on_nominated_toggled(self, _checked: bool) -> None:
        self._edited()
        self.refresh_support()

    # -- editing -----------------------------------------------------------------------------------

    def _fields(self) -> dict:
        narratives = {code: edit.toPlainText() for code, edit in self._narrative_edits.items()}
        fields = {"rationale": self.rationale.toPlainText(), "limiting_factors": self.limiting.toPlainText(),
                  "departure_reason": self.departure.toPlainText(), "narratives": narratives,
                  "include_nominated": self.include_nominated.isChecked(),
                  "supporting": self.supporting.links(), "contrary": self.contrary.links()}
        if self._scale() is not None:
            also = self.also_grade.currentData()
            fields.update(grade=self.grade.currentData(), also_grade=also,
                          also_extent=self.also_extent.currentData() if also else None)
        return fields

    def _edited(self, links_changed: bool = False) -> None:
        if self._loading or self._services is None:
            return
        self._check_departure()
        services, inspection, node, fields = self._services, self._inspection, self._node.code, self._fields()

        def commit():
            try:
                services.judgements.save(inspection, node, **fields)
                self._problem = None
            except Exception as exc:  # noqa: BLE001 (shown in the panel and by the save indicator)
                self._problem = str(exc)
                raise

        self._autosaver.schedule(f"judgement:{inspection}:{node}", commit)
        if links_changed:
            self._autosaver.flush()

    def _after_save(self) -> None:
        if self._services is None or self._node is None or self._autosaver.has_pending:
            return
        self._loading = True
        try:
            row = self._services.judgements.for_node(self._inspection, self._node.code)
            if row is not None:
                self._row, self._judgement = row, row.judgement
                rows = self._evidence_rows(row.judgement)
                self.supporting.set_links(row.judgement.supporting, rows)
                self.contrary.set_links(row.judgement.contrary, rows)
        finally:
            self._loading = False
        self._update_state()

    def move(self, target: str) -> None:
        """Propose, return, moderate, agree or lock: commits what is typed first, then asks the service."""
        if self._services is None:
            return
        self._autosaver.flush_now()
        if self._problem:
            self._prompts.error(self.tr("Judgement"), self._problem)
            return
        row = self._services.judgements.for_node(self._inspection, self._node.code)
        if row is None:
            self._prompts.error(self.tr("Judgement"), self.tr("Write the judgement before moving it on."))
            return
        services = self._services
        self._tasks.submit(lambda: services.judgements.move(row.uuid, target), on_done=self._on_moved)

    def _on_moved(self, future) -> None:
        exc = future.exception()
        if exc is not None:
            self._prompts.error(self.tr("Judgement"), str(exc))
        self._reload()


__all__ = ["STATUSES", "JudgementPanel"]
