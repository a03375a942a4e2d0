"""The names the inspector must never write for this inspection: listed, added and removed in place.

Each change is saved at once (one short write). The list stays on this laptop: it is never exported,
and the privacy checker flags these names wherever they are typed and before an export.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class NeverWriteDialog(QDialog):
    def __init__(self, services, inspection_uuid: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._services, self._inspection = services, inspection_uuid
        self.setWindowTitle(self.tr("Never-to-write names"))
        self.setObjectName("never_write_dialog")
        note = QLabel(self.tr("Names that must never appear in this inspection's evidence (for example the "
                              "real names behind the pseudonyms). The checker flags them as you type and "
                              "before an export. This list stays on this laptop."))
        note.setWordWrap(True)
        self.names = QListWidget()
        self.names.setAccessibleName(self.tr("Never-to-write names"))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name to add"))
        self.name_edit.setPlaceholderText(self.tr("Full name, e.g. as it appears in the case file"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add name"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove selected name"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.accept)
        self.add_button.clicked.connect(self.add_name)
        self.name_edit.returnPressed.connect(self.add_name)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.names, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, 360)
        self._show(services.evidence.never_write(inspection_uuid))

    def _show(self, names: list[str]) -> None:
        self.names.clear()
        self.names.addItems(names)
        self.remove_button.setEnabled(bool(names))

    def current(self) -> list[str]:
        return [self.names.item(i).text() for i in range(self.names.count())]

    def _save(self, names: list[str]) -> None:
        try:
            self._show(self._services.evidence.set_never_write(self._inspection, names))
            self.error.clear()
        except Exception as exc:  # noqa: BLE001 (a failed write is shown; the list on screen stays as it was)
            self.error.setText(str(exc))

    def add_name(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if not name:
            return
        if name.casefold() in {n.casefold() for n in self.current()}:
            self.error.setText(self.tr("“%1” is already on the list.").replace("%1", name))
            return
        self._save([*self.current(), name])
        self.name_edit.clear()

    def remove_selected(self) -> None:
        row = self.names.currentRow()
        if row >= 0:
            names = self.current()
            del names[row]
            self._save(names)
