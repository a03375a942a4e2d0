"""`fieldkit store check`: everything the audit log can be held against, in plain words.

- the hash chain itself, and its head against the anchor kept outside the database;
- truncations found and recorded at an earlier unlock (`audit-anchor-mismatch` events);
- this laptop's record versions against their audit events, both ways, and each head against its version;
- settings and pinned framework versions against the events that wrote them. A store from before those
  events existed is covered from its first such event on (`coverage`): nothing is written at unlock;
- every verified backup: its log must be a prefix of the live one (a rewritten history shows there).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, select
from sqlmodel import Session

from fieldkit.domain.audit_chain import Anchor, cross_check_versions, verify_chain
from fieldkit.storage import backups
from fieldkit.storage.tables import AuditEvent, FrameworkVersion, RecordHead, RecordVersion, Setting

SETTING_EVENT = "setting-changed"
FRAMEWORK_EVENTS = ("framework-pinned", "framework-imported")
MISMATCH_EVENT = "audit-anchor-mismatch"


def setting_hash(key: str, stored_value: str) -> str:
    """What a setting event seals: the key and the value exactly as stored (JSON text)."""
    return hashlib.sha256(f"{key}\n{stored_value}".encode()).hexdigest()


def anchor_problems(engine: Engine, anchor: Anchor) -> list[str]:
    """The cheap check done at every unlock: does the log still reach the anchored event, unchanged?"""
    with Session(engine) as s:
        last = s.execute(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1)).scalar_one_or_none()  # type: ignore[call-overload,attr-defined]
        at = s.get(AuditEvent, anchor.seq)
    last = last or 0
    if last < anchor.seq:
        return [f"the log ends at event {last} but event {anchor.seq} was recorded: "
                f"the newest {anchor.seq - last} event(s) were removed"]
    if at is None or at.hash != anchor.hash:
        return [f"event {anchor.seq}: not the event recorded as the newest one (the log was rewritten)"]
    return []


def _events(engine: Engine) -> list[dict]:
    with Session(engine) as s:
        return [r.model_dump() for r in s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()]  # type: ignore[call-overload]


def coverage(events: list[dict]) -> dict:
    """Since when settings and framework pins are audited: `since` is the first such event's time (None:
    not yet), `from_creation` whether the store was created that way (its device id has an event)."""
    first = next((ev for ev in events if ev["action"] == SETTING_EVENT or ev["action"] in FRAMEWORK_EVENTS), None)
    return {"since": first["at"] if first else None,
            "from_creation": any(ev["action"] == SETTING_EVENT and ev["uuid"] == "device_id" for ev in events)}


def _versions_and_heads(engine: Engine) -> list[str]:
    problems: list[str] = []
    with Session(engine) as s:
        versions = {(v.uuid, v.origin_device, v.rev): v for v in s.execute(select(RecordVersion)).scalars()}  # type: ignore[call-overload]
        heads = list(s.execute(select(RecordHead)).scalars())  # type: ignore[call-overload]
    for h in heads:
        v = versions.get((h.uuid, h.origin_device, h.rev))
        if v is None:
            problems.append(f"record {h.uuid}: its current state names rev {h.rev}, which is not in its history "
                            "(the newest version was removed)")
        elif (v.data or None) != (h.data or None) or bool(v.deleted) != bool(h.deleted):
            problems.append(f"record {h.uuid}: its current state differs from version {h.rev} (edited behind the "
                            "log's back)")
    return problems


def _settings(settings: dict[str, str], events: list[dict], coverage: dict) -> list[str]:
    latest: dict[str, dict] = {}
    for ev in events:
        if ev["action"] == SETTING_EVENT:
            latest[ev["uuid"]] = ev
    problems = []
    for key, ev in sorted(latest.items()):
        if key not in settings:
            problems.append(f"setting {key}: removed outside the app (event {ev['seq']} wrote it)")
        elif setting_hash(key, settings[key]) != ev["version_hash"]:
            problems.append(f"setting {key}: its value is not the one event {ev['seq']} wrote "
                            "(changed outside the app)")
    if coverage.get("from_creation"):
        for key in sorted(set(settings) - set(latest)):
            problems.append(f"setting {key}: no audit event wrote it (added outside the app)")
    return problems


def _frameworks(engine: Engine, events: list[dict], coverage: dict) -> list[str]:
    pinned = {ev["uuid"]: ev for ev in events if ev["action"] in FRAMEWORK_EVENTS}
    problems = []
    with Session(engine) as s:
        rows = list(s.execute(select(FrameworkVersion)).scalars())  # type: ignore[call-overload]
    for row in rows:
        name = f"{row.framework_id}@{row.version}"
        if hashlib.sha256(row.content.encode()).hexdigest() != row.content_sha256:
            problems.append(f"framework {name}: its stored content no longer matches its SHA-256 (a pinned "
                            "framework was changed)")
        ev = pinned.get(name)
        if ev is not None and ev["version_hash"] != row.content_sha256:
            problems.append(f"framework {name}: not the content event {ev['seq']} pinned")
        elif ev is None and coverage.get("since") and row.added_at >= coverage["since"]:
            problems.append(f"framework {name}: pinned with no audit event (added outside the app)")
    return problems


def _backup_events(path: Path, dek: bytes) -> dict[int, str]:
    conn = backups.open_keyed(path, dek)
    try:
        return dict(conn.execute("SELECT seq, hash FROM audit_event").fetchall())
    finally:
        conn.close()


def _backups(folder: Path, dek: bytes, live: dict[int, str]) -> list[str]:
    problems = []
    last = max(live, default=0)
    for path in backups.list_backups(folder):
        if not backups.verify_backup(path, dek):
            continue  # not evidence either way; `store check` reports the database's own integrity
        try:
            held = _backup_events(path, dek)
        except sqlcipher3.DatabaseError:
            continue
        top = max(held, default=0)
        if top > last:
            problems.append(f"backup {path.name}: holds events up to {top} but the log ends at {last} "
                            "(newer events were removed)")
        changed = [seq for seq, h in sorted(held.items()) if seq in live and live[seq] != h]
        if changed:
            problems.append(f"backup {path.name}: event {changed[0]} differs from the live log "
                            f"({len(changed)} event(s) rewritten since that backup)")
    return problems


def audit_problems(engine: Engine, *, dek: bytes, anchor: Anchor | None, backups_dir: Path,
                   anchor_note: str | None = None) -> list[str]:
    """Every problem found; an empty list means the log and what it covers are intact.

    `anchor_note` is a problem found with the anchor file itself (unreadable, or missing when it should
    be there)."""
    events = _events(engine)
    with Session(engine) as s:
        settings = {r.key: r.value for r in s.execute(select(Setting)).scalars()}  # type: ignore[call-overload]
        device = json.loads(settings["device_id"]) if "device_id" in settings else None
        # Only this laptop's own versions have an event each; a teammate's arrive in a signed bundle, with
        # one `team-bundle-imported` event for the bundle.
        versions = [{"uuid": v.uuid, "rev": v.rev, "version_hash": v.version_hash}
                    for v in s.execute(select(RecordVersion).where(RecordVersion.origin_device == device)).scalars()]  # type: ignore[call-overload]
    covered = coverage(events)
    problems = [anchor_note] if anchor_note else []
    problems += verify_chain(events, anchor=anchor)
    for ev in events:
        if ev["action"] == MISMATCH_EVENT:
            what = (f"the log was found cut short or rewritten before event {ev['uuid']}" if ev["uuid"].isdigit()
                    else "the audit anchor was found missing or altered, so the log's end could not be checked")
            problems.append(f"at {ev['at'][:19].replace('T', ' ')} {what} (recorded as event {ev['seq']}; the "
                            "anchor of that time is kept aside in the data folder)")
    problems += cross_check_versions(events, versions)
    problems += _versions_and_heads(engine)
    problems += _settings(settings, events, covered)
    problems += _frameworks(engine, events, covered)
    problems += _backups(backups_dir, dek, {e["seq"]: e["hash"] for e in events})
    return problems
