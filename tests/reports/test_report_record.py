"""Evidence records: every field of an item with its label, the checklist grades as a table, quotations."""

from __future__ import annotations

import pytest

from fieldkit.domain import evidence as ev
from fieldkit.domain.inspection import ValidationError
from tests.reports.conftest import pdf_text


def test_one_court_report_reading_every_field_accounted_for(ofsted, tmp_path):
    services, ids = ofsted
    report = services.reports.render(ids["inspection"], "record", items=[ids["s7_first"][:8]])
    text = pdf_text(report.pdf, tmp_path)
    item = services.evidence.get(ids["s7_first"])
    for spec in ev.COURT_REPORT_READING.all_fields:
        if spec.key not in ("quotes", "checklist", "title"):
            assert spec.label_en in text, f"field {spec.key} is neither shown nor listed as not recorded"
    assert "Evidence record " in text and report.suggested_name.endswith("-record-internal-en.pdf")
    assert f"{item.data['title']}" in text and "Recorded by: Ann Inspector" in text
    assert "Section 7 report (private law)" in text and "Child H, aged 9" in text
    # The checklist as a table: overall rating first, then each item with its level's label.
    assert "Checklist grades: Private law court reports (section 7)" in text
    assert "Overall rating of the report Good" in text
    assert "The report is child focused Good" in text
    assert "Not recorded:" in text and "Safeguarding concern" in text


def test_quotations_by_profile(ofsted, tmp_path):
    from tests.reports.ofsted_fixture import PUBLIC_QUOTE, SECRET_QUOTE

    services, ids = ofsted
    inside = pdf_text(services.reports.render(ids["inspection"], "record", items=[ids["observation"]]).pdf, tmp_path)
    assert SECRET_QUOTE in inside and PUBLIC_QUOTE in inside and "— a child aged 10, English" in inside
    outside = pdf_text(services.reports.render(ids["inspection"], "record", items=[ids["observation"]],
                                               profile="published").pdf, tmp_path)
    assert SECRET_QUOTE not in outside and PUBLIC_QUOTE in outside
    assert "1 quotation not cleared for publication is left out." in outside


def test_a_selection_keeps_register_numbers_and_order(ofsted, tmp_path):
    services, ids = ofsted
    full = pdf_text(services.reports.render(ids["inspection"], "evidence-report").pdf, tmp_path)
    report = services.reports.render(ids["inspection"], "record", items=[ids["observation"], ids["s7_first"]])
    text = pdf_text(report.pdf, tmp_path)
    refs = [r for r in ("E002", "E003", "E033") if r in text]
    assert "E033" in refs and "Evidence items 2" in text and "Evidence records" in text
    assert text.index(" · Court report reading") < text.index(" · Practice observation")  # register order
    assert "E033" in full  # the same numbers as in the evidence report


def test_unknown_or_foreign_items_are_refused_by_name(ofsted, store):
    services, ids = ofsted
    with pytest.raises(ValidationError, match="items: no evidence item nope-nope in this inspection"):
        services.reports.render(ids["inspection"], "record", items=["nope-nope"])


def test_a_withdrawn_item_prints_as_last_recorded(ofsted, tmp_path):
    services, ids = ofsted
    insp = ids["inspection"]
    gone = services.evidence.create(insp, "document_register", {"evidence_date": "2007-05-22",
                                                                "document_title": "Withdrawn note",
                                                                "how_obtained": "viewed_only"})
    services.evidence.delete(gone.uuid)
    try:
        text = pdf_text(services.reports.render(insp, "record", items=[gone.uuid]).pdf, tmp_path)
        assert "This item has been withdrawn (deleted)" in text and "Withdrawn note" in text
    finally:
        services.evidence.restore(gone.uuid)
        services.evidence.delete(gone.uuid)
