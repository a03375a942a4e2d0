"""Hybrid logical clock (Kulkarni et al., 2014).

Orders record versions across laptops whose wall clocks disagree: stays monotonic when the local
clock jumps back, and moves past any remote timestamp it has seen.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

_COUNTER_MAX = 99_999


@dataclass(frozen=True, order=True)
class Hlc:
    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        """Fixed-width so that string order equals clock order."""
        return f"{self.wall_ms:013d}-{self.counter:05d}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> Hlc:
        try:
            wall, counter, device = text.split("-", 2)
            if len(wall) != 13 or len(counter) != 5 or not device:
                raise ValueError
            return cls(int(wall), int(counter), device)
        except ValueError:
            raise ValueError(f"not a hybrid logical clock value: {text!r}") from None

    def __str__(self) -> str:
        return self.encode()


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    def __init__(self, device: str, now_ms: Callable[[], int] = _wall_ms, last: Hlc | None = None):
        if not device:
            raise ValueError("device id required")
        self._device = device
        self._now_ms = now_ms
        self._wall = last.wall_ms if last else 0
        self._counter = last.counter if last else 0
        self._lock = threading.Lock()

    def tick(self) -> Hlc:
        """A timestamp for a local event, strictly greater than every earlier one from this clock."""
        with self._lock:
            now = self._now_ms()
            if now > self._wall:
                self._wall, self._counter = now, 0
            else:
                self._bump()
            return Hlc(self._wall, self._counter, self._device)

    def observe(self, remote: Hlc) -> Hlc:
        """Merge a timestamp seen in data from elsewhere; the result exceeds both it and our past."""
        with self._lock:
            now = self._now_ms()
            wall = max(now, self._wall, remote.wall_ms)
            if wall == self._wall and wall == remote.wall_ms:
                counter = max(self._counter, remote.counter) + 1
            elif wall == self._wall:
                counter = self._counter + 1
            elif wall == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            self._wall, self._counter = wall, counter
            if self._counter > _COUNTER_MAX:
                self._wall, self._counter = self._wall + 1, 0
            return Hlc(self._wall, self._counter, self._device)

    def _bump(self) -> None:
        self._counter += 1
        if self._counter > _COUNTER_MAX:
            # The encoding has five counter digits; borrowing a millisecond keeps order intact.
            self._wall, self._counter = self._wall + 1, 0
