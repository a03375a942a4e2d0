"""File → Report…: choose the output, profile, language and marking; render in the background; preview the
PDF from memory (QtPdf); save only when asked, and the save is audited.

Reading the records runs on the database thread; laying the PDF out runs on the general pool, so neither
autosave nor the window waits for it. Nothing touches the disk until Save.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

KINDS = ("evidence-report", "record", "methodology", "questionnaire", "recommendations", "safeguarding-log")
PROFILES = ("internal", "factual-accuracy", "published")
DEFAULT_MARKING = {"internal": "OFFICIAL-SENSITIVE", "factual-accuracy": "OFFICIAL-SENSITIVE", "published": ""}


def open_for(window) -> ReportDialog | None:
    """File → Report… from the main window: for the inspection open in the workspace, with the evidence item
    selected in the register ticked for an evidence record."""
    services = window.session.services
    workspace = window.workspace
    if services is None:
        return None
    if workspace is None or window.stack.currentWidget() is not workspace or workspace.uuid is None:
        window.prompts.info(*open_first_text())
        return None
    from fieldkit.ui import language  # noqa: PLC0415

    selected = workspace.register.selected_row()
    dialog = ReportDialog(services, workspace.uuid, window.tasks, window,
                          items=[selected.uuid] if selected is not None else None, language=language.current())
    window.session.about_to_lock.connect(dialog.forget)
    window.report_dialog = dialog
    dialog.open()
    return dialog


def menu_text() -> str:
    return QCoreApplication.translate("ReportDialog", "&Report…")


def open_first_text() -> tuple[str, str]:
    return (QCoreApplication.translate("ReportDialog", "Report"),
            QCoreApplication.translate("ReportDialog", "Open an inspection first, then make its report."))


class ReportDialog(QDialog):
    progressed = Signal(int)  # percent, emitted from the rendering thread and delivered on the GUI thread

    def __init__(self, services, inspection_uuid: str, tasks, parent: QWidget | None = None, *,
                 items: list[str] | None = None, language: str = "en"):
        super().__init__(parent)
        self.services = services
        self.inspection_uuid = inspection_uuid
        self.tasks = tasks
        self.report = None  # the last rendered report (in memory only)
        self.saved_path = None
        self.error: str | None = None
        self._job = 0
        self._last_percent = -1
        self._marking_edited = False
        self._preselected = set(items or ())
        self.setWindowTitle(self.tr("Report"))
        self.resize(980, 720)

        self.kind = QComboBox()
        labels = {
            "evidence-report": self.tr("Inspection evidence report"),
            "record": self.tr("Evidence records"),
            "methodology": self.tr("Methodology annex"),
            "questionnaire": self.tr("Questionnaire analysis annex"),
            "recommendations": self.tr("Recommendations progress table"),
            "safeguarding-log": self.tr("Safeguarding referral log (internal only)"),
        }
        for code in KINDS:
            self.kind.addItem(labels[code], code)
        self.profile = QComboBox()
        for code, text in (("internal", self.tr("Internal (the full evidence, for the team)")),
                           ("factual-accuracy", self.tr("Draft for factual accuracy (for the inspected body)")),
                           ("published", self.tr("For publication (staff by role, cleared quotations only)"))):
            self.profile.addItem(text, code)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Cymraeg", "cy")
        self.language.setCurrentIndex(1 if language == "cy" else 0)
        self.marking = QLineEdit(DEFAULT_MARKING["internal"])
        self.marking.setPlaceholderText(self.tr("No protective marking"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter the evidence items"))
        self.items = QListWidget()
        self.items_label = QLabel(self.tr("&Items:"))
        self.items_label.setBuddy(self.items)

        form = QFormLayout()
        for text, widget in ((self.tr("&Output:"), self.kind), (self.tr("&Version:"), self.profile),
                             (self.tr("&Language:"), self.language), (self.tr("&Marking:"), self.marking)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.items_label, self.filter)
        form.addRow("", self.items)

        self.render_button = QPushButton(self.tr("Re&nder preview"))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = QLabel(self.tr("Choose what to produce, then render a preview. Nothing is saved until you "
                                     "choose Save."))
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        row = QHBoxLayout()
        row.addWidget(self.render_button)
        row.addWidget(self.save_button)
        row.addWidget(self.progress, 1)
        row.addWidget(buttons)

        self.view = self._make_view()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(self.status)
        left_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 650])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)

        for widget, name in ((self.kind, self.tr("Output")), (self.profile, self.tr("Version")),
                             (self.language, self.tr("Language of the report")),
                             (self.marking, self.tr("Protective marking")),
                             (self.filter, self.tr("Filter the evidence items")),
                             (self.items, self.tr("Evidence items to include")),
                             (self.view, self.tr("Preview of the report")),
                             (self.progress, self.tr("Rendering progress"))):
            widget.setAccessibleName(name)

        self.kind.currentIndexChanged.connect(lambda _i: self._on_choice_changed())
        self.profile.currentIndexChanged.connect(lambda _i: self._on_profile_changed())
        self.language.currentIndexChanged.connect(lambda _i: self._on_choice_changed())
        self.marking.textEdited.connect(self._on_marking_edited)
        self.filter.textChanged.connect(self._apply_filter)
        self.render_button.clicked.connect(self.start_render)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.progressed.connect(self.progress.setValue)
        self._loaded_items = False
        self._on_choice_changed()

    def _make_view(self):
        from PySide6.QtPdf import QPdfDocument  # noqa: PLC0415 (QtPdf loads with the first report)
        from PySide6.QtPdfWidgets import QPdfView  # noqa: PLC0415

        self.document = QPdfDocument(self)
        self.buffer = QBuffer(self)
        view = QPdfView()
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(self.document)
        return view

    # -- choices ----------------------------------------------------------------------------------------

    @property
    def chosen(self) -> dict:
        kind = self.kind.currentData()
        items = None
        if kind == "record":
            items = [self.items.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.items.count())
                     if self.items.item(i).checkState() == Qt.CheckState.Checked]
        return {"kind": kind, "profile": self.profile.currentData(), "language": self.language.currentData(),
                "marking": self.marking.text().strip(), "items": items}

    def _on_profile_changed(self) -> None:
        if not self._marking_edited:
            self.marking.setText(DEFAULT_MARKING[self.profile.currentData()])
        self._on_choice_changed()

    def _on_marking_edited(self, _text: str) -> None:
        self._marking_edited = True
        self._on_choice_changed()

    def _on_choice_changed(self) -> None:
        record = self.kind.currentData() == "record"
        for widget in (self.items_label, self.filter, self.items):
            widget.setVisible(record)
        if record and not self._loaded_items:
            self._loaded_items = True
            self.tasks.submit(lambda: self.services.evidence.query(self.inspection_uuid, sort="evidence_date",
                                                                   descending=False, limit=100_000),
                              on_done=self._on_items)
        refused = self.kind.currentData() == "safeguarding-log" and self.profile.currentData() != "internal"
        self.render_button.setEnabled(not refused)
        if refused:
            self.status.setText(self.tr("The safeguarding referral log is restricted: it can be produced only as "
                                        "the internal version, never for the inspected body or for publication."))
        elif self.report is not None:
            self.status.setText(self.tr("The choices have changed: render again to preview them."))

    def _on_items(self, future) -> None:
        if future.exception() is not None:
            self.status.setText(self.tr("The evidence items could not be listed: %1").replace(
                "%1", str(future.exception())))
            return
        self.items.clear()
        for row in future.result():
            method = row.type_label_cy if self.language.currentData() == "cy" else row.type_label_en
            label = f"{row.evidence_date or '—'} · {method}"
            if row.title:
                label += f" · {row.title}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, row.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = row.uuid in self._preselected
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.items.addItem(item)
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for i in range(self.items.count()):
            item = self.items.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    # -- rendering ----------------------------------------------------------------------------------------

    def start_render(self) -> None:
        chosen = self.chosen
        if chosen["kind"] == "record" and not chosen["items"]:
            self.status.setText(self.tr("Tick at least one evidence item."))
            return
        self._job += 1
        job = self._job
        self.report = None
        self.save_button.setEnabled(False)
        self.render_button.setEnabled(False)
        self.progress.setValue(0)
        self._last_percent = -1
        self.progress.show()
        self.status.setText(self.tr("Reading the records…"))
        self.tasks.submit(lambda: self.services.reports.assemble(self.inspection_uuid, **chosen),
                          on_done=lambda f: self._on_assembled(f, job, chosen))

    def _on_progress(self, fraction: float) -> None:
        percent = int(fraction * 100)
        if percent != self._last_percent:  # reportlab reports every flowable: pass on whole percents only
            self._last_percent = percent
            self.progressed.emit(percent)

    def _on_assembled(self, future, job: int, chosen: dict) -> None:
        if job != self._job:
            return
        if future.exception() is not None:
            self._failed(future.exception())
            return
        data = future.result()
        self.status.setText(self.tr("Laying out the pages…"))
        self.tasks.submit(lambda: self.services.reports.render_data(data, progress=self._on_progress),
                          on_done=lambda f: self._on_rendered(f, job), uses_db=False)

    def _on_rendered(self, future, job: int) -> None:
        if job != self._job:
            return
        self.progress.hide()
        self.render_button.setEnabled(True)
        if future.exception() is not None:
            self._failed(future.exception())
            return
        self.report = report = future.result()
        self.buffer.close()
        self.document.close()
        self.buffer.setData(QByteArray(report.pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Preview ready: %1 pages. It is only in memory until you save it.").replace(
            "%1", str(report.pages)))

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.render_button.setEnabled(True)
        self.error = str(exc)
        self.status.setText(self.tr("The report was not made: %1").replace("%1", str(exc)))

    def forget(self) -> None:
        """On lock: drop the rendered report and close, so no evidence stays on screen or in memory."""
        self._job += 1
        self.report = None
        self.document.close()
        self.buffer.close()
        self.buffer.setData(QByteArray())
        self.reject()

    def reject(self) -> None:
        self._job += 1  # a render still running is ignored when it finishes
        super().reject()

    # -- saving ---------------------------------------------------------------------------------------------

    def choose_path(self, suggested: str) -> str | None:
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save report"), suggested,
                                                    self.tr("PDF files (*.pdf)"))
        return name or None

    def save(self) -> None:
        report = self.report
        if report is None:
            return
        path = self.choose_path(report.suggested_name)
        if not path:
            return
        self.save_button.setEnabled(False)
        # The file dialog has already asked before replacing a file.
        self.tasks.submit(lambda: self.services.reports.save(report, path, inspection_uuid=self.inspection_uuid,
                                                             replace=True),
                          on_done=self._on_saved)

    def _on_saved(self, future) -> None:
        self.save_button.setEnabled(self.report is not None)
        if future.exception() is not None:
            self.error = str(future.exception())
            self.status.setText(self.tr("The report was not saved: %1").replace("%1", self.error))
            return
        self.saved_path = future.result()
        self.status.setText(self.tr("Saved %1.").replace("%1", str(self.saved_path)))
