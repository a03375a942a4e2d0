"""`fieldkit demo`, `inspection list --json` and `inspection summary --json` for scripts."""

import json

import pytest

from fieldkit.cli import main
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def cli_store(paths, monkeypatch):
    from fieldkit.services.store import LocalStore

    LocalStore(paths).create(PASSPHRASE, display_name="Rhian Evans", params=FAST_KDF).close()
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FIELDKIT_DATA_DIR", str(paths.data_dir))
    return paths


def test_demo_then_list_and_summary_as_json(cli_store, capsys):
    assert main(["demo"]) == 0
    uuid = capsys.readouterr().out.strip()
    assert main(["inspection", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    # The demo and the follow-up its open recommendations were carried forward into; the id printed is the demo's.
    by_id = {r["id"]: r for r in rows}
    assert len(rows) == 2 and uuid in by_id
    assert by_id[uuid]["framework"] == "ciw-2018" and by_id[uuid]["status"] == "active"
    [follow_up] = [r for r in rows if r["id"] != uuid]
    assert follow_up["title"] == "Follow-up of the inspection of Cafcass Cymru (demo)"
    assert main(["inspection", "summary", uuid[:8], "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["title"] == "Inspection of Cafcass Cymru (demo)"
    assert summary["framework"]["id"] == "ciw-2018" and summary["framework"]["title_cy"]
    assert summary["counts"]["site"] == 5 and summary["counts"]["team_member"] == 7


def test_create_then_archived_inspection_leaves_default_list(cli_store, capsys):
    assert main(["inspection", "create", "--title", "Region", "--body", "Cafcass East Midlands",
                 "--framework", "ofsted-hmica-2007", "--start", "2007-10-01", "--end", "2007-10-12"]) == 0
    uuid = capsys.readouterr().out.strip()
    assert main(["inspection", "summary", uuid, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["fieldwork"] == {"start": "2007-10-01", "end": "2007-10-12",
                                                                "notice": None}


def test_bad_dates_and_unknown_ids_fail_with_one_clear_line(cli_store, capsys):
    assert main(["inspection", "create", "--title", "X", "--body", "Y", "--framework", "ofsted-hmica-2007",
                 "--start", "2007-10-12", "--end", "2007-10-01"]) == 1
    assert "fieldwork end: before fieldwork start" in capsys.readouterr().err
    assert main(["inspection", "summary", "nonexistent-id", "--json"]) == 1
    assert "no inspection nonexistent-id" in capsys.readouterr().err
