"""Inspections after creation: optional framework nodes switched off and on, sites, team and register
through the service (nothing stored on a refusal), and pinned frameworks that never change."""

from __future__ import annotations

import pytest

from fieldkit.domain.framework import builtin_framework_paths
from fieldkit.domain.inspection import Child, Site, TeamMember, ValidationError
from fieldkit.services.container import Services
from fieldkit.services.errors import FrameworkVersionClash


@pytest.fixture
def services(store):
    return Services.over(store)


@pytest.fixture
def mcsi(services):
    return services.inspections.create(title="Thematic inspection", inspected_body="CAFCASS",
                                       framework_id="mcsi-2004")


def test_key_functions_switched_off_and_on_after_creation(services, mcsi):
    insp = services.inspections
    assert insp.get(mcsi).disabled_nodes == ()
    assert insp.set_nodes(mcsi, off=("KF3", "KF2")) == ("KF2", "KF3"), "framework order"
    assert insp.get(mcsi).disabled_nodes == ("KF2", "KF3")
    assert insp.set_nodes(mcsi, on=("KF3",)) == ("KF2",)
    history = services.store.records.history(mcsi)
    assert [v.data["disabled_nodes"] for v in history] == [[], ["KF2", "KF3"], ["KF2"]], "each switch is a version"
    assert insp.set_nodes(mcsi, on=("KF3",)) == ("KF2",)
    assert len(services.store.records.history(mcsi)) == 3, "no change, no version"


def test_switched_off_nodes_leave_the_sufficiency_table_and_come_back(services, mcsi):
    fw = services.inspections.framework(mcsi)
    kf2 = {n.code for n in fw.node("KF2").children}
    assert kf2 and kf2 <= set(services.judgements.sufficiency(mcsi))
    services.inspections.set_nodes(mcsi, off=("KF2",))
    assert not kf2 & set(services.judgements.sufficiency(mcsi))
    services.inspections.set_nodes(mcsi, on=("KF2",))
    assert kf2 <= set(services.judgements.sufficiency(mcsi))


def test_only_optional_known_nodes_can_be_switched_off(services, mcsi):
    with pytest.raises(ValidationError) as info:
        services.inspections.set_nodes(mcsi, off=("KF9", "OVERALL", "KF1"), on=("KF1",))
    assert info.value.problems == ["KF1: asked to switch both off and on"]
    with pytest.raises(ValidationError) as info:
        services.inspections.set_nodes(mcsi, off=("KF9",))
    assert info.value.problems == ["KF9: no such node in framework mcsi-2004 1.0 (optional ones: KF1, KF2, KF3)"]
    ciw = services.inspections.create(title="CIW", inspected_body="Cafcass Cymru", framework_id="ciw-2018")
    code = services.inspections.framework(ciw).nodes[0].code
    with pytest.raises(ValidationError, match=f"{code}: not optional in framework ciw-2018"):
        services.inspections.set_nodes(ciw, off=(code,))
    with pytest.raises(ValidationError, match="not optional"):
        services.inspections.create(title="CIW", inspected_body="Cafcass Cymru", framework_id="ciw-2018",
                                    disabled_nodes=(code,))
    assert services.inspections.get(mcsi).disabled_nodes == ()


def test_refused_sites_team_members_and_children_store_nothing(services, mcsi):
    insp = services.inspections
    before = len(services.store.records.audit_events())
    for call, value in ((insp.add_site, Site("Llandudno", valid_from="2018-06-01", valid_to="2018-05-01")),
                        (insp.add_team_member, TeamMember("Rhian Evans", "observer")),
                        (insp.add_child, Child("Child/A", 30))):
        with pytest.raises(ValidationError):
            call(mcsi, value)
    assert (insp.sites(mcsi), insp.team(mcsi), insp.children(mcsi)) == ([], [], [])
    assert len(services.store.records.audit_events()) == before

    insp.add_site(mcsi, Site("Swyddfa Caerdydd", "South East Wales", "2015-04-01", "2019-03-31"))
    insp.add_team_member(mcsi, TeamMember("Rhian Evans", "lead"))
    insp.add_child(mcsi, Child("Plentyn A", 9))
    with pytest.raises(ValueError, match="pseudonym plentyn a is already in the register"):
        insp.add_child(mcsi, Child("plentyn a", 11))
    [(_, site)] = insp.sites(mcsi)
    assert (site.valid_from, site.valid_to) == ("2015-04-01", "2019-03-31")
    assert [m.role for _, m in insp.team(mcsi)] == ["lead"]


def test_a_pinned_framework_version_never_changes_even_when_the_file_does(services, tmp_path):
    source = next(p for p in builtin_framework_paths() if "mcsi" in p.name).read_text()
    custom = tmp_path / "custom.toml"
    custom.write_text(source.replace('id = "mcsi-2004"', 'id = "custom-mcsi"', 1))
    info = services.frameworks.import_file(custom)
    uuid = services.inspections.create(title="Custom", inspected_body="CAFCASS", framework_id=info.framework_id,
                                       framework_version=info.version)
    pinned = services.inspections.framework(uuid)

    custom.write_text(source.replace('id = "mcsi-2004"', 'id = "custom-mcsi"', 1)
                      .replace('title_en = "Welfare of Children"', 'title_en = "Welfare of Young People"', 1))
    with pytest.raises(FrameworkVersionClash, match=f"framework custom-mcsi version {info.version} is already "
                                                    "stored with different content"):
        services.frameworks.import_file(custom)
    again = services.inspections.framework(uuid)
    assert again.content_sha256 == pinned.content_sha256 == info.content_sha256
    assert again.node("KF1").title_en == "Welfare of Children"
