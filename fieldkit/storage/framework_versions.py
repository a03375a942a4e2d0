"""Pinned framework versions: written once, never changed, so an inspection's framework stays put.

Each first pin is an audit event (`framework-pinned`, or `framework-imported` for a custom file) sealing
the content's SHA-256, written in the same transaction as the row; `fieldkit store check` holds the rows
to those events and each row's content to its own hash.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlmodel import Session

from fieldkit.storage.errors import FrameworkVersionClash
from fieldkit.storage.records import RecordStore, utc_now_iso
from fieldkit.storage.tables import FrameworkVersion


@dataclass(frozen=True)
class StoredFramework:
    framework_id: str
    version: str
    content_sha256: str
    content: str
    source: str
    added_at: str


def _dto(row: FrameworkVersion) -> StoredFramework:
    return StoredFramework(row.framework_id, row.version, row.content_sha256, row.content, row.source,
                           row.added_at)


def put(engine: Engine, *, framework_id: str, version: str, content_sha256: str, content: str,
        source: str, records: RecordStore | None = None, actor: str = "") -> StoredFramework:
    """Store once. The same id and version with other content is refused, never overwritten.

    With `records`, the first pin is audited in the same transaction (every caller in the app passes it)."""
    with Session(engine) as s:
        existing = s.get(FrameworkVersion, (framework_id, version))
        if existing is not None:
            if existing.content_sha256 != content_sha256:
                raise FrameworkVersionClash(
                    f"framework {framework_id} version {version} is already stored with different content; "
                    "give the changed framework a new version number"
                )
            return _dto(existing)
    row = FrameworkVersion(framework_id=framework_id, version=version, content_sha256=content_sha256,
                           content=content, source=source, added_at=utc_now_iso())
    stored = _dto(row)
    if records is None:
        with Session(engine) as s:
            s.add(row)
            s.commit()
        return stored
    with records.transaction() as s:
        s.add(row)
        records.audit(actor=actor, action="framework-imported" if source == "imported" else "framework-pinned",
                      entity="framework", uuid=f"{framework_id}@{version}", value_hash=content_sha256, session=s)
    return stored


def get(engine: Engine, framework_id: str, version: str) -> StoredFramework | None:
    with Session(engine) as s:
        row = s.get(FrameworkVersion, (framework_id, version))
        return _dto(row) if row else None


def all_stored(engine: Engine) -> list[StoredFramework]:
    with Session(engine) as s:
        rows = s.execute(select(FrameworkVersion).order_by(FrameworkVersion.framework_id,
                                                           FrameworkVersion.version)).scalars()
        return [_dto(r) for r in rows]
