"""Optional framework nodes switched off and on from the workspace overview; the Welsh catalogue in the window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldkit.ui import language
from fieldkit.ui.workspace_page import CODE_ROLE
from tests.ui.conftest import unlock


def _tree_text(window, code: str) -> str:
    model = window.workspace.tree_model
    found = model.match(model.index(0, 0), CODE_ROLE, code, 1, Qt.MatchFlag.MatchRecursive)
    assert found, code
    return found[0].data()


def _item(box, code):
    return next(box.list.item(i) for i in range(box.list.count())
                if box.list.item(i).data(Qt.ItemDataRole.UserRole) == code)


def test_key_functions_switched_off_and_on_from_the_overview(qtbot, make_window, existing_store):
    window = make_window(existing_store)
    unlock(qtbot, window)
    services = window.session.services
    uuid = services.inspections.create(title="Thematic", inspected_body="CAFCASS", framework_id="mcsi-2004")
    window.open_inspection(uuid)
    box = window.workspace.node_switches
    assert box.isVisibleTo(window)
    assert [box.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(box.list.count())] == ["KF1", "KF2", "KF3"]
    assert "(not inspected)" not in _tree_text(window, "KF2")

    _item(box, "KF2").setCheckState(Qt.CheckState.Unchecked)
    assert services.inspections.get(uuid).disabled_nodes == ("KF2",), "saved at once"
    assert window.save_indicator.state == "saved"
    assert "(not inspected)" in _tree_text(window, "KF2")
    assert "(not inspected)" not in _tree_text(window, "KF1")

    window.show_list()
    window.open_inspection(uuid)
    assert _item(window.workspace.node_switches, "KF2").checkState() == Qt.CheckState.Unchecked, "as stored"
    _item(window.workspace.node_switches, "KF2").setCheckState(Qt.CheckState.Checked)
    assert services.inspections.get(uuid).disabled_nodes == ()
    assert "(not inspected)" not in _tree_text(window, "KF2")


def test_a_framework_without_optional_nodes_shows_no_switches(qtbot, make_window, existing_store):
    window = make_window(existing_store)
    unlock(qtbot, window)
    uuid = window.session.services.inspections.create(title="CIW", inspected_body="Cafcass Cymru",
                                                      framework_id="ciw-2018")
    window.open_inspection(uuid)
    assert not window.workspace.node_switches.isVisibleTo(window)


def test_the_welsh_catalogue_turns_the_window_welsh_and_back(qtbot, make_window, existing_store):
    window = make_window(existing_store)
    try:
        window.welsh_action.trigger()
        assert language.current() == "cy"
        qtbot.waitUntil(lambda: window.file_menu.title() == "&Ffeil", timeout=3000)  # LanguageChange is posted
        assert window.lock_action.text() != "&Lock now" and window.lock_action.text()
        assert window.unlock_page.ui.unlock_button.text() == "&Datgloi", "the hand-written unlock page too"
        assert window.unlock_page.ui.passphrase_label.text() == "&Cyfrinymadrodd"
        assert window.user_label.text() != "Locked"
        unlock(qtbot, window)
        assert window.list_action.text() != "&Inspections"
        header = window.list_page.model.headerData
        assert header(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Teitl"  # the models too
        from fieldkit.services.demo import create_demo

        services = window.session.services
        uuid = create_demo(services.inspections, evidence=services.evidence)
        window.open_inspection(uuid)
        register = window.workspace.register.model
        assert [register.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                for c in (0, 4, 7)] == ["Dyddiad", "Awdur", "Golygwyd ddiwethaf"]
        flags = {register.data(register.index(r, 5), Qt.ItemDataRole.DisplayRole) for r in range(register.rowCount())}
        assert "Diogelu" in flags and "Arfer da" in flags
    finally:
        window.english_action.trigger()
    assert language.current() == "en"
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File", timeout=3000)
    assert window.list_action.text() == "&Inspections"
