"""First-run passphrase set-up and the unlock screen (also where auto-lock returns to)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from fieldkit.domain.passphrase import MIN_LENGTH, passphrase_problems
from fieldkit.ui.session import Session
from fieldkit.ui.unlock_form import UnlockForm


class UnlockPage(QWidget):
    """Signals:
        opened: the store is unlocked (or was just created).
    """

    opened = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = UnlockForm()
        self.ui.setup(self)
        self._session = session
        self.ui.error_label.setStyleSheet("color: #b71c1c;")
        self.ui.busy_bar.hide()
        self.ui.busy_label.hide()

        self.ui.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.ui.passphrase_edit.returnPressed.connect(self._on_unlock_button_clicked)
        self.ui.repeat_edit.returnPressed.connect(self._on_unlock_button_clicked)
        self.ui.passphrase_edit.textChanged.connect(self._update_hint)
        self.refresh()

    def refresh(self) -> None:
        """Show the set-up or the unlock variant, depending on whether a store exists."""
        first = self._session.first_run
        for w in (self.ui.name_label, self.ui.name_edit, self.ui.repeat_label, self.ui.repeat_edit,
                  self.ui.hint_label):
            w.setVisible(first)
        self.ui.passphrase_edit.clear()
        self.ui.repeat_edit.clear()
        self.ui.error_label.clear()
        self._retranslate()
        (self.ui.name_edit if first else self.ui.passphrase_edit).setFocus()

    def _retranslate(self) -> None:
        self.ui.retranslate()
        if self._session.first_run:
            self.ui.intro_label.setText(self.tr(
                "Welcome. FieldKit keeps your evidence encrypted on this laptop. Choose a passphrase: "
                "it cannot be recovered, so keep it safe."))
            self.ui.unlock_button.setText(self.tr("&Create encrypted store"))
            self.ui.unlock_button.setAccessibleName(self.tr("Create encrypted store"))
        else:
            self.ui.intro_label.setText(self.tr("Enter your passphrase to unlock your evidence."))
        self._update_hint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _update_hint(self) -> None:
        if not self._session.first_run:
            return
        problems = passphrase_problems(self.ui.passphrase_edit.text())
        if problems:
            self.ui.hint_label.setText(self.tr(
                "At least %1 characters, with a variety of characters. A short sentence works well."
            ).replace("%1", str(MIN_LENGTH)))
            self.ui.hint_label.setStyleSheet("color: #555;")
        else:
            self.ui.hint_label.setText(self.tr("Strong enough."))
            self.ui.hint_label.setStyleSheet("color: #1b5e20;")

    def _set_busy(self, busy: bool) -> None:
        self.ui.busy_bar.setVisible(busy)
        self.ui.busy_label.setVisible(busy)
        self.ui.unlock_button.setEnabled(not busy)
        self.ui.passphrase_edit.setEnabled(not busy)

    def _on_unlock_button_clicked(self) -> None:
        passphrase = self.ui.passphrase_edit.text()
        self.ui.error_label.clear()
        if self._session.first_run:
            name = self.ui.name_edit.text().strip()
            if not name:
                self.ui.error_label.setText(self.tr("Enter your name: it is recorded as the author of your evidence."))
                self.ui.name_edit.setFocus()
                return
            if passphrase_problems(passphrase):
                self.ui.error_label.setText(self.tr("That passphrase is too weak."))
                self.ui.passphrase_edit.setFocus()
                return
            if passphrase != self.ui.repeat_edit.text():
                self.ui.error_label.setText(self.tr("The two passphrases differ."))
                self.ui.repeat_edit.setFocus()
                return
            self._set_busy(True)
            self._session.create(name, passphrase, self._on_result)
        else:
            if not passphrase:
                self.ui.passphrase_edit.setFocus()
                return
            self._set_busy(True)
            self._session.unlock(passphrase, self._on_result)

    def _on_result(self, error: Exception | None) -> None:
        from fieldkit.services.errors import WrongPassphrase  # noqa: PLC0415 (start-up time)

        self._set_busy(False)
        if error is None:
            self.ui.passphrase_edit.clear()
            self.ui.repeat_edit.clear()
            self.opened.emit()
            return
        if isinstance(error, WrongPassphrase):
            self.ui.error_label.setText(self.tr("Wrong passphrase. Nothing was changed; try again."))
        else:
            self.ui.error_label.setText(self.tr("Could not open the store: %1").replace("%1", str(error)))
        self.ui.passphrase_edit.selectAll()
        self.ui.passphrase_edit.setFocus()
