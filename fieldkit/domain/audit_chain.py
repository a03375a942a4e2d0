"""Hash chain over audit events: each event commits to the one before it.

An event is a dict `{seq, at, actor, action, entity, uuid, rev, version_hash, prev_hash, hash}`;
`hash` is the SHA-256 of the canonical JSON of the event without `hash`.

A chain alone cannot show that its newest events were cut off: what is left is still a valid chain. So
the head (newest seq and hash) is also kept outside the database (the anchor, `storage/audit_anchor.py`)
and checked here, and each record version must have its audit event and the other way round
(`cross_check_versions`): removing an edit means removing rows from two tables and the anchor file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from fieldkit.domain.canonical import content_hash

GENESIS = "0" * 64
FIELDS = ("seq", "at", "actor", "action", "entity", "uuid", "rev", "version_hash", "prev_hash")


def event_hash(event: Mapping) -> str:
    return content_hash({k: event.get(k) for k in FIELDS})


class Anchor(NamedTuple):
    """The newest event as recorded outside the log: the log must reach `seq` with this `hash`."""

    seq: int
    hash: str


def verify_chain(events: Iterable[Mapping], *, start_prev: str = GENESIS,
                 anchor: Anchor | None = None) -> list[str]:
    """Every break in the chain, in plain words; an empty list means the log is intact.

    With `anchor`, a log that stops before the anchored event, or holds another event at its seq, is
    reported too (the newest events were removed or the log was rewritten)."""
    problems: list[str] = []
    prev = start_prev
    expected_seq = None
    last_seq = 0
    anchored_hash = None
    for ev in events:
        if anchor is not None and ev.get("seq") == anchor.seq:
            anchored_hash = ev.get("hash")
        if isinstance(ev.get("seq"), int):
            last_seq = ev["seq"]
        seq = ev.get("seq")
        if expected_seq is not None and seq != expected_seq:
            problems.append(f"event {seq}: sequence gap (expected {expected_seq}); an event was removed")
        if ev.get("prev_hash") != prev:
            problems.append(f"event {seq}: does not follow the previous event (prev_hash mismatch)")
        actual = event_hash(ev)
        if ev.get("hash") != actual:
            problems.append(f"event {seq}: content altered (hash mismatch)")
        prev = ev.get("hash")
        expected_seq = seq + 1 if isinstance(seq, int) else None
    if anchor is not None:
        if last_seq < anchor.seq:
            problems.append(f"the log ends at event {last_seq} but event {anchor.seq} was recorded: "
                            f"the newest {anchor.seq - last_seq} event(s) were removed")
        elif anchored_hash != anchor.hash:
            problems.append(f"event {anchor.seq}: not the event recorded as the newest one (the log was rewritten)")
    return problems


def cross_check_versions(events: Iterable[Mapping], versions: Iterable[Mapping]) -> list[str]:
    """Each record version has the audit event that wrote it (same uuid, rev and version hash), and each
    event naming a version has that version. `versions` are dicts with uuid, rev, version_hash."""
    by_version: dict[tuple, int] = {}
    for ev in events:
        if ev.get("version_hash") and ev.get("rev") is not None:
            by_version[(ev.get("uuid"), ev.get("rev"), ev.get("version_hash"))] = ev.get("seq")
    problems: list[str] = []
    seen: set[tuple] = set()
    for v in versions:
        key = (v.get("uuid"), v.get("rev"), v.get("version_hash"))
        seen.add(key)
        if key not in by_version:
            problems.append(f"record {key[0]} rev {key[1]}: a version with no audit event (its event was removed, "
                            "or the version was added behind the log's back)")
    for key, seq in sorted(by_version.items(), key=lambda kv: kv[1]):
        if key not in seen:
            problems.append(f"event {seq}: names record {key[0]} rev {key[1]}, which is not in the store "
                            "(the version was removed)")
    return problems
