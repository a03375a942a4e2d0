"""JudgementService over a real encrypted store: seed 001's court reports, the workflow, versions."""

from __future__ import annotations

import pytest

from fieldkit.domain.inspection import TeamMember, ValidationError
from fieldkit.domain.judgement import JudgementRefused
from fieldkit.services.container import Services

S7_GRADES = ["good"] * 1 + ["adequate"] * 7 + ["inadequate"] * 25  # 001 ¶30, Annex D


@pytest.fixture
def services(store):
    return Services.over(store)


@pytest.fixture
def inspection(services):
    uuid = services.inspections.create(title="Ofsted inspection of Cafcass East Midlands",
                                       inspected_body="Cafcass East Midlands", framework_id="ofsted-hmica-2007")
    services.inspections.add_team_member(uuid, TeamMember("Ann Inspector", "lead"))
    services.inspections.add_team_member(uuid, TeamMember("Bob Inspector", "inspector"))
    return uuid


def add_private_law_reports(services, inspection):
    for n, grade in enumerate(S7_GRADES):
        services.evidence.create(inspection, "court_report_reading", {
            "evidence_date": "2007-06-20", "report_kind": "s7", "report_reference": f"EM-{n:03d}",
            "selection_method": "random", "checklist": {"court_report_s7": {"_overall": grade}}})


def as_user(store, name):
    store.set_setting("user.display_name", name)


def test_seed_001_private_law_reports_rebuild_most_inadequate(services, inspection):
    add_private_law_reports(services, inspection)
    support = services.judgements.decision_support(inspection, "1.3")
    assert support.headline.summary() == "33: 1 Good, 7 Adequate, 25 Inadequate"
    assert support.proportion.word_en == "most" and support.proportion.level == "inadequate"
    assert support.suggested == "inadequate"


def test_the_workflow_with_versions_and_the_lead_alone_moderating(services, store, inspection):
    add_private_law_reports(services, inspection)
    as_user(store, "Bob Inspector")
    row = services.judgements.save(inspection, "1.3", grade="inadequate",
                                   rationale="Most private law reports were inadequate.")
    assert row.judgement.status == "draft" and row.grade_en == "Inadequate"
    proposed = services.judgements.move(row.uuid, "proposed")
    assert proposed.judgement.proposed_by == "Bob Inspector"
    with pytest.raises(JudgementRefused, match="only the lead inspector"):
        services.judgements.move(row.uuid, "moderated")
    assert services.judgements.get(row.uuid).judgement.status == "proposed"  # nothing changed
    as_user(store, "Ann Inspector")
    for target in ("moderated", "agreed", "locked"):
        services.judgements.move(row.uuid, target)
    locked = services.judgements.get(row.uuid)
    assert (locked.judgement.moderated_by, locked.judgement.locked_by) == ("Ann Inspector", "Ann Inspector")
    with pytest.raises(JudgementRefused, match="never changes"):
        services.judgements.save(inspection, "1.3", rationale="changed")
    statuses = [v.judgement.status for v in services.judgements.history(row.uuid)]
    assert statuses == ["draft", "proposed", "moderated", "agreed", "locked"]
    assert services.judgements.by_status(inspection) == {"locked": 1}


def test_departing_from_the_evidence_needs_a_reason_before_proposal(services, inspection):
    add_private_law_reports(services, inspection)
    row = services.judgements.save(inspection, "1.3", grade="good", rationale="Good overall.")
    with pytest.raises(ValidationError, match="departure reason"):
        services.judgements.move(row.uuid, "proposed")
    services.judgements.save(inspection, "1.3", departure_reason="The sample was taken before the new template.")
    assert services.judgements.move(row.uuid, "proposed").judgement.status == "proposed"


def test_status_changes_only_through_move_and_drafts_alone_are_withdrawn(services, inspection):
    with pytest.raises(ValueError, match="only through move"):
        services.judgements.save(inspection, "1.3", status="locked")
    row = services.judgements.save(inspection, "1.3", grade="adequate", rationale="r")
    services.judgements.move(row.uuid, "proposed")
    with pytest.raises(JudgementRefused, match="only a draft"):
        services.judgements.delete(row.uuid)


def test_supporting_evidence_and_passages_are_kept(services, inspection):
    add_private_law_reports(services, inspection)
    first = services.evidence.items(inspection)[0].uuid
    row = services.judgements.save(inspection, "1.3", supporting=[{"evidence": first, "passage": "no analysis"}])
    assert row.judgement.supporting[0].passage == "no analysis"
    flags = services.judgements.quantifier_flags(inspection, "1.3", "Almost all reports were inadequate.")
    assert flags and flags[0].word == "Almost all"


def test_agreement_over_double_readings(services, store, inspection):
    for author, grade in (("Ann Inspector", "adequate"), ("Bob Inspector", "inadequate")):
        as_user(store, author)
        Services.over(store).evidence.create(inspection, "court_report_reading", {
            "evidence_date": "2007-06-21", "report_kind": "s7", "report_reference": "EM-900",
            "checklist": {"court_report_s7": {"_overall": grade, "child_focused": "good"}}})
    [s7] = services.judgements.agreement(inspection)
    assert (s7.pairs, s7.ratings, s7.agreed) == (1, 2, 1)
    assert [(d.first_level, d.second_level) for d in s7.disagreements] == [("adequate", "inadequate")]


def test_sufficiency_skips_nodes_switched_off(services):
    uuid = services.inspections.create(title="Thematic", inspected_body="CAFCASS", framework_id="mcsi-2004",
                                       disabled_nodes=("KF2",))
    table = services.judgements.sufficiency(uuid)
    fw = services.inspections.framework(uuid)
    kf2 = {n.code for n in fw.node("KF2").children} | {"KF2"}
    assert not kf2 & set(table)
    assert all(s.warnings == ("no_evidence",) for s in table.values())


def test_both_demos_carry_judgements_concerns_findings_and_recommendations(services):
    from fieldkit.services.demo_conclusions import create_demo_inspection

    ciw = services.inspections.summary(create_demo_inspection(services))
    assert ciw["judgements"] == {"agreed": 1, "draft": 1, "proposed": 1}
    assert ciw["open_concerns"] == 1 and ciw["recommendations"] == {"closed": 1, "open": 2, "proposed_closure": 1}
    em_uuid = create_demo_inspection(services, "ofsted-2007")
    em = services.inspections.summary(em_uuid)
    assert em["judgements"] == {"agreed": 1, "draft": 1, "locked": 1, "moderated": 1, "proposed": 2}
    assert em["open_concerns"] == 3 and em["concerns"] == {"closed": 4, "continued_oversight": 2, "open": 1}
    assert em["recommendations"] == {"closed": 1, "open": 8, "proposed_closure": 1}
    support = services.judgements.decision_support(em_uuid, "1.3")
    assert support.headline.summary() == "62: 7 Good, 21 Adequate, 34 Inadequate"  # second readings not counted
    [s7] = services.judgements.agreement(em_uuid)
    assert s7.pairs == 3 and s7.disagreements


def test_decision_support_reads_only_what_bears_on_the_node_and_agrees_with_the_whole(services, inspection):
    add_private_law_reports(services, inspection)
    services.evidence.create(inspection, "interview", {"evidence_date": "2007-06-22", "criteria": ["2.3"]})
    services.evidence.create(inspection, "practice_observation", {
        "evidence_date": "2007-06-22", "setting": "first_hearing", "criteria": ["1.4"], "grade": "adequate"})
    some = services.judgements.facts_for(inspection, "1.3")
    assert len(some) == 33 and {f.type_code for f in some} == {"court_report_reading"}
    everything = services.judgements.facts(inspection)
    for node in ("1.3", "1.4", "S1", "2.3"):
        narrow = services.judgements.decision_support(inspection, node)
        wide = services.judgements.decision_support(inspection, node, facts=everything)
        assert narrow == wide
