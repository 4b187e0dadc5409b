"""Area 4: dimension filter and free-text filter latency, type -> repainted table.

Limits: a dimension filter done the fastest known way (regex over the categories, then
``np.isin`` on the codes) and a free-text filter as ``str.contains`` on an Arrow string
column of the indicator names (what a row-by-row text search must at least do).
"""

from __future__ import annotations

import re
import time

import numpy as np
import pandas as pd

from app.domain.selection import pair_mask
from app.domain.view import ViewSpec, compute_order, text_mask
from app.domain.view_filters import search_columns
from benchmarks.common import best_of, ms
from benchmarks.fixture import Fixture
from benchmarks.report import Result


def _codes_filter(obs: pd.DataFrame, column: str, pattern: str) -> np.ndarray:
    col = obs[column]
    rx = re.compile(pattern)
    wanted = np.flatnonzero([bool(rx.fullmatch(str(c))) for c in col.cat.categories])
    return np.flatnonzero(np.isin(col.cat.codes.to_numpy(), wanted))


def _repaint(model: object, spec: ViewSpec, view: object) -> None:
    """Ask for a filter/sort and wait until the table shows its result (at 10M rows the
    model computes the order in a worker, as in the app)."""
    from benchmarks.common import qt_app

    done: list[int] = []
    model.rows_changed.connect(done.append)  # type: ignore[attr-defined]
    try:
        model.set_spec(spec)  # type: ignore[attr-defined]
        while not done:
            qt_app().processEvents()
    finally:
        model.rows_changed.disconnect(done.append)  # type: ignore[attr-defined]
    view.viewport().grab()  # type: ignore[attr-defined]


def _settle(model: object) -> None:
    """Let the analytics worker of the previous step finish (outside the timing)."""
    runner = getattr(model, "_runner", None)
    if runner is not None:
        runner.wait(600_000)
    from benchmarks.common import qt_app

    qt_app().processEvents()


def run(fx: Fixture) -> list[Result]:
    from benchmarks.scroll import table_view

    obs = fx.observations
    reporter, partner = (
        str(obs["reporter"].cat.categories[0]),
        str(obs["partner"].cat.categories[1]),
    )
    limit_dim = best_of(lambda: _codes_filter(obs, "reporter", reporter))
    domain_dim = best_of(
        lambda: compute_order(obs, ViewSpec(mask=pair_mask(obs, reporter, partner), sort=()))
    )
    names = fx.indicators.set_index("code")["name"]
    text_col = pd.Series(
        pd.array(names.reindex(obs["indicator"].astype(str)).to_numpy(), dtype="string[pyarrow]")
    )
    # a name of the catalogue at every scale (1,000 indicators at 1M, 2,000 at 10M)
    word = f"indicator {len(fx.indicators) // 8}"
    limit_text = best_of(lambda: text_col.str.contains(word, case=False, regex=False), 2)
    # what the table searches besides the dimensions (indicator names among them)
    columns = search_columns(obs, fx.sources, dict(zip(names.index, names, strict=True)))
    domain_text = best_of(lambda: text_mask(obs, word, columns), 2)
    matched = int(np.count_nonzero(text_mask(obs, word, columns)))
    if not matched or not text_col.str.contains(word, case=False, regex=False).any():
        raise AssertionError(f"the free-text filter {word!r} matches no row")
    session = fx.session()
    view, model = table_view(session)
    spec = model.spec
    _settle(model)
    model_dim = best_of(
        lambda: _repaint(
            model, ViewSpec(mask=pair_mask(obs, reporter, partner), sort=spec.sort), view
        ),
        2,
    )
    _settle(model)
    model_text = best_of(lambda: _repaint(model, ViewSpec(text=word, sort=spec.sort), view), 2)
    if model.rowCount() != matched:
        raise AssertionError(f"the table shows {model.rowCount()} rows for {matched} matches")
    _settle(model)

    def clear_filter() -> None:
        _repaint(model, ViewSpec(text=word, sort=spec.sort), view)
        _settle(model)
        started = time.perf_counter()
        _repaint(model, ViewSpec(sort=spec.sort), view)
        cleared.append(time.perf_counter() - started)

    cleared: list[float] = []
    _repaint(model, ViewSpec(sort=spec.sort), view)  # the order of all rows, once
    for _ in range(3):
        clear_filter()
    if model.rowCount() != len(obs):
        raise AssertionError("clearing the filter did not show every row")
    limit_clear = best_of(lambda: view.viewport().grab(), 3)
    _settle(model)
    n = f"{fx.rows // 1_000_000}M"
    return [
        Result(
            "filter",
            f"dimension filter, domain ({n})",
            ms(domain_dim),
            ms(limit_dim),
            "ms",
            100.0,
            absolute=True,
            note="pair mask + compute_order",
        ),
        Result(
            "filter",
            f"dimension filter, type → repainted table ({n})",
            ms(model_dim),
            ms(limit_dim),
            "ms",
            100.0,
            absolute=True,
            note="model.set_spec + viewport repaint; YoY/claims then fill in from a worker",
        ),
        Result(
            "filter",
            f"free-text filter, domain ({n})",
            ms(domain_text),
            ms(limit_text),
            "ms",
            1.5,
            note="text_mask vs str.contains on Arrow strings",
        ),
        Result(
            "filter",
            f"free-text filter, type → repainted table ({n})",
            ms(model_text),
            ms(limit_text),
            "ms",
            1.5,
            note=f"{matched:,} rows match {word!r}",
        ),
        Result(
            "filter",
            f"clear a filter → repainted table ({n})",
            ms(min(cleared)),
            ms(limit_clear),
            "ms",
            2.0,
            note="all rows again, in the cached order; limit: repainting the same viewport",
        ),
    ]
