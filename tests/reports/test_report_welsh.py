"""Welsh reports: headings and labels from the framework and the reports' own table, and ŵ ŷ in the text."""

from __future__ import annotations

import pytest

from tests.reports.conftest import pdf_fonts, pdf_text


@pytest.fixture(scope="module")
def welsh(ciw, tmp_path_factory):
    services, uuid = ciw
    tmp = tmp_path_factory.mktemp("cy")
    return {kind: pdf_text(services.reports.render(uuid, kind, profile="internal", language="cy").pdf, tmp)
            for kind in ("evidence-report", "methodology", "questionnaire", "recommendations", "record")}


def test_welsh_headings_and_page_numbers(welsh):
    text = welsh["evidence-report"]
    assert "Adroddiad tystiolaeth yr arolygiad" in text and "Cynnwys" in text
    assert "Ynglŷn â'r adroddiad hwn" in text  # ŷ
    assert "A1 Ansawdd ac effeithiolrwydd ymarfer cyfraith breifat gyda theuluoedd" in text  # framework title
    assert "Tudalen 1 o " in text and "Page 1 of" not in text
    assert "Mae'r ddogfen hon hefyd ar gael yn Saesneg." in text


def test_welsh_labels_and_circumflexes_in_the_annexes(welsh):
    method = welsh["methodology"]
    assert "Trafodaeth grŵp" in method  # ŵ, from the evidence type's Welsh label
    assert "Tîm yr arolygiad" in method and "Arolygydd arweiniol: Rhian Evans." in method
    assert "Cafwyd 63 ymateb gan staff, o 110 a ddosbarthwyd: cyfradd ymateb o 57%." in welsh["questionnaire"]
    assert "Argymhelliad 1" in welsh["recommendations"]
    assert "Cofnodwyd gan" in welsh["record"] and "Dw i eisiau aros gyda Mam" in welsh["record"]


def test_dates_in_welsh(welsh):
    assert "5 Tachwedd 2018 i 14 Rhagfyr 2018" in welsh["methodology"]


def test_glyphs_are_embedded_not_substituted(ciw, tmp_path):
    services, uuid = ciw
    pdf = services.reports.render(uuid, "methodology", language="cy").pdf
    fonts = pdf_fonts(pdf, tmp_path)
    assert "DejaVuSans" in fonts and "Helvetica" not in fonts
