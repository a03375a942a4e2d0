"""The headless command line, run in-process through `fieldkit.cli.main`."""

from __future__ import annotations

import argparse
import json

import pytest
import sqlcipher3

from fieldkit import __version__
from fieldkit.cli import build_parser, main
from fieldkit.paths import AppPaths
from fieldkit.storage import keystore

PASSPHRASE = "a long enough CLI passphrase"


def command_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command and sub-command in the argparse tree, root first."""
    found = [prefix]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found += command_paths(child, (*prefix, name))
    return found


ALL_COMMANDS = command_paths(build_parser())


def test_the_tree_has_the_documented_commands():
    names = {" ".join(p) for p in ALL_COMMANDS}
    assert {"store init", "store check", "store backup", "store change-passphrase", "frameworks list",
            "frameworks check", "frameworks import", "demo", "inspection list", "inspection summary",
            "inspection create"} <= names


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"fieldkit {__version__}"


@pytest.mark.parametrize("command", ALL_COMMANDS, ids=lambda p: " ".join(p) or "fieldkit")
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: {' '.join(('fieldkit', *command))}")
    assert "FIELDKIT_PASSPHRASE" in out or command[-1:] in (("store",), ("frameworks",), ("inspection",))


def test_no_command_is_an_error_not_a_crash(capsys):
    assert main([]) == 2
    assert "no command" in capsys.readouterr().err


@pytest.fixture
def env(monkeypatch, tmp_path):
    data = tmp_path / "data"
    monkeypatch.setenv("FIELDKIT_DATA_DIR", str(data))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    return AppPaths.under(data)


def test_store_init_then_check_reports_intact(env, capsys):
    assert main(["store", "init", "--name", "Ann Inspector"]) == 0
    out = capsys.readouterr().out
    assert f"created encrypted store in {env.data_dir}" in out
    assert env.key_file.exists() and env.db_file.exists()
    assert not env.session_marker.exists()  # init closes the store cleanly

    assert main(["store", "check"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "integrity: ok" in out
    assert "audit chain: intact" in out

    # init never replaces an existing store
    key = env.key_file.read_bytes()
    assert main(["store", "init", "--name", "Someone Else"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert env.key_file.read_bytes() == key


def test_store_check_reports_a_broken_audit_chain(env, capsys):
    assert main(["--data-dir", str(env.data_dir), "store", "init", "--name", "Ann Inspector"]) == 0
    dek = keystore.unwrap_key(env.key_file, PASSPHRASE)
    conn = sqlcipher3.connect(str(env.db_file))
    conn.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
    conn.execute("UPDATE audit_event SET actor = 'Mallory' WHERE seq = 1")
    conn.commit()
    conn.close()
    capsys.readouterr()

    assert main(["store", "check"]) == 1
    out = capsys.readouterr().out
    assert "audit chain: BROKEN" in out and "event 1: content altered" in out


def test_store_init_refuses_a_weak_passphrase(env, monkeypatch, capsys):
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", "short")
    assert main(["store", "init", "--name", "Ann Inspector"]) == 1
    assert "at least 10 characters" in capsys.readouterr().err
    assert not env.key_file.exists()


def test_commands_without_a_store_say_how_to_make_one(env, capsys):
    assert main(["store", "check"]) == 1
    err = capsys.readouterr().err
    assert f"no FieldKit store in {env.data_dir}" in err and "store init" in err


MALFORMED = {
    "broken-syntax.toml": 'format = "fieldkit-framework"\nformat_version = 1\nid = "x\n',
    "fframwaith-anghyflawn.toml": 'format = "fieldkit-framework"\nformat_version = 1\nid = "ciw-2018"\n',
    "not-a-framework.toml": 'format = "something-else"\n',
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_frameworks_check_names_the_malformed_file_and_fails(name, tmp_path, capsys):
    path = tmp_path / name
    path.write_text(MALFORMED[name], encoding="utf-8")
    assert main(["frameworks", "check", str(path)]) == 1
    captured = capsys.readouterr()
    assert "OK" not in captured.out
    lines = [ln for ln in captured.err.splitlines() if ln.strip()]
    assert lines, "a malformed framework must say what is wrong"
    assert str(path) in lines[0]
    assert all(str(path) in ln for ln in lines)  # every problem line names the file


def test_frameworks_check_on_a_missing_file(tmp_path, capsys):
    path = tmp_path / "nowhere.toml"
    assert main(["frameworks", "check", str(path)]) == 1
    assert str(path) in capsys.readouterr().err


def test_frameworks_list_json_is_machine_readable(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("FIELDKIT_DATA_DIR", str(tmp_path / "empty"))
    monkeypatch.delenv("FIELDKIT_PASSPHRASE", raising=False)
    assert main(["frameworks", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert isinstance(rows, list)
    for row in rows:
        assert {"id", "version", "title", "title_cy", "source", "sha256"} <= set(row)


def test_every_built_in_framework_passes_check(capsys):
    from fieldkit.domain.framework import builtin_framework_paths

    files = builtin_framework_paths()
    assert files, "resources/frameworks holds the built-in frameworks"
    for path in files:
        assert main(["frameworks", "check", str(path)]) == 0, capsys.readouterr().err
        assert capsys.readouterr().out.startswith(f"{path}: OK: ")


def test_frameworks_check_names_the_file_and_key_of_a_damaged_built_in(tmp_path, capsys):
    from fieldkit.domain.framework import builtin_framework_paths

    original = builtin_framework_paths()[0]
    lines = original.read_text(encoding="utf-8").splitlines(keepends=True)
    first = next(i for i, ln in enumerate(lines) if ln.startswith("title_cy ="))  # the framework's own
    damaged = tmp_path / f"damaged-{original.name}"
    damaged.write_text("".join(lines[:first] + lines[first + 1:]), encoding="utf-8")

    assert main(["frameworks", "check", str(damaged)]) == 1
    err = capsys.readouterr().err
    assert f"{damaged}: title_cy: required key missing" in err


def test_the_fieldkit_entry_point_hands_subcommands_to_the_cli(env, capsys):
    """`fieldkit` is fieldkit.app:main: no command opens the window, a command runs headless."""
    from fieldkit.app import main as app_main

    assert app_main(["store", "check"]) == 1
    assert f"no FieldKit store in {env.data_dir}" in capsys.readouterr().err
    assert app_main(["store", "init", "--name", "Ann Inspector"]) == 0
    assert app_main(["store", "check"]) == 0
    assert "audit chain: intact" in capsys.readouterr().out
