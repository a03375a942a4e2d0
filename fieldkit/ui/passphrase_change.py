"""File → Change passphrase…: ask, check, then re-wrap the store key off the GUI thread.

The re-wrap runs Argon2id twice (unwrap with the current passphrase, wrap with the new one), ~0.3 s with
the production parameters, so it goes through the TaskRunner; the status bar shows it busy and the menu
item is disabled until it ends. Every outcome is said in words: cancelled, mismatch, too weak, wrong
current passphrase, a storage failure, or done. The store stays open throughout (the data key is unchanged).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from fieldkit.domain.passphrase import MIN_LENGTH, passphrase_problems


class PassphraseChange(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._window = window

    def _title(self) -> str:
        return self.tr("Change passphrase")

    def _weak_text(self) -> str:
        return self.tr("The new passphrase is too weak: use at least %1 characters, with a variety of characters "
                       "(a short sentence works well). Nothing changed.").replace("%1", str(MIN_LENGTH))

    def run(self) -> None:
        w = self._window
        services = w.session.services
        if services is None:
            return
        old = w.prompts.ask_text(self._title(), self.tr("Current passphrase"), password=True)
        if not old:
            return
        new = w.prompts.ask_text(self._title(), self.tr("New passphrase"), password=True)
        if new is None:
            return
        if passphrase_problems(new):
            w.prompts.error(self._title(), self._weak_text())
            return
        again = w.prompts.ask_text(self._title(), self.tr("Repeat new passphrase"), password=True)
        if again is None:
            return
        if again != new:
            w.prompts.error(self._title(), self.tr("The two new passphrases differ; nothing changed."))
            return
        store = services.store
        w.passphrase_action.setEnabled(False)
        w.tasks.submit(lambda: store.change_passphrase(old, new), on_done=self._done)

    def _done(self, future) -> None:
        from fieldkit.services.errors import StorageError, WeakPassphrase, WrongPassphrase  # noqa: PLC0415

        w = self._window
        w.passphrase_action.setEnabled(w.session.is_unlocked)
        exc = future.exception()
        if exc is None:
            w.prompts.info(self._title(), self.tr("Passphrase changed. Use the new one from the next unlock."))
        elif isinstance(exc, WrongPassphrase):
            w.prompts.error(self._title(), self.tr("The current passphrase is wrong; nothing changed."))
        elif isinstance(exc, WeakPassphrase):
            w.prompts.error(self._title(), self._weak_text())
        elif isinstance(exc, StorageError):
            w.prompts.error(self._title(), self.tr("The passphrase could not be changed: %1").replace("%1", str(exc)))
        else:
            raise exc
