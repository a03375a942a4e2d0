"""File → Export bundle…: the privacy report as a redaction preview, then a signed bundle written in the background.

The plan (what will be sent, and what the privacy checker found) is computed on the database thread; the
inspector reads the findings, must tick the confirmation when there are any, chooses where to write, and
the bundle is written on the database thread with progress. Help → Signing key… shows the fingerprint.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# Texts outside the class use QCoreApplication.translate with literal arguments, so that lupdate finds them.


def menu_text(which: str) -> str:
    if which == "export":
        return QCoreApplication.translate("ExportDialog", "&Export bundle…")
    return QCoreApplication.translate("ExportDialog", "&Signing key…")


def open_first_text() -> tuple[str, str]:
    return (QCoreApplication.translate("ExportDialog", "Export bundle"),
            QCoreApplication.translate("ExportDialog", "Open an inspection first, then export it."))


def key_summary(services) -> tuple[str, str]:
    """(title, text) for Help → Signing key…: the fingerprint in groups of four, to read out at enrolment."""
    info = services.keys.info()
    central = services.keys.central_key()
    text = QCoreApplication.translate(
        "ExportDialog", "Your signing key (give this fingerprint to the central record administrator):\n%1\n\n"
        "Key id %2, signed as %3.").replace("%1", info.grouped).replace("%2", info.key_id).replace(
        "%3", info.inspector_id)
    if central is None:
        extra = QCoreApplication.translate("ExportDialog",
                                           "No central key is configured: bundles will not be encrypted.")
    else:
        extra = QCoreApplication.translate("ExportDialog", "Bundles are encrypted to the central key %1.").replace(
            "%1", " ".join(central.fingerprint[i:i + 4] for i in range(0, 16, 4)) + " …")
    return QCoreApplication.translate("ExportDialog", "Signing key"), text + "\n\n" + extra


class ExportDialog(QDialog):
    progressed = Signal(int, int)  # emitted from the database thread, delivered on the GUI thread

    def __init__(self, services, inspection_uuid: str, tasks, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.inspection_uuid = inspection_uuid
        self.tasks = tasks
        self.plan = None
        self.result = None
        self.error: str | None = None
        self.setWindowTitle(self.tr("Export bundle"))
        self.setMinimumWidth(560)

        self.summary = QLabel(self.tr("Checking what will be sent…"))
        self.summary.setWordWrap(True)
        self.all_check = QCheckBox(self.tr("Send every version, including those central has acknowledged"))
        self.report_label = QLabel()
        self.report_label.setWordWrap(True)
        self.findings = QListWidget()
        self.confirm = QCheckBox(self.tr("I have read the preview and everything shown may leave this laptop"))
        # A bundle for the team lead's laptop cannot be encrypted (only central holds the key to open it).
        self.encrypt_check = QCheckBox(self.tr("Encrypt for the central record (untick for a bundle your team lead "
                                               "imports)"))
        self.encrypt_check.setChecked(True)
        self.encrypt_check.hide()
        self.path_edit = QLineEdit()
        self.browse = QPushButton(self.tr("Choose…"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Write to:")))
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        for w in (self.summary, self.all_check, self.report_label, self.findings, self.confirm, self.encrypt_check):
            layout.addWidget(w)
        layout.addLayout(row)
        for w in (self.progress, self.status, self.buttons):
            layout.addWidget(w)

        self.all_check.toggled.connect(lambda _: self.refresh())
        self.confirm.toggled.connect(lambda _: self._update_buttons())
        self.path_edit.textChanged.connect(lambda _: self._update_buttons())
        self.browse.clicked.connect(self._choose)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        self.progressed.connect(self._on_progress)
        self._update_buttons()
        self.refresh()

    # -- planning ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.plan = None
        self._update_buttons()
        include_all = self.all_check.isChecked()
        self.tasks.submit(lambda: self.services.export.plan(self.inspection_uuid, include_all=include_all),
                          on_done=self._on_planned)

    def _on_planned(self, future) -> None:
        exc = future.exception()
        if exc is not None:
            self.summary.setText(self.tr("Cannot prepare the export: %1").replace("%1", str(exc)))
            return
        plan = self.plan = future.result()
        encryption = (self.tr("It will be encrypted to the central key.") if plan.central_key_fingerprint
                      else self.tr("No central key is configured: the bundle will NOT be encrypted."))
        self.summary.setText(self.tr("%1 record versions and %2 audit events will be signed and sent. %3")
                             .replace("%1", str(len(plan.versions))).replace("%2", str(len(plan.audit_events)))
                             .replace("%3", encryption))
        self.findings.clear()
        report = plan.privacy
        if report.checker is None:
            self.report_label.setText(self.tr("No privacy checker is installed: read the records before you "
                                              "confirm."))
        elif report.findings:
            self.report_label.setText(self.tr("Redaction preview: the privacy check found %1 possible identifying "
                                              "details. Each is shown in [brackets]; correct the record before "
                                              "exporting, or confirm that it may be sent.")
                                      .replace("%1", str(len(report.findings))))
            for f in report.findings:
                self.findings.addItem(f"{f.entity} · {f.field} · {f.kind}: {f.excerpt}")
        else:
            self.report_label.setText(self.tr("The privacy check found nothing to redact in %1 text fields.")
                                      .replace("%1", str(report.fields_checked)))
        self.encrypt_check.setVisible(plan.central_key_fingerprint is not None)
        self.findings.setVisible(bool(report.findings))
        self.confirm.setVisible(report.needs_confirmation)
        self.confirm.setChecked(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self.plan
        ready = (plan is not None and bool(plan.versions) and bool(self.path_edit.text().strip())
                 and (not plan.privacy.needs_confirmation or self.confirm.isChecked()))
        self.export_button.setEnabled(ready)
        if plan is not None and not plan.versions:
            self.status.setText(self.tr("Nothing to send: central has acknowledged every version."))

    def _choose(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Export bundle"))
        if name:
            self.path_edit.setText(name)

    # -- writing -----------------------------------------------------------------------------------

    def start_export(self) -> None:
        if self.plan is None:
            return
        plan, target = self.plan, Path(self.path_edit.text().strip())
        accepted = self.confirm.isChecked()
        encrypt = self.encrypt_check.isChecked()
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Writing the bundle…"))
        self.tasks.submit(lambda: self.services.export.write(plan, target, accept_privacy_report=accepted,
                                                             encrypt=encrypt, progress=self.progressed.emit),
                          on_done=self._on_written)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_written(self, future) -> None:
        exc = future.exception()
        self.progress.hide()
        if exc is not None:
            self.error = str(exc)
            self.status.setText(self.tr("The bundle was not written: %1").replace("%1", str(exc)))
            self._update_buttons()
            return
        self.result = r = future.result()
        self.status.setText(self.tr("Wrote %1 (%2 record versions, %3).").replace("%1", str(r.path)).replace(
            "%2", str(r.records)).replace("%3", self.tr("encrypted") if r.encrypted else self.tr("not encrypted")))
        self.export_button.setEnabled(False)
