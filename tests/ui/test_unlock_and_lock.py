import hashlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tests.conftest import PASSPHRASE
from tests.ui.conftest import type_text, unlock


def _snapshot(folder):
    return {p.relative_to(folder): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_first_run_asks_for_name_and_passphrase_twice(qtbot, make_window, paths, prompts):
    window = make_window(paths)
    page = window.unlock_page
    assert window.stack.currentWidget() is page
    assert page.ui.repeat_edit.isVisibleTo(window) and page.ui.name_edit.isVisibleTo(window)
    page.ui.name_edit.setText("Ann Inspector")
    page.ui.passphrase_edit.setText("short")
    page.ui.repeat_edit.setText("short")
    qtbot.mouseClick(page.ui.unlock_button, Qt.MouseButton.LeftButton)
    assert "too weak" in page.ui.error_label.text()
    assert not paths.key_file.exists()
    page.ui.passphrase_edit.setText(PASSPHRASE)
    page.ui.repeat_edit.setText(PASSPHRASE + "x")
    qtbot.mouseClick(page.ui.unlock_button, Qt.MouseButton.LeftButton)
    assert "differ" in page.ui.error_label.text()
    page.ui.repeat_edit.setText(PASSPHRASE)
    qtbot.mouseClick(page.ui.unlock_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.list_page
    assert paths.key_file.exists() and paths.db_file.exists()
    assert window.session.services.store.user == "Ann Inspector"
    assert any(c[0] == "confirm" for c in prompts.calls), "a newcomer is offered the demo inspection"


def test_wrong_passphrase_says_so_and_changes_nothing(qtbot, make_window, existing_store):
    before = _snapshot(existing_store.data_dir)
    window = make_window(existing_store)
    assert not window.unlock_page.ui.repeat_edit.isVisibleTo(window)
    unlock(qtbot, window, "not the passphrase")
    assert window.stack.currentWidget() is window.unlock_page
    assert "Wrong passphrase" in window.unlock_page.ui.error_label.text()
    assert window.session.services is None
    assert _snapshot(existing_store.data_dir) == before
    unlock(qtbot, window)
    assert window.stack.currentWidget() is window.list_page
    assert window.session.services is not None


def test_passphrase_typed_as_key_events_unlocks(qtbot, make_window, existing_store):
    window = make_window(existing_store)
    type_text(window.unlock_page.ui.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.ui.passphrase_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.list_page


def test_idle_auto_lock_returns_to_unlock_and_keeps_typed_text(qtbot, make_window, existing_store):
    window = make_window(existing_store)
    unlock(qtbot, window)
    services = window.session.services
    from fieldkit.services.demo import create_demo

    uuid = create_demo(services.inspections)
    window.open_inspection(uuid)
    window.workspace.scope_edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(window.workspace.scope_edit, " Ychwanegwyd ŵyn")
    assert window.autosaver.has_pending, "the edit is still within its debounce window"
    window.idle.set_interval_ms(50)
    window.idle.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page, timeout=3000)
    assert window.session.services is None
    unlock(qtbot, window)
    assert window.stack.currentWidget() is window.workspace, "the inspection in use is reopened"
    scope = window.session.services.inspections.get(uuid).scope
    assert scope.endswith(" Ychwanegwyd ŵyn")
    assert window.workspace.scope_edit.toPlainText() == scope


def test_lock_shortcut_locks(qtbot, make_window, existing_store):
    window = make_window(existing_store)
    unlock(qtbot, window)
    window.lock_action.trigger()
    assert window.stack.currentWidget() is window.unlock_page
    assert not window.new_action.isEnabled()


def test_auto_lock_delay_is_ten_minutes_by_default_and_set_from_the_menu(qtbot, make_window, existing_store,
                                                                         prompts):
    window = make_window(existing_store)
    unlock(qtbot, window)
    assert window.idle._timer.interval() == 10 * 60_000
    prompts.int_answer = 3
    window.autolock_action.trigger()
    assert prompts.calls[-1] == ("int", "Auto-lock")
    assert window.idle._timer.interval() == 3 * 60_000
    prompts.int_answer = None  # cancelled: nothing changes
    window.autolock_action.trigger()
    assert window.idle._timer.interval() == 3 * 60_000
    window.lock()
    again = make_window(existing_store)  # kept in the store: a new window starts with it
    unlock(qtbot, again)
    assert again.idle._timer.interval() == 3 * 60_000


def test_while_the_store_opens_the_page_says_what_is_happening(qtbot, make_window, existing_store):
    window = make_window(existing_store)
    page = window.unlock_page
    assert not page.ui.busy_label.isVisible()
    seen = []
    real_unlock = window.session.unlock

    def watched_unlock(passphrase, on_done):
        seen.append((page.ui.busy_bar.isVisible(), page.ui.busy_label.isVisible(), page.ui.busy_label.text()))
        real_unlock(passphrase, on_done)

    window.session.unlock = watched_unlock
    unlock(qtbot, window)
    [(bar, label, text)] = seen
    assert bar and label and "can take a minute" in text  # a migration at unlock is not a hang
    assert not page.ui.busy_label.isVisible() and window.session.services is not None
