"""The FTS5 search index: contentless, keyed by document ids that `search_doc` maps to records; text
replaced and removed by id, searches scoped to one inspection and entity, counted without stored text."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from fieldkit.storage import search_index

A, B = "0f6c7e1a-1111-4a4a-8b8b-000000000001", "9e2d4c3b-2222-4b4b-9c9c-000000000002"
INSP, OTHER = "47f43ed9-7e5a-441c-8df5-652ca9d978c5", "5b1e0c2d-0000-4000-8000-000000000009"


def _docs(s):
    return sorted(s.execute(text("SELECT uuid, id FROM search_doc")).all())


def _fts_rowids(s):
    return sorted(r[0] for r in s.execute(text("SELECT rowid FROM search_index")))


def test_put_replaces_text_under_the_same_id_and_remove_deletes_it(store):
    with Session(store.engine) as s:
        a = search_index.put(s, uuid=A, inspection_uuid=INSP, entity="evidence", body="ŵyn yn y cae", new=True)
        b = search_index.put(s, uuid=B, inspection_uuid=INSP, entity="evidence", body="cae arall", new=True)
        assert a != b and _docs(s) == [(A, a), (B, b)]
        assert set(search_index.matching_uuids(s, INSP, "cae")) == {A, B}
        assert search_index.put(s, uuid=A, inspection_uuid=INSP, entity="evidence", body="plentyn") == a
        assert search_index.matching_uuids(s, INSP, "cae") == [B]
        assert search_index.matching_uuids(s, INSP, "plent") == [A]
        assert search_index.put(s, uuid=A, inspection_uuid=INSP, entity="evidence", body="") is None
        assert _docs(s) == [(B, b)] and _fts_rowids(s) == [b]  # no text: no row, no id
        search_index.remove(s, B)
        assert _docs(s) == [] and _fts_rowids(s) == []
        search_index.remove(s, B)  # nothing left to remove: no error
        s.commit()


def test_searches_are_scoped_to_one_inspection_and_entity(store):
    with Session(store.engine) as s:
        search_index.put(s, uuid=A, inspection_uuid=INSP, entity="evidence", body="Siân a'r ŵyn", new=True)
        search_index.put(s, uuid=B, inspection_uuid=OTHER, entity="evidence", body="Siân a'r ŵyn", new=True)
        search_index.put(s, uuid="c", inspection_uuid=INSP, entity="concern", body="Siân", new=True)
        assert search_index.matching_uuids(s, INSP, "sian wyn") == [A]  # diacritics folded, both words
        assert search_index.matching_uuids(s, OTHER, "w") == [B]  # a one-letter prefix
        assert search_index.matching_uuids(s, INSP, "sian", entity="concern") == ["c"]
        assert search_index.count(s, INSP, "evidence", "s") == 1
        assert search_index.count(s, INSP, "evidence", search_index.scope(INSP, "evidence")) == 0  # not text
        assert search_index.count(s, INSP, "evidence", "?!") == 0
        search_index.clear(s, INSP, "evidence")
        assert {u for u, _ in _docs(s)} == {B, "c"}
        assert search_index.matching_uuids(s, OTHER, "sian") == [B]
        s.commit()


def test_user_text_cannot_inject_fts5_syntax(store):
    with Session(store.engine) as s:
        search_index.put(s, uuid=A, inspection_uuid=INSP, entity="evidence", body="plan NOT ready", new=True)
        for typed in ('plan NOT', 'scope : "x"', 'body:(plan)', '"plan', "plan*)", "NEAR(plan ready)"):
            search_index.count(s, INSP, "evidence", typed)  # no FTS5 syntax error
        assert search_index.count(s, INSP, "evidence", "plan NOT") == 1  # NOT is a word here
        s.commit()
