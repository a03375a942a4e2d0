"""The evidence register's denormalised lines (`evidence_index`, `evidence_criterion`) and its queries.

Derived from evidence record heads; the evidence service writes a line in the same transaction as the
record edit. Filters, sorting and paging run on indexed columns, and the full-text filter is a
subquery on the FTS5 `search_index`, so nothing here parses record JSON.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import (
    Integer,
    Select,
    String,
    case,
    cast,
    column,
    delete,
    exists,
    func,
    insert,
    literal_column,
    select,
    table,
    text,
    update,
)
from sqlmodel import Session

from fieldkit.domain.framework import Framework, framework_from_json
from fieldkit.storage import search_index
from fieldkit.storage.records import Head
from fieldkit.storage.tables import EvidenceCriterion, EvidenceIndex, FrameworkVersion, RecordHead, RecordVersion

FLAGS = ("good_practice", "safeguarding", "nominated")
SORTS = ("evidence_date", "updated_at", "type", "title", "author", "site", "corroboration", "flags")


@dataclass(frozen=True)
class Line:
    uuid: str
    inspection_uuid: str
    type_code: str
    title: str
    evidence_date: str | None
    author: str
    site_uuid: str | None
    criteria: tuple[str, ...]
    good_practice: bool
    safeguarding: bool
    nominated: bool
    corroboration: str | None
    updated_at: str
    hlc: str
    deleted: bool


@dataclass(frozen=True)
class Criteria:
    """What the register is filtered by; None means "any"."""

    type_code: str | None = None
    author: str | None = None
    site_uuid: str | None = None
    criterion: str | None = None
    flag: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    search: str | None = None
    deleted: bool = False


def put(session: Session, line: Line, *, search_rowid: int | None = None) -> None:
    """Write one line (replacing the old one) and its criterion tags: plain statements, no ORM objects,
    because every autosaved keystroke of an evidence item comes through here. `search_rowid`: the id of
    the line's text in the search index (`search_index.put`), None when it has none."""
    values = dict(search_rowid=search_rowid,
                  uuid=line.uuid, inspection_uuid=line.inspection_uuid, type_code=line.type_code, title=line.title,
                  evidence_date=line.evidence_date, author=line.author, site_uuid=line.site_uuid,
                  criteria=json.dumps(list(line.criteria), ensure_ascii=False), good_practice=line.good_practice,
                  safeguarding=line.safeguarding, nominated=line.nominated, corroboration=line.corroboration,
                  updated_at=line.updated_at, hlc=line.hlc, deleted=line.deleted)
    E, C = EvidenceIndex.__table__, EvidenceCriterion.__table__  # type: ignore[attr-defined]
    done = session.execute(update(E).where(E.c.uuid == line.uuid).values(**values))
    if done.rowcount == 0:
        session.execute(insert(E).values(**values))
    old = set(session.execute(select(C.c.code).where(C.c.evidence_uuid == line.uuid)).scalars())
    new = set() if line.deleted else set(line.criteria)  # tags of live items only: counted without a join
    if old - new:
        session.execute(delete(C).where(C.c.evidence_uuid == line.uuid, C.c.code.in_(old - new)))
    if new & old:  # the tags' copy of the date follows the line's
        session.execute(update(C).where(C.c.evidence_uuid == line.uuid,
                                        C.c.evidence_date.is_distinct_from(line.evidence_date))
                        .values(evidence_date=line.evidence_date))
    if new - old:
        session.execute(insert(C), [{"evidence_uuid": line.uuid, "code": code, "inspection_uuid": line.inspection_uuid,
                                     "evidence_date": line.evidence_date} for code in sorted(new - old)])


def mark_deleted(session: Session, uuid: str, *, deleted: bool, updated_at: str, hlc: str) -> None:
    """Tombstone a line (restoring goes through `put`); its criterion tags go with it."""
    E, C = EvidenceIndex.__table__, EvidenceCriterion.__table__  # type: ignore[attr-defined]
    # A tombstone's text leaves the search index, and its id may be given to a later item's text.
    gone = {"search_rowid": None} if deleted else {}
    session.execute(update(E).where(E.c.uuid == uuid).values(deleted=deleted, updated_at=updated_at, hlc=hlc,
                                                             **gone))
    if deleted:
        session.execute(delete(C).where(C.c.evidence_uuid == uuid))


def drop_tags_of_deleted(session: Session, inspection_uuid: str) -> int:
    """Criterion tags of tombstoned lines, left by versions before tags were kept for live items only."""
    E, C = EvidenceIndex.__table__, EvidenceCriterion.__table__  # type: ignore[attr-defined]
    dead = select(E.c.uuid).where(E.c.inspection_uuid == inspection_uuid, E.c.deleted == True)  # noqa: E712
    if session.execute(select(C.c.code).where(C.c.evidence_uuid.in_(dead)).limit(1)).first() is None:
        return 0
    return session.execute(delete(C).where(C.c.evidence_uuid.in_(dead))).rowcount


def clear(session: Session, inspection_uuid: str) -> None:
    search_index.clear(session, inspection_uuid, "evidence")
    session.execute(delete(EvidenceCriterion).where(EvidenceCriterion.inspection_uuid == inspection_uuid))  # type: ignore[arg-type]
    session.execute(delete(EvidenceIndex).where(EvidenceIndex.inspection_uuid == inspection_uuid))  # type: ignore[arg-type]


def is_stale(session: Session, inspection_uuid: str, entity: str) -> bool:
    """True when the lines do not match the heads (records merged in from elsewhere, or never indexed).

    Compares the numbers of heads and lines, and the newest head's clock with its line's: both from
    indexes, so a check at open costs milliseconds at 100,000 items, not a pass over every row."""
    heads = session.execute(select(func.count()).select_from(RecordHead).where(
        RecordHead.inspection_uuid == inspection_uuid, RecordHead.entity == entity)).scalar_one()  # type: ignore[arg-type]
    lines = session.execute(select(func.count()).select_from(EvidenceIndex).where(
        EvidenceIndex.inspection_uuid == inspection_uuid)).scalar_one()  # type: ignore[arg-type]
    if heads != lines:
        return True
    if not heads:
        return False
    # "+": walk the clock index from the newest head down to this inspection's first one, rather than
    # collect all of its heads and sort them.
    newest = session.execute(select(RecordHead.uuid, RecordHead.hlc).where(
        literal_column("+record_head.inspection_uuid") == inspection_uuid,
        literal_column("+record_head.entity") == entity)
        .order_by(RecordHead.hlc.desc()).limit(1)).one()  # type: ignore[attr-defined]
    line = session.execute(select(EvidenceIndex.hlc).where(EvidenceIndex.uuid == newest.uuid)).scalar_one_or_none()  # type: ignore[arg-type]
    return line != newest.hlc


_HITS = table("fk_search_hits", column("uuid", String), schema="temp")
# Below this many search hits the page is read hit by hit (primary key) and sorted; above it, in the
# index's order until a page is full.
_FEW_HITS = 5000


def _search_ids(inspection_uuid: str, user_text: str):
    """The search's hits as document ids (no stored text is read), or None when the text has no words."""
    expr = search_index.match_text(user_text)  # the lines it filters are the inspection's already
    if expr is None:
        return None
    return (text(f"SELECT rowid FROM {search_index.TABLE} WHERE {search_index.TABLE} MATCH :fts")
            .bindparams(fts=expr).columns(column("rowid", Integer)))


def _filtered(q: Select, inspection_uuid: str, c: Criteria, *, hits: bool = False,
              by_id: bool = False, walk: bool = False) -> Select:
    """`hits`: the few lines the search and criterion match are in temp.fk_search_hits already
    (`page_and_count`), so each is looked up by id.
    `by_id` (implied by `hits`): the lines are reached by id, so the "+" keeps SQLite from using the
    register's indexes, which all start with the inspection, rather than walking every line.
    `walk`: the lines are read in an index's order until a page is full, so the criterion is a lookup
    per line (its primary key) rather than a list of every tagged item built first."""
    E = EvidenceIndex
    if hits or by_id:
        q = q.where(literal_column("+evidence_index.inspection_uuid") == inspection_uuid,
                    literal_column("+evidence_index.deleted") == c.deleted)
    else:
        q = q.where(E.inspection_uuid == inspection_uuid, E.deleted == c.deleted)  # type: ignore[arg-type]
    if c.type_code:
        q = q.where(E.type_code == c.type_code)  # type: ignore[arg-type]
    if c.author:
        q = q.where(E.author == c.author)  # type: ignore[arg-type]
    if c.site_uuid:
        q = q.where(E.site_uuid == c.site_uuid)  # type: ignore[arg-type]
    if c.flag:
        if c.flag not in FLAGS:
            raise ValueError(f"unknown flag {c.flag!r}: one of {', '.join(FLAGS)}")
        q = q.where(getattr(E, c.flag) == True)  # noqa: E712
    if c.date_from:
        q = q.where(E.evidence_date >= c.date_from)  # type: ignore[operator]
    if c.date_to:
        q = q.where(E.evidence_date <= c.date_to)  # type: ignore[operator]
    if c.criterion and walk:
        C = EvidenceCriterion
        q = q.where(exists().where(C.evidence_uuid == E.uuid, C.code == c.criterion))  # type: ignore[arg-type]
    elif c.criterion and not hits:
        q = q.where(E.uuid.in_(select(EvidenceCriterion.evidence_uuid).where(  # type: ignore[attr-defined]
            EvidenceCriterion.inspection_uuid == inspection_uuid, EvidenceCriterion.code == c.criterion)))  # type: ignore[arg-type]
    if hits:
        q = q.where(E.uuid.in_(select(_HITS.c.uuid)))  # type: ignore[attr-defined]
    elif c.search is not None and c.search.strip():
        ids = _search_ids(inspection_uuid, c.search)
        if ids is None:  # punctuation only: matches nothing, like an unknown word
            return q.where(False)  # type: ignore[arg-type]
        q = q.where(E.search_rowid.in_(ids))  # type: ignore[union-attr]
    return q


def count(session: Session, inspection_uuid: str, c: Criteria) -> int:
    q = _filtered(select(func.count()).select_from(EvidenceIndex), inspection_uuid, c)
    return int(session.execute(q).scalar_one())


_COLUMNS = ("uuid", "inspection_uuid", "type_code", "title", "evidence_date", "author", "site_uuid", "criteria",
            "good_practice", "safeguarding", "nominated", "corroboration", "updated_at", "hlc", "deleted")


def _ordered(inspection_uuid: str, c: Criteria, sort: str, descending: bool, site_names, type_labels,
             *extra, hits: bool = False, walk: bool = False) -> Select:
    E = EvidenceIndex
    if sort not in SORTS:
        raise ValueError(f"cannot sort by {sort!r}: one of {', '.join(SORTS)}")
    key: Any
    if sort == "type":
        key = case(dict(type_labels or {}), value=E.type_code, else_=E.type_code)
    elif sort == "site":
        key = case(dict(site_names or {}), value=E.site_uuid, else_="") if site_names else E.site_uuid
    elif sort == "flags":  # safeguarding first, then good practice, then nominated (descending)
        key = (cast(E.safeguarding, Integer) * 4 + cast(E.good_practice, Integer) * 2
               + cast(E.nominated, Integer))
    else:
        key = getattr(E, sort)
    order = [key.desc() if descending else key.asc(), E.uuid.desc() if descending else E.uuid.asc()]  # type: ignore[attr-defined]
    # Plain columns, not ORM objects: a register page is read on every keystroke.
    q = select(*(getattr(E, name) for name in _COLUMNS), *extra)
    return _filtered(q, inspection_uuid, c, hits=hits, walk=walk).order_by(*order)


def query(session: Session, inspection_uuid: str, c: Criteria, *, sort: str = "evidence_date",
          descending: bool = True, offset: int = 0, limit: int = 200,
          site_names: Mapping[str, str] | None = None, type_labels: Mapping[str, str] | None = None) -> list[Line]:
    q = _ordered(inspection_uuid, c, sort, descending, site_names, type_labels)
    q = q.offset(max(0, offset)).limit(max(0, limit))
    return [_tuple_line(r) for r in session.execute(q)]


REGISTER_CACHE_KIB = 48 * 1024


def keep_register_in_memory(session: Session) -> None:
    """A page cache on this connection big enough for the register's lines and tags at 100,000 items
    (about 40 MB), so the passes over them on each keystroke are not decrypted from disk every time.
    SQLCipher's default is 2 MB; only the connections that read the register grow."""
    session.execute(text(f"PRAGMA cache_size = -{REGISTER_CACHE_KIB}"))


def page_and_count(session: Session, inspection_uuid: str, c: Criteria, *, sort: str = "evidence_date",
                   descending: bool = True, limit: int = 200, site_names: Mapping[str, str] | None = None,
                   type_labels: Mapping[str, str] | None = None) -> tuple[list[Line], int]:
    """The first page and the number of matching lines: what the register needs on every keystroke.

    A search and a criterion are counted first, from FTS5 and the tag index alone. Few hits are
    matched into a temporary table on this connection, then looked up by id and sorted; many are
    read in the sort's index order, each line checked against the hits, until a page is full, and
    when nothing else filters them their count is the one already read. Nothing is written to the store."""
    searching = c.search is not None and bool(c.search.strip())
    if not searching and not c.criterion:
        q = _ordered(inspection_uuid, c, sort, descending, site_names, type_labels)
        rows = [_tuple_line(r) for r in session.execute(q.limit(max(0, limit)))]
        return rows, count(session, inspection_uuid, c)
    expr = search_index.match(c.search or "", inspection_uuid, "evidence") if searching else None
    if searching and expr is None:
        return [], 0
    params = {"fts": expr, "i": inspection_uuid, "code": c.criterion}
    tagged = "SELECT evidence_uuid FROM evidence_criterion WHERE inspection_uuid = :i AND code = :code"
    bounds = []  # only live evidence is in the search index and tagged: these count lines
    if searching:
        bounds.append(search_index.count(session, inspection_uuid, "evidence", c.search or ""))
    if c.criterion:
        bounds.append(int(session.execute(text(f"SELECT count(*) FROM ({tagged})"), params).scalar_one()))
    n = min(bounds)
    plain = c == Criteria(search=c.search, criterion=c.criterion)  # nothing else filters the hits
    exact = plain and len(bounds) == 1
    if n > _FEW_HITS:
        if c.criterion and sort == "evidence_date":
            C, E = EvidenceCriterion, EvidenceIndex
            order = (C.evidence_date, C.evidence_uuid)
            q = _tagged(select(*(getattr(E, name) for name in _COLUMNS)), inspection_uuid, c).order_by(
                *(o.desc() if descending else o.asc() for o in order))  # type: ignore[attr-defined]
        else:
            q = _ordered(inspection_uuid, c, sort, descending, site_names, type_labels, walk=True)
        rows = [_tuple_line(r) for r in session.execute(q.limit(max(0, limit)))]
        if exact:
            return rows, n
        if c.criterion:  # every tagged item once, rather than every line
            q = _tagged(select(func.count()), inspection_uuid, c)
        else:
            q = _filtered(select(func.count()).select_from(EvidenceIndex), inspection_uuid, c, walk=True)
        return rows, int(session.execute(q).scalar_one())
    session.execute(text("CREATE TEMP TABLE IF NOT EXISTS fk_search_hits (uuid TEXT PRIMARY KEY) WITHOUT ROWID"))
    session.execute(text("DELETE FROM temp.fk_search_hits"))
    if searching:
        found = session.execute(text(f"INSERT OR IGNORE INTO temp.fk_search_hits {search_index.uuids_sql()}"),
                                params)
        n = found.rowcount
        if c.criterion:
            n -= session.execute(text(f"DELETE FROM temp.fk_search_hits WHERE uuid NOT IN ({tagged})"),
                                 params).rowcount
    else:
        n = session.execute(text(f"INSERT OR IGNORE INTO temp.fk_search_hits {tagged}"), params).rowcount
    q = _ordered(inspection_uuid, c, sort, descending, site_names, type_labels, hits=True)
    rows = [_tuple_line(r) for r in session.execute(q.limit(max(0, limit)))]
    total = n if plain else int(session.execute(_filtered(
        select(func.count()).select_from(EvidenceIndex), inspection_uuid, c, hits=True)).scalar_one())
    session.execute(text("DELETE FROM temp.fk_search_hits"))
    return rows, total


def _tagged(q: Select, inspection_uuid: str, c: Criteria) -> Select:
    """`q` over the lines tagged with `c.criterion`, read from the tags' index (in date order), each
    line found by its id and checked against the other filters."""
    C, E = EvidenceCriterion, EvidenceIndex
    q = q.select_from(C).join(E, E.uuid == C.evidence_uuid).where(  # type: ignore[arg-type]
        C.inspection_uuid == inspection_uuid, C.code == c.criterion)  # type: ignore[arg-type]
    return _filtered(q, inspection_uuid, replace(c, criterion=None), by_id=True)


def _tuple_line(r) -> Line:
    return Line(r[0], r[1], r[2], r[3], r[4], r[5], r[6], tuple(json.loads(r[7] or "[]")), bool(r[8]), bool(r[9]),
                bool(r[10]), r[11], r[12], r[13], bool(r[14]))


def uuids(session: Session, inspection_uuid: str, c: Criteria) -> list[str]:
    q = _filtered(select(EvidenceIndex.uuid), inspection_uuid, c)
    return list(session.execute(q).scalars())


def lines(session: Session, uuids_: Sequence[str]) -> dict[str, Line]:
    if not uuids_:
        return {}
    q = select(EvidenceIndex).where(EvidenceIndex.uuid.in_(list(uuids_)))  # type: ignore[attr-defined]
    return {r.uuid: _line(r) for r in session.execute(q).scalars()}


def _line(r: EvidenceIndex) -> Line:
    return Line(r.uuid, r.inspection_uuid, r.type_code, r.title, r.evidence_date, r.author, r.site_uuid,
                tuple(json.loads(r.criteria or "[]")), bool(r.good_practice), bool(r.safeguarding),
                bool(r.nominated), r.corroboration, r.updated_at, r.hlc, bool(r.deleted))


def _as_head(row: RecordHead) -> Head:
    return Head(row.uuid, row.entity, row.inspection_uuid, row.rev, row.origin_device, row.hlc, row.author,
                row.deleted, json.loads(row.data) if row.data else None, row.updated_at)


def head(session: Session, uuid: str) -> Head | None:
    """A record head read inside the caller's transaction (sees rows that transaction has written)."""
    row = session.get(RecordHead, uuid)
    return _as_head(row) if row is not None else None


def heads_by_uuid(session: Session, uuids: Sequence[str]) -> list[Head]:
    if not uuids:
        return []
    q = select(RecordHead).where(RecordHead.uuid.in_(list(uuids)))  # type: ignore[attr-defined]
    return [_as_head(r) for r in session.execute(q).scalars()]


def heads(session: Session, inspection_uuid: str, entity: str) -> list[Head]:
    q = select(RecordHead).where(RecordHead.inspection_uuid == inspection_uuid, RecordHead.entity == entity)  # type: ignore[arg-type]
    return [_as_head(r) for r in session.execute(q).scalars()]


def last_live_data(session: Session, uuid: str) -> dict[str, Any] | None:
    """The data of a record's newest version that is not a tombstone."""
    row = session.execute(select(RecordVersion.data).where(
        RecordVersion.uuid == uuid, RecordVersion.deleted == False)  # type: ignore[arg-type]  # noqa: E712
        .order_by(RecordVersion.hlc.desc()).limit(1)).scalar_one_or_none()  # type: ignore[attr-defined]
    return json.loads(row) if row else None


def pinned_framework(session: Session, inspection_uuid: str) -> Framework | None:
    """The framework an inspection pinned, read inside the caller's transaction."""
    insp = session.get(RecordHead, inspection_uuid)
    if insp is None or not insp.data:
        return None
    data = json.loads(insp.data)
    row = session.get(FrameworkVersion, (data.get("framework_id"), data.get("framework_version")))
    if row is None:
        return None
    return framework_from_json(row.content, expected_sha256=row.content_sha256)
