"""After an unclean shutdown the window lists what was edited, and each line opens where the item lives."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldkit.services.container import Services
from fieldkit.services.store import LocalStore
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import unlock


def _crash_after_edits(paths):
    """A session that edits an inspection and an evidence item, then dies without closing the store."""
    store = LocalStore(paths).create(PASSPHRASE, display_name="Ann Inspector", params=FAST_KDF)
    services = Services.over(store)
    untouched = services.inspections.create(title="Hen arolygiad", inspected_body="Cafcass", framework_id="ciw-2018")
    store.close()
    store = LocalStore(paths).unlock(PASSPHRASE)
    services = Services.over(store)
    insp = services.inspections.create(title="Arolygiad Cafcass Cymru", inspected_body="Cafcass Cymru",
                                       framework_id="ciw-2018")
    item = services.evidence.create(insp, "interview", {
        "evidence_date": "2018-11-06", "interview_kind": "structured", "interviewee_role": "fca",
        "title": "Cyfweliad â'r FCA"})
    store.engine.dispose()  # the battery dies: no close(), the session marker stays
    assert paths.session_marker.exists()
    return untouched, insp, item.uuid


def _lines(dialog):
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_recovery_review_lists_the_session_and_opens_each_item(qtbot, make_window, paths, prompts):
    untouched, insp, item = _crash_after_edits(paths)
    window = make_window(paths)
    unlock(qtbot, window)

    dialog = window.recovery_dialog
    assert dialog.isVisible() and not dialog.isModal(), "the window stays usable while reviewing"
    lines = _lines(dialog)
    assert any("Inspection: Arolygiad Cafcass Cymru" in line for line in lines), lines
    assert any("Evidence: Cyfweliad â'r FCA" in line for line in lines), lines
    assert not any("Hen arolygiad" in line for line in lines), "only the crashed session's edits"

    evidence_row = next(i for i, line in enumerate(lines) if "Evidence:" in line)
    dialog.list.setCurrentRow(evidence_row)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.workspace and window.workspace.uuid == insp
    assert window.workspace.tabs.currentWidget() is window.workspace.register
    assert window.workspace.register.editor.uuid == item, "the evidence item is open in the register"

    window.show_list()
    inspection_row = next(i for i, line in enumerate(lines) if "Inspection:" in line)
    dialog.list.setCurrentRow(inspection_row)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # keyboard: Enter opens the selected line
    assert window.stack.currentWidget() is window.workspace and window.workspace.uuid == insp

    qtbot.mouseClick(dialog.reviewed_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert not [c for c in prompts.calls if c[0] == "error"]


def test_no_review_after_a_clean_close(qtbot, make_window, existing_store):
    window = make_window(existing_store)
    unlock(qtbot, window)
    assert getattr(window, "recovery_dialog", None) is None
