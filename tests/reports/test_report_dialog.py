"""File → Report…: the dialog over a real store; rendering through the task runner; preview; audited save."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPdf import QPdfDocument

from fieldkit.ui.report_dialog import ReportDialog
from fieldkit.ui.tasks import ImmediateTaskRunner, TaskRunner
from tests.reports.conftest import make_store, pdf_text


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from fieldkit.services.container import Services
    from tests.reports.ofsted_fixture import build

    store = make_store(tmp_path_factory.mktemp("dialog") / "data")
    services = Services.over(store)
    ids = build(services)
    yield services, ids
    store.close()


def choose(combo, code) -> None:
    combo.setCurrentIndex(combo.findData(code))


def wait_loaded(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready, timeout=10_000)


def test_render_preview_from_memory_then_save_audited(qtbot, built, tmp_path):
    services, ids = built
    dialog = ReportDialog(services, ids["inspection"], ImmediateTaskRunner())
    qtbot.addWidget(dialog)
    choose(dialog.kind, "methodology")
    choose(dialog.profile, "published")
    assert dialog.marking.text() == ""  # published has no marking by default
    choose(dialog.language, "cy")
    dialog.render_button.click()
    assert dialog.report is not None and dialog.error is None
    wait_loaded(qtbot, dialog)
    assert dialog.document.pageCount() == dialog.report.pages
    assert not list(tmp_path.iterdir()), "nothing written before Save"
    target = tmp_path / "methodology.pdf"
    dialog.choose_path = lambda suggested: str(target)
    before = len(services.store.records.audit_events())
    dialog.save_button.click()
    assert dialog.saved_path == target and target.read_bytes() == dialog.report.pdf
    events = services.store.records.audit_events()[before:]
    assert [e["action"].split(":sha256=")[0] for e in events] == ["report-saved:methodology:published:cy"]
    assert "Methodoleg" in pdf_text(target.read_bytes(), tmp_path)


def test_safeguarding_log_cannot_be_asked_for_outside_the_team(qtbot, built):
    services, ids = built
    dialog = ReportDialog(services, ids["inspection"], ImmediateTaskRunner())
    qtbot.addWidget(dialog)
    choose(dialog.kind, "safeguarding-log")
    choose(dialog.profile, "factual-accuracy")
    assert not dialog.render_button.isEnabled()
    assert "restricted" in dialog.status.text()
    choose(dialog.profile, "internal")
    assert dialog.render_button.isEnabled()
    assert dialog.marking.text() == "OFFICIAL-SENSITIVE"


def test_record_of_the_selected_item_and_forget_on_lock(qtbot, built, tmp_path):
    services, ids = built
    dialog = ReportDialog(services, ids["inspection"], ImmediateTaskRunner(), items=[ids["observation"]])
    qtbot.addWidget(dialog)
    choose(dialog.kind, "record")
    assert dialog.items.isVisibleTo(dialog)
    assert dialog.chosen["items"] == [ids["observation"]]
    dialog.filter.setText("initial interview")
    visible = [dialog.items.item(i) for i in range(dialog.items.count()) if not dialog.items.item(i).isHidden()]
    assert len(visible) == 1
    dialog.render_button.click()
    text = pdf_text(dialog.report.pdf, tmp_path)
    assert "Initial interview, private law" in text and "Evidence items 1" in text
    dialog.forget()
    assert dialog.report is None and dialog.document.pageCount() == 0 and not dialog.isVisible()


def test_errors_are_shown_not_raised(qtbot, built):
    services, ids = built
    dialog = ReportDialog(services, ids["inspection"], ImmediateTaskRunner())
    qtbot.addWidget(dialog)
    choose(dialog.kind, "record")
    dialog.render_button.click()
    assert "Tick at least one evidence item" in dialog.status.text() and dialog.report is None


def test_the_window_keeps_working_while_a_large_report_renders(qtbot, tmp_path):
    """The real TaskRunner: records are read on the database thread, pages laid out on the pool, and the
    event loop goes on delivering timers, progress and keystrokes meanwhile."""
    from bench.report_data import add_bulk_evidence
    from fieldkit.services.container import Services
    from tests.ui.conftest import type_text

    store = make_store(tmp_path / "data")
    services = Services.over(store)
    insp = services.inspections.create(title="Large inspection", inspected_body="Cafcass East Midlands",
                                       framework_id="ofsted-hmica-2007")
    add_bulk_evidence(services, insp, 600)
    tasks = TaskRunner()
    dialog = ReportDialog(services, insp, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    seen: list[int] = []
    dialog.progressed.connect(seen.append)
    try:
        timer.start()
        started = time.perf_counter()
        dialog.render_button.click()
        assert not dialog.render_button.isEnabled() and dialog.report is None  # the click returned at once
        qtbot.waitUntil(lambda: len(seen) >= 3, timeout=60_000)
        type_text(dialog.marking, "OFFICIAL")  # typed while the pages are being laid out
        assert dialog.report is None, "the report should still be rendering"
        assert dialog.marking.text().endswith("OFFICIAL")
        qtbot.waitUntil(lambda: dialog.report is not None or dialog.error is not None, timeout=120_000)
        finished = time.perf_counter()
        timer.stop()
    finally:
        tasks.shutdown()
        store.close()
    assert dialog.error is None and dialog.report.pages > 20
    during = [t for t in ticks if started < t < finished]
    assert len(during) >= 10, f"only {len(during)} timer ticks in {finished - started:.1f} s of rendering"
    assert len(set(seen)) >= 3 and seen == sorted(seen)
