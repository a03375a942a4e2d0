"""Message boxes and file choosers behind intent-named methods, so tests can stand in for them.

Qt ships no Welsh catalogue for standard buttons, so every button text is set through tr() (spelled out as
literal `QCoreApplication.translate("Prompts", …)` calls, the form lupdate finds). The dialog classes are
imported on first use: this module is loaded before the first window is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def _ok() -> str:
    return QCoreApplication.translate("Prompts", "OK")


def _cancel() -> str:
    return QCoreApplication.translate("Prompts", "Cancel")


class DialogService:
    def __init__(self, parent: QWidget | None = None):
        self._parent = parent

    def _box(self, icon: str, title: str, text: str, buttons: list[tuple[str, str]]) -> int:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

        box = QMessageBox(getattr(QMessageBox.Icon, icon), title, text, QMessageBox.StandardButton.NoButton,
                          self._parent)
        made = [box.addButton(label, getattr(QMessageBox.ButtonRole, role)) for label, role in buttons]
        box.setDefaultButton(made[0])
        box.exec()
        clicked = box.clickedButton()
        return made.index(clicked) if clicked in made else len(made) - 1

    def error(self, title: str, text: str) -> None:
        self._box("Critical", title, text, [(_ok(), "AcceptRole")])

    def info(self, title: str, text: str) -> None:
        self._box("Information", title, text, [(_ok(), "AcceptRole")])

    def confirm(self, title: str, text: str, yes: str | None = None) -> bool:
        return self._box("Question", title, text, [
            (yes or QCoreApplication.translate("Prompts", "Yes"), "YesRole"),
            (QCoreApplication.translate("Prompts", "No"), "NoRole"),
        ]) == 0

    def choose_open_file(self, title: str, filter_text: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415

        name, _ = QFileDialog.getOpenFileName(self._parent, title, "", filter_text)
        return Path(name) if name else None

    def _input(self, title: str, label: str):
        from PySide6.QtWidgets import QInputDialog  # noqa: PLC0415

        dialog = QInputDialog(self._parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setOkButtonText(_ok())
        dialog.setCancelButtonText(_cancel())
        return dialog, QInputDialog.InputMode

    def ask_int(self, title: str, label: str, value: int, minimum: int, maximum: int) -> int | None:
        dialog, mode = self._input(title, label)
        dialog.setInputMode(mode.IntInput)
        dialog.setIntRange(minimum, maximum)
        dialog.setIntValue(value)
        return dialog.intValue() if dialog.exec() else None

    def ask_text(self, title: str, label: str, *, password: bool = False) -> str | None:
        dialog, mode = self._input(title, label)
        dialog.setInputMode(mode.TextInput)
        if password:
            from PySide6.QtWidgets import QLineEdit  # noqa: PLC0415

            dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        return dialog.textValue() if dialog.exec() else None
