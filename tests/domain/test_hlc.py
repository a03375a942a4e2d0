from hypothesis import given
from hypothesis import strategies as st

from fieldkit.domain.hlc import Hlc, HybridClock


class FakeWall:
    def __init__(self, readings):
        self._readings = list(readings)
        self._last = self._readings[0] if self._readings else 0

    def __call__(self):
        if self._readings:
            self._last = self._readings.pop(0)
        return self._last


walls = st.lists(st.integers(min_value=0, max_value=10**12), min_size=1, max_size=200)


@given(walls)
def test_ticks_strictly_increase_whatever_the_wall_clock_does(readings):
    clock = HybridClock("dev-a", FakeWall(readings))
    stamps = [clock.tick() for _ in readings]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)


@given(walls)
def test_encoded_order_equals_clock_order(readings):
    clock = HybridClock("dev-a", FakeWall(readings))
    stamps = [clock.tick() for _ in readings]
    assert [s.encode() for s in stamps] == sorted(s.encode() for s in stamps)


@given(walls, st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99_999))
def test_observe_moves_past_remote_and_past_self(readings, remote_wall, remote_counter):
    clock = HybridClock("dev-a", FakeWall(readings))
    before = clock.tick()
    remote = Hlc(remote_wall, remote_counter, "dev-b")
    after = clock.observe(remote)
    assert (after.wall_ms, after.counter) > (remote.wall_ms, remote.counter)
    assert after > before
    assert clock.tick() > after


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99_999), st.text(
    alphabet="abcdef0123456789-", min_size=1, max_size=40))
def test_encode_decode_round_trip(wall, counter, device):
    h = Hlc(wall, counter, device)
    assert Hlc.decode(h.encode()) == h


def test_counter_overflow_borrows_a_millisecond():
    clock = HybridClock("d", lambda: 5)
    stamps = [clock.tick() for _ in range(100_002)]
    assert stamps[-1].wall_ms == 6
    assert stamps == sorted(stamps)


def test_resumes_after_last_persisted_stamp_when_wall_clock_went_back():
    last = Hlc(2_000_000, 3, "d")
    clock = HybridClock("d", lambda: 1_000_000, last=last)
    assert clock.tick() > last


def test_decode_rejects_garbage():
    import pytest

    with pytest.raises(ValueError):
        Hlc.decode("12-3-x")
