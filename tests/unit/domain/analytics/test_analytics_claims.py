"""Claim check: a reported change against the change computed from stored figures."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from app.domain.analytics import check_claims, claim_bounds
from app.domain.model import normalise_observations
from app.domain.periods import parse_period

Row = tuple[str, str, float, str, float, str, str]


def obs(*rows: Row) -> pd.DataFrame:
    """(reporter, period, value, qualifier, change, change unit, change qualifier)."""
    out = []
    for i, (rep, period, value, qual, change, unit, cq) in enumerate(rows, start=1):
        p = parse_period(period)
        out.append(
            {
                "obs_id": i,
                "indicator": "trade_turnover",
                "reporter": rep,
                "partner": "AZE" if rep == "CHN" else "CHN",
                "period_start": p.start,
                "period_end": p.end,
                "value": value,
                "unit": "USD",
                "qualifier": qual,
                "change_value": change,
                "change_unit": unit,
                "change_qualifier": cq,
                "source_id": 10 + i,
            }
        )
    return normalise_observations(pd.DataFrame(out))


NONE = (float("nan"), "", "")


def verdict(o: pd.DataFrame, obs_id: int, **kw: object) -> pd.Series:
    c = check_claims(o, **kw)
    return c[c["obs_id"] == obs_id].iloc[0]


def test_more_than_is_a_bound_consistent_with_a_higher_growth() -> None:
    o = obs(
        ("CHN", "2024-01/2024-10", 2.0016e9, "exact", *NONE),
        ("CHN", "2025-01/2025-10", 2.44e9, "exact", 20.0, "%", "more_than"),
    )
    c = verdict(o, 2)
    assert c["verdict"] == "consistent"
    assert c["computed_pct"] == pytest.approx(21.9, abs=0.01)
    assert c["claimed"] == "more than +20.0 %"
    assert c["source_ids"] == (12, 11)  # its own source first
    assert "Jan–Oct 2024" in c["explanation"]


def test_inconsistent_claim_gives_both_numbers() -> None:
    o = obs(
        ("CHN", "2024-01/2024-10", 3.0e9, "more_than", *NONE),
        ("CHN", "2025-01/2025-10", 2.44e9, "exact", 20.0, "%", "more_than"),
    )
    c = verdict(o, 2)
    assert c["verdict"] == "inconsistent"
    assert "more than +20.0 %" in c["explanation"]
    assert "at most -18.5 %" in c["explanation"]
    assert "more than $3 bn" in c["explanation"]


def test_exact_claim_allows_for_the_rounding_of_printed_levels() -> None:
    o = obs(
        ("AZE", "2021", 1.78e9, "exact", *NONE),
        ("AZE", "2022", 2.2e9, "exact", 21.0, "%", "exact"),
        ("AZE", "2023", 2.5e9, "exact", 21.0, "%", "exact"),
    )
    assert verdict(o, 2)["verdict"] == "consistent"  # 2.15..2.25 / 1.775..1.785
    assert verdict(o, 3)["verdict"] == "inconsistent"  # +13.6 %


def test_no_comparable_figure_cannot_be_checked() -> None:
    o = obs(
        ("AZE", "2024", 44798.0, "exact", *NONE),
        ("AZE", "2025-01/2025-10", 57000.0, "more_than", 50.0, "%", "nearly"),
    )
    c = verdict(o, 2)
    assert c["verdict"] == "cannot_check"
    assert "no Jan–Oct 2024 figure from AZE is stored" in c["explanation"]


def test_different_reporter_is_named_as_the_reason() -> None:
    o = obs(
        ("AZE", "2024", 3.744e9, "exact", *NONE),
        ("CHN", "2025", 4.87e9, "exact", 30.2, "%", "exact"),
    )
    c = verdict(o, 2)
    assert c["verdict"] == "cannot_check"
    assert "different reporter" in c["explanation"]
    assert verdict(o, 2, same_reporter=False)["verdict"] == "consistent"


def test_times_means_a_multiple_of_the_earlier_value() -> None:
    o = obs(
        ("AZE", "2022-Q1", 365.0, "exact", *NONE),
        ("AZE", "2023-Q1", 1279.0, "exact", 3.5, "times", "exact"),
    )
    c = verdict(o, 2)
    assert c["claimed_pct"] == pytest.approx(250.0)
    assert c["verdict"] == "consistent"


def test_both_levels_bounds_cannot_be_checked() -> None:
    o = obs(
        ("AZE", "2024", 3.0e9, "more_than", *NONE),
        ("AZE", "2025", 3.5e9, "more_than", 10.0, "%", "exact"),
    )
    c = verdict(o, 2)
    assert c["verdict"] == "cannot_check"
    assert "both levels are bounds" in c["explanation"]


def test_claim_bounds_by_qualifier() -> None:
    lo, hi = claim_bounds(
        np.array([20.0, 20.0, 50.0, 50.0, 21.9]),
        np.array(["%"] * 5),
        np.array(["more_than", "less_than", "nearly", "about", "exact"]),
    )
    assert lo[0] == pytest.approx(19.5)
    assert hi[0] == np.inf
    assert lo[1] == -np.inf
    assert (lo[2], hi[2]) == pytest.approx((45.0, 50.5))
    assert (lo[3], hi[3]) == pytest.approx((45.0, 55.0))
    assert (lo[4], hi[4]) == pytest.approx((21.8, 22.0))  # at least tolerance_pp 0.1


def test_no_claims_gives_an_empty_frame_with_the_columns() -> None:
    c = check_claims(obs(("AZE", "2024", 1.0, "exact", *NONE)))
    assert c.empty
    assert "verdict" in c.columns
