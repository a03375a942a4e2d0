"""Append-only record versions with a moving head, and the audit event for every mutation.

An edit appends version `rev = head.rev + 1` with `base_rev = head.rev` and moves the head; nothing is
ever overwritten, so history, undo, tombstones and the bundle merge all read the same rows.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from fieldkit.domain.audit_chain import GENESIS, event_hash
from fieldkit.domain.canonical import canonical_json, content_hash, sha256_hex
from fieldkit.domain.hlc import Hlc, HybridClock
from fieldkit.domain.safeguarding import UNDELETABLE_ENTITIES
from fieldkit.storage.errors import StaleEdit, WriteFailed
from fieldkit.storage.tables import AuditEvent, RecordHead, RecordVersion


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class Head:
    uuid: str
    entity: str
    inspection_uuid: str | None
    rev: int
    origin_device: str
    hlc: str
    author: str
    deleted: bool
    data: dict[str, Any] | None
    updated_at: str


@dataclass(frozen=True)
class Version:
    uuid: str
    entity: str
    rev: int
    base_rev: int | None
    origin_device: str
    hlc: str
    author: str
    deleted: bool
    data: dict[str, Any] | None
    data_sha256: str | None
    version_hash: str
    inspection_uuid: str | None
    parents: tuple[tuple[str, int], ...] = ()  # explicit merge parents (origin_device, rev); () = own base_rev
    data_schema: int = 1

    def envelope(self) -> dict[str, Any]:
        """The record-version envelope of the bundle format (docs/bundle-format.md §6)."""
        env = {
            "uuid": self.uuid, "entity": self.entity, "rev": self.rev, "base_rev": self.base_rev,
            "hlc": self.hlc, "origin_device": self.origin_device, "author": self.author,
            "deleted": self.deleted, "data_schema": self.data_schema, "data": self.data,
            "data_sha256": self.data_sha256, "inspection_uuid": self.inspection_uuid,
        }
        if self.parents:  # only when named, so bundles of ordinary edits stay readable by older verifiers
            env["parents"] = parents_list(self.parents)
        return env


def _head(row: RecordHead) -> Head:
    return Head(row.uuid, row.entity, row.inspection_uuid, row.rev, row.origin_device, row.hlc, row.author,
                row.deleted, json.loads(row.data) if row.data else None, row.updated_at)


def _version(row: RecordVersion) -> Version:
    return Version(row.uuid, row.entity, row.rev, row.base_rev, row.origin_device, row.hlc, row.author,
                   row.deleted, json.loads(row.data) if row.data else None, row.data_sha256,
                   row.version_hash, row.inspection_uuid, parse_parents(row.parents), row.data_schema)


def parents_list(parents) -> list[dict[str, Any]]:
    return [{"origin_device": d, "rev": r} for d, r in sorted(set(parents))]


def parse_parents(value: Any) -> tuple[tuple[str, int], ...]:
    """From a stored column (canonical JSON text), an envelope's list of `{origin_device, rev}`, or pairs."""
    if not value or value == "[]":
        return ()
    items = json.loads(value) if isinstance(value, str) else value
    return tuple(sorted({(p["origin_device"], int(p["rev"])) if isinstance(p, dict) else (p[0], int(p[1]))
                         for p in items}))


def version_hash(fields: dict[str, Any]) -> str:
    """The hash of a version's key fields. Named parents are covered too, and only when there are some,
    so every version written before parents existed keeps its hash (receipts still match)."""
    keys = ("uuid", "entity", "rev", "base_rev", "hlc", "origin_device", "author", "deleted", "data_sha256")
    hashed = {k: fields[k] for k in keys}
    parents = parse_parents(fields.get("parents"))
    if parents:
        hashed["parents"] = parents_list(parents)
    return content_hash(hashed)


class RecordStore:
    def __init__(self, engine: Engine, *, device_id: str, clock: HybridClock | None = None,
                 now: Callable[[], str] = utc_now_iso):
        self.engine = engine
        self.device_id = device_id
        self._now = now
        self.clock = clock or HybridClock(device_id, last=self._last_local_hlc())
        # Called after each committed transaction (the open store keeps the audit anchor current with it).
        self.on_commit: Callable[[], None] | None = None

    def _last_local_hlc(self) -> Hlc | None:
        with Session(self.engine) as s:
            last = s.execute(select(func.max(RecordVersion.hlc))).scalar_one_or_none()  # type: ignore[call-overload]
        return Hlc.decode(last) if last else None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One short write transaction; a failure to reach the disk becomes `WriteFailed`."""
        session = Session(self.engine)
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise WriteFailed(f"could not save: {exc.orig}") from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        if self.on_commit is not None:
            self.on_commit()

    @contextmanager
    def _in(self, session: Session | None) -> Iterator[Session]:
        if session is not None:
            yield session
        else:
            with self.transaction() as s:
                yield s

    # -- writing ---------------------------------------------------------------------------------

    def create(self, entity: str, data: dict[str, Any], *, author: str, inspection_uuid: str | None = None,
               uuid: str | None = None, session: Session | None = None) -> Head:
        with self._in(session) as s:
            return self._append(s, uuid or str(uuidlib.uuid4()), entity, inspection_uuid, None, data,
                                author=author, deleted=False, action="create")

    def update(self, uuid: str, data: dict[str, Any], *, author: str, expected_rev: int | None = None,
               session: Session | None = None) -> Head:
        """Append a version with `data`. An unchanged record gets no new version (autosave is cheap)."""
        with self._in(session) as s:
            head = self._require(s, uuid)
            if expected_rev is not None and head.rev != expected_rev:
                raise StaleEdit(f"record {uuid} is at rev {head.rev}, the edit was based on {expected_rev}")
            if not head.deleted and head.data == canonical_json(data):
                return _head(head)
            return self._append(s, uuid, head.entity, head.inspection_uuid, head, data, author=author,
                                deleted=False, action="update")

    def delete(self, uuid: str, *, author: str, session: Session | None = None) -> Head:
        """A tombstone version: the record leaves lists but every earlier version stays."""
        with self._in(session) as s:
            head = self._require(s, uuid)
            if head.entity in UNDELETABLE_ENTITIES:
                raise PermissionError(f"a {head.entity} record is never deleted")
            if head.deleted:
                return _head(head)
            return self._append(s, uuid, head.entity, head.inspection_uuid, head, None, author=author,
                                deleted=True, action="delete")

    def restore(self, uuid: str, *, author: str, session: Session | None = None) -> Head:
        with self._in(session) as s:
            head = self._require(s, uuid)
            if not head.deleted:
                return _head(head)
            last = s.execute(
                select(RecordVersion).where(RecordVersion.uuid == uuid, RecordVersion.deleted == False)  # noqa: E712
                .order_by(RecordVersion.hlc.desc()).limit(1)  # type: ignore[union-attr]
            ).scalar_one()  # type: ignore[call-overload]
            return self._append(s, uuid, head.entity, head.inspection_uuid, head, json.loads(last.data),
                                author=author, deleted=False, action="restore")

    def resolve(self, uuid: str, data: dict[str, Any] | None, *, parents: list[tuple[str, int]], author: str,
                session: Session | None = None) -> Head:
        """A conflict resolution: a version whose parents are every head it resolves (`data` None: a delete).

        Its rev is above every parent's and above this device's own versions of the record; its base_rev
        is the highest parent rev (the format wants base_rev to be one of the parents)."""
        if len(set(parents)) < 2:
            raise ValueError("a resolution names at least two heads as its parents")
        with self._in(session) as s:
            head = self._require(s, uuid)
            return self._append(s, uuid, head.entity, head.inspection_uuid, head, data, author=author,
                                deleted=data is None, action="resolve", parents=tuple(sorted(set(parents))),
                                rev=max(max(r for _, r in parents), head.rev) + 1,
                                base_rev=max(r for _, r in parents))

    def _require(self, s: Session, uuid: str) -> RecordHead:
        head = s.get(RecordHead, uuid)
        if head is None:
            raise KeyError(f"no record {uuid}")
        return head

    def _append(self, s: Session, uuid: str, entity: str, inspection_uuid: str | None,
                head: RecordHead | None, data: dict[str, Any] | None, *, author: str, deleted: bool,
                action: str, parents: tuple[tuple[str, int], ...] | None = None, rev: int | None = None,
                base_rev: int | None = None) -> Head:
        hlc = self.clock.tick().encode()
        data_text = canonical_json(data) if data is not None else None
        if parents is None:
            # Editing a teammate's version (imported from their bundle): name it, since base_rev alone
            # would point at this device's own line.
            parents = ((head.origin_device, head.rev),) if head and head.origin_device != self.device_id else ()
        if head is not None and (parents or head.origin_device != self.device_id):
            # This device may already hold a version at that number on another branch of the record.
            own = s.execute(select(func.max(RecordVersion.rev)).where(  # type: ignore[call-overload]
                RecordVersion.uuid == uuid, RecordVersion.origin_device == self.device_id)).scalar_one_or_none()
            rev = max(rev or head.rev + 1, (own or 0) + 1)
        fields = {
            "uuid": uuid, "entity": entity, "rev": rev or (head.rev + 1 if head else 1),
            "base_rev": base_rev or (head.rev if head else None), "hlc": hlc, "origin_device": self.device_id,
            "author": author, "deleted": deleted,
            "data_sha256": sha256_hex(data_text.encode()) if data_text is not None else None,
            "parents": parents,
        }
        vhash = version_hash(fields)
        fields["parents"] = canonical_json(parents_list(parents))
        s.add(RecordVersion(**fields, inspection_uuid=inspection_uuid, data=data_text, version_hash=vhash))
        now = self._now()
        if head is None:
            head = RecordHead(uuid=uuid, entity=entity, inspection_uuid=inspection_uuid, rev=1,
                              origin_device=self.device_id, hlc=hlc, author=author, deleted=deleted,
                              data=data_text, updated_at=now)
        else:
            head.rev, head.origin_device, head.hlc = fields["rev"], self.device_id, hlc
            head.author, head.deleted, head.data, head.updated_at = author, deleted, data_text, now
        s.add(head)
        self._audit(s, actor=author, action=action, entity=entity, uuid=uuid, rev=fields["rev"],
                    version_hash=vhash, at=now)
        s.flush()
        return _head(head)

    def _audit(self, s: Session, **event: Any) -> None:
        last = s.execute(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).scalar_one_or_none()  # type: ignore[attr-defined,call-overload]
        event["seq"] = last.seq + 1 if last else 1
        event["prev_hash"] = last.hash if last else GENESIS
        event["hash"] = event_hash(event)
        s.add(AuditEvent(**event))

    def audit(self, *, actor: str, action: str, entity: str, uuid: str, session: Session | None = None,
              value_hash: str | None = None) -> None:
        """Record an event that is not a record version (export, unlock, key change, setting, framework pin).

        `value_hash` (in the event's version_hash field) names what was written, e.g. a setting's value."""
        with self._in(session) as s:
            self._audit(s, actor=actor, action=action, entity=entity, uuid=uuid, rev=None,
                        version_hash=value_hash, at=self._now())

    # -- reading ---------------------------------------------------------------------------------

    def get(self, uuid: str) -> Head | None:
        with Session(self.engine) as s:
            row = s.get(RecordHead, uuid)
            return _head(row) if row else None

    def list(self, entity: str, *, inspection_uuid: str | None = None, include_deleted: bool = False,
             deleted_only: bool = False) -> list[Head]:
        q = select(RecordHead).where(RecordHead.entity == entity)
        if inspection_uuid is not None:
            q = q.where(RecordHead.inspection_uuid == inspection_uuid)
        if deleted_only:
            q = q.where(RecordHead.deleted == True)  # noqa: E712
        elif not include_deleted:
            q = q.where(RecordHead.deleted == False)  # noqa: E712
        with Session(self.engine) as s:
            return [_head(r) for r in s.execute(q.order_by(RecordHead.hlc)).scalars()]  # type: ignore[call-overload]

    def list_all(self, *, inspection_uuid: str) -> list[Head]:
        """Every head in an inspection, tombstones included."""
        q = select(RecordHead).where(RecordHead.inspection_uuid == inspection_uuid)
        with Session(self.engine) as s:
            return [_head(r) for r in s.execute(q.order_by(RecordHead.hlc)).scalars()]

    def count_by_entity(self, inspection_uuid: str) -> dict[str, int]:
        q = (select(RecordHead.entity, func.count()).where(RecordHead.inspection_uuid == inspection_uuid,
             RecordHead.deleted == False).group_by(RecordHead.entity))  # noqa: E712
        with Session(self.engine) as s:
            return {e: n for e, n in s.execute(q).all()}  # type: ignore[call-overload]

    def history(self, uuid: str) -> list[Version]:
        with Session(self.engine) as s:
            rows = s.execute(select(RecordVersion).where(RecordVersion.uuid == uuid)
                          .order_by(RecordVersion.hlc)).scalars()  # type: ignore[call-overload]
            return [_version(r) for r in rows]

    def versions(self, *, inspection_uuid: str | None = None, unacknowledged_only: bool = False) -> list[Version]:
        q = select(RecordVersion)
        if inspection_uuid is not None:
            q = q.where(RecordVersion.inspection_uuid == inspection_uuid)
        if unacknowledged_only:
            q = q.where(RecordVersion.acknowledged_by == None)  # noqa: E711
        with Session(self.engine) as s:
            return [_version(r) for r in s.execute(q.order_by(RecordVersion.hlc)).scalars()]  # type: ignore[call-overload]

    def audit_events(self) -> list[dict[str, Any]]:
        with Session(self.engine) as s:
            rows = s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()  # type: ignore[call-overload]
            return [r.model_dump() for r in rows]

    def changed_since(self, hlc: str) -> list[Head]:
        with Session(self.engine) as s:
            rows = s.execute(select(RecordHead).where(RecordHead.hlc >= hlc).order_by(RecordHead.hlc.desc()))  # type: ignore[union-attr]
            return [_head(r) for r in rows.scalars()]
