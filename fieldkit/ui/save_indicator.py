"""The always-visible save state: when the last edit reached the disk, or why it did not."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QWidget


class SaveIndicator(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Save status"))
        self._state = ("idle", None, "")
        self._render()

    def saving(self) -> None:
        self._state = ("saving", None, "")
        self._render()

    def saved(self, when: datetime | None = None) -> None:
        self._state = ("saved", when or datetime.now(), "")
        self._render()

    def failed(self, reason: str) -> None:
        self._state = ("failed", None, reason)
        self._render()

    @property
    def state(self) -> str:
        return self._state[0]

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Save status"))
        self._render()

    def _render(self) -> None:
        state, when, reason = self._state
        if state == "saved":
            stamp = QLocale().toString(when.time(), "HH:mm:ss")
            self.setText(self.tr("Saved %1").replace("%1", stamp))
            self.setStyleSheet("color: #1b5e20; padding: 0 8px;")
        elif state == "saving":
            self.setText(self.tr("Saving…"))
            self.setStyleSheet("color: #555; padding: 0 8px;")
        elif state == "failed":
            self.setText(self.tr("Not saved: %1").replace("%1", reason))
            self.setStyleSheet("color: white; background: #b71c1c; font-weight: bold; padding: 0 8px;")
        else:
            self.setText(self.tr("All changes saved"))
            self.setStyleSheet("color: #555; padding: 0 8px;")
        self.setToolTip(self.text())
