"""Files attached to the evidence item open in the editor: attach, open (images, inside FieldKit), save a copy,
remove. The bytes stay inside the encrypted store; opening an image decodes it in memory, so no
plaintext file is written unless the inspector saves a copy somewhere on purpose."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


class AttachmentsWidget(QGroupBox):
    """`services`: the services, or a callable giving them (the editor learns its services after it is built)."""

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self.evidence_uuid: str | None = None
        self.rows: list = []
        self.viewer: QDialog | None = None
        # Stand-ins for tests; the real ones ask with Qt's file dialogs.
        self.choose_file = lambda: QFileDialog.getOpenFileName(self, self.tr("Attach a file"))[0] or None
        self.choose_target = lambda name: QFileDialog.getSaveFileName(self, self.tr("Save a copy"), name)[0] or None
        self.setTitle(self.tr("Attached files"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Attached files"))
        self.list.setMaximumHeight(110)
        self.attach_button = QPushButton(self.tr("&Attach file…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.save_button = QPushButton(self.tr("Save a &copy…"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        for b, name in ((self.attach_button, self.tr("Attach a file to this evidence item")),
                        (self.open_button, self.tr("Open the selected file")),
                        (self.save_button, self.tr("Save a copy of the selected file")),
                        (self.remove_button, self.tr("Remove the selected file from this item"))):
            b.setAccessibleName(name)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.attach_button, self.open_button, self.save_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.attach_button.clicked.connect(self.attach)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._update_buttons()

    @property
    def services(self):
        return self._services() if callable(self._services) else self._services

    def _tasks(self):
        return getattr(self.window(), "tasks", None)

    def _run(self, fn, on_done) -> None:
        tasks = self._tasks()
        if tasks is not None:
            tasks.submit(fn, on_done=on_done)
            return
        from concurrent.futures import Future  # noqa: PLC0415

        future: Future = Future()
        try:
            future.set_result(fn())
        except Exception as exc:  # noqa: BLE001 (shown like a background failure)
            future.set_exception(exc)
        on_done(future)

    def load(self, evidence_uuid: str | None) -> None:
        self.evidence_uuid = evidence_uuid
        self.message.clear()
        self.rows = self.services.attachments.list(evidence_uuid) if evidence_uuid else []
        self.list.clear()
        for a in self.rows:
            item = QListWidgetItem(f"{a.file_name} · {_size(a.size)} · {a.added_by}")
            item.setData(Qt.ItemDataRole.UserRole, a.uuid)
            self.list.addItem(item)
        if self.rows:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _selected(self):
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.attach_button.setEnabled(self.evidence_uuid is not None)
        for b in (self.open_button, self.save_button, self.remove_button):
            b.setEnabled(chosen)

    def attach(self) -> None:
        if self.evidence_uuid is None:
            return
        name = self.choose_file()
        if not name:
            return
        uuid, attachments = self.evidence_uuid, self.services.attachments
        self.message.setText(self.tr("Attaching %1…").replace("%1", Path(name).name))
        self._run(lambda: attachments.attach(uuid, name), self._on_attached)

    def _on_attached(self, future) -> None:
        exc = future.exception()
        if exc is not None:
            self.message.setText(self.tr("Not attached: %1").replace("%1", str(exc)))
            return
        self.load(self.evidence_uuid)
        self.message.setText(self.tr("Attached %1; it is kept encrypted with the evidence.").replace(
            "%1", future.result().file_name))

    def open_selected(self) -> None:
        a = self._selected()
        if a is None:
            return
        if not a.is_image:
            self.message.setText(self.tr("%1 cannot be shown in FieldKit: save a copy to open it with another "
                                         "program.").replace("%1", a.file_name))
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(self.services.attachments.read(a.sha256)):
            self.message.setText(self.tr("%1 is not an image FieldKit can show.").replace("%1", a.file_name))
            return
        self.viewer = ImageViewer(a.file_name, pixmap, self)
        self.viewer.open()

    def save_selected(self) -> None:
        a = self._selected()
        if a is None:
            return
        target = self.choose_target(a.file_name)
        if not target:
            return
        try:
            path = self.services.attachments.save_copy(a.sha256, target, overwrite=True)
        except (OSError, KeyError) as exc:
            self.message.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
            return
        self.message.setText(self.tr("Saved a copy to %1. That copy is not encrypted.").replace("%1", str(path)))

    def remove_selected(self) -> None:
        a = self._selected()
        if a is None:
            return
        self._run(lambda: self.services.attachments.remove(a.uuid), lambda f: self._on_removed(f, a.file_name))

    def _on_removed(self, future, name: str) -> None:
        if future.exception() is not None:
            self.message.setText(self.tr("Not removed: %1").replace("%1", str(future.exception())))
            return
        self.load(self.evidence_uuid)
        self.message.setText(self.tr("Removed %1 from this item (its history keeps it).").replace("%1", name))


class ImageViewer(QDialog):
    def __init__(self, title: str, pixmap: QPixmap, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(min(pixmap.width() + 40, 1000), min(pixmap.height() + 80, 760))
        self.image = QLabel()
        self.image.setPixmap(pixmap)
        self.image.setAccessibleName(title)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
