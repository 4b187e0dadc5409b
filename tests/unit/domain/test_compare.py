"""The comparison chart's lines: three pairs in each mode against hand-computed values."""

from __future__ import annotations

import json
import time

import numpy as np
import pandas as pd
import pytest

from app.domain.analytics import yoy_for
from app.domain.compare import (
    CompareMode,
    CompareSeries,
    CompareSpec,
    available_series,
    axis_units,
    base_choices,
    compare_figures,
    compare_lines,
    lines_of,
    series_for,
    window_period_words,
)
from app.domain.model import normalise_observations, normalise_sources
from app.domain.periods import parse_period
from app.domain.store import ObservationStore

BN = 1e9
#: (reporter, partner, period, value, status, published); one source per row
TRADE = [
    ("AZE", "CHN", "2018", 1.0, "actual", "2019-02-01"),
    ("AZE", "CHN", "2019", 2.0, "actual", "2020-02-01"),
    ("AZE", "CHN", "2020", 2.5, "actual", "2021-02-01"),
    # two sources of 2021: the later one (3.0) is the figure used
    ("AZE", "CHN", "2021", 2.9, "provisional", "2022-01-10"),
    ("AZE", "CHN", "2021", 3.0, "actual", "2022-03-01"),
    # Jan–Oct windows never join the line of calendar years
    ("AZE", "CHN", "2020-01/2020-10", 1.9, "actual", "2020-11-20"),
    ("AZE", "CHN", "2021-01/2021-10", 2.2, "actual", "2021-11-20"),
    ("AZE", "TUR", "2018", 5.0, "actual", "2019-02-01"),
    ("AZE", "TUR", "2019", 4.0, "actual", "2020-02-01"),
    ("AZE", "TUR", "2020", 3.0, "actual", "2021-02-01"),
    ("AZE", "TUR", "2021", 6.0, "actual", "2022-02-01"),
    ("AZE", "TUR", "2022", 8.0, "target", "2021-06-01"),
    ("AZE", "RUS", "2020", 2.0, "actual", "2021-02-01"),
    ("AZE", "RUS", "2021", 2.5, "actual", "2022-02-01"),
    ("AZE", "RUS", "2022", 3.0, "derived", "2023-02-01"),
    ("AZE", "WLD", "2019", 20.0, "actual", "2020-02-01"),
    ("AZE", "WLD", "2020", 25.0, "actual", "2021-02-01"),
    ("AZE", "WLD", "2021", 30.0, "actual", "2022-02-01"),
]
ARRIVALS = [("AZE", "CHN", "2019", 100_000.0), ("AZE", "CHN", "2020", 20_000.0)]

CHN = CompareSeries("trade_turnover", "AZE", "CHN")
TUR = CompareSeries("trade_turnover", "AZE", "TUR")
RUS = CompareSeries("trade_turnover", "AZE", "RUS")
WLD = CompareSeries("trade_turnover", "AZE", "WLD")
TOURISTS = CompareSeries("tourist_arrivals_from_partner", "AZE", "CHN")
Y2019 = 2019 * 12


def three_pairs_store() -> ObservationStore:
    """AZE's trade with CHN, TUR, RUS and the world, and arrivals from China."""
    obs, src = [], []
    rows = [(*r, "trade_turnover", "USD", BN) for r in TRADE] + [
        (r, p, per, v, "actual", "2021-01-01", "tourist_arrivals_from_partner", "persons", 1.0)
        for r, p, per, v in ARRIVALS
    ]
    for i, (rep, par, per, value, status, published, ind, unit, scale) in enumerate(rows, 1):
        p = parse_period(per)
        obs.append(
            {
                "obs_id": i,
                "indicator": ind,
                "reporter": rep,
                "partner": par,
                "period_start": p.start,
                "period_end": p.end,
                "period_point": p.point,
                "period_text": per,
                "value": value * scale,
                "unit": unit,
                "qualifier": "exact",
                "status": status,
                "source_id": i,
            }
        )
        src.append({"source_id": i, "publisher": f"Pub{i}", "published": published})
    indicators = pd.DataFrame(
        {
            "code": ["trade_turnover", "tourist_arrivals_from_partner"],
            "name": ["Trade turnover", "Tourist arrivals from partner"],
            "topic": ["Trade", "Tourism"],
            "unit": ["USD", "persons"],
            "kind": ["flow", "flow"],
            "description": ["", ""],
        }
    )
    return ObservationStore(
        normalise_observations(pd.DataFrame(obs)), normalise_sources(pd.DataFrame(src)), indicators
    )


@pytest.fixture(scope="module")
def store() -> ObservationStore:
    return three_pairs_store()


def lines(store: ObservationStore, **spec: object) -> dict[str, object]:
    s = CompareSpec(**{"series": (CHN, TUR, RUS), **spec})  # type: ignore[arg-type]
    out = compare_lines(store.observations, store.sources, s, store.indicator_names())
    return {line.series.partner: line for line in out}


def years(line: object) -> list[int]:
    return [int(x) // 12 for x in line.x]  # type: ignore[attr-defined]


def test_levels_use_the_chosen_figure_and_keep_windows_apart(store) -> None:
    got = lines(store)
    chn = got["CHN"]
    assert years(chn) == [2018, 2019, 2020, 2021]  # no Jan–Oct point in the line of years
    assert list(chn.y / BN) == [1.0, 2.0, 2.5, 3.0]  # 2021: the later source
    assert chn.x[0] == Y2018_MID
    assert chn.unit == chn.level_unit == "USD"
    assert chn.label == "Azerbaijan–China"  # one indicator: the pairs name the lines
    assert list(got["TUR"].forward) == [False] * 4 + [True]
    assert list(got["RUS"].derived) == [False, False, True]
    tip = chn.tooltip(3, store.source_label_by_id())
    assert "2021: $3 bn" in tip
    assert "Azerbaijan reports · Pub5, 2022-03-01" in tip
    assert "target: $8 bn" in got["TUR"].tooltip(4, store.source_label_by_id())
    assert "derived: $3 bn" in got["RUS"].tooltip(2, store.source_label_by_id())


Y2018_MID = 2018 * 12 + 6.0


def test_year_to_date_window_is_a_series_of_its_own(store) -> None:
    ytd = CompareSeries("trade_turnover", "AZE", "CHN", window=(1, 10))
    (line,) = compare_lines(
        store.observations, store.sources, CompareSpec((ytd,), CompareMode.GROWTH)
    )
    assert line.label == "Azerbaijan–China (Jan–Oct)"
    assert line.y == pytest.approx([(2.2 / 1.9 - 1) * 100])
    assert "Jan–Oct 2021: +15.8 % on Jan–Oct 2020" in line.tooltip(0, {})


def test_index_is_100_at_the_base_period_and_a_missing_base_is_a_note(store) -> None:
    got = lines(store, mode=CompareMode.INDEX, base_period=Y2019)
    assert got["CHN"].y == pytest.approx([50, 100, 125, 150])
    assert got["TUR"].y == pytest.approx([125, 100, 75, 150, 200])
    assert got["CHN"].unit == "index"
    assert got["CHN"].reference == "2019 = 100"
    rus = got["RUS"]
    assert len(rus.x) == len(rus.y) == 0  # no fake line
    assert rus.note == "Azerbaijan–Russian Federation: no figure at the base period 2019"
    tip = got["TUR"].tooltip(4, {12: "Pub12"})
    assert "2022: index 200.0 (2019 = 100)" in tip
    assert "target: $8 bn against $4 bn" in tip


def test_index_defaults_to_the_first_period_every_series_has(store) -> None:
    got = lines(store, mode=CompareMode.INDEX)
    assert got["CHN"].y == pytest.approx([40, 80, 100, 120])
    assert got["RUS"].y == pytest.approx([100, 125, 150])
    assert got["RUS"].reference == "2020 = 100"


def test_growth_is_like_for_like_on_a_year_earlier(store) -> None:
    got = lines(store, mode=CompareMode.GROWTH)
    assert years(got["CHN"]) == [2019, 2020, 2021]
    assert got["CHN"].y == pytest.approx([100, 25, 20])
    assert got["TUR"].y == pytest.approx([-20, -25, 100, 100 / 3])
    assert got["RUS"].y == pytest.approx([25, 20])
    assert got["CHN"].unit == "percent"
    tip = got["CHN"].tooltip(2, {5: "Pub5", 3: "Pub3"})
    assert "2021: +20.0 % on 2020" in tip
    assert "$3 bn against $2.5 bn (2020)" in tip
    assert "Pub5; a year earlier: Pub3" in tip


def test_share_of_the_sum_only_where_every_series_has_the_period(store) -> None:
    got = lines(store, mode=CompareMode.SHARE)
    for partner, values in {
        "CHN": [2.5, 3.0],
        "TUR": [3.0, 6.0],
        "RUS": [2.0, 2.5],
    }.items():
        assert years(got[partner]) == [2020, 2021]
        assert got[partner].y == pytest.approx(
            [v / t * 100 for v, t in zip(values, [7.5, 11.5], strict=True)]
        )
    assert sum(line.y[0] for line in got.values()) == pytest.approx(100)
    assert got["CHN"].reference == "of the sum of the shown series"


def test_share_of_a_total_series(store) -> None:
    got = lines(store, mode=CompareMode.SHARE, total=WLD)
    assert got["CHN"].y == pytest.approx([10, 10, 10])
    assert years(got["CHN"]) == [2019, 2020, 2021]
    assert got["TUR"].y == pytest.approx([20, 12, 20])
    assert got["RUS"].y == pytest.approx([8, 2.5 / 30 * 100])
    assert got["CHN"].note == (
        "Azerbaijan–China: 1 period without a figure of Trade turnover · Azerbaijan–World left out"
    )
    assert "2020: 10.0 % of Trade turnover · Azerbaijan–World" in got["CHN"].tooltip(1, {})


def test_share_of_a_total_in_another_unit_is_refused(store) -> None:
    spec = CompareSpec((TOURISTS,), CompareMode.SHARE, total=WLD)
    (line,) = compare_lines(store.observations, store.sources, spec, store.indicator_names())
    assert len(line.y) == 0
    assert "is in USD, not persons: no share" in line.note


def test_second_unit_and_labels_with_indicators(store) -> None:
    spec = CompareSpec((CHN, TOURISTS))
    chn, tourists = compare_lines(store.observations, store.sources, spec, store.indicator_names())
    assert axis_units([chn, tourists]) == ["USD", "persons"]
    assert tourists.label == "Tourist arrivals from partner · Azerbaijan–China"
    assert list(tourists.y) == [100_000.0, 20_000.0]


def test_a_series_without_figures_has_a_note() -> None:
    empty = three_pairs_store()
    spec = CompareSpec((CompareSeries("trade_turnover", "AZE", "GEO"), CHN))
    geo, chn = compare_lines(empty.observations, empty.sources, spec)
    assert geo.note == "Azerbaijan–Georgia: no figures stored"
    assert len(geo.x) == 0
    assert len(chn.x) == 4


def test_spec_round_trips_through_json() -> None:
    spec = CompareSpec(
        (CHN, CompareSeries("trade_turnover", "AZE", "TUR", "", (1, 10))),
        CompareMode.SHARE,
        Y2019,
        WLD,
        True,
    )
    assert CompareSpec.from_dict(json.loads(json.dumps(spec.to_dict()))) == spec
    with pytest.raises(ValueError, match="not a comparison"):
        CompareSpec.from_dict({"series": [{"reporter": "AZE"}], "mode": "levels"})
    with pytest.raises(ValueError, match="sideways"):
        CompareSpec.from_dict({"mode": "sideways"})


def test_choices_for_the_panel(store) -> None:
    figs = compare_figures(store.observations, store.sources, (CHN, RUS))
    assert [m // 12 for m, _ in base_choices(figs, 2)] == [2018, 2019, 2020, 2021, 2022]
    assert base_choices(figs, 2)[0][1] == "2018"
    assert series_for(store.observations, "trade_turnover", ("TUR", "AZE")) == TUR
    assert series_for(store.observations, "trade_turnover", ("GEO", "AZE")) is None
    assert series_for(store.observations, "trade_turnover", ("TUR", "AZE"), skip=[TUR]) is None
    table = available_series(store.observations)
    assert len(table) == 5
    assert table["figures"].sum() == len(store.observations)
    assert window_period_words((1, 10), Y2019 + 3) == "Jan–Oct 2019"
    assert window_period_words((0, 3), Y2019 + 4) == "Q2 2019"
    assert window_period_words((1, 10), Y2019 + 11) == "Dec 2019"


def test_twenty_series_of_500_months_in_milliseconds() -> None:
    n, months = 20, 500
    start = np.tile(np.arange(months) + 1990 * 12, n)
    frame = normalise_observations(
        pd.DataFrame(
            {
                "obs_id": np.arange(n * months),
                "indicator": "trade_turnover",
                "reporter": "AZE",
                "partner": np.repeat([f"P{i:02d}" for i in range(n)], months),
                "period_start": start,
                "period_end": start,
                "value": np.random.default_rng(1).random(n * months) + 1,
                "unit": "USD",
                "source_id": 1,
            }
        )
    )
    series = tuple(CompareSeries("trade_turnover", "AZE", f"P{i:02d}") for i in range(n))
    spec = CompareSpec(series, CompareMode.INDEX)
    started = time.perf_counter()
    figs = compare_figures(frame, None, series)
    chosen = time.perf_counter() - started
    started = time.perf_counter()
    for mode in CompareMode:
        out = lines_of(figs, CompareSpec(series, mode))
    switched = (time.perf_counter() - started) / len(CompareMode)
    assert len(out) == n
    assert all(len(line.x) == months for line in out)
    assert lines_of(figs, spec)[0].window == (0, 1)  # monthly
    assert chosen < 0.5, chosen
    assert switched < 0.1, switched


def test_growth_follows_the_rule_of_yoy_for_on_random_figures() -> None:
    """Year-earlier changes looked up on integer keys equal yoy_for's, figure by figure:
    random pairs, windows (years, Jan–Oct, quarters, months), conflicting sources."""
    rng = np.random.default_rng(7)
    n = 400
    kind = rng.integers(0, 4, n)
    year = rng.integers(2015, 2022, n)
    first = np.select([kind == 2, kind == 3], [rng.integers(0, 4, n) * 3, rng.integers(0, 12, n)])
    length = np.choose(kind, [12, 10, 3, 1])
    frame = normalise_observations(
        pd.DataFrame(
            {
                "obs_id": np.arange(1, n + 1),
                "indicator": "trade_turnover",
                "reporter": rng.choice(["AZE", "CHN"], n),
                "partner": rng.choice(["TUR", "RUS"], n),
                "period_start": year * 12 + first,
                "period_end": year * 12 + first + length - 1,
                "value": rng.choice([0.0, 1.0, 2.5, 4.0], n) * BN,
                "unit": "USD",
                "qualifier": rng.choice(["exact", "exact", "more_than", "up_to"], n),
                "source_id": rng.integers(1, 6, n),
                "preferred": rng.random(n) < 0.1,
            }
        )
    )
    sources = normalise_sources(
        pd.DataFrame(
            {"source_id": range(1, 6), "published": [f"2023-0{i}-01" for i in range(1, 6)]}
        )
    )
    series = [
        CompareSeries("trade_turnover", r, p, window=w)
        for r in ("AZE", "CHN")
        for p in ("TUR", "RUS")
        for w in ((1, 12), (1, 10), (0, 3), (0, 1))
    ]
    figs = compare_figures(frame, sources, series)
    expected = yoy_for(frame, sources)
    ids = frame["obs_id"].tolist()
    pct = dict(zip(ids, expected["yoy_pct"].tolist(), strict=True))
    bound = dict(zip(ids, expected["yoy_bound"].tolist(), strict=True))
    got = figs.columns
    assert np.isfinite(got["yoy"]).sum() > 20
    assert {"at_least", "at_most", "unbounded"} <= set(got["yoy_bound"].tolist())
    for obs_id, yoy, kind in zip(
        *(got[c].tolist() for c in ("obs_id", "yoy", "yoy_bound")), strict=True
    ):
        assert yoy == pytest.approx(pct[obs_id], nan_ok=True), obs_id
        assert kind == bound[obs_id], obs_id


def test_growth_from_a_bound_says_so() -> None:
    store = three_pairs_store()
    obs = store.observations.astype({"qualifier": object})
    obs.loc[obs["obs_id"] == 5, "qualifier"] = "more_than"  # CHN 2021: more than $3 bn
    spec = CompareSpec((CHN,), CompareMode.GROWTH)
    (line,) = compare_lines(normalise_observations(obs), store.sources, spec)
    tip = line.tooltip(2, {})
    assert "2021: at least +20.0 % on 2020" in tip
    assert "more than $3 bn against $2.5 bn (2020)" in tip
