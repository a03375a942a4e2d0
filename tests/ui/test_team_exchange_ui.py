"""The lead's team exchange in the window: team keys, File → Import team bundle…, the conflicts view (keep
mine / keep theirs / combine), File → Import receipt…, attached files in the evidence editor, and the
export's progress with a real background TaskRunner."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from fieldkit.paths import AppPaths
from fieldkit.services.container import Services
from fieldkit.services.export import ExportService
from fieldkit.services.store import LocalStore
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import unlock


def no_findings(text):
    return []


def interview(title: str, **extra) -> dict:
    return {"evidence_date": "2018-11-06", "interview_kind": "structured", "interviewee_role": "fca",
            "title": title, **extra}


def export(services, inspection, out, *, include_all=True, encrypt=False):
    out.mkdir(exist_ok=True)
    return ExportService(services.store, services.keys, scanner=("test", no_findings)).export(
        inspection, out, include_all=include_all, encrypt=encrypt).path


@pytest.fixture
def lead_and_amy(qtbot, make_window, existing_store, tmp_path, prompts):
    window = make_window(existing_store)
    unlock(qtbot, window)
    lead = window.session.services
    insp = lead.inspections.create(title="Practice review", inspected_body="Cafcass Cymru", framework_id="ciw-2018")
    item = lead.evidence.create(insp, "interview", interview("FCA interview")).uuid
    amy_store = LocalStore(AppPaths.under(tmp_path / "amy")).create(PASSPHRASE, display_name="Amy", params=FAST_KDF)
    amy = Services.over(amy_store)
    lead_pub, amy_pub = tmp_path / "lead.pub", tmp_path / "amy.pub"
    lead.keys.export_public(lead_pub)
    amy.keys.export_public(amy_pub)
    amy.team.trust_key(lead_pub)
    amy.team.import_bundle(export(lead, insp, tmp_path / "from-lead"))
    yield window, lead, amy, insp, item, amy_pub
    amy_store.close()


def enrol(window, prompts, pub, inspector="INS-amy"):
    window.exchange.team_keys_action.trigger()
    dialog = window.exchange.team_keys_dialog
    prompts.file_answer = pub
    prompts.confirm_answer = True
    prompts.text_answers = [inspector]
    dialog.add_button.click()
    return dialog


def test_team_keys_dialog_shows_fingerprints_and_revokes(qtbot, lead_and_amy, prompts):
    window, lead, amy, *_rest, amy_pub = lead_and_amy
    dialog = enrol(window, prompts, amy_pub)
    kind, _title, text = prompts.calls[-2]
    assert kind == "confirm" and amy.keys.info().grouped in text  # compared before it is trusted
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "INS-amy"
    assert dialog.table.item(0, 1).text() == amy.keys.info().grouped
    dialog.table.selectRow(0)
    assert dialog.revoke_button.isEnabled()
    dialog.revoke_button.click()
    assert lead.team.keys()[0].revoked and not dialog.revoke_button.isEnabled()


def test_import_a_teammate_bundle_then_resolve_the_conflict_in_the_conflicts_view(qtbot, lead_and_amy, prompts,
                                                                                   tmp_path):
    window, lead, amy, insp, item, amy_pub = lead_and_amy
    enrol(window, prompts, amy_pub)
    window.open_inspection(insp)
    amy.evidence.update(item, interview("FCA interview", summary="Amy: the plan was explained"))
    lead.evidence.update(item, interview("FCA interview", summary="Lead: plan not yet shared"))
    prompts.file_answer = export(amy, insp, tmp_path / "from-amy", include_all=False)
    window.exchange.import_bundle_action.trigger()
    dialog = window.exchange.import_dialog
    assert dialog.error is None, dialog.error
    assert dialog.result.conflicts == 1 and dialog.conflicts_button.isVisibleTo(dialog)
    assert dialog.progress.value() == dialog.progress.maximum() > 0
    assert "Conflicts needing your decision: 1." in dialog.status.text()

    dialog.conflicts_button.click()
    view = window.exchange.conflicts_dialog
    assert view.list.count() == 1 and "FCA interview" in view.list.item(0).text()
    assert len(view.panes) == 2
    texts = [p.toPlainText() for p in view.panes]
    assert any("Amy: the plan was explained" in t for t in texts) and any("Lead: plan not yet shared" in t
                                                                            for t in texts)
    labels = [b.text().replace("&", "") for b in view.keep_buttons]
    assert sorted(labels) == ["Keep mine", "Keep theirs"]
    theirs = view.keep_buttons[labels.index("Keep theirs")]
    theirs.click()
    assert "Resolved" in view.status.text(), view.status.text()
    assert view.list.count() == 0
    assert lead.evidence.get(item).data["summary"] == "Amy: the plan was explained"
    [resolution] = [v for v in lead.store.records.history(item) if len(v.parents) == 2]
    assert resolution.origin_device == lead.store.device_id


def test_combine_saves_a_field_by_field_version(qtbot, lead_and_amy, prompts, tmp_path):
    window, lead, amy, insp, item, amy_pub = lead_and_amy
    enrol(window, prompts, amy_pub)
    amy.evidence.update(item, interview("FCA interview (Amy)", summary="Amy's summary"))
    lead.evidence.update(item, interview("FCA interview", summary="Lead's summary"))
    lead.team.import_bundle(export(amy, insp, tmp_path / "from-amy", include_all=False))
    window.exchange.conflicts_action.trigger()
    view = window.exchange.conflicts_dialog
    view.combine_button.click()
    editor = view.combine_dialog
    assert set(editor.keys) >= {"title", "summary"}
    amy_col = 1 + [s.author for s in view.current.sides].index("Amy")
    editor._take(editor.keys.index("title"), amy_col)  # take Amy's title
    editor.set_result("summary", "Both: plan explained to the child, not yet to the mother")
    editor.save()
    assert view.list.count() == 0, view.status.text()
    data = lead.evidence.get(item).data
    assert (data["title"], data["summary"]) == ("FCA interview (Amy)",
                                                "Both: plan explained to the child, not yet to the mother")


def test_a_refused_bundle_is_explained_and_changes_nothing(qtbot, lead_and_amy, prompts, tmp_path):
    window, lead, amy, insp, *_ = lead_and_amy
    before = lead.store.records.versions()
    prompts.file_answer = export(amy, insp, tmp_path / "from-amy")  # amy's key was never enrolled
    window.exchange.import_bundle_action.trigger()
    dialog = window.exchange.import_dialog
    assert dialog.result is None and "no teammate keys are enrolled" in dialog.error
    assert "Nothing was imported" in dialog.heading.text()
    assert lead.store.records.versions() == before


def test_import_receipt_from_the_file_menu(qtbot, lead_and_amy, prompts, tmp_path):
    from fieldkit.exchange.central_keys import generate_central_keys
    from fieldkit.services.central import CentralService, load_central_key_file

    window, lead, _amy, insp, *_ = lead_and_amy
    keys = generate_central_keys()
    (tmp_path / "central.key").write_text(keys.file_text())
    (tmp_path / "central.pub").write_text(keys.public.file_text())
    lead.keys.set_central_key(tmp_path / "central.pub")
    central = CentralService(tmp_path / "central.sqlite")
    central.init()
    lead.keys.export_public(tmp_path / "lead-again.pub")
    central.trust_key(tmp_path / "lead-again.pub")
    out = tmp_path / "usb"
    merged = central.merge_file(export(lead, insp, out, encrypt=True),
                                central_key=load_central_key_file(tmp_path / "central.key"), receipts_dir=out)
    central.close()
    assert merged.ok, merged.error
    prompts.file_answer = merged.receipt_path
    window.exchange.import_receipt_action.trigger()
    kind, _title, text = prompts.calls[-1]
    assert kind == "info" and "Central holds 2 more" in text
    window.exchange.import_receipt_action.trigger()
    assert "Central holds 0 more" in prompts.calls[-1][2] and "2 were already marked" in prompts.calls[-1][2]
    prompts.file_answer = tmp_path / "central.pub"  # not a receipt
    window.exchange.import_receipt_action.trigger()
    assert prompts.calls[-1][0] == "error" and "not applied" in prompts.calls[-1][2]


def test_attached_files_in_the_evidence_editor(qtbot, lead_and_amy, tmp_path):
    from PySide6.QtGui import QColor, QImage

    window, lead, _amy, insp, item, _ = lead_and_amy
    window.open_inspection(insp)
    window.workspace.tabs.setCurrentWidget(window.workspace.register)
    window.workspace.open_evidence(item)
    widget = window.workspace.register.editor.attachments
    assert widget.isVisible() and widget.list.count() == 0 and not widget.open_button.isEnabled()
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    photo = tmp_path / "photo of letter.png"
    assert image.save(str(photo))
    widget.choose_file = lambda: str(photo)
    widget.attach_button.click()
    assert widget.list.count() == 1 and "photo of letter.png" in widget.list.item(0).text()
    assert "kept encrypted" in widget.message.text()
    widget.open_button.click()
    assert widget.viewer is not None and widget.viewer.image.pixmap().width() == 40
    widget.viewer.reject()
    copy = tmp_path / "copy.png"
    widget.choose_target = lambda name: str(copy)
    widget.save_button.click()
    assert copy.read_bytes() == photo.read_bytes() and "not encrypted" in widget.message.text()
    widget.remove_button.click()
    assert widget.list.count() == 0 and lead.attachments.list(item) == []


def test_export_reports_progress_while_serialising_and_the_window_stays_responsive(qtbot, existing_store, prompts,
                                                                                     tmp_path):
    """A real TaskRunner: the export runs on the database thread while a timer keeps firing on this one."""
    from fieldkit.ui.export_dialog import ExportDialog
    from fieldkit.ui.main_window import MainWindow
    from fieldkit.ui.session import Session
    from fieldkit.ui.tasks import TaskRunner

    tasks = TaskRunner()
    window = MainWindow(Session(existing_store, tasks, kdf_params=FAST_KDF), tasks, prompts)
    qtbot.addWidget(window)
    window.show()
    try:
        window.unlock_page.ui.passphrase_edit.setText(PASSPHRASE)
        window.unlock_page.ui.unlock_button.click()
        qtbot.waitUntil(lambda: window.session.services is not None, timeout=20_000)
        services = window.session.services
        insp = services.inspections.create(title="Bench", inspected_body="Cafcass Cymru", framework_id="ciw-2018")
        records = services.store.records
        with records.transaction() as s:
            for i in range(6000):
                records.create("note", {"text": f"note {i} " + "lorem ipsum dolor sit amet " * 20}, author="Ann",
                               inspection_uuid=insp, session=s)
        services.export = ExportService(services.store, services.keys, scanner=("test", no_findings))
        dialog = ExportDialog(services, insp, tasks, window)
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
        dialog.path_edit.setText(str(tmp_path))
        seen: list[tuple[int, int]] = []
        dialog.progressed.connect(lambda done, total: seen.append((done, total)))
        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start()
        started = time.monotonic()
        dialog.start_export()
        qtbot.waitUntil(lambda: dialog.result is not None or dialog.error is not None, timeout=60_000)
        finished = time.monotonic()
        timer.stop()
        assert dialog.error is None, dialog.error
        during = [t for t in ticks if started <= t <= finished]
        gaps = [b - a for a, b in zip(during, during[1:], strict=False)]
        assert len(during) >= 5, (len(during), finished - started)  # the event loop kept running
        assert max(gaps) < 0.5, max(gaps)  # never frozen for half a second
        total = seen[-1][1]
        early = [d for d, _ in seen if d < total // 2]
        assert len(early) >= 5 and seen[-1] == (total, total)  # progress while the records were serialised
        print(f"export {finished - started:.2f} s, {len(during)} timer ticks, longest gap {max(gaps) * 1000:.0f} ms, "
              f"{len(seen)} progress reports")
        QApplication.processEvents()
    finally:
        window.session.close()
        tasks.shutdown()


def test_an_export_for_the_team_lead_can_be_left_unencrypted(qtbot, lead_and_amy, prompts, tmp_path):
    from fieldkit.exchange.central_keys import generate_central_keys

    window, _lead, amy, insp, *_ = lead_and_amy
    pub = tmp_path / "central.pub"
    pub.write_text(generate_central_keys().public.file_text())
    window.session.services.keys.set_central_key(pub)
    window.session.services.export = ExportService(window.session.services.store, window.session.services.keys,
                                                   scanner=("test", no_findings))
    window.open_inspection(insp)
    window.export_action.trigger()
    dialog = window.export_dialog
    assert dialog.encrypt_check.isVisibleTo(dialog) and dialog.encrypt_check.isChecked()
    dialog.encrypt_check.setChecked(False)
    out = tmp_path / "for-the-lead"
    out.mkdir()
    dialog.path_edit.setText(str(out))
    dialog.export_button.click()
    assert dialog.result is not None and not dialog.result.encrypted, dialog.error
    assert dialog.result.path.read_bytes()[:2] == b"PK"
