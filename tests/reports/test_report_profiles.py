"""Profiles: what leaves the team. Every output is rendered and read back; names and withheld quotations are
looked for in the PDF's text (and in its raw bytes, so that metadata and outlines are covered too)."""

from __future__ import annotations

import pytest

from fieldkit.services.reports import ReportRefused
from tests.reports.conftest import pdf_info, pdf_text
from tests.reports.ofsted_fixture import NEVER_WRITE, PUBLIC_QUOTE, SECRET_QUOTE, TEAM

OUTPUTS = ("record", "evidence-report", "methodology", "questionnaire", "recommendations")
NAMES = [name for name, _role in TEAM] + [name.split()[0] for name, _role in TEAM if name != "Ann Inspector"]
HIDDEN_COMMENT = "Dad made me fill this in."


@pytest.fixture(scope="module")
def rendered(ofsted):
    services, ids = ofsted
    out = {}
    some = [ids["s7_first"], ids["observation"], ids["case_with_name"], ids["children_survey"]]
    for profile in ("internal", "factual-accuracy", "published"):
        for kind in OUTPUTS:
            # Every item for the published records; a telling few for the others (rendering time).
            items = some if kind == "record" and profile != "published" else None
            out[profile, kind] = services.reports.render(ids["inspection"], kind, profile=profile, language="en",
                                                         items=items)
    return out


def everything(rendered, profile, tmp_path) -> str:
    return " ".join(pdf_text(rendered[profile, kind].pdf, tmp_path) for kind in OUTPUTS)


def test_published_shows_no_staff_name_no_withheld_name_and_only_cleared_quotes(rendered, tmp_path):
    text = everything(rendered, "published", tmp_path)
    for name in NAMES:
        assert name.casefold() not in text.casefold(), f"{name} in a published PDF"
    assert NEVER_WRITE not in text and "[name withheld]" in text
    assert SECRET_QUOTE not in text and PUBLIC_QUOTE in text
    assert HIDDEN_COMMENT not in text and "It helped me say what I wanted." in text
    assert "Lead inspector" in text  # people by role instead
    assert "Child H" in text and "Child H, aged" not in text  # pseudonyms, but no ages from the register
    assert "EM/S7/001" not in text  # the inspected body's file references stay inside the team
    for kind in OUTPUTS:
        pdf = rendered["published", kind].pdf
        info = pdf_info(pdf, tmp_path)
        assert "Ann Inspector" not in info and b"Ann Inspector" not in pdf
        assert "OFFICIAL-SENSITIVE" not in pdf_text(pdf, tmp_path)  # no marking unless one is asked for


def test_published_methodology_counts_the_team_by_role(rendered, tmp_path):
    text = pdf_text(rendered["published", "methodology"].pdf, tmp_path)
    assert "Lead inspector: 1. Supporting inspectors: 2. Inspection assistant: 1." in text


def test_factual_accuracy_draft_keeps_names_but_not_register_details_or_withheld_quotes(rendered, tmp_path):
    text = everything(rendered, "factual-accuracy", tmp_path)
    assert "Rhodri Llewellyn" in text  # the inspected body knows who inspected it
    assert "Child H" in text and "Child H, aged 9" not in text
    assert SECRET_QUOTE not in text and PUBLIC_QUOTE in text
    assert NEVER_WRITE not in text
    assert "Draft for factual accuracy" in text and "OFFICIAL-SENSITIVE" in text


def test_internal_keeps_everything(rendered, tmp_path):
    text = everything(rendered, "internal", tmp_path)
    assert "Rhodri Llewellyn" in text and "Child H, aged 9" in text
    assert SECRET_QUOTE in text and PUBLIC_QUOTE in text and HIDDEN_COMMENT in text
    assert NEVER_WRITE in text  # the team's own evidence, as recorded
    assert "EM/S7/001" in text


def test_the_safeguarding_log_is_refused_outside_the_internal_profile(ofsted, tmp_path):
    services, ids = ofsted
    for profile in ("factual-accuracy", "published"):
        with pytest.raises(ReportRefused, match="restricted to the internal profile"):
            services.reports.render(ids["inspection"], "safeguarding-log", profile=profile)
    log = services.reports.render(ids["inspection"], "safeguarding-log", profile="internal")
    text = pdf_text(log.pdf, tmp_path)
    assert "RESTRICTED: internal use by the inspection team only." in text
    assert "Fractured skull noted on file without a record of action." in text
    assert "regional director (In person), 14 June 2007, 10:30" in text
    assert "2 concerns recorded; 2 still open." in text
    assert text.index("S01") < text.index("S02")  # oldest raised first


def test_the_renderer_itself_refuses_a_published_safeguarding_log(ofsted):
    from dataclasses import replace

    from fieldkit.reports.render import render

    services, ids = ofsted
    data = services.reports.assemble(ids["inspection"], "safeguarding-log", profile="internal")
    with pytest.raises(ReportRefused):
        render(replace(data, context=replace(data.context, profile="published")))


def test_replacements_whole_words_names_in_any_case_given_names_as_written():
    from fieldkit.domain.framework import load_builtin_frameworks
    from fieldkit.reports.model import ReportContext

    ctx = ReportContext(kind="record", profile="published", language="en", inspection_title="T", inspected_body="B",
                        framework=load_builtin_frameworks()[0], people={"Will Jones": "Inspector"},
                        redactions=(("Will Jones", "Inspector"), ("Will", "Inspector"), ("Ms Jones", "Inspector"),
                                    (NEVER_WRITE, "[name withheld]")), unknown_person="Member of the inspection team")
    text = f"Cafcass will act. Will said WILL JONES met ms jones, then {NEVER_WRITE.upper()}; Willow stayed."
    assert ctx.redact(text) == ("Cafcass will act. Inspector said Inspector met Inspector, then [name withheld]; "
                                "Willow stayed.")
    assert ctx.person("Will Jones") == "Inspector"
    assert ctx.person("Somebody Else") == "Member of the inspection team"  # never a name outside the team's list
