"""Laptop to central and back through the command line: export (encrypted), verify, merge, receipt, export again."""

from __future__ import annotations

import json
import zipfile

import pytest

from fieldkit.cli import main

PASSPHRASE = "a long enough CLI passphrase"


@pytest.fixture
def laptop(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    data = tmp_path / "laptop"

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data), *argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    assert run("store", "init", "--name", "Ann Inspector")[0] == 0
    code, out, _ = run("inspection", "create", "--title", "Cafcass Cymru practice review", "--body",
                       "Cafcass Cymru", "--framework", "ciw-2018")
    assert code == 0
    run.inspection = out.strip()
    return run


def test_round_trip_laptop_central_receipt_laptop(laptop, central_url, tmp_path):
    keys = tmp_path / "keys"
    keys.mkdir()
    priv, pub = tmp_path / "central.key", tmp_path / "central.pub"
    assert laptop("central", "keygen", "--out-private", str(priv), "--out-public", str(pub))[0] == 0
    assert laptop("central-key", "set", str(pub))[0] == 0
    code, out, _ = laptop("key", "show", "--json")
    fingerprint = json.loads(out)["fingerprint"]
    assert laptop("key", "set-inspector-id", "INS-042")[0] == 0
    assert laptop("key", "export-public", "--out", str(keys / "INS-042.pub"))[0] == 0

    assert laptop("central", "init", central_url)[0] == 0
    code, out, _ = laptop("central", "trust-key", central_url, str(keys / "INS-042.pub"), "--inspector", "INS-042")
    assert code == 0 and out.startswith("trusted")

    outdir = tmp_path / "usb"
    outdir.mkdir()
    code, out, err = laptop("bundle", "export", "--inspection", laptop.inspection[:8], "--out", str(outdir),
                            "--accept-privacy-report", "--json")
    assert code == 0, err
    exported = json.loads(out)
    assert exported["encrypted"] and exported["records"] == 1 and exported["file"].endswith(".fkb.enc")
    assert "privacy check" in err
    bundle = exported["file"]

    code, out, err = laptop("bundle", "verify", bundle, "--trusted-keys", str(keys))
    assert code == 1 and "encrypted" in err and "REFUSED" in err
    code, out, err = laptop("bundle", "verify", bundle, "--trusted-keys", str(keys), "--central-key", str(priv),
                            "--json")
    assert code == 0, err
    assert json.loads(out)["signer_fingerprint"] == fingerprint

    receipts = tmp_path / "receipts"
    code, out, err = laptop("merge", bundle, "--into", central_url, "--central-key", str(priv), "--receipts",
                            str(receipts))
    assert code == 0, out + err
    assert "merged: 1 new, 0 updated, 0 already present" in out
    receipt = receipts / f"receipt-{exported['bundle_id']}.json"
    assert receipt.exists()
    code, out, err = laptop("merge", bundle, "--into", central_url, "--central-key", str(priv), "--json")
    assert code == 0 and json.loads(out)[0]["status"] == "already-ingested"

    code, out, err = laptop("bundle", "receipt", str(receipt))
    assert code == 0, err
    assert "1 versions acknowledged" in out
    code, out, err = laptop("bundle", "export", "--inspection", laptop.inspection, "--out", str(outdir),
                            "--accept-privacy-report")
    assert code == 1 and "no record versions to export" in err
    code, out, err = laptop("receipt", "import", str(receipt))  # the alias, and applying twice is harmless
    assert code == 0 and "0 versions acknowledged, 1 already were" in out

    code, out, _ = laptop("central", "revoke-key", central_url, fingerprint[:12])
    assert code == 0 and fingerprint in out
    code, out, _ = laptop("central", "keys", central_url, "--json")
    assert json.loads(out)[0]["revoked"] is True
    code, out, err = laptop("merge", bundle, "--into", central_url, "--central-key", str(priv))
    assert code == 1 and "REFUSED" in out and "revoked" in out  # verified before the ledger is consulted

def test_export_refuses_without_accepting_findings_and_verify_names_the_damage(laptop, tmp_path):
    code, out, err = laptop("inspection", "create", "--title", "Visit with Mrs Jones", "--body", "Cafcass Cymru",
                            "--framework", "ciw-2018")
    insp = out.strip()
    code, out, err = laptop("bundle", "export", "--inspection", insp, "--out", str(tmp_path / "b.fkb"))
    assert code == 1 and "title_name" in err and "--accept-privacy-report" in err
    assert not (tmp_path / "b.fkb").exists()
    assert laptop("bundle", "export", "--inspection", insp, "--out", str(tmp_path / "b.fkb"),
                  "--accept-privacy-report")[0] == 0
    keys = tmp_path / "keys"
    keys.mkdir()
    laptop("key", "export-public", "--out", str(keys / "me.pub"))
    assert laptop("bundle", "verify", str(tmp_path / "b.fkb"), "--trusted-keys", str(keys))[0] == 0
    with zipfile.ZipFile(tmp_path / "b.fkb", "a") as zf:
        zf.writestr("payload/extra.txt", b"x")
    code, out, err = laptop("bundle", "verify", str(tmp_path / "b.fkb"), "--trusted-keys", str(keys))
    assert code == 1 and "REFUSED" in err
