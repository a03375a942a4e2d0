"""Opening, unlocking, checking, backing up and closing the encrypted local store."""

from __future__ import annotations

import json
import os
import uuid as uuidlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session

from fieldkit.domain.hlc import HybridClock
from fieldkit.domain.passphrase import WeakPassphrase, passphrase_problems
from fieldkit.paths import AppPaths
from fieldkit.storage import backups, keystore
from fieldkit.storage.atomic import write_atomic
from fieldkit.storage.db import checkpoint, make_engine, probe, quick_check, stamp_application_id
from fieldkit.storage.errors import StorageError
from fieldkit.storage.migrate import upgrade
from fieldkit.storage.records import Head, RecordStore
from fieldkit.storage.tables import AuditEvent, Setting

BACKUP_INTERVAL = timedelta(minutes=30)


@dataclass
class StoreStatus:
    integrity: str = "ok"
    read_only: bool = False
    newest_backup: Path | None = None
    unclean_shutdown: bool = False
    recovery_items: list[Head] = field(default_factory=list)
    migrated: bool = False
    last_backup: Path | None = None


def _read_or(damaged: bool, read, fallback):
    """On a store that failed its integrity check, a read that hits a bad page gives `fallback`."""
    if not damaged:
        return read()
    try:
        return read()
    except DatabaseError:
        return fallback


class OpenStore:
    """An unlocked store: the engine, the record store and who is writing. Drop it to lock."""

    def __init__(self, paths: AppPaths, dek: bytes, status: StoreStatus):
        self.paths = paths
        self._dek: bytes | None = dek
        self.status = status
        self.engine = make_engine(paths.db_file, dek, read_only=status.read_only)
        damaged = status.integrity != "ok"
        self.device_id = _read_or(damaged, lambda: self.setting("device_id"), None) or ""
        # A damaged store is read-only: nothing will be stamped, so don't scan it for the last clock value.
        clock = HybridClock(self.device_id or "damaged-store") if damaged else None
        self.records = RecordStore(self.engine, device_id=self.device_id, clock=clock)
        self._backup_seq = _read_or(damaged, self._audit_seq, 0)
        self._last_backup_at = datetime.now(UTC)

    # -- settings that travel with the data ------------------------------------------------------

    def setting(self, key: str, default: str | None = None) -> str | None:
        with Session(self.engine) as s:
            row = s.get(Setting, key)
            return json.loads(row.value) if row else default

    def set_setting(self, key: str, value) -> None:
        with Session(self.engine) as s:
            s.merge(Setting(key=key, value=json.dumps(value)))
            s.commit()

    @property
    def user(self) -> str:
        return self.setting("user.display_name") or "unknown"

    @property
    def dek(self) -> bytes:
        if self._dek is None:
            raise StorageError("the store is locked")
        return self._dek

    # -- backups ---------------------------------------------------------------------------------

    def _audit_seq(self) -> int:
        with Session(self.engine) as s:
            return s.execute(select(func.max(AuditEvent.seq))).scalar_one() or 0

    def backup_now(self) -> Path:
        path = backups.make_backup(self.engine, self.dek, self.paths.backups_dir)
        self._backup_seq = self._audit_seq()
        self._last_backup_at = datetime.now(UTC)
        self.status.last_backup = path
        return path

    def backup_if_due(self, now: datetime | None = None) -> Path | None:
        """Every 30 minutes, and only if something was written since the last backup."""
        now = now or datetime.now(UTC)
        if self.status.read_only or now - self._last_backup_at < BACKUP_INTERVAL:
            return None
        if self._audit_seq() == self._backup_seq:
            return None
        path = self.backup_now()
        self._last_backup_at = now  # the next one is due 30 minutes after this one, on the same clock
        return path

    # -- closing ---------------------------------------------------------------------------------

    def close(self) -> None:
        """Clean shutdown: fold the WAL in, drop the key, remove the unclean-shutdown marker."""
        if self._dek is None:
            return
        if not self.status.read_only:
            try:
                checkpoint(self.engine)
            except Exception:  # a failed checkpoint loses nothing: the WAL is replayed on next open
                pass
        self.engine.dispose()
        self._dek = None
        self.paths.session_marker.unlink(missing_ok=True)

    def change_passphrase(self, old: str, new: str) -> None:
        problems = passphrase_problems(new)
        if problems:
            raise WeakPassphrase("; ".join(problems))
        keystore.change_passphrase(self.paths.key_file, old, new)
        self.records.audit(actor=self.user, action="passphrase-changed", entity="store", uuid=self.device_id)


class LocalStore:
    """Entry point: does a store exist here, create one, unlock one."""

    def __init__(self, paths: AppPaths):
        self.paths = paths

    def exists(self) -> bool:
        return self.paths.key_file.exists()

    def create(self, passphrase: str, *, display_name: str, params: keystore.KdfParams | None = None) -> OpenStore:
        problems = passphrase_problems(passphrase)
        if problems:
            raise WeakPassphrase("; ".join(problems))
        if self.paths.db_file.exists():
            raise StorageError(f"{self.paths.db_file}: a store already exists here")
        self.paths.ensure()
        dek = keystore.create_key_file(self.paths.key_file, passphrase, params or keystore.KdfParams())
        engine = make_engine(self.paths.db_file, dek)
        try:
            upgrade(engine, db_label=self.paths.db_file)
            stamp_application_id(engine)
            with Session(engine) as s:
                s.add(Setting(key="device_id", value=json.dumps(str(uuidlib.uuid4()))))
                s.add(Setting(key="user.display_name", value=json.dumps(display_name)))
                s.add(Setting(key="created_at", value=json.dumps(datetime.now(UTC).isoformat())))
                s.commit()
        finally:
            engine.dispose()
        store = OpenStore(self.paths, dek, StoreStatus())
        store.records.audit(actor=display_name, action="store-created", entity="store", uuid=store.device_id)
        self._mark_open(store)
        return store

    def unlock(self, passphrase: str, *, read_only: bool = False) -> OpenStore:
        """Unwrap the key, check the file, back up, migrate, and note the session as open.

        A failed integrity check opens the store read-only with the newest verified backup on offer.
        """
        dek = keystore.unwrap_key(self.paths.key_file, passphrase)
        self.paths.ensure()
        status = StoreStatus(read_only=read_only)
        engine = make_engine(self.paths.db_file, dek)
        try:
            probe(engine)
            status.integrity = quick_check(engine)
            if status.integrity != "ok":
                status.read_only = True
                status.newest_backup = backups.newest_verified_backup(self.paths.backups_dir, dek)
            elif not read_only:
                status.migrated = upgrade(
                    engine, db_label=self.paths.db_file,
                    backup=lambda: backups.make_backup(engine, dek, self.paths.backups_dir),
                )
        finally:
            engine.dispose()
        previous = self._read_marker()
        store = OpenStore(self.paths, dek, status)
        if previous is not None:
            status.unclean_shutdown = True
            since = previous.get("hlc", "")
            changed = _read_or(status.integrity != "ok", lambda: store.records.changed_since(since), [])
            status.recovery_items = [h for h in changed if h.entity != "store"]
        if not status.read_only:
            status.last_backup = store.backup_now()
            self._mark_open(store)
        return store

    def restore_newest_backup(self, passphrase: str) -> Path:
        """Replace a damaged store with its newest verified backup; the damaged file is kept aside."""
        dek = keystore.unwrap_key(self.paths.key_file, passphrase)
        newest = backups.newest_verified_backup(self.paths.backups_dir, dek)
        if newest is None:
            raise StorageError(f"{self.paths.backups_dir}: no verified backup to restore")
        backups.restore_backup(newest, self.paths.db_file)
        return newest

    def _mark_open(self, store: OpenStore) -> None:
        marker = {"opened_at": datetime.now(UTC).isoformat(), "pid": os.getpid(),
                  "hlc": store.records.clock.tick().encode()}
        write_atomic(self.paths.session_marker, json.dumps(marker).encode(), replace=True)

    def _read_marker(self) -> dict | None:
        try:
            return json.loads(self.paths.session_marker.read_text())
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return {}
