"""Render a screen of the real app and save it as PNG: `python scripts/screenshot.py SCENE OUT.png`.

Run under Xvfb with QT_QPA_PLATFORM=xcb for a real window (the tests do); offscreen works too.
Scenes: unlock, list, workspace, node, evidence[:TYPE] (the register with a new item of TYPE open),
findings[:SHAPE], recommendations[:SHAPE] (those tabs on the whole demo, SHAPE ciw-2018 or ofsted-2007).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from fieldkit.paths import AppPaths
from fieldkit.services.container import Services
from fieldkit.services.demo import create_demo
from fieldkit.services.store import LocalStore
from fieldkit.storage.keystore import KdfParams
from fieldkit.ui import language
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.session import Session
from fieldkit.ui.tasks import ImmediateTaskRunner

PASSPHRASE = "screenshot passphrase 1"


def main(scene: str, out: str, lang: str = "en") -> int:
    app = QApplication(sys.argv[:1])
    for font in sorted((language.i18n_dir().parent / "fonts").glob("DejaVuSans*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    language.set_language(lang)
    paths = AppPaths.under(Path(tempfile.mkdtemp()) / "data")
    fast = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    uuid = None
    # findings[:SHAPE] and recommendations[:SHAPE] open those tabs on the whole demo (ciw-2018 or ofsted-2007).
    conclusions = scene.partition(":")[0] in ("findings", "recommendations")
    if scene != "first-run":
        store = LocalStore(paths).create(PASSPHRASE, display_name="Rhian Evans", params=fast)
        if conclusions:
            from fieldkit.services.demo_conclusions import create_demo_inspection

            uuid = create_demo_inspection(Services.over(store), scene.partition(":")[2] or "ciw-2018")
        else:
            uuid = create_demo(Services.over(store).inspections)
        store.close()
    tasks = ImmediateTaskRunner()
    session = Session(paths, tasks, kdf_params=fast)
    window = MainWindow(session, tasks)
    window.resize(1280, 800)
    window.show()
    if scene in ("list", "workspace", "node") or scene.startswith("evidence") or conclusions:
        window.unlock_page.ui.passphrase_edit.setText(PASSPHRASE)
        window.unlock_page.ui.unlock_button.click()
        if scene == "list":
            window.show_list()
        else:
            window.open_inspection(uuid)
            if scene == "node":
                tree = window.workspace.tree
                tree.setCurrentIndex(tree.model().index(0, 0, tree.model().index(1, 0)))
            if scene.startswith("evidence"):
                register = window.workspace.register
                window.workspace.tabs.setCurrentWidget(register)
                kind = scene.partition(":")[2] or "court_report_reading"
                register.create(kind)
            if conclusions:
                tabs = window.workspace.conclusions
                page = tabs.findings if scene.startswith("findings") else tabs.recommendations
                window.workspace.tabs.setCurrentWidget(page)

    def shoot():
        screen = QGuiApplication.primaryScreen()
        image = screen.grabWindow(0) if QGuiApplication.platformName() == "xcb" else window.grab()
        image.save(out)
        session.close()
        app.quit()

    QTimer.singleShot(300, shoot)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
