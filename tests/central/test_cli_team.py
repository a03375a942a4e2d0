"""The lead's team exchange through the command line: bundle import, conflicts list/show/resolve, evidence
attach, store purge with a dry run. Two real laptops (data folders), real bundles."""

from __future__ import annotations

import json

import pytest

from fieldkit.cli import main

PASSPHRASE = "a long enough CLI passphrase"


@pytest.fixture
def laptops(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)

    def laptop(name: str):
        data = tmp_path / name

        def run(*argv: str) -> tuple[int, str, str]:
            code = main(["--data-dir", str(data), *argv])
            out = capsys.readouterr()
            return code, out.out, out.err

        assert run("store", "init", "--name", name)[0] == 0
        assert run("key", "set-inspector-id", f"INS-{name}")[0] == 0
        run.pub = tmp_path / f"{name}.pub"
        assert run("key", "export-public", "--out", str(run.pub))[0] == 0
        run.usb = tmp_path / f"usb-{name}"
        run.usb.mkdir()
        return run

    return laptop("lead"), laptop("amy"), tmp_path


def export(run, inspection: str, *extra: str) -> str:
    code, out, err = run("bundle", "export", "--inspection", inspection, "--out", str(run.usb), "--no-encrypt",
                         "--accept-privacy-report", "--json", *extra)
    assert code == 0, err
    return json.loads(out)["file"]


def test_import_conflicts_resolve_attach_and_purge(laptops, tmp_path):
    lead, amy, _ = laptops
    code, out, _ = lead("inspection", "create", "--title", "Practice review", "--body", "Cafcass Cymru",
                        "--framework", "ciw-2018")
    inspection = out.strip()
    # A teammate cannot import before trusting the lead's key: the refusal says what to do.
    code, _, err = amy("bundle", "import", export(lead, inspection))
    assert code == 1 and "no teammate keys are enrolled" in err
    code, out, _ = amy("team", "trust-key", str(lead.pub), "--inspector", "INS-lead")
    assert code == 0 and out.startswith("trusted:")
    code, out, _ = amy("team", "keys", "--json")
    assert [k["inspector_id"] for k in json.loads(out)] == ["INS-lead"]
    keys = tmp_path / "keys"
    keys.mkdir()
    (keys / "amy.pub").write_text(amy.pub.read_text())
    code, out, err = amy("bundle", "import", export(lead, inspection, "--all"), "--json")
    assert code == 0, err
    assert json.loads(out)["status"] == "imported"

    # Both edit the inspection's record: a conflict on the lead's laptop.
    for run, scope in ((lead, "lead's scope"), (amy, "amy's scope")):
        from fieldkit.paths import AppPaths
        from fieldkit.services.container import Services
        from fieldkit.services.store import LocalStore

        store = LocalStore(AppPaths.under(tmp_path / ("lead" if run is lead else "amy"))).unlock(PASSPHRASE)
        try:
            Services.over(store).inspections.update(inspection, scope=scope)
        finally:
            store.close()
    code, out, err = lead("bundle", "import", export(amy, inspection), "--trusted-keys", str(keys))
    assert code == 0, err
    assert "1 conflicts" in out and "fieldkit conflicts list" in out
    code, out, _ = lead("conflicts", "list", "--json")
    [conflict] = json.loads(out)
    assert conflict["entity"] == "inspection" and len(conflict["versions"]) == 2
    assert [v["mine"] for v in conflict["versions"]].count(True) == 1
    code, out, _ = lead("conflicts", "show", conflict["conflict_id"][:8])
    assert "amy's scope" in out and "lead's scope" in out
    code, out, err = lead("conflicts", "resolve", conflict["conflict_id"][:8], "--keep", "theirs")
    assert code == 0, err
    assert "naming every head" in out
    code, out, _ = lead("conflicts", "list")
    assert out.strip() == "no conflicts"
    code, out, _ = lead("inspection", "summary", inspection, "--json")
    assert code == 0

    # Attach a file to an evidence item and list it.
    from fieldkit.paths import AppPaths
    from fieldkit.services.container import Services
    from fieldkit.services.store import LocalStore

    store = LocalStore(AppPaths.under(tmp_path / "lead")).unlock(PASSPHRASE)
    try:
        item = Services.over(store).evidence.create(inspection, "document_register", {
            "evidence_date": "2018-11-06", "title": "Letter", "document_title": "Letter", "how_obtained": "copied"})
    finally:
        store.close()
    scan = tmp_path / "letter.pdf"
    scan.write_bytes(b"%PDF-1.4 not really")
    code, out, err = lead("evidence", "attach", item.uuid, str(scan))
    assert code == 0 and "application/pdf" in out, err
    code, out, _ = lead("evidence", "attachments", item.uuid, "--json")
    [listed] = json.loads(out)
    code, out, err = lead("evidence", "attachment-save", item.uuid, listed["sha256"][:10], "--out",
                          str(tmp_path / "copy.pdf"))
    assert code == 0 and (tmp_path / "copy.pdf").read_bytes() == scan.read_bytes(), err

    # Nothing acknowledged yet: the dry run removes nothing and says why.
    code, out, _ = lead("store", "purge", "--inspection", inspection[:8], "--dry-run")
    assert code == 0 and "would remove 0" in out and "not acknowledged by central" in out
    assert "dry run: nothing was removed" in out
    code, out, err = lead("conflicts", "resolve", "nope00", "--keep", "mine")
    assert code == 1 and "no conflict nope00" in err
