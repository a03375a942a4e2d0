"""Cold start to first window: the real app in a new process against a bare PySide6 window, interleaved."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.stats import Result, Summary

TARGET_RATIO = 1.5
_SCRUB = ("FIELDKIT_PASSPHRASE", "FIELDKIT_DATA_DIR", "FIELDKIT_LANG")


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _SCRUB}
    env.update(QT_QPA_PLATFORM="offscreen", FIELDKIT_SMOKE_EXIT="1")
    return env


def _timed(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    """Wall seconds from spawn to exit. A non-zero exit is an error, with the child's stderr."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-6:])
        raise RuntimeError(f"{' '.join(cmd[:3])} exited {proc.returncode}: {tail}")
    return elapsed


REPO = Path(__file__).resolve().parents[1]
FROZEN = REPO / "dist" / "fieldkit" / ("fieldkit.exe" if sys.platform == "win32" else "fieldkit")


def measure(runs: int, tmp_root: Path, *, frozen: bool = False) -> Result:
    """`runs` counted pairs after one warm-up pair; the order alternates (AB, BA, ...) against drift.

    `frozen` starts the PyInstaller build in dist/ instead of `python -m fieldkit` (same baseline).
    """
    what = "frozen build in dist/" if frozen else "whole process"
    result = Result(f"cold start to first window ({what})", "s", target=TARGET_RATIO,
                    baseline_label="bare QApplication + QMainWindow (python -m bench.bare_window)")
    repo = REPO
    env = _env()
    bare = [sys.executable, "-m", "bench.bare_window"]
    app = [str(FROZEN)] if frozen else [sys.executable, "-m", "fieldkit"]
    if frozen and not FROZEN.exists():
        result.error = f"{FROZEN} not found: run `make dist` first"
        return result

    def app_once() -> float:
        data_dir = Path(tempfile.mkdtemp(prefix="fk-start-", dir=tmp_root))
        try:
            return _timed([*app, "--data-dir", str(data_dir)], env, repo)
        finally:
            shutil.rmtree(data_dir, ignore_errors=True)

    try:
        app_once(), _timed(bare, env, repo)  # warm-up: .pyc files, page cache
        app_times: list[float] = []
        bare_times: list[float] = []
        for i in range(runs):
            if i % 2 == 0:
                app_times.append(app_once())
                bare_times.append(_timed(bare, env, repo))
            else:
                bare_times.append(_timed(bare, env, repo))
                app_times.append(app_once())
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        result.error = str(exc)
        return result
    result.measured = Summary.of(app_times)
    result.baseline = Summary.of(bare_times)
    pair_ratios = [a / b for a, b in zip(app_times, bare_times, strict=True)]
    result.ratio = Summary.of(pair_ratios).median
    result.ratio_note = "median of per-pair ratios"
    result.notes.append("new process each run, QT_QPA_PLATFORM=offscreen, FIELDKIT_SMOKE_EXIT=1, "
                        "fresh temp data dir; spawn to exit, interpreter start and teardown included")
    return result
