"""Verified rotating backups through SQLite's backup API, encrypted with the store's own key.

One-step backups only: an incremental backup restarts whenever the writer commits and may never end.

Kept: the newest ten, and the newest of each of the last seven days, so that a busy day of locking and
unlocking cannot push out the only copy from before yesterday. A name carries the UTC time and the seq of
the newest audit event it holds (`fieldkit-20261201T093000123456Z-s42.db`), which tells whether anything
was written since without opening it.
"""

from __future__ import annotations

import os
import re
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine

from fieldkit.storage.atomic import fsync_dir

KEEP = 10
DAILY_DAYS = 7
_PREFIX = "fieldkit-"
_SUFFIX = ".db"
_NAME = re.compile(r"^fieldkit-(\d{8}T\d{12}Z)(?:-s(\d+))?\.db$")


def open_keyed(path: Path, dek: bytes) -> sqlcipher3.Connection:
    """A raw SQLCipher connection to a backup (or any file encrypted with `dek`); no KDF, the key is raw."""
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
    return conn


def verify_backup(path: Path, dek: bytes) -> bool:
    """Opens with the key, passes integrity_check and SQLCipher's per-page HMAC check."""
    try:
        conn = open_keyed(path, dek)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            return ok and conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        finally:
            conn.close()
    except sqlcipher3.DatabaseError:
        return False


def list_backups(folder: Path) -> list[Path]:
    """Newest first. Names carry a sortable UTC timestamp."""
    if not folder.exists():
        return []
    found = [p for p in folder.iterdir() if p.name.startswith(_PREFIX) and p.name.endswith(_SUFFIX)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def backup_time(path: Path) -> datetime | None:
    m = _NAME.match(Path(path).name)
    return datetime.strptime(m.group(1), "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC) if m else None


def backup_seq(path: Path) -> int | None:
    """The newest audit event's seq when the backup was taken; None for names from before seqs were added."""
    m = _NAME.match(Path(path).name)
    return int(m.group(2)) if m and m.group(2) else None


def to_prune(found: list[Path], now: datetime, *, keep: int = KEEP, days: int = DAILY_DAYS) -> list[Path]:
    """What rotation removes from `found` (newest first): all but the newest `keep` and, for each of the
    last `days` UTC days, that day's newest backup."""
    kept = set(found[:keep])
    seen_days: set = set()
    horizon = (now - timedelta(days=days - 1)).date()
    for path in found:
        when = backup_time(path)
        if when is not None and when.date() >= horizon and when.date() not in seen_days:
            seen_days.add(when.date())
            kept.add(path)
    return [p for p in found if p not in kept]


def make_backup(engine: Engine, dek: bytes, folder: Path, *, keep: int = KEEP,
                now: datetime | None = None, seq: int | None = None) -> Path:
    """Write, verify, then rotate. A backup that fails verification is removed, never kept."""
    folder.mkdir(parents=True, exist_ok=True)
    now = now or datetime.now(UTC)
    stamp = now.strftime("%Y%m%dT%H%M%S%fZ")
    final = folder / f"{_PREFIX}{stamp}{'' if seq is None else f'-s{seq}'}{_SUFFIX}"
    tmp = folder / f"tmp-{stamp}{_SUFFIX}"
    dest = open_keyed(tmp, dek)
    raw = engine.raw_connection()
    try:
        raw.driver_connection.backup(dest, pages=-1)
    finally:
        raw.close()
        dest.close()
    if not verify_backup(tmp, dek):
        tmp.unlink(missing_ok=True)
        raise OSError(f"{tmp}: backup failed verification and was discarded")
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.chmod(tmp, 0o600)
    os.replace(tmp, final)
    fsync_dir(folder)
    for old in to_prune(list_backups(folder), now, keep=keep):
        old.unlink(missing_ok=True)
    return final


def newest_verified_backup(folder: Path, dek: bytes) -> Path | None:
    for candidate in list_backups(folder):
        if verify_backup(candidate, dek):
            return candidate
    return None


def restore_backup(backup: Path, db_file: Path) -> Path:
    """Put `backup` in place of the store; the damaged store is kept aside, never deleted."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = db_file.with_name(f"{db_file.name}.damaged-{stamp}")
    if db_file.exists():
        os.replace(db_file, aside)
    for suffix in ("-wal", "-shm"):
        side = db_file.with_name(db_file.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    tmp = db_file.with_name(f".{db_file.name}.restoring")
    shutil.copyfile(backup, tmp)
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, db_file)
    fsync_dir(db_file.parent)
    return aside
