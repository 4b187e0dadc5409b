"""Records: is the latest figure of a series the highest stored, since when, and the streak.

A series is one window (calendar year, Jan–Oct, Q1, ...) of one indicator and reporter
(or of either side of the pair, when asked). Bounds count as bounds: a year reported as
"more than $3 bn" beats an earlier $2.9 bn for sure, but a later $3.05 bn may or may not
beat it, so its record status is ``uncertain``.

The streak counts consecutive calendar years, ending at the latest, each of which beat
every earlier stored year for sure. The first stored year has nothing to beat and does not
count; a year missing from the store breaks the streak (and the reason says so).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise, starmap
from typing import NamedTuple, TypeVar

import numpy as np
import pandas as pd

from app.domain.analytics.bulk import collector_paused
from app.domain.analytics.choice import chosen_rows
from app.domain.analytics.column_texts import str_column, text_codes
from app.domain.analytics.figures import pack
from app.domain.analytics.intervals import coded_level_bounds, level_bounds
from app.domain.analytics.passes import frame_column
from app.domain.periods import period_label
from app.domain.selection import category_codes

RECORD, NOT_RECORD, UNCERTAIN, FIRST = "record", "not_record", "uncertain", "first"

T = TypeVar("T")


def record_history(series: pd.DataFrame) -> pd.DataFrame:
    """Year-by-year record status of one series (rows of one window, one per year).

    Columns: year, value, lo, hi, status (first/record/not_record/uncertain) and
    ``record_level`` — the highest level known for sure up to that year (never decreases).
    """
    s = series.sort_values("year")
    lo, hi = level_bounds(s["value"].to_numpy(), s["qualifier"].to_numpy())
    status, level = _statuses(lo, hi, np.zeros(len(s), dtype=np.int64))
    return pd.DataFrame(
        {
            "year": s["year"].to_numpy(),
            "value": s["value"].to_numpy(),
            "lo": lo,
            "hi": hi,
            "status": status,
            "record_level": level,
            "obs_id": s["obs_id"].to_numpy(),
            "source_id": s["source_id"].to_numpy(),
        }
    )


def record_flags(figures: pd.DataFrame, by: list[str]) -> pd.Series:
    """Record status of every row of many series at once (``by`` names a series; rows are
    one window, one per year), indexed like ``figures``: thousands of series in one pass."""
    if figures.empty:
        return pd.Series([], dtype=object, index=figures.index)
    coded = _series_codes(figures, by)
    if coded is not None:
        # on numbers: one int64 per row (series, year, row), one sort, statuses along it
        group, order = coded
        codes, words = text_codes(figures["qualifier"])
        lo, hi = coded_level_bounds(figures["value"].to_numpy()[order], codes[order], words)
        status, _level = _status_codes(lo, hi, group[order])
        out = np.empty(len(order), dtype=np.int8)
        out[order] = status
        # the str column pandas makes of the status texts, built from their codes
        return pd.Series(str_column(out, STATUSES), index=figures.index)
    s = figures.sort_values([*by, "year"], kind="stable")
    group = s.groupby(by, sort=False, observed=True).ngroup().to_numpy()
    lo, hi = level_bounds(s["value"].to_numpy(), s["qualifier"].to_numpy())
    status, _level = _statuses(lo, hi, group)
    return pd.Series(status, index=s.index).reindex(figures.index)


@dataclass(frozen=True)
class RecordMarks:
    """What a chart marks, as positions in the observations frame: the figures the
    analytics use, and the record status of those that are ranges (a point-in-time stock
    has no window that recurs)."""

    #: every figure used, one per figure key (:func:`figures.choose_figures`), key order
    used: np.ndarray
    #: the used figures that are ranges, by series (WINDOW_COLUMNS) and year
    ranges: np.ndarray
    #: per ``ranges`` row, its status as a position in STATUSES
    status: np.ndarray

    def records(self) -> np.ndarray:
        """Positions of the figures that set a record in their series."""
        out: np.ndarray = self.ranges[self.status == STATUSES.index(RECORD)]
        return out


def record_marks(observations: pd.DataFrame, sources: pd.DataFrame | None = None) -> RecordMarks:
    """:func:`record_flags` of the ranges among ``choose_figures(observations, sources)``
    by series (indicator, reporter, partner, subject, window), without the frame of texts:
    the chosen keys come sorted by series and year (:func:`figures.chosen_rows`), so the
    statuses run along them with no sort and no text column (issue 21: the chart's marks
    over a whole workspace)."""
    ch, _, _ = chosen_rows(observations, sources)
    at = np.flatnonzero(~ch.coded.point[ch.choice.rows])
    rows = ch.rows[at]
    frame = ch.coded.frame
    codes, words = text_codes(frame_column(frame, "qualifier"))
    value = frame_column(frame, "value").to_numpy(dtype="float64")[rows]
    lo, hi = coded_level_bounds(value, codes[rows], words)
    status, _level = _status_codes(lo, hi, ch.keys[at] // ch.span)
    return RecordMarks(ch.rows, rows, status)


def _series_codes(figures: pd.DataFrame, by: list[str]) -> tuple[np.ndarray, np.ndarray] | None:
    """(series number per row, the rows' order by series, year and row): the sort of
    :func:`record_flags` on codes; None where that sort would not be this one (missing
    keys, a repeated index, a year that is not an integer)."""
    year = figures["year"].to_numpy()
    if not figures.index.is_unique or year.dtype.kind not in "iu":
        return None
    parts = []
    for column in by:
        col = figures[column]
        if col.dtype.kind in "iub":
            parts.append(col.to_numpy())
            continue
        if isinstance(col.dtype, pd.CategoricalDtype):
            codes = category_codes(col)
        else:
            codes = pd.factorize(col.to_numpy(), use_na_sentinel=True)[0]
        if len(codes) and codes.min() < 0:  # a missing key: groupby leaves the row out
            return None
        parts.append(codes)
    group = pack(parts) if parts else np.zeros(len(figures), dtype=np.int64)
    # (series, year, row) as one distinct int64: an unstable sort of it is stable
    first = int(year.min())
    span = int(year.max()) - first + 1
    n = len(year)
    if (int(group.max()) + 1) * span * n >= 2**62:
        return group, np.lexsort((year, group))
    order: np.ndarray = np.argsort((group * span + (year - first)) * n + np.arange(n))
    return group, order


def _previous(running: np.ndarray, first: np.ndarray) -> np.ndarray:
    """The running value up to the year before, per series (-inf before a series' first)."""
    out = np.empty(len(running), dtype=np.float64)
    out[1:] = running[:-1]
    out[first] = -np.inf
    return out


#: the statuses by code (see :func:`_status_codes`)
STATUSES = (FIRST, RECORD, NOT_RECORD, UNCERTAIN)
_STATUS_WORDS = np.asarray(STATUSES, dtype=object)


def _statuses(lo: np.ndarray, hi: np.ndarray, group: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Status and record level along rows sorted by (series, year); ``group`` numbers the
    series. A year is a record when its lowest possible level beats every earlier year's
    highest; not a record when its highest cannot beat an earlier lowest."""
    codes, level = _status_codes(lo, hi, group)
    return _STATUS_WORDS[codes], level


def _status_codes(
    lo: np.ndarray, hi: np.ndarray, group: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_statuses` as positions in STATUSES."""
    first = np.ones(len(group), dtype=bool)
    first[1:] = group[1:] != group[:-1]
    if np.array_equal(lo, hi):  # no bounds among the levels (the usual case): one maximum
        level = pd.Series(lo).groupby(group, sort=False).cummax().to_numpy()
        prev_lo = prev_hi = _previous(level, first)
    else:  # both running maxima in one group-by pass
        running = pd.DataFrame({"lo": lo, "hi": hi}).groupby(group, sort=False).cummax()
        level = running["lo"].to_numpy()
        prev_lo = _previous(level, first)
        prev_hi = _previous(running["hi"].to_numpy(), first)
    codes = np.where(lo > prev_hi, 1, np.where(hi <= prev_lo, 2, 3)).astype(np.int8)
    codes[first] = 0
    return codes, level


class RecordStatus(NamedTuple):
    """Where the latest figure of a series stands against its stored history.

    A named tuple, not a dataclass: :func:`record_statuses` makes one per series of the
    workspace (40,000 at 1M observations), and a frozen dataclass costs about three times
    as much to build (a guarded ``__setattr__`` per field)."""

    indicator: str
    reporter: str
    partner: str
    subject: str
    window: str  # "year", "Jan–Oct", "Q1", ...
    latest_period: str
    latest_value: float
    latest_obs_id: int
    status: str  # first / record / not_record / uncertain
    years_stored: int
    first_year: int
    highest_since: int | None  # latest is the highest since this year (inclusive)
    previous_best: float | None
    previous_best_year: int | None
    streak: int
    streak_years: tuple[int, ...]
    streak_end_reason: str
    reporters: tuple[str, ...] = ()  # whose figures make up the series
    source_ids: tuple[int, ...] = ()

    def explanation(self) -> str:
        """One sentence that says why the status is what it is."""
        what = self.latest_period
        if len(self.reporters) == 1 and self.reporters[0]:
            what += f" ({self.reporters[0]})"
        if self.status == FIRST:
            return f"{what} is the first stored figure of its series ({self.window})."
        # like for like: a Jan–Oct figure is ranked among Jan–Oct figures, never full years
        kind = "year" if self.window == "year" else f"{self.window} figure"
        if self.status == RECORD:
            head = (
                f"{what} is the highest of {self.years_stored} stored {kind}s "
                f"(since {self.first_year}); previous best {self.previous_best_year}"
            )
        elif self.status == NOT_RECORD:
            head = f"{what} is below the best stored {kind}, that of {self.previous_best_year}"
        else:
            head = (
                f"{what} may or may not beat the {kind} of {self.previous_best_year}: "
                "one of them is a bound"
            )
        mixed = f"; figures from {' and '.join(self.reporters)}" if len(self.reporters) > 1 else ""
        return f"{head}; record streak {self.streak} ({self.streak_end_reason}){mixed}."


def _window_name(window_month: int, window_len: int) -> str:
    if window_month == 0 and window_len == 11:
        return "year"
    label = period_label(2000 * 12 + window_month, 2000 * 12 + window_month + window_len)
    return label.removesuffix(" 2000").replace(" 2000", "")


def _streak(hist: pd.DataFrame) -> tuple[tuple[int, ...], str]:
    years: list[int] = []
    expected = int(hist["year"].iloc[-1])
    for year, status in zip(hist["year"][::-1], hist["status"][::-1], strict=True):
        if int(year) != expected:
            return tuple(reversed(years)), _stop_reason(1, expected)
        if status != RECORD:
            return tuple(reversed(years)), _stop_reason(2 + STATUSES.index(str(status)), year)
        years.append(int(year))
        expected -= 1
    return tuple(reversed(years)), _stop_reason(0, expected)


def series_record_status(series: pd.DataFrame) -> RecordStatus:
    """RecordStatus of one series (chosen figures of one window key, any years)."""
    hist = record_history(series)
    last = hist.iloc[-1]
    earlier = hist.iloc[:-1]
    best_pos = int(np.argmax(earlier["lo"].to_numpy())) if len(earlier) else -1
    higher = earlier[earlier["lo"] >= last["hi"]] if len(earlier) else earlier
    since = int(higher["year"].max()) + 1 if len(higher) else int(hist["year"].iloc[0])
    streak, reason = _streak(hist)
    row = series.sort_values("year").iloc[-1]
    return RecordStatus(
        indicator=str(row["indicator"]),
        reporter=str(row["side_a"]),
        partner=str(row["side_b"]),
        subject=str(row["subject"]),
        window=_window_name(int(row["window_month"]), int(row["window_len"])),
        latest_period=period_label(
            int(row["period_start"]), int(row["period_end"]), bool(row["period_point"])
        ),
        latest_value=float(last["value"]),
        latest_obs_id=int(last["obs_id"]),
        status=str(last["status"]),
        years_stored=len(hist),
        first_year=int(hist["year"].iloc[0]),
        highest_since=since,
        previous_best=float(earlier["value"].iloc[best_pos]) if best_pos >= 0 else None,
        previous_best_year=int(earlier["year"].iloc[best_pos]) if best_pos >= 0 else None,
        streak=len(streak),
        streak_years=streak,
        streak_end_reason=reason,
        reporters=tuple(sorted({str(r) for r in series["reporter"]})),
        source_ids=tuple(sorted({int(x) for x in hist["source_id"]})),
    )


@collector_paused()
def record_statuses(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None = None,
    same_reporter: bool = True,
    windows: str = "all",
) -> list[RecordStatus]:
    """RecordStatus of every series; ``windows="year"`` keeps calendar years only.

    Point-in-time stocks and figures over more than a year (a CAGR 2019–2024) are left
    out: they are not windows that recur each year. Series come in the order of their
    key (WINDOW_COLUMNS).

    Every series at once (issue 21): the chosen figures come sorted by series and year
    (:func:`figures.chosen_rows`), the statuses, the best earlier year and the streak are
    group-wise array operations; Python only assembles each RecordStatus. The result is
    :func:`series_record_status` of each series.
    """
    ch, _, _ = chosen_rows(observations, sources, same_reporter)
    c = ch.coded
    pick = ch.choice.rows
    # the windows kept first, then every per-row array only at their rows
    span = c.end[pick] - c.start[pick]
    keep = ~c.point[pick] & (span <= 11)
    if windows == "year":
        keep &= (c.start[pick] % 12 == 0) & (span == 11)
    del span
    at = np.flatnonzero(keep)
    del keep
    if len(at) == 0:
        return []
    pick, rows = pick[at], ch.rows[at]
    start, end = c.start[pick], c.end[pick]  # months, int32 (int64 if they came wider)
    series = ch.keys[at] // ch.span
    n = len(at)
    fresh = np.ones(n, dtype=bool)
    fresh[1:] = series[1:] != series[:-1]
    first = np.flatnonzero(fresh)
    last = np.append(first[1:], n) - 1
    group = np.cumsum(fresh, dtype=np.int64 if n >= 2**31 else np.int32) - 1
    frame = ch.coded.frame
    value = frame_column(frame, "value").to_numpy(dtype="float64")[rows]
    q_codes, q_words = text_codes(frame_column(frame, "qualifier"))
    lo, hi = coded_level_bounds(value, q_codes[rows], q_words)
    code, _level = _status_codes(lo, hi, group)
    year = (start // 12).astype(np.int64)
    idx = np.arange(n, dtype=group.dtype)
    earlier = np.ones(n, dtype=bool)
    earlier[last] = False
    # highest since: the year after the latest earlier year at least as high as the latest
    higher = earlier & (lo >= hi[last][group])
    since = np.maximum.reduceat(np.where(higher, year, np.iinfo(np.int64).min), first)
    since = np.where(since == np.iinfo(np.int64).min, year[first], since + 1)
    # the previous best: the first earlier year of the highest lower bound
    lo_earlier = np.where(earlier, lo, -np.inf)
    top = np.maximum.reduceat(lo_earlier, first)
    best_at = np.flatnonzero(earlier & (lo_earlier == top[group]))
    best_group, best_first = np.unique(group[best_at], return_index=True)
    best = np.full(len(first), -1, dtype=np.int64)
    best[best_group] = best_at[best_first]
    # the streak: from the latest back, consecutive years that were records
    step = year - idx
    broken = (step != step[last][group]) | (code != 1)
    stop = np.maximum.reduceat(np.where(broken, idx, -1), first)
    sources_of = _distinct_per_group(
        group, frame_column(frame, "source_id").to_numpy()[rows], len(first)
    )
    sides = ch.vocab.sides
    if same_reporter:  # the reporter is side_a: one tuple per distinct reporter
        alone = [(str(r),) for r in sides]
        reporters_of = [alone[r] for r in c.side_a[pick[last]].tolist()]
    else:
        reporters_of = [
            tuple(sides[list(r)].tolist())
            for r in _distinct_per_group(group, c.reporter[pick], len(first))
        ]
    # the streak runs over consecutive years up to the latest: (latest year, length) say
    # which; where it stops: history starts (0), a year not stored (1), or that year's
    # status (2 + its code); texts made once per distinct value
    stopped = stop >= first
    at_stop = np.where(stopped, stop, first)
    run = last - np.where(stopped, stop + 1, first) + 1
    expected = year[last] - (last - at_stop)
    gap = stopped & (year[at_stop] != expected)
    reason = np.where(stopped, np.where(gap, 1, 2 + code[at_stop].astype(np.int64)), 0)
    streaks = _once_each(year[last], run, lambda y, r: tuple(range(y - r + 1, y + 1)))
    reasons = _once_each(reason, np.where(gap, expected, year[at_stop]), _stop_reason)
    has_best = best >= 0
    best_at = np.where(has_best, best, 0)
    latest = pick[last]
    fields = zip(
        ch.vocab.indicator[c.indicator[latest]].tolist(),
        sides[c.side_a[latest]].tolist(),
        sides[c.side_b[latest]].tolist(),
        ch.vocab.subject[c.subject[latest]].tolist(),
        _once_each(start[last] % 12, end[last] - start[last], _window_name),
        _once_each(start[last], end[last], period_label),
        value[last].tolist(),
        frame_column(frame, "obs_id").to_numpy()[rows[last]].tolist(),
        _STATUS_WORDS[code[last]].tolist(),
        (last - first + 1).tolist(),
        year[first].tolist(),
        since.tolist(),
        _or_none(value[best_at], has_best),
        _or_none(year[best_at], has_best),
        run.tolist(),
        streaks,
        reasons,
        reporters_of,
        sources_of,
        strict=True,
    )
    return list(starmap(RecordStatus, fields))


def _or_none(values: np.ndarray, present: np.ndarray) -> list[object]:
    """``values`` as Python numbers, None where not ``present`` (converted in one pass)."""
    out = values.astype(object)
    out[~present] = None
    items: list[object] = out.tolist()
    return items


def _once_each(a: np.ndarray, b: np.ndarray, make: Callable[[int, int], T]) -> list[T]:
    """``make(a, b)`` of each row's pair of ints, called once per distinct pair."""
    low_a, low_b = (int(x.min()) if len(x) else 0 for x in (a, b))
    span = int(b.max()) - low_b + 1 if len(b) else 1
    codes, uniques = pd.factorize(
        (a.astype(np.int64) - low_a) * span + (b.astype(np.int64) - low_b)
    )
    made = [make(int(k) // span + low_a, int(k) % span + low_b) for k in uniques]
    return [made[i] for i in codes.tolist()]


def _stop_reason(kind: int, year: int) -> str:
    """Why a streak stops at ``year`` (see :func:`_streak`): ``kind`` 0 the history
    starts, 1 the year is not stored, 2 + the status code of the year."""
    if kind == 0:
        return "history starts"
    if kind == 1:
        return f"{year} not stored"
    return {
        FIRST: f"{year} is the first stored year",
        NOT_RECORD: f"{year} was not a record",
        UNCERTAIN: f"{year} may not have been a record",
    }[STATUSES[kind - 2]]


def _distinct_per_group(
    group: np.ndarray, values: np.ndarray, groups: int
) -> list[tuple[int, ...]]:
    """The sorted distinct ``values`` (ints) of each group number 0..groups-1."""
    low = int(values.min()) if len(values) else 0
    span = int(values.max()) - low + 1 if len(values) else 1
    if groups * span <= 4 * len(values) + 4096:
        # few (group, value) pairs possible: mark the present ones, read them in order
        present = np.zeros(groups * span, dtype=bool)
        present[group.astype(np.int64) * span + (values.astype(np.int64) - low)] = True
        both = np.flatnonzero(present)
        g, v = both // span, both % span + low
    elif groups * span < 2**62:
        both = np.sort(group.astype(np.int64) * span + (values.astype(np.int64) - low))
        if len(both):
            both = both[np.append(True, both[1:] != both[:-1])]
        g, v = both // span, both % span + low
    else:
        order = np.lexsort((values, group))
        g, v = group[order], values[order]
        new = np.ones(len(g), dtype=bool)
        new[1:] = (g[1:] != g[:-1]) | (v[1:] != v[:-1])
        g, v = g[new], v[new]
    cuts = np.searchsorted(g, np.arange(groups + 1)).tolist()
    flat = v.tolist()
    return [tuple(flat[a:b]) for a, b in pairwise(cuts)]
