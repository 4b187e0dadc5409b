"""Building many small Python objects at once without the cyclic collector's passes.

A result of one object per series (40,000 :class:`~app.domain.analytics.records.RecordStatus`
at 1M observations) or per line of a report allocates past the collector's thresholds
hundreds of times; each full pass walks every tracked object of the process, and together
they cost more than building the objects (about 4× for the record statuses). The objects
made here hold no reference cycles, so nothing collectable is left for later: reference
counting frees them as always. The desktop app already runs the collector only on its GUI
thread's timer (:mod:`app.qt.collector`); this gives the CLI and scripts the same.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Automatic collection off inside the block; back as it was after (left off where a
    caller, such as the Qt app, had switched it off)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
