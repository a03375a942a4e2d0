"""Composition root: `fieldkit` opens the app; `fieldkit COMMAND` runs the headless CLI.

Qt is imported only when the window is wanted, so the CLI starts quickly on a server.
"""

from __future__ import annotations

import os
import sys


def run_gui(data_dir: str | None = None, *, lang: str | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
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
    app.setWindowIcon(QIcon(str(language.i18n_dir().parent / "icons" / "fieldkit.png")))  # every window's
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


_GUI_OPTIONS = ("--data-dir", "--lang")


def _gui_only(argv: list[str]) -> dict[str, str] | None:
    """The options when `argv` only opens the window, else None. Saves building the CLI parser at start."""
    found: dict[str, str] = {}
    i = 0
    while i < len(argv):
        name, eq, value = argv[i].partition("=")
        if name not in _GUI_OPTIONS:
            return None
        if not eq:
            if i + 1 >= len(argv):
                return None
            value = argv[i + 1]
            i += 1
        found[name] = value
        i += 1
    if found.get("--lang", "en") not in ("en", "cy"):
        return None  # let the full parser explain the error
    return found


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    gui = _gui_only(argv)
    if gui is not None:
        return run_gui(gui.get("--data-dir"), lang=gui.get("--lang"))
    from fieldkit.cli import build_parser, run

    parser = build_parser()
    parser.add_argument("--lang", choices=("en", "cy"), help="interface language of the app window")
    args = parser.parse_args(argv)
    if args.command is None:
        return run_gui(args.data_dir, lang=args.lang)
    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
