"""The start-up baseline: a bare PySide6 window, shown and quit the way FIELDKIT_SMOKE_EXIT quits the app."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.show()
    if os.environ.get("FIELDKIT_SMOKE_EXIT"):
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
