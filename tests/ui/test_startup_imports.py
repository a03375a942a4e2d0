"""What the window loads before it is first shown. Not a timing test (those live in bench/): each module
named here cost measurable start-up time when it crept onto that path (docs/performance.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

# Run the real `fieldkit` entry point to the first window, then list what was imported and whether the
# application-wide event filter (auto-lock) was already installed.
_PROBE = """
import atexit, json, sys
def report():
    print("MODULES=" + json.dumps(sorted(sys.modules)))
atexit.register(report)
from fieldkit.app import main
raise SystemExit(main(["--data-dir", sys.argv[1]]))
"""

NOT_BEFORE_FIRST_WINDOW = (
    "fieldkit.cli", "fieldkit.services.store", "fieldkit.services.container",
    "fieldkit.storage.db", "fieldkit.domain.inspection", "fieldkit.ui.workspace_page",
    "fieldkit.ui.inspection_list_page", "fieldkit.ui.export_dialog", "fieldkit.ui.forms.ui_unlock_page",
    "sqlalchemy", "sqlcipher3", "alembic", "argon2", "platformdirs", "dataclasses", "concurrent.futures",
    "PySide6.QtWidgets.QFileDialog",
)


def test_first_window_loads_no_database_code_and_no_deferred_pages(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FIELDKIT_SMOKE_EXIT="1")
    env.pop("FIELDKIT_PASSPHRASE", None)
    proc = subprocess.run([sys.executable, "-c", _PROBE, str(tmp_path / "data")], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stdout.splitlines() if x.startswith("MODULES="))
    loaded = set(json.loads(line.removeprefix("MODULES=")))
    assert "fieldkit.ui.main_window" in loaded and "fieldkit.ui.unlock_page" in loaded, "the probe opened no window"
    early = sorted(m for m in loaded if m in NOT_BEFORE_FIRST_WINDOW or m.split(".")[0] in NOT_BEFORE_FIRST_WINDOW)
    assert early == [], f"loaded before the first window: {early}"


def test_auto_lock_filter_is_installed_only_while_unlocked(qtbot, make_window, existing_store):
    from tests.ui.conftest import unlock

    window = make_window(existing_store)
    assert not window.idle.filtering, "no app-wide event filter on the locked start screen"
    unlock(qtbot, window)
    assert window.idle.filtering and window.idle.active
    window.lock()
    assert not window.idle.filtering and not window.idle.active
