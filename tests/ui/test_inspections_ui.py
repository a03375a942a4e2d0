from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.conftest import unlock


def _fill_new_inspection(dialog, *, framework_id: str, title: str):
    ui = dialog.ui
    ui.title_edit.setText(title)
    ui.body_edit.setText("Cafcass East Midlands")
    index = next(i for i, info in enumerate(dialog._infos) if info.framework_id == framework_id)
    ui.framework_combo.setCurrentIndex(index)
    ui.notice_date.setDate(QDate(2007, 9, 3))
    ui.start_date.setDate(QDate(2007, 10, 1))
    ui.end_date.setDate(QDate(2007, 10, 12))
    ui.scope_edit.setPlainText("Front-line practice, systems and leadership in one region.")


def test_create_from_framework_then_open_and_archive(qtbot, make_window, existing_store, monkeypatch):
    from fieldkit.ui import new_inspection_dialog

    window = make_window(existing_store)
    unlock(qtbot, window)
    assert window.stack.currentWidget() is window.list_page
    assert window.list_page.model.rowCount() == 0

    def fake_exec(dialog):
        _fill_new_inspection(dialog, framework_id="mcsi-2004", title="MCSI 2004 re-run")
        # Key functions of MCSI are optional: switch the second one off.
        item = dialog.ui.nodes_list.item(1)
        assert item.flags() & Qt.ItemFlag.ItemIsEnabled
        item.setCheckState(Qt.CheckState.Unchecked)
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(new_inspection_dialog.NewInspectionDialog, "exec", fake_exec)
    window.new_action.trigger()
    assert window.stack.currentWidget() is window.workspace
    services = window.session.services
    [row] = services.inspections.list()
    assert row.title == "MCSI 2004 re-run" and row.framework_id == "mcsi-2004"
    insp = services.inspections.get(row.uuid)
    assert insp.fieldwork_start == "2007-10-01" and len(insp.disabled_nodes) == 1
    tree = window.workspace.tree_model
    texts = [tree.item(r).text() for r in range(tree.rowCount())]
    assert any("(not inspected)" in t for t in texts)

    window.show_list()
    assert window.list_page.model.rowCount() == 1
    window.list_page.table.selectRow(0)
    qtbot.mouseClick(window.list_page.archive_button, Qt.MouseButton.LeftButton)
    assert window.list_page.model.rowCount() == 0, "archived inspections leave the default list"
    window.list_page.show_archived.setChecked(True)
    assert window.list_page.model.rowCount() == 1
    assert services.inspections.get(row.uuid).status == "archived"

    window.list_page.table.selectRow(0)
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.workspace
    assert window.workspace.title.text() == "MCSI 2004 re-run"


def test_new_inspection_dialog_reports_invalid_dates_and_stores_nothing(qtbot, existing_store):
    from fieldkit.services.container import Services
    from fieldkit.services.store import LocalStore
    from fieldkit.ui.new_inspection_dialog import NewInspectionDialog
    from tests.conftest import PASSPHRASE

    store = LocalStore(existing_store).unlock(PASSPHRASE)
    try:
        services = Services.over(store)
        dialog = NewInspectionDialog(services)
        qtbot.addWidget(dialog)
        _fill_new_inspection(dialog, framework_id="ofsted-hmica-2007", title="Region")
        dialog.ui.end_date.setDate(QDate(2007, 9, 1))
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
        assert "fieldwork end: before fieldwork start" in dialog.ui.error_label.text()
        assert services.inspections.list() == []
    finally:
        store.close()


def test_import_custom_framework_from_the_app(qtbot, make_window, existing_store, prompts, tmp_path):
    from fieldkit.domain.framework import builtin_framework_paths

    src = next(p for p in builtin_framework_paths() if p.name.startswith("mcsi"))
    custom = tmp_path / "custom.toml"
    custom.write_text(src.read_text("utf-8").replace('id = "mcsi-2004"', 'id = "custom-local-2026"'), "utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text('format = "fieldkit-framework"\nformat_version = 1\nid = ', "utf-8")
    window = make_window(existing_store)
    unlock(qtbot, window)

    prompts.file_answer = broken
    window.import_action.trigger()
    kind, _title, text = prompts.calls[-1]
    assert kind == "error" and "broken.toml" in text

    prompts.file_answer = custom
    window.import_action.trigger()
    assert prompts.calls[-1][0] == "info"
    ids = {i.framework_id: i.source for i in window.session.services.frameworks.available()}
    assert ids["custom-local-2026"] == "imported"
    custom.unlink()  # the store keeps its own copy
    fw = window.session.services.frameworks.get("custom-local-2026")
    assert fw.id == "custom-local-2026"


def test_sites_team_and_children_added_from_the_workspace(qtbot, make_window, existing_store, monkeypatch):
    from fieldkit.services.demo import create_demo
    from fieldkit.ui import entry_dialogs

    window = make_window(existing_store)
    unlock(qtbot, window)
    uuid = create_demo(window.session.services.inspections)
    window.open_inspection(uuid)
    before = window.workspace.children_table.rowCount()

    def fake_exec(dialog):
        dialog.pseudonym.setText("Child Z")
        dialog.age.setValue(11)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(entry_dialogs.ChildDialog, "exec", fake_exec)
    qtbot.mouseClick(window.workspace.add_child_button, Qt.MouseButton.LeftButton)
    assert window.workspace.children_table.rowCount() == before + 1
    names = [c.pseudonym for _, c in window.session.services.inspections.children(uuid)]
    assert "Child Z" in names
    assert window.save_indicator.state == "saved"


def test_a_failed_write_turns_the_indicator_red_with_the_reason(qtbot, make_window, existing_store, monkeypatch):
    from fieldkit.services.demo import create_demo
    from fieldkit.services.errors import WriteFailed
    from tests.ui.conftest import type_text

    window = make_window(existing_store)
    unlock(qtbot, window)
    services = window.session.services
    uuid = create_demo(services.inspections)
    window.open_inspection(uuid)

    def full_disk(*_a, **_k):
        raise WriteFailed("could not save: database or disk is full")

    monkeypatch.setattr(services.inspections, "update", full_disk)
    type_text(window.workspace.limitations_edit, "x")
    window.autosaver.flush()
    assert window.save_indicator.state == "failed"
    assert "disk is full" in window.save_indicator.text()
    assert window.workspace.limitations_edit.toPlainText().startswith("x"), "the typed text stays on screen"


def test_a_failed_edit_is_retried_until_it_reaches_the_disk(qtbot, make_window, existing_store, monkeypatch):
    from fieldkit.services.demo import create_demo
    from fieldkit.services.errors import WriteFailed
    from fieldkit.ui import autosave
    from tests.ui.conftest import type_text

    monkeypatch.setattr(autosave, "RETRY_MS", 50)
    window = make_window(existing_store)
    unlock(qtbot, window)
    services = window.session.services
    uuid = create_demo(services.inspections)
    window.open_inspection(uuid)
    real_update = services.inspections.update
    failures = [WriteFailed("could not save: disk I/O error")]

    def flaky(*a, **k):
        if failures:
            raise failures.pop()
        return real_update(*a, **k)

    monkeypatch.setattr(services.inspections, "update", flaky)
    type_text(window.workspace.limitations_edit, "Retry me. ")
    window.autosaver.flush()
    assert window.save_indicator.state == "failed"
    qtbot.waitUntil(lambda: window.save_indicator.state == "saved", timeout=3000)
    assert services.inspections.get(uuid).limitations.startswith("Retry me. ")
