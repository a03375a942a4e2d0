"""Both demos show a recommendation's whole life (progress, proposed for closure, closed with its reason,
carried forward into a follow-up) and the CIW demo's concern names the child it is about."""

from __future__ import annotations

import pytest

from fieldkit.services.container import Services
from fieldkit.services.demo_conclusions import SHAPES, create_demo_inspection


@pytest.fixture
def services(store):
    return Services.over(store)


@pytest.mark.parametrize("shape", SHAPES)
def test_each_demo_has_recommendations_at_every_stage(services, shape):
    uuid = create_demo_inspection(services, shape)
    rows = services.recommendations.list(uuid)
    recs = [r.recommendation for r in rows]
    by_status = {s: [r for r in recs if r.status == s] for s in ("open", "proposed_closure", "closed")}
    assert all(by_status.values()), {s: len(v) for s, v in by_status.items()}
    assert any(r.progress for r in by_status["open"])
    for r in by_status["proposed_closure"] + by_status["closed"]:
        assert r.closure_reason and r.progress, r.number  # why, and the progress that shows it
        assert r.status_note
    for r in by_status["closed"]:
        assert r.next_review is None
    for r in recs:
        assert all(p.author == services.store.user and p.at for p in r.progress)

    # Carried forward: the follow-up is another inspection, and its recommendations name where they came from.
    [follow_up] = [i for i in services.inspections.list() if i.uuid != uuid]
    carried = services.recommendations.list(follow_up.uuid)
    assert carried and services.judgements.is_lead(follow_up.uuid)
    source = {r.uuid: r.recommendation for r in rows}
    for row in carried:
        cf = row.recommendation.carried_from
        assert cf is not None and cf.inspection == uuid
        assert cf.inspection_title == services.inspections.get(uuid).title
        original = source[cf.recommendation]
        assert (original.number, original.text, original.status) == (cf.number, row.recommendation.text, "open")
        assert row.recommendation.status == "open" and row.recommendation.next_review == original.next_review
    # What the progress table shows for each stage.
    table = {row.number: row for row in services.recommendations.progress_table(uuid)}
    closed = next(r for r in recs if r.status == "closed")
    assert table[closed.number].status_text.startswith("Closed. Actioned – ")
    assert table[closed.number].action_plan and table[closed.number].progress


def test_the_ciw_demos_concern_is_about_a_child_on_the_register(services):
    uuid = create_demo_inspection(services)
    [concern] = services.concerns.list(uuid)
    register = {u: c.pseudonym for u, c in services.inspections.children(uuid)}
    assert concern.children == ("Child D",)
    assert [register[u] for u in concern.concern.children] == ["Child D"]
    item = services.evidence.get(concern.concern.evidence)
    assert [c["child"] for c in item.data["children"]] == list(concern.concern.children)
