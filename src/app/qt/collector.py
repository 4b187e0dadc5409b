"""Python's cyclic garbage collector, run only on the GUI thread.

CPython collects cycles in whichever thread happens to allocate past the threshold. When
that is a worker (a pandas frame built in the task runner) and the garbage holds a closed
window's Qt objects, their C++ destructors run on the worker: ``~QObject`` takes Qt's
signal-slot lock, then waits for the GIL to look for a Python override, while the GUI
thread holds the GIL and waits for that lock — the process hangs (seen in the test suite:
a window's menu bar sizing in the GUI thread, a claim check's frame in a worker).

So the automatic collector is switched off once a Qt application exists, and a timer on
the GUI thread collects with the same thresholds (the generation-0 count checked every
half second; what a busy worker allocates in between waits that long). Reference counting
still frees everything that is not in a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Disables automatic collection and collects on a timer in the GUI thread."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds (as CPython
        would have); returns the number of unreachable objects found."""
        counts = gc.get_count()
        found = 0
        if counts[0] > self.threshold[0]:
            found = gc.collect(0)
            if counts[1] > self.threshold[1]:
                found += gc.collect(1)
                if counts[2] > self.threshold[2]:
                    found += gc.collect(2)
        return found


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """Install the collector on ``app`` once (later calls return the same one)."""
    existing = app.findChild(GuiThreadCollector)
    if isinstance(existing, GuiThreadCollector):
        return existing
    return GuiThreadCollector(app)
