"""Judgement validation and the status workflow: people decide, the rules say who may move what."""

from __future__ import annotations

import pytest

from fieldkit.domain.framework import load_builtin_frameworks
from fieldkit.domain.inspection import ValidationError
from fieldkit.domain.judgement import (
    EvidenceLink,
    Judgement,
    JudgementRefused,
    check_edit,
    check_move,
    grade_text,
    moved,
    node_scale,
    validate_judgement,
)


@pytest.fixture(scope="module")
def frameworks():
    return {fw.id: fw for fw in load_builtin_frameworks()}


@pytest.fixture(scope="module")
def ofsted(frameworks):
    return frameworks["ofsted-hmica-2007"]


def test_a_draft_may_be_incomplete_but_a_proposal_needs_grade_and_rationale(ofsted):
    validate_judgement(Judgement(node="1.3"), ofsted)
    with pytest.raises(ValidationError) as err:
        validate_judgement(Judgement(node="1.3", status="proposed"), ofsted)
    assert "rationale: required beyond draft" in err.value.problems
    assert "grade: required beyond draft" in err.value.problems


def test_grades_come_from_the_nodes_scale_and_ungraded_nodes_take_narratives(frameworks, ofsted):
    with pytest.raises(ValidationError, match="not on the scale four_point"):
        validate_judgement(Judgement(node="1.3", grade="outstanding"), ofsted)
    ciw = frameworks["ciw-2018"]
    node = next(n for n in ciw.iter_nodes())
    with pytest.raises(ValidationError, match="is not graded"):
        validate_judgement(Judgement(node=node.code, grade="good"), ciw)
    with pytest.raises(ValidationError, match="narrative assessment is required"):
        validate_judgement(Judgement(node=node.code, rationale="why", status="proposed"), ciw)
    validate_judgement(Judgement(node=node.code, rationale="why", status="proposed",
                                 narratives={"assessment": "Practice is variable."}), ciw)


def test_the_qualified_composite_reads_like_the_seed(ofsted):
    j = Judgement(node="2.5", grade="adequate", also_grade="good", also_extent="one_or_two")
    validate_judgement(j, ofsted)
    scale = node_scale(ofsted, ofsted.node("2.5"))
    assert grade_text(j, scale) == "Adequate and, in one or two aspects, good"  # 001 ¶101
    assert grade_text(j, scale, "cy") == "Digonol a, mewn un neu ddwy agwedd, da"
    with pytest.raises(ValidationError, match="must differ"):
        validate_judgement(Judgement(node="2.5", grade="good", also_grade="good", also_extent="some"), ofsted)


def test_departing_from_the_distribution_needs_a_reason(ofsted):
    j = Judgement(node="1.4", grade="inadequate", rationale="Seven serious referrals", status="proposed")
    with pytest.raises(ValidationError, match="departure reason: required"):
        validate_judgement(j, ofsted, suggested="adequate")
    validate_judgement(j.with_changes(departure_reason="a single severe case caps the judgement (001 ¶41)"),
                       ofsted, suggested="adequate")
    validate_judgement(j, ofsted, suggested="inadequate")


def test_evidence_is_supporting_or_contrary_not_both(ofsted):
    link = EvidenceLink("e1", "the report did not mention the child's wishes")
    with pytest.raises(ValidationError, match="both supporting and contrary"):
        validate_judgement(Judgement(node="1.3", supporting=(link,), contrary=(EvidenceLink("e1"),)), ofsted)


def test_only_the_lead_moderates_agrees_and_locks():
    j = Judgement(node="1.3", status="proposed", proposed_by="Ann")
    with pytest.raises(JudgementRefused, match="only the lead inspector can make a judgement moderated"):
        check_move(j, "moderated", actor="Ann", is_lead=False)
    check_move(j, "moderated", actor="Lee", is_lead=True)
    m = moved(j, "moderated", "Lee")
    assert (m.status, m.proposed_by, m.moderated_by) == ("moderated", "Ann", "Lee")
    for target in ("agreed", "draft"):
        with pytest.raises(JudgementRefused):
            check_move(m, target, actor="Ann", is_lead=False)
    with pytest.raises(JudgementRefused, match="cannot move from proposed to locked"):
        check_move(j, "locked", actor="Lee", is_lead=True)


def test_returning_to_draft_clears_later_sign_offs_and_locked_is_final():
    agreed = Judgement(node="1.3", status="agreed", proposed_by="Ann", moderated_by="Lee", agreed_by="Lee")
    back = moved(agreed, "draft", "Lee")
    assert (back.proposed_by, back.moderated_by, back.agreed_by) == ("", "", "")
    locked = moved(agreed, "locked", "Lee")
    assert locked.locked_by == "Lee" and locked.agreed_by == "Lee"
    with pytest.raises(JudgementRefused, match="never changes"):
        check_move(locked, "agreed", actor="Lee", is_lead=True)
    with pytest.raises(JudgementRefused, match="never changes"):
        check_edit(locked, is_lead=True)
    with pytest.raises(JudgementRefused, match="only the lead"):
        check_edit(agreed, is_lead=False)
    check_edit(Judgement(node="1.3", status="proposed"), is_lead=False)


def test_only_the_proposer_or_the_lead_withdraws_a_proposal():
    j = Judgement(node="1.3", status="proposed", proposed_by="Ann")
    check_move(j, "draft", actor="Ann", is_lead=False)
    with pytest.raises(JudgementRefused, match="who proposed it"):
        check_move(j, "draft", actor="Bob", is_lead=False)


def test_round_trip_through_data():
    j = Judgement(node="1.3", grade="good", supporting=(EvidenceLink("a", "quoted"),), contrary=(EvidenceLink("b"),),
                  narratives={"general_assessment": "text"}, include_nominated=True)
    assert Judgement.from_data(j.to_data()) == j
    assert j.evidence_uuids == ("a", "b")
