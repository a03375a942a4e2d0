"""Bulk import: all or nothing, problems by line, CSV survey tallies, and the documented examples."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from fieldkit.domain.evidence import survey_rate
from fieldkit.services.container import Services
from fieldkit.services.demo import create_demo
from fieldkit.services.evidence import EvidenceFilter
from fieldkit.services.evidence_import import EvidenceImporter, ImportRejected

DOC = Path(__file__).resolve().parents[2] / "docs" / "evidence-import.md"


def doc_block(lang: str) -> str:
    blocks = re.findall(rf"```{lang}\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)
    assert len(blocks) == 1, lang
    return blocks[0]


@pytest.fixture
def services(store):
    return Services.over(store)


@pytest.fixture
def insp(services):
    return services.inspections.create(title="Cafcass Cymru", inspected_body="Cafcass Cymru",
                                       framework_id="ciw-2018")


@pytest.fixture
def importer(services):
    return EvidenceImporter(services.evidence)


def line(type_code: str, **data) -> str:
    return json.dumps({"type": type_code, "data": {"evidence_date": "2018-11-06", **data}}, ensure_ascii=False)


def total(services, insp) -> int:
    return services.evidence.count(insp, EvidenceFilter())


def test_a_valid_file_is_imported_in_order(services, insp, importer):
    text = "\n".join([
        line("premises_check", summary="Family rooms reviewed by young people"),
        "",
        line("group_discussion", group_type="administrators", attendance=6),
        line("document_register", document_title="Supervision policy", how_obtained="copied"),
    ]) + "\n"
    result = importer.import_jsonl(insp, text)
    assert result.count == 3 and result.lines == 4
    assert [services.evidence.get(u).type_code for u in result.created] == [
        "premises_check", "group_discussion", "document_register"]
    assert services.evidence.get(result.created[0]).author == "Ann Inspector"
    assert services.evidence.count(insp, EvidenceFilter(search="young people")) == 1


def test_one_bad_line_names_the_line_and_nothing_is_stored(services, insp, importer):
    lines = [line("premises_check", summary=f"ok {i}") for i in range(6)]
    lines.append(line("interview", interview_kind="structured", interviewee_role="fca", quotes=[{"text": ""}]))
    lines.append(line("premises_check", summary="after the bad line"))
    with pytest.raises(ImportRejected) as caught:
        importer.import_jsonl(insp, "\n".join(lines))
    assert caught.value.problems == ["line 7: quotes[0].text: required"]
    assert total(services, insp) == 0
    assert services.evidence.count(insp, EvidenceFilter(search="after")) == 0
    assert [v for v in services.store.records.versions(inspection_uuid=insp) if v.entity == "evidence"] == []


def test_every_problem_is_reported_in_line_order(services, insp, importer):
    text = "\n".join([
        '{"type": "interview", "data": {"evidence_date": "2018-11-06"}}',
        "not json",
        '{"type": "diary", "data": {}}',
        '{"type": "premises_check", "data": {"evidence_date": "2018-11-06"}, "colour": "red"}',
        line("premises_check", site="Nowhere office"),
        line("court_report_reading", report_kind="section 7"),
    ])
    with pytest.raises(ImportRejected) as caught:
        importer.import_jsonl(insp, text)
    problems = caught.value.problems
    assert problems[:2] == ["line 1: interview kind: required", "line 1: interviewee role: required"]
    assert problems[2].startswith("line 2: not JSON")
    assert problems[3].startswith("line 3: type: one of case_file_reading")
    assert problems[4] == "line 4: unknown key(s) colour: only type, data and uuid"
    assert problems[5] == "line 5: site: no site Nowhere office in this inspection"
    assert problems[6].startswith("line 6: report kind: 'section 7' is not one of s7, s31")
    assert len(problems) == 7 and total(services, insp) == 0


def test_lines_link_to_earlier_lines_and_names_resolve(services, insp, importer):
    from fieldkit.domain.inspection import Child, Site

    site = services.inspections.add_site(insp, Site(name="Gwent office"))
    child = services.inspections.add_child(insp, Child(pseudonym="Child C", age=4))
    reading = "5b0e7f52-8a7c-4c1e-9d7e-2f1a3b4c5d99"
    text = "\n".join([
        json.dumps({"type": "case_file_reading", "uuid": reading,
                    "data": {"evidence_date": "2018-11-06", "site": "gwent office"}}),
        line("case_track", child="Child C", case_file_readings=[reading]),
    ])
    result = importer.import_jsonl(insp, text)
    assert result.created[0] == reading
    track = services.evidence.get(result.created[1])
    assert track.data["child"] == child and track.data["case_file_readings"] == [reading]
    assert services.evidence.get(reading).data["site"] == site
    # The same uuid again is refused, naming the line.
    with pytest.raises(ImportRejected) as caught:
        importer.import_jsonl(insp, text.splitlines()[0])
    assert caught.value.problems == [f"line 1: uuid: {reading} is already in the store"]


def test_empty_file_is_refused(insp, importer):
    with pytest.raises(ImportRejected):
        importer.import_jsonl(insp, "\n\n")


CSV = """survey,evidence_date,population,distributed,responses_received,question,question_text,option,count
Staff survey,2018-11-30,staff,100,63,q1,Regular supervision?,yes,50
Staff survey,,,,,q1,,no,13
Children's survey,2018-11-30,children,,,q1,Did the worker listen?,yes,30
Children's survey,,,,,q1,,dont_know,16
"""


def test_csv_tallies_become_one_survey_per_title(services, insp, importer):
    result = importer.import_csv(insp, CSV)
    assert result.count == 2
    staff, children = (services.evidence.get(u) for u in result.created)
    assert staff.type_code == "survey" and staff.data["title"] == "Staff survey"
    assert staff.data["questions"] == [{"code": "q1", "text": "Regular supervision?", "kind": "scale"}]
    assert staff.data["tallies"] == [{"question": "q1", "option": "yes", "count": 50},
                                     {"question": "q1", "option": "no", "count": 13}]
    assert survey_rate(staff.data) == pytest.approx(0.63)
    assert survey_rate(children.data) is None  # no denominator, as in the seeds
    assert children.data["population"] == "children"


def test_csv_problems_are_reported_by_line_and_nothing_stored(services, insp, importer):
    bad = CSV + "Staff survey,,,,,q2,,yes,many\nStaff survey,2018-12-01,,,,q1,,yes,5\nStaff survey,,,,,q1,,no,1\n"
    with pytest.raises(ImportRejected) as caught:
        importer.import_csv(insp, bad)
    assert caught.value.problems == [
        "line 6: count: not a whole number: 'many'",
        "line 7: evidence_date: '2018-12-01' differs from line 2 ('2018-11-30') for the same survey",
        "line 7: q1/yes: counted twice",
        "line 8: q1/no: counted twice",
    ]
    assert total(services, insp) == 0
    with pytest.raises(ImportRejected) as caught:
        importer.import_csv(insp, "survey,question,option\nx,q1,yes\n")
    assert caught.value.problems == ["line 1: missing column(s) evidence_date, population, count"]
    too_many = CSV.replace("Staff survey,2018-11-30,staff,100,63", "Staff survey,2018-11-30,staff,10,63")
    with pytest.raises(ImportRejected) as caught:
        importer.import_csv(insp, too_many)
    assert caught.value.problems == ["line 2: responses received: more than were distributed"]


def test_the_documented_examples_are_valid(services, importer, tmp_path):
    insp = create_demo(services.inspections)
    before = total(services, insp)
    jsonl = tmp_path / "readings.jsonl"
    jsonl.write_text(doc_block("jsonl"), encoding="utf-8")
    csv_file = tmp_path / "survey.csv"
    csv_file.write_text(doc_block("csv"), encoding="utf-8")
    assert importer.import_file(insp, jsonl).count == 5
    result = importer.import_file(insp, csv_file)
    assert result.count == 2
    assert total(services, insp) == before + 7
    surveys = [services.evidence.get(u) for u in result.created]
    assert survey_rate(surveys[0].data) == pytest.approx(63 / 120)
    assert services.evidence.count(insp, EvidenceFilter(search="penwythnos")) >= 1
