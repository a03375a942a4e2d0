"""The methodology and questionnaire annexes: every number read back from the PDF is counted again here
from the evidence register, independently of the renderer."""

from __future__ import annotations

from collections import Counter

import pytest

from fieldkit.domain import evidence as ev
from tests.reports.conftest import pdf_text


@pytest.fixture(scope="module")
def methodology(ofsted, tmp_path_factory):
    services, ids = ofsted
    report = services.reports.render(ids["inspection"], "methodology", profile="internal")
    return pdf_text(report.pdf, tmp_path_factory.mktemp("m"))


def test_fieldwork_days_and_areas_come_from_the_items(ofsted, methodology):
    services, ids = ofsted
    items = services.evidence.items(ids["inspection"])
    on_site = [i for i in items if i.data.get("site") and i.type_code not in ("survey", "document_register")
               and not ev.is_nominated(i.data)]
    days = {i.data["evidence_date"] for i in on_site}
    assert f"Evidence was gathered on site on {len(days)} days between 11 June 2007 and 28 June 2007, in 5 areas: " \
           "Derbyshire, Leicestershire, Lincolnshire, Northamptonshire, Nottinghamshire." in methodology
    sites = dict(services.inspections.sites(ids["inspection"]))
    for uuid, site in sites.items():
        here = [i for i in on_site if i.data["site"] == uuid]
        assert f"{site.name} {site.area} {len({i.data['evidence_date'] for i in here})} {len(here)}" in methodology


def test_counts_by_method_with_nominated_items_apart(ofsted, methodology):
    services, ids = ofsted
    items = [i for i in services.evidence.items(ids["inspection"]) if not ev.is_nominated(i.data)]
    by_type = Counter(i.type_code for i in items)
    assert by_type["court_report_reading"] == 62  # 33 s7 + 29 s31; the 2 nominated are not among them
    assert ("Court report reading: 62 (section 7 report (private law) 33; section 31 report (public law) 29)"
            in methodology)
    assert "Case file reading: 33 (private law 22; public law 11)" in methodology
    assert "Record scrutiny: 47 (supervision record 27; appraisal record 20)" in methodology
    assert f"Total {' '.join(str(n) for n in _site_totals(services, ids))} {len(items)}" in methodology
    assert "2 items were nominated by Cafcass East Midlands" in methodology
    assert "Good practice example 1 – Provided by the region as good practice" in methodology
    assert "Court report reading Random sample 62" in methodology


def _site_totals(services, ids):
    items = [i for i in services.evidence.items(ids["inspection"]) if not ev.is_nominated(i.data)]
    sites = sorted(services.inspections.sites(ids["inspection"]), key=lambda x: x[1].name.casefold())
    totals = [sum(1 for i in items if i.data.get("site") == uuid) for uuid, _ in sites]
    return [*totals, sum(1 for i in items if not i.data.get("site"))]


def test_surveys_responses_and_rates(methodology):
    # The children's survey had 120 distributed and 46 responses: 38%; the others have no denominator.
    assert "Children and young people's questionnaire Children and young people 120 46 38%" in methodology
    assert "Staff survey Staff not known 100 not known" in methodology
    assert "Lead inspector: Ann Inspector. Supporting inspectors: Catrin Howells, Rhodri Llewellyn. " \
           "Inspection assistant: Dafydd Bowen." in methodology


def test_questionnaire_counts_per_option_and_the_not_total_note(ofsted, tmp_path):
    services, ids = ofsted
    text = pdf_text(services.reports.render(ids["inspection"], "questionnaire").pdf, tmp_path)
    staff = text[text.index("Staff survey"):text.index("Children and young people's questionnaire")]
    assert "100 responses were received from staff. The number distributed is not recorded" in staff
    # q1: 21 + 44 + 23 + 9 = 97 of 100 answered, so the 000 caveat is printed.
    assert "As not all questions were answered, figures do not necessarily total 100." in staff
    assert "Strongly agree 21 22% Agree 44 45% Disagree 23 24% Strongly disagree 9 9%" in staff
    assert "Answered 97 100%" in staff and "Yes 71 71% No 29 29% Answered 100 100%" in staff
    children = text[text.index("Children and young people's questionnaire"):]
    assert "46 responses were received from children and young people, from 120 distributed: a response rate " \
           "of 38%." in children
    assert "Yes 30 67% Don't know 9 20% No 6 13% Answered 45 100%" in children
    assert "Things are better 19 43%" in children
    assert "Free-text question: 1 answer." in children
    adults = text[text.index("Adult service users' survey"):]
    assert "No response 7 –" in adults and "Answered 82 100%" in adults  # 'No response' is not an answer


def test_questionnaire_without_missing_answers_has_no_caveat(store, tmp_path):
    from fieldkit.services.container import Services

    services = Services.over(store)
    insp = services.inspections.create(title="Thematic", inspected_body="CAFCASS", framework_id="mcsi-2004")
    services.evidence.create(insp, "survey", {
        "evidence_date": "2004-03-10", "title": "Practitioner questionnaire", "population": "practitioners",
        "responses_received": 136, "questions": [{"code": "q", "text": "Attended induction", "kind": "yes_no"}],
        "tallies": [{"question": "q", "option": "yes", "count": 50}, {"question": "q", "option": "no", "count": 86}]})
    text = pdf_text(services.reports.render(insp, "questionnaire").pdf, tmp_path)
    assert "Yes 50 37% No 86 63% Answered 136 100%" in text  # 000 Annex A: 50 had attended, 86 had not
    assert "do not necessarily total" not in text
