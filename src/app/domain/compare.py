"""Several series side by side: the comparison chart as plain data.

A series is an indicator stated by a reporter about a partner (and a subject) in one
*window kind*: calendar years, Jan–Oct windows, months, quarters, points in time. A line
never mixes kinds (a line of years is not joined to a Jan–Oct figure); by default a series
takes the kind with most figures, as the single chart's window box does. Each period's
figure is the one the analytics use (:func:`choose_figures`: preferred, else most recently
published) and keeps its status, obs id and source.

The figures are chosen once (:func:`compare_figures`, here); a mode switch only transforms
them (:func:`~app.domain.compare_lines.lines_of`: levels, index, growth, share). The names
of :mod:`app.domain.compare_lines` are importable from here too.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from importlib import import_module
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from app.domain.analytics.choice import choose_figures
from app.domain.analytics.column_texts import as_objects
from app.domain.analytics.intervals import bound_kind, growth_bounds, level_bounds
from app.domain.countries import country_name
from app.domain.model import FORWARD_STATUSES, Status
from app.domain.selection import indicator_mask
from app.domain.series import window_label

#: A window kind: (first month 1..12, months); first month 0 = every calendar-aligned
#: period of that length (months, quarters, halves); (0, 0) = points in time.
WindowKey = tuple[int, int]
YEARS: WindowKey = (1, 12)
KEY_COLUMNS = ("indicator", "reporter", "partner", "subject")
#: one chart holds at most this many units (left and right axis); more go to small multiples
MAX_AXES = 2
_REGULAR = {1: "monthly", 3: "quarterly", 6: "half-yearly"}
_FORWARD = [str(s) for s in FORWARD_STATUSES]


class CompareMode(StrEnum):
    LEVELS = "levels"
    INDEX = "index"
    GROWTH = "growth"
    SHARE = "share"


MODE_WORDS = {
    CompareMode.LEVELS: "Levels",
    CompareMode.INDEX: "Index (base period = 100)",
    CompareMode.GROWTH: "Growth on a year earlier (%)",
    CompareMode.SHARE: "Share of a total (%)",
}


def window_words(window: WindowKey) -> str:
    """ "calendar years", "Jan–Oct", "monthly", "as of dates"."""
    first, months = window
    if window == (0, 0):
        return "as of dates"
    if first == 0:
        return _REGULAR.get(months, f"{months}-month periods")
    return "calendar years" if window == YEARS else window_label(first, months)


@dataclass(frozen=True)
class CompareSeries:
    """One line: ``window`` None takes the window kind with most figures."""

    indicator: str
    reporter: str
    partner: str
    subject: str = ""
    window: WindowKey | None = None

    def label(self, names: Mapping[str, str] | None = None, indicator: bool = True) -> str:
        """ "Trade turnover · Azerbaijan–Turkey (Jan–Oct)": reporter first, then partner."""
        pair = "–".join(country_name(c) for c in (self.reporter, self.partner) if c)
        parts = [(names or {}).get(self.indicator, self.indicator)] if indicator else []
        text = " · ".join(parts + [p for p in (pair, self.subject) if p]) or self.indicator
        return f"{text} ({window_words(self.window)})" if self.window else text

    def to_dict(self) -> dict[str, Any]:
        keys = (self.indicator, self.reporter, self.partner, self.subject)
        return {
            **dict(zip(KEY_COLUMNS, keys, strict=True)),
            "window": self.window and [*self.window],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> CompareSeries:
        if not d.get("indicator"):
            raise ValueError(f"a compared series names its indicator: {dict(d)!r}")
        w = d.get("window")
        window = (int(w[0]), int(w[1])) if w else None
        indicator, reporter, partner, subject = (str(d.get(k, "")) for k in KEY_COLUMNS)
        return cls(indicator, reporter, partner, subject, window)


@dataclass(frozen=True)
class CompareSpec:
    """What a comparison shows; saved views store :meth:`to_dict`."""

    series: tuple[CompareSeries, ...] = ()
    mode: CompareMode = CompareMode.LEVELS
    #: INDEX: the month whose figure is 100 (None: the first month most series cover)
    base_period: int | None = None
    #: SHARE: the total (None: the sum of the shown series)
    total: CompareSeries | None = None
    small_multiples: bool = False

    def all_series(self) -> tuple[CompareSeries, ...]:
        """The shown series, then the total when one is chosen."""
        return self.series + ((self.total,) if self.total is not None else ())

    def to_dict(self) -> dict[str, Any]:
        return {
            "series": [s.to_dict() for s in self.series],
            "mode": str(self.mode),
            "base_period": self.base_period,
            "total": self.total.to_dict() if self.total else None,
            "small_multiples": self.small_multiples,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> CompareSpec:
        """Raises ValueError for an unknown mode or a malformed series."""
        try:
            total, base = d.get("total"), d.get("base_period")
            return cls(
                tuple(CompareSeries.from_dict(s) for s in d.get("series", ())),
                CompareMode(str(d.get("mode", CompareMode.LEVELS))),
                int(base) if base is not None else None,
                CompareSeries.from_dict(total) if total else None,
                bool(d.get("small_multiples", False)),
            )
        except (TypeError, IndexError, AttributeError, ValueError) as exc:
            raise ValueError(f"not a comparison: {exc}") from exc


# --- figures: chosen once for every mode ------------------------------------------------

#: columns of figures: name -> array, one entry per figure
Columns = dict[str, np.ndarray]


@dataclass(frozen=True, eq=False)
class SeriesFigures:
    """The chosen figures of each series as arrays, line after line: first those of the
    series' window kind and unit (by period), then its other figures (a total's share is
    looked up in all of them)."""

    series: tuple[CompareSeries, ...]
    columns: Columns
    #: where each line starts in ``columns`` (one more entry: the end)
    offsets: np.ndarray
    #: figures of each line in its window kind and unit
    inside: np.ndarray
    windows: tuple[WindowKey | None, ...]
    units: tuple[str, ...]
    #: figures of the window left out because their unit is not the series' unit
    other_units: tuple[int, ...]

    def part(self, line: int, all_windows: bool = False) -> Columns:
        lo = int(self.offsets[line])
        hi = int(self.offsets[line + 1]) if all_windows else lo + int(self.inside[line])
        return {c: a[lo:hi] for c, a in self.columns.items()}


def _column_codes(col: pd.Series, wanted: list[str]) -> tuple[np.ndarray, np.ndarray, int]:
    """Integer codes of a text column, the codes of ``wanted`` (-1 if absent), and how many
    codes there are (a categorical's own codes: no per-row strings)."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        cats = pd.Index([str(c) for c in col.cat.categories])
        codes = col.cat.codes.to_numpy().astype(np.int64)
        return codes, np.asarray(cats.get_indexer(pd.Index(wanted))), len(cats)
    codes, uniques = pd.factorize(as_objects(col))
    found = pd.Index(uniques).get_indexer(pd.Index(wanted))
    return codes.astype(np.int64), np.asarray(found), len(uniques)


def _series_keys(obs: pd.DataFrame, series: Sequence[CompareSeries]) -> tuple[np.ndarray, ...]:
    """One integer per observation and per series (-1: nothing stored), equal where the
    indicator, reporter, partner and subject are."""
    row_key = np.zeros(len(obs), dtype=np.int64)
    want = np.zeros(len(series), dtype=np.int64)
    missing = np.zeros(len(series), dtype=bool)
    for name in KEY_COLUMNS:
        codes, wanted, n = _column_codes(obs[name], [getattr(s, name) for s in series])
        row_key = row_key * (n + 1) + codes + 1
        want = want * (n + 1) + wanted + 1
        missing |= wanted < 0
    return row_key, np.where(missing, -1, want)


def _window_codes(figures: pd.DataFrame) -> np.ndarray:
    """first month * 1000 + months per figure (first 0: aligned months, quarters and
    halves; 0: a point in time)."""
    months = figures["window_len"].to_numpy(dtype=np.int64) + 1
    first = figures["window_month"].to_numpy(dtype=np.int64)
    regular = np.isin(months, (1, 3, 6)) & (first % months == 0)
    codes = np.where(regular, months, (first + 1) * 1000 + months)
    return np.where(figures["period_point"].to_numpy(dtype=bool), 0, codes)


def _most_figures(codes: np.ndarray) -> int:
    """The window code with most figures (ties: calendar years, then the longer window)."""
    values, counts = np.unique(codes, return_counts=True)
    return int(max(zip(counts, values == 1012, values, strict=True))[2])


def _most_common(texts: np.ndarray) -> str:
    if not len(texts) or (texts == texts[0]).all():
        return str(texts[0]) if len(texts) else ""
    values, counts = np.unique(texts.astype(str), return_counts=True)
    return str(values[int(np.argmax(counts))])


def compare_figures(
    observations: pd.DataFrame, sources: pd.DataFrame | None, series: Sequence[CompareSeries]
) -> SeriesFigures:
    """The figures of every series at once: one selection on category codes, one
    :func:`choose_figures`, one year-earlier lookup; then per series only array slices."""
    row_key, want = _series_keys(observations, series)
    hit = np.isin(row_key, want[want >= 0])
    rows = observations[hit].reset_index(drop=True)
    figures = choose_figures(rows, sources)
    pos = figures.index.to_numpy()
    cols: Columns = {
        "key": row_key[hit][pos],
        "code": _window_codes(figures),
        **{c: figures[f"period_{c}"].to_numpy() for c in ("start", "end", "point")},
        "value": figures["value"].to_numpy(dtype=float),
        **{c: figures[c].to_numpy(dtype=object) for c in ("unit", "qualifier", "reporter")},
        "status": (status := as_objects(rows["status"])[pos]),
        "forward": np.isin(status, _FORWARD),
        "derived": status == str(Status.DERIVED),
        "obs_id": figures["obs_id"].to_numpy(dtype=np.int64),
        "source_id": figures["source_id"].to_numpy(dtype=np.int64),
    }
    return _per_series(_year_earlier(cols), series, want)


def _year_earlier(cols: Columns) -> Columns:
    """Each figure's change on the same window a year earlier, by the rule of
    :func:`app.domain.analytics.growth.yoy_for` (same series and window kind, both levels
    above zero; tested equal to it), looked up on integer keys: no second choice of figures."""
    series = pd.factorize(cols["key"] * 100_000 + cols["code"])[0].astype(np.int64)
    start, end = cols["start"].astype(np.int64), cols["end"].astype(np.int64)
    keys = (series * 100_000 + start) * 100_000 + end
    prev = pd.Index(keys).get_indexer(keys - 12 * 100_001)
    found = prev >= 0
    at = np.where(found, prev, 0)
    value = cols["value"]
    prev_value = np.where(found, value[at] if len(value) else 0.0, np.nan)
    valid = found & (value > 0) & (prev_value > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        yoy = np.where(valid, (value / prev_value - 1) * 100, np.nan)
    prev = {f"prev_{c}": cols[c][at] for c in ("start", "end", "qualifier", "source_id")}
    lo, hi = growth_bounds(
        *level_bounds(value, cols["qualifier"]), *level_bounds(prev_value, prev["prev_qualifier"])
    )
    bound = np.where(valid, bound_kind(lo, hi), "")
    return cols | prev | {"prev_value": prev_value, "yoy": yoy, "yoy_bound": bound}


def _per_series(cols: Columns, series: Sequence[CompareSeries], want: np.ndarray) -> SeriesFigures:
    order = np.lexsort((cols["end"], cols["start"]))
    key, code, unit_of = (cols[c][order] for c in ("key", "code", "unit"))
    parts, inside, windows, units, other = [], [], [], [], []
    for i, s in enumerate(series):
        idx = np.flatnonzero(key == want[i]) if want[i] >= 0 else np.zeros(0, dtype=np.int64)
        wcode = s.window[0] * 1000 + s.window[1] if s.window else None
        if wcode is None and len(idx):
            wcode = _most_figures(code[idx])
        in_window = code[idx] == wcode
        unit = _most_common(unit_of[idx][in_window])
        keep = in_window & (unit_of[idx] == unit)
        other.append(int(in_window.sum() - keep.sum()))
        parts += [idx[keep], idx[~keep]]
        inside.append(int(keep.sum()))
        windows.append(None if wcode is None else (wcode // 1000, wcode % 1000))
        units.append(unit)
    at = order[np.concatenate([np.zeros(0, dtype=np.int64), *parts])]
    sizes = [len(a) + len(b) for a, b in zip(parts[::2], parts[1::2], strict=True)]
    offsets = np.concatenate([[0], np.cumsum(sizes, dtype=np.int64)]).astype(np.int64)
    return SeriesFigures(
        tuple(series),
        {c: a[at] for c, a in cols.items()},
        offsets,
        np.asarray(inside, dtype=np.int64),
        tuple(windows),
        tuple(units),
        tuple(other),
    )


# --- lines in a mode ------------------------------------------------------------------


def available_series(observations: pd.DataFrame) -> pd.DataFrame:
    """Every stored (indicator, reporter, partner, subject) with its number of figures."""
    cols = list(KEY_COLUMNS)
    counts = observations.groupby(cols, observed=True, sort=True).size()
    out = counts[counts > 0].reset_index(name="figures")
    return out.astype({c: str for c in cols})


def stored_series(
    observations: pd.DataFrame, candidates: Sequence[CompareSeries]
) -> list[CompareSeries]:
    """The ``candidates`` that have at least one stored figure (a look at category codes)."""
    row_key, want = _series_keys(observations, candidates)
    found = np.isin(want, row_key) & (want >= 0)
    return [c for c, ok in zip(candidates, found.tolist(), strict=True) if ok]


def series_for(
    observations: pd.DataFrame,
    indicator: str,
    pair: tuple[str, str],
    skip: Collection[CompareSeries] = (),
) -> CompareSeries | None:
    """The series of ``indicator`` for ``pair`` with most figures: either direction, else
    one side's own figures (partner ''), leaving out those in ``skip`` (already compared:
    a second drop of trade adds the mirror statistics); None when nothing is left."""
    rows = observations[indicator_mask(observations, {indicator})]
    rep, par = as_objects(rows["reporter"]), as_objects(rows["partner"])
    sub = as_objects(rows["subject"])
    a, b = pair
    best: tuple[int, CompareSeries] | None = None
    for reporter, partner in ((a, b), (b, a), (a, ""), (b, "")):
        subjects = sub[(rep == reporter) & (par == partner)]
        for subject in ["", *sorted(set(subjects.tolist()) - {""})]:
            found = CompareSeries(indicator, reporter, partner, subject)
            count = int((subjects == subject).sum())
            if count and found not in skip and (best is None or count > best[0]):
                best = (count, found)
    return best[1] if best else None


# --- the lines, importable from here ----------------------------------------------------
# app.domain.compare_lines imports this module, so its names are looked up when first asked
# for (and then kept): the imports point one way, and either module may be imported first.

_LINES: tuple[str, ...] = ("CompareLine", "lines_of", "compare_lines", "window_period_words")
_LINES += ("default_base", "base_choices", "axis_title", "axis_units")  # the panel's choices

if TYPE_CHECKING:
    from app.domain.compare_lines import CompareLine as CompareLine
    from app.domain.compare_lines import axis_title as axis_title
    from app.domain.compare_lines import axis_units as axis_units
    from app.domain.compare_lines import base_choices as base_choices
    from app.domain.compare_lines import compare_lines as compare_lines
    from app.domain.compare_lines import default_base as default_base
    from app.domain.compare_lines import lines_of as lines_of
    from app.domain.compare_lines import window_period_words as window_period_words
else:

    def __getattr__(name: str) -> Any:
        if name not in _LINES:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = globals()[name] = getattr(import_module("app.domain.compare_lines"), name)
        return value
