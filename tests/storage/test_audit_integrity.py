"""The audit log against its anchor, record versions, settings, framework pins and backups.

Tampering is done the way an intruder would: raw SQL through SQLCipher with the data key, or copying
files in the data folder without it. Each test also shows that honest use raises no alarm."""

from __future__ import annotations

import json
import shutil

import pytest
import sqlcipher3

from fieldkit.domain.audit_chain import Anchor, cross_check_versions, verify_chain
from fieldkit.domain.framework import builtin_framework_paths, load_framework
from fieldkit.services.container import Services
from fieldkit.services.store import LocalStore
from fieldkit.storage import audit_anchor, backups, keystore
from fieldkit.storage.errors import FrameworkVersionClash
from fieldkit.storage.framework_versions import put
from tests.conftest import FAST_KDF, PASSPHRASE


def _sql(paths, *statements):
    dek = keystore.unwrap_key(paths.key_file, PASSPHRASE)
    conn = sqlcipher3.connect(str(paths.db_file))
    conn.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
    try:
        rows = [conn.execute(s).fetchall() for s in statements]
        conn.commit()
        return rows
    finally:
        conn.close()


def _one(paths, statement):
    return _sql(paths, statement)[0][0]


def _used_store(paths):
    """A store after ordinary use: records edited, a setting changed, a framework pinned; closed cleanly."""
    store = LocalStore(paths).create(PASSPHRASE, display_name="Ann Inspector", params=FAST_KDF)
    services = Services.over(store)
    uuid = services.inspections.create(title="Arolygiad", inspected_body="Cafcass Cymru", framework_id="ciw-2018")
    note = store.records.create("note", {"text": "one"}, author="Ann", inspection_uuid=uuid)
    store.records.update(note.uuid, {"text": "two"}, author="Ann")
    store.set_setting("autolock_minutes", 15)
    store.close()
    return note.uuid


def _unlock(paths):
    return LocalStore(paths).unlock(PASSPHRASE)


def test_honest_use_across_unlocks_raises_no_alarm(paths):
    note = _used_store(paths)
    for _ in range(3):
        store = _unlock(paths)
        assert store.status.audit_problems == []
        store.records.update(note, {"text": f"seq {store.records.audit_events()[-1]['seq']}"}, author="Ann")
        store.set_setting("demo_offered", True)
        store.close()
    store = _unlock(paths)
    try:
        assert store.audit_problems() == []
    finally:
        store.close()


def test_deleting_the_newest_event_is_detected(paths):
    _used_store(paths)
    (newest,) = _one(paths, "SELECT max(seq) FROM audit_event")
    _sql(paths, f"DELETE FROM audit_event WHERE seq = {newest}")

    store = _unlock(paths)
    try:
        assert any("newest 1 event(s) were removed" in p for p in store.status.audit_problems)
        problems = store.audit_problems()
        assert any("cut short or rewritten" in p for p in problems), problems
        assert any(p.startswith("setting autolock_minutes") for p in problems), "the setting lost its event"
    finally:
        store.close()
    again = _unlock(paths)
    try:
        assert again.status.audit_problems == [], "found once, then recorded in the log"
        assert any("cut short or rewritten" in p for p in again.audit_problems()), "…and reported by every check"
    finally:
        again.close()
    assert list(paths.data_dir.glob("audit-anchor.mismatch-*.json")), "the anchor of that time is kept"


def test_cli_store_check_reports_a_cut_off_end(paths, monkeypatch, capsys):
    from fieldkit.cli import main

    _used_store(paths)
    (newest,) = _one(paths, "SELECT max(seq) FROM audit_event")
    _sql(paths, f"DELETE FROM audit_event WHERE seq = {newest}")
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(paths.data_dir), "store", "check"]) == 1
    captured = capsys.readouterr()
    assert "audit chain: BROKEN" in captured.out and "cut short" in captured.out
    assert "warning: audit log:" in captured.err and "were removed" in captured.err


def test_a_version_without_its_event_is_detected_even_with_a_resealed_anchor(paths):
    """An intruder with the key deletes the newest event and reseals the anchor: the version gives it away."""
    note = _used_store(paths)
    store = _unlock(paths)
    store.records.update(note, {"text": "three"}, author="Ann")
    store.close()
    (newest,) = _one(paths, "SELECT max(seq) FROM audit_event")
    _sql(paths, f"DELETE FROM audit_event WHERE seq = {newest}")
    prev = _one(paths, f"SELECT seq, hash FROM audit_event WHERE seq = {newest - 1}")
    dek = keystore.unwrap_key(paths.key_file, PASSPHRASE)
    audit_anchor.write_anchor(audit_anchor.anchor_path(paths.data_dir), Anchor(*prev), dek)

    store = _unlock(paths)
    try:
        assert store.status.audit_problems == [], "the resealed anchor matches the shortened log"
        problems = store.audit_problems()
        assert any(f"record {note} rev 3: a version with no audit event" in p for p in problems), problems
    finally:
        store.close()


def test_removing_a_version_and_its_event_shows_in_the_head_and_the_backups(paths):
    note = _used_store(paths)
    store = _unlock(paths)  # the unlock backup now holds rev 2 and its event
    store.close()
    _sql(paths, f"DELETE FROM record_version WHERE uuid = '{note}' AND rev = 2")
    problems = _unlock_and_check(paths)
    assert any("not in its history" in p for p in problems), problems
    assert any("names record" in p and "rev 2" in p for p in problems), "the event names a missing version"


def _unlock_and_check(paths):
    store = _unlock(paths)
    try:
        return store.audit_problems()
    finally:
        store.close()


def test_copying_an_older_database_over_the_store_is_detected(paths):
    """No key needed to copy a file: the anchor outside the database still names the newer end."""
    note = _used_store(paths)
    store = _unlock(paths)
    old_backup = store.status.last_backup
    store.records.update(note, {"text": "written after the backup"}, author="Ann")
    store.close()
    for suffix in ("-wal", "-shm"):
        paths.db_file.with_name(paths.db_file.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(old_backup, paths.db_file)

    store = _unlock(paths)
    try:
        assert any("were removed" in p for p in store.status.audit_problems)
    finally:
        store.close()


def test_a_rewritten_history_shows_against_the_backups(paths):
    """Even a consistent rewrite (chain rehashed, anchor resealed) disagrees with the verified backups."""
    _used_store(paths)
    _unlock(paths).close()  # a backup holding the whole log so far
    store = _unlock(paths)
    events = store.records.audit_events()
    store.close()
    # Rewrite event 1's actor and rehash the whole chain, as someone holding the key could.
    from fieldkit.domain.audit_chain import GENESIS, event_hash

    prev, statements = GENESIS, []
    for ev in events:
        ev = dict(ev, actor="Mallory" if ev["seq"] == 1 else ev["actor"], prev_hash=prev)
        ev["hash"] = event_hash(ev)
        statements.append(f"UPDATE audit_event SET actor = '{ev['actor']}', prev_hash = '{ev['prev_hash']}', "
                          f"hash = '{ev['hash']}' WHERE seq = {ev['seq']}")
        prev = ev["hash"]
    _sql(paths, *statements)
    dek = keystore.unwrap_key(paths.key_file, PASSPHRASE)
    audit_anchor.write_anchor(audit_anchor.anchor_path(paths.data_dir), Anchor(events[-1]["seq"], prev), dek)

    store = LocalStore(paths).unlock(PASSPHRASE, read_only=True)  # no new backup of the rewritten log
    try:
        problems = store.audit_problems()
        assert verify_chain(store.records.audit_events()) == [], "the rewrite itself is a valid chain"
        assert any("backup" in p and "event 1 differs" in p for p in problems), problems
    finally:
        store.close()


def test_a_setting_changed_outside_the_app_is_detected(paths):
    _used_store(paths)
    _sql(paths, "UPDATE setting SET value = '240' WHERE key = 'autolock_minutes'")
    problems = _unlock_and_check(paths)
    assert any("setting autolock_minutes: its value is not the one event" in p for p in problems), problems


def test_a_setting_added_outside_the_app_is_detected(paths):
    _used_store(paths)
    _sql(paths, "INSERT INTO setting (key, value) VALUES ('keys.central', '\"forged\"')")
    problems = _unlock_and_check(paths)
    assert any("setting keys.central: no audit event wrote it" in p for p in problems), problems


def test_framework_pins_are_audited_and_a_changed_pin_is_detected(paths):
    _used_store(paths)
    store = _unlock(paths)
    pins = [e for e in store.records.audit_events() if e["action"] == "framework-pinned"]
    store.close()
    assert [e["uuid"] for e in pins] == ["ciw-2018@" + load_framework(_ciw()).version]
    _sql(paths, "UPDATE framework_version SET content = replace(content, 'Cymru', 'Lloegr')")
    problems = _unlock_and_check(paths)
    assert any("framework ciw-2018@" in p and "no longer matches its SHA-256" in p for p in problems), problems


def test_an_imported_framework_is_audited_as_imported(paths, tmp_path):
    store = LocalStore(paths).create(PASSPHRASE, display_name="Ann Inspector", params=FAST_KDF)
    try:
        text = _ciw().read_text().replace('version = "', 'version = "9.', 1)
        custom = tmp_path / "custom.toml"
        custom.write_text(text)
        info = Services.over(store).frameworks.import_file(custom)
        event = store.records.audit_events()[-1]
        assert (event["action"], event["uuid"], event["version_hash"]) == (
            "framework-imported", f"{info.framework_id}@{info.version}", info.content_sha256)
        assert store.audit_problems() == []
    finally:
        store.close()


def _ciw():
    return next(p for p in builtin_framework_paths() if "ciw" in p.name)


def test_a_pinned_framework_version_never_changes(store):
    fw = load_framework(_ciw())
    first = put(store.engine, framework_id=fw.id, version=fw.version, content_sha256=fw.content_sha256,
                content=fw.to_canonical_json(), source="built-in", records=store.records, actor="Ann")
    again = put(store.engine, framework_id=fw.id, version=fw.version, content_sha256=fw.content_sha256,
                content=fw.to_canonical_json(), source="built-in", records=store.records, actor="Ann")
    assert again == first, "pinning the same content again is a no-op"
    events = [e for e in store.records.audit_events() if e["action"] == "framework-pinned"]
    assert len(events) == 1
    with pytest.raises(FrameworkVersionClash, match="already stored with different content"):
        put(store.engine, framework_id=fw.id, version=fw.version, content_sha256="0" * 64,
            content=fw.to_canonical_json().replace("Cymru", "Lloegr"), source="imported",
            records=store.records, actor="Mallory")
    from fieldkit.storage.framework_versions import get

    assert get(store.engine, fw.id, fw.version).content == fw.to_canonical_json()
    assert len([e for e in store.records.audit_events() if e["uuid"] == f"{fw.id}@{fw.version}"]) == 1


def test_restoring_a_backup_is_not_taken_for_a_truncation(paths):
    note = _used_store(paths)
    store = _unlock(paths)
    store.records.update(note, {"text": "lost with the damage"}, author="Ann")
    store.close()
    LocalStore(paths).restore_newest_backup(PASSPHRASE)
    store = _unlock(paths)
    try:
        assert store.status.audit_problems == []
        assert store.records.audit_events()[-1]["action"] == "backup-restored"
        assert store.audit_problems() == []
    finally:
        store.close()


def test_an_unclean_shutdown_leaves_a_current_anchor(paths):
    note = _used_store(paths)
    store = _unlock(paths)
    store.records.update(note, {"text": "then the power went"}, author="Ann")
    store.engine.dispose()  # no close(): the marker stays, as after a crash
    marker = json.loads(paths.session_marker.read_text())
    assert isinstance(marker["audit_seq"], int) and marker["audit_hash"]
    store = _unlock(paths)
    try:
        assert store.status.unclean_shutdown and store.status.audit_problems == []
        assert store.audit_problems() == []
    finally:
        store.close()


def test_an_altered_or_missing_anchor_is_reported(paths):
    _used_store(paths)
    path = audit_anchor.anchor_path(paths.data_dir)
    body = json.loads(path.read_text())
    path.write_text(json.dumps(dict(body, seq=1)))  # lower the anchor without the key
    store = _unlock(paths)
    try:
        assert any("seal does not match" in p for p in store.status.audit_problems)
    finally:
        store.close()
    path.unlink()
    paths.session_marker.unlink(missing_ok=True)
    store = _unlock(paths)
    try:
        assert any("audit anchor is missing" in p for p in store.status.audit_problems)
    finally:
        store.close()


def test_cross_check_versions_in_both_directions():
    events = [{"seq": 1, "uuid": "a", "rev": 1, "version_hash": "h1"},
              {"seq": 2, "uuid": "a", "rev": 2, "version_hash": "h2"},
              {"seq": 3, "uuid": "store", "rev": None, "version_hash": None}]
    versions = [{"uuid": "a", "rev": 1, "version_hash": "h1"}, {"uuid": "a", "rev": 2, "version_hash": "h2"}]
    assert cross_check_versions(events, versions) == []
    assert cross_check_versions(events[:1], versions) == [
        "record a rev 2: a version with no audit event (its event was removed, or the version was added behind "
        "the log's back)"]
    assert cross_check_versions(events, versions[:1]) == [
        "event 2: names record a rev 2, which is not in the store (the version was removed)"]


def test_verify_chain_with_an_anchor():
    from fieldkit.domain.audit_chain import GENESIS, event_hash

    events, prev = [], GENESIS
    for seq in (1, 2, 3):
        ev = {"seq": seq, "at": "t", "actor": "a", "action": "x", "entity": "e", "uuid": "u", "rev": None,
              "version_hash": None, "prev_hash": prev}
        ev["hash"] = prev = event_hash(ev)
        events.append(ev)
    assert verify_chain(events, anchor=Anchor(3, events[2]["hash"])) == []
    assert verify_chain(events, anchor=Anchor(2, events[1]["hash"])) == [], "an older anchor is no alarm"
    assert verify_chain(events[:2]) == [], "without the anchor a cut-off end looks intact"
    assert verify_chain(events[:2], anchor=Anchor(3, events[2]["hash"])) == [
        "the log ends at event 2 but event 3 was recorded: the newest 1 event(s) were removed"]
    assert verify_chain(events, anchor=Anchor(3, "f" * 64)) == [
        "event 3: not the event recorded as the newest one (the log was rewritten)"]


def test_backups_hold_the_log_as_a_prefix(paths):
    _used_store(paths)
    store = _unlock(paths)
    try:
        dek = store.dek
        for b in backups.list_backups(paths.backups_dir):
            conn = backups.open_keyed(b, dek)
            held = dict(conn.execute("SELECT seq, hash FROM audit_event").fetchall())
            conn.close()
            live = {e["seq"]: e["hash"] for e in store.records.audit_events()}
            assert all(live[s] == h for s, h in held.items())
    finally:
        store.close()


def test_the_anchor_follows_the_head_without_holding_up_commits(store):
    """Written on its own thread: after a burst of edits and a sync the file names the newest event."""
    note = store.records.create("note", {"text": "0"}, author="Ann")
    for i in range(1, 40):
        store.records.update(note.uuid, {"text": str(i)}, author="Ann")
    store._anchor.sync()
    newest = store.records.audit_events()[-1]
    assert audit_anchor.read_anchor(store.anchor_file, store.dek) == Anchor(newest["seq"], newest["hash"])
    writer = store._anchor._thread
    assert writer is not None and writer.is_alive()
    store.close()
    assert not writer.is_alive(), "close stops the writer"
