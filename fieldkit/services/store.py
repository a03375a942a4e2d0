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

from fieldkit.domain.audit_chain import Anchor
from fieldkit.domain.hlc import HybridClock
from fieldkit.domain.passphrase import WeakPassphrase, passphrase_problems
from fieldkit.paths import AppPaths
from fieldkit.storage import audit_anchor, audit_check, backups, keystore
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
    audit_problems: list[str] = field(default_factory=list)  # found at unlock: the log's end was cut off


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
        self._anchor: audit_anchor.AnchorKeeper | None = None
        if not status.read_only:
            self._anchor = audit_anchor.AnchorKeeper(self.engine, self.anchor_file, dek)
            self.records.on_commit = self._anchor.update

    # -- settings that travel with the data ------------------------------------------------------

    def setting(self, key: str, default: str | None = None) -> str | None:
        with Session(self.engine) as s:
            row = s.get(Setting, key)
            return json.loads(row.value) if row else default

    def set_setting(self, key: str, value) -> None:
        """Audited: the event seals the key and the stored value, so a change made outside the app shows."""
        stored = json.dumps(value)
        with Session(self.engine) as s:
            row = s.get(Setting, key)
            if row is not None and row.value == stored:
                return
        actor = self.user  # read before the write transaction: a second session would end it
        with self.records.transaction() as s:
            s.merge(Setting(key=key, value=stored))
            self.records.audit(actor=actor, action=audit_check.SETTING_EVENT, entity="setting", uuid=key,
                               value_hash=audit_check.setting_hash(key, stored), session=s)

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
        path = backups.make_backup(self.engine, self.dek, self.paths.backups_dir, seq=self._audit_seq())
        if self._anchor is not None:
            self._anchor.update()
            self._anchor.sync()
        self._backup_seq = self._audit_seq()
        self._last_backup_at = datetime.now(UTC)
        self.status.last_backup = path
        return path

    def backup_unless_recent(self, now: datetime | None = None) -> Path:
        """At unlock: a new backup, unless the newest one is under 30 minutes old and nothing was written
        since (its name carries the audit seq it holds). Otherwise a few lock/unlock cycles would fill the
        rotation with copies of the same store."""
        now = now or datetime.now(UTC)
        newest = next(iter(backups.list_backups(self.paths.backups_dir)), None)
        if newest is not None:
            when, seq = backups.backup_time(newest), backups.backup_seq(newest)
            if (when is not None and seq is not None and timedelta(0) <= now - when < BACKUP_INTERVAL
                    and seq == self._audit_seq() and backups.verify_backup(newest, self.dek)):
                self._backup_seq, self._last_backup_at = seq, when
                self.status.last_backup = newest
                return newest
        return self.backup_now()

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
        if self._anchor is not None:
            self._anchor.update()
            self._anchor.close()  # the anchor on disk names the newest event before the key is dropped
        if not self.status.read_only:
            try:
                checkpoint(self.engine)
            except Exception:  # a failed checkpoint loses nothing: the WAL is replayed on next open
                pass
        self.engine.dispose()
        self._dek = None
        self.paths.session_marker.unlink(missing_ok=True)

    # -- the audit log's end and what it covers --------------------------------------------------

    @property
    def anchor_file(self) -> Path:
        return audit_anchor.anchor_path(self.paths.data_dir)

    def check_anchor(self, marker: dict | None = None) -> list[str]:
        """At unlock, before anything is written: does the log still reach its anchored end?

        A problem is recorded in the log itself (an `audit-anchor-mismatch` event, reported by every later
        check) and the anchor of that time is kept aside; then anchoring resumes from the log as found."""
        note = None
        try:
            anchor = audit_anchor.read_anchor(self.anchor_file, self.dek)
        except audit_anchor.AnchorUnreadable as exc:
            anchor, note = None, str(exc)
        if anchor is None and marker and isinstance(marker.get("audit_seq"), int):
            anchor = Anchor(marker["audit_seq"], str(marker.get("audit_hash")))  # the session marker's copy
        if anchor is None and note is None and audit_check.coverage(self.records.audit_events())["since"]:
            # This store has been written by a version that anchors, so the file should be there.
            note = f"{self.anchor_file}: the audit anchor is missing (removed outside the app)"
        problems = ([note] if note else []) + (audit_check.anchor_problems(self.engine, anchor) if anchor else [])
        if problems:
            if self.anchor_file.exists():
                stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
                os.replace(self.anchor_file, self.anchor_file.with_name(f"audit-anchor.mismatch-{stamp}.json"))
            self.records.audit(actor=self.user, action=audit_check.MISMATCH_EVENT, entity="audit",
                               uuid=str(anchor.seq) if anchor else "anchor", value_hash=anchor.hash if anchor else None)
        if self._anchor is not None:
            self._anchor.update()
        return problems

    def audit_problems(self) -> list[str]:
        """The full check behind `fieldkit store check` (see storage/audit_check.py)."""
        if self._anchor is not None:
            self._anchor.sync()
        note = None
        try:
            anchor = audit_anchor.read_anchor(self.anchor_file, self.dek)
        except audit_anchor.AnchorUnreadable as exc:
            anchor, note = None, str(exc)
        return audit_check.audit_problems(self.engine, dek=self.dek, anchor=anchor, backups_dir=self.paths.backups_dir,
                                          anchor_note=note)

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
        with store.records.transaction() as s:
            store.records.audit(actor=display_name, action="store-created", entity="store", uuid=store.device_id,
                                session=s)
            for row in s.execute(select(Setting)).scalars():  # type: ignore[call-overload]
                store.records.audit(actor=display_name, action=audit_check.SETTING_EVENT, entity="setting",
                                    uuid=row.key, value_hash=audit_check.setting_hash(row.key, row.value), session=s)
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
        if not status.read_only:
            status.audit_problems = store.check_anchor(previous)
        if previous is not None:
            status.unclean_shutdown = True
            since = previous.get("hlc", "")
            changed = _read_or(status.integrity != "ok", lambda: store.records.changed_since(since), [])
            status.recovery_items = [h for h in changed if h.entity != "store"]
        if not status.read_only:
            status.last_backup = store.backup_unless_recent()
            self._mark_open(store)
        return store

    def restore_newest_backup(self, passphrase: str) -> Path:
        """Replace a damaged store with its newest verified backup; the damaged file is kept aside."""
        dek = keystore.unwrap_key(self.paths.key_file, passphrase)
        newest = backups.newest_verified_backup(self.paths.backups_dir, dek)
        if newest is None:
            raise StorageError(f"{self.paths.backups_dir}: no verified backup to restore")
        backups.restore_backup(newest, self.paths.db_file)
        # The anchor names events the backup does not hold: keep it aside and say in the log what happened,
        # so the next unlock does not take the restore for a truncation.
        anchor = audit_anchor.anchor_path(self.paths.data_dir)
        if anchor.exists():
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            os.replace(anchor, anchor.with_name(f"audit-anchor.before-restore-{stamp}.json"))
        store = OpenStore(self.paths, dek, StoreStatus())
        try:
            store.records.audit(actor=store.user, action="backup-restored", entity="store", uuid=newest.name)
        finally:
            store.close()
        return newest

    def _mark_open(self, store: OpenStore) -> None:
        head = audit_anchor.chain_head(store.engine)
        marker = {"opened_at": datetime.now(UTC).isoformat(), "pid": os.getpid(),
                  "hlc": store.records.clock.tick().encode(),
                  "audit_seq": head.seq if head else 0, "audit_hash": head.hash if head else None}
        write_atomic(self.paths.session_marker, json.dumps(marker).encode(), replace=True)

    def _read_marker(self) -> dict | None:
        try:
            return json.loads(self.paths.session_marker.read_text())
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return {}
