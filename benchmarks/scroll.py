"""Area 6: table scroll frame time (page step and random jump) and data() cost per frame.

The limit is a minimal model over the same numpy/category arrays (display role only, role
checked first) in the same 1200x800 view: whatever Corridor's model adds on top of Qt's own
painting shows up in the ratio. The roles Qt asks per frame
(``data()`` or ``multiData()``) are counted through a wrapper in a separate, untimed pass,
and their cost is then timed by replaying the recorded roles through ``data()``.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from benchmarks.common import percentile_ms, qt_app
from benchmarks.fixture import Fixture
from benchmarks.report import Result

VIEW_SIZE = (1200, 800)
FRAMES = 60


def table_view(session: Any) -> tuple[Any, Any]:
    """(QTableView, ObservationTableModel) sized like a desk window's table, with a task
    runner as in the app (the YoY/claim columns of large selections come from a worker)."""
    qt_app()

    from app.qt.observation_model import ObservationTableModel
    from app.qt.tasks import TaskRunner

    model = ObservationTableModel(session, runner=TaskRunner())
    return _show(model), model


def _show(model: Any) -> Any:
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    view.verticalHeader().setDefaultSectionSize(22)
    view.setModel(model)
    view.resize(*VIEW_SIZE)
    view.show()
    _paint(view)
    return view


def array_model(fx: Fixture, counted: bool = False) -> Any:
    """The limit: a QAbstractTableModel over category codes and numpy columns, nothing else,
    with as many columns as Corridor's table (4 of codes, the rest values), so that both
    views paint the same cells."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    from app.qt.columns import COLUMNS

    obs = fx.observations
    cols = [
        (obs[c].cat.codes.to_numpy(), np.asarray(obs[c].cat.categories, dtype=object))
        for c in ("indicator", "subject", "reporter", "partner")
    ]
    value = obs["value"].to_numpy()
    display = Qt.ItemDataRole.DisplayRole

    class ArrayModel(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(value)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(COLUMNS)

        def data(self, index: Any, role: int = display) -> Any:
            if role != display:
                return None
            c, r = index.column(), index.row()
            if c < 4:
                codes, labels = cols[c]
                return str(labels[codes[r]])
            return f"{value[r]:.6g}"

    return (counting(ArrayModel) if counted else ArrayModel)()


def _frames(view: Any, rows: int, jump: bool) -> list[float]:
    bar = view.verticalScrollBar()
    rng = np.random.default_rng(7)
    page = max(1, bar.pageStep())
    times: list[float] = []
    bar.setValue(0)
    _paint(view)
    for i in range(FRAMES):
        target = (
            int(rng.integers(0, max(1, bar.maximum())))
            if jump
            else min(bar.maximum(), (i + 1) * page)
        )
        t = time.perf_counter()
        bar.setValue(target)
        _paint(view)
        times.append(time.perf_counter() - t)
    return times


def _paint(view: Any) -> None:
    """Render the table's viewport now (offscreen windows are never exposed, so a
    ``repaint()`` would paint nothing; ``grab()`` runs the same paint event)."""
    view.viewport().grab()


def counting(cls: type) -> type:
    """A subclass of a table model class that records the (index, role) of every role Qt
    asks while ``recording`` is set (Qt calls the overrides through its virtual table):
    one per ``data()`` call, or one per role of a ``multiData()`` call where the model
    answers a cell's roles at once (Qt's item delegate asks seven per painted cell)."""

    class Counting(cls):  # type: ignore[misc, valid-type]
        recording = False
        calls: list[tuple[Any, int]] = []  # noqa: RUF012 - replaced per count

        def data(self, index: Any, role: int = 0) -> Any:
            if self.recording:
                self.calls.append((self.index(index.row(), index.column()), role))
            return super().data(index, role)

    if _answers_at_once(cls):

        class CountingAtOnce(Counting):
            def multiData(self, index: Any, roles: Any) -> None:
                if self.recording:
                    at = self.index(index.row(), index.column())
                    self.calls.extend((at, entry.role()) for entry in roles)
                recording, self.recording = self.recording, False  # not counted twice
                try:
                    super().multiData(index, roles)
                finally:
                    self.recording = recording

        return CountingAtOnce
    return Counting


def _answers_at_once(cls: type) -> bool:
    """Whether the model class overrides ``multiData`` in Python (not Qt's default, which
    calls ``data()`` once per role)."""
    return any(
        "multiData" in vars(k) for k in cls.__mro__ if not k.__module__.startswith("PySide6")
    )


def count_data_calls(view: Any) -> list[tuple[Any, int]]:
    """The (index, role) pairs of one full paint of a view over a :func:`counting` model."""
    model = view.model()
    model.calls = []
    model.recording = True
    try:
        _paint(view)
    finally:
        model.recording = False
    return list(model.calls)


def _us_per_call(model: Any, calls: list[tuple[Any, int]]) -> float:
    data = model.data
    t = time.perf_counter()
    for _ in range(5):
        for index, role in calls:
            data(index, role)
    return (time.perf_counter() - t) / (5 * max(1, len(calls))) * 1e6


def run(fx: Fixture) -> list[Result]:
    view, model = table_view(fx.session())
    base_view = _show(array_model(fx))
    n = f"{fx.rows // 1_000_000}M"
    out: list[Result] = []
    for jump, label in ((False, "page"), (True, "random jump")):
        ours = _frames(view, model.rowCount(), jump)
        base = _frames(base_view, fx.rows, jump)
        out.append(
            Result(
                "scroll",
                f"frame p50, {label} ({n})",
                percentile_ms(ours, 50),
                percentile_ms(base, 50),
                "ms",
                1.2,
            )
        )
        out.append(
            Result(
                "scroll",
                f"frame p95, {label} ({n})",
                percentile_ms(ours, 95),
                percentile_ms(base, 95),
                "ms",
                25.0,
                absolute=True,
            )
        )
    from app.qt.observation_model import ObservationTableModel

    count_view = _show(counting(ObservationTableModel)(fx.session()))
    calls = count_data_calls(count_view)
    base_calls = count_data_calls(_show(array_model(fx, counted=True)))
    out.append(
        Result(
            "scroll",
            f"data() calls per frame ({n})",
            len(calls),
            len(base_calls),
            "calls",
            None,
            note="roles asked per frame: Qt asks 7 per visible cell (by data() or multiData())",
        )
    )
    out.append(
        Result(
            "scroll",
            f"data() µs per call ({n})",
            _us_per_call(model, calls),
            _us_per_call(base_view.model(), base_calls),
            "µs",
            2.0,
            absolute=True,
        )
    )
    view.close()
    base_view.close()
    return out
