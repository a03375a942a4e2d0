"""Evidence types: every method of issue 3 is present and well formed; validation names each problem."""

from __future__ import annotations

import pytest

from fieldkit.domain import evidence as ev
from fieldkit.domain.framework import load_builtin_frameworks

METHODS = ("case_file_reading", "court_report_reading", "case_track", "practice_observation", "interview",
           "group_discussion", "stakeholder_meeting", "survey", "record_scrutiny", "premises_check",
           "document_register")


@pytest.fixture(scope="module")
def ofsted():
    return next(f for f in load_builtin_frameworks() if f.id == "ofsted-hmica-2007")


def _valid(type_code: str, **data):
    return {"evidence_date": "2018-11-06", **data}


def test_every_method_of_issue_3_is_a_type_with_bilingual_labels():
    assert tuple(t.code for t in ev.EVIDENCE_TYPES) == METHODS
    for t in ev.EVIDENCE_TYPES:
        assert t.label_en and t.label_cy and t.label_en != t.label_cy
        keys = [f.key for f in t.all_fields]
        assert len(keys) == len(set(keys)), f"{t.code}: a type field shadows a common field"
        for f in t.all_fields:
            assert f.label_en and f.label_cy, f"{t.code}.{f.key}"
            for code, en, cy in f.choices:
                assert code and en and cy


def test_common_fields_cover_the_issue():
    keys = {f.key for f in ev.COMMON_FIELDS}
    assert {"evidence_date", "site", "selection_method", "selection_note", "source_document", "source_page",
            "source_paragraph", "criteria", "good_practice", "good_practice_summary", "quotes", "corroboration",
            "safeguarding", "summary", "title"} <= keys
    sel = next(f for f in ev.COMMON_FIELDS if f.key == "selection_method")
    assert sel.choice_codes == ("random", "closed_case_sample", "last_completed_case", "nominated", "other")
    quotes = next(f for f in ev.COMMON_FIELDS if f.key == "quotes")
    assert {f.key for f in quotes.fields} >= {"text", "attribution_class", "language", "may_publish"}


def test_court_report_taxonomy_quotes_the_seed():
    crr = ev.evidence_type("court_report_reading")
    assert crr.field("report_kind").choice_codes[:2] == ("s7", "s31")
    bad = crr.field("inadequate_features")
    # 001 ¶32 and ¶34, in the report's words
    assert {"no_order_principle", "template_not_used", "poorly_written", "evaluation", "proportionality"} \
        <= set(bad.choice_codes)
    assert bad.choice_label("poorly_written") == "Poorly written"
    assert "voice_of_child" in crr.field("good_features").choice_codes


def test_unknown_type_and_unknown_keys():
    assert ev.validate_evidence("diary", {}) == ["type: unknown evidence type 'diary'"]
    assert ev.validate_evidence("interview", _valid("interview", interview_kind="structured",
                                                    interviewee_role="fca", colour="red")) == ["colour: unknown field"]
    with pytest.raises(KeyError):
        ev.evidence_type("diary")


def test_required_fields_and_nested_paths():
    problems = ev.validate_evidence("case_file_reading", {"quotes": [{"text": "ok"}, {"text": "fine"},
                                                                     {"text": "  "}]})
    assert problems == ["evidence date: required", "quotes[2].text: required"]
    problems = ev.validate_evidence("interview", {"evidence_date": "2018-11-06"})
    assert problems == ["interview kind: required", "interviewee role: required"]


def test_kinds_are_checked():
    problems = ev.validate_evidence("survey", {
        "evidence_date": "2018-02-30", "population": "martians", "distributed": "100", "anonymous": "yes",
        "title": "two\nlines", "criteria": "S1", "quotes": [{"text": "x", "unknown": 1}],
    })
    assert "evidence date: not a date (YYYY-MM-DD): '2018-02-30'" in problems
    assert any(p.startswith("population: 'martians' is not one of staff") for p in problems)
    assert "distributed: must be a whole number" in problems
    assert "anonymous: must be true or false" in problems
    assert "title: one line only" in problems
    assert "criteria: must be a list of codes" in problems
    assert "quotes[0].unknown: unknown field" in problems


def test_multichoice_rejects_unknown_and_duplicates():
    problems = ev.validate_evidence("court_report_reading", _valid(
        "court_report_reading", report_kind="s7", good_features=["children_seen", "children_seen", "magic"]))
    assert problems == ["good features: listed twice: children_seen", "good features: unknown choice magic"]


def test_good_practice_needs_a_summary():
    data = _valid("premises_check", good_practice=True)
    assert ev.validate_evidence("premises_check", data) == [
        "good practice summary: required when good practice is flagged"]
    assert ev.validate_evidence("premises_check", {**data, "good_practice_summary": "Family rooms"}) == []


def test_criteria_and_checklists_against_the_framework(ofsted):
    data = _valid("case_file_reading", criteria=["1.1", "Z9"], checklist={
        "case_file": {"contact_activities": "good", "f1_signed_off": "excellent", "nonsense": "good"},
    })
    problems = ev.validate_evidence("case_file_reading", data, framework=ofsted)
    assert "criteria: unknown framework criterion Z9" in problems
    assert any(p.startswith("checklist.case_file.f1_signed_off: 'excellent' is not on the scale yes_no")
               for p in problems)
    assert "checklist.case_file.nonsense: not an item of the checklist" in problems
    assert len(problems) == 3
    # Without a framework only the shape is checked.
    assert ev.validate_evidence("case_file_reading", data) == []
    good = _valid("case_file_reading", criteria=["1.1"], checklist={
        "case_file": {"contact_activities": "good", "f1_signed_off": "yes"}})
    assert ev.validate_evidence("case_file_reading", good, framework=ofsted) == []


def test_court_report_checklist_must_match_the_kind_of_report(ofsted):
    grades = {"court_report_s7": {"child_focused": "good", "_overall": "adequate"}}
    s7 = _valid("court_report_reading", report_kind="s7", checklist=grades)
    assert ev.validate_evidence("court_report_reading", s7, framework=ofsted) == []
    s31 = {**s7, "report_kind": "s31"}
    assert ev.validate_evidence("court_report_reading", s31, framework=ofsted) == [
        "checklist.court_report_s7: checklist does not apply to this evidence"]
    wrong_overall = {**s7, "checklist": {"court_report_s7": {"_overall": "yes"}}}
    assert len(ev.validate_evidence("court_report_reading", wrong_overall, framework=ofsted)) == 1


def test_survey_rules_and_response_rate():
    data = _valid("survey", population="staff", distributed=120, responses_received=63,
                  questions=[{"code": "q1", "text": "Do you get regular supervision?", "kind": "yes_no"}],
                  tallies=[{"question": "q1", "option": "yes", "count": 50},
                           {"question": "q1", "option": "no", "count": 13}])
    assert ev.validate_evidence("survey", data) == []
    assert ev.survey_rate(data) == pytest.approx(63 / 120)
    assert ev.tally_totals(data) == {"q1": {"yes": 50, "no": 13}}
    assert ev.validate_evidence("survey", {**data, "responses_received": 121}) == [
        "responses received: more than were distributed"]
    assert ev.validate_evidence("survey", {**data, "tallies": [{"question": "q9", "option": "yes", "count": 1}]}) \
        == ["tallies[0].question: no question 'q9'"]
    # The seeds never give a denominator: no rate rather than a wrong one.
    assert ev.response_rate(None, 45) is None and ev.response_rate(0, 45) is None
    assert ev.response_rate(100, 46) == pytest.approx(0.46)
    per_response = _valid("survey", population="children",
                          responses=[{"free_text": "Things are better", "quotable": True}, {"free_text": "Same"}])
    assert ev.survey_response_count(per_response) == 2


def test_searchable_text_includes_quotes_answers_and_nested_text():
    data = _valid("interview", interview_kind="tracking", interviewee_role="fca", title="Tracking interview",
                  summary="Discussed the ŵyn",
                  quotes=[{"text": "Roedd y plentyn yn hapus", "attribution_class": "an FCA"}],
                  answers=[{"question": "What did the child say?", "answer": "quoted from memory"}],
                  interviewee_grade="Senior FCA")
    text = ev.searchable_text("interview", data)
    for piece in ("Tracking interview", "Discussed the ŵyn", "Roedd y plentyn yn hapus", "an FCA",
                  "What did the child say?", "quoted from memory"):
        assert piece in text
    assert "Senior FCA" not in text  # a designation, not free text
    assert "2018-11-06" not in text


def test_default_data_is_valid_once_dated_for_types_without_required_fields():
    for t in ev.EVIDENCE_TYPES:
        data = ev.default_data(t.code, evidence_date="2018-11-06")
        problems = ev.validate_evidence(t.code, data)
        assert all(p.endswith(": required") for p in problems), (t.code, problems)
        assert "evidence date: required" not in problems
    assert ev.validate_evidence("premises_check", ev.default_data("premises_check", evidence_date="2018-11-06")) == []


def test_children_and_references_are_collected():
    data = _valid("practice_observation", setting="first_hearing",
                  participants=[{"role": "child", "child": "c1", "age": 7}, {"role": "parent_carer"}],
                  follow_up=["e1"])
    assert ev.children_in("practice_observation", data) == ("c1",)
    assert ev.evidence_refs_in("practice_observation", data) == (("follow_up", "e1", ()),)
    assert ev.validate_evidence("practice_observation", {**data, "participants": [{"role": "child", "age": -1}]}) \
        == ["participants[0].age: at least 0"]
