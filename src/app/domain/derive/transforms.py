"""Changes of a series: period on period, year on year, CAGR, and months from year-to-date.

Like for like only: a month is compared with the month before, a quarter with the quarter
before, Jan–Oct 2025 with Jan–Oct 2024 (never with the year 2024). A comparison whose
earlier figure is missing, inside the span the series covers, is a visible gap row. A change
computed from a bound is a bound ("more than +20 %"); two bounds pulling opposite ways give a
gap. Rolling windows and running totals live in :mod:`app.domain.derive.windows` and are
re-exported here.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from app.domain.analytics.derived import difference_qualifier, ytd_steps
from app.domain.derive.frames import (
    KEY,
    SeriesArrays,
    derived_frame,
    empty_derived,
    id_tuples,
    series_arrays,
    source_tuples,
)
from app.domain.derive.windows import cumulative, rolling, ytd_accumulate
from app.domain.derive.words import labels
from app.domain.periods import PeriodKind, period_kinds, period_label

__all__ = [
    "cagr",
    "cumulative",
    "period_change",
    "rolling",
    "year_on_year",
    "ytd_accumulate",
    "ytd_difference",
]

#: Periods that have a "previous period of the same length" (a Jan–Oct window has none).
_REGULAR = [PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.YEAR]
_REGULAR_KINDS = [k.value for k in (*_REGULAR, PeriodKind.POINT)]


def period_change(series: pd.DataFrame, lag: int = 1) -> pd.DataFrame:
    """Percent change on the period ``lag`` periods earlier of the same length (m/m, q/q).

    Only months, quarters, halves, years and points (stocks as of a month) take part; the
    earlier period must be exactly adjacent (``lag`` = 1) and of the same length.
    """
    if lag < 1:
        raise ValueError(f"the lag is a number of periods of at least 1, not {lag}")
    a = series_arrays(series)
    a = a.take(np.isin(period_kinds(a.start, a.end, a.point), _REGULAR_KINDS))
    length = a.end - a.start + 1
    return _compare(a, a.start - lag * length, a.end - lag * length, length)


def year_on_year(series: pd.DataFrame) -> pd.DataFrame:
    """Percent change on the same window a year earlier (Jan–Oct 2025 on Jan–Oct 2024)."""
    a = series_arrays(series)
    return _compare(a, a.start - 12, a.end - 12, a.start % 12 * 1000 + (a.end - a.start))


def cagr(series: pd.DataFrame, first: int, last: int) -> pd.DataFrame:
    """One row: compound annual growth (percent) between the figures ending in month ``first``
    and month ``last`` of the same window length (the longest such pair, e.g. two years).

    The row's period runs from the start of the first window to the end of the last; when no
    such pair exists the row is a gap saying what is missing.
    """
    if last <= first:
        raise ValueError("a CAGR needs its last month after its first")
    a = series_arrays(series)
    f, la = _cagr_pair(a, first, last)
    years = (last - first) / 12.0
    if f < 0 or la < 0:
        n = int(a.end[la] - a.start[la] + 1) if la >= 0 else 1
        note = f"gap: no figures of the same length ending in {_month(first)} and {_month(last)}"
        return derived_frame([first - n + 1], [last], [np.nan], [""], [()], [()], [note])
    fv, lv = float(a.value[f]), float(a.value[la])
    f_label, l_label = labels(a.start[[f, la]], a.end[[f, la]], a.point[[f, la]]).tolist()
    qualifier = difference_qualifier([a.qualifier[la]], [a.qualifier[f]])
    if not (fv > 0 and lv >= 0):
        note = f"gap: a CAGR needs positive levels ({f_label}: {fv:g}, {l_label}: {lv:g})"
        return derived_frame([a.start[f]], [a.end[la]], [np.nan], [""], [()], [()], [note])
    if qualifier[0] == "":
        note = f"gap: CAGR {f_label} to {l_label} has no bound (both are bounds the same way)"
        return derived_frame([a.start[f]], [a.end[la]], [np.nan], [""], [()], [()], [note])
    return derived_frame(
        [a.start[f]],
        [a.end[la]],
        [((lv / fv) ** (1.0 / years) - 1.0) * 100.0],
        qualifier,
        [(int(a.obs_id[f]), int(a.obs_id[la]))],
        [tuple(sorted({int(a.source_id[f]), int(a.source_id[la])}))],
        [f"CAGR {f_label} to {l_label} over {years:g} years"],
    )


def ytd_difference(series: pd.DataFrame) -> pd.DataFrame:
    """The months between successive year-to-date figures of one year: Jan–Oct minus Jan–Sep
    gives Oct, Jan–Oct minus Jan–Jul gives Aug–Oct (the rule of ``derive_from_ytd``)."""
    a = series_arrays(series)
    a = a.take((a.start % 12 == 0) & ~a.point)
    if len(a) == 0:
        return empty_derived()
    frame = pd.DataFrame(
        {
            "year": a.start // 12,
            "period_start": a.start,
            "period_end": a.end,
            "value": a.value,
            "qualifier": a.qualifier,
            "obs_id": a.obs_id,
            "source_id": a.source_id,
        }
    ).sort_values(["year", "period_end"], kind="mergesort")
    steps = ytd_steps(frame, ["year"])
    start = steps["p_end"].to_numpy() + 1
    end = steps["period_end"].to_numpy()
    bounded = (steps["step_qualifier"] != "").to_numpy()
    cur = labels(steps["period_start"].to_numpy(), end)
    prev = labels(steps["period_start"].to_numpy(), steps["p_end"].to_numpy())
    words = [f"{m} = {c} − {p}" for m, c, p in zip(labels(start, end), cur, prev, strict=True)]
    pairs = list(zip(steps["p_obs"].tolist(), steps["obs_id"].tolist(), strict=True))
    srcs = zip(steps["p_source"].tolist(), steps["source_id"].tolist(), strict=True)
    return derived_frame(
        start,
        end,
        np.where(bounded, steps["step_value"].to_numpy(), np.nan),
        steps["step_qualifier"].to_numpy(),
        [p if ok else () for p, ok in zip(pairs, bounded, strict=True)],
        [tuple(sorted(set(s))) if ok else () for s, ok in zip(srcs, bounded, strict=True)],
        [
            w if ok else f"gap: {w} has no bound (both figures are bounds the same way)"
            for w, ok in zip(words, bounded, strict=True)
        ],
    )


def _compare(
    a: SeriesArrays, prev_start: np.ndarray, prev_end: np.ndarray, shape: np.ndarray
) -> pd.DataFrame:
    """Percent change of each row of ``a`` on the row at (prev_start, prev_end).

    A row without its earlier figure is a gap when the series has an earlier figure of the
    same ``shape`` (a hole inside the span), and left out when it is the first of its shape.
    """
    if len(a) == 0:
        return empty_derived()
    prev_keys = ((prev_start * KEY + prev_end) * 2 + a.point).astype("int64")
    pos = pd.Index(a.keys()).get_indexer(prev_keys)
    first_of_shape = pd.Series(a.start).groupby(shape * 2 + a.point).transform("min").to_numpy()
    rows = np.flatnonzero((pos >= 0) | (a.start > first_of_shape))
    hit = pos[rows] >= 0
    prev = np.where(hit, pos[rows], rows)  # a row's own position stands in where none
    prev_v = np.where(hit, a.value[prev], np.nan)
    cur_v = a.value[rows]
    with np.errstate(divide="ignore", invalid="ignore"):
        pct = (cur_v / prev_v - 1.0) * 100.0
    qual = np.where(hit, difference_qualifier(a.qualifier[rows], a.qualifier[prev]), "")
    valid = hit & (prev_v > 0) & (cur_v >= 0) & (qual != "")
    cur_l = labels(a.start[rows], a.end[rows], a.point[rows])
    prev_l = labels(prev_start[rows], prev_end[rows], a.point[rows])
    notes = [
        _change_note(*args) for args in zip(cur_l, prev_l, hit, cur_v, prev_v, valid, strict=True)
    ]
    ids = np.stack([a.obs_id[prev], a.obs_id[rows]], axis=1)
    srcs = np.stack([a.source_id[prev], a.source_id[rows]], axis=1)
    return derived_frame(
        a.start[rows],
        a.end[rows],
        np.where(valid, pct, np.nan),
        qual,
        [t if ok else () for t, ok in zip(id_tuples(ids), valid, strict=True)],
        [t if ok else () for t, ok in zip(source_tuples(srcs), valid, strict=True)],
        notes,
        point=a.point[rows],
    )


def _change_note(cur: str, prev: str, hit: bool, value: float, prev_value: float, ok: bool) -> str:
    if ok:
        return f"{cur} = percent change on {prev}"
    if not hit:
        return f"gap: no {prev} figure to compare {cur} with"
    if not prev_value > 0:
        return f"gap: {prev} is not positive, so no percent change"
    if value < 0:
        return f"gap: {cur} is negative, so no percent change"
    return f"gap: {cur} and {prev} are bounds the same way"


def _cagr_pair(a: SeriesArrays, first: int, last: int) -> tuple[int, int]:
    """Row positions of the figures ending in ``first`` and ``last`` with the same, longest
    length (and the same point-ness); (-1, -1) when there is none."""
    at_first = np.flatnonzero(a.end == first)
    at_last = np.flatnonzero(a.end == last)
    shape = (a.end - a.start) * 2 + a.point
    common = np.intersect1d(shape[at_first], shape[at_last])
    if len(common) == 0:
        return -1, int(at_last[0]) if len(at_last) else -1
    best = common.max()
    return int(at_first[shape[at_first] == best][0]), int(at_last[shape[at_last] == best][0])


def _month(m: int) -> str:
    return period_label(m, m)
