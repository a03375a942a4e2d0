"""`fieldkit evidence import` and `fieldkit evidence list --json`, in-process on a real encrypted store."""

from __future__ import annotations

import json

import pytest

from fieldkit.cli import main

PASSPHRASE = "a long enough CLI passphrase"


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    from fieldkit.paths import AppPaths
    from fieldkit.services.store import LocalStore
    from tests.conftest import FAST_KDF

    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    d = tmp_path / "store"
    LocalStore(AppPaths.under(d)).create(PASSPHRASE, display_name="Nia Assistant", params=FAST_KDF).close()
    return d


@pytest.fixture
def inspection(data_dir, capsys):
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "inspection", "create", "--title", "Cafcass Cymru 2018",
                 "--body", "Cafcass Cymru", "--framework", "ciw-2018"]) == 0
    return capsys.readouterr().out.strip()


def run(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir), *args])


def listing(data_dir, inspection, capsys, *extra) -> list[dict]:
    capsys.readouterr()
    assert run(data_dir, "evidence", "list", "--inspection", inspection[:8], "--json", *extra) == 0
    return json.loads(capsys.readouterr().out)


GOOD = "\n".join(json.dumps(x, ensure_ascii=False) for x in [
    {"type": "premises_check", "data": {"evidence_date": "2018-11-05", "title": "Swansea office",
                                        "summary": "Ystafelloedd i'r teulu; the ŵyn poster in the waiting area"}},
    {"type": "stakeholder_meeting", "data": {"evidence_date": "2018-11-12", "title": "Judiciary",
                                             "organisation_type": "judiciary", "good_practice": True,
                                             "good_practice_summary": "Judges value the reports"}},
    {"type": "document_register", "data": {"evidence_date": "2018-11-01", "title": "QA framework",
                                           "document_title": "Quality assurance framework",
                                           "how_obtained": "pre_inspection_pack"}},
]) + "\n"


def test_import_then_list_as_json(data_dir, inspection, tmp_path, capsys):
    f = tmp_path / "evidence.jsonl"
    f.write_text(GOOD, encoding="utf-8")
    capsys.readouterr()
    assert run(data_dir, "evidence", "import", str(f), "--inspection", inspection) == 0
    assert "imported 3 evidence item(s)" in capsys.readouterr().out

    rows = listing(data_dir, inspection, capsys)
    assert [r["title"] for r in rows] == ["Judiciary", "Swansea office", "QA framework"]  # newest first
    assert rows[0]["type"] == "stakeholder_meeting" and rows[0]["good_practice"] is True
    assert rows[0]["author"] == "Nia Assistant" and rows[0]["evidence_date"] == "2018-11-12"
    assert set(rows[0]) >= {"id", "type", "title", "evidence_date", "author", "site", "criteria", "safeguarding",
                            "nominated", "corroboration", "updated_at"}

    assert [r["title"] for r in listing(data_dir, inspection, capsys, "--type", "document_register")] == [
        "QA framework"]
    assert [r["title"] for r in listing(data_dir, inspection, capsys, "--search", "wyn")] == ["Swansea office"]
    assert [r["title"] for r in listing(data_dir, inspection, capsys, "--search", "teulu")] == ["Swansea office"]
    assert listing(data_dir, inspection, capsys, "--search", "absent") == []
    assert [r["title"] for r in listing(data_dir, inspection, capsys, "--sort", "title", "--ascending")] == [
        "Judiciary", "QA framework", "Swansea office"]


def test_a_bad_line_is_reported_and_nothing_is_imported(data_dir, inspection, tmp_path, capsys):
    bad = GOOD + json.dumps({"type": "interview", "data": {"evidence_date": "2018-11-06",
                                                          "interview_kind": "structured",
                                                          "interviewee_role": "fca", "quotes": [{"text": ""}]}}) + "\n"
    f = tmp_path / "bad.jsonl"
    f.write_text(bad, encoding="utf-8")
    capsys.readouterr()
    assert run(data_dir, "evidence", "import", str(f), "--inspection", inspection) == 1
    err = capsys.readouterr().err
    assert f"{f}: line 4: quotes[0].text: required" in err
    assert "nothing was imported (1 problem(s))" in err
    assert listing(data_dir, inspection, capsys) == []


def test_csv_tallies_import(data_dir, inspection, tmp_path, capsys):
    f = tmp_path / "survey.csv"
    f.write_text("survey,evidence_date,population,distributed,question,option,count\n"
                 "Staff survey,2018-11-30,staff,80,q1,yes,50\nStaff survey,,,,q1,no,13\n", encoding="utf-8")
    capsys.readouterr()
    assert run(data_dir, "evidence", "import", str(f), "--inspection", inspection) == 0
    rows = listing(data_dir, inspection, capsys, "--type", "survey")
    assert [r["title"] for r in rows] == ["Staff survey"]


def test_unknown_type_and_inspection_are_clear_errors(data_dir, inspection, capsys):
    capsys.readouterr()
    assert run(data_dir, "evidence", "list", "--inspection", inspection, "--type", "diary") == 1
    assert "unknown evidence type 'diary'" in capsys.readouterr().err
    assert run(data_dir, "evidence", "list", "--inspection", "ffffffffff") == 1
    assert "no inspection ffffffffff" in capsys.readouterr().err


def test_list_shows_a_surveys_computed_response_rate(data_dir, inspection, tmp_path, capsys):
    f = tmp_path / "surveys.jsonl"
    f.write_text("\n".join(json.dumps(x) for x in [
        {"type": "survey", "data": {"evidence_date": "2018-11-30", "title": "Staff survey", "population": "staff",
                                    "distributed": 80, "responses_received": 63}},
        {"type": "survey", "data": {"evidence_date": "2018-11-29", "title": "LA survey",
                                    "population": "local_authority", "responses_received": 15}},
    ]) + "\n", encoding="utf-8")
    assert run(data_dir, "evidence", "import", str(f), "--inspection", inspection) == 0
    rows = {r["title"]: r for r in listing(data_dir, inspection, capsys)}
    assert rows["Staff survey"]["response_rate"] == pytest.approx(63 / 80)
    assert (rows["Staff survey"]["responses"], rows["Staff survey"]["distributed"]) == (63, 80)
    assert rows["LA survey"]["response_rate"] is None, "no denominator, no rate"
    capsys.readouterr()
    assert run(data_dir, "evidence", "list", "--inspection", inspection) == 0
    out = capsys.readouterr().out
    assert "Staff survey  (response rate 79%: 63 of 80)" in out and "LA survey  (response rate not known)" in out


def test_privacy_never_write_add_list_remove(data_dir, inspection, capsys):
    capsys.readouterr()
    assert run(data_dir, "privacy", "never-write", "--inspection", inspection, "--add", "Gwenllian Pritchard",
               "--add", "Dafydd ap Siôn", "--json") == 0
    assert json.loads(capsys.readouterr().out) == ["Gwenllian Pritchard", "Dafydd ap Siôn"]
    assert run(data_dir, "privacy", "never-write", "--inspection", inspection, "--add", "gwenllian pritchard") == 0
    assert capsys.readouterr().out.splitlines() == ["Gwenllian Pritchard", "Dafydd ap Siôn"], "no duplicates"
    assert run(data_dir, "privacy", "never-write", "--inspection", inspection, "--remove", "Nobody") == 1
    assert "not on the never-to-write list" in capsys.readouterr().err
    assert run(data_dir, "privacy", "never-write", "--inspection", inspection, "--remove", "Dafydd ap Siôn") == 0
    assert run(data_dir, "privacy", "never-write", "--inspection", inspection, "--list") == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Gwenllian Pritchard"
    # The evidence privacy check now flags the name.
    from fieldkit.paths import AppPaths
    from fieldkit.services.container import Services
    from fieldkit.services.store import LocalStore

    store = LocalStore(AppPaths.under(data_dir)).unlock(PASSPHRASE)
    try:
        found = Services.over(store).evidence.privacy_findings(inspection, "Met Gwenllian Pritchard today")
    finally:
        store.close()
    assert any("Gwenllian Pritchard" in f.text for f in found)


def test_question_sets_add_and_list(data_dir, inspection, tmp_path, capsys):
    f = tmp_path / "set.json"
    f.write_text(json.dumps({"name": "Service manager interview", "version": "1", "questions": [
        {"id": "s1", "text_en": "How do you choose supervision cases?", "text_cy": "Sut ydych chi'n dewis?"}]}),
        encoding="utf-8")
    assert run(data_dir, "question-sets", "add", str(f), "--inspection", inspection) == 0
    assert run(data_dir, "question-sets", "add", str(f), "--inspection", inspection) == 1
    assert "already on record" in capsys.readouterr().err
    assert run(data_dir, "question-sets", "list", "--inspection", inspection, "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(s["name"], s["version"], s["questions"][0]["id"]) for s in listed] == [
        ("Service manager interview", "1", "s1")]
    f.write_text("{not json", encoding="utf-8")
    assert run(data_dir, "question-sets", "add", str(f), "--inspection", inspection) == 1
    assert "not JSON: line 1" in capsys.readouterr().err
