"""Generated files are committed; these tests fail when a source changed and the output was not rebuilt."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import build_i18n  # noqa: E402
import build_ui  # noqa: E402

_HEADER = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.M)


def test_compiled_forms_match_their_ui_files(tmp_path):
    for src in sorted((ROOT / "forms").glob("*.ui")):
        committed = ROOT / "fieldkit" / "ui" / "forms" / f"ui_{src.stem}.py"
        assert committed.exists(), f"{src.name} was never compiled: run make ui"
        fresh = tmp_path / committed.name
        subprocess.run([build_ui.uic(), "--from-imports", str(src), "-o", str(fresh)], check=True)
        strip = lambda text: _HEADER.sub("", text)  # noqa: E731
        assert strip(fresh.read_text()) == strip(committed.read_text()), f"{committed.name} is stale: run make ui"


def _messages(ts: Path) -> dict[tuple[str, str], str | None]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete")
            out[(name, msg.findtext("source"))] = tr.text if done else None
    return out


def test_welsh_catalogue_covers_every_string_in_the_sources(tmp_path):
    fresh = tmp_path / "fresh.ts"
    build_i18n.lupdate(fresh)
    wanted = set(_messages(fresh))
    have = _messages(build_i18n.TS)
    missing = sorted(wanted - set(have))
    assert not missing, f"strings not in the catalogue (run make i18n): {missing[:5]}"
    untranslated = sorted(k for k in wanted if not have.get(k))
    assert not untranslated, f"{len(untranslated)} strings lack a Welsh translation, e.g. {untranslated[:5]}"


def test_compiled_catalogue_is_current(tmp_path):
    qm = tmp_path / "fresh.qm"
    build_i18n.lrelease(build_i18n.TS, qm)
    assert qm.read_bytes() == build_i18n.QM.read_bytes(), "fieldkit_cy.qm is stale: run make i18n"
