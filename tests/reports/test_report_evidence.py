"""The evidence report over seed 001's graded inspection, read back with pdftotext."""

from __future__ import annotations

import re

import pytest

from tests.reports.conftest import pdf_fonts, pdf_info, pdf_pages, pdf_text


@pytest.fixture(scope="module")
def report(ofsted):
    services, ids = ofsted
    return services.reports.render(ids["inspection"], "evidence-report", profile="internal", language="en")


def test_structure_contents_and_page_furniture(report, tmp_path):
    pages = pdf_pages(report.pdf, tmp_path)
    assert report.pages == len(pages) == int(re.search(r"Pages:\s+(\d+)", pdf_info(report.pdf, tmp_path))[1])
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in page
        assert page.count("OFFICIAL-SENSITIVE") == 2, f"marking top and bottom of page {n}"
        assert "Ofsted inspection of Cafcass East Midlands" in page
    assert "Contents" in pages[1]
    # Contents lists the framework's sections and sub-areas with the page each starts on.
    contents = pdf_pages(report.pdf, tmp_path, "-layout")[1]
    for heading in ("S1 The quality of practitioners' work with children and families", "1.3 Court reports",
                    "2.6 Partnership working", "S3 Prospects for improvement"):
        assert heading in contents
        page_no = int(re.search(re.escape(heading) + r"[ .]*?(\d+)", contents)[1])
        assert heading in pages[page_no - 1], f"{heading} is on page {page_no}"


def test_grade_distribution_numbers_from_the_records(report, tmp_path):
    body = body_text(report, tmp_path)
    court = body[body.index("1.3 Court reports"):body.index("1.4 Safeguarding")]
    # 001 ¶30: 33 private law reports, 1 good, 7 adequate and 25 inadequate (the checklist's overall rating).
    assert "Overall rating of the report 0 1 7 25 33" in court
    # Pooled with the 29 public law reports' recorded grades: 62 in all, 'most' not reached (34 of 62 = 55%).
    assert "(overall ratings, 62 in all): 7 Good, 21 Adequate, 34 Inadequate" in court
    assert "The most frequent grade is Inadequate: 34 of 62 (55%), 'majority'" in court
    assert "2 examples nominated by the inspected body are not counted" in court
    assert "Judgement: Inadequate." in court
    assert "Judgement status: locked. Proposed by Ann Inspector; moderated by Ann Inspector" in court
    assert "Share of readings at each grade" in court  # the chart's caption, then its legend
    assert "Excellent Good Adequate Inadequate" in court


def body_text(report, tmp_path) -> str:
    """Everything after the cover and the contents, without the page furniture."""
    pages = pdf_pages(report.pdf, tmp_path)
    return " ".join(re.sub(r"^.*?Page \d+ of \d+ ", "", p) for p in pages[2:])


def test_recommendations_follow_their_findings_and_paragraphs_run_on(report, tmp_path):
    body = body_text(report, tmp_path)
    finding = body.index("Almost all private law reports gave insufficient attention")
    rec3 = body.index("Recommendation 3")
    assert finding < rec3 < body.index("Judgement: Inadequate.", finding)
    # Recommendation 1 after the case-recording finding under 1.1 (its deepest node), before 1.2 begins.
    rec1 = body.index("Recommendation 1: Case planning")
    assert body.index("Case file recording at best recorded process") < rec1 < body.index("1.2 Assessment")
    # Recommendation 2 is linked to node 1.2 only: after 1.2's judgement slot, before 1.3.
    assert body.index("1.2 Assessment") < body.index("Recommendation 2") < body.index("1.3 Court reports")
    # Linked to neither: in the closing section.
    assert body.index("Other recommendations") < body.index("Recommendation 4")
    assert body.count("Recommendation 3") == 1
    numbers = [int(n) for n in re.findall(r"(?:^| )(\d{1,3})\. (?=[A-Z])", body)]
    paragraphs = [n for n in numbers if n <= numbers[-1]]
    assert paragraphs[:5] == [1, 2, 3, 4, 5]
    run = sorted(set(paragraphs))
    assert run == list(range(1, run[-1] + 1)), "paragraphs are numbered continuously"


def test_good_practice_box_and_evidence_summaries(ofsted, report, tmp_path):
    text = pdf_text(report.pdf, tmp_path)
    assert "Good practice Laminated ECM outcomes card used to refocus a parent." in text
    services, ids = ofsted
    # Every live item is listed somewhere, under its node or in the closing list.
    refs = set(re.findall(r"\bE\d{3}\b", text))
    assert len(refs) == len(services.evidence.items(ids["inspection"]))


def test_outline_and_metadata(report, tmp_path):
    assert b"/Outlines" in report.pdf
    info = pdf_info(report.pdf, tmp_path)
    assert "Title:           Inspection evidence report" in info
    assert "FieldKit" in info
    assert b"/Lang (en-GB)" in report.pdf
    fonts = pdf_fonts(report.pdf, tmp_path)
    assert "DejaVuSans" in fonts and "Helvetica" not in fonts
    assert all(line.split()[-5:-2] == ["yes", "yes", "yes"] for line in fonts.splitlines()[2:]), "embedded, subset"
