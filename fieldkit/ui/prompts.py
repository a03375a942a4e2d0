"""Message boxes and file choosers behind intent-named methods, so tests can stand in for them.

Qt ships no Welsh catalogue for standard buttons, so every button text is set through tr().
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


class DialogService:
    def __init__(self, parent: QWidget | None = None):
        self._parent = parent

    def _box(self, icon, title: str, text: str, buttons: list[tuple[str, QMessageBox.ButtonRole]]) -> int:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self._parent)
        made = [box.addButton(label, role) for label, role in buttons]
        box.setDefaultButton(made[0])
        box.exec()
        clicked = box.clickedButton()
        return made.index(clicked) if clicked in made else len(made) - 1

    def error(self, title: str, text: str) -> None:
        self._box(QMessageBox.Icon.Critical, title, text, [(_tr("OK"), QMessageBox.ButtonRole.AcceptRole)])

    def info(self, title: str, text: str) -> None:
        self._box(QMessageBox.Icon.Information, title, text, [(_tr("OK"), QMessageBox.ButtonRole.AcceptRole)])

    def confirm(self, title: str, text: str, yes: str | None = None) -> bool:
        return self._box(QMessageBox.Icon.Question, title, text, [
            (yes or _tr("Yes"), QMessageBox.ButtonRole.YesRole),
            (_tr("No"), QMessageBox.ButtonRole.NoRole),
        ]) == 0

    def choose_open_file(self, title: str, filter_text: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self._parent, title, "", filter_text)
        return Path(name) if name else None

    def ask_int(self, title: str, label: str, value: int, minimum: int, maximum: int) -> int | None:
        dialog = QInputDialog(self._parent)
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setIntRange(minimum, maximum)
        dialog.setIntValue(value)
        dialog.setOkButtonText(_tr("OK"))
        dialog.setCancelButtonText(_tr("Cancel"))
        return dialog.intValue() if dialog.exec() else None

    def ask_text(self, title: str, label: str, *, password: bool = False) -> str | None:
        dialog = QInputDialog(self._parent)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        if password:
            from PySide6.QtWidgets import QLineEdit

            dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText(_tr("OK"))
        dialog.setCancelButtonText(_tr("Cancel"))
        return dialog.textValue() if dialog.exec() else None
