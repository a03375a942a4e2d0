"""`fieldkit inspection set-nodes ID --off CODE --on CODE`: optional framework nodes after creation."""

import pytest

from fieldkit.cli import main
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def mcsi(paths, monkeypatch, capsys):
    from fieldkit.services.store import LocalStore

    LocalStore(paths).create(PASSPHRASE, display_name="Rhian Evans", params=FAST_KDF).close()
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FIELDKIT_DATA_DIR", str(paths.data_dir))
    assert main(["inspection", "create", "--title", "Thematic", "--body", "CAFCASS", "--framework", "mcsi-2004"]) == 0
    return capsys.readouterr().out.strip()


def test_switch_key_functions_off_and_back_on(mcsi, capsys):
    assert main(["inspection", "set-nodes", mcsi[:8], "--off", "KF2", "--off", "KF3"]) == 0
    assert capsys.readouterr().out.strip() == "switched off: KF2, KF3"
    assert main(["inspection", "set-nodes", mcsi, "--on", "KF3"]) == 0
    assert capsys.readouterr().out.strip() == "switched off: KF2"
    assert main(["inspection", "set-nodes", mcsi, "--on", "KF2"]) == 0
    assert capsys.readouterr().out.strip() == "every node is switched on"


def test_a_mandatory_or_unknown_node_is_refused_by_name(mcsi, capsys):
    assert main(["inspection", "set-nodes", mcsi, "--off", "KF7"]) == 1
    err = capsys.readouterr().err
    assert "KF7: no such node in framework mcsi-2004" in err and "optional ones: KF1, KF2, KF3" in err
    assert main(["inspection", "set-nodes", mcsi]) == 0, "no change asked: says what is off"
    assert capsys.readouterr().out.strip() == "every node is switched on"


def test_set_nodes_has_help(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["inspection", "set-nodes", "--help"])
    assert exit_info.value.code == 0
    assert "--off CODE" in capsys.readouterr().out
