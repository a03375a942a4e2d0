"""Purging acknowledged versions from the File menu: the dry run is shown, Remove takes exactly that, the
record keeps what it shows; without an open inspection the menu says what to do; a plan that changed
since it was shown is read again and nothing is removed."""

from PySide6.QtCore import Qt
from sqlalchemy import text

from tests.ui.conftest import unlock


def _acknowledge_everything(services) -> None:
    # As a receipt would (tests/services/test_attachments_and_purge.py applies real receipts).
    with services.store.engine.begin() as conn:
        conn.execute(text("UPDATE record_version SET acknowledged_by = 'receipt-test'"))


def _window_with_history(qtbot, make_window, existing_store):
    window = make_window(existing_store)
    unlock(qtbot, window)
    services = window.session.services
    insp = services.inspections.create(title="Purge", inspected_body="Cafcass Cymru", framework_id="ciw-2018")
    data = {"evidence_date": "2018-11-06", "title": "v1", "document_title": "Letter", "how_obtained": "copied"}
    item = services.evidence.create(insp, "document_register", data).uuid
    for n in (2, 3):
        services.evidence.update(item, {**data, "title": f"v{n}"})
    return window, services, insp, item


def test_purge_shows_the_dry_run_then_removes_exactly_that(qtbot, make_window, existing_store, prompts):
    window, services, insp, item = _window_with_history(qtbot, make_window, existing_store)
    window.exchange.purge_action.trigger()
    assert prompts.calls and prompts.calls[-1][0] == "info"  # no inspection open: told what to do
    window.open_inspection(insp)
    window.exchange.purge_action.trigger()
    dialog = window.exchange.purge_dialog
    assert "Nothing can be removed now." in dialog.summary.text()
    assert "not yet acknowledged by central" in dialog.summary.text()
    assert not dialog.remove_button.isEnabled()
    dialog.close()

    _acknowledge_everything(services)
    window.exchange.purge_action.trigger()
    dialog = window.exchange.purge_dialog
    preview = dialog.report
    assert preview.count >= 2 and "evidence items: 2" in dialog.summary.text()
    assert "what a record shows now" in dialog.summary.text()
    dialog.remove_button.setFocus()
    qtbot.keyClick(dialog.remove_button, Qt.Key.Key_Space)
    assert dialog.done_report is not None and dialog.done_report.versions == preview.versions
    assert dialog.summary.text().startswith(f"Removed {preview.count} versions")
    assert [v.rev for v in services.store.records.history(item)] == [3]
    assert services.evidence.get(item).data["title"] == "v3"


def test_a_plan_that_changed_is_read_again_and_nothing_is_removed(qtbot, make_window, existing_store):
    window, services, insp, item = _window_with_history(qtbot, make_window, existing_store)
    _acknowledge_everything(services)
    window.open_inspection(insp)
    window.exchange.purge_action.trigger()
    dialog = window.exchange.purge_dialog
    shown = dialog.report
    services.evidence.update(item, {"evidence_date": "2018-11-06", "title": "v4", "document_title": "Letter",
                                    "how_obtained": "copied"})  # v3 is no longer what the item shows
    _acknowledge_everything(services)
    before = [v.rev for v in services.store.records.history(item)]
    dialog.remove_button.click()
    assert dialog.done_report is None
    assert [v.rev for v in services.store.records.history(item)] == before
    assert dialog.report.count == shown.count + 1 and dialog.remove_button.isEnabled()
