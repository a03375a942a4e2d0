"""A cut-off audit log found at unlock is told to the inspector, not only written to the log."""

from __future__ import annotations

import sqlcipher3

from fieldkit.storage import keystore
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock


def test_unlock_after_the_newest_event_was_deleted_warns(qtbot, make_window, existing_store, prompts):
    dek = keystore.unwrap_key(existing_store.key_file, PASSPHRASE)
    conn = sqlcipher3.connect(str(existing_store.db_file))
    conn.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
    conn.execute("DELETE FROM audit_event WHERE seq = (SELECT max(seq) FROM audit_event)")
    conn.commit()
    conn.close()
    window = make_window(existing_store)
    unlock(qtbot, window)
    [warning] = [c for c in prompts.calls if c[0] == "error"]
    assert warning[1] == "Audit log" and "were removed" in warning[2] and "lead inspector" in warning[2]

    prompts.calls.clear()
    window.lock()
    unlock(qtbot, window)
    assert [c for c in prompts.calls if c[0] == "error"] == [], "told once; the log itself keeps the record"
