"""Render a screen of the real app and save it as PNG: `python scripts/screenshot.py SCENE OUT.png`.

Run under Xvfb with QT_QPA_PLATFORM=xcb for a real window (the tests do); offscreen works too.
Scenes: unlock, list, workspace, node, evidence[:TYPE] (the register with a new item of TYPE open),
evidence-register[:SHAPE] (the demo's register), evidence-item:TYPE[:SHAPE[:FIELD]] (its first item of TYPE
open, scrolled to FIELD),
findings[:SHAPE], recommendations[:SHAPE], safeguarding[:SHAPE], moderation[:SHAPE] (those tabs) and
judgement[:NODE[:SHAPE]] (a framework node's judgement beside its decision support; default 1.3 of the
graded demo), question-set (the Inspection tab with a new version of the demo's question set being added),
purge (the dry run of a purge, every version marked as acknowledged first).
SHAPE is the demo's: ciw-2018 (default) or ofsted-2007.
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
from fieldkit.services.store import LocalStore
from fieldkit.storage.keystore import KdfParams
from fieldkit.ui import language
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.session import Session
from fieldkit.ui.tasks import ImmediateTaskRunner

PASSPHRASE = "screenshot passphrase 1"


def _open_demo_item(register, kind: str, field: str) -> None:
    """Open the register's first item of `kind` and scroll its editor to `field` (if given)."""
    from PySide6.QtWidgets import QScrollArea

    for r in range(register.model.rowCount()):
        if register.model.row_at(r).type_code == kind:
            register.table.selectRow(r)
            register.open_selected()
            break
    widget = register.editor._widgets.get(field)
    if widget is not None:
        area = register.editor.findChild(QScrollArea)
        QTimer.singleShot(100, lambda: area.ensureWidgetVisible(widget, 0, 0))
        widget.focus_widget().setFocus()


def main(scene: str, out: str, lang: str = "en") -> int:
    app = QApplication(sys.argv[:1])
    for font in sorted((language.i18n_dir().parent / "fonts").glob("DejaVuSans*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    language.set_language(lang)
    paths = AppPaths.under(Path(tempfile.mkdtemp()) / "data")
    fast = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    uuid = None
    name, _, rest = scene.partition(":")
    tab_scenes = ("findings", "recommendations", "safeguarding", "moderation")
    conclusions = name in tab_scenes or name == "judgement"
    if name == "judgement":
        node, _, shape = rest.partition(":")
        node, shape = node or "1.3", shape or "ofsted-2007"
    else:
        node, shape = "", (rest if name in tab_scenes else "") or "ciw-2018"
    field = ""
    if name in ("evidence-register", "evidence-item"):  # the demo's own evidence, filled in
        kind, more = rest.partition(":")[::2] if name == "evidence-item" else ("", rest)
        shape, _, field = more.partition(":")
        shape = shape or "ciw-2018"
    if scene != "first-run":
        from fieldkit.services.demo_conclusions import create_demo_inspection

        store = LocalStore(paths).create(PASSPHRASE, display_name="Rhian Evans", params=fast)
        uuid = create_demo_inspection(Services.over(store), shape)  # the whole demo: evidence to recommendations
        store.close()
    tasks = ImmediateTaskRunner()
    session = Session(paths, tasks, kdf_params=fast)
    window = MainWindow(session, tasks)
    window.resize(1280, 800)
    window.show()
    if scene in ("list", "workspace", "node", "question-set", "purge") or scene.startswith("evidence") or conclusions:
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
                if name == "evidence-item":
                    _open_demo_item(register, kind, field)
                elif name != "evidence-register":
                    register.create(scene.partition(":")[2] or "court_report_reading")
            if name == "purge":  # as if a receipt had acknowledged everything
                from sqlalchemy import text

                with window.session.services.store.engine.begin() as conn:
                    conn.execute(text("UPDATE record_version SET acknowledged_by = 'screenshot'"))
                window.exchange.purge()
            if name == "question-set":
                from fieldkit.ui.question_set_dialog import QuestionSetDialog

                sets = [qs for _, qs in window.session.services.evidence.question_sets.list(uuid)]
                dialog = QuestionSetDialog(sets, window)
                dialog.start_from.setCurrentIndex(1)
                dialog.start_with(sets[0])
                dialog.show()
            if name == "judgement":
                window.workspace.select_node(node)
            elif conclusions:
                tabs = window.workspace.conclusions
                page = {"findings": tabs.findings, "recommendations": tabs.recommendations,
                        "safeguarding": tabs.concerns, "moderation": tabs.moderation}[name]
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
