"""File → Change passphrase… in the window: right, wrong current, too weak, mismatch; off the GUI thread."""

from __future__ import annotations

from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock

NEW = "a brand new passphrase 2"


def _kinds(prompts):
    return [(c[0], c[2]) for c in prompts.calls if c[0] in ("error", "info")]


def test_right_current_passphrase_rewraps_the_key(qtbot, make_window, existing_store, prompts):
    window = make_window(existing_store)
    unlock(qtbot, window)
    before = existing_store.key_file.read_bytes()
    prompts.text_answers = [PASSPHRASE, NEW, NEW]
    window.passphrase_action.trigger()
    assert _kinds(prompts)[-1][0] == "info" and "Passphrase changed" in _kinds(prompts)[-1][1]
    assert existing_store.key_file.read_bytes() != before
    assert window.passphrase_action.isEnabled()
    events = window.session.services.store.records.audit_events()
    assert events[-1]["action"] == "passphrase-changed"

    window.lock()
    unlock(qtbot, window, PASSPHRASE)
    assert "Wrong passphrase" in window.unlock_page.ui.error_label.text(), "the old passphrase no longer opens it"
    unlock(qtbot, window, NEW)
    assert window.session.is_unlocked


def test_wrong_current_passphrase_says_so_and_changes_nothing(qtbot, make_window, existing_store, prompts):
    window = make_window(existing_store)
    unlock(qtbot, window)
    before = existing_store.key_file.read_bytes()
    prompts.text_answers = ["not my passphrase at all", NEW, NEW]
    window.passphrase_action.trigger()
    kind, text = _kinds(prompts)[-1]
    assert kind == "error" and "current passphrase is wrong" in text and "nothing changed" in text
    assert existing_store.key_file.read_bytes() == before
    assert window.session.is_unlocked and window.passphrase_action.isEnabled()


def test_weak_new_passphrase_is_refused_before_the_repeat(qtbot, make_window, existing_store, prompts):
    window = make_window(existing_store)
    unlock(qtbot, window)
    before = existing_store.key_file.read_bytes()
    prompts.text_answers = [PASSPHRASE, "short", "short"]
    window.passphrase_action.trigger()
    kind, text = _kinds(prompts)[-1]
    assert kind == "error" and "too weak" in text and "at least 10 characters" in text
    assert prompts.text_answers == ["short"], "the repeat is not asked for a passphrase already refused"
    assert existing_store.key_file.read_bytes() == before


def test_mismatched_repeat_changes_nothing(qtbot, make_window, existing_store, prompts):
    window = make_window(existing_store)
    unlock(qtbot, window)
    before = existing_store.key_file.read_bytes()
    prompts.text_answers = [PASSPHRASE, NEW, NEW + "!"]
    window.passphrase_action.trigger()
    kind, text = _kinds(prompts)[-1]
    assert kind == "error" and "differ" in text
    assert existing_store.key_file.read_bytes() == before


def test_cancel_at_any_question_changes_nothing_and_says_nothing(qtbot, make_window, existing_store, prompts):
    window = make_window(existing_store)
    unlock(qtbot, window)
    before = existing_store.key_file.read_bytes()
    for answers in ([], [PASSPHRASE], [PASSPHRASE, NEW]):
        prompts.text_answers = list(answers)
        window.passphrase_action.trigger()
    assert _kinds(prompts) == []
    assert existing_store.key_file.read_bytes() == before


def test_the_key_derivation_runs_off_the_gui_thread(qtbot, prompts, existing_store):
    """With the real TaskRunner the menu action returns at once; the result arrives later."""
    from fieldkit.ui.main_window import MainWindow
    from fieldkit.ui.session import Session
    from fieldkit.ui.tasks import TaskRunner
    from tests.conftest import FAST_KDF

    tasks = TaskRunner()
    window = MainWindow(Session(existing_store, tasks, kdf_params=FAST_KDF), tasks, prompts)
    qtbot.addWidget(window)
    window.show()
    try:
        unlock(qtbot, window)
        qtbot.waitUntil(lambda: window.session.is_unlocked, timeout=10_000)
        prompts.text_answers = [PASSPHRASE, NEW, NEW]
        window.passphrase_action.trigger()
        assert not window.passphrase_action.isEnabled(), "disabled while the key is re-wrapped"
        assert _kinds(prompts) == [], "the trigger returned before the derivation finished"
        qtbot.waitUntil(lambda: _kinds(prompts) != [], timeout=10_000)
        assert _kinds(prompts)[-1][0] == "info"
        assert window.passphrase_action.isEnabled()
    finally:
        window.session.close()
        tasks.shutdown()
