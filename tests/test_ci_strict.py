"""The CI rule "no skipped tests" (tests/ci_strict.py), proven on throwaway test files run by a real pytest."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SKIPPING = {
    "module_importorskip": 'import pytest\npytest.importorskip("no_such_module_fieldkit")\n\ndef test_x():\n    pass\n',
    "module_level_skip": 'import pytest\npytest.skip("no server", allow_module_level=True)\n\n'
                         'def test_x():\n    pass\n',
    "module_skipif_mark": 'import pytest\npytestmark = pytest.mark.skipif(True, reason="no minisign")\n\n'
                          'def test_x():\n    pass\n',
    "skip_inside_test": 'import pytest\n\ndef test_x():\n    pytest.skip("no pdftotext")\n',
    "importorskip_inside_test": 'import pytest\n\ndef test_x():\n    pytest.importorskip("no_such_module_fieldkit")\n',
}
FINE = {
    "passing": "def test_ok():\n    pass\n",
    "known_failure": 'import pytest\n\n@pytest.mark.xfail(reason="known", strict=True)\ndef test_known():\n'
                     "    assert False\n",
}


def _run(folder: Path, *, strict: bool) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "FIELDKIT_CI_NO_SKIP"}
    if strict:
        env["FIELDKIT_CI_NO_SKIP"] = "1"
    env["PYTHONPATH"] = str(ROOT)  # so `-p tests.ci_strict` imports this project's plugin
    # -c /dev/null and --rootdir: the throwaway files run without this project's conftest or settings.
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "tests.ci_strict", "-p", "no:cacheprovider",
                           "-c", os.devnull, "--rootdir", str(folder), "--continue-on-collection-errors", "-rA",
                           str(folder)], env=env, cwd=folder, capture_output=True, text=True, timeout=180)


def test_every_kind_of_skip_fails_the_run_in_ci_and_nothing_else_does(tmp_path):
    for name, source in {**SKIPPING, **FINE}.items():
        (tmp_path / f"test_{name}.py").write_text(source)

    relaxed = _run(tmp_path, strict=False)
    assert relaxed.returncode == 0, relaxed.stdout + relaxed.stderr
    assert re.search(r"\b1 passed, 5 skipped, 1 xfailed\b", relaxed.stdout), relaxed.stdout

    strict = _run(tmp_path, strict=True)
    assert strict.returncode == 1, strict.stdout + strict.stderr
    failed = {m.group(1) for m in re.finditer(r"^(?:FAILED|ERROR) test_(\w+)\.py", strict.stdout, re.M)}
    assert failed == set(SKIPPING), strict.stdout
    assert strict.stdout.count("FIELDKIT_CI_NO_SKIP") >= len(SKIPPING)
    assert re.search(r"^PASSED test_passing\.py::test_ok", strict.stdout, re.M)
    assert re.search(r"^XFAIL test_known_failure\.py::test_known", strict.stdout, re.M)


def test_a_skip_that_slips_past_the_reports_still_fails_the_session(tmp_path):
    """The last line of defence: a plugin that reports a skip on its own is caught at session finish."""
    (tmp_path / "conftest.py").write_text(
        "import pytest\nfrom _pytest.reports import TestReport\n\n"
        "def pytest_collection_finish(session):\n"
        "    rep = TestReport('x::y', ('x', 0, 'y'), {}, 'skipped', ('x', 0, 'reason'), 'setup')\n"
        "    session.config.hook.pytest_runtest_logreport(report=rep)\n")
    (tmp_path / "test_passing.py").write_text(FINE["passing"])
    relaxed = _run(tmp_path, strict=False)
    assert relaxed.returncode == 0 and "1 skipped" in relaxed.stdout, relaxed.stdout + relaxed.stderr
    strict = _run(tmp_path, strict=True)
    assert strict.returncode == 1 and "skipped in CI (FIELDKIT_CI_NO_SKIP): failing the run" in strict.stdout, (
        strict.stdout + strict.stderr)
