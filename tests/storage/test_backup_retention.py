"""Backups spaced in time: the newest ten plus one a day for a week, and no new copy of an unchanged store
at every unlock (a few lock/unlock cycles used to push the older backups out of the rotation)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from fieldkit.services.store import BACKUP_INTERVAL, LocalStore
from fieldkit.storage import backups
from tests.conftest import FAST_KDF, PASSPHRASE

NOW = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)


def _name(when: datetime, seq: int = 1) -> Path:
    return Path(f"/b/fieldkit-{when.strftime('%Y%m%dT%H%M%S%fZ')}-s{seq}.db")


def test_names_carry_the_time_and_the_audit_seq():
    path = _name(NOW, 42)
    assert backups.backup_time(path) == NOW and backups.backup_seq(path) == 42
    old = Path("/b/fieldkit-20261201T150000000000Z.db")  # before seqs were in the name
    assert backups.backup_time(old) == NOW and backups.backup_seq(old) is None
    assert backups.backup_time(Path("/b/notes.db")) is None


def test_rotation_keeps_the_newest_ten_and_one_a_day_for_a_week():
    # Twelve backups an hour apart today, then four a day for the twelve days before.
    today = [_name(NOW - timedelta(hours=h)) for h in range(12)]
    earlier = [_name(NOW - timedelta(days=d, hours=h)) for d in range(1, 13) for h in (0, 2, 4, 6)]
    found = sorted(today + earlier, key=lambda p: p.name, reverse=True)
    pruned = set(backups.to_prune(found, NOW))
    kept = [p for p in found if p not in pruned]
    assert kept[:10] == found[:10], "the newest ten"
    days = {backups.backup_time(p).date() for p in kept}
    assert days == {(NOW - timedelta(days=d)).date() for d in range(7)}, "one for each of the last seven days"
    for d in range(1, 7):
        newest_that_day = _name(NOW - timedelta(days=d))
        assert newest_that_day in kept, d
    assert len(kept) == 10 + 6
    assert all(backups.backup_time(p) >= NOW - timedelta(days=7) for p in kept), "older ones go"


def _store(paths):
    LocalStore(paths).create(PASSPHRASE, display_name="Ann Inspector", params=FAST_KDF).close()


def _count(paths) -> int:
    return len(backups.list_backups(paths.backups_dir))


def test_lock_unlock_cycles_of_an_unchanged_store_add_no_backups(paths):
    _store(paths)
    first = LocalStore(paths).unlock(PASSPHRASE)
    made = first.status.last_backup
    first.close()
    for _ in range(4):
        store = LocalStore(paths).unlock(PASSPHRASE)
        assert store.status.last_backup == made, "the recent backup of the same store stands"
        store.close()
    assert _count(paths) == 1


def test_an_edit_or_half_an_hour_means_a_new_backup_at_unlock(paths):
    _store(paths)
    store = LocalStore(paths).unlock(PASSPHRASE)
    store.records.create("note", {"text": "new evidence"}, author="Ann")
    store.close()
    store = LocalStore(paths).unlock(PASSPHRASE)
    assert _count(paths) == 2, "something was written since the last backup"
    newest = store.status.last_backup
    assert backups.backup_seq(newest) == store.records.audit_events()[-1]["seq"]
    later = backups.backup_time(newest) + BACKUP_INTERVAL + timedelta(seconds=1)
    again = store.backup_unless_recent(now=later)
    assert again != newest and _count(paths) == 3, "unchanged, but the newest is over 30 minutes old"
    store.close()


def test_a_damaged_recent_backup_is_not_relied_on(paths):
    _store(paths)
    store = LocalStore(paths).unlock(PASSPHRASE)
    made = store.status.last_backup
    store.close()
    data = bytearray(made.read_bytes())
    data[5000:5100] = bytes(100)
    made.write_bytes(bytes(data))
    store = LocalStore(paths).unlock(PASSPHRASE)
    try:
        assert store.status.last_backup != made and backups.verify_backup(store.status.last_backup, store.dek)
    finally:
        store.close()
