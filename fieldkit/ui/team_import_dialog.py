"""File → Import team bundle…: a teammate's bundle verified and merged into this laptop, in the background.

The lead picks the file; verification (every member hashed) reports progress from the database thread;
the summary says what arrived and how many conflicts it brought, with a button to the conflicts view.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget


class TeamImportDialog(QDialog):
    progressed = Signal(int, int)  # emitted from the database thread, delivered on the GUI thread
    imported = Signal(object)  # the TeamImportResult, once merged
    conflicts_requested = Signal()

    def __init__(self, services, path: Path, tasks, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.path = Path(path)
        self.tasks = tasks
        self.result = None
        self.error: str | None = None
        self.setWindowTitle(self.tr("Import team bundle"))
        self.setMinimumWidth(520)
        self.heading = QLabel(self.tr("Checking and importing %1…").replace("%1", self.path.name))
        self.heading.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Import result"))
        self.buttons = QDialogButtonBox()
        self.conflicts_button = self.buttons.addButton(self.tr("Show &conflicts"),
                                                       QDialogButtonBox.ButtonRole.ActionRole)
        self.conflicts_button.hide()
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        for w in (self.heading, self.progress, self.status, self.buttons):
            layout.addWidget(w)
        self.close_button.clicked.connect(self.reject)
        self.conflicts_button.clicked.connect(self._show_conflicts)
        self.progressed.connect(self._on_progress)

    def start(self) -> None:
        path, team = self.path, self.services.team
        self.tasks.submit(lambda: team.import_bundle(path, progress=self.progressed.emit), on_done=self._on_done)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_done(self, future) -> None:
        exc = future.exception()
        self.progress.setValue(self.progress.maximum())
        if exc is not None:
            self.error = str(exc)
            self.heading.setText(self.tr("Nothing was imported."))
            self.status.setText(str(exc))
            self.status.setStyleSheet("color: #b71c1c;")
            return
        r = self.result = future.result()
        if r.status == "already-imported":
            self.heading.setText(self.tr("This bundle was imported before; nothing changed."))
        else:
            self.heading.setText(self.tr("Imported the bundle of %1.").replace("%1", r.inspector_id))
        lines = [self.tr("%1 new records, %2 updated, %3 versions already here, %4 attached files.")
                 .replace("%1", str(r.new)).replace("%2", str(r.updated)).replace("%3", str(r.already_present))
                 .replace("%4", str(r.attachments))]
        if r.conflicts:
            lines.append(self.tr("Conflicts needing your decision: %1.").replace("%1", str(r.conflicts)))
            self.conflicts_button.show()
            self.conflicts_button.setFocus()
        lines += [self.tr("Warning: %1").replace("%1", w) for w in r.warnings]
        self.status.setText("\n".join(lines))
        self.imported.emit(r)

    def _show_conflicts(self) -> None:
        self.accept()
        self.conflicts_requested.emit()
