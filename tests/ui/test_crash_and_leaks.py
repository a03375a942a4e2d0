"""The window under abuse: killed mid-stream, and searched for plaintext afterwards."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtGui import QTextCursor

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import type_text, unlock

ROOT = Path(__file__).resolve().parents[2]


def _store_with_demo(paths) -> str:
    from fieldkit.services.container import Services
    from fieldkit.services.demo import create_demo
    from fieldkit.services.store import LocalStore

    store = LocalStore(paths).create(PASSPHRASE, display_name="Ann Inspector", params=FAST_KDF)
    uuid = create_demo(Services.over(store).inspections)
    store.close()
    return uuid


def test_sigkill_during_typed_edits_loses_no_committed_edit(paths):
    from fieldkit.services.container import Services
    from fieldkit.services.store import LocalStore

    uuid = _store_with_demo(paths)
    seed = random.randrange(1 << 30)
    target = 20 + random.Random(seed).randrange(40)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.gui_edit_stream", str(paths.data_dir), PASSPHRASE, uuid],
                             cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    acked = []
    watchdog = threading.Timer(120, child.kill)  # a hung child must fail the test, not hang the suite
    watchdog.start()
    try:
        for line in child.stdout:
            if line.startswith("ack "):
                acked.append(int(line.split()[1]))
            if len(acked) >= target:
                break
        os.kill(child.pid, signal.SIGKILL)
        rest, err = child.communicate(timeout=30)
        acked += [int(x.split()[1]) for x in rest.splitlines() if x.startswith("ack ")]
    finally:
        watchdog.cancel()
        if child.poll() is None:
            child.kill()
    assert len(acked) >= target, f"seed {seed}: child stopped early: {err[-2000:]}"

    store = LocalStore(paths).unlock(PASSPHRASE)
    try:
        assert store.status.integrity == "ok"
        assert store.status.unclean_shutdown, "a killed session is followed by a recovery review"
        assert uuid in {h.uuid for h in store.status.recovery_items}
        versions = [v.data["scope"] for v in store.records.history(uuid)]
        for n in acked:
            assert any(s.endswith(f" e{n}ŵ") for s in versions), f"seed {seed}: edit {n} was acknowledged but lost"
        scope = Services.over(store).inspections.get(uuid).scope
        assert f" e{acked[-1]}ŵ" in scope
    finally:
        store.close()


def test_typed_sentinel_appears_in_no_file_under_the_data_dir(qtbot, make_window, paths):
    uuid = _store_with_demo(paths)
    window = make_window(paths)
    unlock(qtbot, window)
    window.open_inspection(uuid)
    sentinel = "QZXSENTINELŵŷ-7731"
    edit = window.workspace.scope_edit
    edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(edit, " " + sentinel)
    qtbot.waitUntil(lambda: window.save_indicator.state == "saved", timeout=5000)
    services = window.session.services
    assert services.inspections.get(uuid).scope.endswith(sentinel)
    services.store.backup_now()
    window.lock()
    needles = [sentinel.encode("utf-8"), sentinel.encode("utf-16-le"), b"QZXSENTINEL"]
    files = [p for p in paths.data_dir.rglob("*") if p.is_file()]
    assert any(p.suffix == ".db" for p in files) and any("backups" in p.parts for p in files)
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"plaintext found in {path}"
