"""Formulas over series: parse (:mod:`.syntax`), check units (:mod:`.unit_algebra`), evaluate.

Evaluation is like for like: only figures of the identical period combine (2024 with 2024,
Jan–Oct 2025 with Jan–Oct 2025). For each period shape (a year, a quarter, Jan–Oct, a month)
that every input has, the rows run over the span all inputs cover; a period inside that span
where one input has no figure is a **gap row** (NaN value, a note naming the missing series),
so "balance = exports − imports" shows a hole rather than joining its neighbours. Periods
outside the common span, or of a shape some input never has, give no row.

Bounds travel through the formula as intervals (a "more than" level is [v, ∞), a "less than"
one [0, v], as :func:`app.domain.analytics.intervals.level_bounds` reads them): the result is
exact when its interval is a point, "more than"/"less than" when the computed value is its
lower/upper end, and a gap when the bounds pull both ways. A result that is not a finite
number (a division by zero) is a gap too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import reduce

import numpy as np
import pandas as pd

from app.domain.analytics.derived import approximate
from app.domain.analytics.intervals import level_bounds
from app.domain.derive.frames import (
    SeriesArrays,
    derived_frame,
    empty_derived,
    series_arrays,
)
from app.domain.derive.syntax import (
    Call,
    Expression,
    ExpressionError,
    Neg,
    Node,
    Num,
    Ref,
    UnitError,
    parse_expression,
)
from app.domain.derive.unit_algebra import expression_unit
from app.domain.derive.words import labels
from app.domain.model import Qualifier

__all__ = [
    "Expression",
    "ExpressionError",
    "UnitError",
    "evaluate",
    "expression_unit",
    "parse_expression",
]


@dataclass(frozen=True)
class _Band:
    """Values of a sub-formula with their interval and whether an approximate level is in it."""

    value: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    approx: np.ndarray


def evaluate(expr: Expression, inputs: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """The derived frame of ``expr`` over the input series bound to its names."""
    missing = [n for n in expr.names if n not in inputs]
    if missing:
        raise ExpressionError(f"no series given for {', '.join(missing)}")
    arrays = {name: series_arrays(inputs[name]) for name in expr.names}
    periods = _periods(arrays)
    if len(periods) == 0:
        return empty_derived()
    pos = {name: pd.Index(a.keys()).get_indexer(periods.keys()) for name, a in arrays.items()}
    band = _band(expr.tree, arrays, pos)
    return _frame(expr, periods, arrays, pos, band)


def _periods(arrays: Mapping[str, SeriesArrays]) -> SeriesArrays:
    """The periods to give rows (sorted): the shapes every input has, over the span all inputs
    cover for that shape. Only the period columns of the result are meaningful."""
    shapes = {name: _shape(a) for name, a in arrays.items()}
    common = reduce(np.intersect1d, [np.unique(s) for s in shapes.values()])
    union = _concat(list(arrays.values()))
    union = union.take(np.unique(union.keys(), return_index=True)[1])
    if len(common) == 0:
        return union.take(np.zeros(0, dtype="int64"))
    first, last = _common_span(arrays, shapes, common)
    shape = _shape(union)
    slot = np.clip(np.searchsorted(common, shape), 0, len(common) - 1)
    inside = (union.start >= first[slot]) & (union.start <= last[slot])
    return union.take(np.isin(shape, common) & inside)


def _common_span(
    arrays: Mapping[str, SeriesArrays], shapes: Mapping[str, np.ndarray], common: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Per common shape: the latest first start and the earliest last start over the inputs."""
    first = np.full(len(common), np.iinfo("int64").min)
    last = np.full(len(common), np.iinfo("int64").max)
    for name, a in arrays.items():
        inside = np.isin(shapes[name], common)
        slot = np.searchsorted(common, shapes[name][inside])
        lo = np.full(len(common), np.iinfo("int64").max)
        hi = np.full(len(common), np.iinfo("int64").min)
        np.minimum.at(lo, slot, a.start[inside])
        np.maximum.at(hi, slot, a.start[inside])
        first, last = np.maximum(first, lo), np.minimum(last, hi)
    return first, last


def _shape(a: SeriesArrays) -> np.ndarray:
    """Window position in the year, length and point-ness: periods of one shape compare."""
    out: np.ndarray = (a.start % 12 * 1000 + a.end - a.start) * 2 + a.point
    return out


def _concat(parts: list[SeriesArrays]) -> SeriesArrays:
    fields = SeriesArrays.__dataclass_fields__
    return SeriesArrays(*(np.concatenate([getattr(p, f) for p in parts]) for f in fields))


def _band(node: Node, arrays: Mapping[str, SeriesArrays], pos: Mapping[str, np.ndarray]) -> _Band:
    if isinstance(node, Num):
        n = len(next(iter(pos.values())))
        v = np.full(n, node.value)
        return _Band(v, v, v, np.zeros(n, dtype=bool))
    if isinstance(node, Ref):
        a, p = arrays[node.name], pos[node.name]
        hit = p >= 0
        take = np.where(hit, p, 0)
        value = np.where(hit, a.value[take], np.nan)  # every input has rows here
        qual = np.where(hit, a.qualifier[take], "")
        lo, hi = level_bounds(value, qual)
        return _Band(value, lo, hi, approximate(qual))
    if isinstance(node, Neg):
        b = _band(node.operand, arrays, pos)
        return _Band(-b.value, -b.hi, -b.lo, b.approx)
    if isinstance(node, Call):
        bands = [_band(arg, arrays, pos) for arg in node.args]
        if node.fn == "abs":
            return _abs(bands[0])
        out = bands[0]
        for b in bands[1:]:
            out = _binary("+", out, b)
        return out
    return _binary(node.op, _band(node.left, arrays, pos), _band(node.right, arrays, pos))


def _binary(op: str, a: _Band, b: _Band) -> _Band:
    approx = a.approx | b.approx
    with np.errstate(all="ignore"):
        if op == "+":
            return _Band(a.value + b.value, a.lo + b.lo, a.hi + b.hi, approx)
        if op == "-":
            return _Band(a.value - b.value, a.lo - b.hi, a.hi - b.lo, approx)
        if op == "*":
            lo, hi = _corners(a, b, np.multiply)
            return _Band(a.value * b.value, lo, hi, approx)
        value = a.value / b.value
        lo, hi = _corners(a, b, np.divide)
        spans_zero = (b.lo <= 0) & (b.hi >= 0)
        lo = np.where(spans_zero, -np.inf, lo)
        hi = np.where(spans_zero, np.inf, hi)
        return _Band(value, lo, hi, approx)


def _corners(a: _Band, b: _Band, fn: np.ufunc) -> tuple[np.ndarray, np.ndarray]:
    """Interval of ``fn`` over the four corners; 0 × ∞ and ∞ / ∞ (NaN) are left out."""
    corners = [fn(x, y) for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
    lo = np.fmin(np.fmin(corners[0], corners[1]), np.fmin(corners[2], corners[3]))
    hi = np.fmax(np.fmax(corners[0], corners[1]), np.fmax(corners[2], corners[3]))
    return lo, hi


def _abs(b: _Band) -> _Band:
    lo = np.where(b.lo >= 0, b.lo, np.where(b.hi <= 0, -b.hi, 0.0))
    hi = np.fmax(np.abs(b.lo), np.abs(b.hi))
    return _Band(np.abs(b.value), lo, hi, b.approx)


def _qualifier(band: _Band) -> np.ndarray:
    """exact/about for a point interval, more/less than when the value is an end, else ''."""
    point = np.isfinite(band.lo) & (band.lo == band.hi)
    return np.select(
        [point & band.approx, point, band.value == band.lo, band.value == band.hi],
        [
            Qualifier.ABOUT.value,
            Qualifier.EXACT.value,
            Qualifier.MORE_THAN.value,
            Qualifier.LESS_THAN.value,
        ],
        default="",
    ).astype(object)


def _frame(
    expr: Expression,
    periods: SeriesArrays,
    arrays: Mapping[str, SeriesArrays],
    pos: Mapping[str, np.ndarray],
    band: _Band,
) -> pd.DataFrame:
    names = list(arrays)
    have: np.ndarray = np.stack([pos[n] >= 0 for n in names], axis=1)
    complete = np.all(have, axis=1).astype(bool)
    finite = np.isfinite(band.value).astype(bool)
    qual = np.where(complete & finite, _qualifier(band), "")
    ok = complete & finite & (qual != "")
    formula = expr.render()
    period = labels(periods.start, periods.end, periods.point)
    notes = []
    for i, label in enumerate(period.tolist()):
        if not complete[i]:
            lacking = ", ".join(n for n, h in zip(names, have[i], strict=True) if not h)
            notes.append(f"gap: no {lacking} figure for {label}")
        elif not finite[i]:
            notes.append(f"gap: {formula} is not defined for {label} (division by zero)")
        elif not ok[i]:
            notes.append(f"gap: {label} = {formula} has no bound (its bounds pull both ways)")
        else:
            notes.append(f"{label} = {formula} (each for {label})")
    ids = _gathered(arrays, pos, "obs_id")
    srcs = _gathered(arrays, pos, "source_id")
    return derived_frame(
        periods.start,
        periods.end,
        np.where(ok, band.value, np.nan),
        qual,
        [tuple(row) if k else () for row, k in zip(ids, ok.tolist(), strict=True)],
        [tuple(sorted(set(row))) if k else () for row, k in zip(srcs, ok.tolist(), strict=True)],
        notes,
        point=periods.point,
    )


def _gathered(
    arrays: Mapping[str, SeriesArrays], pos: Mapping[str, np.ndarray], column: str
) -> list[list[int]]:
    """For each row, ``column`` of every input at its position (-1 where it has none)."""
    cols = [
        np.where(pos[n] >= 0, getattr(a, column)[np.maximum(pos[n], 0)], -1)
        for n, a in arrays.items()
    ]
    out: list[list[int]] = np.stack(cols, axis=1).tolist()
    return out
