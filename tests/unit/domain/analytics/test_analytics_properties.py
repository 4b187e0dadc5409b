"""Properties of the analytics on generated series (hypothesis)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.analytics import derive_from_ytd, record_history, yoy_for
from app.domain.analytics.choice import choose_figures
from app.domain.model import normalise_observations
from app.domain.periods import month_index

values = st.floats(min_value=1.0, max_value=1e12, allow_nan=False, allow_infinity=False)
windows = st.sampled_from([(1, 12), (1, 10), (1, 3), (4, 6), (7, 7)])


def series(
    vals: list[float], first_month: int, last_month: int, quals: list[str] | None = None
) -> pd.DataFrame:
    """One value per year from 2000 on, all in the window first..last month."""
    rows = [
        {
            "obs_id": i + 1,
            "indicator": "x",
            "reporter": "AZE",
            "partner": "CHN",
            "period_start": month_index(2000 + i, first_month),
            "period_end": month_index(2000 + i, last_month),
            "value": v,
            "unit": "USD",
            "qualifier": (quals or ["exact"] * len(vals))[i],
            "source_id": i + 1,
        }
        for i, v in enumerate(vals)
    ]
    return normalise_observations(pd.DataFrame(rows))


@settings(max_examples=25, deadline=None)
@given(value=values, n=st.integers(2, 8), window=windows)
def test_yoy_of_a_constant_series_is_zero(value: float, n: int, window: tuple[int, int]) -> None:
    y = yoy_for(series([value] * n, *window))
    assert np.isnan(y["yoy_pct"].iloc[0])
    assert np.allclose(y["yoy_pct"].iloc[1:], 0.0, atol=1e-9)


@settings(max_examples=25, deadline=None)
@given(
    vals=st.lists(values, min_size=2, max_size=8),
    factor=st.floats(min_value=1e-3, max_value=1e3),
    window=windows,
)
def test_scaling_scales_levels_and_keeps_growth(
    vals: list[float], factor: float, window: tuple[int, int]
) -> None:
    base = yoy_for(series(vals, *window))
    scaled = yoy_for(series([v * factor for v in vals], *window))
    assert np.allclose(scaled["yoy_pct"].iloc[1:], base["yoy_pct"].iloc[1:], rtol=1e-9, atol=1e-9)
    # a difference of two near-equal large levels keeps only the levels' absolute precision
    scale = max(abs(v) for v in vals) * factor
    assert np.allclose(
        scaled["yoy_abs"].iloc[1:], base["yoy_abs"].iloc[1:] * factor, rtol=1e-9, atol=1e-12 * scale
    )


@settings(max_examples=25, deadline=None)
@given(
    vals=st.lists(values, min_size=1, max_size=12),
    quals=st.lists(
        st.sampled_from(["exact", "more_than", "up_to", "about"]), min_size=12, max_size=12
    ),
)
def test_records_are_monotone_over_time(vals: list[float], quals: list[str]) -> None:
    hist = record_history(choose_figures(series(vals, 1, 12, quals[: len(vals)])))
    assert (np.diff(hist["record_level"].to_numpy()) >= 0).all()
    for i in np.flatnonzero(hist["status"].to_numpy() == "record"):
        assert hist["lo"].iloc[i] > hist["hi"].iloc[:i].max()


@settings(max_examples=25, deadline=None)
@given(
    increments=st.lists(st.floats(min_value=0.0, max_value=1e9), min_size=2, max_size=12),
    year=st.integers(1990, 2030),
)
def test_differencing_ytds_and_summing_gives_back_the_last(
    increments: list[float], year: int
) -> None:
    ends = list(range(13 - len(increments), 13))
    cumulative = np.cumsum(increments)
    rows = [
        {
            "obs_id": i + 1,
            "indicator": "x",
            "reporter": "AZE",
            "partner": "CHN",
            "period_start": month_index(year, 1),
            "period_end": month_index(year, end),
            "value": float(v),
            "unit": "USD",
            "source_id": 1,
        }
        for i, (end, v) in enumerate(zip(ends, cumulative, strict=True))
    ]
    o = normalise_observations(pd.DataFrame(rows))
    d = derive_from_ytd(o)
    assert len(d) == len(increments) - 1
    assert np.isclose(cumulative[0] + d["value"].sum(), cumulative[-1], rtol=1e-9, atol=1e-3)
    assert d["period_start"].tolist() == [month_index(year, e + 1) for e in ends[:-1]]
