"""The FTS5 search index: rows found by a rowid derived from the uuid (no scan), replaced and removed;
derived rowids that collide; rows written before derived rowids still removed."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from fieldkit.storage import search_index


def _rows(s):
    return sorted(s.execute(text("SELECT uuid, body FROM search_index")).all())


def _match(s, word):
    return sorted(r[0] for r in s.execute(text("SELECT uuid FROM search_index WHERE search_index MATCH :q"),
                                          {"q": search_index.fts_query(word)}))


def test_put_replaces_and_remove_deletes_by_derived_rowid(store):
    a, b = "0f6c7e1a-1111-4a4a-8b8b-000000000001", "9e2d4c3b-2222-4b4b-9c9c-000000000002"
    with Session(store.engine) as s:
        search_index.put(s, uuid=a, inspection_uuid="i", entity="evidence", body="ŵyn yn y cae", new=True)
        search_index.put(s, uuid=b, inspection_uuid="i", entity="evidence", body="cae arall", new=True)
        assert _match(s, "cae") == [a, b]
        search_index.put(s, uuid=a, inspection_uuid="i", entity="evidence", body="plentyn")
        assert _rows(s) == [(a, "plentyn"), (b, "cae arall")]
        rowid = s.execute(text("SELECT rowid FROM search_index WHERE uuid = :u"), {"u": a}).scalar_one()
        assert rowid == search_index._rowid(a) >= 1 << 62
        search_index.put(s, uuid=a, inspection_uuid="i", entity="evidence", body="")  # no text: no row
        search_index.remove(s, b)
        assert _rows(s) == []
        s.commit()


def test_colliding_rowids_take_the_next_ones(store, monkeypatch):
    monkeypatch.setattr(search_index, "_rowid", lambda uuid: (1 << 62) + 5)
    with Session(store.engine) as s:
        for u in ("a", "b", "c"):
            search_index.put(s, uuid=u, inspection_uuid="i", entity="evidence", body=f"text {u}", new=True)
        search_index.remove(s, "a")  # a gap at the first rowid: b and c are still found
        search_index.put(s, uuid="c", inspection_uuid="i", entity="evidence", body="newer c")
        search_index.remove(s, "b")
        assert _rows(s) == [("c", "newer c")]
        s.commit()


def test_rows_written_before_derived_rowids_are_still_replaced(store):
    with Session(store.engine) as s:
        s.execute(text("INSERT INTO search_index(rowid, uuid, inspection_uuid, entity, body) "
                       "VALUES (7, 'old', 'i', 'evidence', 'hen destun')"))
        search_index.put(s, uuid="old", inspection_uuid="i", entity="evidence", body="testun newydd")
        assert _rows(s) == [("old", "testun newydd")]
        search_index.remove(s, "old")
        assert _rows(s) == []
        s.commit()
