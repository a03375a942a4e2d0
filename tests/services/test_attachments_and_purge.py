"""Files attached to evidence (encrypted in the store, exported, merged centrally) and the guarded purge."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from fieldkit.exchange.central_keys import generate_central_keys
from fieldkit.exchange.verify import verify_bundle
from fieldkit.services.central import CentralService
from fieldkit.services.container import Services
from fieldkit.services.export import ExportService
from fieldkit.services.purge import PurgeChanged
from fieldkit.storage import central as central_store

SCAN = b"\x89PNG\r\n\x1a\n" + b"scanned page of the case file, Plentyn A " * 400


def no_findings(text):
    return []


@pytest.fixture
def services(store):
    services = Services.over(store)
    services.keys.set_inspector_id("INS-042")
    return services


@pytest.fixture
def insp(services):
    return services.inspections.create(title="Cafcass Cymru 2026", inspected_body="Cafcass Cymru",
                                       framework_id="ciw-2018")


def document(services, insp, title="Letter to the court"):
    return services.evidence.create(insp, "document_register", {
        "evidence_date": "2018-11-06", "title": title, "document_title": title, "how_obtained": "copied"}).uuid


@pytest.fixture
def central(tmp_path, services):
    keys = generate_central_keys()
    (tmp_path / "central.key").write_text(keys.file_text())
    (tmp_path / "central.pub").write_text(keys.public.file_text())
    services.keys.set_central_key(tmp_path / "central.pub")
    service = CentralService(tmp_path / "central.sqlite")
    service.init()
    pub = tmp_path / "ins.pub"
    services.keys.export_public(pub)
    service.trust_key(pub)
    yield service, keys
    service.close()


def export(services, insp, out, **kwargs):
    return ExportService(services.store, services.keys, scanner=("test", no_findings)).export(insp, out, **kwargs)


def test_a_file_is_attached_encrypted_at_rest_listed_and_read_back(services, insp, tmp_path, paths):
    item = document(services, insp)
    scan = tmp_path / "page-1.png"
    scan.write_bytes(SCAN)
    info = services.attachments.attach(item, scan)
    assert (info.file_name, info.media_type, info.size, info.is_image) == ("page-1.png", "image/png", len(SCAN), True)
    again = services.attachments.attach(item, scan, file_name="page-1 again.png")  # same bytes: stored once
    assert again.sha256 == info.sha256
    assert [a.file_name for a in services.attachments.list(item)] == ["page-1.png", "page-1 again.png"]
    assert services.attachments.read(info.sha256) == SCAN
    services.store.close()
    for f in paths.data_dir.glob("fieldkit.db*"):
        assert b"Plentyn A" not in f.read_bytes(), f  # SQLCipher: nothing readable on disk


def test_attaching_refuses_what_it_cannot_take(services, insp, tmp_path):
    item = document(services, insp)
    with pytest.raises(KeyError):
        services.attachments.attach("no-such-item", tmp_path)
    with pytest.raises(ValueError, match="cannot be read"):
        services.attachments.attach(item, tmp_path / "absent.png")
    services.evidence.delete(item)
    (tmp_path / "x.png").write_bytes(b"x")
    with pytest.raises(ValueError, match="restore it"):
        services.attachments.attach(item, tmp_path / "x.png")


def test_attachments_travel_in_the_bundle_and_reach_central(services, insp, tmp_path, central):
    service, keys = central
    item = document(services, insp)
    (tmp_path / "p.png").write_bytes(SCAN)
    info = services.attachments.attach(item, tmp_path / "p.png")
    out = tmp_path / "out"
    out.mkdir()
    result = export(services, insp, out)
    assert result.attachments == 1
    with verify_bundle(result.path, trusted_keys={services.keys.signing_key().fingerprint:
                                                  services.keys.signing_key().public_key},
                       central_private_key=keys.encryption_private) as bundle:
        assert dict(bundle.attachments) == {info.sha256: SCAN}
    from fieldkit.services.central import load_central_key_file

    merged = service.merge_file(result.path, central_key=load_central_key_file(tmp_path / "central.key"))
    assert merged.ok, merged.error
    with service.engine.connect() as conn:
        F = central_store.CentralAttachment.__table__
        assert conn.execute(select(F.c.sha256, F.c.size)).all() == [(info.sha256, len(SCAN))]


def received(services, insp, tmp_path, central) -> None:
    """Export everything, merge it at central, bring the receipt back."""
    from fieldkit.services.central import load_central_key_file

    service, _ = central
    out = tmp_path / f"out-{len(list(tmp_path.iterdir()))}"
    out.mkdir()
    path = export(services, insp, out).path
    key = load_central_key_file(tmp_path / "central.key")
    merged = service.merge_file(path, central_key=key, receipts_dir=out)
    assert merged.ok, merged.error
    assert services.receipts.apply(merged.receipt_path).marked > 0


def test_purge_removes_only_acknowledged_versions_nothing_shown_and_keeps_restore_working(
        services, insp, tmp_path, central):
    item = document(services, insp, "v1")
    for n in (2, 3):
        services.evidence.update(item, {"evidence_date": "2018-11-06", "title": f"v{n}", "document_title": "d",
                                        "how_obtained": "copied"})
    gone = document(services, insp, "to be deleted")
    services.evidence.update(gone, {"evidence_date": "2018-11-06", "title": "edited", "document_title": "d",
                                    "how_obtained": "copied"})
    services.evidence.delete(gone)
    concern = services.store.records.create("concern", {"text": "safeguarding"}, author="Ann",
                                            inspection_uuid=insp)
    services.store.records.update(concern.uuid, {"text": "safeguarding, updated"}, author="Ann")
    assert services.purge.plan(insp).count == 0  # nothing acknowledged yet: nothing may go

    received(services, insp, tmp_path, central)
    services.evidence.update(item, {"evidence_date": "2018-11-06", "title": "v4 (not yet sent)",
                                    "document_title": "d", "how_obtained": "copied"})
    preview = services.purge.plan(insp)
    removable = {(e, u, r) for e, u, _, r in preview.versions}
    # item: v1 to v3 go (central holds them; v3 is only the base of v4); v4, unsent and shown, stays.
    assert {("evidence", item, r) for r in (1, 2, 3)} <= removable
    assert ("evidence", item, 4) not in removable
    assert ("evidence", gone, 1) in removable and ("evidence", gone, 2) not in removable  # kept for Restore
    assert ("concern", concern.uuid, 1) in removable and ("concern", concern.uuid, 2) not in removable
    assert preview.kept["shown now"] >= 3 and preview.kept["not acknowledged by central"] == 1
    assert preview.kept["kept for Restore"] == 1

    done = services.purge.purge(insp, expected=preview)
    assert done.removed and done.versions == preview.versions
    assert [v.rev for v in services.store.records.history(item)] == [4]
    assert services.evidence.get(item).data["title"] == "v4 (not yet sent)"
    assert services.store.records.audit_events()[-1]["action"] == "purge"
    assert services.purge.plan(insp).count == 0
    with pytest.raises(PurgeChanged, match="changed since the preview"):
        services.purge.purge(insp, expected=preview)
    assert services.evidence.restore(gone).data["title"] == "edited"


def test_purge_never_removes_versions_a_teammate_edit_still_needs(services, insp, tmp_path, central):
    """An unacknowledged version built on acknowledged ones blocks nothing below it from going, but an
    acknowledged version built on an unacknowledged one may not go (the history must stay a prefix)."""
    from fieldkit.storage import purge as guard

    records = services.store.records
    head = records.create("site", {"name": "Llandudno"}, author="Ann", inspection_uuid=insp)
    records.update(head.uuid, {"name": "Llandudno office"}, author="Ann")
    received(services, insp, tmp_path, central)
    with records.transaction() as s:  # rev 1 never acknowledged (e.g. its receipt was lost)
        from sqlalchemy import update

        RV = guard.RV
        s.execute(update(RV).where(RV.c.uuid == head.uuid, RV.c.rev == 1).values(acknowledged_by=None))
    records.update(head.uuid, {"name": "Llandudno office (closed)"}, author="Ann")
    plan = services.purge.plan(insp)
    assert not any(u == head.uuid for _, u, _, _ in plan.versions)
    assert plan.kept.get("built on a version that stays", 0) >= 1


def test_purge_of_attachments_removes_files_no_version_needs(services, insp, tmp_path, central):
    item = document(services, insp)
    (tmp_path / "p.png").write_bytes(SCAN)
    info = services.attachments.attach(item, tmp_path / "p.png")
    services.attachments.remove(info.uuid)
    received(services, insp, tmp_path, central)
    preview = services.purge.plan(insp)
    assert preview.attachments == 0  # the tombstone is shown, the linking version is kept for Restore
    assert services.attachments.read(info.sha256) == SCAN
