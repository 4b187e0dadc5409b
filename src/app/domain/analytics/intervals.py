"""Bounds: press figures are often "more than" or "up to" a number, so a level is an interval.

A level with qualifier ``more_than`` is ``[v, inf)``; ``less_than``/``up_to`` is ``[0, v]``;
every other qualifier (exact, about, nearly) is read as the point ``v``. Growth computed from
two intervals is itself an interval, which is how "more than $3 bn" becomes a bound on the
change instead of a false point.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

LOWER_BOUND_QUALIFIERS = frozenset({"more_than"})
UPPER_BOUND_QUALIFIERS = frozenset({"less_than", "up_to"})

#: How a computed growth interval reads.
EXACT, AT_LEAST, AT_MOST, UNBOUNDED = "exact", "at_least", "at_most", "unbounded"


def qualifier_array(qualifiers: pd.Series | np.ndarray | list[str]) -> np.ndarray:
    """Qualifiers as a plain object array of str (categoricals included)."""
    if isinstance(qualifiers, pd.Series):
        return qualifiers.astype(str).to_numpy(dtype=object)
    return np.asarray(qualifiers, dtype=object).astype(str)


def level_bounds(values: np.ndarray, qualifiers: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(lo, hi) of each level given its qualifier."""
    return _bounds(values, *_bound_rows(qualifier_array(qualifiers)))


def coded_level_bounds(
    values: np.ndarray, codes: np.ndarray, words: np.ndarray, rounding: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`level_bounds` (or with ``rounding`` :func:`rounded_level_bounds`) of
    qualifiers given as ``codes`` into ``words`` (``words[codes]`` the texts): the
    qualifier test runs once per word, not once per row."""
    lower, upper = _bound_rows(qualifier_array(words))
    return _bounds(values, lower[codes], upper[codes], rounding)


def _bound_rows(qualifiers: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(lower bounds, upper bounds) among plain qualifier texts."""
    lower = np.isin(qualifiers, list(LOWER_BOUND_QUALIFIERS))
    upper = np.isin(qualifiers, list(UPPER_BOUND_QUALIFIERS))
    return lower, upper


def _bounds(
    values: np.ndarray, lower: np.ndarray, upper: np.ndarray, rounding: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """(lo, hi) of levels whose rows ``lower`` are lower bounds ([v, inf)) and ``upper``
    upper bounds ([0, v]); with ``rounding`` point levels widened by the rounding of print
    (a bound keeps its end as printed)."""
    v = np.asarray(values, dtype="float64")
    lo = v.copy()
    hi = v.copy()
    hi[lower] = np.inf
    lo[upper] = 0.0
    if rounding:
        half = np.where(lo == hi, rounding_halfwidth(v), 0.0)
        return lo - half, hi + half
    return lo, hi


def rounding_halfwidth(values: np.ndarray) -> np.ndarray:
    """Half a unit of the last significant digit of each value: printed figures are rounded.

    2.44e9 -> 5e6 (it could be 2.435..2.445 bn); 57000 -> 500; 748.8e6 -> 5e4. Inferred from
    the stored number, because the printed text is not kept in canonical units.
    """
    v = np.abs(np.asarray(values, dtype="float64"))
    out = np.zeros(v.shape)
    ok = np.isfinite(v) & (v > 0)
    exp = np.floor(np.log10(np.where(ok, v, 1.0)))
    if v.ndim == 1 and len(v) <= _AT_ONCE:
        return _halfwidth_at_once(v, ok, exp)
    pending = ok.copy()
    for digits in range(1, 16):
        if not pending.any():
            break  # every value placed: the digits left would change nothing
        unit = 10.0 ** (exp - digits + 1)
        exact = pending & (np.abs(np.round(v / unit) * unit - v) <= 1e-9 * v)
        out[exact] = 0.5 * unit[exact]
        pending &= ~exact
    return out


#: up to this many values, :func:`rounding_halfwidth` tries every digit at once (a report's
#: few rows: one pass of a value × digit table, not 15 passes of a dozen numpy calls)
_AT_ONCE = 4096


def _halfwidth_at_once(v: np.ndarray, ok: np.ndarray, exp: np.ndarray) -> np.ndarray:
    """:func:`rounding_halfwidth` of a few values: the same sums for each digit, the first
    digit that rounds exactly taken per value."""
    digits = np.arange(1, 16, dtype="float64")
    unit = 10.0 ** (exp[:, None] - digits[None, :] + 1)
    col = v[:, None]
    exact = ok[:, None] & (np.abs(np.round(col / unit) * unit - col) <= 1e-9 * col)
    first = exact.argmax(axis=1)
    found = exact[np.arange(len(v)), first]
    out: np.ndarray = np.where(found, 0.5 * unit[np.arange(len(v)), first], 0.0)
    return out


def decimals_halfwidth(values: np.ndarray) -> np.ndarray:
    """Half a unit of the last decimal place: 21.9 -> 0.05, 20 -> 0.5, 9.2 -> 0.05."""
    v = np.abs(np.asarray(values, dtype="float64"))
    out = np.full(v.shape, 0.5)
    pending = np.isfinite(v) & (np.abs(np.round(v) - v) > 1e-9)
    for places in range(1, 10):
        if not pending.any():
            break  # every value placed: the places left would change nothing
        exact = pending & (np.abs(np.round(v, places) - v) <= 1e-9 * np.maximum(v, 1.0))
        out[exact] = 0.5 * 10.0**-places
        pending &= ~exact
    return out


def rounded_level_bounds(
    values: np.ndarray, qualifiers: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Like :func:`level_bounds`, with point levels widened by the rounding of print.

    A bound keeps its end as printed: "more than $3 bn" is above 3 bn, not above 2.5 bn.
    """
    return _bounds(values, *_bound_rows(qualifier_array(qualifiers)), rounding=True)


def growth_bounds(
    cur_lo: np.ndarray, cur_hi: np.ndarray, prev_lo: np.ndarray, prev_hi: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Interval of the percent change from an earlier level interval to a later one.

    The lowest change pairs the lowest later level with the highest earlier one; an
    unbounded side stays unbounded (-inf / inf).
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        g_lo = np.where(
            np.isfinite(prev_hi) & (prev_hi > 0), (cur_lo / prev_hi - 1.0) * 100.0, -np.inf
        )
        g_hi = np.where(
            np.isfinite(cur_hi) & (prev_lo > 0), (cur_hi / prev_lo - 1.0) * 100.0, np.inf
        )
    return g_lo, g_hi


#: the kinds by code (see :func:`bound_kind_codes`)
BOUND_KINDS = (EXACT, AT_LEAST, AT_MOST, UNBOUNDED)


def bound_kind(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """exact / at_least / at_most / unbounded for each interval (-100 % counts as no floor)."""
    out: np.ndarray = np.asarray(BOUND_KINDS, dtype=object)[bound_kind_codes(lo, hi)]
    return out


def bound_kind_codes(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """:func:`bound_kind` as positions in BOUND_KINDS."""
    lo = np.asarray(lo, dtype="float64")
    hi = np.asarray(hi, dtype="float64")
    has_lo = np.isfinite(lo) & (lo > -100.0)
    has_hi = np.isfinite(hi)
    # exact 0, at least 1 (no ceiling), at most 2 (no floor), unbounded 3
    out: np.ndarray = ((~has_hi).astype(np.int8) + 2 * (~has_lo).astype(np.int8)).astype(np.int8)
    return out


def bound_words(kind: str) -> str:
    """ "at least " / "at most " / "" for a bound kind, to put before a number."""
    return {AT_LEAST: "at least ", AT_MOST: "at most "}.get(kind, "")


def pct_text(x: float, digits: int = 1) -> str:
    """ "+21.9 %" with an explicit sign."""
    return f"{x:+.{digits}f} %"
