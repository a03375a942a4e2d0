"""Child process for the evidence SIGKILL test: the real window and task runner, typing into an evidence
editor's notes and leaving every commit to the autosave countdown (no flush).

Prints `typed N T` after edit N is on screen, T being time.time() then: the parent kills this process
and checks that every edit typed more than 1.5 s before the kill reached the disk.
"""

import random
import sys
import time
import traceback

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from fieldkit.paths import AppPaths
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.session import Session
from fieldkit.ui.tasks import TaskRunner
from tests.ui.conftest import type_text


def main(data_dir: str, passphrase: str, inspection: str, item: str, seed: str) -> None:
    app = QApplication(sys.argv[:1])
    tasks = TaskRunner()
    session = Session(AppPaths.under(data_dir), tasks)
    window = MainWindow(session, tasks)
    window.show()
    window.unlock_page.ui.passphrase_edit.setText(passphrase)
    window.unlock_page.ui.unlock_button.click()
    rng = random.Random(int(seed))
    n = 0

    def step():
        try:
            edit_once()
        except BaseException:
            traceback.print_exc()
            app.exit(1)  # closes stdout, so the parent never waits on a dead stream

    def edit_once():
        nonlocal n
        if session.services is None:  # unlock runs in the background
            QTimer.singleShot(10, step)
            return
        register = window.workspace.register
        if register.editor.uuid != item:
            window.open_inspection(inspection)
            window.workspace.tabs.setCurrentWidget(register)
            register.open_item(item)
        n += 1
        edit = register.editor._widgets["summary"].edit
        edit.moveCursor(QTextCursor.MoveOperation.End)
        type_text(edit, f" e{n}ŵ")
        print(f"typed {n} {time.time():.4f}", flush=True)
        # Mostly brisk typing that never pauses for the countdown, now and then a pause longer than it.
        QTimer.singleShot(1400 if rng.random() < 0.04 else rng.choice((30, 60, 90, 120, 150, 200)), step)

    QTimer.singleShot(0, step)
    app.exec()


if __name__ == "__main__":
    main(*sys.argv[1:])
