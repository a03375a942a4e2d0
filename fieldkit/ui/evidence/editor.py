"""The editor for one evidence item, built from its type's field specs. No Save button: every change
is committed through the autosaver; undo and redo step back through this session's edits.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.evidence import (
    COMMON_FIELDS,
    checklist_kinds_for,
    evidence_type,
    survey_rate,
    survey_response_count,
    validate_evidence,
)
from fieldkit.services.errors import StorageError, ValidationError
from fieldkit.ui.evidence import fields as fw
from fieldkit.ui.evidence.child_picker import ChildDirectory, ChildField, ChildrenField
from fieldkit.ui.evidence.problems import problem_text
from fieldkit.ui.evidence.records_field import RecordsField
from fieldkit.ui.language import pick

MERGE_WINDOW_S = 1.5
_FREE_TEXT = ("text", "longtext")


class EditCommand(QUndoCommand):
    """One step of undo: the item's data before and after; typing in one field merges into one step."""

    def __init__(self, editor: EvidenceEditor, field_key: str, before: dict, after: dict):
        super().__init__(editor.tr("Edit %1").replace("%1", field_key.replace("_", " ")))
        self.editor, self.field_key = editor, field_key
        self.before, self.after = before, after
        self.stamp = time.monotonic()
        self._first = True

    def id(self) -> int:
        return 0x4556  # 'EV': any two edits may merge, mergeWith decides

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, EditCommand) or other.field_key != self.field_key:
            return False
        if other.editor is not self.editor or other.stamp - self.stamp > MERGE_WINDOW_S:
            return False
        self.after, self.stamp = other.after, other.stamp
        return True

    def redo(self) -> None:
        if self._first:  # the edit is already on screen and scheduled to save
            self._first = False
            return
        self.editor.apply(self.after)

    def undo(self) -> None:
        self.editor.apply(self.before)


class EvidenceEditor(QWidget):
    """Signals:
        saved_item(str): a version of the item reached the disk; its register line may have changed.
        raise_concern_requested(str): "Raise safeguarding concern…" for this item.

    A draft the service refuses (a reference it cannot resolve) stays on screen with the reason above
    the form; it is not retried as it is, and the next edit that fixes it is saved as usual.
    """

    saved_item = Signal(str)
    raise_concern_requested = Signal(str)  # the item's id: the workspace opens the safeguarding dialog
    _committed = Signal(str)  # from the writer thread; queued to this one
    _refused = Signal(str, list)

    def __init__(self, services, autosaver, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._autosaver = autosaver
        self.undo_stack = QUndoStack(self)
        self.uuid: str | None = None
        self.inspection_uuid: str | None = None
        self._widgets: dict[str, fw.FieldWidget] = {}
        self._hints: dict[str, QLabel] = {}
        self._data: dict = {}
        self._loading = False
        self._privacy_timer = QTimer(self)
        self._privacy_timer.setSingleShot(True)
        self._privacy_timer.setInterval(400)
        self._privacy_timer.timeout.connect(self._check_privacy)
        self._privacy_pending: set[str] = set()
        self._privacy_context = None
        self.directory: ChildDirectory | None = None
        self._type_code = ""
        self._committed.connect(self._on_committed)
        self._refused.connect(self._on_refused)

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #8a4b00;")
        self.problems.setAccessibleName(self.tr("Missing or invalid fields"))
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.refusal.setAccessibleName(self.tr("Not saved"))
        self.refusal.hide()
        self.rate: QLabel | None = None
        from fieldkit.ui.attachments_widget import AttachmentsWidget  # noqa: PLC0415 (issue 5: the item's files)

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.attachments = AttachmentsWidget(lambda: self._services, self)
        # The files scroll with the form, after it: the form keeps the height it needs on a laptop screen.
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(self.body)
        page_layout.addWidget(self.attachments)
        page_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.concern_button = QPushButton(self.tr("Raise safeguarding &concern…"))
        self.concern_button.setAccessibleName(self.tr("Raise a safeguarding concern about this item"))
        self.concern_button.clicked.connect(lambda: self.uuid and self.raise_concern_requested.emit(self.uuid))
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.concern_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(heading_row)
        layout.addWidget(self.refusal)
        layout.addWidget(self.problems)
        layout.addWidget(scroll, 1)

    # -- building --------------------------------------------------------------------------------

    def _options(self, spec) -> list[tuple[str, str]]:
        return [(code, pick(en, cy)) for code, en, cy in spec.choices]

    def _make(self, spec) -> fw.FieldWidget:
        kind = spec.kind
        insp = self.inspection_uuid
        if kind == "text":
            return fw.TextField(spec)
        if kind == "longtext":
            return fw.LongTextField(spec)
        if kind == "date":
            return fw.DateField(spec)
        if kind == "int":
            return fw.IntField(spec)
        if kind == "bool":
            return fw.BoolField(spec)
        if kind == "choice":
            return fw.ChoiceField(spec, self._options(spec))
        if kind == "multichoice":
            return fw.MultiChoiceField(spec, self._options(spec))
        if kind == "child":
            return ChildField(spec, self.directory)
        if kind == "children":
            return ChildrenField(spec, self.directory)
        if kind == "site":
            return fw.ChoiceField(spec, [(uuid, s.name) for uuid, s in self._services.inspections.sites(insp)])
        if kind == "records":
            return RecordsField(spec, self.directory)
        if kind == "criteria":
            framework = self._services.inspections.framework(insp)
            opts = [(n.code, f"{n.code}  {pick(n.title_en, n.title_cy)}") for n in framework.iter_nodes()]
            return fw.MultiChoiceField(spec, opts)
        if kind == "evidence_refs":
            opts = [(r.uuid, f"{r.evidence_date or ''}  {pick(r.type_label_en, r.type_label_cy)}: {r.title}")
                    for r in self._linkable() if r.uuid != self.uuid and (not spec.ref_types
                                                                          or r.type_code in spec.ref_types)]
            return fw.MultiChoiceField(spec, opts)
        if kind == "checklist":
            framework = self._services.inspections.framework(insp)
            return fw.ChecklistField(spec, self._checklists(self._data), {s.code: s for s in framework.scales})
        raise ValueError(f"no editor for field kind {kind!r}")

    def _linkable(self) -> list:
        """The newest 2,000 items, read once per item shown and shared by its link fields."""
        if self._linkable_rows is None:
            from fieldkit.services.evidence import EvidenceFilter  # noqa: PLC0415

            self._linkable_rows = self._services.evidence.query(self.inspection_uuid, EvidenceFilter(),
                                                                sort="evidence_date", limit=2000)
        return self._linkable_rows

    def _question_set_picker(self) -> QComboBox:
        """The inspection's question sets; picking one records its name and version and adds a row for
        each of its questions not yet answered, tied to the question's id."""
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Use a question set"))
        sets = self._services.evidence.question_sets.list(self.inspection_uuid)
        combo.addItem(self.tr("none on record") if not sets else "—", None)
        for _uuid, qs in sets:
            combo.addItem(qs.label + (f" ({qs.audience})" if qs.audience else ""), qs)
        combo.setEnabled(bool(sets))
        combo.activated.connect(lambda i: combo.itemData(i) is not None and self.use_question_set(combo.itemData(i)))
        self.question_set_picker = combo
        return combo

    def use_question_set(self, qs) -> None:
        for key, value in (("question_set", qs.name), ("question_set_version", qs.version)):
            self._widgets[key].set_value(value)
            self._on_field_changed(key)
        answers = self._widgets["answers"]
        rows = answers.value()
        have = {r.get("question_id") for r in rows}
        rows += [{"question_id": q.id, "question": pick(q.text_en, q.text_cy), "answer": ""}
                 for q in qs.questions if q.id not in have]
        answers.set_value(rows)
        self._on_field_changed("answers")

    def _checklists(self, data: dict) -> list:
        """The pinned framework's checklists for this item (a court report's follow its kind)."""
        framework = self._services.inspections.framework(self.inspection_uuid)
        found = []
        for kind in checklist_kinds_for(self._type_code, data):
            found.extend(cl for cl in framework.checklists_for(kind) if cl not in found)
        return found

    def _sync_checklist(self, data: dict) -> None:
        widget = self._widgets.get("checklist")
        if widget is None:
            return
        widget.set_checklists(self._checklists(data))
        self._forms["checklist"].setRowVisible(widget, bool(widget.codes))  # none: the framework has none

    def _group(self, title: str, specs) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            widget = self._make(spec)
            self._forms[spec.key] = form
            widget.setToolTip(pick(spec.help_en, spec.help_cy))
            widget.changed.connect(lambda key=spec.key: self._on_field_changed(key))
            widget.focus_lost.connect(self._autosaver.flush)
            self._widgets[spec.key] = widget
            text = fw.label(spec) + (" *" if spec.required else "")
            if spec.kind == "bool":
                form.addRow("", widget)
            else:
                lab = QLabel(text)
                lab.setBuddy(widget.focus_widget())
                form.addRow(lab, widget)
            if spec.key == "question_set_version" and self._type_code == "interview":
                form.addRow(self.tr("Use a question set"), self._question_set_picker())
            if spec.key == "responses_received" and self._type_code == "survey":
                self.rate = QLabel()
                self.rate.setAccessibleName(self.tr("Response rate"))
                form.addRow(self.tr("Response rate"), self.rate)
            if spec.kind in _FREE_TEXT or (spec.kind == "records"
                                           and any(f.kind in _FREE_TEXT for f in spec.fields)):
                hint = QLabel()
                hint.setWordWrap(True)
                hint.setStyleSheet("color: #8a4b00;")
                hint.hide()
                self._hints[spec.key] = hint
                form.addRow("", hint)
        return box

    def load(self, uuid: str) -> None:
        """Show one item. Pending edits of the previous item are committed first."""
        self._autosaver.flush()
        item = self._services.evidence.get(uuid)
        if self.directory is None or item.inspection_uuid != self.inspection_uuid:
            self.directory = ChildDirectory(self._services, item.inspection_uuid, self)
            self.directory.changed.connect(self.privacy_changed)  # new pseudonyms are no longer "names"
            self._privacy_context = None
        else:
            self.directory.blockSignals(True)  # the pickers about to be replaced need no refresh
            self.directory.reload()
            self.directory.blockSignals(False)
            self._privacy_context = None
        self.uuid, self.inspection_uuid, self._type_code = uuid, item.inspection_uuid, item.type_code
        self.attachments.load(uuid)
        self._data = dict(item.data)
        self.refusal.hide()
        self.undo_stack.clear()
        while self.body_layout.count():
            w = self.body_layout.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self._widgets.clear()
        self._hints.clear()
        self._forms: dict[str, QFormLayout] = {}
        self._linkable_rows = None
        self.rate = None
        etype = evidence_type(item.type_code)
        self.heading.setText(pick(etype.label_en, etype.label_cy))
        common_keys = {s.key for s in COMMON_FIELDS}
        self.body_layout.addWidget(self._group(self.tr("About this evidence"), COMMON_FIELDS))
        specific = [s for s in etype.fields if s.key not in common_keys]
        if specific:
            self.body_layout.addWidget(self._group(pick(etype.label_en, etype.label_cy), specific))
        self.apply(item.data, record=False)
        self.privacy_changed()  # warnings for what is already there, not only for what is typed next

    # -- editing ---------------------------------------------------------------------------------

    def collect(self) -> dict:
        data = dict(self._data)  # keys without a widget (set by import or newer versions) are kept
        data.update({key: w.value() for key, w in self._widgets.items()})
        return data

    def apply(self, data: dict, *, record: bool = True) -> None:
        """Put `data` on screen; from undo/redo (record=True) it is also saved as a new version."""
        self._loading = True
        try:
            for key, widget in self._widgets.items():
                if key == "checklist":
                    self._sync_checklist(data)  # which checklists apply depends on the other fields
                widget.set_value(data.get(key))
        finally:
            self._loading = False
        self._data = dict(data)
        self._show_problems()
        if record:
            self._schedule(dict(data))

    def _on_field_changed(self, key: str) -> None:
        if self._loading or self.uuid is None:
            return
        if key == "report_kind":
            self._sync_checklist({**self._data, "report_kind": self._widgets[key].value()})
        before, after = self._data, self.collect()
        if after == before:
            return
        self._data = after
        self.undo_stack.push(EditCommand(self, key, before, after))
        self._schedule(after)
        if key in self._hints:
            self._privacy_pending.add(key)
            self._privacy_timer.start()
        self._show_problems()

    def _schedule(self, data: dict) -> None:
        evidence, uuid = self._services.evidence, self.uuid

        def commit() -> None:  # runs on the writer thread
            try:
                evidence.update(uuid, data)
            except ValidationError as exc:
                self._refused.emit(uuid, list(exc.problems))
                raise
            self._committed.emit(uuid)

        self._autosaver.schedule(f"evidence:{uuid}", commit)

    def _on_committed(self, uuid: str) -> None:
        if uuid == self.uuid:
            self.refusal.hide()
        self.saved_item.emit(uuid)

    def _on_refused(self, uuid: str, problems: list) -> None:
        if uuid != self.uuid:
            return
        self.refusal.setText(self.tr("Not saved: %1. What you typed stays here and is saved as soon as this is "
                                     "fixed.").replace("%1", "; ".join(problem_text(self._type_code, p)
                                                                        for p in problems)))
        self.refusal.show()

    def _show_problems(self) -> None:
        problems = validate_evidence(self._type_code, self._data) if self.uuid else []
        self.problems.setVisible(bool(problems))
        self.problems.setText(self.tr("Still to complete: %1").replace(
            "%1", "; ".join(problem_text(self._type_code, p) for p in problems)))
        self._show_rate()

    def _show_rate(self) -> None:
        """A survey's response rate, computed as it is typed (none without the number distributed)."""
        if self.rate is None or self._type_code != "survey":
            return
        received, rate = survey_response_count(self._data), survey_rate(self._data)
        if rate is None:
            self.rate.setText(self.tr("not known: needs the number distributed and the responses"))
        else:
            self.rate.setText(self.tr("%1 of %2 (%3%)").replace("%1", str(received)).replace(
                "%2", str(self._data.get("distributed"))).replace("%3", f"{rate * 100:.0f}"))

    def _check_privacy(self) -> None:
        """Inline warnings only: typing is never blocked. Table cells (quotes, answers) are scanned too."""
        from fieldkit.domain.privacy import scan  # noqa: PLC0415

        if self._privacy_context is None:
            try:
                self._privacy_context = self._services.evidence.privacy_context(self.inspection_uuid)
            except (StorageError, ValidationError):
                return
        pseudonyms, never = self._privacy_context
        for key in list(self._privacy_pending):
            widget, hint = self._widgets.get(key), self._hints.get(key)
            if widget is None or hint is None:
                continue
            pieces = widget.free_texts() if isinstance(widget, RecordsField) else [("", widget.value())]
            found = []
            for where, text in pieces:
                for f in scan(text, known_pseudonyms=pseudonyms, never_write=never):
                    found.append(f"{where + ': ' if where else ''}{f.message_en}: “{f.text}”")
            hint.setVisible(bool(found))
            hint.setText("⚠ " + "; ".join(found[:4]) + (" …" if len(found) > 4 else ""))
        self._privacy_pending.clear()

    def privacy_changed(self) -> None:
        """The register or the never-to-write list changed: scan every free-text field again."""
        self._privacy_context = None
        self._privacy_pending.update(self._hints)
        self._check_privacy()

