"""The app icon: drawn once as SVG, rendered to the PNG the window uses and the ICO the Windows build uses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImageReader

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"

# Through the real entry point: the window icon is set before the first window is shown.
_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
real_exec = QApplication.exec
def exec_(self):
    icon = QApplication.windowIcon()
    print("ICON", icon.isNull(), max((s.width() for s in icon.availableSizes()), default=0))
    return real_exec()  # a static method
QApplication.exec = exec_
from fieldkit.app import main
raise SystemExit(main(["--data-dir", sys.argv[1]]))
"""


def test_the_window_gets_the_app_icon(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FIELDKIT_SMOKE_EXIT="1")
    proc = subprocess.run([sys.executable, "-c", _PROBE, str(tmp_path / "data")], env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "ICON False 256" in proc.stdout, proc.stdout


def test_the_windows_icon_holds_every_size_and_the_build_ships_the_png():
    reader = QImageReader(str(ICONS / "fieldkit.ico"))
    sizes = []
    for i in range(reader.imageCount()):
        reader.jumpToImage(i)
        sizes.append(reader.read().width())
    assert sizes == [16, 24, 32, 48, 64, 256]
    spec = (ROOT / "build.spec").read_text()
    assert 'files("resources/icons", "*.png")' in spec and '"fieldkit.ico"' in spec
