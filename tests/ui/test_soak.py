"""A GUI soak: random edits, undos, redos, filters, sorts and chart redraws on the real
window. No exception, no Qt warning (pytest-qt fails the test on one), the reference count
of None stable (the PySide6 6.12 / CPython 3.11 trap), memory flat within a tolerance.

Between two steps the event loop runs, as it does between a user's actions: workers'
results are delivered (the table's analytics, the conflicts list, the claim checks) and
widgets deleted later are deleted. Without it, every finished task's result waited in the
queue for a loop that never ran: the heap grew by 120 MB over 10,000 steps though the
window itself held nothing more.

The default run does 100 steps; ``--run-slow`` / ``CORRIDOR_LONG=1`` does 3,000, or
``CORRIDOR_SOAK_STEPS`` (long mode only). The long run prints its figures.
"""

from __future__ import annotations

import gc
import os
import random
import sys
import tracemalloc
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QTimer

from app.main import create_main_window
from app.qt.observation_model import COLUMN_INDEX
from app.services.desk import Desk

VALUES = ["2.5 bn", "57k", "1,570", "0.3 bn", "12 mn", "nonsense", "-4", "1e999"]
WORDS = ["trade", "tourist", "chn", "aze", "2025", "xinhua", "", "zzz"]


def _steps(request: pytest.FixtureRequest) -> int:
    long = request.config.getoption("--run-slow", default=False) or os.environ.get(
        "CORRIDOR_LONG", ""
    ) not in ("", "0")
    if long and os.environ.get("CORRIDOR_SOAK_STEPS"):
        return int(os.environ["CORRIDOR_SOAK_STEPS"])
    return 3000 if long else 100


def _step(w, rng: random.Random) -> None:
    _act(w, rng)
    _loop_runs(1)


def _loop_runs(ms: int) -> None:
    """Let the event loop run for ``ms`` (queued deliveries and deferred deletes)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _settle(w) -> None:
    """Every worker done and its result delivered: what is left is what the window keeps."""
    w.ctx.runner.wait(30000)
    _loop_runs(10)
    gc.collect()


def _act(w, rng: random.Random) -> None:
    action = rng.choice(["edit", "edit", "undo", "redo", "filter", "sort", "chart", "pair"])
    model = w.model
    if action == "edit" and model.rowCount():
        row = rng.randrange(model.rowCount())
        column = rng.choice(["value", "note", "qualifier", "period"])
        text = {
            "value": rng.choice(VALUES),
            "note": f"soak <b>{rng.random()}</b>",
            "qualifier": rng.choice(["about", "more than", "exact", "bogus"]),
            "period": rng.choice(["2025", "2025-Q1", "2025-01/2025-10", "13/2025"]),
        }[column]
        model.setData(model.index(row, COLUMN_INDEX[column]), text)
    elif action == "undo":
        w.session.undo_stack.undo()
    elif action == "redo":
        w.session.undo_stack.redo()
    elif action == "filter":
        w.table.filter.setText(rng.choice(WORDS))
        w.table.apply_filters()
    elif action == "sort":
        w.table._sort_by(rng.choice([0, 4, 5, 7]))
    elif action == "chart":
        w.chart.same_period.setChecked(rng.random() < 0.3)
        w.catalogue.select_code(rng.choice(["trade_turnover", "tourist_arrivals_from_partner"]))
        w.chart.plot.grab()
    else:
        w.pair_box.set_pair(*rng.choice([("CHN", "AZE"), ("AZE", "RUS"), ("CHN", "AZE")]))


def test_soak(qtbot, tiny_desk: Desk, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    steps = _steps(request)
    w = create_main_window(tiny_desk, str(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    rng = random.Random(20251225)
    for _ in range(steps // 3):  # warm up caches and Qt's own allocations
        _step(w, rng)
    _settle(w)
    none_before = sys.getrefcount(None)
    tracemalloc.start()
    first = tracemalloc.take_snapshot()
    for _ in range(steps - steps // 3):
        _step(w, rng)
    _settle(w)
    grown = sum(s.size_diff for s in tracemalloc.take_snapshot().compare_to(first, "filename"))
    tracemalloc.stop()
    if steps > 100:
        print(f"soak: {steps} steps, Python heap {grown / 1e6:+.2f} MB after the warm-up")
    assert sys.getrefcount(None) >= none_before - 100
    assert grown < 8 * 1024 * 1024, f"Python heap grew by {grown / 1e6:.1f} MB"
    # what is stored still matches what is shown after all of it
    stored = tiny_desk.workspace.load().observations.set_index("obs_id")["value"]
    shown = tiny_desk.store.observations.set_index("obs_id")["value"]
    assert stored.sort_index().tolist() == shown.sort_index().tolist()
    assert tiny_desk.workspace.integrity_problems() == []
