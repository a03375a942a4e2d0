"""The encrypted local store from create to crash: real SQLCipher files, real child processes, no mocks."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3

from fieldkit.paths import AppPaths
from fieldkit.services.store import BACKUP_INTERVAL, LocalStore
from fieldkit.storage import backups, keystore
from fieldkit.storage.errors import WriteFailed, WrongPassphrase
from tests.conftest import FAST_KDF, PASSPHRASE

NEW_PASSPHRASE = "a different long passphrase ŵ"
SENTINEL_ASCII = "FKSENTINEL-Q7X2-plaintext-canary"
SENTINEL_CY = "FKSENTINEL-Q7X2-cyfrinach-ŵŷ-dŵr"
SQLCIPHER_NOISE = ("hmac", "ERROR CORE", "sqlcipher_page_cipher", "codec")


# -- helpers ------------------------------------------------------------------------------------------

def snapshot(root: Path) -> dict[str, str]:
    """Every file under `root` (recursively) with the SHA-256 of its bytes."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def new_store(paths: AppPaths, passphrase: str = PASSPHRASE):
    return LocalStore(paths).create(passphrase, display_name="Ann Inspector", params=FAST_KDF)


def keyed(path: Path, dek: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
    return conn


def note_rows(db: Path, dek: bytes) -> dict[str, str]:
    """uuid -> data of every live note head, read straight from a (backup) file."""
    conn = keyed(db, dek)
    try:
        return dict(conn.execute(
            "SELECT uuid, data FROM record_head WHERE entity = 'note' AND deleted = 0").fetchall())
    finally:
        conn.close()


def child_env(paths: AppPaths, passphrase: str = PASSPHRASE) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"FIELDKIT_DATA_DIR": str(paths.data_dir), "FIELDKIT_PASSPHRASE": passphrase,
                "PYTHONIOENCODING": "utf-8", "PYTHONUNBUFFERED": "1"})
    return env


# -- create / unlock / wrong passphrase ---------------------------------------------------------------

def test_create_then_unlock_with_the_right_passphrase(paths):
    store = new_store(paths)
    head = store.records.create("note", {"text": "seen at the Cardiff office"}, author="Ann")
    device = store.device_id
    store.close()
    assert not paths.session_marker.exists()

    again = LocalStore(paths).unlock(PASSPHRASE)
    try:
        assert again.status.integrity == "ok"
        assert not again.status.read_only and not again.status.unclean_shutdown
        assert again.device_id == device
        assert again.records.get(head.uuid).data == {"text": "seen at the Cardiff office"}
        assert again.user == "Ann Inspector"
    finally:
        again.close()


def test_wrong_passphrase_is_refused_and_touches_nothing(paths):
    store = new_store(paths)
    store.records.create("note", {"text": "x"}, author="Ann")
    store.backup_now()
    store.close()
    before = snapshot(paths.data_dir)
    assert "fieldkit.db" in before and "fieldkit.key.json" in before

    with pytest.raises(WrongPassphrase) as caught:
        LocalStore(paths).unlock("not the passphrase at all")
    assert str(caught.value) == "wrong passphrase"
    assert snapshot(paths.data_dir) == before


def test_key_that_does_not_fit_the_database_says_wrong_passphrase_quietly(paths, capfd):
    """The key file unwraps, but to another store's key: SQLCipher rejects it, silently."""
    new_store(paths).close()
    paths.key_file.unlink()
    keystore.create_key_file(paths.key_file, PASSPHRASE, FAST_KDF)
    before = snapshot(paths.data_dir)
    capfd.readouterr()

    with pytest.raises(WrongPassphrase, match="^wrong passphrase$"):
        LocalStore(paths).unlock(PASSPHRASE)

    out, err = capfd.readouterr()
    for noise in SQLCIPHER_NOISE:
        assert noise.lower() not in (out + err).lower()
    assert snapshot(paths.data_dir) == before


@pytest.mark.parametrize("case", ["wrong passphrase", "key of another store"])
def test_cli_wrong_passphrase_exits_1_without_sqlcipher_noise(paths, case):
    new_store(paths).close()
    passphrase = "wrong"
    if case == "key of another store":  # gets past the key file, fails inside SQLCipher
        paths.key_file.unlink()
        keystore.create_key_file(paths.key_file, PASSPHRASE, FAST_KDF)
        passphrase = PASSPHRASE
    before = snapshot(paths.data_dir)

    done = subprocess.run(
        [sys.executable, "-c", "from fieldkit.cli import main; raise SystemExit(main())", "store", "check"],
        env=child_env(paths, passphrase), capture_output=True, text=True, encoding="utf-8",
        stdin=subprocess.DEVNULL, timeout=120,
    )
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "wrong passphrase" in done.stderr
    assert "Traceback" not in done.stderr
    both = (done.stdout + done.stderr).lower()
    for noise in SQLCIPHER_NOISE:
        assert noise.lower() not in both, done.stderr
    assert snapshot(paths.data_dir) == before


# -- passphrase change --------------------------------------------------------------------------------

def test_passphrase_change_rewraps_the_same_key(paths):
    store = new_store(paths)
    head = store.records.create("note", {"text": "interview with the service manager"}, author="Ann")
    dek = store.dek
    key_before = paths.key_file.read_bytes()

    with pytest.raises(WrongPassphrase):
        store.change_passphrase("not the old one", NEW_PASSPHRASE)
    assert paths.key_file.read_bytes() == key_before

    store.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    store.close()
    assert paths.key_file.read_bytes() != key_before
    assert keystore.unwrap_key(paths.key_file, NEW_PASSPHRASE) == dek  # re-wrapped, not re-keyed

    with pytest.raises(WrongPassphrase):
        LocalStore(paths).unlock(PASSPHRASE)
    again = LocalStore(paths).unlock(NEW_PASSPHRASE)
    try:
        assert again.status.integrity == "ok"
        assert again.records.get(head.uuid).data == {"text": "interview with the service manager"}
        assert [e["action"] for e in again.records.audit_events()][-1] == "passphrase-changed"
    finally:
        again.close()


# -- corruption and restore ---------------------------------------------------------------------------

def test_corrupt_store_opens_read_only_and_restores_from_the_newest_verified_backup(paths):
    store = new_store(paths)
    for i in range(300):
        store.records.create("note", {"text": f"case file reading {i:03d} " + "evidence " * 45}, author="Ann")
    backup = store.backup_now()
    in_backup = note_rows(backup, store.dek)
    assert len(in_backup) == 300
    late = store.records.create("note", {"text": "written after the backup"}, author="Ann")
    store.close()
    assert not paths.db_file.with_name("fieldkit.db-wal").exists()  # checkpointed on a clean close

    size = paths.db_file.stat().st_size
    assert size > 100 * 4096, "the test needs a store spanning many pages"
    # A band of pages in the middle: the three tables' pages interleave there, so every one is hit.
    middle, band = size // 2, 8 * 4096
    with open(paths.db_file, "r+b") as f:
        f.seek(middle)
        original = f.read(band)
        f.seek(middle)
        f.write(bytes(b ^ 0xA5 for b in original))
    # The crash that damaged the file also left its session marker behind.
    paths.session_marker.write_text(json.dumps({"opened_at": "2026-01-01T00:00:00Z", "pid": 1, "hlc": ""}))
    damaged = paths.db_file.read_bytes()

    opened = LocalStore(paths).unlock(PASSPHRASE)
    try:
        status = opened.status
        assert status.integrity != "ok"
        assert status.read_only is True
        assert status.unclean_shutdown is True
        assert status.newest_backup == backup
        assert backups.verify_backup(status.newest_backup, opened.dek)
        with pytest.raises(WriteFailed):
            opened.records.create("note", {"text": "must not be written"}, author="Ann")
        assert opened.backup_if_due(now=datetime.now(UTC) + 2 * BACKUP_INTERVAL) is None
    finally:
        opened.close()
    assert paths.db_file.read_bytes() == damaged  # a read-only session leaves the damaged file as it was

    restored_from = LocalStore(paths).restore_newest_backup(PASSPHRASE)
    assert restored_from == backup
    aside = sorted(paths.data_dir.glob("fieldkit.db.damaged-*"))
    assert [p.name for p in aside if not p.name.endswith(("-wal", "-shm"))], "damaged file must be kept"
    assert aside[0].read_bytes() == damaged

    healthy = LocalStore(paths).unlock(PASSPHRASE)
    try:
        assert healthy.status.integrity == "ok" and not healthy.status.read_only
        notes = {h.uuid: h for h in healthy.records.list("note")}
        assert set(notes) == set(in_backup)
        assert late.uuid not in notes
        for uuid, data in in_backup.items():
            assert notes[uuid].data == json.loads(data)
        healthy.records.create("note", {"text": "writable again"}, author="Ann")
    finally:
        healthy.close()


# -- backups ------------------------------------------------------------------------------------------

def test_backups_are_verified_and_encrypted(store):
    store.records.create("note", {"text": SENTINEL_ASCII}, author="Ann")
    path = store.backup_now()
    assert path.parent == store.paths.backups_dir
    assert path.stat().st_mode & 0o077 == 0
    assert backups.verify_backup(path, store.dek)
    assert not backups.verify_backup(path, bytes(32))
    raw = path.read_bytes()
    assert SENTINEL_ASCII.encode() not in raw
    assert b"SQLite format 3" not in raw[:16]
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    finally:
        conn.close()
    assert SENTINEL_ASCII in "".join(note_rows(path, store.dek).values())
    assert not list(store.paths.backups_dir.glob("tmp-*"))


def test_backup_rotation_keeps_the_last_ten(store):
    made = []
    for i in range(13):
        store.records.create("note", {"text": f"edit {i}"}, author="Ann")
        made.append(store.backup_now())
    kept = backups.list_backups(store.paths.backups_dir)
    assert len(set(made)) == 13
    assert kept == list(reversed(made))[: backups.KEEP] and len(kept) == 10
    assert all(not p.exists() for p in made[:3])
    assert len(note_rows(kept[0], store.dek)) == 13  # the newest is the one kept first


def test_backup_if_due_needs_both_time_and_edits(store):
    store.backup_now()
    t0 = datetime.now(UTC)
    count = lambda: len(backups.list_backups(store.paths.backups_dir))  # noqa: E731
    assert count() == 1

    assert store.backup_if_due(now=t0 + BACKUP_INTERVAL + timedelta(minutes=1)) is None  # no edits
    head = store.records.create("note", {"text": "new evidence"}, author="Ann")
    assert store.backup_if_due(now=t0 + timedelta(minutes=29)) is None  # too soon
    assert store.backup_if_due(now=t0) is None
    assert count() == 1

    due = t0 + BACKUP_INTERVAL + timedelta(minutes=1)
    made = store.backup_if_due(now=due)
    assert made is not None and count() == 2
    assert backups.verify_backup(made, store.dek)
    assert head.uuid in note_rows(made, store.dek)

    assert store.backup_if_due(now=due + 2 * BACKUP_INTERVAL) is None  # nothing written since
    store.records.create("note", {"text": "more"}, author="Ann")
    assert store.backup_if_due(now=due + timedelta(minutes=15)) is None  # 15 min after the last one
    assert store.backup_if_due(now=due + BACKUP_INTERVAL) is not None
    assert count() == 3


# -- unclean shutdown ---------------------------------------------------------------------------------

def test_unclean_shutdown_is_detected_and_edits_offered_for_review(paths):
    first = new_store(paths)
    before = first.records.create("note", {"text": "from a clean session"}, author="Ann")
    first.close()

    crashed = LocalStore(paths).unlock(PASSPHRASE)
    edited = crashed.records.create("note", {"text": "typed just before the battery died"}, author="Ann")
    crashed.records.update(edited.uuid, {"text": "typed just before the battery died!"}, author="Ann")
    crashed.engine.dispose()  # no close(): the session marker stays behind
    assert paths.session_marker.exists()

    after = LocalStore(paths).unlock(PASSPHRASE)
    try:
        assert after.status.unclean_shutdown is True
        items = {h.uuid: h for h in after.status.recovery_items}
        assert edited.uuid in items
        assert items[edited.uuid].rev == 2
        assert items[edited.uuid].data == {"text": "typed just before the battery died!"}
        assert before.uuid not in items
        assert all(h.entity != "store" for h in after.status.recovery_items)
    finally:
        after.close()

    clean = LocalStore(paths).unlock(PASSPHRASE)
    try:
        assert clean.status.unclean_shutdown is False
        assert clean.status.recovery_items == []
    finally:
        clean.close()


# -- SIGKILL during a stream of edits -----------------------------------------------------------------

EDITOR = textwrap.dedent("""
    import os, sys
    from fieldkit.paths import AppPaths
    from fieldkit.services.store import LocalStore

    store = LocalStore(AppPaths.resolve()).unlock(os.environ["FIELDKIT_PASSPHRASE"])
    uuids = []
    for i in range(1_000_000):
        if i % 3 == 0 or not uuids:
            head = store.records.create("note", {"n": i}, author="Ann")
            uuids.append(head.uuid)
        else:
            head = store.records.update(uuids[i % len(uuids)], {"n": i}, author="Ann")
        print(head.uuid, head.rev, i, flush=True)  # acknowledged: the commit has returned
""")


@pytest.mark.parametrize("attempt", range(3))
def test_sigkill_mid_stream_loses_no_acknowledged_edit(paths, tmp_path, attempt):
    new_store(paths).close()
    script = tmp_path / "editor.py"
    script.write_text(EDITOR)
    seed = random.randrange(2**32)
    kill_after = random.Random(seed).randint(50, 400)

    with open(tmp_path / "editor.err", "wb") as err:
        child = subprocess.Popen([sys.executable, str(script)], env=child_env(paths), stdout=subprocess.PIPE,
                                 stderr=err, stdin=subprocess.DEVNULL)
        acked: list[tuple[str, int, int]] = []
        try:
            while len(acked) < kill_after:
                line = child.stdout.readline()
                if not line:
                    pytest.fail(f"editor ended early: {(tmp_path / 'editor.err').read_text()}")
                uuid, rev, n = line.decode().split()
                acked.append((uuid, int(rev), int(n)))
            child.send_signal(signal.SIGKILL)
            # Lines already in the pipe were acknowledged too.
            for line in child.stdout.read().splitlines(keepends=True):
                if line.endswith(b"\n"):
                    uuid, rev, n = line.decode().split()
                    acked.append((uuid, int(rev), int(n)))
        finally:
            child.kill()
            child.wait()
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert len(acked) >= 50

    store = LocalStore(paths).unlock(PASSPHRASE)
    try:
        assert store.status.integrity == "ok", f"seed {seed}"
        assert store.status.unclean_shutdown is True
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalars().all() == ["ok"]
        histories: dict[str, dict[int, dict]] = {}
        for uuid, rev, n in acked:
            if uuid not in histories:
                histories[uuid] = {v.rev: v.data for v in store.records.history(uuid)}
            assert histories[uuid].get(rev) == {"n": n}, f"lost acknowledged edit {n} (seed {seed})"
    finally:
        store.close()


# -- no plaintext anywhere on disk --------------------------------------------------------------------

WRITER_THEN_WAIT = textwrap.dedent("""
    import os, sys
    from fieldkit.paths import AppPaths
    from fieldkit.services.store import LocalStore

    store = LocalStore(AppPaths.resolve()).unlock(os.environ["FIELDKIT_PASSPHRASE"])
    for text in sys.argv[1:]:
        head = store.records.create("note", {"text": text}, author="Ann")
        store.records.update(head.uuid, {"text": text + " (edited)"}, author="Ann")
    print("committed", flush=True)
    sys.stdin.read()  # stay open, WAL uncheckpointed, until killed
""")


def _needles() -> list[bytes]:
    found = []
    for s in (SENTINEL_ASCII, SENTINEL_CY):
        found += [s.encode("utf-8"), s.encode("utf-16-le"), s.encode("utf-16-be"),
                  json.dumps(s)[1:-1].encode("ascii")]
    return [*found, b"FKSENTINEL", "cyfrinach-ŵŷ".encode()]


def _grep(root: Path) -> tuple[list[str], list[tuple[str, bytes]]]:
    files = sorted(p for p in root.rglob("*") if p.is_file())
    hits = [(str(p.relative_to(root)), n) for p in files for n in _needles() if n in p.read_bytes()]
    return [str(p.relative_to(root)) for p in files], hits


def test_sentinel_never_reaches_the_disk_in_plaintext(paths, tmp_path):
    store = new_store(paths)
    for text in (SENTINEL_ASCII, SENTINEL_CY):
        head = store.records.create("note", {"text": text, "author_note": text}, author="Ann")
        store.records.update(head.uuid, {"text": text + " v2"}, author="Ann")
    store.set_setting("draft", SENTINEL_CY)
    store.backup_now()
    store.close()

    # A second session writes more and is killed: its pages stay in the -wal file, never checkpointed.
    script = tmp_path / "writer.py"
    script.write_text(WRITER_THEN_WAIT)
    child = subprocess.Popen([sys.executable, str(script), SENTINEL_ASCII + "-wal", SENTINEL_CY + "-wal"],
                             env=child_env(paths), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    try:
        line = child.stdout.readline()
        assert line == b"committed\n", child.stderr.read().decode()
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
        child.stdin.close()
        child.stdout.close()
        child.stderr.close()

    wal = paths.db_file.with_name("fieldkit.db-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the killed session must leave its WAL behind"
    assert paths.session_marker.exists()
    files, hits = _grep(paths.data_dir)
    for expected in ("fieldkit.db", "fieldkit.db-wal", "fieldkit.key.json", "session.open"):
        assert expected in files
    assert any(f.startswith("backups/") for f in files)
    assert hits == []

    # The sentinels really are in there: the next unlock replays the WAL and reads them back.
    again = LocalStore(paths).unlock(PASSPHRASE)
    try:
        texts = {h.data["text"] for h in again.records.list("note")}
        assert {SENTINEL_ASCII + " v2", SENTINEL_CY + " v2", SENTINEL_ASCII + "-wal (edited)",
                SENTINEL_CY + "-wal (edited)"} <= texts
        assert again.setting("draft") == SENTINEL_CY
        assert again.status.unclean_shutdown is True
        assert {h.data["text"] for h in again.status.recovery_items} >= {SENTINEL_CY + "-wal (edited)"}
    finally:
        again.close()
    files, hits = _grep(paths.data_dir)
    # The explicit one, and the one at this unlock; the writer's unlock found the first one recent and
    # nothing written since, so it took none (tests/storage/test_backup_retention.py).
    assert len([f for f in files if f.startswith("backups/")]) == 2
    assert hits == []
