"""Timing helpers shared by the benchmark modules."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any

import numpy as np


def best_of(fn: Callable[[], Any], repeat: int = 3) -> float:
    """Fastest wall time of ``repeat`` calls, in seconds (the least disturbed run)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def once(fn: Callable[[], Any]) -> tuple[float, Any]:
    """(seconds, result) of one call."""
    gc.collect()
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def percentile_ms(samples: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(samples) * 1000.0, q))


def ms(seconds: float) -> float:
    return seconds * 1000.0


def qt_app() -> Any:
    """The one QApplication of the benchmark process (offscreen unless told otherwise)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["corridor-bench"])


#: Child-process helpers: peak resident memory since a reset. Linux lets a process reset
#: its high-water mark (write 5 to /proc/self/clear_refs), so the peak of one operation is
#: not hidden under the peak of the imports before it; elsewhere ru_maxrss is the fallback.
PEAK = """
import resource

def _status_kb(key):
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(key):
                    return int(line.split()[1])
    except OSError:
        pass
    return None

def reset_peak():
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return _status_kb("VmRSS") or 0

def peak_kb():
    hwm = _status_kb("VmHWM")
    return hwm if hwm is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""
