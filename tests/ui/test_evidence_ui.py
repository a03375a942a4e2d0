"""Evidence register and editors: create, edit, autosave, restart, undo, search, delete and restore."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fieldkit.domain.evidence import EVIDENCE_TYPES
from tests.ui.conftest import type_text, unlock


def _reopen(qtbot, window):
    uuid = window.workspace.uuid
    window.lock()
    unlock(qtbot, window)
    assert window.workspace.uuid == uuid
    window.workspace.tabs.setCurrentWidget(window.workspace.register)
    return window.workspace.register


@pytest.mark.parametrize("type_code", [t.code for t in EVIDENCE_TYPES])
def test_each_editor_creates_edits_autosaves_survives_restart_and_undoes(qtbot, workspace, type_code):
    register = workspace.workspace.register
    uuid = register.create(type_code)
    editor = register.editor
    assert editor.uuid == uuid and editor.isVisible()
    title = editor._widgets["title"]
    type_text(title.edit, "Darllen ffeil ŵyr")
    summary = editor._widgets["summary"]
    type_text(summary.edit, "Nodiadau: plentyn yn siarad Cymraeg gartref.")
    qtbot.waitUntil(lambda: workspace.save_indicator.state == "saved", timeout=5000)
    services = workspace.session.services
    assert services.evidence.get(uuid).data["title"] == "Darllen ffeil ŵyr"

    register = _reopen(qtbot, workspace)
    item = workspace.session.services.evidence.get(uuid)
    assert item.data["summary"] == "Nodiadau: plentyn yn siarad Cymraeg gartref."
    register.select_uuid(uuid)
    register.open_selected()
    editor = register.editor
    assert editor._widgets["title"].value() == "Darllen ffeil ŵyr"

    type_text(editor._widgets["title"].edit, " (diwygiwyd)")
    assert editor.undo_stack.canUndo()
    editor.undo_stack.undo()
    assert editor._widgets["title"].value() == "Darllen ffeil ŵyr"
    workspace.autosaver.flush_now()
    assert workspace.session.services.evidence.get(uuid).data["title"] == "Darllen ffeil ŵyr"
    editor.undo_stack.redo()
    workspace.autosaver.flush_now()
    assert workspace.session.services.evidence.get(uuid).data["title"] == "Darllen ffeil ŵyr (diwygiwyd)"


def test_register_model_passes_qtmodeltester(qtmodeltester, workspace):
    register = workspace.workspace.register
    for code in ("case_file_reading", "interview", "survey"):
        register.create(code)
    register.reload()
    assert register.model.rowCount() == 3
    qtmodeltester.check(register.model)


def _many_items(workspace, n: int) -> None:
    services = workspace.session.services
    insp = workspace.workspace.uuid
    sites = [u for u, _ in services.inspections.sites(insp)]
    codes = [t.code for t in EVIDENCE_TYPES if t.code in ("case_file_reading", "premises_check", "case_track",
                                                          "survey", "record_scrutiny")]
    extra = {"survey": {"population": "staff"}, "record_scrutiny": {"record_kind": "complaint"}}
    with services.evidence.transaction() as s:
        for i in range(n):
            code = codes[i % len(codes)]
            data = {"evidence_date": f"2018-11-{1 + i % 28:02d}", "title": f"Item {i:04d}",
                    "site": sites[i % len(sites)], "safeguarding": i % 7 == 0, "good_practice": i % 5 == 0,
                    **({"good_practice_summary": "Llais y plentyn"} if i % 5 == 0 else {}), **extra.get(code, {})}
            services.evidence.create(insp, code, data, session=s)


def test_register_model_pages_and_sorts_every_column_under_qtmodeltester(qtmodeltester, workspace):
    from fieldkit.ui.evidence.register_model import COLUMNS, PAGE

    register = workspace.workspace.register
    _many_items(workspace, PAGE + 60)
    register.reload()
    model = register.model
    assert model.rowCount() == PAGE + 60
    qtmodeltester.check(model)
    for column, name in enumerate(COLUMNS):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            register.table.sortByColumn(column, order)  # through the header, as a click does
            shown = [model.data(model.index(r, column)) for r in range(model.rowCount())]  # every page
            assert len({model.row_at(r).uuid for r in range(model.rowCount())}) == PAGE + 60, name
            if name == "flags":
                rank = [(("Safeguarding" in f) * 4 + ("Good practice" in f) * 2) for f in shown]
                assert rank == sorted(rank, reverse=order == Qt.SortOrder.DescendingOrder), name
            elif name != "updated_at":  # equal within the batch; ties broken by id
                assert shown == sorted(shown, reverse=order == Qt.SortOrder.DescendingOrder), name
        qtmodeltester.check(model)


def test_search_finds_welsh_text_typed_as_key_events(qtbot, workspace):
    register = workspace.workspace.register
    uuid = register.create("interview")
    type_text(register.editor._widgets["summary"].edit, "Dywedodd y swyddog fod ŵyn a phlant yn yr ystafell aros.")
    workspace.autosaver.flush_now()
    other = register.create("premises_check")
    type_text(register.editor._widgets["summary"].edit, "Ystafelloedd addas i siarad â theuluoedd.")
    workspace.autosaver.flush_now()
    register.search.clear()
    type_text(register.search, "ŵyn")
    qtbot.waitUntil(lambda: register.model.rowCount() == 1, timeout=3000)
    assert register.model.row_at(0).uuid == uuid
    register.search.clear()
    type_text(register.search, "wyn")  # without the circumflex
    qtbot.waitUntil(lambda: register.model.rowCount() == 1, timeout=3000)
    register.search.clear()
    type_text(register.search, "ystafell")
    qtbot.waitUntil(lambda: register.model.rowCount() == 2, timeout=3000)
    assert {register.model.row_at(i).uuid for i in range(2)} == {uuid, other}


def test_delete_makes_a_tombstone_shown_in_deleted_view_and_restorable(qtbot, workspace):
    register = workspace.workspace.register
    uuid = register.create("group_discussion")
    register.reload()
    register.select_uuid(uuid)
    qtbot.mouseClick(register.delete_button, Qt.MouseButton.LeftButton)
    assert register.model.rowCount() == 0
    register.deleted_view.setChecked(True)
    assert register.model.rowCount() == 1 and register.model.row_at(0).uuid == uuid
    register.table.selectRow(0)
    qtbot.mouseClick(register.restore_button, Qt.MouseButton.LeftButton)
    assert not register.deleted_view.isChecked()
    assert register.model.rowCount() == 1
    assert not workspace.session.services.evidence.get(uuid).deleted


def test_filters_by_type_and_flag(qtbot, workspace):
    register = workspace.workspace.register
    a = register.create("case_file_reading")
    register.editor._widgets["safeguarding"].box.setChecked(True)
    workspace.autosaver.flush_now()
    register.create("interview")
    register.reload()
    assert register.model.rowCount() == 2
    register.flag_filter.setCurrentIndex(register.flag_filter.findData("safeguarding"))
    assert register.model.rowCount() == 1 and register.model.row_at(0).uuid == a
    register.flag_filter.setCurrentIndex(0)
    register.type_filter.setCurrentIndex(register.type_filter.findData("interview"))
    assert register.model.rowCount() == 1 and register.model.row_at(0).type_code == "interview"


def test_privacy_warning_is_inline_and_never_blocks_typing(qtbot, workspace):
    register = workspace.workspace.register
    uuid = register.create("interview")
    editor = register.editor
    summary = editor._widgets["summary"]
    type_text(summary.edit, "Met Mrs Gwenllian Pritchard at LL57 2DG, then Child A.")
    hint = editor._hints["summary"]
    qtbot.waitUntil(lambda: hint.isVisible(), timeout=3000)
    assert "LL57 2DG" in hint.text()
    assert "Child A" not in hint.text(), "pseudonyms from the register are not flagged"
    type_text(summary.edit, " More notes.")
    assert summary.value().endswith("Child A. More notes.")
    workspace.autosaver.flush_now()
    assert workspace.session.services.evidence.get(uuid).data["summary"].endswith("More notes.")


def test_sample_plan_shows_live_progress_without_nominated_items(qtbot, workspace, monkeypatch):
    from fieldkit.services.evidence import SampleTarget

    services = workspace.session.services
    uuid = workspace.workspace.uuid
    services.evidence.add_sample_target(uuid, SampleTarget(type_code="case_file_reading", target=3))
    register = workspace.workspace.register
    register.create("case_file_reading")
    register.create("case_file_reading")
    register.editor._widgets["selection_method"].set_value("nominated")
    register.editor._on_field_changed("selection_method")
    workspace.workspace.tabs.setCurrentWidget(workspace.workspace.sample_plan)
    page = workspace.workspace.sample_plan
    assert page.table.rowCount() == 1
    assert page.table.item(0, 2).text() == "1" and page.table.item(0, 3).text() == "3"
    assert "1 nominated not counted" in page.table.cellWidget(0, 4).format()


def test_framework_node_shows_the_evidence_it_has_or_lacks(qtbot, workspace):
    register = workspace.workspace.register
    register.create("interview")
    register.editor._widgets["criteria"].set_value(["A1.a"])
    register.editor._on_field_changed("criteria")
    workspace.autosaver.flush_now()
    ws = workspace.workspace
    model = ws.tree_model
    a1 = model.item(1)
    ws.tree.setCurrentIndex(a1.child(0).index())
    assert "1 items of evidence, all from one method" in ws.node_evidence.text()
    ws.tree.setCurrentIndex(a1.child(1).index())
    assert "No evidence" in ws.node_evidence.text()
    ws.tree.setCurrentIndex(a1.child(0).index())
    qtbot.mouseClick(ws.node_evidence_button, Qt.MouseButton.LeftButton)
    assert ws.tabs.currentWidget() is register and register.model.rowCount() == 1


def test_edit_menu_undo_action_undoes_an_evidence_edit(qtbot, workspace):
    register = workspace.workspace.register
    uuid = register.create("premises_check")
    type_text(register.editor._widgets["title"].edit, "Ystafell aros")
    assert workspace.undo_action.isEnabled()
    workspace.undo_action.trigger()
    assert register.editor._widgets["title"].value() == ""
    workspace.autosaver.flush_now()
    assert workspace.session.services.evidence.get(uuid).data.get("title", "") == ""


def test_the_apps_demo_inspection_has_evidence_of_every_type(qtbot, make_window, existing_store):
    window = make_window(existing_store)
    unlock(qtbot, window)
    window.create_demo()
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.uuid is not None, timeout=10000)
    register = window.workspace.register
    assert {register.model.row_at(r).type_code for r in range(register.model.rowCount())} == {
        t.code for t in EVIDENCE_TYPES}
