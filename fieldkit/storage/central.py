"""The central record: merging verified bundles into SQLite or PostgreSQL (ecosystem-security §1.6).

Only verified bundles reach this module (the services verify first). Each bundle is merged in one
transaction: any failure, alarm included, leaves the central record exactly as it was.

Rules, in order:
1. Ledger. A known `bundle_id` with the same manifest hash is a no-op; with another hash, an alarm.
2. Version log. Each version is inserted unless its key `(uuid, origin_device, rev)` is already held;
   a held key with a different hash is an integrity alarm.
3. Heads. Each touched record's head is recomputed from *all* its versions, so the result does not
   depend on the order bundles arrive in (`storage/merge_rules.py`, shared with the lead's laptop). A
   version's parents are the ones it names (`parents`: a resolution names every head it resolves), else
   its own device's version at `base_rev`; nothing is guessed. Versions that are nobody's ancestor are
   the leaves: one leaf is the head (new record, fast-forward; a late ancestor changes nothing); several
   leaves that differ are a conflict, so two laptops editing the same rev never silently lose an edit,
   and the conflict stays open until a version names all of them as parents. Ordinary records show a
   provisional head (higher HLC, then device id); judgements and safeguarding concerns show none.
4. Warnings (not refusals): device sequence gaps and forks, audit chain forks and gaps.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, insert, make_url, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session as OrmSession

from fieldkit.bulk import gc_paused
from fieldkit.domain.canonical import canonical_json
from fieldkit.storage.central_tables import (
    CentralAttachment,
    CentralAuditEvent,
    CentralHead,
    CentralVersion,
    Conflict,
    IngestedBundle,
    Receipt,
    TrustedKey,
)
from fieldkit.storage.errors import StorageError
from fieldkit.storage.merge_rules import (  # noqa: F401  (NO_AUTO_WINNER, leaves: re-exported)
    NO_AUTO_WINNER,
    MergeVersion,
    fast_version_hash,
    head_for,
    leaves,
    parents_json,
)
from fieldkit.storage.migrate import head_revision, upgrade
from fieldkit.storage.records import parse_parents

_CHUNK = 500
_MERGE_LOCK = 0x464B4D47  # 'FKMG': PostgreSQL advisory lock serialising merges

V = CentralVersion.__table__
H = CentralHead.__table__
C = Conflict.__table__
B = IngestedBundle.__table__
A = CentralAuditEvent.__table__
T = TrustedKey.__table__
R = Receipt.__table__
F = CentralAttachment.__table__


class CentralAlarm(StorageError):
    """A bundle that contradicts what central already holds: nothing from it was merged."""


class MergeRefused(StorageError):
    """A bundle that cannot be merged as it stands (e.g. an attachment it refers to is nowhere held)."""


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# -- connecting -------------------------------------------------------------------------------------


def central_url(url_or_path: str | Path) -> URL:
    """A SQLAlchemy URL, or a plain path to a SQLite file (plain SQLite: central is a server-side file)."""
    text_url = str(url_or_path)
    if "://" not in text_url:
        return URL.create("sqlite", database=str(Path(text_url).expanduser().resolve()))
    url = make_url(text_url)
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise StorageError(f"{url.render_as_string(hide_password=True)}: the central record is SQLite or "
                           "PostgreSQL (postgresql+psycopg://...)")
    if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def label(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def make_central_engine(url_or_path: str | Path) -> Engine:
    url = central_url(url_or_path)
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        try:
            for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON", "busy_timeout = 10000"):
                cur.execute(f"PRAGMA {pragma}")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # Take the write lock up front: a merge reads, then writes, and must see no one else's writes between.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def init_central(url_or_path: str | Path) -> tuple[str, bool]:
    """Create or upgrade the central schema from the shared Alembic history. Returns (revision, changed)."""
    url = central_url(url_or_path)
    if url.get_backend_name() == "sqlite" and url.database:
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    try:
        changed = upgrade(engine, db_label=label(url))
    finally:
        engine.dispose()
    return head_revision(), changed


def require_schema(engine: Engine) -> None:
    from fieldkit.storage.migrate import current_revision

    found = current_revision(engine)
    if found != head_revision():
        raise StorageError(f"{label(engine.url)}: central schema is at {found or 'nothing'}, expected "
                           f"{head_revision()}: run 'fieldkit central init' first")


# -- trusted keys -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyRow:
    fingerprint: str
    public_key_b64: str
    inspector_id: str | None
    comment: str
    added_at: str
    revoked: bool
    revoked_at: str | None


def add_trusted_key(engine: Engine, *, fingerprint: str, public_key_b64: str, inspector_id: str | None,
                    comment: str = "") -> bool:
    """Enrol a key. False if it is already enrolled (a revoked key stays revoked)."""
    with engine.begin() as conn:
        if conn.execute(select(T.c.fingerprint).where(T.c.fingerprint == fingerprint)).first():
            return False
        conn.execute(insert(T).values(fingerprint=fingerprint, public_key_b64=public_key_b64,
                                      inspector_id=inspector_id, comment=comment, added_at=now_iso(),
                                      revoked=False, revoked_at=None))
        return True


def revoke_key(engine: Engine, fingerprint: str) -> KeyRow:
    with engine.begin() as conn:
        rows = conn.execute(select(T).where(T.c.fingerprint.startswith(fingerprint))).mappings().all()
        if len(rows) != 1 or len(fingerprint) < 8:
            raise KeyError(f"no trusted key {fingerprint}" if not rows or len(fingerprint) < 8 else
                           f"key fingerprint {fingerprint} is ambiguous")
        row = dict(rows[0])
        if not row["revoked"]:
            row["revoked"], row["revoked_at"] = True, now_iso()
            conn.execute(update(T).where(T.c.fingerprint == row["fingerprint"])
                         .values(revoked=True, revoked_at=row["revoked_at"]))
        return KeyRow(**row)


def keys(engine: Engine) -> list[KeyRow]:
    with engine.connect() as conn:
        return [KeyRow(**r) for r in conn.execute(select(T).order_by(T.c.added_at, T.c.fingerprint)).mappings()]


# -- merging ----------------------------------------------------------------------------------------


@dataclass
class MergeOutcome:
    bundle_id: str
    status: str  # merged | already-ingested
    new: int = 0  # records central had not seen
    updated: int = 0  # records whose head moved forward
    already_present: int = 0  # versions central already held
    late: int = 0  # versions logged only: an ancestor of what central holds
    conflicts: int = 0  # conflicts opened by this bundle
    conflict_ids: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    receipt: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("bundle_id", "status", "new", "updated", "already_present", "late",
                                              "conflicts", "conflict_ids", "warnings")}


ReceiptMaker = Callable[..., dict[str, Any]]


def version_from_row(r: Mapping) -> MergeVersion:
    return MergeVersion(r["uuid"], r["origin_device"], r["rev"], r["base_rev"], r["entity"], r["inspection_uuid"],
                        r["hlc"], r["author"], bool(r["deleted"]), r["data"], r["data_sha256"], r["version_hash"],
                        parse_parents(r["parents"]), r["data_schema"])


def version_from_envelope(e: Mapping, data_text: str | None = None) -> MergeVersion:
    """`data_text`: the canonical text of `data` when the verifier already has it (a slice of its line)."""
    data = data_text if data_text is not None else canonical_json(e["data"]) if e["data"] is not None else None
    return MergeVersion(e["uuid"], e["origin_device"], e["rev"], e["base_rev"], e["entity"], e.get("inspection_uuid"),
                        e["hlc"], e["author"], e["deleted"], data, e["data_sha256"], fast_version_hash(e),
                        parse_parents(e.get("parents")), e["data_schema"])


def _head_for(versions: list[MergeVersion]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The head row and, for divergent histories, the conflict row (without provenance columns)."""
    verdict = head_for(versions)
    winner, conflict = verdict.winner, verdict.conflict
    head = {"uuid": versions[0].uuid, "entity": winner.entity, "inspection_uuid": winner.inspection_uuid,
            "state": "current", "rev": winner.rev, "origin_device": winner.origin_device, "hlc": winner.hlc,
            "author": winner.author, "deleted": winner.deleted, "data": winner.data, "conflict_id": None}
    if conflict is None:
        return head, None
    head["conflict_id"] = conflict["conflict_id"]
    if verdict.protected:
        head.update(state="unresolved", rev=None, origin_device=None, hlc=None, author=None, deleted=False,
                    data=None)
    else:
        head["state"] = "provisional"
    return head, conflict


def bulk_insert(conn: Any, table: Any, rows: list[Mapping[str, Any]]) -> None:
    """INSERT many rows through the driver's executemany, skipping SQLAlchemy's per-row parameter
    processing (a third of a 100,000-version merge). Values must already be plain (str, int, bool, None)."""
    if not rows:
        return
    connection = conn.connection() if isinstance(conn, OrmSession) else conn
    names = list(rows[0])
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    sql = (f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join([mark] * len(names))})")
    connection.exec_driver_sql(sql, [*map(itemgetter(*names), rows)] if len(names) > 1 else
                               [(r[names[0]],) for r in rows])


def _chunks(items: list, size: int = _CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MERGE_LOCK})


def merge_bundle(engine: Engine, *, manifest: Mapping[str, Any], manifest_sha256: str, records: list[Mapping],
                 audit_events: list[Mapping], attachments: Mapping[str, bytes], make_receipt: ReceiptMaker,
                 now: Callable[[], str] = now_iso, file_sha256: str | None = None,
                 data_texts: list[str | None] | None = None) -> MergeOutcome:
    """Merge one verified bundle in one transaction (see the module docstring for the rules).

    `attachments` may be lazy (read one at a time); `file_sha256`, the hash of the file as received, is
    kept in the ledger so that the very same file merged again is recognised before it is re-verified."""
    bundle_id = manifest["bundle_id"]
    with gc_paused(), engine.begin() as conn:
        _lock(conn)
        known = conn.execute(select(B.c.manifest_sha256).where(B.c.bundle_id == bundle_id)).first()
        if known is not None:
            if known[0] != manifest_sha256:
                raise CentralAlarm(f"bundle {bundle_id}: already merged with manifest sha256 {known[0]}, this copy "
                                   f"has {manifest_sha256}: two different bundles claim one id; nothing merged")
            body = conn.execute(select(R.c.body).where(R.c.bundle_id == bundle_id)).scalar_one_or_none()
            return MergeOutcome(bundle_id, "already-ingested", already_present=len(records),
                                receipt=json.loads(body) if body else None)
        stamp = now()
        out = MergeOutcome(bundle_id, "merged")
        check_attachments(conn, records, attachments)
        out.warnings += sequence_warnings(conn, manifest, manifest_sha256)
        texts = data_texts if data_texts is not None else [None] * len(records)
        incoming = [version_from_envelope(e, t) for e, t in zip(records, texts, strict=True)]
        _merge_versions(conn, incoming, bundle_id, stamp, out)
        through = _merge_audit(conn, manifest["device_id"], audit_events, bundle_id, out)
        _merge_attachments(conn, attachments, bundle_id)
        signer = manifest["signer"]
        conn.execute(insert(B).values(
            bundle_id=bundle_id, manifest_sha256=manifest_sha256, signer_fp=signer["key_fingerprint_sha256"],
            inspector_id=signer["inspector_id"], device_id=manifest["device_id"], device_seq=manifest["device_seq"],
            prev_manifest_sha256=manifest["prev_manifest_sha256"], inspection_id=manifest["inspection_id"],
            data_schema_version=manifest["data_schema_version"], created_at=manifest["created_at"],
            ingested_at=stamp, record_count=len(records), warnings=json.dumps(out.warnings),
            file_sha256=file_sha256))
        receipt = make_receipt(
            bundle_id=bundle_id, manifest_sha256=manifest_sha256, device_id=manifest["device_id"], issued_at=stamp,
            audit_through_seq=through,
            versions=[{"uuid": v.uuid, "origin_device": v.origin_device, "rev": v.rev, "version_hash": v.version_hash}
                      for v in incoming])
        conn.execute(insert(R).values(receipt_id=receipt["receipt_id"], bundle_id=bundle_id,
                                      device_id=manifest["device_id"], issued_at=stamp, body=json.dumps(receipt)))
        out.receipt = receipt
        return out


def sequence_warnings(conn: Connection, manifest: Mapping, manifest_sha256: str) -> list[str]:
    device, seq, prev = manifest["device_id"], manifest["device_seq"], manifest["prev_manifest_sha256"]
    rows = conn.execute(select(B.c.bundle_id, B.c.device_seq, B.c.manifest_sha256)
                        .where(B.c.device_id == device)).all()
    warnings = []
    same_seq = [r.bundle_id for r in rows if r.device_seq == seq]
    if same_seq:
        warnings.append(f"fork: device {device} already sent bundle {same_seq[0]} as number {seq} "
                        "(a laptop restored from a backup, or a copied store?)")
    if prev is not None:
        before = [r for r in rows if r.device_seq == seq - 1]
        if before and all(r.manifest_sha256 != prev for r in before):
            warnings.append(f"fork: bundle number {seq} from device {device} follows a manifest {prev[:12]}… "
                            f"that is not the bundle number {seq - 1} central holds ({before[0].bundle_id})")
    seen = {r.device_seq for r in rows} | {seq}
    first = 0 if 0 in seen else 1
    missing = [n for n in range(first, seq) if n not in seen]
    if missing:
        shown = ", ".join(map(str, missing[:10])) + (f" and {len(missing) - 10} more" if len(missing) > 10 else "")
        warnings.append(f"gap: bundle number(s) {shown} from device {device} have not been merged")
    return warnings


def _load_versions(conn: Connection, uuids: list[str]) -> dict[str, list[MergeVersion]]:
    held: dict[str, list[MergeVersion]] = defaultdict(list)
    for chunk in _chunks(uuids):
        for r in conn.execute(select(V).where(V.c.uuid.in_(chunk))).mappings():
            held[r["uuid"]].append(version_from_row(r))
    return held


def _merge_versions(conn: Connection, incoming: list[MergeVersion], bundle_id: str, stamp: str,
                    out: MergeOutcome) -> None:
    uuids = sorted({v.uuid for v in incoming})
    held = _load_versions(conn, uuids)
    by_key = {v.key: v for vs in held.values() for v in vs}
    new_rows, touched = [], set()
    for v in incoming:
        old = by_key.get(v.key)
        if old is not None:
            if (old.data_sha256, old.version_hash) != (v.data_sha256, v.version_hash):
                raise CentralAlarm(f"record {v.uuid} version {v.origin_device}/{v.rev}: central holds content "
                                   f"{old.data_sha256} (version hash {old.version_hash[:12]}…), bundle {bundle_id} "
                                   f"has {v.data_sha256} ({v.version_hash[:12]}…): integrity alarm; nothing merged")
            out.already_present += 1
            continue
        by_key[v.key] = v
        held[v.uuid].append(v)
        touched.add(v.uuid)
        new_rows.append({"uuid": v.uuid, "origin_device": v.origin_device, "rev": v.rev, "base_rev": v.base_rev,
                         "entity": v.entity, "inspection_uuid": v.inspection_uuid, "hlc": v.hlc,
                         "author": v.author, "deleted": v.deleted, "data_schema": v.data_schema, "data": v.data,
                         "data_sha256": v.data_sha256, "version_hash": v.version_hash, "bundle_id": bundle_id,
                         "parents": parents_json(v.parents)})
    for chunk in _chunks(new_rows):
        bulk_insert(conn, V, chunk)
    if not touched:
        return
    order = sorted(touched)
    old_heads: dict[str, Mapping] = {}
    for chunk in _chunks(order):
        old_heads.update({r["uuid"]: dict(r) for r in conn.execute(select(H).where(H.c.uuid.in_(chunk))).mappings()})
    open_conflicts = open_conflict_ids(conn, order)
    new_ids = {v.key for v in incoming}
    head_inserts, conflict_inserts = [], []
    for uuid in order:
        head, conflict = _head_for(held[uuid])
        old = old_heads.get(uuid)
        if record_conflict(conn, uuid, conflict, open_conflicts, stamp, bundle_id, conflict_inserts):
            out.conflicts += 1
            out.conflict_ids.append(conflict["conflict_id"])
        if old is None:
            head_inserts.append(head)
            out.new += 1
        elif {k: old[k] for k in head} != head:
            conn.execute(update(H).where(H.c.uuid == uuid).values(**{k: v for k, v in head.items() if k != "uuid"}))
            if not conflict:
                out.updated += 1
        else:
            out.late += sum(1 for v in held[uuid] if v.key in new_ids)
    for chunk in _chunks(head_inserts):
        bulk_insert(conn, H, chunk)
    for chunk in _chunks(conflict_inserts):
        bulk_insert(conn, C, chunk)


def open_conflict_ids(conn: Connection, uuids: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for chunk in _chunks(uuids):
        for r in conn.execute(select(C.c.conflict_id, C.c.uuid).where(C.c.uuid.in_(chunk), C.c.status == "open")):
            found[r.uuid].append(r.conflict_id)
    return found


def record_conflict(conn: Connection, uuid: str, conflict: dict[str, Any] | None, open_ids: Mapping[str, list[str]],
                    stamp: str, bundle_id: str, inserts: list[dict[str, Any]]) -> bool:
    """Bring a record's conflict rows in line with its versions; True if this opens (or reopens) one.

    Open conflicts that no longer match are closed: `resolved` when the record has no conflict left,
    `superseded` when it has another. Rows are never deleted. New rows are appended to `inserts`."""
    current_id = conflict["conflict_id"] if conflict else None
    for cid in open_ids.get(uuid, []):
        if cid != current_id:
            conn.execute(update(C).where(C.c.conflict_id == cid).values(
                status="superseded" if conflict else "resolved", closed_at=stamp))
    if conflict is None or current_id in open_ids.get(uuid, []):
        return False
    if conn.execute(select(C.c.conflict_id).where(C.c.conflict_id == current_id)).first():
        # the same divergence seen again after it was closed: reopen it
        conn.execute(update(C).where(C.c.conflict_id == current_id).values(status="open", closed_at=None))
    else:
        inserts.append({**conflict, "status": "open", "detected_at": stamp, "detected_in_bundle": bundle_id,
                        "closed_at": None})
    return True


def _merge_audit(conn: Connection, device: str, events: list[Mapping], bundle_id: str,
                 out: MergeOutcome) -> int | None:
    """Store the device's audit events; returns the last seq held without a gap from the start (or None)."""
    if events:
        seqs = [e["seq"] for e in events]
        held = {r.seq: r.hash for r in conn.execute(select(A.c.seq, A.c.hash).where(
            A.c.device_id == device, A.c.seq >= min(seqs) - 1, A.c.seq <= max(seqs)))}
        first = events[0]
        if first["seq"] > 1:
            joined = held.get(first["seq"] - 1)
            if joined is None:
                out.warnings.append(f"audit: events before number {first['seq']} from device {device} have not "
                                    "been received")
            elif joined != first["prev_hash"]:
                out.warnings.append(f"audit: event {first['seq']} from device {device} does not follow the event "
                                    f"{first['seq'] - 1} central holds (the laptop's log was rewritten or restored)")
        rows = []
        for e in events:
            have = held.get(e["seq"])
            if have is None:
                rows.append({**{k: e[k] for k in ("seq", "at", "actor", "action", "entity", "uuid", "rev",
                                                  "version_hash", "prev_hash", "hash")},
                             "device_id": device, "bundle_id": bundle_id})
            elif have != e["hash"]:
                out.warnings.append(f"audit: event {e['seq']} from device {device} differs from the one central "
                                    "holds (fork); the held event is kept")
        for chunk in _chunks(rows):
            bulk_insert(conn, A, chunk)
    through = None
    expected = 1
    for (seq,) in conn.execute(select(A.c.seq).where(A.c.device_id == device).order_by(A.c.seq)):
        if seq != expected:
            break
        through, expected = seq, seq + 1
    return through


def _held_attachments(conn: Connection, names: list[str]) -> set[str]:
    have: set[str] = set()
    for chunk in _chunks(sorted(names)):
        have.update(r[0] for r in conn.execute(select(F.c.sha256).where(F.c.sha256.in_(chunk))))
    return have


def check_attachments(conn: Connection, records: list[Mapping], attachments: Mapping[str, bytes]) -> None:
    """Every attachment a record refers to arrives with it or is already held (bundle-format.md §8)."""
    wanted = {sha for sha in map(attachment_sha256, records) if sha is not None}
    missing = sorted(wanted - set(attachments) - _held_attachments(conn, sorted(wanted - set(attachments))))
    if missing:
        raise MergeRefused(f"{len(missing)} attachment(s) the records refer to are neither in the bundle nor "
                           f"held centrally ({', '.join(m[:12] + '…' for m in missing[:5])}); nothing merged")


def _merge_attachments(conn: Connection, attachments: Mapping[str, bytes], bundle_id: str) -> None:
    names = sorted(attachments)
    have = _held_attachments(conn, names)
    for name in names:
        if name not in have:
            data = attachments[name]  # read (and checked again) one at a time: they can be large
            conn.execute(insert(F).values(sha256=name, size=len(data), data=data, bundle_id=bundle_id))


def attachment_sha256(record: Mapping) -> str | None:
    """The file an `attachment` record version links to (its data.sha256), if it is one."""
    if record.get("entity") != "attachment" or record.get("deleted"):
        return None
    data = record.get("data")
    return data.get("sha256") if isinstance(data, dict) else None


def merged_file(engine: Engine, file_sha256: str) -> dict[str, Any] | None:
    """The ledger row of a bundle merged from exactly this file, with its receipt body, or None."""
    with engine.connect() as conn:
        row = conn.execute(select(B.c.bundle_id, B.c.signer_fp, B.c.record_count)
                           .where(B.c.file_sha256 == file_sha256)).mappings().first()
        if row is None:
            return None
        body = conn.execute(select(R.c.body).where(R.c.bundle_id == row["bundle_id"])).scalar_one_or_none()
    return {**row, "receipt": json.loads(body) if body else None}


# -- reading ----------------------------------------------------------------------------------------


def receipt_body(engine: Engine, bundle_id: str) -> dict[str, Any] | None:
    with engine.connect() as conn:
        body = conn.execute(select(R.c.body).where(R.c.bundle_id == bundle_id)).scalar_one_or_none()
    return json.loads(body) if body else None


def state(engine: Engine) -> dict[str, Any]:
    """Heads and open conflicts without provenance columns: equal for any arrival order of the same bundles."""
    with engine.connect() as conn:
        heads = [dict(r) for r in conn.execute(select(H).order_by(H.c.uuid)).mappings()]
        conflicts = [dict(r) for r in conn.execute(
            select(C.c.conflict_id, C.c.uuid, C.c.entity, C.c.inspection_uuid, C.c.kind, C.c.heads, C.c.provisional)
            .where(C.c.status == "open").order_by(C.c.conflict_id)).mappings()]
        versions = conn.execute(select(V.c.uuid, V.c.origin_device, V.c.rev, V.c.version_hash)
                                .order_by(V.c.uuid, V.c.origin_device, V.c.rev)).all()
    for h in heads:
        h["deleted"] = bool(h["deleted"])
    return {"heads": heads, "conflicts": conflicts, "versions": [tuple(v) for v in versions]}


def conflicts(engine: Engine, *, status: str | None = "open") -> list[dict[str, Any]]:
    q = select(C).order_by(C.c.detected_at, C.c.conflict_id)
    if status is not None:
        q = q.where(C.c.status == status)
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(q).mappings()]


def dump(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of every central table, for "nothing changed" checks."""
    out = {}
    with engine.connect() as conn:
        for table in (B, V, H, C, A, F, R, T):
            cols = list(table.c)
            out[table.name] = [tuple(r) for r in conn.execute(select(*cols).order_by(*table.primary_key.columns))]
    return out
