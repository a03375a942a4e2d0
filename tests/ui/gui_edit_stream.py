"""Child process for the SIGKILL test: the real window, real task runner, a stream of typed edits.

Prints `ack N` after edit N has been committed through the autosaver.
"""

import sys
import traceback

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from fieldkit.paths import AppPaths
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.session import Session
from fieldkit.ui.tasks import TaskRunner
from tests.ui.conftest import type_text


def main(data_dir: str, passphrase: str, uuid: str) -> None:
    app = QApplication(sys.argv[:1])
    tasks = TaskRunner()
    session = Session(AppPaths.under(data_dir), tasks)
    window = MainWindow(session, tasks)
    window.show()
    window.unlock_page.ui.passphrase_edit.setText(passphrase)
    window.unlock_page.ui.unlock_button.click()
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
        if window.workspace.uuid != uuid:
            window.open_inspection(uuid)
        n += 1
        edit = window.workspace.scope_edit
        edit.moveCursor(QTextCursor.MoveOperation.End)
        type_text(edit, f" e{n}ŵ")
        window.autosaver.flush_now()
        print(f"ack {n}", flush=True)
        QTimer.singleShot(0, step)

    QTimer.singleShot(0, step)
    app.exec()


if __name__ == "__main__":
    main(*sys.argv[1:])
