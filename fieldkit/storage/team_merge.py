"""Merging a teammate's verified bundle into the lead's own encrypted store (issue 5).

The same rules as the central record (`merge_rules.head_for`), written into the laptop's own tables:
foreign versions join `record_version` under their own `origin_device` (never acknowledged: only this
laptop's receipts acknowledge), `record_head` follows the merge, divergent histories open rows in the
laptop's `conflict` table (the same table and bookkeeping as central), and the bundle goes into the
laptop's `ingested_bundle` ledger so that importing it twice changes nothing. All of it in the caller's
one transaction.

What the head shows while a conflict is open: for ordinary records the provisional winner (latest
clock), as central shows it; for judgements and safeguarding records whatever this laptop showed before
the import (if it had nothing, the newest version every side was built on), since the merge never
picks a winner for those. A resolution (`RecordStore.resolve`) names every head as a parent and closes
the conflict when `refresh` is run over the record.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select, update
from sqlmodel import Session

from fieldkit.bulk import gc_paused
from fieldkit.storage.central import (
    B,
    C,
    CentralAlarm,
    MergeRefused,
    attachment_sha256,
    bulk_insert,
    open_conflict_ids,
    record_conflict,
    sequence_warnings,
    version_from_envelope,
    version_from_row,
)
from fieldkit.storage.merge_rules import MergeVersion, Verdict, ancestors_of, head_for, parents_json
from fieldkit.storage.tables import AttachmentBlob, RecordHead, RecordVersion

RV = RecordVersion.__table__
RH = RecordHead.__table__
AB = AttachmentBlob.__table__
_CHUNK = 500


@dataclass
class TeamMergeOutcome:
    bundle_id: str
    status: str  # imported | already-imported
    new: int = 0  # records this laptop did not have
    updated: int = 0  # records whose head moved
    already_present: int = 0  # versions this laptop already held
    late: int = 0  # versions added without moving anything (ancestors of what is held)
    conflicts: int = 0  # conflicts opened (or reopened) by this bundle
    conflict_ids: list[str] = field(default_factory=list)
    attachments: int = 0  # attachment files added
    warnings: list[str] = field(default_factory=list)
    inspections: set[str] = field(default_factory=set)  # inspections whose records changed
    entities: set[str] = field(default_factory=set)


def _chunks(items: list, size: int = _CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def merge_into_store(s: Session, *, manifest: Mapping[str, Any], manifest_sha256: str, file_sha256: str | None,
                     records: list[Mapping], attachments: Mapping[str, bytes], local_device: str,
                     stamp: str, data_texts: list[str | None] | None = None) -> TeamMergeOutcome:
    """Merge one verified teammate bundle inside the caller's transaction (see the module docstring)."""
    bundle_id = manifest["bundle_id"]
    if manifest["device_id"] == local_device:
        raise MergeRefused(f"bundle {bundle_id} was written on this laptop: its versions are already here")
    known = s.execute(select(B.c.manifest_sha256).where(B.c.bundle_id == bundle_id)).first()
    if known is not None:
        if known[0] != manifest_sha256:
            raise CentralAlarm(f"bundle {bundle_id}: already imported with manifest sha256 {known[0]}, this copy has "
                               f"{manifest_sha256}: two different bundles claim one id; nothing imported")
        return TeamMergeOutcome(bundle_id, "already-imported", already_present=len(records))
    with gc_paused():
        return _merge(s, manifest, manifest_sha256, file_sha256, records, attachments, stamp, data_texts)


def _merge(s: Session, manifest: Mapping[str, Any], manifest_sha256: str, file_sha256: str | None,
           records: list[Mapping], attachments: Mapping[str, bytes], stamp: str,
           data_texts: list[str | None] | None) -> TeamMergeOutcome:
    bundle_id = manifest["bundle_id"]
    out = TeamMergeOutcome(bundle_id, "imported")
    out.attachments = _store_attachments(s, records, attachments, stamp)
    out.warnings += sequence_warnings(s, manifest, manifest_sha256)  # type: ignore[arg-type]
    texts = data_texts if data_texts is not None else [None] * len(records)
    incoming = [version_from_envelope(e, t) for e, t in zip(records, texts, strict=True)]
    touched = _insert_versions(s, incoming, bundle_id, out)
    refresh(s, sorted(touched), stamp=stamp, bundle_id=bundle_id, out=out, new_keys={v.key for v in incoming})
    signer = manifest["signer"]
    s.execute(insert(B).values(
        bundle_id=bundle_id, manifest_sha256=manifest_sha256, signer_fp=signer["key_fingerprint_sha256"],
        inspector_id=signer["inspector_id"], device_id=manifest["device_id"], device_seq=manifest["device_seq"],
        prev_manifest_sha256=manifest["prev_manifest_sha256"], inspection_id=manifest["inspection_id"],
        data_schema_version=manifest["data_schema_version"], created_at=manifest["created_at"], ingested_at=stamp,
        record_count=len(records), warnings=json.dumps(out.warnings), file_sha256=file_sha256))
    return out


def _store_attachments(s: Session, records: list[Mapping], attachments: Mapping[str, bytes], stamp: str) -> int:
    wanted = {sha for sha in map(attachment_sha256, records) if sha is not None} | set(attachments)
    have: set[str] = set()
    for chunk in _chunks(sorted(wanted)):
        have.update(r[0] for r in s.execute(select(AB.c.sha256).where(AB.c.sha256.in_(chunk))))
    missing = sorted(wanted - have - set(attachments))
    if missing:
        raise MergeRefused(f"{len(missing)} attachment(s) the records refer to are neither in the bundle nor in "
                           f"this store ({', '.join(m[:12] + '…' for m in missing[:5])}); nothing imported")
    added = 0
    for sha in sorted(set(attachments) - have):
        data = attachments[sha]  # one at a time, re-checked against its name by the bundle reader
        s.execute(insert(AB).values(sha256=sha, size=len(data), data=data, added_at=stamp))
        added += 1
    return added


def _held(s: Session, uuids: list[str]) -> dict[str, list[MergeVersion]]:
    held: dict[str, list[MergeVersion]] = defaultdict(list)
    for chunk in _chunks(uuids):
        for r in s.execute(select(RV).where(RV.c.uuid.in_(chunk))).mappings():
            held[r["uuid"]].append(version_from_row(r))
    return held


def _insert_versions(s: Session, incoming: list[MergeVersion], bundle_id: str, out: TeamMergeOutcome) -> set[str]:
    held = _held(s, sorted({v.uuid for v in incoming}))
    by_key = {v.key: v for vs in held.values() for v in vs}
    rows, touched = [], set()
    for v in incoming:
        old = by_key.get(v.key)
        if old is not None:
            if (old.data_sha256, old.version_hash) != (v.data_sha256, v.version_hash):
                raise CentralAlarm(f"record {v.uuid} version {v.origin_device}/{v.rev}: this store holds content "
                                   f"{old.data_sha256}, bundle {bundle_id} has {v.data_sha256}: integrity alarm; "
                                   "nothing imported")
            out.already_present += 1
            continue
        by_key[v.key] = v
        touched.add(v.uuid)
        out.entities.add(v.entity)
        if v.inspection_uuid:
            out.inspections.add(v.inspection_uuid)
        rows.append({"uuid": v.uuid, "origin_device": v.origin_device, "rev": v.rev, "base_rev": v.base_rev,
                     "entity": v.entity, "inspection_uuid": v.inspection_uuid, "hlc": v.hlc, "author": v.author,
                     "deleted": v.deleted, "data": v.data, "data_sha256": v.data_sha256,
                     "version_hash": v.version_hash, "acknowledged_by": None, "parents": parents_json(v.parents),
                     "data_schema": v.data_schema})
    for chunk in _chunks(rows):
        bulk_insert(s, RV, chunk)
    return touched


def _shown(verdict: Verdict, versions: list[MergeVersion], old: Mapping | None) -> MergeVersion | None:
    """The version the laptop's head shows after the merge; None: leave the head as it is."""
    if verdict.conflict is None or not verdict.protected:
        return verdict.winner
    if old is not None:
        return None  # a person decides: keep showing what this laptop showed
    common = set.intersection(*(ancestors_of(t, versions) for t in verdict.tips))
    candidates = [v for v in versions if v.ref in common]
    return max(candidates, key=lambda v: v.order) if candidates else min(verdict.tips, key=lambda v: v.order)


def refresh(s: Session, uuids: list[str], *, stamp: str, bundle_id: str, out: TeamMergeOutcome | None = None,
            new_keys: set[tuple[str, str, int]] = frozenset()) -> None:  # type: ignore[assignment]
    """Recompute the heads and conflict rows of `uuids` from every version this laptop holds."""
    if not uuids:
        return
    held = _held(s, uuids)
    old_heads: dict[str, Mapping] = {}
    for chunk in _chunks(uuids):
        old_heads.update({r["uuid"]: dict(r) for r in s.execute(select(RH).where(RH.c.uuid.in_(chunk))).mappings()})
    open_ids = open_conflict_ids(s, uuids)  # type: ignore[arg-type]
    conflict_inserts: list[dict[str, Any]] = []
    head_inserts = []
    for uuid in uuids:
        versions = held[uuid]
        verdict = head_for(versions)
        if record_conflict(s, uuid, verdict.conflict, open_ids, stamp, bundle_id, conflict_inserts):  # type: ignore[arg-type]
            if out is not None:
                out.conflicts += 1
                out.conflict_ids.append(verdict.conflict["conflict_id"])  # type: ignore[index]
        old = old_heads.get(uuid)
        shown = _shown(verdict, versions, old)
        if shown is None:
            continue
        row = {"entity": shown.entity, "inspection_uuid": shown.inspection_uuid, "rev": shown.rev,
               "origin_device": shown.origin_device, "hlc": shown.hlc, "author": shown.author,
               "deleted": shown.deleted, "data": shown.data}
        if old is None:
            head_inserts.append({"uuid": uuid, **row, "updated_at": stamp})
            if out is not None:
                out.new += 1
        elif any(old[k] != v for k, v in row.items()):
            s.execute(update(RH).where(RH.c.uuid == uuid).values(**row, updated_at=stamp))
            if out is not None and verdict.conflict is None:
                out.updated += 1
        elif out is not None and verdict.conflict is None:
            out.late += sum(1 for v in versions if v.key in new_keys)
    for chunk in _chunks(head_inserts):
        bulk_insert(s, RH, chunk)
    for chunk in _chunks(conflict_inserts):
        bulk_insert(s, C, chunk)


# -- reading conflicts --------------------------------------------------------------------------------


def conflicts(s: Session, *, inspection_uuid: str | None = None, status: str | None = "open") -> list[dict[str, Any]]:
    q = select(C).order_by(C.c.detected_at, C.c.conflict_id)
    if status is not None:
        q = q.where(C.c.status == status)
    if inspection_uuid is not None:
        q = q.where(C.c.inspection_uuid == inspection_uuid)
    return [dict(r) for r in s.execute(q).mappings()]


def conflict(s: Session, conflict_id: str) -> dict[str, Any] | None:
    row = s.execute(select(C).where(C.c.conflict_id == conflict_id)).mappings().first()
    return dict(row) if row else None


def shown_ref(s: Session, uuid: str) -> tuple[str, int] | None:
    row = s.execute(select(RH.c.origin_device, RH.c.rev).where(RH.c.uuid == uuid)).first()
    return (row[0], row[1]) if row else None


def versions_by_ref(s: Session, uuid: str, refs: Iterable[tuple[str, int]]) -> dict[tuple[str, int], MergeVersion]:
    wanted = set(refs)
    return {v.ref: v for v in _held(s, [uuid])[uuid] if v.ref in wanted}
