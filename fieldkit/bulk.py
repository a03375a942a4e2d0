"""Shared by the layers that move 100,000 record versions at once (storage, exchange, services)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Bulk work (100,000 record versions) allocates a great many small objects that all stay alive: the
    cyclic collector would scan them over and over for nothing (a third of the time). Reference counting
    still frees everything as usual; the collector comes back on at the end."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
