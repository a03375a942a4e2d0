"""A scene of scripts/screenshot.py rendered in a real window under Xvfb, and checked to be a real render."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def render_scene(tmp_path: Path, scene: str, name: str, *, lang: str = "en", timeout: int = 120) -> tuple[QImage, Path]:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        pytest.skip("xvfb-run not installed (apt-get install xvfb)")
    out = tmp_path / f"{name}.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [xvfb, "-a", "-s", "-screen 0 1280x800x24", sys.executable, str(ROOT / "scripts" / "screenshot.py"),
         scene, str(out), lang], env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, result.stderr[-2000:]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    # A real render has many distinct colours; a blank or black frame has one or two.
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 8
    return image, out


def keep_if_asked(out: Path, name: str) -> None:
    """FIELDKIT_SAVE_SCREENSHOTS=1 refreshes docs/screenshots/ from the renders the tests made."""
    if os.environ.get("FIELDKIT_SAVE_SCREENSHOTS"):
        target = ROOT / "docs" / "screenshots"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(out, target / f"{name}.png")
