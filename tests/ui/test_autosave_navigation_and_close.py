"""What is typed is committed at once, before the 1.5 s countdown ends, on navigation (another item, a
framework node) and on closing the window; and after a real restart (a new window, session and store
connection over the same files) the typed text is there."""

from __future__ import annotations

import pytest

from tests.ui.conftest import type_text, unlock


@pytest.fixture
def opened(workspace):
    return workspace


def _typed_pending(window, type_code: str, text: str) -> str:
    register = window.workspace.register
    uuid = register.create(type_code)
    type_text(register.editor._widgets["summary"].edit, text)
    assert window.autosaver.has_pending  # within the countdown: not yet on disk
    assert window.session.services.evidence.get(uuid).data.get("summary") != text
    return uuid


def test_opening_another_item_commits_the_pending_edit_at_once(opened):
    first = _typed_pending(opened, "interview", "Cyfweliad â'r rheolwr")
    register = opened.workspace.register
    second = register.create("premises_check")  # navigation: the editor loads another item
    assert opened.session.services.evidence.get(first).data["summary"] == "Cyfweliad â'r rheolwr"
    assert register.editor.uuid == second


def test_choosing_a_framework_node_commits_the_pending_edit_at_once(opened):
    uuid = _typed_pending(opened, "case_file_reading", "Ffeil achos: cynllun heb ei adolygu")
    opened.workspace.select_node("A1")
    assert not opened.autosaver.has_pending
    assert opened.session.services.evidence.get(uuid).data["summary"] == "Ffeil achos: cynllun heb ei adolygu"


def test_closing_commits_and_a_new_window_finds_it(qtbot, make_window, existing_store, opened):
    insp = opened.workspace.uuid
    uuid = _typed_pending(opened, "practice_observation", "Arsylwi: gwrandawiad cyntaf, Cymraeg")
    opened.close()  # no wait: closing flushes, then closes the store
    assert opened.session.services is None

    again = make_window(existing_store)  # a new window, session and store connection
    unlock(qtbot, again)
    again.open_inspection(insp)
    again.workspace.tabs.setCurrentWidget(again.workspace.register)
    register = again.workspace.register
    register.select_uuid(uuid)
    register.open_selected()
    assert register.editor._widgets["summary"].value() == "Arsylwi: gwrandawiad cyntaf, Cymraeg"
