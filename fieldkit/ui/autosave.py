"""No Save button: edits are committed within 1.5 s of the keystroke, and at once on focus change,
navigation, lock and close. Each commit goes to the single writer thread; the indicator shows the result.

The countdown starts at the first unsaved edit and is not restarted by the next ones: someone typing
without a pause still has everything older than 1.5 s on disk (a crash loses at most that). It is 1.2 s,
not 1.5 s: a timer fires a little late and the commit takes a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

DEBOUNCE_MS = 1200
RETRY_MS = 5000


def _is_refusal(exc: BaseException) -> bool:
    from fieldkit.domain.inspection import ValidationError  # noqa: PLC0415 (start-up imports nothing heavy)

    return isinstance(exc, ValidationError)


class Autosaver(QObject):
    saving = Signal()
    saved = Signal(object)  # datetime of the commit
    failed = Signal(str)

    def __init__(self, tasks, parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS):
        super().__init__(parent)
        self._tasks = tasks
        self._pending: dict[str, Callable[[], object]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._debounce_ms = debounce_ms
        self._timer.timeout.connect(self.flush)

    def schedule(self, key: str, commit: Callable[[], object]) -> None:
        """Replace any pending commit for `key`; the countdown runs from the first unsaved edit."""
        self._pending[key] = commit
        if not self._timer.isActive() or self._timer.remainingTime() > self._debounce_ms:  # e.g. a retry wait
            self._timer.start(self._debounce_ms)

    @property
    def tasks(self):
        """The task runner commits go through (pages that read in the background use it too)."""
        return self._tasks

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def _take(self) -> dict[str, Callable[[], object]]:
        self._timer.stop()
        todo, self._pending = self._pending, {}
        return todo

    def flush(self) -> None:
        todo = self._take()
        if not todo:
            return
        self.saving.emit()
        done: set[str] = set()
        refused: set[str] = set()

        def run_all():
            # One refused edit must not hold back the others of the same flush.
            first: Exception | None = None
            for key, commit in todo.items():
                try:
                    commit()
                    done.add(key)
                except Exception as exc:  # noqa: BLE001 (re-raised below, shown by _on_done)
                    if _is_refusal(exc):
                        refused.add(key)
                    first = first or exc
            if first is not None:
                raise first

        self._tasks.submit(run_all, on_done=lambda f: self._on_done(f, todo, done | refused))

    def flush_now(self) -> None:
        """Commit and wait: before lock and quit, nothing may stay in memory only."""
        todo = self._take()
        if not todo:
            return
        refusal: Exception | None = None
        for commit in todo.values():
            try:
                self._tasks.run_db_now(commit)
            except Exception as exc:  # noqa: BLE001 (shown, never swallowed)
                self.failed.emit(str(exc))
                if not _is_refusal(exc):
                    raise
                refusal = refusal or exc  # its editor shows why; the other edits are still committed
        if refusal is None:
            self.saved.emit(datetime.now())

    def _on_done(self, future, todo: dict[str, Callable[[], object]], done: set[str]) -> None:
        exc = future.exception()
        if exc is None:
            self.saved.emit(datetime.now())
            return
        self.failed.emit(str(exc))
        # Keep what did not reach the disk and try again, unless newer text replaced it meanwhile. A
        # refused edit (invalid content) is not retried as it is: its editor shows why, and the next
        # edit schedules a fresh commit.
        for key, commit in todo.items():
            if key not in done:
                self._pending.setdefault(key, commit)
        self._timer.start(RETRY_MS)
