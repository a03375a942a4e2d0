"""Recommendations: seed 003's fifteen with their statuses read back, numbering, responses, carrying forward."""

from __future__ import annotations

import pytest

from fieldkit.domain.inspection import ValidationError
from fieldkit.services.container import Services
from tests.data.seed003_recommendations import RECOMMENDATIONS


@pytest.fixture
def services(store):
    return Services.over(store)


@pytest.fixture
def inspection(services):
    return services.inspections.create(title="Accountability Review", inspected_body="Cafcass",
                                       framework_id="ofsted-hmica-2007")


def enter_seed_003(services, inspection):
    for number, text, plan, progress, status, reason, note, review in RECOMMENDATIONS:
        row = services.recommendations.add(inspection, text=text)
        assert row.recommendation.number == number
        if plan:
            services.recommendations.add_response(inspection, recommendations=[row.uuid],
                                                  actions=[{"text": plan, "owner": "Cafcass"}])
        services.recommendations.add_progress(row.uuid, progress, at="2009-01")
        services.recommendations.set_status(row.uuid, status, reason=reason, note=note, next_review=review or "")


def test_seed_003_progress_table_reads_back_as_entered(services, inspection):
    enter_seed_003(services, inspection)
    table = services.recommendations.progress_table(inspection)
    reasons = {r.uuid: r.recommendation.closure_reason for r in services.recommendations.list(inspection)}
    got = [(r.number, r.recommendation, r.action_plan[0] if r.action_plan else "", r.progress[0], r.status,
            reasons[r.uuid], r.next_review) for r in table]
    want = [(n, t, p, g, s, reason, review) for n, t, p, g, s, reason, _note, review in RECOMMENDATIONS]
    assert got == want
    assert services.recommendations.by_status(inspection) == {"open": 5, "proposed_closure": 10}
    seven = table[6]
    assert seven.status_text == "Open – to be reviewed in May 2009"
    assert table[3].status_text == ("Proposed for closure. Closed here, kept open by an external party – although "
                                    "DCSF have agreed to keep this issue open and under consideration")


def test_numbers_are_stable_and_renumbering_is_explicit_and_audited(services, store, inspection):
    a = services.recommendations.add(inspection, text="A")
    b = services.recommendations.add(inspection, text="B")
    c = services.recommendations.add(inspection, text="C")
    services.recommendations.remove(b.uuid)
    assert [r.recommendation.number for r in services.recommendations.list(inspection)] == [1, 3]
    d = services.recommendations.add(inspection, text="D")
    assert d.recommendation.number == 4
    services.recommendations.remove(d.uuid)
    d = services.recommendations.add(inspection, text="D")  # the withdrawn 4 is not given out again
    assert d.recommendation.number == 5
    with pytest.raises(ValueError, match="only through renumber"):
        services.recommendations.update(a.uuid, number=9)
    with pytest.raises(ValidationError, match="used twice"):
        services.recommendations.renumber(inspection, {c.uuid: 1})
    before = len(store.records.audit_events())
    services.recommendations.renumber(inspection, {a.uuid: 2, c.uuid: 1})
    assert [(r.recommendation.number, r.recommendation.text) for r in services.recommendations.list(inspection)] == [
        (1, "C"), (2, "A"), (5, "D")]
    events = store.records.audit_events()[before:]
    assert [e["action"] for e in events] == ["update", "update", "renumber"]


def test_one_response_covers_several_recommendations(services, inspection):
    r12 = services.recommendations.add(inspection, text="Twelve")
    r13 = services.recommendations.add(inspection, text="Thirteen")
    resp = services.recommendations.add_response(
        inspection, recommendations=[r12.uuid, r13.uuid], responder="Cafcass", improvement_target="All teams",
        by="2004-04", owner="Head of Quality", monitoring_body="CMT",
        actions=[{"text": "QA framework", "by": "2005-04"}, {"text": "Supervision policy", "by": "2004-10-01"}])
    assert resp.response.actions[0].by == "2005-04"
    table = services.recommendations.progress_table(inspection)
    assert table[0].action_plan == table[1].action_plan == ("QA framework", "Supervision policy")
    with pytest.raises(ValidationError, match=r"actions\[0\].by: a day"):
        services.recommendations.add_response(inspection, recommendations=[r12.uuid], actions=[{"text": "x",
                                                                                                "by": "April"}])


def test_closing_needs_a_reason(services, inspection):
    r = services.recommendations.add(inspection, text="Close me")
    with pytest.raises(ValidationError, match="closure reason: required"):
        services.recommendations.set_status(r.uuid, "closed")
    assert services.recommendations.set_status(r.uuid, "closed", reason="actioned").recommendation.status == "closed"


def test_recommendations_are_carried_into_a_follow_up_and_tracked_there(services, inspection):
    enter_seed_003(services, inspection)
    follow_up = services.inspections.create(title="Follow-up", inspected_body="Cafcass",
                                            framework_id="ofsted-hmica-2007")
    open_ones = [r.uuid for r in services.recommendations.list(inspection) if r.recommendation.status == "open"]
    carried = services.recommendations.carry_forward(open_ones, follow_up)
    assert [r.recommendation.number for r in carried] == [1, 2, 3, 4, 5]
    assert [r.recommendation.carried_from.number for r in carried] == [7, 8, 9, 10, 15]
    assert {r.recommendation.carried_from.inspection_title for r in carried} == {"Accountability Review"}
    assert carried[0].recommendation.next_review == "2009-05"
    again = services.recommendations.carry_forward(open_ones, follow_up)
    assert [r.uuid for r in again] == [r.uuid for r in carried]  # carrying twice adds nothing
    services.recommendations.add_progress(carried[0].uuid, "Report to the Board in June 2009", at="2009-06")
    assert services.recommendations.get(carried[0].uuid).recommendation.progress[-1].text.startswith("Report")
