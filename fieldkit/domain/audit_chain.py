"""Hash chain over audit events: each event commits to the one before it.

An event is a dict `{seq, at, actor, action, entity, uuid, rev, version_hash, prev_hash, hash}`;
`hash` is the SHA-256 of the canonical JSON of the event without `hash`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from fieldkit.domain.canonical import content_hash

GENESIS = "0" * 64
FIELDS = ("seq", "at", "actor", "action", "entity", "uuid", "rev", "version_hash", "prev_hash")


def event_hash(event: Mapping) -> str:
    return content_hash({k: event.get(k) for k in FIELDS})


def verify_chain(events: Iterable[Mapping], *, start_prev: str = GENESIS) -> list[str]:
    """Every break in the chain, in plain words; an empty list means the log is intact."""
    problems: list[str] = []
    prev = start_prev
    expected_seq = None
    for ev in events:
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
    return problems
