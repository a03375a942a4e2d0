"""The register's search is read in the background with the real task runner: typing is never blocked,
one read runs at a time, intermediate requests are skipped, and the newest search is what is shown."""

from __future__ import annotations

import threading

from fieldkit.services.evidence import EvidenceFilter
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import type_text


def test_search_reads_off_the_gui_thread_and_shows_the_newest(qtbot, paths):
    from fieldkit.services.container import Services
    from fieldkit.services.demo import create_demo
    from fieldkit.services.store import LocalStore
    from fieldkit.ui.autosave import Autosaver
    from fieldkit.ui.evidence.register_page import EvidenceRegisterPage
    from fieldkit.ui.tasks import TaskRunner

    store = LocalStore(paths).create(PASSPHRASE, display_name="Ann Inspector", params=FAST_KDF)
    tasks = TaskRunner()
    try:
        services = Services.over(store)
        insp = create_demo(services.inspections, evidence=services.evidence)
        page = EvidenceRegisterPage(Autosaver(tasks))
        qtbot.addWidget(page)
        page.load(services, insp)
        everything = page.model.rowCount()
        threads, gate = [], threading.Event()
        real = services.evidence.first_page

        def slow_first_page(*a, **k):
            threads.append(threading.current_thread().name)
            gate.wait(5)  # the first search waits, so the next keystrokes arrive while it runs
            return real(*a, **k)

        services.evidence.first_page = slow_first_page
        page.search.setFocus()
        type_text(page.search, "r")
        qtbot.waitUntil(lambda: len(threads) == 1, timeout=3000)
        type_text(page.search, "esearch")  # seven more keystrokes while the first read is still running
        qtbot.wait(100)
        assert page.count_label.text() == "Searching…" and page.model.rowCount() == everything
        gate.set()
        qtbot.waitUntil(lambda: page.count_label.text().startswith("Items shown"), timeout=5000)
        assert len(threads) == 2, "the keystrokes typed during the first read became one read, not seven"
        assert all(not name.startswith("MainThread") for name in threads)
        expected = services.evidence.count(insp, EvidenceFilter(search="research"))
        assert 0 < page.model.rowCount() == expected < everything
        page.search.clear()
        page.reload()  # what the debounce does next: without a search it reads at once, on this thread
        assert page.model.rowCount() == everything and threads[2:] == ["MainThread"]
    finally:
        tasks.shutdown()
        store.close()
