"""Full-text index over record text (SQLite FTS5), kept in step with record heads by the services.

Contentless FTS5 (`search_index`: a `scope` column of inspection and entity tokens, and the text)
keyed by integer document ids that `search_doc` maps to records. Counting hits and listing their ids
never reads stored text, and the evidence register's lines carry their id, so a search joins on
integers (migration 0007 explains the numbers). Neither table is described by SQLModel metadata;
`is_index_table` lets schema comparisons skip them.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlmodel import Session

TABLE = "search_index"
DOCS = "search_doc"


def is_index_table(name: str) -> bool:
    return name in (TABLE, DOCS) or name.startswith(TABLE + "_")


def scope(inspection_uuid: str | None, entity: str) -> str:
    """The scope column's text: one token (a phrase of two would make FTS5 compare positions on every
    hit). Migration 0007 builds the same in SQL."""
    return f"s{(inspection_uuid or '').lower().replace('-', '')}{entity.lower()}"


def doc_id(session: Session, uuid: str) -> int | None:
    return session.execute(text(f"SELECT id FROM {DOCS} WHERE uuid = :u"), {"u": uuid}).scalar_one_or_none()


def put(session: Session, *, uuid: str, inspection_uuid: str | None, entity: str, body: str,
        new: bool = False) -> int | None:
    """Index `body` for `uuid`, replacing its earlier text; the document id (the same for every edit of
    the record), or None when there is no text. `new`: the record was just created (nothing to replace)."""
    doc = None if new else doc_id(session, uuid)
    if doc is not None:
        session.execute(text(f"DELETE FROM {TABLE} WHERE rowid = :d"), {"d": doc})
        if not body:
            session.execute(text(f"DELETE FROM {DOCS} WHERE id = :d"), {"d": doc})
            return None
    if not body:
        return None
    if doc is None:
        doc = session.execute(text(f"INSERT INTO {DOCS} (uuid, inspection_uuid, entity) VALUES (:u, :i, :e)"),
                              {"u": uuid, "i": inspection_uuid, "e": entity}).lastrowid
    session.execute(text(f"INSERT INTO {TABLE} (rowid, scope, body) VALUES (:d, :s, :b)"),
                    {"d": doc, "s": scope(inspection_uuid, entity), "b": body})
    return doc


def remove(session: Session, uuid: str) -> None:
    doc = doc_id(session, uuid)
    if doc is not None:
        session.execute(text(f"DELETE FROM {TABLE} WHERE rowid = :d"), {"d": doc})
        session.execute(text(f"DELETE FROM {DOCS} WHERE id = :d"), {"d": doc})


def clear(session: Session, inspection_uuid: str, entity: str) -> None:
    """Drop an inspection's text of one entity (before a rebuild)."""
    params = {"i": inspection_uuid, "e": entity}
    session.execute(text(f"DELETE FROM {TABLE} WHERE rowid IN "
                         f"(SELECT id FROM {DOCS} WHERE inspection_uuid = :i AND entity = :e)"), params)
    session.execute(text(f"DELETE FROM {DOCS} WHERE inspection_uuid = :i AND entity = :e"), params)


def fts_query(user_text: str) -> str | None:
    """Plain words to an FTS5 query: every word must appear, each may be a prefix. No operators leak in."""
    words = re.findall(r"\w+", user_text, flags=re.UNICODE)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def match(user_text: str, inspection_uuid: str | None, entity: str) -> str | None:
    """The MATCH expression for `user_text` within one inspection's records of one entity."""
    words = fts_query(user_text)
    if words is None:
        return None
    return f'scope : "{scope(inspection_uuid, entity)}" AND body : ({words})'


def match_text(user_text: str) -> str | None:
    """The MATCH expression for `user_text` in any record: for a caller that restricts the hits itself
    (the register's lines belong to one inspection), half the work of `match`."""
    words = fts_query(user_text)
    return None if words is None else f"body : ({words})"


def count(session: Session, inspection_uuid: str, entity: str, user_text: str) -> int:
    expr = match(user_text, inspection_uuid, entity)
    if expr is None:
        return 0
    return int(session.execute(text(f"SELECT count(*) FROM {TABLE} WHERE {TABLE} MATCH :q"),
                               {"q": expr}).scalar_one())


def uuids_sql(param: str = "fts") -> str:
    """A SELECT of the uuids whose text matches the expression (from `match`) bound to `:param`."""
    return f"SELECT d.uuid FROM {TABLE} JOIN {DOCS} AS d ON d.id = {TABLE}.rowid WHERE {TABLE} MATCH :{param}"


def matching_uuids(session: Session, inspection_uuid: str, user_text: str, entity: str = "evidence") -> list[str]:
    """Best match first."""
    expr = match(user_text, inspection_uuid, entity)
    if expr is None:
        return []
    return list(session.execute(text(uuids_sql("q") + " ORDER BY rank"), {"q": expr}).scalars())
