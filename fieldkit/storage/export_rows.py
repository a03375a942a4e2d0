"""Record-version rows as the bundle writer wants them: the canonical `data` text exactly as stored.

The store writes `data` as canonical JSON and hashes that very text into `data_sha256`, so the writer can
splice it into a record line (after checking the hash) instead of parsing and serialising it again:
at 100,000 versions that is most of an export's work.
"""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlmodel import Session

from fieldkit.storage.tables import RecordVersion

RV = RecordVersion.__table__


def data_texts(engine: Engine, inspection_uuid: str) -> dict[tuple[str, str, int], str]:
    """`(uuid, origin_device, rev) -> data text` for every version of the inspection that has data."""
    q = select(RV.c.uuid, RV.c.origin_device, RV.c.rev, RV.c.data).where(
        RV.c.inspection_uuid == inspection_uuid, RV.c.data.is_not(None))
    with Session(engine) as s:
        return {(u, d, r): text for u, d, r, text in s.execute(q)}
