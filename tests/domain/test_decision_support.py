"""Decision support: seed 001's court report distribution, proportion words, nominated items, sufficiency."""

from __future__ import annotations

import pytest

from fieldkit.domain.decision_support import EvidenceFact, decision_support, sufficiency_by_node
from fieldkit.domain.framework import load_builtin_frameworks


@pytest.fixture(scope="module")
def ofsted():
    return next(fw for fw in load_builtin_frameworks() if fw.id == "ofsted-hmica-2007")


def s7(n: int, overall: str, *, selection: str = "random", author: str = "Ann") -> EvidenceFact:
    return EvidenceFact(f"r{n}", "court_report_reading", author, {
        "report_kind": "s7", "selection_method": selection,
        "checklist": {"court_report_s7": {"_overall": overall, "child_focused": overall}}})


def seed_001_private_law():
    # 001 ¶30 and Annex D: 33 private law reports, 1 good, 7 adequate and 25 inadequate.
    grades = ["good"] * 1 + ["adequate"] * 7 + ["inadequate"] * 25
    return [s7(i, g) for i, g in enumerate(grades)]


def test_seed_001_private_law_reports_give_most_inadequate(ofsted):
    support = decision_support(ofsted, "1.3", seed_001_private_law())
    head = support.headline
    assert head.summary() == "33: 1 Good, 7 Adequate, 25 Inadequate"
    assert [(lv.code, lv.count) for lv in head.rated_levels()] == [
        ("excellent", 0), ("good", 1), ("adequate", 7), ("inadequate", 25)]
    assert (support.proportion.level, support.proportion.count, support.proportion.total) == ("inadequate", 25, 33)
    assert support.proportion.word_en == "most"  # 25/33 = 75.8%: over 65, not over 80
    assert support.proportion.word_cy == "y rhan fwyaf"
    assert support.suggested == "inadequate"
    assert support.sufficiency.warnings == ("single_method",)


def test_the_section_sees_its_sub_areas_evidence(ofsted):
    assert len(decision_support(ofsted, "S1", seed_001_private_law()).evidence) == 33
    assert decision_support(ofsted, "S2", seed_001_private_law()).evidence == ()


def test_nominated_items_are_left_out_unless_asked(ofsted):
    items = seed_001_private_law() + [s7(100 + i, "excellent", selection="nominated") for i in range(10)]
    kept = decision_support(ofsted, "1.3", items)
    assert kept.headline.rated == 33 and kept.sufficiency.nominated_excluded == 10
    asked = decision_support(ofsted, "1.3", items, include_nominated=True)
    assert asked.headline.count("excellent") == 10 and asked.headline.rated == 43


def test_checklist_items_each_get_a_distribution_and_na_is_left_out(ofsted):
    items = [EvidenceFact("f1", "case_file_reading", "Ann", {"checklist": {"case_file": {
        "f1_signed_off": "yes", "f1_supervision_notes": "na", "analysed": "inadequate"}}}),
             EvidenceFact("f2", "case_file_reading", "Bob", {"checklist": {"case_file": {
                 "f1_signed_off": "no", "analysed": "adequate"}}})]
    support = decision_support(ofsted, "1.1", items)
    signed = next(d for d in support.distributions if d.item == "f1_signed_off")
    assert (signed.count("yes"), signed.count("no"), signed.rated) == (1, 1, 2)
    notes = next(d for d in support.distributions if d.item == "f1_supervision_notes")
    assert (notes.rated, notes.not_applicable) == (0, 1)
    # No overall rating on the case file checklist: the headline pools the four-point items.
    assert support.headline.title_en == "All checklist items" and support.headline.rated == 2


def test_tagged_evidence_of_any_method_counts_towards_sufficiency(ofsted):
    items = [EvidenceFact("i1", "interview", "Ann", {"criteria": ["1.4"]}),
             EvidenceFact("o1", "practice_observation", "Bob", {"criteria": ["1.4"]})]
    support = decision_support(ofsted, "1.4", items, concerns=[("c1", {"concern": "x", "nodes": ["1.4"],
                                                                        "severity": "serious", "status": "open"})])
    assert support.sufficiency.methods == ("interview", "practice_observation")
    assert support.sufficiency.warnings == ()
    assert [c.uuid for c in support.concerns] == ["c1"]
    assert support.headline is None and support.proportion is None


def test_every_criterion_says_what_evidence_it_has(ofsted):
    table = sufficiency_by_node(ofsted, seed_001_private_law())
    assert table["1.3"].items == 33
    assert table["1.2"].warnings == ("no_evidence",)
    assert "S1" in table  # graded sections are listed too


def test_grades_recorded_outside_a_checklist_count_once_per_item(ofsted):
    # 001 ¶34: public law reports 6 good, 14 adequate, 9 inadequate; no s31 checklist survives in the seed.
    public = [EvidenceFact(f"p{i}", "court_report_reading", "Bob", {"report_kind": "s31", "criteria": ["1.3"],
                                                                     "overall_grade": g})
              for i, g in enumerate(["good"] * 6 + ["adequate"] * 14 + ["inadequate"] * 9)]
    both = decision_support(ofsted, "1.3", seed_001_private_law() + public)
    assert both.headline.summary() == "62: 7 Good, 21 Adequate, 34 Inadequate"
    assert both.proportion.word_en == "majority"  # 34 of 62 is 54.8%: over 51, not over 65
    recorded = next(d for d in both.distributions if d.item == "grade:court_report_reading")
    assert recorded.summary() == "29: 6 Good, 14 Adequate, 9 Inadequate"
    not_graded = EvidenceFact("x", "court_report_reading", "Bob", {"criteria": ["1.3"], "overall_grade": "not_graded"})
    assert decision_support(ofsted, "1.3", [not_graded]).headline is None


def test_a_report_read_twice_is_counted_once(ofsted):
    items = seed_001_private_law()
    items = [EvidenceFact(i.uuid, i.type_code, i.author, {**i.data, "report_reference": f"EM/{n}"})
             for n, i in enumerate(items)]
    second = EvidenceFact("again", "court_report_reading", "Bob", {
        "report_reference": " em/0 ", "checklist": {"court_report_s7": {"_overall": "inadequate"}}})
    support = decision_support(ofsted, "1.3", [*items, second])
    assert support.headline.summary() == "33: 1 Good, 7 Adequate, 25 Inadequate"  # the first reading stands
    assert "again" not in support.evidence and support.sufficiency.items == 33
