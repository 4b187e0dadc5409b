"""Area: one edit on the whole desk of a large workspace.

The desk as a user has it open (table, catalogue, conflicts, claims, chart of the pair)
takes a value edit of a figure on the chart, then its undo. Two figures per edit:

- *the window answers again*: the time the GUI thread is busy from the push until the
  window has repainted (what the user waits for before the next keystroke). PERFORMANCE.md
  sets ≤ 100 ms at 10M: after an edit only the affected figures are recomputed, no pass
  over every row on the GUI thread.
- *every panel current*: until the workers started by the edit (conflicts, claim checks,
  the table's YoY/claim columns) have delivered and the window has repainted again.

The limit, measured in the same run, is the workspace write of the same edit alone (the
one part no desk can skip). Each edit is undone, so the fixture's figures are as they
were for the areas that run later.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import ms, qt_app
from benchmarks.fixture import Fixture
from benchmarks.report import Result

AREA = "edit"
#: edits measured (each followed by its undo); the first one warms caches and is dropped
EDITS = 7
TARGET_MS = 100.0


def _window(fx: Fixture) -> tuple[Any, Any]:
    """(MainWindow, QApplication) over the fixture's session, shown and painted."""
    qapp = qt_app()
    from app.qt.context import DeskContext
    from app.qt.settings import Settings
    from app.qt.tasks import TaskRunner
    from app.ui.main_window import MainWindow

    settings = Settings.at(str(Path(tempfile.mkdtemp()) / "bench.ini"))
    window = MainWindow(DeskContext(fx.session(), settings, TaskRunner()))
    window.resize(1400, 860)
    window.show()
    _settle(window, qapp)
    return window, qapp


def _settle(window: Any, qapp: Any) -> None:
    """Wait for the workers and paint: every panel shows the store as it is now."""
    for _ in range(200):
        qapp.processEvents()
        if window.ctx.runner.wait(50):
            qapp.processEvents()
            if window.ctx.runner.wait(0):
                break
    window.grab()


def _answer(window: Any, qapp: Any, act: Any) -> tuple[float, float]:
    """(seconds until the window answers again, seconds until every panel is current)."""
    start = time.perf_counter()
    act()
    qapp.processEvents()
    window.grab()
    answered = time.perf_counter() - start
    _settle(window, qapp)
    return answered, time.perf_counter() - start


def run(fx: Fixture) -> list[Result]:
    from app.domain.cell_edit import cell_edit

    window, qapp = _window(fx)
    session = window.session
    store = session.store
    # figures of the charted indicator, as a user edits them after choosing it in the
    # catalogue (the table filtered to it): the chart must follow as well
    at = store.pair_positions(*window.pair())
    charted = store.observations["indicator"].iloc[at].astype(str) == window.indicator[0]
    rows = at[charted.to_numpy()]
    assert len(rows) > EDITS, "the charted indicator must have figures to edit"
    answers, currents, writes = [], [], []
    for i in range(EDITS):
        pos = int(rows[(i * 7) % len(rows)])
        obs_id = int(store.observations["obs_id"].iat[pos])
        before = float(store.observations["value"].iat[pos])
        edit = cell_edit(store, obs_id, "value", repr(before + 1.0))
        assert edit is not None
        answer, current = _answer(window, qapp, lambda e=edit: session.push(e))
        assert float(store.observations["value"].iat[pos]) == before + 1.0
        undo_answer, undo_current = _answer(window, qapp, session.undo_stack.undo)
        assert float(store.observations["value"].iat[pos]) == before
        # the limit: the same edit and its undo written to the workspace, nothing else
        t = time.perf_counter()
        session.desk.workspace.apply(edit, True)
        session.desk.workspace.apply(edit, False)
        write = (time.perf_counter() - t) / 2
        if i:  # the first edit warms caches
            answers += [answer, undo_answer]
            currents += [current, undo_current]
            writes.append(write)
    window.close()
    limit = statistics.median(writes)
    scale = f"{fx.rows / 1e6:g}M"
    note = f"median of {len(answers)} value edits and undos on the desk of the pair; "
    return [
        Result(
            AREA,
            f"one value edit → the window answers again ({scale})",
            ms(statistics.median(answers)),
            ms(limit),
            "ms",
            TARGET_MS,
            absolute=True,
            note=note + "limit: the workspace write of the same edit",
        ),
        Result(
            AREA,
            f"one value edit → every panel current ({scale})",
            ms(statistics.median(currents)),
            ms(limit),
            "ms",
            None,
            note=note + "conflicts, claim checks and the table's YoY in workers",
        ),
    ]
