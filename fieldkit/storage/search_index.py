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


def put(session: Session, *, uuid: str, inspection_uuid: str | None, entity: str, body: str) -> None:
    session.execute(text(f"DELETE FROM {TABLE} WHERE uuid = :u"), {"u": uuid})
    if body:
        session.execute(text(f"INSERT INTO {TABLE}(uuid, inspection_uuid, entity, body) VALUES (:u, :i, :e, :b)"),
                        {"u": uuid, "i": inspection_uuid, "e": entity, "b": body})


def remove(session: Session, uuid: str) -> None:
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
