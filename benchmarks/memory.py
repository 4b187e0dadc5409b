"""Area 8: memory per 1M observations at rest, for the store and what the table model adds.

The limit is the same observations held the fastest known way for 8 columns (categorical
dimensions, numeric value and periods), as in PERFORMANCE.md; the contract frame has 19
columns, so the ratio shows what the extra columns cost. Load peak is measured with the
workspace (:mod:`benchmarks.workspace_open`).
"""

from __future__ import annotations

import sys

import numpy as np
import pandas as pd

from benchmarks.fixture import Fixture
from benchmarks.report import Result

EIGHT = (
    "indicator",
    "reporter",
    "partner",
    "period_start",
    "period_end",
    "value",
    "unit",
    "status",
)


def frame_mb(frame: pd.DataFrame) -> float:
    """Bytes a frame really holds: ``memory_usage(deep=True)`` counts a string object once
    per row even when all rows share it, so object columns are counted as one pointer per
    row plus each distinct object once. Contiguous obs_ids held as a range
    (:class:`app.domain.ids.IdArray`) count what they hold (16 bytes); the array of them
    the table model makes is counted in the model's own row."""
    total = 0
    for name in frame.columns:
        col = frame[name]
        if col.dtype == object:
            values = col.to_numpy()
            unique = {id(v): v for v in values}
            total += values.nbytes + sum(sys.getsizeof(v) for v in unique.values())
        else:
            total += int(col.memory_usage(deep=True, index=False))
    return total / 1e6


def _model_extra_mb(fx: Fixture) -> float:
    """Bytes the table model holds beyond the store: its own arrays (not views)."""
    from benchmarks.scroll import table_view

    view, model = table_view(fx.session())
    arrays = model._t  # the TableData: arrays extracted once per change
    owned = [a for a in vars(arrays).values() if isinstance(a, np.ndarray) and a.base is None]
    total = sum(a.nbytes for a in owned) + model.order.nbytes
    view.close()
    return total / 1e6


def run(fx: Fixture) -> list[Result]:
    per_m = fx.rows / 1e6
    store = frame_mb(fx.observations) / per_m
    limit = frame_mb(fx.observations[list(EIGHT)]) / per_m
    model = _model_extra_mb(fx) / per_m
    return [
        Result(
            "memory",
            "at rest per 1M observations (store, 19 columns)",
            store,
            limit,
            "MB",
            30.0,
            absolute=True,
            note="limit: 8 categorical/numeric columns",
        ),
        Result(
            "memory",
            "table model arrays per 1M observations",
            model,
            None,
            "MB",
            None,
            note="order + figure groups",
        ),
    ]
