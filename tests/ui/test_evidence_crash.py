"""An evidence editor killed mid-typing: only edits from the last 1.5 s may be lost.

The child types into an item's notes and never flushes: what reaches the disk is what the autosave
countdown committed. Its timestamps tell which edits were typed more than 1.5 s before the SIGKILL.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
PROMISE_S = 1.5


def _store_with_demo_evidence(paths) -> tuple[str, str]:
    from fieldkit.services.container import Services
    from fieldkit.services.demo import create_demo
    from fieldkit.services.evidence import EvidenceFilter
    from fieldkit.services.store import LocalStore

    store = LocalStore(paths).create(PASSPHRASE, display_name="Ann Inspector", params=FAST_KDF)
    services = Services.over(store)
    insp = create_demo(services.inspections, evidence=services.evidence)
    item = services.evidence.query(insp, EvidenceFilter(type_code="interview"), limit=1)[0].uuid
    store.close()
    return insp, item


def test_sigkill_while_typing_in_an_evidence_editor_loses_at_most_the_last_one_and_a_half_seconds(paths):
    from fieldkit.services.container import Services
    from fieldkit.services.store import LocalStore

    insp, item = _store_with_demo_evidence(paths)
    seed = random.randrange(1 << 30)
    run_for = 4.0 + random.Random(seed).random() * 4  # seconds of typing before the kill
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.gui_evidence_stream", str(paths.data_dir), PASSPHRASE,
                              insp, item, str(seed)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    typed: dict[int, float] = {}
    watchdog = threading.Timer(120, child.kill)  # a hung child must fail the test, not hang the suite
    watchdog.start()
    try:
        for line in child.stdout:
            if line.startswith("typed "):
                _, n, stamp = line.split()
                typed[int(n)] = float(stamp)
                if typed[int(n)] - typed[min(typed)] >= run_for:
                    break
        killed_at = time.time()
        os.kill(child.pid, signal.SIGKILL)
        _rest, err = child.communicate(timeout=30)
    finally:
        watchdog.cancel()
        if child.poll() is None:
            child.kill()
    assert typed and max(typed.values()) - min(typed.values()) >= run_for, f"seed {seed}: child stopped: {err[-2000:]}"

    store = LocalStore(paths).unlock(PASSPHRASE)
    try:
        assert store.status.integrity == "ok"
        summary = Services.over(store).evidence.get(item).data.get("summary", "")
    finally:
        store.close()
    saved = {int(k) for k in re.findall(r" e(\d+)ŵ", summary)}
    assert saved == set(range(1, max(saved, default=0) + 1)), f"seed {seed}: edits saved out of order"
    old = {n for n, t in typed.items() if t <= killed_at - PROMISE_S}
    assert old, f"seed {seed}: nothing was typed long enough before the kill to test the promise"
    lost = sorted(old - saved)
    assert not lost, (f"seed {seed}: edits {lost} typed {killed_at - typed[lost[0]]:.2f} s before the kill "
                      f"were lost (last saved: e{max(saved, default=0)})")
