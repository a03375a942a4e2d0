"""The lead imports teammates' bundles into the same inspection on their own laptop and resolves conflicts.

Three real encrypted stores (the lead and two teammates), real keys, real bundles; the resolution then
travels to a real central record and closes the same conflict there.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldkit.paths import AppPaths
from fieldkit.services.central import CentralService
from fieldkit.services.container import Services
from fieldkit.services.evidence import EvidenceFilter
from fieldkit.services.export import ExportService
from fieldkit.services.store import LocalStore
from fieldkit.services.team_import import TeamImportRefused
from fieldkit.storage import central as central_store
from tests.conftest import FAST_KDF, PASSPHRASE


def no_findings(text):
    return []


class Laptop:
    def __init__(self, root: Path, name: str):
        self.name = name
        self.store = LocalStore(AppPaths.under(root / name)).create(PASSPHRASE, display_name=name, params=FAST_KDF)
        self.services = Services.over(self.store)
        self.services.keys.set_inspector_id(f"INS-{name}")
        self.pub = root / f"{name}.pub"
        self.services.keys.export_public(self.pub)
        self.out = root / f"{name}-bundles"
        self.out.mkdir()

    def export(self, inspection: str, *, include_all: bool = True) -> Path:
        export = ExportService(self.store, self.services.keys, scanner=("test", no_findings))
        return export.export(inspection, self.out, include_all=include_all, encrypt=False).path

    def trust(self, *others: Laptop) -> None:
        for other in others:
            self.services.team.trust_key(other.pub, inspector_id=f"INS-{other.name}")


@pytest.fixture
def team(tmp_path):
    laptops = {n: Laptop(tmp_path, n) for n in ("lead", "amy", "ben")}
    laptops["lead"].trust(laptops["amy"], laptops["ben"])
    laptops["amy"].trust(laptops["lead"])
    laptops["ben"].trust(laptops["lead"])
    yield laptops
    for laptop in laptops.values():
        laptop.store.close()


def interview(title: str, **extra) -> dict:
    return {"evidence_date": "2018-11-06", "interview_kind": "structured", "interviewee_role": "fca",
            "title": title, **extra}


@pytest.fixture
def shared(team):
    """The lead's inspection with one interview, imported by both teammates."""
    lead = team["lead"]
    insp = lead.services.inspections.create(title="Cafcass Cymru 2026", inspected_body="Cafcass Cymru",
                                            framework_id="ciw-2018")
    item = lead.services.evidence.create(insp, "interview", interview("FCA interview"))
    bundle = lead.export(insp)
    for name in ("amy", "ben"):
        result = team[name].services.team.import_bundle(bundle)
        assert (result.status, result.new, result.conflicts) == ("imported", 2, 0)
    return insp, item.uuid


def test_teammates_work_arrives_in_the_register_and_its_search(team, shared):
    insp, _ = shared
    amy, lead = team["amy"], team["lead"]
    assert [r.title for r in amy.services.evidence.query(insp, EvidenceFilter())] == ["FCA interview"]
    amy.services.evidence.create(insp, "interview", interview("Amy: the child's wishes, dymuniadau"))
    result = lead.services.team.import_bundle(amy.export(insp, include_all=False))
    assert (result.status, result.new, result.updated, result.conflicts, result.inspector_id) == (
        "imported", 1, 0, 0, "INS-amy")
    titles = {r.title for r in lead.services.evidence.query(insp, EvidenceFilter())}
    assert titles == {"FCA interview", "Amy: the child's wishes, dymuniadau"}
    found = lead.services.evidence.query(insp, EvidenceFilter(search="dymuniadau"))
    assert [r.author for r in found] == ["amy"]
    again = lead.services.team.import_bundle(amy.export(insp, include_all=False))  # a re-export: nothing new
    assert (again.new, again.updated, again.already_present) == (0, 0, again.already_present)
    assert lead.services.team.import_bundle(result.path).status == "already-imported"


def test_two_edits_of_one_item_become_a_conflict_resolved_with_both_parents(team, shared, tmp_path):
    insp, uuid = shared
    lead, amy, ben = team["lead"], team["amy"], team["ben"]
    amy.services.evidence.update(uuid, interview("FCA interview", summary="Amy: calm, clear plan"))
    ben.services.evidence.update(uuid, interview("FCA interview", summary="Ben: plan not shared with mother"))
    a_bundle, b_bundle = amy.export(insp, include_all=False), ben.export(insp, include_all=False)
    assert lead.services.team.import_bundle(a_bundle).updated == 1
    result = lead.services.team.import_bundle(b_bundle)
    assert result.conflicts == 1
    [view] = lead.services.team.conflicts(insp)
    assert (view.kind, view.entity, view.protected) == ("edit-vs-edit", "evidence", False)
    summaries = {s.origin_device: s.data["data"]["summary"] for s in view.sides}
    assert summaries == {amy.store.device_id: "Amy: calm, clear plan",
                         ben.store.device_id: "Ben: plan not shared with mother"}
    assert sum(s.shown for s in view.sides) == 1 and not any(s.mine for s in view.sides)

    # The lost edit of the audit: an ordinary edit on the head shown does not make the other edit go away.
    shown = next(s for s in view.sides if s.shown)
    lead.services.evidence.update(uuid, interview("FCA interview", summary=shown.data["data"]["summary"] + "!"))
    [still] = lead.services.team.conflicts(insp)
    assert still.conflict_id != view.conflict_id and len(still.sides) == 2
    assert any(s.mine for s in still.sides)

    combined = dict(still.side("mine").data)
    combined["data"] = interview("FCA interview", summary="Calm, clear plan; not yet shared with the mother")
    head = lead.services.team.resolve(still.conflict_id[:10], data=combined)
    assert lead.services.team.conflicts(insp) == []
    assert lead.services.team.conflicts(insp, status="resolved")[0].conflict_id == still.conflict_id
    [resolution] = [v for v in lead.store.records.history(uuid) if v.rev == head.rev]
    assert set(resolution.parents) == {(s.origin_device, s.rev) for s in still.sides}
    assert lead.services.evidence.get(uuid).data["summary"] == "Calm, clear plan; not yet shared with the mother"
    assert [r.title for r in lead.services.evidence.query(insp, EvidenceFilter(search="mother"))] == ["FCA interview"]

    # At central, the same three bundles and the lead's resolution: no conflict left, the resolution shown.
    central = CentralService(tmp_path / "central.sqlite")
    central.init()
    for laptop in team.values():
        central.trust_key(laptop.pub)
    for path in (a_bundle, b_bundle):
        assert central.merge_file(path).ok
    assert len(central.conflicts()) == 1
    out = central.merge_file(lead.export(insp, include_all=False))
    assert out.ok, out.error
    assert central.conflicts() == []
    heads = {h["uuid"]: h for h in central_store.state(central.engine)["heads"]}
    assert heads[uuid]["state"] == "current" and json.loads(heads[uuid]["data"])["data"]["summary"].startswith("Calm")
    central.close()


def test_judgements_get_no_automatic_winner_on_the_laptop_either(team, shared):
    insp, _ = shared
    lead, amy, ben = team["lead"], team["amy"], team["ben"]
    j = lead.store.records.create("judgement", {"grade": "good", "rationale": "first view"}, author="lead",
                                  inspection_uuid=insp)
    bundle = lead.export(insp, include_all=False)
    for laptop in (amy, ben):
        laptop.services.team.import_bundle(bundle)
    amy.store.records.update(j.uuid, {"grade": "adequate", "rationale": "Amy"}, author="amy")
    ben.store.records.update(j.uuid, {"grade": "excellent", "rationale": "Ben"}, author="ben")
    lead.services.team.import_bundle(amy.export(insp, include_all=False))
    assert lead.store.records.get(j.uuid).data["rationale"] == "Amy"  # no conflict yet: a fast-forward
    lead.services.team.import_bundle(ben.export(insp, include_all=False))
    [view] = lead.services.team.conflicts(insp)
    assert view.protected and view.entity == "judgement"
    assert lead.store.records.get(j.uuid).data["rationale"] == "Amy"  # unchanged: nobody won
    with pytest.raises(TeamImportRefused, match="cannot be resolved by deleting"):
        lead.services.team.resolve(view.conflict_id, delete=True)
    ben_side = next(s for s in view.sides if s.origin_device == ben.store.device_id)
    lead.services.team.resolve(view.conflict_id, keep=ben_side.ref)
    assert lead.store.records.get(j.uuid).data["rationale"] == "Ben"
    assert lead.services.team.conflicts(insp) == []


def test_refusals_change_nothing(team, shared, tmp_path):
    insp, _ = shared
    lead, amy = team["lead"], team["amy"]
    stranger = Laptop(tmp_path, "stranger")
    stranger.services.team.trust_key(lead.pub)
    stranger.services.team.import_bundle(lead.export(insp))
    stranger.services.evidence.create(insp, "interview", interview("not one of us"))
    before = lead.store.records.versions()
    with pytest.raises(TeamImportRefused, match="unknown signer key"):
        lead.services.team.import_bundle(stranger.export(insp))
    lead.services.team.revoke_key(amy.services.keys.info().fingerprint[:16])
    with pytest.raises(TeamImportRefused, match="revoked"):
        lead.services.team.import_bundle(amy.export(insp))
    own_keys = tmp_path / "keys"
    own_keys.mkdir()
    (own_keys / "ben.pub").write_text(team["ben"].pub.read_text())
    with pytest.raises(TeamImportRefused, match="written on this laptop"):
        team["ben"].services.team.import_bundle(team["ben"].export(insp), trusted_keys_dir=own_keys)
    tampered = stranger.out / "tampered.fkb"
    blob = bytearray(lead.export(insp).read_bytes())
    blob[-200] ^= 1
    tampered.write_bytes(bytes(blob))
    with pytest.raises(TeamImportRefused, match="tampered.fkb: refused"):
        lead.services.team.import_bundle(tampered)
    assert lead.store.records.versions() == before
    stranger.store.close()


def test_an_encrypted_bundle_is_explained(team, shared, tmp_path):
    from fieldkit.exchange.central_keys import generate_central_keys

    insp, _ = shared
    amy = team["amy"]
    pub = tmp_path / "central.pub"
    pub.write_text(generate_central_keys().public.file_text())
    amy.services.keys.set_central_key(pub)
    sealed = ExportService(amy.store, amy.services.keys, scanner=("test", no_findings)).export(
        insp, amy.out, include_all=True).path
    with pytest.raises(TeamImportRefused, match="encrypted to the central record"):
        team["lead"].services.team.import_bundle(sealed)


def test_team_keys_are_listed_with_fingerprints_and_revocable(team):
    lead, amy = team["lead"], team["amy"]
    keys = {k.inspector_id: k for k in lead.services.team.keys()}
    assert set(keys) == {"INS-amy", "INS-ben"}
    assert keys["INS-amy"].grouped == amy.services.keys.info().grouped
    key, added = lead.services.team.trust_key(amy.pub)
    assert not added and key.fingerprint == keys["INS-amy"].fingerprint
    with pytest.raises(ValueError, match="own key"):
        lead.services.team.trust_key(lead.pub)
    assert lead.services.team.revoke_key(key.fingerprint).revoked


def test_attached_files_come_with_the_teammates_bundle(team, shared, tmp_path):
    insp, uuid = shared
    amy, lead = team["amy"], team["lead"]
    scan = tmp_path / "photo-of-letter.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0 photo of a letter " * 100)
    info = amy.services.attachments.attach(uuid, scan)
    result = lead.services.team.import_bundle(amy.export(insp, include_all=False))
    assert result.attachments == 1
    [got] = lead.services.attachments.list(uuid)
    assert (got.sha256, got.file_name, got.media_type) == (info.sha256, "photo-of-letter.jpg", "image/jpeg")
    assert lead.services.attachments.read(info.sha256) == scan.read_bytes()
