"""Attachment bytes inside the encrypted store, by SHA-256 (`attachment_blob`).

Content-addressed, so the same scan attached twice is kept once. Which record a file belongs to is an
`attachment` record (a versioned link), never this table: blobs are written once and only removed by a
purge once no remaining version refers to them.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Engine, delete, insert, select
from sqlmodel import Session

from fieldkit.storage.tables import AttachmentBlob

AB = AttachmentBlob.__table__


def put(s: Session, sha256: str, data: bytes, *, added_at: str) -> bool:
    """Store `data` under its hash (checked by the caller); False if it was already there."""
    if s.execute(select(AB.c.sha256).where(AB.c.sha256 == sha256)).first() is not None:
        return False
    s.execute(insert(AB).values(sha256=sha256, size=len(data), data=data, added_at=added_at))
    return True


def read(engine: Engine, sha256: str) -> bytes | None:
    with Session(engine) as s:
        return s.execute(select(AB.c.data).where(AB.c.sha256 == sha256)).scalar_one_or_none()


def sizes(engine: Engine, shas: Iterable[str]) -> dict[str, int]:
    wanted = sorted(set(shas))
    found: dict[str, int] = {}
    with Session(engine) as s:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            found.update({r[0]: r[1] for r in s.execute(select(AB.c.sha256, AB.c.size).where(AB.c.sha256.in_(chunk)))})
    return found


def remove(s: Session, shas: Iterable[str]) -> int:
    gone = sorted(set(shas))
    for start in range(0, len(gone), 500):
        s.execute(delete(AB).where(AB.c.sha256.in_(gone[start:start + 500])))
    return len(gone)


def all_shas(s: Session) -> set[str]:
    return {r[0] for r in s.execute(select(AB.c.sha256))}
