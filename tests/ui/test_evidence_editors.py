"""Each evidence editor's own fields, on an inspection pinned to Ofsted/HMICA 2007 (the framework with
checklists): every type-specific field set through its widget, saved, present after a restart, undone;
records rows; the case file checklist; a court report's checklist following its kind."""

from __future__ import annotations

import pytest

from fieldkit.domain.evidence import EVIDENCE_TYPES, evidence_type
from tests.ui.conftest import unlock


@pytest.fixture
def ofsted(qtbot, make_window, existing_store):
    from fieldkit.domain.inspection import Child, Site

    window = make_window(existing_store)
    unlock(qtbot, window)
    services = window.session.services
    uuid = services.inspections.create(title="Cafcass East Midlands 2007", inspected_body="Cafcass",
                                       framework_id="ofsted-hmica-2007")
    services.inspections.add_site(uuid, Site(name="Leicester office", area="East Midlands"))
    services.inspections.add_child(uuid, Child(pseudonym="Child K", age=8))
    window.open_inspection(uuid)
    window.workspace.tabs.setCurrentWidget(window.workspace.register)
    return window


def _value_for(spec, services, insp, path: str = ""):
    """A valid value for one field, as a user would leave it."""
    kind, key = spec.kind, spec.key
    if key in ("code", "question"):  # tallies and answers name question codes
        return "Q1"
    if kind in ("text", "longtext"):
        return f"Tŷ {path}{key}"
    if kind == "date":
        return "2007-06-12"
    if kind == "int":
        return max(3, spec.minimum or 0)
    if kind == "bool":
        return True
    if kind == "choice":
        return spec.choices[-1][0]
    if kind == "multichoice":
        return [spec.choices[0][0], spec.choices[-1][0]]
    if kind == "child":
        return services.inspections.children(insp)[0][0]
    if kind == "children":
        return [services.inspections.children(insp)[0][0]]
    if kind == "site":
        return services.inspections.sites(insp)[0][0]
    if kind == "criteria":
        return ["1.3"]
    if kind == "records":
        return [{s.key: _value_for(s, services, insp, f"{key}.") for s in spec.fields}]
    return None  # evidence_refs and checklist: tested on their own


def _restart(qtbot, window):
    window.lock()
    unlock(qtbot, window)
    window.workspace.tabs.setCurrentWidget(window.workspace.register)
    return window.workspace.register


@pytest.mark.parametrize("type_code", [t.code for t in EVIDENCE_TYPES])
def test_type_specific_fields_save_survive_restart_and_undo(qtbot, ofsted, type_code):
    services, insp = ofsted.session.services, ofsted.workspace.uuid
    register = ofsted.workspace.register
    uuid = register.create(type_code)
    editor = register.editor
    expected = {}
    for spec in evidence_type(type_code).fields:
        value = _value_for(spec, services, insp)
        if value is None:
            continue
        widget = editor._widgets[spec.key]
        widget.set_value(value)
        editor._on_field_changed(spec.key)
        assert widget.value() == value, spec.key
        expected[spec.key] = value
    assert not editor.refusal.isVisible()
    ofsted.autosaver.flush_now()
    saved = services.evidence.get(uuid).data
    assert {k: saved[k] for k in expected} == expected
    assert not editor.refusal.isVisible(), editor.refusal.text()

    register = _restart(qtbot, ofsted)
    register.open_item(uuid)
    editor = register.editor
    assert {k: editor._widgets[k].value() for k in expected} == expected
    last = list(expected)[-1]
    editor._widgets[last].set_value(evidence_type(type_code).field(last).empty())
    editor._on_field_changed(last)
    editor.undo_stack.undo()
    assert editor._widgets[last].value() == expected[last]
    ofsted.autosaver.flush_now()
    assert services.evidence.get(uuid).data[last] == expected[last]


def _grade(editor, checklist: str, item: str, level: str) -> None:
    combo = editor._widgets["checklist"]._combos[(checklist, item)]
    combo.setCurrentIndex(combo.findData(level))


def test_case_file_checklist_graded_on_its_scales(qtbot, ofsted):
    services = ofsted.session.services
    register = ofsted.workspace.register
    uuid = register.create("case_file_reading")
    editor = register.editor
    field = editor._widgets["checklist"]
    assert field.codes == ("case_file",) and field.isVisibleTo(editor)
    assert field.table.rowCount() == 8
    _grade(editor, "case_file", "contact_activities", "good")
    _grade(editor, "case_file", "f1_signed_off", "no")  # a Yes/No item
    ofsted.autosaver.flush_now()
    assert services.evidence.get(uuid).data["checklist"] == {
        "case_file": {"contact_activities": "good", "f1_signed_off": "no"}}
    levels = [field._combos[("case_file", "f1_signed_off")].itemData(i)
              for i in range(field._combos[("case_file", "f1_signed_off")].count())]
    assert levels == [None, "yes", "no", "na"]


def test_court_report_checklist_follows_the_kind_of_report(qtbot, ofsted):
    services = ofsted.session.services
    register = ofsted.workspace.register
    uuid = register.create("court_report_reading")
    editor = register.editor
    field = editor._widgets["checklist"]
    assert field.codes == () and not field.isVisibleTo(editor), "no checklist until the kind is known"
    kind = editor._widgets["report_kind"]
    kind.set_value("s7")
    editor._on_field_changed("report_kind")
    assert field.codes == ("court_report_s7",) and field.isVisibleTo(editor)
    _grade(editor, "court_report_s7", "child_focused", "adequate")
    _grade(editor, "court_report_s7", "_overall", "inadequate")
    ofsted.autosaver.flush_now()
    assert services.evidence.get(uuid).data["checklist"] == {
        "court_report_s7": {"child_focused": "adequate", "_overall": "inadequate"}}
    # A public law report: the private law checklist no longer applies and is not saved with it.
    kind.set_value("s31")
    editor._on_field_changed("report_kind")
    assert field.codes == () and not field.isVisibleTo(editor)
    ofsted.autosaver.flush_now()
    data = services.evidence.get(uuid).data
    assert data["report_kind"] == "s31" and data["checklist"] == {}
    assert not editor.refusal.isVisible()
    editor.undo_stack.undo()
    assert kind.value() == "s7" and field.value() == {
        "court_report_s7": {"child_focused": "adequate", "_overall": "inadequate"}}
    ofsted.autosaver.flush_now()
    assert services.evidence.get(uuid).data["checklist"]["court_report_s7"]["_overall"] == "inadequate"


def test_safeguarding_evidence_refused_delete_is_explained(qtbot, ofsted):
    from PySide6.QtCore import Qt

    services = ofsted.session.services
    register = ofsted.workspace.register
    uuid = register.create("premises_check")
    register.editor._widgets["safeguarding"].box.setChecked(True)
    register.select_uuid(uuid)
    register.table.setFocus()
    qtbot.keyClick(register.table, Qt.Key.Key_Delete)
    assert not services.evidence.get(uuid).deleted
    assert register.message.isVisibleTo(register) and "cannot be deleted" in register.message.text()


def test_an_interview_uses_a_versioned_question_set(qtbot, ofsted):
    from fieldkit.domain.question_sets import Question, QuestionSet

    services, insp = ofsted.session.services, ofsted.workspace.uuid
    services.evidence.question_sets.add(insp, QuestionSet("Practitioner interview", "2", (
        Question("sup", "How often are you supervised?", "Pa mor aml y cewch eich goruchwylio?"),
        Question("cases", "Who chooses the cases you take to supervision?"))))
    register = ofsted.workspace.register
    uuid = register.create("interview")
    editor = register.editor
    picker = editor.question_set_picker
    assert picker.isEnabled() and picker.itemText(1) == "Practitioner interview v2"
    picker.setCurrentIndex(1)
    picker.activated.emit(1)
    answers = editor._widgets["answers"]
    assert [(r["question_id"], r["question"]) for r in answers.value()] == [
        ("sup", "How often are you supervised?"), ("cases", "Who chooses the cases you take to supervision?")]
    answers.set_cell(0, 2, "Every month, sometimes cancelled")
    ofsted.autosaver.flush_now()
    data = services.evidence.get(uuid).data
    assert (data["question_set"], data["question_set_version"]) == ("Practitioner interview", "2")
    assert data["answers"][0] == {"question_id": "sup", "question": "How often are you supervised?",
                                  "answer": "Every month, sometimes cancelled"}
    # Picking the set again adds nothing already there; an id not in the version is refused, shown inline.
    picker.activated.emit(1)
    assert len(answers.value()) == 2
    answers.set_cell(1, 0, "pdp")
    ofsted.autosaver.flush_now()
    assert editor.refusal.isVisible()
    assert "'pdp' is not a question of Practitioner interview v2" in editor.refusal.text()
    answers.set_cell(1, 0, "cases")
    ofsted.autosaver.flush_now()
    assert not editor.refusal.isVisible()
