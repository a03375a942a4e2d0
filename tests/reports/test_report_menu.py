"""File → Report… in the real window: asks for an inspection first, opens for the one in the workspace with
the register's selected item ticked, and closes (dropping the preview) when the window locks."""

from __future__ import annotations

from tests.ui.conftest import existing_store, make_window, prompts, unlock  # noqa: F401 (fixtures)


def test_report_menu_opens_for_the_open_inspection_and_locking_forgets_it(qtbot, make_window, existing_store,  # noqa: F811
                                                                           prompts):  # noqa: F811
    window = make_window(existing_store)
    assert not window.report_action.isEnabled()  # locked
    unlock(qtbot, window)
    assert window.report_action.isEnabled() and window.report_action.text() == "&Report…"
    services = window.session.services
    insp = services.inspections.create(title="Inspection of Cafcass Cymru", inspected_body="Cafcass Cymru",
                                       framework_id="ciw-2018")
    item = services.evidence.create(insp, "document_register", {"evidence_date": "2018-10-29",
                                                                "document_title": "Self-assessment",
                                                                "how_obtained": "pre_inspection_pack"})
    window.report_action.trigger()
    assert prompts.calls[-1][0] == "info"  # nothing open yet
    window.open_inspection(insp)
    window.workspace.register.select_uuid(item.uuid)
    window.report_action.trigger()
    dialog = window.report_dialog
    assert dialog.isVisible() and dialog.inspection_uuid == insp
    dialog.kind.setCurrentIndex(dialog.kind.findData("record"))
    assert dialog.chosen["items"] == [item.uuid]
    dialog.render_button.click()
    assert dialog.report is not None and dialog.report.pages == 1
    window.lock()
    assert not dialog.isVisible() and dialog.report is None
