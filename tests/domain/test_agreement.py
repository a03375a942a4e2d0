"""Grading consistency: double readings paired by document reference, percentage agreement, Cohen's kappa."""

from __future__ import annotations

import pytest

from fieldkit.domain.agreement import agreement, cohens_kappa, double_readings
from fieldkit.domain.decision_support import EvidenceFact
from fieldkit.domain.framework import load_builtin_frameworks


def test_kappa_matches_a_worked_example():
    # 50 paired yes/no ratings: 20 yes/yes, 15 no/no, 5 yes/no, 10 no/yes. p_o = 0.7; p_e = 0.5*0.6+0.5*0.4 = 0.5.
    ratings = [("y", "y")] * 20 + [("n", "n")] * 15 + [("y", "n")] * 5 + [("n", "y")] * 10
    assert cohens_kappa(ratings) == pytest.approx(0.4)
    assert cohens_kappa([("a", "a")] * 5) is None  # chance agreement is total: kappa undefined
    assert cohens_kappa([]) is None
    assert cohens_kappa([("a", "b"), ("b", "a")]) == pytest.approx(-1.0)


def reading(uuid, author, ref, grades, type_code="court_report_reading"):
    return EvidenceFact(uuid, type_code, author, {"report_reference": ref, "checklist": {"court_report_s7": grades}})


def test_readings_of_the_same_report_by_different_inspectors_are_compared():
    ofsted = next(fw for fw in load_builtin_frameworks() if fw.id == "ofsted-hmica-2007")
    items = [
        reading("a1", "Ann", "CR 1", {"_overall": "adequate", "child_focused": "good"}),
        reading("b1", "Bob", " cr  1 ", {"_overall": "inadequate", "child_focused": "good"}),
        reading("a2", "Ann", "CR 2", {"_overall": "good", "child_focused": "good"}),
        reading("b2", "Bob", "CR 2", {"_overall": "good", "child_focused": "adequate"}),
        reading("a3", "Ann", "CR 3", {"_overall": "good"}),
        reading("a3b", "Ann", "CR 3", {"_overall": "adequate"}),  # the same reader twice is not a double reading
        reading("c9", "Cy", "CR 9", {"_overall": "good"}),  # read once only
    ]
    assert [(a.uuid, b.uuid) for a, b in double_readings(items)] == [("a1", "b1"), ("a2", "b2")]
    [s7] = agreement(ofsted, items)
    assert (s7.checklist, s7.pairs, s7.ratings, s7.agreed) == ("court_report_s7", 2, 4, 2)
    assert s7.percent == pytest.approx(50.0)
    assert s7.kappa == pytest.approx(cohens_kappa([("adequate", "inadequate"), ("good", "good"),
                                                   ("good", "good"), ("good", "adequate")]))
    assert {(d.reference, d.item, d.first_level, d.second_level) for d in s7.disagreements} == {
        ("CR 1", "_overall", "adequate", "inadequate"), ("CR 2", "child_focused", "good", "adequate")}
