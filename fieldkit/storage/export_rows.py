"""Record versions and audit events read the way the exporter wants them: in one plain query each, with
the canonical `data` text exactly as stored.

The store writes `data` as canonical JSON and hashes that very text into `data_sha256`, so the bundle
writer can splice it into a record line (after checking the hash) instead of serialising it again; and
reading 100,000 rows as plain tuples instead of ORM objects is most of an export's reading time.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Engine

from fieldkit.domain.audit_chain import FIELDS as AUDIT_FIELDS
from fieldkit.storage.records import Version, parse_parents

_VERSION_COLUMNS = ("uuid, entity, rev, base_rev, origin_device, hlc, author, deleted, data, data_sha256, "
                    "version_hash, inspection_uuid, parents, data_schema, acknowledged_by")


def versions(engine: Engine, inspection_uuid: str) -> list[tuple[Version, str | None, bool]]:
    """Every version of the inspection as (version, its data as stored, acknowledged by a receipt)."""
    sql = f"SELECT {_VERSION_COLUMNS} FROM record_version WHERE inspection_uuid = ?"
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(sql, (inspection_uuid,)).cursor.fetchall()
    out = []
    for (uuid, entity, rev, base_rev, device, hlc, author, deleted, data, data_sha, vhash, insp, parents, schema,
         acked) in rows:
        version = Version(uuid, entity, rev, base_rev, device, hlc, author, bool(deleted),
                          json.loads(data) if data else None, data_sha, vhash, insp, parse_parents(parents), schema)
        out.append((version, data, acked is not None))
    return out


def audit_events(engine: Engine, *, after_seq: int = 0) -> list[dict[str, Any]]:
    """The audit log after `after_seq`, oldest first, as plain dicts of its ten fields."""
    names = (*AUDIT_FIELDS, "hash")
    sql = f"SELECT {', '.join(names)} FROM audit_event WHERE seq > ? ORDER BY seq"
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(sql, (after_seq,)).cursor.fetchall()
    return [dict(zip(names, row, strict=True)) for row in rows]
