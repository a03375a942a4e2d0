"""EvidenceService on a real encrypted store: versions, tombstones, the register, search, sample plan, privacy."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from fieldkit.domain.inspection import Child, Site
from fieldkit.services.container import Services
from fieldkit.services.errors import StaleEdit, ValidationError
from fieldkit.services.evidence import EvidenceDeleteRefused, EvidenceFilter, SampleTarget
from fieldkit.services.store import LocalStore
from fieldkit.storage.tables import EvidenceIndex
from tests.conftest import PASSPHRASE


@pytest.fixture
def services(store):
    return Services.over(store)


@pytest.fixture
def insp(services):
    return services.inspections.create(title="Cafcass Cymru", inspected_body="Cafcass Cymru",
                                       framework_id="ofsted-hmica-2007")


@pytest.fixture
def sites(services, insp):
    return {name: services.inspections.add_site(insp, Site(name=name)) for name in ("North Wales", "Gwent")}


def interview(**extra):
    return {"evidence_date": "2018-11-06", "interview_kind": "structured", "interviewee_role": "fca", **extra}


def test_create_fills_author_and_validates(services, insp):
    item = services.evidence.create(insp, "interview", interview(title="FCA"))
    assert item.author == "Ann Inspector" and item.rev == 1 and not item.deleted
    assert item.type_code == "interview" and item.data["title"] == "FCA"
    assert services.evidence.get(item.uuid) == item
    with pytest.raises(ValidationError) as caught:
        services.evidence.create(insp, "interview", {"evidence_date": "soon", "colour": "red", "mode": "pigeon"})
    assert caught.value.problems == ["colour: unknown field", "evidence date: not a date (YYYY-MM-DD): 'soon'",
                                     "mode: 'pigeon' is not one of in_person, telephone, video"]
    # A draft is stored as typed: required fields may still be empty, and validate() lists them.
    draft = services.evidence.create(insp, "interview", {"quotes": [{"text": ""}]})
    assert services.evidence.validate(insp, "interview", draft.data) == [
        "evidence date: required", "quotes[0].text: required", "interview kind: required",
        "interviewee role: required"]
    services.evidence.delete(draft.uuid)
    assert services.evidence.count(insp, EvidenceFilter()) == 1
    with pytest.raises(KeyError):
        services.evidence.create("no-such-inspection", "interview", interview())


def test_references_must_exist_in_this_inspection(services, insp, sites):
    other = services.inspections.create(title="Other", inspected_body="X", framework_id="ciw-2018")
    foreign_site = services.inspections.add_site(other, Site(name="Elsewhere"))
    child = services.inspections.add_child(insp, Child(pseudonym="Child A", age=7))
    with pytest.raises(ValidationError) as caught:
        services.evidence.create(insp, "case_track", {"evidence_date": "2018-11-07", "site": foreign_site,
                                                      "child": "nobody", "tracking_interviews": ["nothing"]})
    assert caught.value.problems == [f"site: no site {foreign_site} in this inspection",
                                     "child: no child in the register nobody in this inspection",
                                     "tracking interviews: no evidence item nothing in this inspection"]
    reading = services.evidence.create(insp, "case_file_reading", {"evidence_date": "2018-11-06"})
    with pytest.raises(ValidationError) as caught:
        services.evidence.create(insp, "case_track", {"evidence_date": "2018-11-07", "child": child,
                                                      "tracking_interviews": [reading.uuid]})
    assert caught.value.problems == [
        f"tracking interviews: {reading.uuid} is a case_file_reading, not interview"]
    track = services.evidence.create(insp, "case_track", {"evidence_date": "2018-11-07", "child": child,
                                                          "site": sites["Gwent"],
                                                          "case_file_readings": [reading.uuid]})
    assert track.data["case_file_readings"] == [reading.uuid]


def test_checklist_grades_are_checked_against_the_pinned_framework(services, insp):
    bad = {"evidence_date": "2018-11-06", "checklist": {"case_file": {"f1_signed_off": "good"}}}
    with pytest.raises(ValidationError) as caught:
        services.evidence.create(insp, "case_file_reading", bad)
    assert caught.value.problems[0].startswith("checklist.case_file.f1_signed_off: 'good' is not on the scale")
    ok = {"evidence_date": "2018-11-06", "checklist": {"case_file": {"f1_signed_off": "yes", "analysed": "good"}}}
    assert services.evidence.create(insp, "case_file_reading", ok).data["checklist"]["case_file"]["analysed"] == "good"


def test_update_versions_history_and_undo(services, insp):
    item = services.evidence.create(insp, "interview", interview(summary="first"))
    second = services.evidence.update(item.uuid, interview(summary="second"))
    assert second.rev == 2 and second.data["summary"] == "second"
    assert services.evidence.update(item.uuid, interview(summary="second")).rev == 2  # unchanged: no version
    with pytest.raises(StaleEdit):
        services.evidence.update(item.uuid, interview(summary="third"), expected_rev=1)
    undone = services.evidence.update(item.uuid, item.data, expected_rev=2)  # undo = update with old data
    assert undone.rev == 3 and undone.data == item.data
    history = services.evidence.history(item.uuid)
    assert [v.rev for v in history] == [1, 2, 3]
    assert [v.data["summary"] for v in history] == ["first", "second", "first"]
    assert all(v.editor == "Ann Inspector" for v in history)
    with pytest.raises(ValidationError):
        services.evidence.update(item.uuid, {"evidence_date": "soon"})
    assert services.evidence.get(item.uuid).rev == 3


def test_delete_is_a_restorable_tombstone(services, insp):
    item = services.evidence.create(insp, "premises_check", {"evidence_date": "2018-11-08", "summary": "Family rooms"})
    services.evidence.delete(item.uuid)
    assert services.evidence.count(insp, EvidenceFilter()) == 0
    assert services.evidence.count(insp, EvidenceFilter(search="rooms")) == 0
    assert [r.uuid for r in services.evidence.deleted(insp)] == [item.uuid]
    gone = services.evidence.get(item.uuid)
    assert gone.deleted and gone.data["summary"] == "Family rooms"
    with pytest.raises(ValueError, match="restore it"):
        services.evidence.update(item.uuid, {"evidence_date": "2018-11-08"})
    back = services.evidence.restore(item.uuid)
    assert not back.deleted and back.data == item.data and back.rev == 3
    assert services.evidence.deleted(insp) == []
    assert [r.uuid for r in services.evidence.query(insp, EvidenceFilter(search="rooms"))] == [item.uuid]
    assert [v.deleted for v in services.evidence.history(item.uuid)] == [False, True, False]


def test_safeguarding_evidence_cannot_be_deleted(services, insp):
    item = services.evidence.create(insp, "case_file_reading", {"evidence_date": "2018-11-06", "safeguarding": True,
                                                                "summary": "Undated note of an injury, no action"})
    with pytest.raises(EvidenceDeleteRefused):
        services.evidence.delete(item.uuid)
    assert not services.evidence.get(item.uuid).deleted
    assert services.evidence.count(insp, EvidenceFilter(flag="safeguarding")) == 1
    # Clearing the flag is itself a recorded version, after which deletion is possible.
    services.evidence.update(item.uuid, {**item.data, "safeguarding": False})
    services.evidence.delete(item.uuid)
    assert services.evidence.get(item.uuid).deleted


@pytest.fixture
def register(services, insp, sites):
    ev = services.evidence
    made = {
        "file_nw": ev.create(insp, "case_file_reading", {"evidence_date": "2018-11-05", "site": sites["North Wales"],
                                                         "title": "Closed case 1", "criteria": ["1.1", "1.2"],
                                                         "selection_method": "closed_case_sample"}),
        "file_nom": ev.create(insp, "case_file_reading", {"evidence_date": "2018-11-06", "site": sites["North Wales"],
                                                          "title": "Nominated file", "selection_method": "nominated"}),
        "report": ev.create(insp, "court_report_reading", {"evidence_date": "2018-11-07", "site": sites["Gwent"],
                                                           "report_kind": "s7", "title": "A report",
                                                           "good_practice": True, "criteria": ["1.2"],
                                                           "good_practice_summary": "The child's own words"}),
        "obs": ev.create(insp, "practice_observation", {"evidence_date": "2018-11-20", "setting": "first_hearing",
                                                        "title": "Zebra hearing", "safeguarding": True,
                                                        "corroboration": "corroborated",
                                                        "summary": "Roedd yr ŵyn yn y cae; Siân spoke Welsh"}),
    }
    return made


def uuids(rows):
    return [r.uuid for r in rows]


def test_filters_each(services, insp, sites, register):
    ev, r = services.evidence, register
    q = lambda **k: set(uuids(ev.query(insp, EvidenceFilter(**k))))  # noqa: E731
    assert q() == {x.uuid for x in r.values()}
    assert q(type_code="case_file_reading") == {r["file_nw"].uuid, r["file_nom"].uuid}
    assert q(author="Ann Inspector") == q() and q(author="Someone Else") == set()
    assert q(site_uuid=sites["Gwent"]) == {r["report"].uuid}
    assert q(criterion="1.2") == {r["file_nw"].uuid, r["report"].uuid}
    assert q(criterion="1.1") == {r["file_nw"].uuid}
    assert q(flag="good_practice") == {r["report"].uuid}
    assert q(flag="safeguarding") == {r["obs"].uuid}
    assert q(flag="nominated") == {r["file_nom"].uuid}
    assert q(date_from="2018-11-06", date_to="2018-11-07") == {r["file_nom"].uuid, r["report"].uuid}
    assert q(type_code="case_file_reading", flag="nominated") == {r["file_nom"].uuid}
    assert ev.count(insp, EvidenceFilter(site_uuid=sites["North Wales"])) == 2
    with pytest.raises(ValueError):
        ev.query(insp, EvidenceFilter(flag="shiny"))
    row = next(x for x in ev.query(insp, EvidenceFilter(type_code="court_report_reading")))
    assert (row.type_label_en, row.type_label_cy, row.site_name) == ("Court report reading", "Darllen adroddiad llys",
                                                                     "Gwent")
    assert row.criteria == ("1.2",) and row.good_practice and not row.nominated
    # Criterion tags follow edits.
    ev.update(r["file_nw"].uuid, {**r["file_nw"].data, "criteria": ["1.1"]})
    assert q(criterion="1.2") == {r["report"].uuid}


def test_sort_and_paging(services, insp, sites, register):
    ev, r = services.evidence, register
    by_date = uuids(ev.query(insp, EvidenceFilter()))
    assert by_date == [r["obs"].uuid, r["report"].uuid, r["file_nom"].uuid, r["file_nw"].uuid]  # newest first
    assert uuids(ev.query(insp, EvidenceFilter(), descending=False)) == by_date[::-1]
    assert [x.title for x in ev.query(insp, EvidenceFilter(), sort="title", descending=False)] == [
        "A report", "Closed case 1", "Nominated file", "Zebra hearing"]
    assert [x.type_code for x in ev.query(insp, EvidenceFilter(), sort="type", descending=False)] == [
        "case_file_reading", "case_file_reading", "court_report_reading", "practice_observation"]
    sites_sorted = [x.site_name for x in ev.query(insp, EvidenceFilter(), sort="site", descending=False)]
    assert sites_sorted == ["", "Gwent", "North Wales", "North Wales"]
    pages = [uuids(ev.query(insp, EvidenceFilter(), offset=o, limit=3)) for o in (0, 3)]
    assert pages[0] + pages[1] == by_date and len(pages[1]) == 1
    ev.update(r["file_nw"].uuid, {**r["file_nw"].data, "summary": "touched"})
    assert uuids(ev.query(insp, EvidenceFilter(), sort="updated_at"))[0] == r["file_nw"].uuid
    flags = [(x.safeguarding, x.good_practice, x.nominated) for x in ev.query(insp, EvidenceFilter(), sort="flags")]
    assert flags == sorted(flags, reverse=True) and flags[0] == (True, False, False)  # safeguarding first
    with pytest.raises(ValueError):
        ev.query(insp, EvidenceFilter(), sort="colour")


@pytest.mark.parametrize("few_hits", [0, 5000])  # read in index order, or hit by hit
def test_first_page_and_count_match_query_and_count(services, insp, sites, register, monkeypatch,
                                                                   few_hits):
    from fieldkit.storage import evidence_index

    monkeypatch.setattr(evidence_index, "_FEW_HITS", few_hits)
    ev = services.evidence
    flts = (EvidenceFilter(), EvidenceFilter(search="cae"), EvidenceFilter(type_code="case_file_reading"),
            EvidenceFilter(search="nothing-like-this"), EvidenceFilter(flag="safeguarding", search="cae"),
            EvidenceFilter(flag="good_practice"), EvidenceFilter(flag="nominated", type_code="case_file_reading"),
            EvidenceFilter(criterion="1.2"), EvidenceFilter(criterion="1.2", search="report"),
            EvidenceFilter(criterion="1.1", flag="nominated"))
    tagged = ev.create(insp, "interview", {"evidence_date": "2018-11-10", "criteria": ["1.2"], "summary": "report"})
    ev.delete(tagged.uuid)  # a deleted item's tags count for nothing
    for flt in flts:
        for sort in ("evidence_date", "title", "site", "flags"):
            rows, total = ev.first_page(insp, flt, sort=sort, limit=3)
            assert total == ev.count(insp, flt), (flt, sort)
            assert rows == ev.query(insp, flt, sort=sort, limit=3), (flt, sort)
    hit = ev.create(insp, "premises_check", {"evidence_date": "2018-11-09", "summary": "Ystafell ger y cae"})
    before = ev.first_page(insp, EvidenceFilter(search="cae"))[1]
    ev.delete(hit.uuid)
    rows, total = ev.first_page(insp, EvidenceFilter(search="cae"))
    assert total == before - 1 and hit.uuid not in {r.uuid for r in rows}
    assert ev.first_page(insp, EvidenceFilter(search="..."))  == ([], 0)


@pytest.mark.parametrize("few_hits", [0, 5000])  # read in index order, or hit by hit
def test_search_and_criterion_pages_follow_edits_and_stay_in_their_inspection(services, insp, monkeypatch,
                                                                               few_hits):
    from fieldkit.storage import evidence_index

    monkeypatch.setattr(evidence_index, "_FEW_HITS", few_hits)
    ev = services.evidence
    other = services.inspections.create(title="Other", inspected_body="X", framework_id="ofsted-hmica-2007")
    mine = [ev.create(insp, "interview", {"evidence_date": f"2018-11-0{n}", "criteria": ["1.2"],
                                          "summary": f"Siân ger y cae {n}"}) for n in range(1, 4)]
    ev.create(other, "interview", {"evidence_date": "2018-11-09", "criteria": ["1.2"], "summary": "Siân ger y cae"})
    for flt in (EvidenceFilter(search="sian"), EvidenceFilter(criterion="1.2"),
                EvidenceFilter(criterion="1.2", search="c")):
        rows, total = ev.first_page(insp, flt)
        assert total == 3 and [r.uuid for r in rows] == [m.uuid for m in reversed(mine)], flt
    ev.update(mine[0].uuid, {**mine[0].data, "evidence_date": "2018-11-20"})  # now the newest
    for flt in (EvidenceFilter(criterion="1.2"), EvidenceFilter(search="sian")):
        assert [r.uuid for r in ev.first_page(insp, flt)[0]] == [mine[0].uuid, mine[2].uuid, mine[1].uuid], flt
        rows, _ = ev.first_page(insp, flt, descending=False)
        assert [r.uuid for r in rows] == [mine[1].uuid, mine[2].uuid, mine[0].uuid], flt
    ev.delete(mine[2].uuid)  # its text's id may go to the next item's text: the deleted line must not match
    newer = ev.create(insp, "interview", {"evidence_date": "2018-11-21", "summary": "rhywbeth arall"})
    flt = EvidenceFilter(search="rhywbeth")
    assert [r.uuid for r in ev.first_page(insp, flt)[0]] == [newer.uuid]
    assert ev.query(insp, flt) == ev.first_page(insp, flt)[0]
    with Session(services.store.engine) as s:
        assert s.get(EvidenceIndex, mine[2].uuid).search_rowid is None
    assert ev.count(insp, EvidenceFilter(search="sian")) == 2


def test_one_register_line_by_id(services, insp, sites, register):
    ev, r = services.evidence, register
    line = ev.row(r["report"].uuid)
    assert (line.uuid, line.site_name, line.title) == (r["report"].uuid, "Gwent", "A report")
    ev.update(r["report"].uuid, {**r["report"].data, "title": "A report, re-read"})
    assert ev.row(r["report"].uuid).title == "A report, re-read"
    assert ev.row("no-such-id") is None


def test_search_welsh_and_diacritic_insensitive(services, insp, register):
    ev, r = services.evidence, register
    s = lambda text: set(uuids(ev.query(insp, EvidenceFilter(search=text))))  # noqa: E731
    assert s("wyn") == {r["obs"].uuid}  # "ŵyn"
    assert s("ŵyn") == {r["obs"].uuid}
    assert s("sian") == {r["obs"].uuid}  # "Siân"
    assert s("SIÂN welsh") == {r["obs"].uuid}  # every word, any case
    assert s("own words") == {r["report"].uuid}  # good-practice summary is indexed
    assert s("nominated") == {r["file_nom"].uuid}  # titles are indexed
    assert s("cae zebra") == {r["obs"].uuid}
    assert s("nothing-like-this") == set() and s("\"*") == set()
    assert ev.count(insp, EvidenceFilter(search="wy", type_code="practice_observation")) == 1  # prefix
    # Kept in step on update: the old text no longer matches, the new one does.
    ev.update(r["obs"].uuid, {**r["obs"].data, "summary": "Llyfr newydd", "quotes": [{"text": "Dw i'n hapus"}]})
    assert s("wyn") == set() and s("llyfr") == {r["obs"].uuid} and s("hapus") == {r["obs"].uuid}


def test_search_index_survives_reopen_and_rebuild(paths, services, insp, register):
    services.store.close()
    again = Services.over(LocalStore(paths).unlock(PASSPHRASE))
    try:
        assert again.evidence.count(insp, EvidenceFilter(search="wyn")) == 1
        assert again.evidence.rebuild_index(insp) == 4
        assert again.evidence.count(insp, EvidenceFilter(search="wyn")) == 1
        assert again.evidence.count(insp, EvidenceFilter(flag="nominated")) == 1
    finally:
        again.store.close()


def test_register_lines_are_rebuilt_when_records_arrive_without_them(services, insp, register):
    # Records written straight through the record store (as a merge would) are picked up.
    from sqlalchemy import text

    with services.store.engine.begin() as conn:
        conn.execute(text("DELETE FROM evidence_index"))
        conn.execute(text("DELETE FROM search_index"))
    fresh = Services.over(services.store)
    assert fresh.evidence.count(insp, EvidenceFilter()) == 4
    assert fresh.evidence.count(insp, EvidenceFilter(search="wyn")) == 1


def test_sample_progress_excludes_nominated_unless_asked(services, insp, sites, register):
    ev = services.evidence
    child = services.inspections.add_child(insp, Child(pseudonym="Child A", age=7))
    t_all = ev.add_sample_target(insp, SampleTarget("case_file_reading", 50, sub_target=30, sub_rule="tracked"))
    t_nw = ev.add_sample_target(insp, SampleTarget("case_file_reading", 2, site_uuid=sites["North Wales"],
                                                   include_nominated=True))
    t_s7 = ev.add_sample_target(insp, SampleTarget("court_report_reading", 10, where_field="report_kind",
                                                   where_value="s31"))
    progress = {p.uuid: p for p in ev.sample_progress(insp)}
    assert (progress[t_all].done, progress[t_all].nominated_excluded, progress[t_all].sub_done) == (1, 1, 0)
    assert progress[t_nw].done == 2 and progress[t_nw].complete and progress[t_nw].site_name == "North Wales"
    assert progress[t_s7].done == 0  # the one report is an s7
    ev.create(insp, "case_track", {"evidence_date": "2018-11-09", "child": child,
                                   "case_file_readings": [register["file_nw"].uuid]})
    assert {p.uuid: p for p in ev.sample_progress(insp)}[t_all].sub_done == 1
    ev.delete(register["file_nw"].uuid)
    assert {p.uuid: p for p in ev.sample_progress(insp)}[t_all].done == 0
    with pytest.raises(ValidationError):
        ev.add_sample_target(insp, SampleTarget("case_file_reading", 5, sub_target=6, sub_rule="tracked"))
    with pytest.raises(ValidationError):
        ev.add_sample_target(insp, SampleTarget("teleportation", 5))
    ev.update_sample_target(t_s7, SampleTarget("court_report_reading", 10, where_field="report_kind",
                                               where_value="s7"))
    assert {p.uuid: p for p in ev.sample_progress(insp)}[t_s7].done == 1
    ev.remove_sample_target(t_nw)
    assert t_nw not in {p.uuid for p in ev.sample_progress(insp)}


def test_privacy_findings_use_the_register_and_never_write_list(services, insp):
    ev = services.evidence
    services.inspections.add_child(insp, Child(pseudonym="Seren", age=9))
    text = "Seren Lloyd and Megan Lloyd; Bronwen Price's mother; postcode LL57 2PW."
    assert [(f.kind, f.text) for f in ev.privacy_findings(insp, text)] == [
        ("name", "Megan Lloyd"), ("name", "Bronwen Price"), ("postcode", "LL57 2PW")]
    assert ev.never_write(insp) == []
    assert ev.set_never_write(insp, ["Price", " Price ", "", "Tegid Owen"]) == ["Price", "Tegid Owen"]
    kinds = [(f.kind, f.text) for f in ev.privacy_findings(insp, text + " Owen was there.")]
    assert ("never_write", "Price") in kinds and ("never_write", "Owen") in kinds
    # The list is local only, like the child register: it never leaves the laptop in a bundle.
    from fieldkit.services.inspections import LOCAL_ONLY_ENTITIES, NEVER_WRITE

    assert NEVER_WRITE in LOCAL_ONLY_ENTITIES
    ev.set_never_write(insp, [])
    assert ev.never_write(insp) == []


def test_demo_inspection_has_complete_evidence_of_every_type(services):
    from fieldkit.domain.evidence import TYPE_CODES
    from fieldkit.domain.privacy import scan
    from fieldkit.services.demo import create_demo

    insp = create_demo(services.inspections, evidence=services.evidence)
    ev = services.evidence
    items = ev.items(insp)
    assert {i.type_code for i in items} == set(TYPE_CODES)
    pseudonyms = [c.pseudonym for _, c in services.inspections.children(insp)]
    for item in items:
        assert ev.validate(insp, item.type_code, item.data) == [], item.data.get("title")  # complete, not drafts
        # Children only as pseudonyms, staff by designation: the privacy checker finds nothing.
        from fieldkit.domain.evidence import searchable_text

        assert scan(searchable_text(item.type_code, item.data), known_pseudonyms=pseudonyms) == [], item.data["title"]
    assert ev.count(insp, EvidenceFilter(search="gwrando")) == 1  # Welsh quotes
    assert ev.count(insp, EvidenceFilter(flag="nominated")) == 1
    progress = {(p.target.type_code, p.target.where_value, p.target.site_uuid): p for p in ev.sample_progress(insp)}
    files = progress[("case_file_reading", None, None)]
    assert (files.target.target, files.target.sub_target, files.done, files.sub_done) == (50, 30, 2, 1)
    assert progress[("court_report_reading", "s31", None)].done == 0  # the only s31 was nominated
    assert progress[("court_report_reading", "s31", None)].nominated_excluded == 1
    # Without an EvidenceService the demo is the bare inspection (sites, team, register).
    bare = create_demo(services.inspections)
    assert ev.count(bare, EvidenceFilter()) == 0 and ev.sample_targets(bare) == []


def test_tags_an_older_version_left_on_deleted_items_are_dropped_on_first_read(services, store, insp, register):
    from sqlalchemy import text
    from sqlmodel import Session

    ev = services.evidence
    before = ev.first_page(insp, EvidenceFilter(criterion="1.1"))[1]
    gone = ev.create(insp, "interview", {"evidence_date": "2018-11-10", "criteria": ["1.1"]})
    ev.delete(gone.uuid)
    with Session(store.engine) as s:  # as versions before live-only tags left it
        s.execute(text("INSERT INTO evidence_criterion (evidence_uuid, code, inspection_uuid) VALUES (:u, '1.1', :i)"),
                  {"u": gone.uuid, "i": insp})
        s.commit()
    ev.forget_index_state()
    assert ev.first_page(insp, EvidenceFilter(criterion="1.1"))[1] == before
    ev.restore(gone.uuid)
    assert ev.first_page(insp, EvidenceFilter(criterion="1.1"))[1] == before + 1


def test_lines_behind_the_heads_are_rebuilt_on_the_next_read(services, store, insp, register):
    """As after a merge: a head written without its register line (here straight through the record
    store), an old item's or a new one's, or a new item, is noticed by the check at open."""
    ev, r = services.evidence, register
    for key in ("file_nw", "obs"):  # the oldest and the newest item
        record = dict(store.records.get(r[key].uuid).data)
        record["data"] = {**record["data"], "title": f"Merged {key}"}
        store.records.update(r[key].uuid, record, author="Someone Else")
        ev.forget_index_state()
        assert ev.row(r[key].uuid).title != f"Merged {key}"  # the line is behind
        titles = {x.uuid: x.title for x in ev.query(insp, EvidenceFilter())}
        assert titles[r[key].uuid] == f"Merged {key}", key
    made = store.records.create("evidence", {"type": "premises_check", "author": "Someone Else",
                                             "data": {"evidence_date": "2018-11-20", "title": "Merged new"}},
                                author="Someone Else", inspection_uuid=insp)
    ev.forget_index_state()
    assert made.uuid in {x.uuid for x in ev.query(insp, EvidenceFilter(search="merged new"))}
