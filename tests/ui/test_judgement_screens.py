"""A judgement beside its decision support, in a real window under Xvfb (FIELDKIT_SAVE_SCREENSHOTS=1 refreshes
docs/screenshots/): the graded East Midlands demo in English, the CIW demo's narrative judgement in Welsh."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("scene", "lang", "name"), [
    ("judgement:1.3:ofsted-2007", "en", "judgement"),
    ("judgement:A1:ciw-2018", "cy", "judgement-cy"),
    ("safeguarding:ofsted-2007", "en", "safeguarding"),
])
def test_judgement_screens_render_under_xvfb(tmp_path, scene, lang, name):
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        pytest.skip("xvfb-run not installed (apt-get install xvfb)")
    out = tmp_path / f"{name}.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [xvfb, "-a", "-s", "-screen 0 1280x800x24", sys.executable, str(ROOT / "scripts" / "screenshot.py"),
         scene, str(out), lang], env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 8
    if name == "judgement":
        # The bar chart is drawn: the adequate and inadequate bars' colours are on screen.
        bars = {image.pixelColor(x, y).name() for x in range(700, 1280, 4) for y in range(300, 800, 4)}
        assert {"#d55e00", "#e69f00"} <= bars
    if os.environ.get("FIELDKIT_SAVE_SCREENSHOTS"):
        target = ROOT / "docs" / "screenshots"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(out, target / f"{name}.png")
