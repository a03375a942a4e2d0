"""Bundles at scale: 100,000 record versions plus 200 MB of attachments (issue 5).

    .venv/bin/python -m bench --only bundles          (or: python -m bench.bundles [--records N] [--mb M])

Set-up (not timed): an encrypted store with N record versions (80 % new records, 20 % second versions,
1 in 800 an attachment link) and M MB of incompressible attachments (photos and scans are already
compressed), inserted directly with the store's own hashing so that it takes seconds, not minutes.

Timed, each against a baseline measured in the same run, interleaved:
- export: `ExportService.write` of the whole inspection to a plain bundle (reading the attachments out of
  SQLCipher, serialising and hashing the record lines, deflating them, signing, fsync) against zipping
  and hashing the very same member bytes from memory into a file in the same folder (target: ratio <= 2);
- merge into SQLite: `storage.central.merge_bundle` of the verified bundle into an empty central file,
  against a bare `executemany` of exactly the rows that merge writes (versions, heads, audit events,
  attachments, ledger and receipt rows, taken from a warm-up merge) into the same empty tables in one
  transaction (target: at least 30 % of its speed, i.e. ratio <= 3.33); verification is reported beside;
- merge into PostgreSQL (a throwaway server with fsync on): the same, reported;
- merging the same bundle again (`CentralService.merge_file`, the whole command) against the first full
  merge of it (verify + merge) (target: ratio <= 0.05).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
import zipfile
from pathlib import Path

from sqlalchemy import insert

from bench.stats import Result, Summary
from fieldkit.domain.audit_chain import GENESIS, event_hash
from fieldkit.domain.canonical import canonical_json, sha256_hex
from fieldkit.domain.hlc import HybridClock
from fieldkit.exchange import canonical
from fieldkit.exchange.receipt import build_receipt
from fieldkit.exchange.verify import verify_bundle
from fieldkit.paths import AppPaths
from fieldkit.services.central import CentralService, file_sha256
from fieldkit.services.container import Services
from fieldkit.services.export import ExportService
from fieldkit.services.store import LocalStore
from fieldkit.storage import central as central_store
from fieldkit.storage.keystore import KdfParams
from fieldkit.storage.records import version_hash
from fieldkit.storage.tables import AttachmentBlob, AuditEvent, RecordHead, RecordVersion

PASSPHRASE = "benchmark passphrase, long enough to pass"
_SETUP_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
EXPORT_TARGET = 2.0
MERGE_TARGET = 1 / 0.30
REMERGE_TARGET = 0.05
WORDS = ("plentyn", "ŵyn", "teulu", "supervision", "analysis", "voice", "wishes", "feelings", "plan", "report",
         "court", "hearing", "Welsh", "Cymraeg", "cae", "direct", "work", "recording")


def _no_findings(text: str):
    return ()


# -- set-up ------------------------------------------------------------------------------------------


def build_store(root: Path, versions: int, attachment_mb: int) -> tuple[Services, str, dict]:
    store = LocalStore(AppPaths.under(root / "laptop")).create(PASSPHRASE, display_name="Bench Inspector",
                                                               params=_SETUP_KDF)
    services = Services.over(store)
    services.keys.set_inspector_id("INS-BENCH")
    insp = services.inspections.create(title="Bench", inspected_body="Cafcass Cymru", framework_id="ciw-2018")
    rng = random.Random(5)
    clock = HybridClock(store.device_id)
    n_files = max(1, attachment_mb // 2)
    blobs = [rng.randbytes(attachment_mb * 1024 * 1024 // n_files) for _ in range(n_files)]
    shas = [sha256_hex(b) for b in blobs]
    rows, heads, events = [], {}, []
    prev, seq = GENESIS, 0
    records = versions * 4 // 5
    link_every = max(1, records // n_files)
    now = "2026-11-24T10:00:00.000+00:00"

    def add(uuid: str, entity: str, rev: int, data: dict) -> None:
        nonlocal prev, seq
        text = canonical_json(data)
        fields = {"uuid": uuid, "entity": entity, "rev": rev, "base_rev": rev - 1 if rev > 1 else None,
                  "hlc": clock.tick().encode(), "origin_device": store.device_id, "author": "Bench Inspector",
                  "deleted": False, "data_sha256": sha256_hex(text.encode())}
        vhash = version_hash(fields)
        rows.append({**fields, "inspection_uuid": insp, "data": text, "version_hash": vhash, "acknowledged_by": None,
                     "parents": "[]", "data_schema": 1})
        heads[uuid] = {"uuid": uuid, "entity": entity, "inspection_uuid": insp, "rev": rev,
                       "origin_device": store.device_id, "hlc": fields["hlc"], "author": "Bench Inspector",
                       "deleted": False, "data": text, "updated_at": now}
        seq += 1
        event = {"seq": seq, "at": now, "actor": "Bench Inspector", "action": "create" if rev == 1 else "update",
                 "entity": entity, "uuid": uuid, "rev": rev, "version_hash": vhash, "prev_hash": prev}
        event["hash"] = prev = event_hash(event)
        events.append(event)

    uuids = [f"bench-{i:07d}" for i in range(records)]
    for i, uuid in enumerate(uuids):
        if i % link_every == 0 and i // link_every < n_files:
            k = i // link_every
            add(uuid, "attachment", 1, {"evidence": uuids[0], "sha256": shas[k], "file_name": f"scan-{k:03d}.jpg",
                                        "media_type": "image/jpeg", "size": len(blobs[k])})
        else:
            add(uuid, "note", 1, {"n": i, "text": " ".join(rng.choice(WORDS) for _ in range(60))})
    for i in range(versions - records):
        add(uuids[i * 4 + 1], "note", 2, {"n": i, "text": " ".join(rng.choice(WORDS) for _ in range(60)) + " +"})
    with store.records.transaction() as s:
        last = s.execute(AuditEvent.__table__.select().order_by(AuditEvent.seq.desc()).limit(1)).mappings().first()
        base_seq, prev_hash = last["seq"], last["hash"]
        # Re-chain our events after the store's own (store created, inspection created, framework pinned...).
        chained, p = [], prev_hash
        for e in events:
            e = {**e, "seq": e["seq"] + base_seq, "prev_hash": p}
            e.pop("hash")
            e["hash"] = p = event_hash(e)
            chained.append(e)
        for start in range(0, len(rows), 5000):
            s.execute(insert(RecordVersion.__table__), rows[start:start + 5000])
        head_rows = list(heads.values())
        for start in range(0, len(head_rows), 5000):
            s.execute(insert(RecordHead.__table__), head_rows[start:start + 5000])
        for start in range(0, len(chained), 5000):
            s.execute(insert(AuditEvent.__table__), chained[start:start + 5000])
        for sha, blob in zip(shas, blobs, strict=True):
            s.execute(insert(AttachmentBlob.__table__).values(sha256=sha, size=len(blob), data=blob, added_at=now))
    return services, insp, {"versions": len(rows) + 1, "attachments": n_files,
                            "attachment_bytes": sum(len(b) for b in blobs)}


# -- helpers -----------------------------------------------------------------------------------------


def _timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def _zip_and_hash(members: dict[str, bytes], out: Path) -> None:
    """The baseline: the same member bytes, hashed and zipped as the format wants, fsynced."""
    with open(out, "wb") as f:
        with zipfile.ZipFile(f, "w") as zf:
            for name in sorted(members):
                data = members[name]
                hashlib.sha256(data).hexdigest()
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_STORED if name.startswith("payload/attachments/") \
                    else zipfile.ZIP_DEFLATED
                zf.writestr(info, data, compresslevel=6)
        f.flush()
        os.fsync(f.fileno())


MERGED_TABLES = ("central_version", "central_head", "central_audit_event", "central_attachment", "ingested_bundle",
                 "receipt")


def _merged_rows(url: str) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every row a merge of the bundle wrote, table by table: what the bare baseline inserts."""
    engine = central_store.make_central_engine(url)
    try:
        with engine.connect() as conn:
            out = {}
            for name in MERGED_TABLES:
                table = central_store.CentralVersion.metadata.tables[name]
                cols = [c.name for c in table.c]
                out[name] = (cols, [tuple(r) for r in conn.execute(table.select())])
            return out
    finally:
        engine.dispose()


def _bare_sqlite(db: Path, rows: dict[str, tuple[list[str], list[tuple]]]) -> float:
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for name, (cols, values) in rows.items():
            conn.executemany(f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", values)
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


def _bare_postgres(dsn: str, rows: dict[str, tuple[list[str], list[tuple]]]) -> float:
    import psycopg

    with psycopg.connect(dsn) as conn:
        start = time.perf_counter()
        with conn.cursor() as cur:
            for name, (cols, values) in rows.items():
                cur.executemany(f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join(['%s'] * len(cols))})",
                                values)
        conn.commit()
        return time.perf_counter() - start


def _central(url: str, services: Services, root: Path) -> CentralService:
    central = CentralService(url, max_bundle_size=1024 * 1024 * 1024)
    central.init()
    pub = root / "bench.pub"
    if not pub.exists():
        services.keys.export_public(pub)
    central.trust_key(pub)
    return central


def _merge_once(central: CentralService, path: Path, trusted: dict) -> tuple[float, float]:
    """(verify seconds, merge seconds): what merge_file does, phase by phase."""
    t_verify, bundle = _timed(lambda: (file_sha256(path), verify_bundle(path, trusted_keys=trusted,
                                                                         max_total_size=1024 * 1024 * 1024)))
    digest, verified = bundle
    with verified:
        t_merge, _ = _timed(lambda: central_store.merge_bundle(
            central.engine, manifest=verified.manifest, manifest_sha256=verified.manifest_sha256,
            records=verified.records, audit_events=verified.audit_events, attachments=verified.attachments,
            make_receipt=build_receipt, file_sha256=digest, data_texts=verified.data_texts))
    return t_verify, t_merge


def _result(metric: str, measured: list[float], baseline: list[float], label: str, target: float | None,
            note: str = "") -> Result:
    ratios = [m / b for m, b in zip(measured, baseline, strict=True)]
    return Result(metric, "s", Summary.of(measured), Summary.of(baseline), label, statistics.median(ratios),
                  note or "median of pair ratios (measured / baseline)", "ratio", target)


# -- the measurement ---------------------------------------------------------------------------------


def measure(tmp_root: Path, *, versions: int = 100_000, attachment_mb: int = 200, pairs: int = 3,
            postgres: bool = True) -> list[Result]:
    root = Path(tempfile.mkdtemp(prefix="fk-bundles-", dir=tmp_root))
    results: list[Result] = []
    services = None
    try:
        t_setup, (services, insp, sizes) = _timed(lambda: build_store(root, versions, attachment_mb))
        export = ExportService(services.store, services.keys, scanner=("none", _no_findings))
        t_plan, plan = _timed(lambda: export.plan(insp, include_all=True))
        key = services.keys.signing_key()
        trusted = {key.fingerprint: key.public_key}
        out = root / "usb"
        out.mkdir()
        # The baseline's bytes: exactly the members the export writes, from memory.
        first = export.write(plan, out / "first.fkb", encrypt=False, accept_privacy_report=True)
        with verify_bundle(first.path, trusted_keys=trusted, max_total_size=1024 * 1024 * 1024) as b:
            members = {"payload/records.jsonl": canonical.jsonl(b.records),
                       "payload/audit.jsonl": canonical.jsonl(b.audit_events)}
            members.update({f"payload/attachments/{sha}": b.attachments[sha] for sha in b.attachments})
        bundle_size = first.path.stat().st_size
        exports, zips = [], []
        for i in range(pairs):
            for which in ((0, 1) if i % 2 == 0 else (1, 0)):  # interleaved, alternating which goes first
                if which == 0:
                    target = out / f"export-{i}.fkb"
                    start = time.perf_counter()
                    export.write(plan, target, encrypt=False, accept_privacy_report=True)
                    exports.append(time.perf_counter() - start)
                else:
                    target = out / f"zip-{i}.zip"
                    start = time.perf_counter()
                    _zip_and_hash(members, target)
                    zips.append(time.perf_counter() - start)
                target.unlink()
        members.clear()
        start = time.perf_counter()
        export.write(plan, out / "sealed.fkb.enc", encrypt=True, accept_privacy_report=True)
        t_sealed = time.perf_counter() - start
        r = _result("bundle export (ExportService.write, plain)", exports, zips,
                    "zipfile + sha256 of the same member bytes from memory, same compression, fsync", EXPORT_TARGET)
        mb = sizes["attachment_bytes"] / 1024 / 1024
        r.notes += [f"{sizes['versions']:,} record versions, {sizes['attachments']} attachments ({mb:.0f} MB); "
                    f"bundle {bundle_size / 1024 / 1024:.0f} MB; set-up {t_setup:.1f} s",
                    f"plan (reading the versions, no privacy scan) {t_plan:.2f} s; encrypted export "
                    f"{t_sealed:.2f} s (HPKE is one-shot: the ZIP is assembled in memory)"]
        results.append(r)

        warm = _central(str(root / "warm-up.sqlite"), services, root)  # also the rows the baseline inserts
        _merge_once(warm, first.path, trusted)
        warm.close()
        rows = _merged_rows(str(root / "warm-up.sqlite"))
        merges, verifies, bares, again, full = [], [], [], [], []
        for i in range(pairs):
            bare_db = root / f"bare-{i}.sqlite"
            central_store.init_central(str(bare_db))
            central = _central(str(root / f"central-{i}.sqlite"), services, root)
            try:
                for which in ((0, 1) if i % 2 == 0 else (1, 0)):
                    if which == 0:
                        bares.append(_bare_sqlite(bare_db, rows))
                    else:
                        t_verify, t_merge = _merge_once(central, first.path, trusted)
                        verifies.append(t_verify)
                        merges.append(t_merge)
                full.append(verifies[-1] + merges[-1])
                start = time.perf_counter()
                res = central.merge_file(first.path)
                again.append(time.perf_counter() - start)
                assert res.ok and res.outcome.status == "already-ingested", res.error
            finally:
                central.close()
                for p in root.glob(f"*-{i}.sqlite*"):
                    p.unlink()
        r = _result("bundle merge into SQLite (merge_bundle)", merges, bares,
                    "stdlib sqlite3 executemany of exactly the rows the merge writes (versions, heads, audit "
                    "events, attachments, ledger, receipt), one transaction, WAL + synchronous=FULL", MERGE_TARGET,
                    "median of pair ratios; <= 3.33 means at least 30 % of executemany's speed")
        r.notes.append(f"verification before it (hash every member, parse and check every line): median "
                       f"{statistics.median(verifies):.2f} s; verify + merge {statistics.median(full):.2f} s "
                       f"= {statistics.median(full) / statistics.median(bares):.2f} x the bare executemany")
        results.append(r)
        results.append(_result("merge the same bundle again (CentralService.merge_file)", again, full,
                               "the first full merge of it (verify + merge), same central file", REMERGE_TARGET))
        if postgres:
            results.append(_postgres(services, first.path, trusted, rows, root, pairs))
        return results
    finally:
        if services is not None:
            services.store.close()
        shutil.rmtree(root, ignore_errors=True)


def _postgres(services, path: Path, trusted: dict, rows, root: Path, pairs: int) -> Result:
    from bench.pg_server import PostgresServer

    try:
        server = PostgresServer(prefix="fieldkit-bench-pg-", database_prefix="bench_")
    except RuntimeError as exc:
        return Result("bundle merge into PostgreSQL (merge_bundle)", "s", error=str(exc))
    try:
        merges, bares, verifies = [], [], []
        for i in range(pairs):
            central_db, bare_db = server.new_database(), server.new_database()
            central_store.init_central(server.url(bare_db))
            central = _central(server.url(central_db), services, root)
            try:
                for which in ((0, 1) if i % 2 == 0 else (1, 0)):
                    if which == 0:
                        bares.append(_bare_postgres(server.dsn(bare_db), rows))
                    else:
                        t_verify, t_merge = _merge_once(central, path, trusted)
                        verifies.append(t_verify)
                        merges.append(t_merge)
            finally:
                central.close()
        r = _result("bundle merge into PostgreSQL (merge_bundle)", merges, bares,
                    "psycopg executemany of exactly the rows the merge writes, one transaction", None,
                    "median of pair ratios; reported, no target")
        r.notes.append(f"local throwaway server, fsync on; verification before it {statistics.median(verifies):.2f} s")
        return r
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bundles", description=__doc__)
    parser.add_argument("--records", type=int, default=100_000, help="record versions (default 100,000)")
    parser.add_argument("--mb", type=int, default=200, help="MB of attachments (default 200)")
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--tmp", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args(argv)
    from bench.__main__ import table

    results = measure(args.tmp, versions=args.records, attachment_mb=args.mb, pairs=args.pairs,
                      postgres=not args.no_postgres)
    print(table(results))
    print(json.dumps([r.to_json() for r in results], indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
