"""A typed figure is checked against its indicator: unit, scale of its series, growth."""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
import pytest

from app.domain.model import Observation, normalise_observations
from app.domain.periods import parse_period
from app.domain.store import ObservationStore
from app.domain.validation import Suspicion, check_value, expected_unit
from app.services.bundled import bundled_tables

TOURISTS = "tourist_arrivals_from_partner"
JAN_OCT_2025 = parse_period("2025-01/2025-10")


@pytest.fixture(scope="module")
def bundled() -> ObservationStore:
    t = bundled_tables()
    return ObservationStore(t.observations, t.sources, t.indicators)


def check(store: ObservationStore, indicator: str, period: str, value: float, unit: str, **kw):
    p = parse_period(period)
    reporter, partner = kw.pop("pair", ("AZE", "CHN"))
    return check_value(store, indicator, reporter, partner, p.start, p.end, value, unit, **kw)


def test_five_point_seven_billion_tourists_is_taken_for_57_thousand(
    bundled: ObservationStore,
) -> None:
    """The bundled series holds 57,000 persons for Jan–Oct 2025: "5.7 bn" is a slip."""
    (found,) = check(bundled, TOURISTS, "2025-01/2025-10", 5.7e9, "persons")
    assert found == Suspicion(
        kind="scale",
        value=5.7e9,
        suggested=57_000.0,
        factor=pytest.approx(1e5),
        reference=57_000.0,
        reference_period=(JAN_OCT_2025.start, JAN_OCT_2025.end, False),
        expected_unit="persons",
    )


def test_the_figures_as_published_raise_nothing(bundled: ObservationStore) -> None:
    assert check(bundled, TOURISTS, "2025-01/2025-10", 57_000, "persons") == []
    assert check(bundled, TOURISTS, "2025-01/2025-10", 61_500, "persons") == []
    assert not check(
        bundled, "trade_turnover", "2025-01/2025-10", 2.44e9, "USD", pair=("CHN", "AZE")
    )


def test_a_figure_typed_too_small_gets_the_power_of_ten_back(bundled: ObservationStore) -> None:
    (found,) = check(
        bundled, "trade_turnover", "2025-01/2025-10", 2.44e6, "USD", pair=("CHN", "AZE")
    )
    assert found.kind == "scale"
    assert found.factor == pytest.approx(1e-3)
    assert found.suggested == 2.44e9


def test_a_tourist_figure_in_dollars_is_a_unit_slip(bundled: ObservationStore) -> None:
    assert expected_unit(bundled, TOURISTS) == "persons"
    (found,) = check(bundled, TOURISTS, "2025-01/2025-10", 57_000, "USD")
    assert (found.kind, found.expected_unit, found.suggested) == ("unit", "persons", None)


def test_each_bundled_tourist_figure_agrees_with_its_series(bundled: ObservationStore) -> None:
    """Re-checking the stored figures against the others (each left out of its own series)."""
    obs = bundled.observations
    rows = obs[obs["indicator"] == TOURISTS]
    for r in rows.itertuples():
        found = check_value(
            bundled,
            TOURISTS,
            str(r.reporter),
            str(r.partner),
            int(r.period_start),
            int(r.period_end),
            float(r.value),
            str(r.unit),
            obs_id=int(r.obs_id),
        )
        assert found == [], r


def store_of(rows: list[tuple[str, str, float]], **catalogue: str) -> ObservationStore:
    """(indicator, period, value) rows for AZE–CHN in the catalogue unit (``code=unit``);
    capacities alternate between the subjects "Plant A" (odd ids) and none."""
    units = {"sales": "USD", "growth": "percent", "capacity": "MW", **catalogue}
    kinds = {"growth": "rate", "capacity": "stock"}
    obs = pd.DataFrame(
        [
            Observation(
                code,
                parse_period(period),
                value,
                units[code],
                "AZE",
                "CHN",
                subject="Plant A" if code == "capacity" and i % 2 else "",
                obs_id=i,
            ).as_row()
            for i, (code, period, value) in enumerate(rows, 1)
        ]
    )
    indicators = pd.DataFrame(
        {
            "code": list(units),
            "name": list(units),
            "topic": "Test",
            "unit": list(units.values()),
            "kind": [kinds.get(c, "flow") for c in units],
            "description": "",
        }
    )
    return ObservationStore(normalise_observations(obs), indicators=indicators)


def test_growth_beyond_three_hundred_percent_on_a_year_earlier() -> None:
    store = store_of([("sales", "2023", 1e9), ("sales", "2024", 1.5e9)])
    (found,) = check(store, "sales", "2025", 7e9, "USD")  # 4.7× the median, +367 % on 2024
    assert found.kind == "growth"
    assert found.reference == 1.5e9
    year = parse_period("2024")
    assert found.reference_period == (year.start, year.end, False)
    assert found.change_percent == pytest.approx(366.67, abs=0.01)
    assert found.suggested is None
    assert check(store, "sales", "2025", 5.9e9, "USD") == []  # +293 %


def test_neighbours_are_the_same_length_of_period_and_near_in_time() -> None:
    store = store_of(
        [
            ("sales", "2024", 12e9),
            ("sales", "2024-03", 1e9),
            ("sales", "1990", 10e6),
        ]
    )
    # a month among months; the year's figure is not its neighbour
    assert check(store, "sales", "2024-04", 1.2e9, "USD") == []
    (month,) = check(store, "sales", "2024-04", 1.2e12, "USD")
    assert (month.reference, month.suggested) == (1e9, 1.2e9)
    # 1990 is too far away to say what 1996 should be
    assert check(store, "sales", "1996", 12e9, "USD") == []


def test_the_edited_figure_is_not_its_own_neighbour() -> None:
    store = store_of([("sales", "2024", 2e9), ("sales", "2024", 2.1e9)])
    assert check(store, "sales", "2024", 2e12, "USD", obs_id=1)[0].reference == 2.1e9
    lonely = store_of([("sales", "2024", 2e9)])
    assert check(lonely, "sales", "2024", 2e12, "USD", obs_id=1) == []


def test_subjects_are_separate_series() -> None:
    """Two plants' capacities are not one series: a small plant beside a big one is fine."""
    store = store_of([("capacity", "@2024-01", 5.0), ("capacity", "@2024-01", 2000.0)])
    assert check(store, "capacity", "@2024-02", 6.0, "MW", subject="Plant A") == []
    edited = check(store, "capacity", "@2024-02", 6.0, "MW", obs_id=1)  # Plant A's figure
    assert edited == []
    (slip,) = check(store, "capacity", "@2024-02", 6.0, "MW", subject="")
    assert slip.suggested == 6000.0


def test_rates_swing_without_a_slip() -> None:
    """Growth rates near zero make large ratios: only a value far from every one is asked."""
    store = store_of([("growth", "2023", 1.5), ("growth", "2024", 45.0), ("growth", "2022", 2.0)])
    assert check(store, "growth", "2025", 60.0, "percent") == []  # no growth check either
    (slip,) = check(store, "growth", "2025", 4500.0, "percent")
    assert slip.kind == "scale"


def test_expected_unit_falls_back_to_the_figures() -> None:
    store = store_of([("sales", "2024", 1e9)])
    store.indicators = store.indicators.iloc[0:0]
    assert expected_unit(store, "sales") == "USD"
    assert expected_unit(store, "unknown") == ""
    assert check(store, "unknown", "2024", 5.0, "MW") == []


def test_a_check_on_a_million_figures_is_interactive() -> None:
    n = 1_000_000
    rng = np.random.default_rng(1)
    codes = np.array([f"ind{i}" for i in range(50)])
    reporters = np.array(["AZE", "CHN", "RUS", "TUR", "GEO"])
    start = rng.integers(2000 * 12, 2025 * 12, n)
    frame = pd.DataFrame(
        {
            "obs_id": np.arange(1, n + 1),
            "indicator": codes[rng.integers(0, len(codes), n)],
            "reporter": reporters[rng.integers(0, 5, n)],
            "partner": reporters[rng.integers(0, 5, n)],
            "period_start": start,
            "period_end": start,
            "value": rng.lognormal(10, 0.3, n),
            "unit": "USD",
        }
    )
    store = ObservationStore(normalise_observations(frame))
    month = 2024 * 12
    check_value(store, "ind3", "AZE", "CHN", month, month, 22_000.0, "USD")  # warm up
    began = time.perf_counter()
    found = check_value(store, "ind3", "AZE", "CHN", month, month, 22e9, "USD")
    elapsed = time.perf_counter() - began
    assert [f.kind for f in found] == ["scale"]
    assert elapsed < 0.25, elapsed
