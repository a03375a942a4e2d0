"""Full-text index over record text (SQLite FTS5), kept in step with record heads by the services.

Tables not described by SQLModel metadata; `is_index_table` lets schema comparisons skip them.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlmodel import Session

TABLE = "search_index"


def is_index_table(name: str) -> bool:
    return name == TABLE or name.startswith(TABLE + "_")


# FTS5 cannot index its `uuid` column, so "DELETE ... WHERE uuid = ?" reads the whole table: at 100,000
# items that is tens of milliseconds on every autosaved keystroke. Each row's rowid is therefore derived
# from its uuid (top bit set, so it never meets the small rowids of rows written before this scheme):
# the delete is a rowid lookup. Two uuids with the same derived rowid (about one in 10^9 at 100,000
# items) take the next free rowids.
_DERIVED = 1 << 62
_PROBES = 8
_legacy_checked: set[str] = set()  # database files known to hold no row written before derived rowids


def _rowid(uuid: str) -> int:
    digits = "".join(c for c in uuid if c in "0123456789abcdefABCDEF")[:16] or "0"
    return _DERIVED | (int(digits, 16) & (_DERIVED - 1))


def _has_legacy_rows(session: Session) -> bool:
    key = str(session.get_bind().url.database)
    if key in _legacy_checked:
        return False
    found = session.execute(text(f"SELECT 1 FROM {TABLE} WHERE rowid < :d LIMIT 1"), {"d": _DERIVED}).first()
    if found is None:
        _legacy_checked.add(key)
    return found is not None


def put(session: Session, *, uuid: str, inspection_uuid: str | None, entity: str, body: str,
        new: bool = False) -> None:
    """Index `body` for `uuid`, replacing its earlier text. `new`: the record was just created (nothing
    to replace)."""
    if not new:
        remove(session, uuid)
    if not body:
        return
    rid = _rowid(uuid)
    for _ in range(_PROBES):
        if session.execute(text(f"SELECT 1 FROM {TABLE} WHERE rowid = :r"), {"r": rid}).first() is None:
            break
        rid += 1
    session.execute(text(f"INSERT INTO {TABLE}(rowid, uuid, inspection_uuid, entity, body) "
                         "VALUES (:r, :u, :i, :e, :b)"), {"r": rid, "u": uuid, "i": inspection_uuid, "e": entity,
                                                           "b": body})


def remove(session: Session, uuid: str) -> None:
    rid = _rowid(uuid)
    done = session.execute(text(f"DELETE FROM {TABLE} WHERE rowid >= :r AND rowid < :end AND uuid = :u"),
                           {"r": rid, "end": rid + _PROBES, "u": uuid})
    if done.rowcount:
        return
    if _has_legacy_rows(session):  # written before derived rowids: find it the slow way
        session.execute(text(f"DELETE FROM {TABLE} WHERE uuid = :u"), {"u": uuid})


def fts_query(user_text: str) -> str | None:
    """Plain words to an FTS5 query: every word must appear, each may be a prefix. No operators leak in."""
    words = re.findall(r"\w+", user_text, flags=re.UNICODE)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def matching_uuids(session: Session, inspection_uuid: str, user_text: str, entity: str | None = None) -> list[str]:
    query = fts_query(user_text)
    if query is None:
        return []
    sql = f"SELECT uuid FROM {TABLE} WHERE {TABLE} MATCH :q AND inspection_uuid = :i"
    params = {"q": query, "i": inspection_uuid}
    if entity is not None:
        sql += " AND entity = :e"
        params["e"] = entity
    return [r[0] for r in session.execute(text(sql + " ORDER BY rank"), params)]
