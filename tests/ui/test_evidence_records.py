"""Records tables in the evidence editor: typed cells (children from the register, dates, numbers,
choices), autosave while a cell is being typed, and a refused draft that never wedges autosave."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QListWidget, QSpinBox

from fieldkit.ui.evidence.child_picker import NEW, ChildCombo
from tests.ui.conftest import type_text


def _editor_at(field, row: int, key: str):
    col = [s.key for s in field.subs].index(key)
    index = field.table.model().index(row, col)
    field.table.setCurrentIndex(index)
    field.table.edit(index)
    editor = field.table.indexWidget(index)
    assert editor is not None, f"no editor opened for {key}"
    return editor


def _saved(workspace, uuid):
    workspace.autosaver.flush_now()
    return workspace.session.services.evidence.get(uuid).data


def _children(workspace):
    services = workspace.session.services
    return {c.pseudonym: u for u, c in services.inspections.children(workspace.workspace.uuid)}


def test_child_cell_picks_from_the_register_and_saves_the_uuid(qtbot, workspace):
    register = workspace.workspace.register
    uuid = register.create("case_file_reading")
    field = register.editor._widgets["children"]
    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
    combo = _editor_at(field, 0, "child")
    assert isinstance(combo, ChildCombo)
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert "Child A (7)" in labels and labels[-1] == "New pseudonym…"
    combo.setCurrentIndex(combo.findData(_children(workspace)["Child A"]))
    combo.activated.emit(combo.currentIndex())
    assert field.table.item(0, 0).text() == "Child A (7)"
    data = _saved(workspace, uuid)
    assert data["children"][0]["child"] == _children(workspace)["Child A"]
    assert not register.editor.refusal.isVisible()


def test_new_pseudonym_with_age_is_created_in_place_from_a_child_cell(qtbot, workspace):
    register = workspace.workspace.register
    uuid = register.create("practice_observation")
    field = register.editor._widgets["participants"]
    field.add_row()
    combo = _editor_at(field, 0, "child")
    combo.setCurrentIndex(combo.findData(NEW))
    combo.activated.emit(combo.currentIndex())
    dialog = register.editor.directory.last_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    type_text(dialog.pseudonym, "Child #1")  # not a pseudonym: the dialog says so and nothing is added
    dialog.buttons.accepted.emit()
    assert "pseudonym" in dialog.error_label.text() and "Child #1" not in _children(workspace)
    dialog.pseudonym.clear()
    type_text(dialog.pseudonym, "Child Z")
    dialog.age.setValue(11)
    dialog.buttons.accepted.emit()
    new = _children(workspace)["Child Z"]
    assert field.cell(0, 1) == new and field.table.item(0, 1).text() == "Child Z (11)"
    assert _saved(workspace, uuid)["participants"][0]["child"] == new
    # Offered at once in the next row and in the editor's other pickers.
    field.add_row()
    combo = _editor_at(field, 1, "child")
    assert combo.findText("Child Z (11)") >= 0


def test_date_number_choice_and_multichoice_cells_have_their_own_editors(qtbot, workspace):
    register = workspace.workspace.register
    uuid = register.create("premises_check")
    issues = register.editor._widgets["issues"]
    issues.add_row()
    date = _editor_at(issues, 0, "response_date")
    assert isinstance(date, QDateEdit) and date.specialValueText() == "not set"
    date.setDate(QDate(2018, 11, 21))
    area = _editor_at(issues, 0, "area")
    assert isinstance(area, QComboBox)
    area.setCurrentIndex(area.findData("file_storage"))
    area.activated.emit(area.currentIndex())
    row = _saved(workspace, uuid)["issues"][0]
    assert row["response_date"] == "2018-11-21" and row["area"] == "file_storage"
    assert issues.table.item(0, 0).text() == "File storage"

    uuid = register.create("stakeholder_meeting")
    attendees = register.editor._widgets["attendees"]
    attendees.add_row()
    count = _editor_at(attendees, 0, "count")
    assert isinstance(count, QSpinBox) and count.value() == count.minimum()  # "not set", not 0 or 1
    count.setValue(3)
    assert _saved(workspace, uuid)["attendees"][0]["count"] == 3

    uuid = register.create("case_track")
    disc = register.editor._widgets["discrepancies"]
    disc.add_row()
    sources = _editor_at(disc, 0, "sources")
    assert isinstance(sources, QListWidget)
    for i in (0, 1):
        sources.item(i).setCheckState(Qt.CheckState.Checked)
    assert _saved(workspace, uuid)["discrepancies"][0]["sources"] == ["case_file", "report"]
    assert disc.table.item(0, 0).text() == "Case file, Court report"


def test_a_quote_cell_is_autosaved_while_it_is_still_being_typed(qtbot, workspace):
    register = workspace.workspace.register
    uuid = register.create("interview")
    quotes = register.editor._widgets["quotes"]
    quotes.add_row()
    edit = _editor_at(quotes, 0, "text")
    assert isinstance(edit, QLineEdit)
    type_text(edit, "Roedd y gweithiwr yn garedig iawn ŵ")
    assert quotes.table.indexWidget(quotes.table.model().index(0, 0)) is edit, "the cell is still open"
    assert workspace.autosaver.has_pending
    services = workspace.session.services
    qtbot.waitUntil(lambda: services.evidence.get(uuid).data["quotes"][0]["text"]
                    == "Roedd y gweithiwr yn garedig iawn ŵ", timeout=5000)
    assert edit.isVisible() and edit.cursorPosition() == len(edit.text())
    assert quotes.table.indexWidget(quotes.table.model().index(0, 0)) is edit


def test_a_refused_draft_shows_why_keeps_the_text_and_saves_once_fixed(qtbot, workspace):
    register = workspace.workspace.register
    uuid = register.create("case_file_reading")
    editor = register.editor
    children = editor._widgets["children"]
    children.add_row()
    children.set_cell(0, 0, "Child A")  # what the old text cell stored: not an id of the register
    qtbot.waitUntil(lambda: workspace.save_indicator.state == "failed", timeout=5000)
    assert editor.refusal.isVisible() and "no child in the register" in editor.refusal.text()
    assert not workspace.autosaver.has_pending, "a refused draft is not retried as it is"
    type_text(editor._widgets["summary"].edit, "Nodiadau pwysig")
    qtbot.waitUntil(lambda: workspace.save_indicator.state == "failed", timeout=5000)
    assert editor._widgets["summary"].value() == "Nodiadau pwysig", "what was typed stays on screen"
    assert workspace.session.services.evidence.get(uuid).data.get("summary", "") == ""

    combo = _editor_at(children, 0, "child")
    combo.setCurrentIndex(combo.findData(_children(workspace)["Child B"]))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: workspace.save_indicator.state == "saved", timeout=5000)
    assert not editor.refusal.isVisible()
    data = workspace.session.services.evidence.get(uuid).data
    assert data["summary"] == "Nodiadau pwysig" and data["children"][0]["child"] == _children(workspace)["Child B"]


def test_a_survey_count_left_blank_is_not_zero_and_the_rate_is_shown(qtbot, workspace):
    register = workspace.workspace.register
    uuid = register.create("survey")
    editor = register.editor
    type_text(editor._widgets["title"].edit, "Staff survey")
    data = _saved(workspace, uuid)
    assert data.get("responses_received") is None and data.get("distributed") is None
    assert "not known" in editor.rate.text()
    editor._widgets["distributed"].edit.setValue(80)
    editor._widgets["responses_received"].edit.setValue(63)
    assert editor.rate.text() == "63 of 80 (79%)"
    data = _saved(workspace, uuid)
    assert (data["distributed"], data["responses_received"]) == (80, 63)
    editor._widgets["responses_received"].set_value(None)
    editor._on_field_changed("responses_received")
    assert _saved(workspace, uuid)["responses_received"] is None


def test_quotes_and_other_table_cells_are_checked_for_privacy_as_typed(qtbot, workspace):
    register = workspace.workspace.register
    register.create("interview")
    editor = register.editor
    answers = editor._widgets["answers"]
    answers.add_row()
    edit = _editor_at(answers, 0, "answer")
    type_text(edit, "She said Child A lives at CF10 3NQ")
    hint = editor._hints["answers"]
    qtbot.waitUntil(hint.isVisible, timeout=3000)
    assert "CF10 3NQ" in hint.text() and "Answer 1" in hint.text()
    assert "Child A" not in hint.text()


def test_never_to_write_names_are_edited_from_the_register_and_flagged_at_once(qtbot, workspace):
    register = workspace.workspace.register
    register.create("interview")
    type_text(register.editor._widgets["summary"].edit, "Spoke about the plan at Pengwern.")
    hint = register.editor._hints["summary"]
    qtbot.wait(600)
    assert "Pengwern" not in hint.text()
    qtbot.mouseClick(register.never_write_button, Qt.MouseButton.LeftButton)
    dialog = register.never_write_dialog
    assert dialog.isVisible()
    type_text(dialog.name_edit, "Pengwern")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    type_text(dialog.name_edit, "pengwern")
    dialog.add_name()
    assert "already on the list" in dialog.error.text()
    assert dialog.current() == ["Pengwern"]
    services = workspace.session.services
    assert services.evidence.never_write(workspace.workspace.uuid) == ["Pengwern"]
    dialog.accept()
    assert hint.isVisible() and "Pengwern" in hint.text(), "the open item is checked again at once"
    register.open_never_write()
    register.never_write_dialog.names.setCurrentRow(0)
    register.never_write_dialog.remove_selected()
    assert services.evidence.never_write(workspace.workspace.uuid) == []


def test_a_survey_responses_answers_are_edited_in_their_own_window(qtbot, workspace):
    register = workspace.workspace.register
    uuid = register.create("survey")
    responses = register.editor._widgets["responses"]
    responses.add_row()
    col = [s.key for s in responses.subs].index("answers")
    index = responses.table.model().index(0, col)
    responses.table.setCurrentIndex(index)
    responses.table.edit(index)
    qtbot.waitUntil(lambda: getattr(responses, "nested_dialog", None) is not None
                    and responses.nested_dialog.isVisible(), timeout=3000)
    nested = responses.nested_dialog.records
    nested.add_row()
    nested.set_cell(0, 0, "q1")
    edit = _editor_at(nested, 0, "answer")
    type_text(edit, "Cytuno'n gryf")
    assert responses.table.item(0, col).text() == "Answers: 1…"
    responses.nested_dialog.accept()
    data = _saved(workspace, uuid)
    assert data["responses"][0]["answers"] == [{"question": "q1", "answer": "Cytuno'n gryf"}]
