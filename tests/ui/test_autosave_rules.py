"""Autosave rules: a refused edit is reported, not retried as it is, and holds back no other edit; the
countdown runs from the first unsaved edit, so continuous typing is committed as it goes."""

import pytest

from fieldkit.domain.inspection import ValidationError
from fieldkit.storage.errors import WriteFailed
from fieldkit.ui.autosave import DEBOUNCE_MS, Autosaver
from fieldkit.ui.tasks import ImmediateTaskRunner


def _refuse():
    raise ValidationError(["child: no child in the register x in this inspection"])


def test_a_refused_edit_is_not_retried_and_the_others_of_the_flush_are_committed(qtbot):
    saver = Autosaver(ImmediateTaskRunner())
    done, failures = [], []
    saver.failed.connect(failures.append)
    saver.schedule("bad", _refuse)
    saver.schedule("good", lambda: done.append("good"))
    saver.flush()
    assert done == ["good"]
    assert failures and "no child" in failures[0]
    assert not saver.has_pending


def test_flush_now_commits_past_a_refusal_but_raises_a_write_failure(qtbot):
    saver = Autosaver(ImmediateTaskRunner())
    done = []
    saver.schedule("bad", _refuse)
    saver.schedule("good", lambda: done.append("good"))
    saver.flush_now()
    assert done == ["good"] and not saver.has_pending

    def disk_full():
        raise WriteFailed("could not save: disk full")

    saver.schedule("x", disk_full)
    with pytest.raises(WriteFailed):
        saver.flush_now()


def test_a_write_failure_is_still_retried(qtbot):
    saver = Autosaver(ImmediateTaskRunner())
    attempts = []

    def flaky():
        attempts.append(1)
        if len(attempts) == 1:
            raise WriteFailed("could not save: database is locked")

    saver.schedule("a", flaky)
    saver.flush()
    assert saver.has_pending, "kept for the retry"


def test_the_countdown_leaves_room_inside_the_promised_one_and_a_half_seconds():
    assert DEBOUNCE_MS <= 1300


def test_continuous_typing_is_committed_while_it_goes_on(qtbot):
    """The countdown is not restarted by every keystroke: nothing waits for a pause in the typing."""
    import time

    saver = Autosaver(ImmediateTaskRunner(), debounce_ms=100)
    done = []
    start = time.monotonic()
    n = 0
    while time.monotonic() - start < 0.6:  # a keystroke every 20 ms, never a 100 ms pause
        n += 1
        saver.schedule("a", lambda n=n: done.append(n))
        qtbot.wait(20)
    assert len(done) >= 3, "committed during the typing, not only after it"
    assert done == sorted(done)
