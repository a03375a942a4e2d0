from fieldkit.ui.autosave import Autosaver
from fieldkit.ui.tasks import ImmediateTaskRunner


def test_flush_now_commits_every_pending_edit_once(qtbot):
    saver = Autosaver(ImmediateTaskRunner())
    done = []
    saver.schedule("a", lambda: done.append("a1"))
    saver.schedule("a", lambda: done.append("a2"))  # replaces the first: only the newest text is written
    saver.schedule("b", lambda: done.append("b1"))
    with qtbot.waitSignal(saver.saved, timeout=1000):
        saver.flush_now()
    assert done == ["a2", "b1"]
    assert not saver.has_pending


def test_debounce_commits_after_the_quiet_period(qtbot):
    saver = Autosaver(ImmediateTaskRunner(), debounce_ms=30)
    done = []
    saver.schedule("a", lambda: done.append(1))
    assert done == []
    with qtbot.waitSignal(saver.saved, timeout=2000):
        pass
    assert done == [1]
