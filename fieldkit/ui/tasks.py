"""Background work without freezing the window.

All database writes go through one worker thread (SQLite has one writer); other slow work (unlock's
key derivation, file parsing, rendering) goes to a general pool. Results come back on the GUI thread.
Tests swap in `ImmediateTaskRunner`, which does the same synchronously.

The two pools (and `concurrent.futures`) are made on the first task, not at start-up: the runner is built
before the first window is shown and nothing runs in the background until the inspector unlocks.
"""

from __future__ import annotations

from collections.abc import Callable
from threading import Lock
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor


class TaskRunner(QObject):
    busy_changed = Signal(bool)
    _closures_ready = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pools: tuple[ThreadPoolExecutor, ThreadPoolExecutor] | None = None
        self._pending: list[Callable[[], None]] = []
        self._lock = Lock()
        self._in_flight = 0
        self._closures_ready.connect(self._drain)

    def submit(self, fn: Callable[[], Any], *, on_done: Callable[[Future], None] | None = None,
               uses_db: bool = True) -> Future:
        writer, general = self._get_pools()
        pool = writer if uses_db else general
        self._set_in_flight(+1)
        future = pool.submit(fn)
        future.add_done_callback(lambda f: self._post(lambda: self._finish(f, on_done)))
        return future

    def _get_pools(self) -> tuple[ThreadPoolExecutor, ThreadPoolExecutor]:
        if self._pools is None:
            from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

            self._pools = (ThreadPoolExecutor(max_workers=1, thread_name_prefix="fieldkit-db"),
                           ThreadPoolExecutor(max_workers=2, thread_name_prefix="fieldkit-work"))
        return self._pools

    def _finish(self, future: Future, on_done: Callable[[Future], None] | None) -> None:
        self._set_in_flight(-1)
        if on_done is not None:
            on_done(future)

    def _set_in_flight(self, delta: int) -> None:
        was = self._in_flight > 0
        self._in_flight += delta
        if was != (self._in_flight > 0):
            self.busy_changed.emit(self._in_flight > 0)

    def _post(self, closure: Callable[[], None]) -> None:
        with self._lock:
            self._pending.append(closure)
        self._closures_ready.emit()  # queued across threads: runs on the GUI thread

    def _drain(self) -> None:
        with self._lock:
            todo, self._pending = self._pending, []
        for closure in todo:
            closure()

    def run_db_now(self, fn: Callable[[], Any]) -> Any:
        """Run on the writer thread and wait: for flushes that must land before lock or quit."""
        return self._get_pools()[0].submit(fn).result()

    def shutdown(self) -> None:
        # wait=True: a queued save is never cut off at quit.
        for pool in self._pools or ():
            pool.shutdown(wait=True)


class ImmediateTaskRunner(QObject):
    busy_changed = Signal(bool)

    def submit(self, fn: Callable[[], Any], *, on_done: Callable[[Future], None] | None = None,
               uses_db: bool = True) -> Future:
        from concurrent.futures import Future  # noqa: PLC0415

        future: Future = Future()
        try:
            future.set_result(fn())
        except BaseException as exc:  # noqa: BLE001 (delivered to on_done like the real runner)
            future.set_exception(exc)
        if on_done is not None:
            on_done(future)
        return future

    def run_db_now(self, fn: Callable[[], Any]) -> Any:
        return fn()

    def shutdown(self) -> None:
        pass
