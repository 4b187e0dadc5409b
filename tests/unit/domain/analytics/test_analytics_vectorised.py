"""The analytics over all rows at once (figures, growth, records, conflicts, table) against
plain per-row/per-group references, on random workspaces full of ties, repeats, missing
values, bounds, points, blank partners and unsorted categories; and their edge cases."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from app.domain.analytics import (
    choose_figures,
    find_conflicts,
    record_flags,
    record_history,
    record_marks,
    record_statuses,
    series_record_status,
    yoy_for,
)
from app.domain.analytics.figures import WINDOW_COLUMNS, keyed
from app.domain.analytics.records import STATUSES
from app.domain.analytics.table import table_analytics
from app.domain.model import normalise_observations, normalise_sources

INDICATORS = ["trade_turnover", "imports_from_partner", "exports_to_partner", "tourism_CHN", "b"]
COUNTRIES = ["AZE", "CHN", "USA", "", "ARM"]
PUBLISHED = ["2020-01-01", "2020-01-01", "", "2021-05", "2019-12-31", "2022-01-01", "", "2021-05"]


def workspace(seed: int, n: int = 80) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Random figures, half of them stated again by another source (same or other value)."""
    rng = np.random.default_rng(seed)
    rows = []
    for _ in range(n):
        y0 = int(rng.integers(2016, 2026)) * 12
        kind = int(rng.integers(0, 6))
        m = int(rng.integers(0, 12))
        start, end, point = {
            0: (y0, y0 + 11, False),  # a year
            1: (y0, y0 + 9, False),  # Jan–Oct
            2: (y0 + m, y0 + m, True),  # a stock at a date
            3: (y0 + m, y0 + m, False),  # a month
            4: (y0 - 36, y0 + 11, False),  # several years
            5: (y0, y0 + 11, False),
        }[kind]
        rows.append(
            {
                "indicator": str(rng.choice(INDICATORS)),
                "reporter": str(rng.choice(COUNTRIES[:3] if rng.random() < 0.7 else COUNTRIES)),
                "partner": str(rng.choice(COUNTRIES[:3] if rng.random() < 0.7 else COUNTRIES)),
                "subject": "" if rng.random() < 0.8 else "s",
                "period_start": start,
                "period_end": end,
                "period_point": point,
                "period_detail": f"{y0 // 12}-{m + 1:02d}-15" if kind == 3 and m == 5 else "",
                "value": float(rng.choice([1.0, 2.0, 2.5, 0.0, -1.0, np.nan, 10.0, 7.25])),
                "unit": "USD",
                "qualifier": str(rng.choice(["exact"] * 4 + ["more_than", "up_to", "about"])),
                "source_id": int(rng.integers(1, 10)),  # 9 is no source of the table
                "preferred": bool(rng.random() < 0.1),
            }
        )
    df = pd.DataFrame(rows)
    again = df.sample(frac=0.5, random_state=seed).copy()
    again["source_id"] = rng.integers(1, 10, len(again))
    again["value"] = np.where(rng.random(len(again)) < 0.5, again["value"], again["value"] * 1.5)
    again["preferred"] = rng.random(len(again)) < 0.15
    df = pd.concat([df, again], ignore_index=True).sample(frac=1.0, random_state=seed)
    df["obs_id"] = rng.permutation(len(df)) * 3 + 1  # unique, not in row order
    obs = normalise_observations(df.reset_index(drop=True))
    if seed % 2:  # categories in no particular order, some unused
        for c in ("indicator", "reporter", "partner", "subject", "qualifier"):
            cats = list(dict.fromkeys([*obs[c].cat.categories, "zz", "AAA"]))
            rng.shuffle(cats)
            obs[c] = obs[c].cat.set_categories(cats)
    src = normalise_sources(pd.DataFrame({"source_id": range(1, 9), "published": PUBLISHED}))
    return obs, src


SEEDS = range(8)


def reference_choice(k: pd.DataFrame) -> pd.DataFrame:
    """The rule of figures, row by row: per key the preferred, else the latest published
    (text order, '' oldest), else the highest obs_id, else the first row; in that order."""
    best: dict[tuple[object, ...], int] = {}
    size: dict[tuple[object, ...], int] = {}
    rank = {
        i: (bool(r.preferred), str(r.published), int(r.obs_id), -n)
        for n, (i, r) in enumerate(k.iterrows())
    }
    for i, r in k.iterrows():
        key = tuple(r[c] for c in [*WINDOW_COLUMNS, "year"])
        size[key] = size.get(key, 0) + 1
        if key not in best or rank[i] > rank[best[key]]:
            best[key] = i
    chosen = sorted(best.values(), key=lambda i: rank[i], reverse=True)
    out = k.loc[chosen].copy()
    out["n_rows"] = [size[tuple(out.loc[i, [*WINDOW_COLUMNS, "year"]])] for i in chosen]
    return out


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("same_reporter", [True, False])
def test_choose_figures_follows_the_rule_row_by_row(seed: int, same_reporter: bool) -> None:
    obs, src = workspace(seed)
    k = keyed(obs, src, same_reporter)
    expected = reference_choice(k[np.isfinite(k["value"].to_numpy())])
    got = choose_figures(obs, src, same_reporter)
    pd.testing.assert_frame_equal(got.drop(columns="choice"), expected, check_exact=True)
    words = np.where(
        got["preferred"],
        "preferred",
        np.where(got["n_rows"] > 1, "most recently published", "only figure"),
    )
    assert got["choice"].tolist() == words.tolist()


def test_choice_ties_blank_dates_unknown_sources_and_repeated_ids() -> None:
    o = normalise_observations(
        pd.DataFrame(
            {
                "obs_id": [5, 9, 7, 7, 3],
                "indicator": "x",
                "reporter": "AZE",
                "partner": ["", "", "", "", "CHN"],
                "period_start": 2024 * 12,
                "period_end": 2024 * 12 + 11,
                "value": [1.0, 2.0, 3.0, 4.0, np.nan],
                "source_id": [1, 2, 1, 1, 1],  # 2: blank date; 1: same date thrice
            }
        )
    )
    src = normalise_sources(pd.DataFrame({"source_id": [1, 2], "published": ["2020", ""]}))
    fig = choose_figures(o, src)
    # same date: the highest obs_id, of two rows with id 7 the first; the blank date is
    # oldest; a figure without a value (CHN) is no figure
    assert fig["obs_id"].tolist() == [7]
    assert fig["value"].tolist() == [3.0]
    assert fig["n_rows"].tolist() == [4]
    assert fig["choice"].tolist() == ["most recently published"]
    assert fig["partner"].tolist() == [""]
    # a preferred row wins whatever its date; without sources only obs_id counts
    o.loc[o["obs_id"] == 9, "preferred"] = True
    assert choose_figures(o, src)["choice"].tolist() == ["preferred"]
    assert choose_figures(o, src)["obs_id"].tolist() == [9]
    o.loc[o["obs_id"] == 9, "preferred"] = False
    assert choose_figures(o, None)["obs_id"].tolist() == [9]


def test_points_and_flows_of_one_month_are_different_figures() -> None:
    o = normalise_observations(
        pd.DataFrame(
            {
                "obs_id": [1, 2],
                "indicator": "x",
                "reporter": "AZE",
                "period_start": 2024 * 12,
                "period_end": 2024 * 12,
                "period_point": [True, False],
                "value": [1.0, 2.0],
                "source_id": 1,
            }
        )
    )
    fig = choose_figures(o)
    assert sorted(fig["obs_id"]) == [1, 2]
    assert (fig["n_rows"] == 1).all()
    assert find_conflicts(o).empty


def reference_yoy(obs: pd.DataFrame, src: pd.DataFrame, same_reporter: bool) -> list[int]:
    """prev_obs_id of each row: the chosen figure of the same window a year earlier."""
    fig = choose_figures(obs, src, same_reporter)
    by_key = {tuple(r[[*WINDOW_COLUMNS, "year"]]): int(r["obs_id"]) for _, r in fig.iterrows()}
    k = keyed(obs, src, same_reporter)
    return [by_key.get((*r[list(WINDOW_COLUMNS)], r["year"] - 1), -1) for _, r in k.iterrows()]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("same_reporter", [True, False])
def test_yoy_finds_the_same_window_a_year_earlier(seed: int, same_reporter: bool) -> None:
    obs, src = workspace(seed)
    y = yoy_for(obs, src, same_reporter=same_reporter)
    assert y["prev_obs_id"].tolist() == reference_yoy(obs, src, same_reporter)
    fig = choose_figures(obs, src, same_reporter).set_index("obs_id")
    hit = y[y["prev_obs_id"] >= 0]
    assert hit["prev_value"].tolist() == fig.loc[hit["prev_obs_id"], "value"].tolist()
    assert hit["prev_choice"].tolist() == fig.loc[hit["prev_obs_id"], "choice"].tolist()
    assert hit["prev_n_rows"].tolist() == fig.loc[hit["prev_obs_id"], "n_rows"].tolist()
    assert hit["prev_reporter"].tolist() == fig.loc[hit["prev_obs_id"], "reporter"].tolist()
    missed = y[y["prev_obs_id"] < 0]
    assert missed["yoy_pct"].isna().all()
    assert (missed["prev_choice"] == "").all()
    assert (missed["prev_period"] == "").all()
    # a visible part of the rows against the whole store: the same rows of the answer
    part = obs.iloc[::3]
    sub = yoy_for(part, src, universe=obs, same_reporter=same_reporter)
    pd.testing.assert_frame_equal(sub, y.loc[sub.index], check_exact=True)


def test_yoy_of_an_empty_universe_or_no_rows() -> None:
    obs, src = workspace(1)
    y = yoy_for(obs, src, universe=obs.iloc[:0])
    assert (y["prev_obs_id"] == -1).all()
    assert y["yoy_pct"].isna().all()
    assert yoy_for(obs.iloc[:0], src, universe=obs).empty


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("same_reporter", [True, False])
@pytest.mark.parametrize("windows", ["all", "year"])
def test_record_statuses_are_those_of_each_series(
    seed: int, same_reporter: bool, windows: str
) -> None:
    obs, src = workspace(seed, n=150)
    fig = choose_figures(obs, src, same_reporter)
    fig = fig[~fig["period_point"] & (fig["window_len"] <= 11)]
    if windows == "year":
        fig = fig[(fig["window_month"] == 0) & (fig["window_len"] == 11)]
    expected = [
        series_record_status(g)
        for _, g in fig.groupby(list(WINDOW_COLUMNS), sort=True, observed=True)
    ]
    assert repr(record_statuses(obs, src, same_reporter, windows)) == repr(expected)


@pytest.mark.parametrize("seed", SEEDS)
def test_record_flags_are_each_series_history(seed: int) -> None:
    obs, src = workspace(seed, n=150)
    fig = choose_figures(obs, src)
    ranges = fig[~fig["period_point"]]
    by = ["indicator", "side_a", "side_b", "subject", "window_month", "window_len"]
    flags = record_flags(ranges, by)
    for _, g in ranges.groupby(by, observed=True):
        hist = record_history(g)
        assert flags.loc[g.sort_values("year").index].tolist() == hist["status"].tolist()
    # record_marks: the same figures and flags, on positions, without the frame of texts
    marks = record_marks(obs, src)
    ids = obs["obs_id"].to_numpy()
    assert sorted(ids[marks.used].tolist()) == sorted(fig["obs_id"].tolist())
    expected = dict(zip(ranges["obs_id"].tolist(), flags.tolist(), strict=True))
    got = [STATUSES[c] for c in marks.status.tolist()]
    assert dict(zip(ids[marks.ranges].tolist(), got, strict=True)) == expected
    records = ranges.loc[flags == "record", "obs_id"]
    assert sorted(ids[marks.records()].tolist()) == sorted(records.tolist())


def test_a_streak_stops_at_a_missing_year_and_at_the_first() -> None:
    years = [2018, 2019, 2021, 2022, 2023]
    o = normalise_observations(
        pd.DataFrame(
            {
                "obs_id": range(1, 6),
                "indicator": "x",
                "reporter": "AZE",
                "period_start": [y * 12 for y in years],
                "period_end": [y * 12 + 11 for y in years],
                "value": [1.0, 2.0, 3.0, 4.0, 5.0],
                "source_id": 1,
            }
        )
    )
    (s,) = record_statuses(o)
    assert s.streak_years == (2021, 2022, 2023)
    assert s.streak_end_reason == "2020 not stored"
    (s,) = record_statuses(o.iloc[2:])
    assert s.streak_years == (2022, 2023)
    assert s.streak_end_reason == "2021 is the first stored year"
    assert s.previous_best == 4.0
    assert s.previous_best_year == 2022
    (s,) = record_statuses(o.iloc[:1])
    assert s.status == "first"
    assert s.previous_best is None
    assert s.streak == 0


def test_conflicts_of_several_keys_at_once_ignore_missing_values() -> None:
    rows = [
        # (indicator, reporter, partner, year, value, source, preferred)
        ("x", "AZE", "CHN", 2020, 1.0, 1, False),
        ("x", "AZE", "CHN", 2020, 1.5, 2, False),
        ("x", "AZE", "CHN", 2020, np.nan, 3, False),
        ("x", "AZE", "", 2020, 1.0, 1, False),
        ("x", "AZE", "", 2020, 2.0, 2, True),
        ("x", "AZE", "", 2021, 2.0, 1, False),
        ("x", "AZE", "", 2021, 2.01, 2, False),  # within 2 %
    ]
    o = normalise_observations(
        pd.DataFrame(
            {
                "obs_id": [7, 3, 5, 1, 2, 4, 6],
                "indicator": [r[0] for r in rows],
                "reporter": [r[1] for r in rows],
                "partner": [r[2] for r in rows],
                "period_start": [r[3] * 12 for r in rows],
                "period_end": [r[3] * 12 + 11 for r in rows],
                "value": [r[4] for r in rows],
                "source_id": [r[5] for r in rows],
                "preferred": [r[6] for r in rows],
            }
        )
    )
    src = normalise_sources(pd.DataFrame({"source_id": [1, 2], "published": ["2021", "2020"]}))
    c = find_conflicts(o, src)
    # keys in text order: partner '' before CHN
    assert c["partner"].tolist() == ["", "CHN"]
    blank, chn = c.iloc[0], c.iloc[1]
    assert blank["obs_ids"] == (1, 2)
    assert blank["values"] == (1.0, 2.0)
    assert blank["used_obs_id"] == 2
    assert blank["used_rule"] == "preferred"
    assert blank["preferred_obs_id"] == 2
    assert chn["obs_ids"] == (3, 7)
    assert chn["source_ids"] == (2, 1)
    assert chn["n"] == 2  # the missing value is no statement
    assert chn["used_obs_id"] == 7
    assert chn["used_rule"] == "most recently published"
    assert chn["conflict_id"] == f"sources:x:AZE:CHN::{2020 * 12}-{2020 * 12 + 11}"
    assert chn["spread_pct"] == pytest.approx(50.0)
    zero = find_conflicts(o.assign(value=o["value"].where(o["obs_id"] != 3, 0.0)), src)
    assert math.isnan(zero.iloc[1]["spread_pct"])  # no percentage of a zero


def test_mirror_conflicts_skip_a_blank_side() -> None:
    o = normalise_observations(
        pd.DataFrame(
            {
                "obs_id": [1, 2, 3, 4],
                "indicator": "trade_turnover",
                "reporter": ["AZE", "CHN", "AZE", ""],
                "partner": ["CHN", "AZE", "", "AZE"],
                "period_start": 2020 * 12,
                "period_end": 2020 * 12 + 11,
                "value": [1.0, 2.0, 1.0, 2.0],
                "source_id": 1,
            }
        )
    )
    c = find_conflicts(o)
    assert c["kind"].tolist() == ["mirror"]
    assert c["obs_ids"].tolist() == [(1, 2)]
    assert c["used_rule"].tolist() == ["each side's own figure"]


@pytest.mark.parametrize("seed", SEEDS)
def test_table_texts_are_those_of_yoy_for(seed: int) -> None:
    obs, src = workspace(seed)
    positions = np.arange(len(obs))[::-1].copy()
    result = table_analytics(obs, src, positions)
    rows = obs.iloc[positions]
    coarse = rows["period_detail"].astype(str).to_numpy() == ""
    y = yoy_for(rows, src, universe=obs)
    has = np.isfinite(y["yoy_pct"].to_numpy())
    assert list(result.yoy) == positions[coarse][has].tolist()
    for p, pct, prev in zip(
        positions[coarse][has], y["yoy_pct"][has], y["prev_period"][has], strict=True
    ):
        text, tip = result.yoy[int(p)]
        assert text == f"{pct:+.1f} %"
        assert tip.startswith(f"Compared with {prev}: ")
    assert len(result.yoy) == int(has.sum())
    assert -1 not in result.yoy
    assert len(obs) not in result.yoy
    assert result.yoy.get(int(positions[coarse][~has][0]) if (~has).any() else -1) is None


def test_record_marks_of_no_rows() -> None:
    obs, src = workspace(1)
    marks = record_marks(obs.iloc[:0], src)
    assert len(marks.used) == len(marks.ranges) == len(marks.records()) == 0


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("years", [1, 2, 3])
def test_yoy_of_every_row_steps_back_among_the_chosen_keys(seed: int, years: int) -> None:
    # all values present: every row is a chosen key's row, the path without a search
    obs, src = workspace(seed, n=150)
    obs = obs[obs["value"].notna()].reset_index(drop=True)
    own = yoy_for(obs, src, years=years)
    searched = yoy_for(obs, src, universe=obs, years=years)
    pd.testing.assert_frame_equal(own, searched, check_exact=True)
