"""Change on the same window a year earlier, compound growth, and shares of a total.

A figure is compared only with the *same window* one year earlier (Jan–Oct 2025 with
Jan–Oct 2024, Q1 with Q1, a year with a year), and by default only with a figure from the
same reporter. Jan–Oct is never compared with a full year: the lookup key is the window.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from app.domain.analytics.choice import (
    CHOICES,
    Chosen,
    choice_codes,
    choose_figures,
    chosen_rows,
    subset_rows,
)
from app.domain.analytics.column_texts import distinct, text_codes
from app.domain.analytics.figures import CodedRows, Part, assemble, is_year_window, part_values
from app.domain.analytics.intervals import (
    BOUND_KINDS,
    bound_kind_codes,
    coded_level_bounds,
    growth_bounds,
)
from app.domain.analytics.passes import frame_column
from app.domain.periods import period_label

YOY_COLUMNS = (
    "prev_obs_id",
    "prev_value",
    "prev_qualifier",
    "prev_source_id",
    "prev_reporter",
    "prev_period_start",
    "prev_period_end",
    "prev_period",
    "prev_choice",
    "prev_n_rows",
    "yoy_abs",
    "yoy_pct",
    "yoy_lo",
    "yoy_hi",
    "yoy_bound",
)


def yoy_for(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None = None,
    universe: pd.DataFrame | None = None,
    same_reporter: bool = True,
    years: int = 1,
    rounding: bool = False,
) -> pd.DataFrame:
    """Year-on-year change of every row, indexed like ``observations``.

    The earlier figure is looked up in ``universe`` (default: ``observations`` itself, so a
    view can pass only its visible rows plus the whole store). ``yoy_lo``/``yoy_hi`` are
    the change interval when a level is a bound; ``yoy_bound`` says how to read it
    (exact / at_least / at_most / unbounded). No match: NaN and ``prev_obs_id`` -1.
    With ``rounding`` the interval also covers the rounding of both printed levels (used
    by the claim check; the table shows the plain change).

    On numbers (issue 21): one int64 key per row (series codes, window, year), the figure
    per key chosen once (:func:`figures.chosen_rows`), each row's key a year earlier found
    by a binary search among the chosen keys.
    """
    if universe is None:
        ch, coded, keys = chosen_rows(observations, sources, same_reporter)
    else:
        ch, coded, keys = chosen_rows(universe, sources, same_reporter, [observations])
    rows, key = coded[-1], keys[-1]
    if universe is None and len(ch.coded) == len(rows):
        # the rows are the chosen ones' rows: search each distinct key once, in order
        pos = _earlier_of_chosen(ch, years)[ch.choice.slot]
    else:
        pos = _earlier(ch, key, years)
    return _yoy_frame(rows, ch, pos, rounding)


def yoy_of_ids(
    observations: pd.DataFrame,
    obs_ids: list[int] | np.ndarray,
    sources: pd.DataFrame | None = None,
    same_reporter: bool = True,
) -> pd.DataFrame:
    """:func:`yoy_for` of the rows of ``observations`` with these obs ids (the first row of
    an id stated twice), in the order of ``obs_ids``, each looked up among all the rows."""
    rows, parts = _yoy_parts_of_ids(observations, obs_ids, sources, same_reporter)
    return assemble(parts, rows.frame.index[rows.rows], len(rows))


def yoy_records_of_ids(
    observations: pd.DataFrame,
    obs_ids: list[int] | np.ndarray,
    sources: pd.DataFrame | None = None,
    same_reporter: bool = True,
) -> list[dict[str, object]]:
    """``plain.records(yoy_of_ids(...))``, made from the columns without the frame (a
    report reads its pair's 400 latest changes as rows)."""
    _rows, parts = _yoy_parts_of_ids(observations, obs_ids, sources, same_reporter)
    names = [name for name, _part in parts]
    values = zip(*[part_values(part).tolist() for _name, part in parts], strict=True)
    return [dict(zip(names, row, strict=True)) for row in values]


def _yoy_parts_of_ids(
    observations: pd.DataFrame,
    obs_ids: list[int] | np.ndarray,
    sources: pd.DataFrame | None,
    same_reporter: bool,
) -> tuple[CodedRows, list[Part]]:
    """(the coded rows of :func:`yoy_of_ids`, its columns)."""
    # the first row of each id, found by a search of the sorted ids (no index to hash)
    ids, first = np.unique(frame_column(observations, "obs_id").to_numpy(), return_index=True)
    want = np.asarray(obs_ids, dtype=np.int64)
    at = np.searchsorted(ids, want)
    if not (at < len(ids)).all() or (ids[at] != want).any():
        raise ValueError("an obs id of yoy_of_ids is not among the observations")
    # the rows are among the observations: their keys are those of the observations' own
    # choice (the one :func:`one_pass` shares with the figures and records of a report),
    # the rows finer than a month left out as yoy_for leaves them
    ch, (coded,), (keys,) = chosen_rows(observations, sources, same_reporter)
    among = np.full(len(observations), -1, dtype=np.int64)
    among[coded.rows] = np.arange(len(coded.rows))
    mine = among[first[at]]
    mine = mine[mine >= 0]
    rows = subset_rows(coded, mine)
    return rows, _yoy_parts(rows, ch, _earlier(ch, keys[mine], 1), False)


def _earlier(ch: Chosen, key: np.ndarray, years: int) -> np.ndarray:
    """Position among the chosen figures of each key's same window ``years`` earlier; -1
    if none."""
    if len(ch.keys) == 0 or len(key) == 0:
        return np.full(len(key), -1, dtype=np.int64)
    year = key % ch.span
    valid = (year - years >= 0) & (year - years < ch.span)
    want = key - years
    at = np.minimum(np.searchsorted(ch.keys, want), len(ch.keys) - 1)
    out: np.ndarray = np.where(valid & (ch.keys[at] == want), at, -1).astype(np.int64)
    return out


def _earlier_of_chosen(ch: Chosen, years: int) -> np.ndarray:
    """:func:`_earlier` of the chosen keys themselves: sorted and distinct, so the key
    ``years`` earlier, if stored, is at most ``years`` places before (no search)."""
    keys = ch.keys
    if years < 1 or len(keys) == 0:
        return _earlier(ch, keys, years)
    out = np.full(len(keys), -1, dtype=np.int64)
    valid = keys % ch.span >= years  # the year ``years`` earlier is in the key's range
    for back in range(1, min(years, len(keys) - 1) + 1):
        hit = valid[back:] & (keys[:-back] == keys[back:] - years)
        out[back:][hit] = np.flatnonzero(hit)
    return out


def _yoy_frame(rows: CodedRows, ch: Chosen, pos: np.ndarray, rounding: bool) -> pd.DataFrame:
    return assemble(_yoy_parts(rows, ch, pos, rounding), rows.frame.index[rows.rows], len(pos))


def _yoy_parts(rows: CodedRows, ch: Chosen, pos: np.ndarray, rounding: bool) -> list[Part]:
    """The columns of the change of each of ``rows`` on the chosen figure at ``pos``."""
    hit = pos >= 0
    at = np.clip(pos, 0, None)
    fig = ch.coded.frame
    used = ch.rows[at] if len(ch.rows) else np.zeros(len(pos), dtype=np.int64)

    def prev(column: str, fill: float) -> np.ndarray:
        """The chosen figure's ``column``; ``fill`` where there is none."""
        if len(ch.rows) == 0:
            return np.full(len(pos), fill)
        out: np.ndarray = np.where(hit, frame_column(fig, column).to_numpy()[used], fill)
        return out

    cur = rows.value()
    prev_value = prev("value", np.nan)
    q_codes, q_words = text_codes(frame_column(rows.frame, "qualifier"))
    cur_lo, cur_hi = coded_level_bounds(cur, q_codes[rows.rows], q_words, rounding)
    f_codes, f_words = text_codes(frame_column(fig, "qualifier"))
    prev_codes = np.where(hit, f_codes[used] if len(ch.rows) else -1, -1)
    prev_lo, prev_hi = coded_level_bounds(prev_value, prev_codes, f_words, rounding)
    g_lo, g_hi = growth_bounds(cur_lo, cur_hi, prev_lo, prev_hi)
    valid = hit & (cur > 0) & (prev_value > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        pct = np.where(valid, (cur / prev_value - 1.0) * 100.0, np.nan)
    g_lo = np.where(valid, g_lo, np.nan)
    g_hi = np.where(valid, g_hi, np.nan)
    starts = prev("period_start", -1).astype("int64")
    ends = prev("period_end", -1).astype("int64")
    kinds = np.where(valid, bound_kind_codes(g_lo, g_hi), -1)
    sizes = ch.choice.sizes[at] if len(ch.rows) else np.zeros(len(pos), dtype=np.int64)
    pref = ch.preferred[at] if len(ch.rows) else np.zeros(len(pos), dtype=bool)
    choice = np.where(hit, choice_codes(pref, sizes), -1)
    # '' is the first text of the sorted vocabulary
    rep_codes = ch.coded.reporter[ch.choice.rows[at]] if len(ch.rows) else 0
    label_codes, label_words = _labels(starts, ends, hit)
    return [
        ("prev_obs_id", prev("obs_id", -1).astype("int64")),
        ("prev_value", prev_value),
        ("prev_qualifier", (prev_codes, f_words)),
        ("prev_source_id", prev("source_id", -1).astype("int64")),
        ("prev_reporter", (np.where(hit, rep_codes, 0), ch.vocab.sides)),
        ("prev_period_start", starts),
        ("prev_period_end", ends),
        ("prev_period", (label_codes, label_words)),
        ("prev_choice", (choice, _CHOICES)),
        ("prev_n_rows", np.where(hit, sizes, 0).astype("int64")),
        ("yoy_abs", np.where(hit, cur - prev_value, np.nan)),
        ("yoy_pct", pct),
        ("yoy_lo", g_lo),
        ("yoy_hi", g_hi),
        ("yoy_bound", (kinds, _KINDS)),
    ]


#: prev_choice and yoy_bound by code; the last ('') where there is no change
_CHOICES = np.asarray([*CHOICES, ""], dtype=object)
_KINDS = np.asarray([*BOUND_KINDS, ""], dtype=object)


def _labels(starts: np.ndarray, ends: np.ndarray, hit: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Period labels as (codes, words), built once per distinct period (a view may have
    100k rows); code -1 (the last word, '') where there is no period."""
    at = np.flatnonzero(hit)
    out = np.full(len(starts), -1, dtype=np.int64)
    if len(at) == 0:
        return out, np.asarray([""], dtype=object)
    first, last = starts[at], ends[at]
    low, span = int(first.min()), int(last.max()) - int(first.min()) + 1
    # months of a workspace span a few hundred: the pairs count densely, not by hashing
    uniques, codes = distinct((first - low) * span + (last - low))
    words = np.asarray(
        [period_label(int(u) // span + low, int(u) % span + low) for u in uniques] + [""],
        dtype=object,
    )
    out[at] = codes
    return out, words


def cagr(first: float, last: float, years: float) -> float:
    """Compound annual growth rate in percent; NaN unless both levels are positive."""
    if years <= 0 or not (first > 0 and last > 0):
        return float("nan")
    return float(((last / first) ** (1.0 / years) - 1.0) * 100.0)


def cagr_series(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None,
    first_year: int,
    last_year: int,
    same_reporter: bool = True,
) -> pd.DataFrame:
    """CAGR between two calendar years for every annual series that has both years."""
    figures = choose_figures(observations, sources, same_reporter)
    annual = figures[is_year_window(figures)]
    key = ["indicator", "side_a", "side_b", "subject"]
    both = annual[annual["year"] == first_year].merge(
        annual[annual["year"] == last_year], on=key, suffixes=("_first", "_last")
    )
    n = last_year - first_year
    rates = [cagr(f, la, n) for f, la in zip(both["value_first"], both["value_last"], strict=True)]
    out = pd.DataFrame(
        {
            "first_year": first_year,
            "last_year": last_year,
            "first_value": both["value_first"],
            "last_value": both["value_last"],
            "cagr_pct": rates,
            "first_obs_id": both["obs_id_first"],
            "last_obs_id": both["obs_id_last"],
            "source_ids": [
                tuple(sorted({int(x), int(y)}))
                for x, y in zip(both["source_id_first"], both["source_id_last"], strict=True)
            ],
        }
    )
    return pd.concat(
        [both[key].rename(columns={"side_a": "reporter", "side_b": "partner"}), out], axis=1
    )


def share_of_total(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None,
    indicator: str,
    total_indicator: str | None = None,
    total_partner: str = "",
) -> pd.DataFrame:
    """Share (percent) of each bilateral figure of ``indicator`` in its reporter's total.

    The total is the figure of ``total_indicator`` (default: the same indicator) with
    partner ``total_partner`` ('' = the world), same reporter, subject and period. Rows
    whose total is not stored are left out: a share is never guessed.
    """
    figures = choose_figures(observations, sources, same_reporter=True)
    part = figures[(figures["indicator"] == indicator) & (figures["side_b"] != total_partner)]
    tot_code = total_indicator or indicator
    total = figures[(figures["indicator"] == tot_code) & (figures["side_b"] == total_partner)]
    key = ["side_a", "subject", "period_point", "period_start", "period_end"]
    merged = part.merge(total, on=key, suffixes=("", "_total"))
    share = merged["value"] / merged["value_total"] * 100.0
    return pd.DataFrame(
        {
            "indicator": indicator,
            "reporter": merged["side_a"],
            "partner": merged["side_b"],
            "period_start": merged["period_start"],
            "period_end": merged["period_end"],
            "value": merged["value"],
            "total": merged["value_total"],
            "share_pct": share,
            "obs_id": merged["obs_id"],
            "total_obs_id": merged["obs_id_total"],
            "source_ids": [
                tuple(sorted({int(x), int(y)}))
                for x, y in zip(merged["source_id"], merged["source_id_total"], strict=True)
            ],
        }
    )
