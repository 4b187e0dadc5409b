"""Year-on-year change on comparable windows, CAGR, shares and YTD differencing."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from app.domain.analytics import cagr, cagr_series, derive_from_ytd, share_of_total, yoy_for
from app.domain.model import normalise_observations, normalise_sources
from app.domain.periods import parse_period


def obs(*rows: tuple[str, str, float, str]) -> pd.DataFrame:
    """Rows of (reporter, period, value, qualifier) of one indicator, CHN/AZE pair."""
    out = []
    for i, (rep, period, value, qual) in enumerate(rows, start=1):
        p = parse_period(period)
        out.append(
            {
                "obs_id": i,
                "indicator": "trade_turnover",
                "reporter": rep,
                "partner": "AZE" if rep == "CHN" else "CHN",
                "period_start": p.start,
                "period_end": p.end,
                "period_point": p.point,
                "value": value,
                "unit": "USD",
                "qualifier": qual,
                "source_id": i,
            }
        )
    return normalise_observations(pd.DataFrame(out))


def test_ytd_is_compared_with_the_same_window_never_the_full_year() -> None:
    o = obs(
        ("CHN", "2024", 3.7e9, "exact"),
        ("CHN", "2024-01/2024-10", 2.0e9, "exact"),
        ("CHN", "2025-01/2025-10", 2.44e9, "exact"),
    )
    y = yoy_for(o)
    assert y.loc[2, "prev_obs_id"] == 2
    assert y.loc[2, "prev_period"] == "Jan–Oct 2024"
    assert y.loc[2, "yoy_pct"] == pytest.approx(22.0)
    assert y.loc[2, "yoy_abs"] == pytest.approx(0.44e9)
    assert y.loc[2, "yoy_bound"] == "exact"


def test_ytd_without_same_window_has_no_change_even_if_the_year_is_stored() -> None:
    y = yoy_for(obs(("CHN", "2024", 3.7e9, "exact"), ("CHN", "2025-01/2025-10", 2.44e9, "exact")))
    assert y.loc[1, "prev_obs_id"] == -1
    assert math.isnan(y.loc[1, "yoy_pct"])


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("2024-Q1", "2025-Q1"),
        ("2024-03", "2025-03"),
        ("2024", "2025"),
        ("2024-H2", "2025-H2"),
        ("@2024-07", "@2025-07"),
    ],
)
def test_each_window_kind_meets_its_own_kind(earlier: str, later: str) -> None:
    y = yoy_for(obs(("AZE", earlier, 100.0, "exact"), ("AZE", later, 150.0, "exact")))
    assert y["yoy_pct"].tolist()[1] == pytest.approx(50.0)


def test_quarter_is_not_compared_with_a_month() -> None:
    y = yoy_for(obs(("AZE", "2024-01", 100.0, "exact"), ("AZE", "2025-Q1", 150.0, "exact")))
    assert (y["prev_obs_id"] == -1).all()


def test_a_lower_bound_earlier_makes_the_change_an_upper_bound() -> None:
    y = yoy_for(
        obs(
            ("CHN", "2024-01/2024-10", 3e9, "more_than"),
            ("CHN", "2025-01/2025-10", 2.44e9, "exact"),
        )
    )
    assert y.loc[1, "yoy_bound"] == "at_most"
    assert y.loc[1, "yoy_hi"] == pytest.approx(-18.667, abs=1e-3)
    assert y.loc[1, "yoy_lo"] == -np.inf


def test_a_lower_bound_later_makes_the_change_a_lower_bound() -> None:
    y = yoy_for(obs(("AZE", "2024", 100.0, "exact"), ("AZE", "2025", 120.0, "more_than")))
    assert y.loc[1, "yoy_bound"] == "at_least"
    assert y.loc[1, "yoy_lo"] == pytest.approx(20.0)


def test_two_lower_bounds_give_no_bound() -> None:
    y = yoy_for(obs(("AZE", "2024", 100.0, "more_than"), ("AZE", "2025", 120.0, "more_than")))
    assert y.loc[1, "yoy_bound"] == "unbounded"


def test_other_reporter_is_used_only_when_asked() -> None:
    o = obs(("AZE", "2024", 3.744e9, "exact"), ("CHN", "2025", 4.87e9, "exact"))
    assert yoy_for(o).loc[1, "prev_obs_id"] == -1
    cross = yoy_for(o, same_reporter=False)
    assert cross.loc[1, "prev_reporter"] == "AZE"
    assert cross.loc[1, "yoy_pct"] == pytest.approx(30.07, abs=0.01)


def test_result_is_indexed_like_the_input_and_looks_up_in_the_universe() -> None:
    o = obs(("AZE", "2024", 100.0, "exact"), ("AZE", "2025", 110.0, "exact"))
    visible = o.iloc[[1]].set_axis([42])
    y = yoy_for(visible, universe=o)
    assert list(y.index) == [42]
    assert y.loc[42, "yoy_pct"] == pytest.approx(10.0)


def test_preferred_then_latest_published_figure_is_the_comparison() -> None:
    o = obs(
        ("AZE", "2021", 1.78e9, "exact"),
        ("AZE", "2021", 1.7e9, "exact"),
        ("AZE", "2022", 2.15e9, "exact"),
    )
    sources = normalise_sources(
        pd.DataFrame(
            {"source_id": [1, 2, 3], "published": ["2023-09-01", "2022-06-03", "2023-09-01"]}
        )
    )
    assert yoy_for(o, sources).loc[2, "prev_obs_id"] == 1
    assert yoy_for(o, sources).loc[2, "prev_choice"] == "most recently published"
    o.loc[1, "preferred"] = True
    y = yoy_for(o, sources)
    assert y.loc[2, "prev_obs_id"] == 2
    assert y.loc[2, "prev_choice"] == "preferred"


def test_cagr_of_a_doubling_over_two_years() -> None:
    assert cagr(100.0, 400.0, 2) == pytest.approx(100.0)
    assert math.isnan(cagr(0.0, 400.0, 2))


def test_cagr_series_needs_both_years_of_the_same_series() -> None:
    o = obs(
        ("AZE", "2021", 1.0e9, "exact"),
        ("AZE", "2024", 1.331e9, "exact"),
        ("CHN", "2024", 5e9, "exact"),
    )
    out = cagr_series(o, None, 2021, 2024)
    assert len(out) == 1
    assert out.loc[0, "cagr_pct"] == pytest.approx(10.0)
    assert out.loc[0, "source_ids"] == (1, 2)


def test_share_of_total_uses_the_stored_world_total_only() -> None:
    o = obs(
        ("AZE", "2024", 3.744e9, "exact"),
        ("AZE", "2023", 3e9, "exact"),
        ("AZE", "2024", 47.4e9, "exact"),
    )
    o["partner"] = o["partner"].astype(str).where(o["obs_id"] != 3, "")
    out = share_of_total(normalise_observations(o), None, "trade_turnover")
    assert len(out) == 1
    assert out.iloc[0]["share_pct"] == pytest.approx(7.899, abs=1e-3)
    assert out.iloc[0]["source_ids"] == (1, 3)


def test_successive_ytds_difference_into_labelled_derived_rows() -> None:
    o = obs(
        ("AZE", "2025-Q1", 1.0e9, "exact"),
        ("AZE", "2025-01/2025-07", 2.45e9, "exact"),
        ("AZE", "2025-01/2025-10", 3.2e9, "more_than"),
        ("AZE", "2024-Q1", 7e8, "exact"),
    )
    d = derive_from_ytd(o)
    assert d["period_text"].tolist() == ["2025-04/2025-07", "2025-08/2025-10"]
    assert d["value"].tolist() == pytest.approx([1.45e9, 0.75e9])
    assert d["qualifier"].tolist() == ["exact", "more_than"]
    assert set(d["status"]) == {"derived"}
    assert d["from_obs_ids"].tolist() == [(1, 2), (2, 3)]
    assert (d["obs_id"] < 0).all()
    assert "Jan–Oct 2025 minus Jan–Jul 2025" in d["note"].iloc[1]
