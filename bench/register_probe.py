"""Child process of the evidence register benchmark: the real window over a built store, driven by keys.

    python -m bench.register_probe DATA_DIR INSPECTION_UUID [--rounds N]

Unlocks the store in the real `MainWindow` (offscreen, the real `TaskRunner`), opens the inspection and
its evidence register,
then sends key events to the search box and the filter combos and times each one until the register's
table has repainted with the new rows. Interleaved with every search keystroke it runs the bare FTS5
query for the same text on the same engine. Prints one JSON object on stdout; peak RSS is this
process's high-water mark (VmHWM) at the end, so it covers the whole session.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time

from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

# Typed letter by letter, each letter timed: prefixes of one letter are the dearest FTS5 queries.
WORDS = ("plentyn", "ŵyn", "teulu", "supervision", "zygote", "cae", "Cymraeg", "voice")
PASSPHRASE = "benchmark passphrase, long enough to pass"


class _Quiet:
    """Prompts that answer nothing: the bench must never wait on a dialog."""

    def __getattr__(self, name):
        return lambda *a, **k: None


def peak_rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir")
    parser.add_argument("inspection")
    parser.add_argument("--rounds", type=int, default=2, help="times through the word list and filters")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from fieldkit.paths import AppPaths
    from fieldkit.storage.evidence_index import REGISTER_CACHE_KIB
    from fieldkit.storage.keystore import KdfParams
    from fieldkit.storage.search_index import match
    from fieldkit.ui.main_window import MainWindow
    from fieldkit.ui.session import Session
    from fieldkit.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    tasks = TaskRunner()  # as the app: other pages' loads run in the background, not in the timed path
    session = Session(AppPaths.under(args.data_dir), tasks,
                      kdf_params=KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1))
    window = MainWindow(session, tasks, _Quiet())
    window.resize(1280, 800)
    window.show()
    app.processEvents()

    t0 = time.perf_counter()
    window.unlock_page.ui.passphrase_edit.setText(PASSPHRASE)
    window.unlock_page.ui.unlock_button.click()
    while session.services is None and time.perf_counter() - t0 < 120:
        app.processEvents()
        time.sleep(0.01)
    unlock_s = time.perf_counter() - t0
    services = session.services
    if services is None:
        raise SystemExit("unlock did not finish")

    # Workspace open: from the inspection chosen to its register showing the first page of rows.
    t0 = time.perf_counter()
    window.open_inspection(args.inspection)
    register = window.workspace.register
    window.workspace.tabs.setCurrentWidget(register)
    register.table.viewport().repaint()
    app.processEvents()
    open_s = time.perf_counter() - t0
    # What the other workspace pages load in the background after open; keystrokes are timed after it.
    while tasks._in_flight and time.perf_counter() - t0 < 600:
        app.processEvents()
        time.sleep(0.005)
    background_s = time.perf_counter() - t0
    rss_after_open = peak_rss_mb()
    model, table = register.model, register.table
    shown_after_open = model.rowCount()

    fired: list[float] = []
    # Instrumentation only: note when the search debounce fires, then do what the register does.
    def on_fire() -> None:
        fired.append(time.perf_counter())
        register.reload()

    register._search_timer.timeout.disconnect()
    register._search_timer.timeout.connect(on_fire)
    updated: list[float] = []

    def on_reset() -> None:
        table.viewport().repaint()  # synchronous paint: the visible rows' data, so the first page query
        updated.append(time.perf_counter())

    model.modelReset.connect(on_reset)
    waiting = QEventLoop()
    model.modelReset.connect(waiting.quit)
    guard = QTimer(singleShot=True, interval=30_000)
    guard.timeout.connect(waiting.quit)

    def timed(send) -> tuple[float, float | None]:
        """Seconds from the key event to the repainted view, and from the debounce firing to it."""
        updated.clear()
        fired.clear()
        start = time.perf_counter()
        send()
        if not updated:
            # The app's own kind of event loop, idle until the read is done: spinning on processEvents
            # here would hold the GIL against the background read being timed.
            guard.start()
            waiting.exec()
            guard.stop()
        if not updated:
            raise SystemExit("the register never updated")
        end = updated[-1]
        return end - start, (end - fired[0]) if fired else None

    def key(widget, qt_key, ch: str = "") -> None:
        widget.setFocus()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, qt_key, Qt.KeyboardModifier.NoModifier, ch))

    # The bare query: the typed text's hits in this inspection's evidence, straight from FTS5 through
    # the driver (no SQLAlchemy rows), every id fetched.
    conn = services.store.engine.raw_connection()
    bare_cursor = conn.cursor()
    bare_cursor.execute(f"PRAGMA cache_size = -{REGISTER_CACHE_KIB}")  # as the register's connections

    def bare(query: str) -> float:
        start = time.perf_counter()
        bare_cursor.execute("SELECT rowid FROM search_index WHERE search_index MATCH ?",
                            (match(query, args.inspection, "evidence"),)).fetchall()
        return time.perf_counter() - start

    search_view, search_work, fts, search_rows = [], [], [], []
    filter_view: dict[str, list[float]] = {}
    combos = {"method": register.type_filter, "site": register.site_filter, "flag": register.flag_filter,
              "criterion": register.criterion_filter, "author": register.author_filter}
    for _ in range(args.rounds):
        for word in WORDS:
            for i, ch in enumerate(word):
                view, work = timed(lambda ch=ch: key(register.search, Qt.Key.Key_unknown, ch))
                search_view.append(view)
                search_work.append(work)
                search_rows.append(model.rowCount())
                fts.append(bare(word[: i + 1]))
            timed(lambda: register.search.clear())  # untimed: back to the whole register
        for name, combo in combos.items():
            times = filter_view.setdefault(name, [])
            for _ in range(min(3, combo.count() - 1)):
                times.append(timed(lambda combo=combo: key(combo, Qt.Key.Key_Down))[0])
            combo.setCurrentIndex(0)
    conn.close()
    # An autosaved edit of one item in the big store: what the writer thread does per commit.
    from fieldkit.services.evidence import EvidenceFilter

    item = services.evidence.query(args.inspection, EvidenceFilter(type_code="interview"), limit=1)[0]
    data = dict(services.evidence.get(item.uuid).data)
    commits = []
    for n in range(30):
        data["summary"] = (data.get("summary") or "")[:400] + f" ychwanegiad {n}"
        start = time.perf_counter()
        services.evidence.update(item.uuid, dict(data))
        commits.append(time.perf_counter() - start)
    result = {
        "commit_s": commits,
        "items_shown_after_open": shown_after_open, "unlock_s": unlock_s, "open_s": open_s,
        "background_after_open_s": background_s, "peak_rss_after_open_mb": rss_after_open,
        "search_view_s": search_view, "search_work_s": search_work, "search_rows": search_rows,
        "bare_fts_s": fts, "filter_view_s": filter_view,
        "debounce_ms": register._search_timer.interval(), "peak_rss_mb": peak_rss_mb(),
    }
    session.close()
    tasks.shutdown()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
