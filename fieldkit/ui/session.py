"""The unlocked store and its services for the lifetime of one unlock; locking drops them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from fieldkit.paths import AppPaths

if TYPE_CHECKING:
    from concurrent.futures import Future

DEFAULT_AUTOLOCK_MINUTES = 10


class Session(QObject):
    unlocked = Signal()
    about_to_lock = Signal()
    locked = Signal()

    def __init__(self, paths: AppPaths, tasks, parent: QObject | None = None, *, kdf_params=None):
        super().__init__(parent)
        self._kdf_params = kdf_params  # tests pass a fast profile; production uses the default
        self.paths = paths
        self.tasks = tasks
        self.services = None
        self._local = None

    @property
    def local(self):
        """The database code loads on first use, after the window is up: start-up stays quick."""
        if self._local is None:
            from fieldkit.services.store import LocalStore  # noqa: PLC0415

            self._local = LocalStore(self.paths)
        return self._local

    @staticmethod
    def _services_over(store):
        from fieldkit.services.container import Services  # noqa: PLC0415

        return Services.over(store)

    @property
    def first_run(self) -> bool:
        return not self.paths.key_file.exists()

    @property
    def is_unlocked(self) -> bool:
        return self.services is not None

    def create(self, name: str, passphrase: str, on_done: Callable[[Exception | None], None]) -> None:
        params = self._kdf_params
        self.tasks.submit(lambda: self._services_over(self.local.create(passphrase, display_name=name, params=params)),
                          on_done=lambda f: self._opened(f, on_done))

    def unlock(self, passphrase: str, on_done: Callable[[Exception | None], None]) -> None:
        self.tasks.submit(lambda: self._services_over(self.local.unlock(passphrase)),
                          on_done=lambda f: self._opened(f, on_done))

    def _opened(self, future: Future, on_done: Callable[[Exception | None], None]) -> None:
        exc = future.exception()
        if exc is None:
            self.services = future.result()
            on_done(None)
            self.unlocked.emit()
        else:
            on_done(exc)

    @property
    def autolock_minutes(self) -> int:
        if self.services is None:
            return DEFAULT_AUTOLOCK_MINUTES
        return int(self.services.store.setting("autolock_minutes", DEFAULT_AUTOLOCK_MINUTES))

    def set_autolock_minutes(self, minutes: int) -> None:
        if self.services is not None:
            self.services.store.set_setting("autolock_minutes", int(minutes))

    def lock(self) -> None:
        """Editors flush first (about_to_lock), then the key is dropped and the engine closed."""
        if self.services is None:
            return
        self.about_to_lock.emit()
        store = self.services.store
        self.services = None
        self.tasks.run_db_now(store.close)
        self.locked.emit()

    def close(self) -> None:
        self.lock()
