"""Safeguarding concerns: raised, referred, answered, kept under oversight, closed with a reason; never deleted."""

from __future__ import annotations

import json

import pytest

from fieldkit.domain.inspection import Child, ValidationError
from fieldkit.services.concerns import ConcernDeleteRefused
from fieldkit.services.container import Services


@pytest.fixture
def services(store):
    return Services.over(store)


@pytest.fixture
def inspection(services):
    return services.inspections.create(title="Inspection of Cafcass Cymru", inspected_body="Cafcass Cymru",
                                       framework_id="ciw-2018")


def test_a_concern_is_tracked_to_closure_and_every_step_is_a_version(services, store, inspection):
    child = services.inspections.add_child(inspection, Child("Child H", 4))
    c = services.concerns.raise_concern(inspection, concern="Undated note of a fractured skull on file",
                                        severity="immediate", children=[child], raised_at="2007-06-21T10:15")
    assert c.children == ("Child H",) and services.concerns.open_count(inspection) == 1
    services.concerns.record_referral(c.uuid, referred_to="Regional director", route="in_person",
                                      referred_at="2007-06-21T11:00")
    services.concerns.record_response(c.uuid, response="File reviewed; strategy meeting held",
                                      response_at="2007-06-22")
    services.concerns.set_status(c.uuid, "continued_oversight")
    services.concerns.add_note(c.uuid, "Asked for the strategy meeting minutes")
    with pytest.raises(ValidationError, match="closed reason: required"):
        services.concerns.set_status(c.uuid, "closed")
    closed = services.concerns.set_status(c.uuid, "closed", reason="Child protection plan in place")
    assert closed.concern.status == "closed" and services.concerns.open_count(inspection) == 0
    history = [v.data["status"] for v in store.records.history(c.uuid)]
    assert history == ["open", "open", "response_received", "continued_oversight", "continued_oversight", "closed"]


def test_a_concern_cannot_be_deleted_by_the_service_or_the_store(services, store, inspection):
    c = services.concerns.raise_concern(inspection, concern="Child seen alone without checks", severity="serious")
    with pytest.raises(ConcernDeleteRefused):
        services.concerns.delete(c.uuid)
    with pytest.raises(PermissionError, match="never deleted"):
        store.records.delete(c.uuid, author="someone")
    assert not store.records.get(c.uuid).deleted


def test_raised_from_evidence_it_carries_the_items_criteria(services, inspection):
    fw = services.inspections.framework(inspection)
    node = fw.nodes[0].children[0].code
    item = services.evidence.create(inspection, "premises_check", {
        "evidence_date": "2018-11-06", "criteria": [node], "title": "Waiting area"})
    c = services.concerns.raise_from_evidence(item.uuid, concern="Confidential files in the waiting area",
                                              severity="moderate")
    assert c.concern.evidence == item.uuid and c.concern.nodes == (node,)
    support = services.judgements.decision_support(inspection, node)
    assert [x.uuid for x in support.concerns] == [c.uuid]


def test_bad_references_are_refused_with_the_field_named(services, inspection):
    with pytest.raises(ValidationError, match="children: no child"):
        services.concerns.raise_concern(inspection, concern="x", severity="low", children=["nope"])
    with pytest.raises(ValidationError, match="severity"):
        services.concerns.raise_concern(inspection, concern="x", severity="catastrophic")


def test_cli_concerns_list_json_and_summary(services, store, inspection, paths, monkeypatch, capsys):
    from fieldkit import cli
    from tests.conftest import PASSPHRASE

    services.concerns.raise_concern(inspection, concern="Open one", severity="serious", raised_at="2018-11-05")
    c = services.concerns.raise_concern(inspection, concern="Closed one", severity="low", raised_at="2018-11-06")
    services.concerns.set_status(c.uuid, "closed", reason="No further action needed")
    store.close()
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--data-dir", str(paths.data_dir), "concerns", "list", "--inspection", inspection, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(d["concern"], d["status"]) for d in data] == [("Open one", "open"), ("Closed one", "closed")]
    assert cli.main(["--data-dir", str(paths.data_dir), "inspection", "summary", inspection, "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["open_concerns"] == 1 and summary["concerns"] == {"closed": 1, "open": 1}


def test_a_teammates_concern_naming_their_register_can_still_be_updated(services, store, inspection):
    # Merged from a teammate's bundle: the child is in their pseudonym register, which never leaves their laptop.
    from fieldkit.domain.safeguarding import Concern

    theirs = Concern("Seen on a home visit", "serious", "Owen Pritchard", "2018-11-20T09:00", children=("their-child",))
    head = store.records.create("concern", theirs.to_data(), author="Owen Pritchard", inspection_uuid=inspection)
    row = services.concerns.set_status(head.uuid, "continued_oversight")
    assert row.concern.children == ("their-child",) and row.children == ("",)
    with pytest.raises(ValidationError, match="children: no child other"):
        services.concerns.update(head.uuid, children=["their-child", "other"])  # a new reference is still checked
