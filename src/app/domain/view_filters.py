"""Filters of a table view beyond its pair: per-column filters (a spreadsheet's autofilter)
and the free-text search.

A :class:`ColumnFilter` is plain frozen data (it goes into a :class:`~app.domain.view.
ViewSpec` and into saved views as JSON): the values kept of a categorical column, or a
range of values or periods. Everything is evaluated on codes: a categorical column's test
runs once per category and reaches the rows through the codes, and the text of sources and
notes is coded the same way (:class:`CodedText`, built once per change of the store by
:func:`search_columns`), so a filter at 1M rows costs a few array operations
(PERFORMANCE.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from app.domain.model import source_labels
from app.domain.periods import month_of, year_of
from app.domain.selection import category_codes, code_rows
from app.domain.units import scaled
from app.domain.value_search import query_terms

#: columns filtered by picking values (their stored codes; "source" by source label)
VALUE_COLUMNS = (
    "indicator",
    "reporter",
    "partner",
    "subject",
    "unit",
    "qualifier",
    "status",
    "source",
)
#: columns filtered by a range: canonical values, or month indices of whole periods
RANGE_COLUMNS = ("value", "period")
#: the dimensions every text search looks in
TEXT_DIMENSIONS = ("indicator", "reporter", "partner", "subject", "qualifier", "status", "unit")
BLANK = "(blank)"


@dataclass(frozen=True, eq=False)
class CodedText:
    """Text per row as codes into labels (labels may repeat; code -1: no text)."""

    codes: np.ndarray
    labels: np.ndarray

    @classmethod
    def of(cls, col: pd.Series) -> CodedText:
        if isinstance(col.dtype, pd.CategoricalDtype):
            return cls(col.cat.codes.to_numpy(), np.asarray(col.cat.categories, dtype=object))
        codes, uniques = pd.factorize(col.to_numpy(dtype=object))
        return cls(np.asarray(codes), np.asarray(uniques, dtype=object))

    def __getitem__(self, row: int) -> str:
        """The text of one row ('' for none): what a table cell shows."""
        code = self.codes[row]
        return "" if code < 0 else str(self.labels[code])

    def rows(self, per_label: np.ndarray, missing: bool = False) -> np.ndarray:
        """Per-row booleans from one boolean per label (``missing`` for code -1)."""
        return code_rows(self.codes, np.append(per_label, missing))

    def matching(self, pattern: re.Pattern[str]) -> np.ndarray | None:
        """Rows whose text ``pattern`` finds; None when no label has it (the common case
        for most columns and words: no pass over the rows at all)."""
        ok = np.fromiter(
            (bool(pattern.search(str(t))) for t in self.labels), dtype=bool, count=len(self.labels)
        )
        return self.rows(ok) if ok.any() else None


TextColumns = Mapping[str, "pd.Series | CodedText"]


@dataclass(frozen=True)
class ColumnFilter:
    """One column's filter: the values kept (``values``), or an inclusive range
    (``low``/``high``, None for open): canonical values for "value", month indices for
    "period", where a figure is kept when its whole period lies in the range."""

    column: str
    values: tuple[str, ...] | None = None
    low: float | None = None
    high: float | None = None

    def __post_init__(self) -> None:
        if self.column in VALUE_COLUMNS:
            if self.values is None or self.low is not None or self.high is not None:
                raise ValueError(f"a filter of {self.column} keeps values, not a range")
            object.__setattr__(self, "values", tuple(sorted({str(v) for v in self.values})))
        elif self.column in RANGE_COLUMNS:
            if self.values is not None:
                raise ValueError(f"a filter of {self.column} is a range, not values")
            if self.low is not None and self.high is not None and self.low > self.high:
                raise ValueError(f"the {self.column} range ends before it starts")
        else:
            raise ValueError(f"no filter for column {self.column!r}")

    def mask(self, obs: pd.DataFrame, columns: TextColumns | None = None) -> np.ndarray:
        """The rows this filter keeps."""
        if self.values is not None:
            coded = coded_column(obs, self.column, columns)
            labels = np.asarray(coded.labels, dtype=object).astype(str)
            kept = np.isin(labels, np.asarray(self.values, dtype=str))
            return coded.rows(kept, missing="" in self.values)
        if self.column == "value":
            lo, hi = obs["value"].to_numpy(dtype=float), obs["value"].to_numpy(dtype=float)
        else:
            lo, hi = obs["period_start"].to_numpy(), obs["period_end"].to_numpy()
        keep = np.ones(len(obs), dtype=bool)
        if self.low is not None:
            keep &= lo >= self.low
        if self.high is not None:
            keep &= hi <= self.high
        return keep

    def describe(self, names: Mapping[str, str] | None = None) -> str:
        """What the filter keeps, in a few words: "Trade turnover", "3 values",
        "≥ 1 bn", "2019 – 2025-10"."""
        if self.values is not None:
            shown = [(names or {}).get(v, v) or BLANK for v in self.values]
            if not shown:
                return "nothing"
            return ", ".join(shown) if len(shown) <= 2 else f"{len(shown)} values"
        show = number_text if self.column == "value" else month_text
        lo = show(self.low, True) if self.low is not None else ""
        hi = show(self.high, False) if self.high is not None else ""
        if lo and hi:
            return lo if lo == hi else f"{lo} – {hi}"
        return f"≥ {lo}" if lo else f"≤ {hi}" if hi else "any"

    def to_dict(self) -> dict[str, Any]:
        if self.values is not None:
            return {"column": self.column, "values": list(self.values)}
        return {"column": self.column, "low": self.low, "high": self.high}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ColumnFilter:
        """A filter from :meth:`to_dict` (ValueError for anything else)."""
        if not isinstance(data, Mapping) or "column" not in data:
            raise ValueError(f"not a column filter: {data!r}")
        values = data.get("values")
        if values is not None and not isinstance(values, list | tuple):
            raise ValueError(f"the values of a column filter are a list, not {values!r}")
        column = str(data["column"])
        return cls(
            column,
            None if values is None else tuple(str(v) for v in values),
            _bound(column, data.get("low")),
            _bound(column, data.get("high")),
        )


def _bound(column: str, value: Any) -> float | None:
    """A range bound read back: a float value, or a month index (an int) of a period."""
    if value is None:
        return None
    try:
        return float(value) if column == "value" else int(value)
    except (TypeError, ValueError):
        raise ValueError(f"not a bound of {column}: {value!r}") from None


def number_text(value: float | None, low: bool = True) -> str:
    """A bound as a person types it: "2.44 bn", "57,000" (``low`` is not needed: the
    signature of :func:`month_text`, so that either shows a range's bounds)."""
    if value is None:
        return ""
    v, word = scaled(float(value))
    return f"{v:,.6g} {word}".strip()


def month_text(month: float | None, low: bool = True) -> str:
    """A period bound: a whole year as "2019" (January for a start, December for an end),
    else "2025-10"."""
    if month is None:
        return ""
    m = int(month)
    if month_of(m) == (1 if low else 12):
        return str(year_of(m))
    return f"{year_of(m):04d}-{month_of(m):02d}"


def replace_filter(filters: Iterable[ColumnFilter], new: ColumnFilter) -> tuple[ColumnFilter, ...]:
    """``filters`` with ``new`` in place of any filter of its column."""
    return (*drop_filter(filters, new.column), new)


def drop_filter(filters: Iterable[ColumnFilter], column: str) -> tuple[ColumnFilter, ...]:
    return tuple(f for f in filters if f.column != column)


def filter_of(filters: Iterable[ColumnFilter], column: str) -> ColumnFilter | None:
    return next((f for f in filters if f.column == column), None)


def filters_mask(
    obs: pd.DataFrame, filters: Iterable[ColumnFilter], columns: TextColumns | None = None
) -> np.ndarray:
    """Rows every filter keeps."""
    mask = np.ones(len(obs), dtype=bool)
    for f in filters:
        mask &= f.mask(obs, columns)
    return mask


def coded_column(obs: pd.DataFrame, column: str, columns: TextColumns | None) -> CodedText:
    """A filterable column as codes: a dimension of ``obs``, or "source" (the source
    labels of :func:`search_columns`, which the caller passes in ``columns``)."""
    if column in obs.columns:
        col = obs[column]
        if isinstance(col.dtype, pd.CategoricalDtype):  # read now, not kept: no copy
            return CodedText(category_codes(col), np.asarray(col.cat.categories, dtype=object))
        return CodedText.of(col)
    extra = (columns or {}).get(column)
    if extra is None:
        raise ValueError(f"filtering by {column} needs its labels (search_columns)")
    return extra if isinstance(extra, CodedText) else CodedText.of(extra)


def distinct_values(
    obs: pd.DataFrame, column: str, mask: np.ndarray | None, columns: TextColumns | None = None
) -> list[tuple[str, int]]:
    """(value, rows) of ``column`` among the rows of ``mask``, sorted by value; one
    ``bincount`` over the codes, labels that repeat (two sources of one label) merged."""
    coded = coded_column(obs, column, columns)
    codes = coded.codes if mask is None else coded.codes[mask]
    counts = np.bincount(codes + 1, minlength=len(coded.labels) + 1)
    merged: dict[str, int] = {}
    if counts[0]:
        merged[""] = int(counts[0])
    for label, n in zip(coded.labels, counts[1:], strict=True):
        if n:
            merged[str(label)] = merged.get(str(label), 0) + int(n)
    return sorted(merged.items())


def search_columns(
    obs: pd.DataFrame, sources: pd.DataFrame, names: Mapping[str, str]
) -> dict[str, CodedText]:
    """What the text search looks in besides the dimensions, coded once per change of the
    store: source labels, the sources' titles, speakers, origins and quotes, indicator
    names, notes. Per source and per distinct note, never per row."""
    # a position into the sources per row, int32 (4 bytes a row, not 8: it stays in memory)
    at = (
        pd.Index(sources["source_id"].to_numpy())
        .get_indexer(obs["source_id"].to_numpy())
        .astype(np.int32)
    )
    words = (
        sources["title"]
        + " "
        + sources["speaker"]
        + " "
        + sources["origin"]
        + " "
        + sources["quote"]
    )
    ind = obs["indicator"]
    cats = np.asarray(ind.cat.categories, dtype=object)
    return {
        "source": CodedText(at, source_labels(sources).to_numpy(dtype=object)),
        "source_text": CodedText(at, words.to_numpy(dtype=object)),
        "indicator_name": CodedText(
            ind.cat.codes.to_numpy(),
            np.asarray([f"{c} {names.get(c, '')}" for c in cats], dtype=object),
        ),
        "note": CodedText.of(obs["note"]),
    }


def text_mask(obs: pd.DataFrame, text: str, extra_columns: TextColumns | None = None) -> np.ndarray:
    """Rows that match every term of ``text`` (case-insensitive): a word in a dimension or
    in ``extra_columns``; a number also by the value shown (:mod:`app.domain.value_search`).
    """
    mask = np.ones(len(obs), dtype=bool)
    coded = [CodedText.of(obs[c]) for c in TEXT_DIMENSIONS]
    coded += [
        c if isinstance(c, CodedText) else CodedText.of(c) for c in (extra_columns or {}).values()
    ]
    for term in query_terms(text):
        pattern = re.compile(re.escape(term.text), re.IGNORECASE)
        hit = np.zeros(len(obs), dtype=bool)
        for col in coded:
            rows = col.matching(pattern)
            if rows is not None:
                hit |= rows
        if term.number is not None:
            hit |= term.number.mask(obs)
        mask &= hit
    return mask
