"""Idle auto-lock: any key or mouse input restarts the countdown.

The application-wide event filter is installed only while the countdown runs (the store is unlocked):
a Python filter sees every event of the app, and at start-up, before anything is unlocked, it cost
~25 ms of the first show (each event's wrapper types materialise on first sight).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._filtering = False
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(max(1, int(minutes * 60_000)))

    def set_interval_ms(self, ms: int) -> None:
        self._timer.setInterval(ms)

    def start(self) -> None:
        app = QCoreApplication.instance()
        if not self._filtering and app is not None:
            app.installEventFilter(self)
            self._filtering = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if self._filtering and app is not None:
            app.removeEventFilter(self)
        self._filtering = False

    @property
    def filtering(self) -> bool:
        """Whether the app-wide activity filter is installed (only between start() and stop())."""
        return self._filtering

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False
