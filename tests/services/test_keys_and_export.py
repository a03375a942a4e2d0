"""Signing key kept in the store, central key, export of unacknowledged versions, privacy gate, receipts."""

from __future__ import annotations

import base64
import json
import subprocess
import zipfile

import pytest

from fieldkit.domain.inspection import Child, Site
from fieldkit.exchange import canonical
from fieldkit.exchange.central_keys import generate_central_keys
from fieldkit.exchange.minisign import load_public_key_file
from fieldkit.exchange.receipt import ReceiptError, build_receipt, sign_receipt
from fieldkit.exchange.verify import verify_bundle
from fieldkit.services.container import Services
from fieldkit.services.export import ExportService, NothingToExport, PrivacyNotAccepted
from fieldkit.services.keys import (
    DEVICE_SEQ_SETTING,
    PREV_MANIFEST_SETTING,
    SIGNING_KEY_SETTING,
    fingerprint_groups,
)
from fieldkit.storage.records import version_hash


@pytest.fixture
def services(store):
    return Services.over(store)


@pytest.fixture
def inspection(services):
    insp = services.inspections.create(title="Cafcass Cymru 2026", inspected_body="Cafcass Cymru",
                                       framework_id="ciw-2018")
    services.inspections.add_site(insp, Site(name="Llandudno office"))
    services.inspections.add_child(insp, Child(pseudonym="Child A", age=7))
    return insp


@pytest.fixture
def central(services, tmp_path):
    keys = generate_central_keys()
    pub = tmp_path / "central.pub.json"
    pub.write_text(keys.public.file_text())
    services.keys.set_central_key(pub)
    return keys


def no_findings(text):
    return []


def accept_all(services) -> ExportService:
    return ExportService(services.store, services.keys, scanner=("test", no_findings))


def test_signing_key_is_created_once_and_kept_only_in_the_store(services, store, paths):
    first = services.keys.signing_key()
    again = services.keys.signing_key()
    assert first.fingerprint == again.fingerprint
    assert base64.b64decode(store.setting(SIGNING_KEY_SETTING)) == first.private_bytes()
    actions = [e["action"] for e in store.records.audit_events()]
    assert actions.count("signing-key-created") == 1
    seed = first.private_bytes()
    for f in paths.data_dir.rglob("*"):  # the store is encrypted: the seed appears in no file as is
        if f.is_file():
            blob = f.read_bytes()
            assert seed not in blob and base64.b64encode(seed) not in blob, f


def test_fingerprint_groups_and_public_key_export(services, tmp_path):
    info = services.keys.info()
    assert info.grouped.replace(" ", "") == info.fingerprint and len(info.grouped.split()) == 16
    assert fingerprint_groups("abcdef12") == "abcd ef12"
    out = services.keys.export_public(tmp_path / "me.pub")
    key = load_public_key_file(out.read_text())
    assert key.fingerprint == info.fingerprint
    assert out.read_text().startswith(f"untrusted comment: minisign public key {info.key_id}\n")
    with pytest.raises(FileExistsError):
        services.keys.export_public(out)


def test_default_export_leaves_out_the_child_register_and_is_sealed_to_central(services, inspection, central,
                                                                                 tmp_path):
    result = accept_all(services).export(inspection, tmp_path)
    assert result.encrypted and result.path.name.endswith(".fkb.enc")
    assert result.central_key_fingerprint == central.fingerprint
    key = services.keys.signing_key()
    bundle = verify_bundle(result.path, trusted_keys={key.fingerprint: key.public_key},
                           central_private_key=central.encryption_private)
    entities = sorted(r["entity"] for r in bundle.records)
    assert entities == ["inspection", "site"]
    assert bundle.manifest["device_seq"] == 1 and bundle.manifest["prev_manifest_sha256"] is None
    assert bundle.manifest["inspection_id"] == inspection
    assert bundle.audit_events[0]["seq"] == 1
    store = services.store
    assert store.setting(DEVICE_SEQ_SETTING) == 1 and store.setting(PREV_MANIFEST_SETTING) == result.manifest_sha256
    assert store.records.audit_events()[-1]["action"] == "export"
    assert store.records.audit_events()[-1]["uuid"] == result.bundle_id


def test_sequence_and_previous_hash_chain_across_bundles(services, inspection, tmp_path):
    exporter = accept_all(services)
    first = exporter.export(inspection, tmp_path / "one.fkb")
    second = exporter.export(inspection, tmp_path / "two.fkb")
    key = services.keys.signing_key()
    b2 = verify_bundle(second.path, trusted_keys={key.fingerprint: key.public_key})
    assert (b2.manifest["device_seq"], b2.manifest["prev_manifest_sha256"]) == (2, first.manifest_sha256)


def test_no_encrypt_is_audited(services, inspection, central, tmp_path):
    result = accept_all(services).export(inspection, tmp_path / "plain.fkb", encrypt=False)
    assert not result.encrypted and result.path.read_bytes()[:2] == b"PK"
    assert services.store.records.audit_events()[-1]["action"] == "export-unencrypted"


def test_safeguarding_concerns_travel_even_when_acknowledged(services, inspection, tmp_path):
    records = services.store.records
    concern = records.create("concern", {"summary": "seen at visit"}, author="Ann", inspection_uuid=inspection)
    with records.transaction() as s:
        from fieldkit.storage.acknowledgements import acknowledge
        versions = records.versions(inspection_uuid=inspection)
        acknowledge(s, "receipt-1", [{"uuid": v.uuid, "origin_device": v.origin_device, "rev": v.rev,
                                      "version_hash": v.version_hash} for v in versions])
    plan = accept_all(services).plan(inspection)
    assert [v.uuid for v in plan.versions] == [concern.uuid]
    assert len(accept_all(services).plan(inspection, include_all=True).versions) == 3


def test_privacy_findings_block_export_until_accepted(services, inspection, tmp_path):
    services.store.records.create("note", {"text": "Met Mrs Jones at 12 High Street, CF10 1AA"}, author="Ann",
                                  inspection_uuid=inspection)

    def postcode(text):
        import re
        return [m.group(0) for m in re.finditer(r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}", text)]

    exporter = ExportService(services.store, services.keys, scanner=("postcodes", postcode))
    plan = exporter.plan(inspection)
    assert plan.privacy.needs_confirmation
    [finding] = plan.privacy.findings
    assert (finding.entity, finding.field, finding.text) == ("note", "text", "CF10 1AA")
    assert "[CF10 1AA]" in finding.excerpt
    with pytest.raises(PrivacyNotAccepted):
        exporter.write(plan, tmp_path / "x.fkb")
    assert not (tmp_path / "x.fkb").exists()
    assert services.store.setting(DEVICE_SEQ_SETTING) is None
    assert exporter.write(plan, tmp_path / "x.fkb", accept_privacy_report=True).records == 3


def test_without_a_privacy_checker_the_export_needs_confirmation(services, inspection, tmp_path):
    exporter = ExportService(services.store, services.keys, scanner=None)
    plan = exporter.plan(inspection)
    assert plan.privacy.checker is None and plan.privacy.needs_confirmation
    assert "no privacy checker" in plan.privacy.lines()[0]
    with pytest.raises(PrivacyNotAccepted):
        exporter.write(plan, tmp_path / "x.fkb")


def _receipt_for(services, central, versions, *, audit_through=None, device=None) -> bytes:
    body = build_receipt(bundle_id="b-1", manifest_sha256="0" * 64, device_id=device or services.store.device_id,
                         issued_at="2026-11-22T14:00:00+00:00", audit_through_seq=audit_through,
                         versions=[{"uuid": v.uuid, "origin_device": v.origin_device, "rev": v.rev,
                                    "version_hash": v.version_hash} for v in versions])
    return sign_receipt(body, central.receipt_signing)


def test_receipt_marks_versions_and_the_next_export_leaves_them_out(services, inspection, central, tmp_path):
    exporter = accept_all(services)
    plan = exporter.plan(inspection)
    exporter.write(plan, tmp_path / "one.fkb")
    rfile = tmp_path / "receipt.json"
    rfile.write_bytes(_receipt_for(services, central, plan.versions, audit_through=plan.audit_events[-1]["seq"]))
    result = services.receipts.apply(rfile)
    assert (result.marked, result.already, result.unknown, result.mismatched) == (2, 0, 0, 0)
    assert exporter.plan(inspection).versions == (), exporter.plan(inspection).versions
    with pytest.raises(NothingToExport):
        exporter.export(inspection, tmp_path / "two.fkb")
    services.inspections.update(inspection, scope="Family court work")
    nxt = exporter.plan(inspection)
    assert [(v.entity, v.rev) for v in nxt.versions] == [("inspection", 2)]
    assert nxt.audit_events[0]["seq"] == plan.audit_events[-1]["seq"] + 1
    assert services.receipts.apply(rfile).already == 2  # applying twice changes nothing


def test_receipt_with_wrong_hash_or_wrong_signer_marks_nothing(services, inspection, central, tmp_path):
    versions = services.store.records.versions(inspection_uuid=inspection)
    forged = [v.__class__(**{**v.__dict__, "version_hash": "f" * 64}) for v in versions]
    rfile = tmp_path / "r.json"
    rfile.write_bytes(_receipt_for(services, central, forged))
    assert services.receipts.apply(rfile).mismatched == len(versions)
    other = generate_central_keys()
    rfile.write_bytes(_receipt_for(services, other, versions))
    with pytest.raises(ReceiptError, match="signature"):
        services.receipts.apply(rfile)
    body = json.loads(_receipt_for(services, central, versions))
    body["receipt"]["versions"] = body["receipt"]["versions"][:1] + body["receipt"]["versions"]
    rfile.write_bytes(canonical.document(body))
    with pytest.raises(ReceiptError):
        services.receipts.apply(rfile)
    assert all(v.version_hash for v in services.store.records.versions(unacknowledged_only=True))
    assert len(services.store.records.versions(unacknowledged_only=True)) == len(
        services.store.records.versions())


def test_receipt_for_another_device_is_refused(services, inspection, central, tmp_path):
    versions = services.store.records.versions(inspection_uuid=inspection)
    rfile = tmp_path / "r.json"
    rfile.write_bytes(_receipt_for(services, central, versions, device="another-device"))
    with pytest.raises(ReceiptError, match="another-device"):
        services.receipts.apply(rfile)


def test_version_hash_matches_store(services, inspection):
    v = services.store.records.versions(inspection_uuid=inspection)[0]
    assert version_hash(v.envelope()) == v.version_hash


def test_stock_minisign_verifies_an_exported_bundle(services, inspection, tmp_path):
    result = accept_all(services).export(inspection, tmp_path / "b.fkb")
    pub = services.keys.export_public(tmp_path / "me.pub")
    with zipfile.ZipFile(result.path) as zf:
        zf.extract("manifest.json", tmp_path)
        zf.extract("manifest.json.minisig", tmp_path)
    out = subprocess.run(["minisign", "-V", "-p", str(pub), "-m", str(tmp_path / "manifest.json"),
                          "-x", str(tmp_path / "manifest.json.minisig")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert f"bundle_id={result.bundle_id}" in out.stdout
    assert f"manifest_sha256={result.manifest_sha256}" in out.stdout


def test_default_privacy_checker_knows_the_register_and_the_never_write_list(services, inspection, tmp_path):
    records = services.store.records
    records.create("never_write", {"names": ["Gwen Pritchard"]}, author="Ann", inspection_uuid=inspection)
    records.create("note", {"text": "Child A was calm. Spoke to Pritchard later. Office at CF10 1AA."},
                   author="Ann", inspection_uuid=inspection)
    plan = services.export.plan(inspection)
    assert plan.privacy.checker == "fieldkit.domain.privacy"
    kinds = sorted(f.kind for f in plan.privacy.findings)
    assert kinds == ["never_write", "postcode"], plan.privacy.lines()
    assert not any("Child A" in f.text for f in plan.privacy.findings)
    assert all(v.entity not in ("child", "never_write") for v in plan.versions)


def test_flagged_safeguarding_evidence_travels_in_every_bundle(services, inspection):
    records = services.store.records
    item = records.create("evidence", {"title": "concern", "safeguarding": True}, author="Ann",
                          inspection_uuid=inspection)
    with records.transaction() as s:
        from fieldkit.storage.acknowledgements import acknowledge
        acknowledge(s, "receipt-1", [{"uuid": v.uuid, "origin_device": v.origin_device, "rev": v.rev,
                                      "version_hash": v.version_hash} for v in records.versions()])
    assert [v.uuid for v in accept_all(services).plan(inspection).versions] == [item.uuid]
