"""The quantifier checker holds 'most', 'almost all', 'majority' and 'few' against the linked counts."""

from __future__ import annotations

import pytest

from fieldkit.domain.decision_support import EvidenceFact, decision_support
from fieldkit.domain.framework import load_builtin_frameworks
from fieldkit.domain.quantifiers import check_quantifiers


@pytest.fixture(scope="module")
def ofsted():
    return next(fw for fw in load_builtin_frameworks() if fw.id == "ofsted-hmica-2007")


@pytest.fixture(scope="module")
def dists(ofsted):
    grades = ["good"] * 1 + ["adequate"] * 7 + ["inadequate"] * 25
    items = [EvidenceFact(f"r{i}", "court_report_reading", "Ann",
                          {"checklist": {"court_report_s7": {"_overall": g}}}) for i, g in enumerate(grades)]
    support = decision_support(ofsted, "1.3", items)
    return [support.headline]


def flags(ofsted, dists, text, language="en"):
    return check_quantifiers(text, dists, ofsted.proportion_words, language=language)


def test_a_matching_quantifier_is_not_flagged(ofsted, dists):
    assert flags(ofsted, dists, "Most private law reports were inadequate.") == []
    assert flags(ofsted, dists, "Few reports were good.") == []


def test_a_quantifier_that_overstates_or_names_the_wrong_grade_is_flagged(ofsted, dists):
    [f] = flags(ofsted, dists, "Almost all private law reports were inadequate.")
    assert f.word == "Almost all" and (f.start, f.end) == (0, 10)
    assert "25 of 33 inadequate: most" in f.message
    [f] = flags(ofsted, dists, "The majority of reports were adequate.")
    assert f.word == "majority" and "7 of 33 adequate" in f.message


def test_without_a_grade_named_any_supported_share_will_do(ofsted, dists):
    assert flags(ofsted, dists, "Most reports fell short.") == []  # inadequate is most
    [f] = flags(ofsted, dists, "Almost all reports fell short.")
    assert f.word == "Almost all"


def test_superlatives_and_other_words_are_left_alone(ofsted, dists):
    assert flags(ofsted, dists, "The most important finding; at most two reports. Mostly fine, all staff.") == []


def test_several_sentences_are_each_checked(ofsted, dists):
    text = "Most reports were inadequate. A majority were good."
    [f] = flags(ofsted, dists, text)
    assert text[f.start:f.end] == "majority"


def test_welsh_quantifiers_are_checked_against_welsh_labels(ofsted, dists):
    assert flags(ofsted, dists, "Roedd y rhan fwyaf o adroddiadau yn annigonol.", "cy") == []
    [f] = flags(ofsted, dists, "Roedd bron pob un o'r adroddiadau yn annigonol.", "cy")
    assert f.word == "bron pob un"


def test_no_counts_means_nothing_to_check(ofsted):
    assert check_quantifiers("Almost all of it.", [], ofsted.proportion_words) == []
