"""Composition root: `fieldkit` opens the app; `fieldkit COMMAND` runs the headless CLI.

Qt is imported only when the window is wanted, so the CLI starts quickly on a server.
"""

from __future__ import annotations

import os
import sys


def run_gui(data_dir: str | None = None, *, lang: str | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFontDatabase, QGuiApplication
    from PySide6.QtWidgets import QApplication

    from fieldkit import APP_NAME, __version__
    from fieldkit.paths import AppPaths
    from fieldkit.ui import language
    from fieldkit.ui.main_window import MainWindow
    from fieldkit.ui.session import Session
    from fieldkit.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("FieldKit")
    language.set_language(lang or os.environ.get("FIELDKIT_LANG", "en"))
    paths = AppPaths.resolve(data_dir)
    paths.ensure()
    tasks = TaskRunner()
    session = Session(paths, tasks)
    window = MainWindow(session, tasks)
    # OS logout or shutdown: commit pending edits before the session manager kills us.
    QGuiApplication.instance().commitDataRequest.connect(lambda _m: window.autosaver.flush_now())
    app.aboutToQuit.connect(tasks.shutdown)
    window.show()
    # Bundled fonts (Welsh ŵ/ŷ on machines without DejaVu) load once the window is up, not before it.
    fonts = language.i18n_dir().parent / "fonts"
    QTimer.singleShot(0, lambda: [QFontDatabase.addApplicationFont(str(f))
                                  for f in sorted(fonts.glob("DejaVuSans*.ttf"))])
    if os.environ.get("FIELDKIT_SMOKE_EXIT"):  # packaging smoke test and start-up benchmark
        QTimer.singleShot(0, app.quit)
    return app.exec()


def main(argv: list[str] | None = None) -> int:
    from fieldkit.cli import build_parser, run

    parser = build_parser()
    parser.add_argument("--lang", choices=("en", "cy"), help="interface language of the app window")
    args = parser.parse_args(argv)
    if args.command is None:
        return run_gui(args.data_dir, lang=args.lang)
    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
