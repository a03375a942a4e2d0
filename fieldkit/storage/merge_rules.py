"""The merge rules shared by the central record and the lead's laptop (ecosystem-security §1.6).

Pure functions over record versions: which versions a version was built on, which versions are
nobody's ancestor (the leaves), and from the leaves the head a record shows and the conflict a person
must resolve. Central (`storage/central.py`) and the laptop's team import (`storage/team_merge.py`)
both call `head_for`, so the two can never disagree about what is a conflict.

A version's parents are explicit when it names them (`parents`, a list of `{origin_device, rev}` of the
same record: a conflict resolution names every head it resolves, an edit of a teammate's version names
that version). Otherwise its one parent is its own device's version at `base_rev`, the ordinary case of
a laptop editing its own line. Nothing is guessed: a parent that is not held (not yet arrived, or
purged from a laptop after central acknowledged it) is simply not in the graph.
"""

from __future__ import annotations

import json
import json.encoder as json_encoder
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from fieldkit.domain.canonical import canonical_json, sha256_hex
from fieldkit.storage.records import parents_list, parse_parents, version_hash  # noqa: F401  (re-exported)

NO_AUTO_WINNER = frozenset({"judgement", "concern"})  # people decide these, never the merge

VersionRef = tuple[str, int]  # (origin_device, rev) of a version of the same record


@dataclass(frozen=True)
class MergeVersion:
    uuid: str
    origin_device: str
    rev: int
    base_rev: int | None
    entity: str
    inspection_uuid: str | None
    hlc: str
    author: str
    deleted: bool
    data: str | None  # canonical JSON text
    data_sha256: str | None
    version_hash: str
    parents: tuple[VersionRef, ...] = ()
    data_schema: int = 1

    @property
    def key(self) -> tuple[str, str, int]:
        return self.uuid, self.origin_device, self.rev

    @property
    def ref(self) -> VersionRef:
        return self.origin_device, self.rev

    @property
    def order(self) -> tuple[str, str]:
        return self.hlc, self.origin_device


_str = json_encoder.encode_basestring  # what canonical JSON writes for a string


def fast_version_hash(e: Mapping[str, Any]) -> str:
    """`records.version_hash` of an envelope with no named parents, without serialising a dict: the key
    fields put together in canonical (sorted) order. Anything unusual goes to `version_hash` itself."""
    base, sha = e["base_rev"], e["data_sha256"]
    if e.get("parents") or type(e["rev"]) is not int or type(e["deleted"]) is not bool or \
            (base is not None and type(base) is not int):
        return version_hash(e)
    text = "".join((
        '{"author":', _str(e["author"]), ',"base_rev":', "null" if base is None else str(base), ',"data_sha256":',
        "null" if sha is None else _str(sha), ',"deleted":', "true" if e["deleted"] else "false", ',"entity":',
        _str(e["entity"]), ',"hlc":', _str(e["hlc"]), ',"origin_device":', _str(e["origin_device"]), ',"rev":',
        str(e["rev"]), ',"uuid":', _str(e["uuid"]), "}"))
    return sha256_hex(text.encode("utf-8"))


def parents_json(parents: Iterable[VersionRef]) -> str:
    return canonical_json(parents_list(parents)) if parents else "[]"


def parents_of(w: MergeVersion, by_ref: Mapping[VersionRef, MergeVersion]) -> list[MergeVersion]:
    """The held versions `w` was built on (see the module docstring)."""
    if w.parents:
        return [by_ref[p] for p in w.parents if p in by_ref]
    if w.base_rev is None:
        return []
    own = by_ref.get((w.origin_device, w.base_rev))
    return [own] if own is not None else []


def leaves(versions: Iterable[MergeVersion]) -> list[MergeVersion]:
    """The versions that are no other version's ancestor, in (hlc, device) order."""
    vs = sorted(versions, key=lambda v: v.order)
    by_ref = {v.ref: v for v in vs}
    ancestors: set[VersionRef] = set()
    stack = [p for w in vs for p in parents_of(w, by_ref)]
    while stack:
        v = stack.pop()
        if v.ref in ancestors:
            continue
        ancestors.add(v.ref)
        stack.extend(parents_of(v, by_ref))
    return [v for v in vs if v.ref not in ancestors]


def ancestors_of(w: MergeVersion, versions: Sequence[MergeVersion]) -> set[VersionRef]:
    by_ref = {v.ref: v for v in versions}
    seen: set[VersionRef] = set()
    stack = parents_of(w, by_ref)
    while stack:
        v = stack.pop()
        if v.ref not in seen:
            seen.add(v.ref)
            stack.extend(parents_of(v, by_ref))
    return seen


def is_safeguarding(v: MergeVersion) -> bool:
    """Evidence flagged as a safeguarding concern is never auto-merged, whatever its entity."""
    if v.data is None or '"safeguarding"' not in v.data:
        return False
    return flagged_safeguarding(json.loads(v.data))


def flagged_safeguarding(value: Any) -> bool:
    """The flag sits at the top of a record's data or, for evidence items, inside their `data` object."""
    if not isinstance(value, dict):
        return False
    inner = value.get("data")
    return value.get("safeguarding") is True or (isinstance(inner, dict) and inner.get("safeguarding") is True)


def protected(tips: Sequence[MergeVersion]) -> bool:
    """Judgements and safeguarding records: a person decides, the merge never picks a winner."""
    return any(v.entity in NO_AUTO_WINNER or is_safeguarding(v) for v in tips)


@dataclass(frozen=True)
class Verdict:
    """What the versions of one record add up to: the leaf shown (or none) and the conflict (or none)."""

    winner: MergeVersion  # the single leaf, or the provisional one (latest clock) among several
    tips: tuple[MergeVersion, ...]
    conflict: dict[str, Any] | None  # conflict row without provenance columns
    protected: bool  # a conflict on a record that gets no automatic winner


def head_for(versions: list[MergeVersion]) -> Verdict:
    if len(versions) == 1:  # most records of a bundle: nothing to compare
        return Verdict(versions[0], (versions[0],), None, False)
    tips = leaves(versions)
    first = versions[0]
    winner = max(tips, key=lambda v: v.order)
    distinct = {(v.deleted, v.data_sha256) for v in tips}
    if len(distinct) <= 1:  # one leaf, or leaves that agree (the same edit made twice, two deletes)
        return Verdict(winner, tuple(tips), None, False)
    heads = [{"origin_device": v.origin_device, "rev": v.rev, "hlc": v.hlc, "deleted": v.deleted,
              "data_sha256": v.data_sha256, "version_hash": v.version_hash} for v in tips]
    heads_json = canonical_json(heads)
    conflict_id = sha256_hex(f"{first.uuid}\n{heads_json}".encode())
    kind = "edit-vs-delete" if any(v.deleted for v in tips) else "edit-vs-edit"
    no_winner = protected(tips)
    conflict = {"conflict_id": conflict_id, "uuid": first.uuid, "entity": winner.entity,
                "inspection_uuid": winner.inspection_uuid, "kind": kind, "heads": heads_json,
                "provisional": None if no_winner else f"{winner.origin_device}/{winner.rev}"}
    return Verdict(winner, tuple(tips), conflict, no_winner)
