"""Pinned framework versions: written once, never changed, so an inspection's framework stays put."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlmodel import Session

from fieldkit.storage.errors import FrameworkVersionClash
from fieldkit.storage.records import utc_now_iso
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
        source: str) -> StoredFramework:
    """Store once. The same id and version with other content is refused, never overwritten."""
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
        s.add(row)
        s.commit()
        s.refresh(row)
        return _dto(row)


def get(engine: Engine, framework_id: str, version: str) -> StoredFramework | None:
    with Session(engine) as s:
        row = s.get(FrameworkVersion, (framework_id, version))
        return _dto(row) if row else None


def all_stored(engine: Engine) -> list[StoredFramework]:
    with Session(engine) as s:
        rows = s.execute(select(FrameworkVersion).order_by(FrameworkVersion.framework_id,
                                                           FrameworkVersion.version)).scalars()
        return [_dto(r) for r in rows]
