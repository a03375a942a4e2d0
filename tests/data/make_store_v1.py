"""Generate tests/data/store-v1/: a FieldKit store at schema revision 0001, as an older laptop holds it.

The output is committed; run this only to rebuild it (it refuses to overwrite):

    .venv/bin/python tests/data/make_store_v1.py

Rows are inserted with raw SQL that matches the 0001 schema, not through today's models, so the
fixture keeps describing the old layout however the code moves on. Hashes are computed with the
project's own functions so that the audit chain and version hashes verify.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fieldkit.domain.audit_chain import GENESIS, event_hash  # noqa: E402
from fieldkit.domain.canonical import canonical_json, sha256_hex  # noqa: E402
from fieldkit.storage import keystore, migrate  # noqa: E402
from fieldkit.storage.db import checkpoint, make_engine, stamp_application_id  # noqa: E402
from fieldkit.storage.records import version_hash  # noqa: E402

OUT = Path(__file__).resolve().parent / "store-v1"
PASSPHRASE = "fixture passphrase 0001"
FAST_KDF = keystore.KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
DEVICE = "5f0c2a4e-7b1d-4c39-9a51-000100000001"
AUTHOR = "Gwenllïan Inspector"
INSPECTION = "a1b2c3d4-0000-4000-8000-000000000001"

# (uuid, entity, inspection, [data per rev; None = tombstone])
RECORDS = [
    ("00000000-0000-4000-8000-00000000000a", "inspection", None,
     [{"title": "Cafcass Cymru, De Cymru", "framework_id": "ciw-2018"}]),
    ("00000000-0000-4000-8000-00000000000b", "note", INSPECTION,
     [{"text": "First reading of case file 12"}, {"text": "Reading of case file 12: plan on file, dŵr"}]),
    ("00000000-0000-4000-8000-00000000000c", "note", INSPECTION,
     [{"text": "Observation, duty desk"}, None]),
    ("00000000-0000-4000-8000-00000000000d", "interview", INSPECTION,
     [{"role": "service manager", "summary": "Caseloads at 22 on average"}]),
]


def main() -> int:
    if OUT.exists() and any(OUT.iterdir()):
        print(f"{OUT} exists; delete it first to regenerate", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    db = OUT / "fieldkit.db"
    dek = keystore.create_key_file(OUT / "fieldkit.key.json", PASSPHRASE, FAST_KDF)
    engine = make_engine(db, dek)
    migrate.upgrade(engine, db_label=db, target="0001")
    stamp_application_id(engine)

    wall = 1763800000000
    events: list[dict] = []

    def audit(conn, **ev) -> None:
        ev["seq"] = len(events) + 1
        ev["prev_hash"] = events[-1]["hash"] if events else GENESIS
        ev["hash"] = event_hash(ev)
        events.append(ev)
        conn.exec_driver_sql(
            "INSERT INTO audit_event (seq, at, actor, action, entity, uuid, rev, version_hash, prev_hash, "
            "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (ev["seq"], ev["at"], ev["actor"], ev["action"], ev["entity"], ev["uuid"], ev["rev"],
             ev["version_hash"], ev["prev_hash"], ev["hash"]))

    with engine.begin() as conn:
        for key, value in (("device_id", DEVICE), ("user.display_name", AUTHOR),
                           ("created_at", "2025-11-22T09:00:00+00:00")):
            conn.exec_driver_sql("INSERT INTO setting (key, value) VALUES (?, ?)", (key, json.dumps(value)))
        audit(conn, at="2025-11-22T09:00:00.000+00:00", actor=AUTHOR, action="store-created", entity="store",
              uuid=DEVICE, rev=None, version_hash=None)
        for uuid, entity, inspection, revs in RECORDS:
            for i, data in enumerate(revs):
                wall += 1000
                rev = i + 1
                hlc = f"{wall:013d}-00000-{DEVICE}"
                at = f"2025-11-22T09:{wall // 1000 % 60:02d}:00.000+00:00"
                text = canonical_json(data) if data is not None else None
                base_rev = rev - 1 if rev > 1 else None
                fields = {"uuid": uuid, "entity": entity, "rev": rev, "base_rev": base_rev,
                          "hlc": hlc, "origin_device": DEVICE, "author": AUTHOR, "deleted": data is None,
                          "data_sha256": sha256_hex(text.encode()) if text is not None else None}
                vhash = version_hash(fields)
                conn.exec_driver_sql(
                    "INSERT INTO record_version (uuid, origin_device, rev, base_rev, entity, "
                    "inspection_uuid, hlc, author, deleted, data, data_sha256, version_hash) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (uuid, DEVICE, rev, base_rev, entity, inspection, hlc, AUTHOR, int(data is None), text,
                     fields["data_sha256"], vhash))
                conn.exec_driver_sql("DELETE FROM record_head WHERE uuid = ?", (uuid,))
                conn.exec_driver_sql(
                    "INSERT INTO record_head (uuid, entity, inspection_uuid, rev, origin_device, hlc, "
                    "author, deleted, data, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (uuid, entity, inspection, rev, DEVICE, hlc, AUTHOR, int(data is None), text, at))
                action = "create" if rev == 1 else ("delete" if data is None else "update")
                audit(conn, at=at, actor=AUTHOR, action=action, entity=entity, uuid=uuid, rev=rev,
                      version_hash=vhash)
    checkpoint(engine)
    engine.dispose()
    for side in ("fieldkit.db-wal", "fieldkit.db-shm"):
        (OUT / side).unlink(missing_ok=True)
    print(f"wrote {OUT}: revision 0001, {len(events)} audit events")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
