"""`fieldkit report` end to end: a real store on disk, the passphrase from the environment, files written."""

from __future__ import annotations

import hashlib

import pytest

from fieldkit.cli import main
from fieldkit.paths import AppPaths
from fieldkit.services.container import Services
from fieldkit.services.store import LocalStore
from tests.conftest import PASSPHRASE
from tests.reports.conftest import make_store, pdf_text


@pytest.fixture(scope="module")
def on_disk(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli") / "data"
    store = make_store(root)
    services = Services.over(store)
    from tests.reports.ofsted_fixture import build

    ids = build(services)
    store.close()
    return root, ids


def run(root, *args) -> int:
    return main(["--data-dir", str(root), "report", *args])


def test_report_writes_the_pdf_and_audits_the_save(on_disk, tmp_path, monkeypatch, capsys):
    root, ids = on_disk
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "evidence.pdf"
    assert run(root, "--inspection", ids["inspection"][:8], "--kind", "evidence-report", "--profile", "published",
               "--lang", "cy", "--marking", "OFFICIAL", "--out", str(out)) == 0
    said = capsys.readouterr().out
    assert f"wrote {out}" in said and "evidence-report, published, cy" in said
    text = pdf_text(out.read_bytes(), tmp_path)
    assert "Adroddiad tystiolaeth yr arolygiad" in text and text.count("OFFICIAL") >= 4
    store = LocalStore(AppPaths.under(root)).unlock(PASSPHRASE)
    try:
        events = [e for e in store.records.audit_events() if e["entity"] == "report"]
    finally:
        store.close()
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert events[-1]["action"] == f"report-saved:evidence-report:published:cy:sha256={digest}"
    assert events[-1]["uuid"] == ids["inspection"] and events[-1]["actor"] == "Ann Inspector"


def test_refusals_are_clear_and_write_nothing(on_disk, tmp_path, monkeypatch, capsys):
    root, ids = on_disk
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "log.pdf"
    assert run(root, "--inspection", ids["inspection"], "--kind", "safeguarding-log", "--profile",
               "factual-accuracy", "--out", str(out)) == 1
    assert "refused: the safeguarding referral log is restricted to the internal profile" in capsys.readouterr().err
    assert not out.exists()
    assert run(root, "--inspection", ids["inspection"], "--kind", "methodology", "--items", "abc", "--out",
               str(out)) == 1
    assert "--items selects evidence items for --kind record only" in capsys.readouterr().err
    assert run(root, "--inspection", ids["inspection"], "--kind", "record", "--items", "zzzzzzzz", "--out",
               str(out)) == 1
    assert "items: no evidence item zzzzzzzz in this inspection" in capsys.readouterr().err
    out.write_bytes(b"keep me")
    assert run(root, "--inspection", ids["inspection"], "--kind", "safeguarding-log", "--out", str(out)) == 1
    assert "already exists" in capsys.readouterr().err and out.read_bytes() == b"keep me"
    assert run(root, "--inspection", ids["inspection"], "--kind", "safeguarding-log", "--out", str(out),
               "--force") == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert run(root, "--inspection", ids["inspection"], "--kind", "recommendations", "--out",
               str(tmp_path / "no" / "such" / "dir.pdf")) == 1
    assert "out: no folder" in capsys.readouterr().err
