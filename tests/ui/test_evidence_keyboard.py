"""The evidence register and editor without the mouse: create an item, fill fields, move between the
register and the editor, open, search and delete, all from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit

from tests.ui.conftest import type_text, unlock


@pytest.fixture
def workspace(qtbot, make_window, existing_store):
    from fieldkit.services.demo import create_demo

    window = make_window(existing_store)
    unlock(qtbot, window)
    services = window.session.services
    uuid = create_demo(services.inspections, evidence=services.evidence)
    window.open_inspection(uuid)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def _pick_from_popup(qtbot, label: str) -> None:
    """While a menu is open (its event loop runs), move to the entry `label` with arrow keys and Enter."""

    def choose():
        menu = QApplication.activePopupWidget()
        assert menu is not None, "no menu opened"
        texts = [a.text() for a in menu.actions()]
        for _ in range(texts.index(label) + 1):
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(200, choose)


def test_create_fill_and_navigate_without_the_mouse(qtbot, workspace):
    ws = workspace.workspace
    qtbot.keyClick(ws.tabs, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # &Evidence tab
    register = ws.register
    assert ws.tabs.currentWidget() is register
    services = workspace.session.services

    register.table.setFocus()
    _pick_from_popup(qtbot, "Interview")
    qtbot.keyClick(register.table, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # &New evidence
    qtbot.waitUntil(lambda: register.editor.isVisible() and register.editor.uuid is not None, timeout=3000)
    uuid = register.editor.uuid
    assert services.evidence.get(uuid).type_code == "interview"
    title = register.editor._widgets["title"].edit
    assert QApplication.focusWidget() is title, "the new item's first field has the focus"
    type_text(title, "Cyfweliad tracio, Pengwern")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert isinstance(QApplication.focusWidget(), QDateEdit), "Tab moves on to the evidence date"

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)  # to the register
    assert QApplication.focusWidget() is register.table
    workspace.autosaver.flush_now()
    assert register.selected_row().uuid == uuid
    assert register.model.row_at(register.table.currentIndex().row()).title == "Cyfweliad tracio, Pengwern"

    qtbot.keyClick(register.table, Qt.Key.Key_Down)  # another item, opened with Enter
    other = register.selected_row().uuid
    assert other != uuid
    qtbot.keyClick(register.table, Qt.Key.Key_Return)
    assert register.editor.uuid == other
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    qtbot.keyClick(register.table, Qt.Key.Key_Up)
    qtbot.keyClick(register.table, Qt.Key.Key_Return)
    assert register.editor.uuid == uuid
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)  # editor to register
    assert QApplication.focusWidget() is register.table
    qtbot.keyClick(register.table, Qt.Key.Key_F6)  # and back to the editor's first field
    assert QApplication.focusWidget() is register.editor._widgets["title"].edit

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is register.search
    type_text(register.search, "pengwern")
    qtbot.waitUntil(lambda: register.model.rowCount() == 1, timeout=3000)
    qtbot.keyClick(register.search, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert not isinstance(focus, QLineEdit) or focus is not register.search

    register.table.setFocus()
    register.table.selectRow(0)
    qtbot.keyClick(register.table, Qt.Key.Key_Delete)
    assert services.evidence.get(uuid).deleted
    assert register.model.rowCount() == 0


def test_leaving_a_choice_a_list_or_a_table_commits_at_once(qtbot, workspace):
    ws = workspace.workspace
    ws.tabs.setCurrentWidget(ws.register)
    register = ws.register
    uuid = register.create("case_file_reading")
    editor = register.editor
    services = workspace.session.services
    title = editor._widgets["title"].edit
    for key, act in (
            ("law_type", lambda w: qtbot.keyClick(w.combo, Qt.Key.Key_Down)),
            ("criteria", lambda w: (w.list.setCurrentRow(0), qtbot.keyClick(w.list, Qt.Key.Key_Space))),
            ("children", lambda w: w.add_row())):
        widget = editor._widgets[key]
        widget.focus_widget().setFocus()
        qtbot.waitUntil(lambda w=widget: w.focus_widget().hasFocus(), timeout=2000)
        act(widget)
        assert workspace.autosaver.has_pending, key
        title.setFocus()  # focus moves on: the edit is committed now, not after the countdown
        qtbot.waitUntil(lambda: not workspace.autosaver.has_pending, timeout=500)
        assert services.evidence.get(uuid).data[key] == widget.value(), key
