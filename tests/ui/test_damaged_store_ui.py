"""A store that fails its integrity check at unlock: the window says so, opens it read-only and offers the
newest verified backup; accepting (with the passphrase) restores it, and the next unlock shows the data
the backup held. Declining leaves the damaged file exactly as it was."""

from __future__ import annotations

from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock


def _damage_after_a_backup(paths) -> bytes:
    from fieldkit.services.store import LocalStore

    store = LocalStore(paths).unlock(PASSPHRASE)
    for i in range(300):
        store.records.create("note", {"text": f"case file reading {i:03d} " + "evidence " * 45}, author="Ann")
    store.backup_now()
    store.close()
    size = paths.db_file.stat().st_size
    middle, band = size // 2, 8 * 4096  # a band of pages where the tables interleave (as the storage test)
    with open(paths.db_file, "r+b") as f:
        f.seek(middle)
        original = f.read(band)
        f.seek(middle)
        f.write(bytes(b ^ 0xA5 for b in original))
    return paths.db_file.read_bytes()


def test_declining_the_backup_leaves_the_damaged_store_read_only_and_untouched(qtbot, make_window,
                                                                              existing_store, prompts):
    damaged = _damage_after_a_backup(existing_store)
    window = make_window(existing_store)
    prompts.confirm_answer = False
    unlock(qtbot, window)
    kind, title, text = next(c for c in prompts.calls if c[0] == "confirm")
    assert title == "Store damaged" and "open read-only" in text and "Restore the newest verified backup" in text
    assert window.session.services.store.status.read_only is True
    window.close()
    assert existing_store.db_file.read_bytes() == damaged


def test_accepting_restores_the_newest_verified_backup(qtbot, make_window, existing_store, prompts):
    _damage_after_a_backup(existing_store)
    window = make_window(existing_store)
    prompts.confirm_answer = True
    prompts.text_answers = [PASSPHRASE]
    unlock(qtbot, window)
    assert ("text", "Restore backup") in prompts.calls
    assert window.stack.currentWidget() is window.unlock_page  # restored, then asked to unlock again
    unlock(qtbot, window)
    store = window.session.services.store
    assert store.status.integrity == "ok" and store.status.read_only is False
    assert len(store.records.list("note")) == 300
