"""File → Export bundle… from the window: redaction preview, confirmation, background write with progress."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldkit.exchange.verify import verify_bundle
from tests.ui.conftest import unlock


def test_export_shows_the_redaction_preview_and_writes_a_verifiable_bundle(qtbot, make_window, existing_store,
                                                                            prompts, tmp_path):
    window = make_window(existing_store)
    unlock(qtbot, window)
    services = window.session.services
    insp = services.inspections.create(title="Visit with Mrs Jones", inspected_body="Cafcass Cymru",
                                       framework_id="ciw-2018")
    window.export_action.trigger()
    assert prompts.calls[-1][0] == "info"  # nothing open yet: asked to open an inspection first
    window.open_inspection(insp)
    window.export_action.trigger()
    dialog = window.export_dialog
    assert dialog.plan is not None and len(dialog.plan.versions) == 1
    assert dialog.findings.count() >= 1 and "[Mrs Jones]" in dialog.findings.item(0).text()
    assert dialog.confirm.isVisibleTo(dialog)
    dialog.path_edit.setText(str(tmp_path))
    assert not dialog.export_button.isEnabled()  # the preview must be confirmed first
    dialog.confirm.setChecked(True)
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.error is None and dialog.result is not None
    assert dialog.progress.maximum() == dialog.progress.value() > 0
    assert str(dialog.result.path) in dialog.status.text()
    key = services.keys.signing_key()
    bundle = verify_bundle(dialog.result.path, trusted_keys={key.fingerprint: key.public_key})
    assert [r["uuid"] for r in bundle.records] == [insp]
    assert not dialog.export_button.isEnabled()


def test_signing_key_fingerprint_is_shown_in_groups(qtbot, make_window, existing_store, prompts):
    window = make_window(existing_store)
    unlock(qtbot, window)
    window.key_action.trigger()
    kind, title, text = prompts.calls[-1]
    assert kind == "info"
    assert window.session.services.keys.info().grouped in text
    assert "not be encrypted" in text
