"""The rows a pair's summary states: the latest figure of each indicator, subject and
kind of period (:func:`latest_rows`), and the values of each summary line read column by
column at those rows (:func:`line_rows`).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from app.domain.analytics.column_texts import category_texts
from app.domain.analytics.figures import pack
from app.domain.analytics.passes import frame_column
from app.domain.model import FORWARD_STATUSES
from app.domain.periods import period_kinds
from app.domain.selection import category_codes, holds_any

#: Period kinds reported side by side: the latest full year, the latest year-to-date
#: window, the latest month/quarter/half, the latest point-in-time figure.
FAMILY = {
    "year": "year",
    "ytd": "ytd",
    "range": "ytd",
    "half": "part",
    "quarter": "part",
    "month": "part",
    "point": "point",
}


def latest_rows(obs: pd.DataFrame) -> pd.DataFrame:
    """One row per (indicator, subject, kind of period, outcome or intention): the latest
    period, the preferred source first (else the most recently published, then the newest
    row; a reported figure before a derived one of the same period). Targets, plans and
    forecasts are kept apart, so that an end-2027 target is never "the latest figure" of
    what has happened.

    On numbers (a dossier's pair has 10,000 rows): one stable lexsort of the rule's
    columns, the first row of each group in that order."""
    if obs.empty:
        return obs
    return obs.iloc[latest_positions(obs)]


def latest_positions(obs: pd.DataFrame) -> np.ndarray:
    """The positions in ``obs`` of :func:`latest_rows`, in its order."""
    if obs.empty:
        return np.zeros(0, dtype=np.int64)
    start = frame_column(obs, "period_start").to_numpy().astype(np.int64)
    end = frame_column(obs, "period_end").to_numpy().astype(np.int64)
    family = _families(start, end, frame_column(obs, "period_point").to_numpy())
    status = frame_column(obs, "status")
    forward = _holds(status, {str(x) for x in FORWARD_STATUSES})
    reported = ~_holds(status, {"derived"})
    group = pack(
        [
            _group_codes(frame_column(obs, "indicator")),
            _group_codes(frame_column(obs, "subject")),
            family * 2 + forward,
        ]
    )
    order = np.lexsort(
        (
            -frame_column(obs, "obs_id").to_numpy(dtype=np.int64),
            ~reported,
            ~frame_column(obs, "preferred").to_numpy(dtype=bool),
            start,
            -end,
        )
    )
    first = np.unique(group[order], return_index=True)[1]
    out: np.ndarray = order[np.sort(first)]
    return out


def _families(start: np.ndarray, end: np.ndarray, point: np.ndarray) -> np.ndarray:
    """Each row's kind of period (:data:`FAMILY`) as its number: the kinds of the distinct
    periods (a pair's 10,000 rows hold a few dozen), not a select and a compare of texts
    per kind over every row."""
    point = np.asarray(point, dtype=bool)
    period, distinct = pd.factorize(pack([start, end, point.astype(np.int64)]))
    row = np.empty(len(distinct), dtype=np.int64)
    row[period] = np.arange(len(period))  # a row of each period (any: they are alike)
    kinds = period_kinds(start[row], end[row], point[row]).tolist()
    numbers = np.asarray([_FAMILY_NUMBER.get(k, 0) for k in kinds], dtype=np.int64)
    family: np.ndarray = numbers[period]
    return family


def _holds(col: pd.Series, values: set[str]) -> np.ndarray:
    """:func:`holds_any`, a categorical column read through its categories' texts (made
    once per report) rather than a compare of its Arrow categories."""
    if not isinstance(col.dtype, pd.CategoricalDtype):
        return holds_any(col, values)
    table = np.asarray([t in values for t in category_texts(col)] + [False], dtype=bool)
    held: np.ndarray = table[category_codes(col)]
    return held


def _group_codes(col: pd.Series) -> np.ndarray:
    """Equal codes for equal values (-1 for a missing one), as ``pd.factorize`` gives: a
    categorical column's own codes."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        return category_codes(col)
    codes: np.ndarray = pd.factorize(col)[0]
    return codes


#: each kind of period's family (FAMILY) as a number
_FAMILY_NUMBER = {k: sorted(set(FAMILY.values())).index(f) for k, f in FAMILY.items()}


#: the text columns of a summary line, in the order of :func:`line_rows`
_LINE_TEXTS = ("subject", "unit", "qualifier", "status", "change_unit", "change_qualifier")


def line_rows(obs: pd.DataFrame, topics: dict[Any, Any]) -> list[tuple[Any, ...]]:
    """The values of each summary line (:func:`latest_rows`, sorted by topic, indicator and
    subject as ``sort_values`` sorts them), taken column by column at the rows used:
    (indicator, topic, subject, start, end, point, value, unit, qualifier, status, change,
    change unit, change qualifier, reporter, partner, source id, obs id). Texts read as
    ``str`` of the value would (a missing one "nan"); an indicator without a topic is
    "Other"."""
    at = latest_positions(obs)
    codes = _texts_at(frame_column(obs, "indicator"), at)
    topic = [_topic_of(topics.get(code)) for code in codes]
    order = np.lexsort(
        (
            _sort_codes(frame_column(obs, "subject"))[at],
            _sort_codes(frame_column(obs, "indicator"))[at],
            _sort_codes(pd.Series(topic, dtype=object)),
        )
    )
    at = at[order]

    def numbers(name: str, dtype: str) -> list[Any]:
        out: list[Any] = frame_column(obs, name).to_numpy(dtype=dtype)[at].tolist()
        return out

    texts = {
        name: _texts_at(frame_column(obs, name), at)
        for name in (*_LINE_TEXTS, "reporter", "partner")
    }
    return list(
        zip(
            np.asarray(codes, dtype=object)[order].tolist(),
            np.asarray(topic, dtype=object)[order].tolist(),
            texts["subject"],
            numbers("period_start", "int64"),
            numbers("period_end", "int64"),
            numbers("period_point", "bool"),
            numbers("value", "float64"),
            *(texts[name] for name in ("unit", "qualifier", "status")),
            numbers("change_value", "float64"),
            *(texts[name] for name in ("change_unit", "change_qualifier")),
            texts["reporter"],
            texts["partner"],
            numbers("source_id", "int64"),
            numbers("obs_id", "int64"),
            strict=True,
        )
    )


def _texts_at(col: pd.Series, at: np.ndarray) -> list[str]:
    """``str`` of each value of ``col`` at positions ``at`` (a missing category "nan"), a
    category's text made once."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        words = np.asarray([*category_texts(col), "nan"], dtype=object)
        out: list[str] = words[category_codes(col)[at]].tolist()
        return out
    return [str(x) for x in col.iloc[at].tolist()]


def _topic_of(topic: Any) -> str:
    """An indicator's topic as ``Series.map(topics).fillna("Other")`` reads it."""
    return "Other" if topic is None or topic is pd.NA or topic != topic else str(topic)


def _sort_codes(col: pd.Series) -> np.ndarray:
    """Integers that order the rows as ``sort_values`` orders ``col``: a category by its
    code, a text by the text, a missing value last."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        codes = category_codes(col).astype(np.int64)
        return np.where(codes < 0, len(col.dtype.categories), codes)
    codes = pd.factorize(col, sort=True)[0].astype(np.int64)
    return np.where(codes < 0, codes.max(initial=0) + 1, codes)
