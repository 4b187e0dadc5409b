"""Area "pivot": the pivot grid of a whole workspace, series × calendar years.

Corridor's pivot (:func:`app.domain.pivot.pivot`) chooses one figure per cell by the rule
of ``choose_figures``, marks conflicts and claims, labels and orders the rows. Limit: a
pandas pivot of the same category codes (``pivot_table`` of the value by the series codes
and the year, ``aggfunc="first"``): the grid without the choice rule, the marks, the labels
or the scales. Measured on the synthetic table as generated (one source per figure) and with
1 % of its figures stated again by a second source 10 % higher (so the choice rule sorts and
the conflict test flags 10,000 cells at 1M). Also reported, without a target: the ratio to
a bare numpy scatter of the same codes, and the grid ready to paint (pivot + the model's
view, whose first block of texts is formatted).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from app.domain.pivot import PivotSpec, pivot
from benchmarks.common import best_of, ms
from benchmarks.fixture import Fixture
from benchmarks.report import Result

SERIES = ("indicator", "reporter", "partner", "subject")
TARGET = 2.0
MILLION = 1_000_000


def _codes(obs: pd.DataFrame) -> pd.DataFrame:
    frame = {c: obs[c].cat.codes.to_numpy() for c in SERIES}
    frame["year"] = obs["period_start"].to_numpy() // 12
    frame["value"] = obs["value"].to_numpy()
    return pd.DataFrame(frame)


def pandas_pivot(codes: pd.DataFrame) -> pd.DataFrame:
    """The limit: pandas' own pivot of the codes (first value per cell)."""
    return codes.pivot_table(index=list(SERIES), columns="year", values="value", aggfunc="first")


def numpy_pivot(codes: pd.DataFrame) -> np.ndarray:
    """A bare numpy scatter: one key per series, one column per year, a NaN matrix."""
    key = np.zeros(len(codes), dtype=np.int64)
    for c in SERIES:
        key = key * (int(codes[c].max()) + 2) + codes[c].to_numpy()
    row, _ = pd.factorize(key)
    year = codes["year"].to_numpy()
    out = np.full((int(row.max()) + 1, int(year.max() - year.min()) + 1), np.nan)
    out[row, year - year.min()] = codes["value"].to_numpy()
    return out


def with_second_sources(obs: pd.DataFrame, share: float = 0.01, seed: int = 7) -> pd.DataFrame:
    """``obs`` plus ``share`` of its figures stated again by another source, 10 % higher."""
    rng = np.random.default_rng(seed)
    pick = np.sort(rng.choice(len(obs), int(len(obs) * share), replace=False))
    again = obs.iloc[pick].copy()
    again["obs_id"] = np.arange(len(again), dtype=np.int64) + int(obs["obs_id"].max()) + 1
    again["value"] = again["value"] * 1.1
    again["source_id"] = (again["source_id"] + 1) % int(obs["source_id"].max() + 1)
    both = pd.concat([obs, again], ignore_index=True)
    for c in obs.columns:  # concat keeps categoricals only when the categories agree
        if isinstance(obs[c].dtype, pd.CategoricalDtype):
            both[c] = pd.Categorical.from_codes(
                np.concatenate([obs[c].cat.codes, again[c].cat.codes]), dtype=obs[c].dtype
            )
    return both


def _results(label: str, obs: pd.DataFrame, sources: pd.DataFrame, note: str) -> list[Result]:
    from app.qt.pivot_model import pivot_view

    codes = _codes(obs)
    spec = PivotSpec()
    limit = best_of(lambda: pandas_pivot(codes), 2)
    bare = best_of(lambda: numpy_pivot(codes), 2)
    ours = best_of(lambda: pivot(obs, sources, spec), 2)
    ready = best_of(lambda: pivot_view(pivot(obs, sources, spec)), 1)
    return [
        Result("pivot", f"pivot, {label}", ms(ours), ms(limit), "ms", TARGET, note=note),
        Result(
            "pivot",
            f"pivot vs numpy scatter, {label}",
            ms(ours),
            ms(bare),
            "ms",
            None,
            note="informational: a bare scatter of the codes, no choice rule",
        ),
        Result(
            "pivot",
            f"pivot → grid ready to paint, {label}",
            ms(ready),
            ms(limit),
            "ms",
            None,
            note="informational: pivot + the model's view (first block of texts)",
        ),
    ]


def run(fx: Fixture) -> list[Result]:
    """Pivot the fixture's table (and its first 1M rows when it is larger)."""
    tables = [(f"{fx.rows // MILLION}M", fx.observations)]
    if fx.rows > MILLION:
        tables.append(("1M", fx.observations.iloc[:MILLION]))
    out: list[Result] = []
    for label, obs in tables:
        out += _results(label, obs, fx.sources, "pivot() vs pandas pivot_table of the codes")
    first = tables[-1][1]
    twice = with_second_sources(first)
    out += _results(
        f"{len(first) // MILLION}M + 1 % second sources",
        twice,
        fx.sources,
        "choice rule and conflict marks on 1 % of the cells",
    )[:1]
    return out


if __name__ == "__main__":  # python -m benchmarks.pivot [rows]
    import sys

    from benchmarks.report import text_table

    rows = int(sys.argv[1]) if len(sys.argv) > 1 else MILLION
    fixture = Fixture.build(rows)
    print(text_table(run(fixture)))
