"""Real windows under Xvfb, saved as PNG by a test (set FIELDKIT_SAVE_SCREENSHOTS=1 to refresh docs/)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


# (scene of scripts/screenshot.py, file name under docs/screenshots)
SCENES = [("workspace", "workspace"), ("unlock", "unlock"),
          ("evidence-register", "evidence-register"),
          ("evidence-item:court_report_reading:ofsted-2007:checklist", "evidence-court-report"),
          ("evidence-item:case_file_reading:ciw-2018:children", "evidence-case-file")]


@pytest.mark.parametrize(("scene", "name"), SCENES, ids=[n for _, n in SCENES])
def test_screen_renders_under_xvfb(tmp_path, scene, name):
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        pytest.skip("xvfb-run not installed (apt-get install xvfb)")
    out = tmp_path / f"{name}.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [xvfb, "-a", "-s", "-screen 0 1280x800x24", sys.executable, str(ROOT / "scripts" / "screenshot.py"),
         scene, str(out)], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    # A real render has many distinct colours; a blank or black frame has one or two.
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 8
    if os.environ.get("FIELDKIT_SAVE_SCREENSHOTS"):
        dest = ROOT / "docs" / "screenshots"
        dest.mkdir(exist_ok=True)
        shutil.copy(out, dest / f"{name}.png")
