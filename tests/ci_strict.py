"""Under FIELDKIT_CI_NO_SKIP (set by .ci/run), a skipped test is a missing dependency: that is a failure.

Three ways a skip can happen, three checks:
- in a test's setup or call (`pytest.skip`, a `skipif` mark, `importorskip` inside a test): the test report;
- at collection (module-level `importorskip`, `pytest.skip(allow_module_level=True)`): the collect report,
  which then counts as a collection error;
- anything else that still ends up counted as skipped: the session's exit status at the end.
Registered from tests/conftest.py; tests/test_ci_strict.py runs pytest on throwaway files to prove it.
"""

from __future__ import annotations

import os

import pytest

ENV = "FIELDKIT_CI_NO_SKIP"


def _strict() -> bool:
    return bool(os.environ.get(ENV))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if _strict() and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI ({ENV}): {report.longrepr}"


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector):
    outcome = yield
    report = outcome.get_result()
    if _strict() and report.skipped:
        report.outcome = "failed"
        report.longrepr = f"{collector.nodeid}: skipped at collection in CI ({ENV}): {report.longrepr}"


def pytest_sessionfinish(session, exitstatus):
    if not _strict():
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter is not None else 0
    if skipped and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        if reporter is not None:
            reporter.write_line(f"{skipped} skipped in CI ({ENV}): failing the run", red=True)
