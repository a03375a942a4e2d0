"""UI fixtures: the real window over a real encrypted store, a synchronous task runner and scripted prompts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.conftest import FAST_KDF, PASSPHRASE


class StubPrompts:
    """Answers dialogs from a script and records what was asked."""

    def __init__(self):
        self.calls: list[tuple] = []
        self.confirm_answer = False
        self.text_answers: list[str | None] = []
        self.int_answer: int | None = None
        self.file_answer = None

    def error(self, title, text):
        self.calls.append(("error", title, text))

    def info(self, title, text):
        self.calls.append(("info", title, text))

    def confirm(self, title, text, yes=None):
        self.calls.append(("confirm", title, text))
        return self.confirm_answer

    def choose_open_file(self, title, filter_text):
        self.calls.append(("open", title))
        return self.file_answer

    def ask_int(self, title, label, value, minimum, maximum):
        self.calls.append(("int", title))
        return self.int_answer

    def ask_text(self, title, label, *, password=False):
        self.calls.append(("text", title))
        return self.text_answers.pop(0) if self.text_answers else None


def type_text(widget, text: str) -> None:
    """Key events carrying the text: qtbot.keyClicks aborts the process on non-ASCII (ŵ, ŷ)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def prompts():
    return StubPrompts()


@pytest.fixture
def existing_store(paths):
    from fieldkit.services.store import LocalStore

    LocalStore(paths).create(PASSPHRASE, display_name="Ann Inspector", params=FAST_KDF).close()
    return paths


@pytest.fixture
def make_window(qtbot, prompts):
    from fieldkit.ui.main_window import MainWindow
    from fieldkit.ui.session import Session
    from fieldkit.ui.tasks import ImmediateTaskRunner

    made = []

    def make(paths):
        tasks = ImmediateTaskRunner()
        window = MainWindow(Session(paths, tasks, kdf_params=FAST_KDF), tasks, prompts)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for w in made:
        w.session.close()


def unlock(qtbot, window, passphrase: str = PASSPHRASE) -> None:
    window.unlock_page.ui.passphrase_edit.setText(passphrase)
    qtbot.mouseClick(window.unlock_page.ui.unlock_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def workspace(qtbot, make_window, existing_store):
    """A window unlocked on the demo inspection (no evidence yet), its register shown."""
    from fieldkit.services.demo import create_demo

    window = make_window(existing_store)
    unlock(qtbot, window)
    uuid = create_demo(window.session.services.inspections)
    window.open_inspection(uuid)
    window.workspace.tabs.setCurrentWidget(window.workspace.register)
    return window
