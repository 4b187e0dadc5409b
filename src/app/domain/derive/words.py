"""Periods in words for whole columns at once: a derived frame of 10,000 rolling windows needs
10,000 notes, and one ``period_label`` call per row would be most of its cost.

:func:`labels` gives exactly :func:`app.domain.periods.period_label` ("2025", "Q1 2025",
"Jan–Oct 2025", "as of Jul 2019"); :func:`months_labels` names the months even when they make
a named period ("Jan–Dec 2025"), for notes that say what was added up.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from app.domain.periods import EN_DASH, MONTH_ABBR, PeriodKind, period_kinds

_ABBR = np.asarray(MONTH_ABBR, dtype=object)


def months_labels(start: ArrayLike, end: ArrayLike) -> np.ndarray:
    """ "Oct 2025", "Jan–Dec 2025", "Nov 2024–Oct 2025" for each row (object array)."""
    s = np.asarray(start, dtype="int64")
    e = np.asarray(end, dtype="int64")
    a, b = _ABBR[s % 12], _ABBR[e % 12]
    y0, y1 = _text(s // 12), _text(e // 12)
    one = a + " " + y0
    same_year = a + EN_DASH + b + " " + y0
    across = one + EN_DASH + b + " " + y1
    out: np.ndarray = np.where(s == e, one, np.where(s // 12 == e // 12, same_year, across))
    return out


def labels(start: ArrayLike, end: ArrayLike, point: ArrayLike | None = None) -> np.ndarray:
    """``period_label`` of each row (object array)."""
    s = np.asarray(start, dtype="int64")
    e = np.asarray(end, dtype="int64")
    pt = np.zeros(len(s), dtype=bool) if point is None else np.asarray(point, dtype=bool)
    out = months_labels(s, e).astype(object)
    if len(s) == 0:
        return out
    kind = period_kinds(s, e, pt)
    year = _text(s // 12)
    named = {
        PeriodKind.POINT.value: "as of " + out,
        PeriodKind.YEAR.value: year,
        PeriodKind.HALF.value: "H" + _text(s % 12 // 6 + 1) + " " + year,
        PeriodKind.QUARTER.value: "Q" + _text(s % 12 // 3 + 1) + " " + year,
    }
    for value, words in named.items():
        mask = kind == value
        out[mask] = words[mask]
    return out


def _text(numbers: np.ndarray) -> np.ndarray:
    """Integers as an object array of their decimal text."""
    out: np.ndarray = np.asarray(numbers, dtype="int64").astype(str).astype(object)
    return out
