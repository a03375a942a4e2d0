"""Marking local record versions as acknowledged by a receipt from the central record.

A version is marked only when its key and its version hash both match the receipt, so a receipt for
a different history (a restored laptop, a re-used device id) cannot make unsent evidence purgeable.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import Engine, select, tuple_
from sqlmodel import Session

from fieldkit.storage.tables import RecordVersion

_CHUNK = 400


@dataclass
class AckResult:
    marked: int = 0
    already: int = 0
    unknown: list[tuple[str, str, int]] = field(default_factory=list)
    mismatched: list[tuple[str, str, int]] = field(default_factory=list)


def acknowledge(session: Session, receipt_id: str, versions: Iterable[Mapping]) -> AckResult:
    """Set `acknowledged_by = receipt_id` on the matching versions that have none yet."""
    wanted = {(v["uuid"], v["origin_device"], v["rev"]): v["version_hash"] for v in versions}
    keys = list(wanted)
    result = AckResult()
    found: set[tuple[str, str, int]] = set()
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start:start + _CHUNK]
        rows = session.execute(select(RecordVersion).where(
            tuple_(RecordVersion.uuid, RecordVersion.origin_device, RecordVersion.rev).in_(chunk))).scalars()
        for row in rows:
            key = (row.uuid, row.origin_device, row.rev)
            found.add(key)
            if row.version_hash != wanted[key]:
                result.mismatched.append(key)
            elif row.acknowledged_by is not None:
                result.already += 1
            else:
                row.acknowledged_by = receipt_id
                session.add(row)
                result.marked += 1
    result.unknown = sorted(set(keys) - found)
    session.flush()
    return result


def unacknowledged_count(engine: Engine, inspection_uuid: str | None = None) -> int:
    with Session(engine) as s:
        q = select(RecordVersion.uuid).where(RecordVersion.acknowledged_by == None)  # noqa: E711
        if inspection_uuid is not None:
            q = q.where(RecordVersion.inspection_uuid == inspection_uuid)
        return len(s.execute(q).all())
