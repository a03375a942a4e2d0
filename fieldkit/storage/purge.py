"""Which record versions a laptop may remove once central has acknowledged them, and removing them.

A version may go only if all of these hold:
- a receipt from central acknowledged it (`acknowledged_by`), so central holds it;
- it is not what the record shows (`record_head`), nor a leaf of the record's history (one side of a
  conflict), nor the last live version before a deletion (what Restore brings back);
- every version it was built on may go too. Removing only a prefix of each history keeps the merge
  rules' answer unchanged: the leaves, and so the heads and conflicts, stay what they were, and a
  teammate's later version built on a removed one is still recognised as a descendant of it.
A safeguarding version is never acknowledged before central holds it, so the first rule covers it.
Attachment bytes go when no remaining version refers to them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import delete, select, tuple_
from sqlmodel import Session

from fieldkit.storage import attachment_blobs
from fieldkit.storage.central import attachment_sha256, version_from_row
from fieldkit.storage.merge_rules import MergeVersion, ancestors_of, leaves
from fieldkit.storage.tables import RecordHead, RecordVersion

RV = RecordVersion.__table__
RH = RecordHead.__table__


@dataclass
class PurgePlan:
    inspection_uuid: str
    removable: list[MergeVersion] = field(default_factory=list)
    blobs: list[str] = field(default_factory=list)  # attachment files no remaining version refers to
    kept: dict[str, int] = field(default_factory=dict)  # reason -> versions kept for it

    @property
    def count(self) -> int:
        return len(self.removable)


def plan(s: Session, inspection_uuid: str) -> PurgePlan:
    rows = s.execute(select(RV).where(RV.c.inspection_uuid == inspection_uuid)).mappings().all()
    by_uuid: dict[str, list[MergeVersion]] = defaultdict(list)
    acked: set[tuple[str, str, int]] = set()
    for r in rows:
        v = version_from_row(r)
        by_uuid[v.uuid].append(v)
        if r["acknowledged_by"] is not None:
            acked.add(v.key)
    shown = {(r.uuid, r.origin_device, r.rev) for r in s.execute(
        select(RH.c.uuid, RH.c.origin_device, RH.c.rev).where(RH.c.inspection_uuid == inspection_uuid))}
    out = PurgePlan(inspection_uuid)
    kept: dict[str, int] = defaultdict(int)
    for versions in by_uuid.values():
        tips = {v.key for v in leaves(versions)}
        restorable = _last_live_before_delete(versions, shown)
        candidates = set()
        for v in versions:
            reason = ("not acknowledged by central" if v.key not in acked else
                      "shown now" if v.key in shown else
                      "a current version (conflict)" if v.key in tips else
                      "kept for Restore" if v.key == restorable else None)
            if reason:
                kept[reason] += 1
            else:
                candidates.add(v.ref)
        for v in versions:
            if v.ref not in candidates:
                continue
            if ancestors_of(v, versions) <= candidates:
                out.removable.append(v)
            else:
                kept["built on a version that stays"] += 1
    out.kept = dict(sorted(kept.items()))
    gone = {v.key for v in out.removable}
    remaining_refs = {sha for r in rows if (r["uuid"], r["origin_device"], r["rev"]) not in gone
                      and (sha := attachment_sha256({**r, "data": json.loads(r["data"]) if r["data"] else None}))}
    removed_refs = {sha for v in out.removable if (sha := attachment_sha256(
        {"entity": v.entity, "deleted": v.deleted, "data": json.loads(v.data) if v.data else None}))}
    out.blobs = sorted(removed_refs - remaining_refs - _referenced_elsewhere(s, inspection_uuid, removed_refs))
    return out


def _last_live_before_delete(versions: list[MergeVersion], shown: set[tuple[str, str, int]]) -> tuple | None:
    head = next((v for v in versions if v.key in shown), None)
    if head is None or not head.deleted:
        return None
    live = [v for v in versions if not v.deleted]
    return max(live, key=lambda v: v.order).key if live else None


def _referenced_elsewhere(s: Session, inspection_uuid: str, shas: set[str]) -> set[str]:
    """Files another inspection's records also refer to (content addressing shares them)."""
    if not shas:
        return set()
    found = set()
    q = select(RV.c.data).where(RV.c.entity == "attachment", RV.c.inspection_uuid != inspection_uuid,
                                RV.c.data.is_not(None))
    for (data,) in s.execute(q):
        sha = json.loads(data).get("sha256")
        if sha in shas:
            found.add(sha)
    return found


def remove(s: Session, purge: PurgePlan) -> int:
    keys = [v.key for v in purge.removable]
    for start in range(0, len(keys), 400):
        chunk = keys[start:start + 400]
        s.execute(delete(RV).where(tuple_(RV.c.uuid, RV.c.origin_device, RV.c.rev).in_(chunk)))
    attachment_blobs.remove(s, purge.blobs)
    return len(keys)
