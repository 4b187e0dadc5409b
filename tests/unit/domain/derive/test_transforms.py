"""Changes, year-to-date and window transforms of a series, against hand-computed values and
against pandas' rolling windows on random monthly data (hypothesis)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.analytics import derive_from_ytd
from app.domain.derive import (
    DERIVED_COLUMNS,
    Aggregation,
    cagr,
    cumulative,
    period_change,
    rolling,
    year_on_year,
    ytd_accumulate,
    ytd_difference,
)
from app.domain.derive.words import labels
from app.domain.model import normalise_observations
from app.domain.periods import month_index, parse_period, period_label


def series(*rows: tuple[str, float] | tuple[str, float, str]) -> pd.DataFrame:
    """A series frame from (period text, value[, qualifier]); obs ids 1.., sources 10 + i."""
    records = []
    for i, row in enumerate(rows):
        p = parse_period(row[0])
        qualifier = row[2] if len(row) == 3 else "exact"
        records.append((p.start, p.end, p.point, float(row[1]), qualifier, i + 1, 10 + i))
    frame = pd.DataFrame(
        records,
        columns=[
            "period_start",
            "period_end",
            "period_point",
            "value",
            "qualifier",
            "obs_id",
            "source_id",
        ],
    )
    return frame.sort_values(["period_start", "period_end"]).reset_index(drop=True)


def months(year: int, values: dict[int, float]) -> list[tuple[str, float]]:
    return [(f"{year}-{m:02d}", v) for m, v in values.items()]


def row(frame: pd.DataFrame, text: str) -> pd.Series:
    p = parse_period(text)
    hit = frame[(frame["period_start"] == p.start) & (frame["period_end"] == p.end)]
    assert len(hit) == 1, f"no single row for {text}"
    return hit.iloc[0]


# --- year-to-date differencing --------------------------------------------------------------


def test_jan_oct_minus_jan_sep_is_october() -> None:
    out = ytd_difference(series(("2025-01/2025-09", 900.0), ("2025-01/2025-10", 1000.0)))
    assert list(out.columns) == list(DERIVED_COLUMNS)
    oct_ = row(out, "2025-10")
    assert oct_["value"] == pytest.approx(100.0)
    assert oct_["qualifier"] == "exact"
    assert oct_["note"] == "Oct 2025 = Jan–Oct 2025 − Jan–Sep 2025"
    assert oct_["from_obs_ids"] == (1, 2)
    assert oct_["source_ids"] == (10, 11)


def test_ytd_difference_spans_the_months_between_and_restarts_each_year() -> None:
    out = ytd_difference(
        series(
            ("2025-Q1", 300.0),
            ("2025-01/2025-07", 800.0),
            ("2025-01/2025-10", 1000.0),
            ("2024-01/2024-10", 700.0),
            ("2025-Q3", 1.0),  # not cumulative: ignored
        )
    )
    assert [(r.period_start, r.period_end) for r in out.itertuples()] == [
        (month_index(2025, 4), month_index(2025, 7)),
        (month_index(2025, 8), month_index(2025, 10)),
    ]
    assert out["value"].tolist() == pytest.approx([500.0, 200.0])


def test_ytd_difference_carries_bounds_and_leaves_opposite_bounds_a_gap() -> None:
    out = ytd_difference(
        series(
            ("2025-01/2025-09", 900.0),
            ("2025-01/2025-10", 1000.0, "more_than"),
            ("2025", 1300.0),
            ("2024-01/2024-09", 900.0, "more_than"),
            ("2024-01/2024-10", 1000.0, "more_than"),
        )
    )
    assert row(out, "2025-10")["qualifier"] == "more_than"  # 1000+ − 900 ≥ 100
    assert row(out, "2025-11/2025-12")["qualifier"] == "less_than"  # 1300 − 1000+ ≤ 300
    gap = row(out, "2024-10")
    assert math.isnan(gap["value"])
    assert gap["qualifier"] == ""
    assert gap["from_obs_ids"] == ()
    assert gap["note"].startswith("gap: Oct 2024 = Jan–Oct 2024 − Jan–Sep 2024")


def test_ytd_difference_and_derive_from_ytd_agree() -> None:
    frame = series(
        ("2025-Q1", 1.0e9),
        ("2025-01/2025-07", 2.45e9),
        ("2025-01/2025-10", 3.2e9, "more_than"),
        ("2025", 4.0e9, "about"),
    )
    observations = normalise_observations(
        frame.assign(indicator="x", reporter="AZE", partner="CHN", unit="USD")
    )
    table = derive_from_ytd(observations)
    derived = ytd_difference(frame)
    assert table["value"].tolist() == pytest.approx(derived["value"].tolist())
    assert table["qualifier"].astype(str).tolist() == derived["qualifier"].tolist()
    assert table["from_obs_ids"].tolist() == derived["from_obs_ids"].tolist()
    assert derived["qualifier"].tolist() == ["exact", "more_than", "less_than"]


# --- period on period, year on year, CAGR -----------------------------------------------------


def test_month_on_month_and_gap_where_the_previous_month_is_missing() -> None:
    out = period_change(
        series(*months(2025, {1: 100.0, 2: 110.0, 3: 99.0, 5: 120.0}), ("2025-01/2025-05", 1.0))
    )
    assert [r.period_start for r in out.itertuples()] == [month_index(2025, m) for m in (2, 3, 5)]
    assert out["value"].tolist()[:2] == pytest.approx([10.0, -10.0])
    assert row(out, "2025-02")["note"] == "Feb 2025 = percent change on Jan 2025"
    assert row(out, "2025-02")["from_obs_ids"] == (1, 2)
    may = row(out, "2025-05")
    assert math.isnan(may["value"])
    assert may["note"] == "gap: no Apr 2025 figure to compare May 2025 with"


def test_quarter_on_quarter_and_a_lag() -> None:
    s = series(("2024-Q3", 200.0), ("2024-Q4", 250.0), ("2025-Q1", 300.0), ("2024-Q2", 100.0))
    out = period_change(s)
    assert row(out, "2024-Q4")["value"] == pytest.approx(25.0)
    assert row(out, "2025-Q1")["value"] == pytest.approx(20.0)
    lagged = period_change(s, lag=2)
    assert row(lagged, "2025-Q1")["value"] == pytest.approx(50.0)  # on Q3 2024
    with pytest.raises(ValueError, match="lag"):
        period_change(s, lag=0)


def test_change_on_a_non_positive_level_is_a_gap() -> None:
    out = period_change(series(("2023", -5.0), ("2024", 10.0)))
    assert math.isnan(out["value"].iloc[0])
    assert "not positive" in out["note"].iloc[0]


def test_year_on_year_compares_the_same_window_never_the_year() -> None:
    out = year_on_year(
        series(
            ("2024-01/2024-10", 800.0),
            ("2024", 1000.0),
            ("2025-01/2025-10", 1000.0, "more_than"),
        )
    )
    assert len(out) == 1
    jan_oct = row(out, "2025-01/2025-10")
    assert jan_oct["value"] == pytest.approx(25.0)
    assert jan_oct["qualifier"] == "more_than"
    assert jan_oct["note"] == "Jan–Oct 2025 = percent change on Jan–Oct 2024"


def test_year_on_year_leaves_a_missing_year_as_a_gap_inside_the_span() -> None:
    out = year_on_year(series(("2021", 100.0), ("2022", 120.0), ("2024", 150.0)))
    assert out["value"].tolist()[0] == pytest.approx(20.0)
    assert math.isnan(out["value"].iloc[1])
    assert out["note"].iloc[1] == "gap: no 2023 figure to compare 2024 with"


def test_cagr_2019_to_2024() -> None:
    s = series(*[(str(y), 100.0 * 1.1 ** (y - 2019)) for y in range(2019, 2025)])
    out = cagr(s, month_index(2019, 12), month_index(2024, 12))
    assert len(out) == 1
    r = out.iloc[0]
    assert r["value"] == pytest.approx(10.0)
    assert (r["period_start"], r["period_end"]) == (month_index(2019, 1), month_index(2024, 12))
    assert r["from_obs_ids"] == (1, 6)
    assert r["note"] == "CAGR 2019 to 2024 over 5 years"


def test_cagr_needs_figures_of_the_same_length() -> None:
    s = series(("2019-Q4", 30.0), ("2019-01/2019-10", 80.0), ("2024-01/2024-10", 160.0))
    ok = cagr(s, month_index(2019, 10), month_index(2024, 10))
    assert ok["value"].iloc[0] == pytest.approx((2 ** (1 / 5) - 1) * 100)
    gap = cagr(s, month_index(2019, 12), month_index(2024, 10))
    assert math.isnan(gap["value"].iloc[0])
    assert gap["note"].iloc[0].startswith("gap: no figures of the same length")
    with pytest.raises(ValueError, match="after"):
        cagr(s, month_index(2024, 10), month_index(2019, 10))


def test_cagr_of_a_bound_and_of_a_non_positive_level() -> None:
    s = series(("2019", 100.0), ("2020", 0.0), ("2021", 121.0, "more_than"))
    bound = cagr(s, month_index(2019, 12), month_index(2021, 12)).iloc[0]
    assert bound["value"] == pytest.approx(10.0)
    assert bound["qualifier"] == "more_than"
    gap = cagr(s, month_index(2020, 12), month_index(2021, 12)).iloc[0]
    assert math.isnan(gap["value"])
    assert gap["note"] == "gap: a CAGR needs positive levels (2020: 0, 2021: 121)"
    assert gap["from_obs_ids"] == ()


# --- year to date, rolling, cumulative --------------------------------------------------------


def test_ytd_accumulate_stops_at_a_missing_month() -> None:
    out = ytd_accumulate(series(*months(2025, {1: 10.0, 2: 20.0, 3: 30.0, 5: 50.0})))
    assert out["value"].tolist()[:3] == pytest.approx([10.0, 30.0, 60.0])
    assert row(out, "2025-01/2025-03")["note"] == "Q1 2025 = sum of Jan–Mar 2025 (3 months)"
    assert row(out, "2025-01/2025-02")["from_obs_ids"] == (1, 2)
    assert np.isnan(out["value"].iloc[3:]).all()
    assert row(out, "2025-01/2025-05")["note"] == "gap: Jan–May 2025 has 4 of 5 months"


def test_twelve_month_rolling_sum() -> None:
    s = series(*months(2024, {m: float(m) for m in range(1, 13)}), *months(2025, {1: 13.0}))
    out = rolling(s, 12, Aggregation.SUM)
    assert out["value"].tolist() == pytest.approx([78.0, 90.0])
    last = row(out, "2024-02/2025-01")
    assert last["note"] == "Feb 2024–Jan 2025 = sum of 12 months"
    assert last["from_obs_ids"] == tuple(range(2, 14))
    assert row(out, "2024")["note"] == "2024 = sum of Jan–Dec 2024 (12 months)"


def test_rolling_window_with_a_missing_month_is_a_gap() -> None:
    s = series(*months(2024, {1: 1.0, 2: 2.0, 4: 4.0, 5: 5.0}))
    out = rolling(s, 2, Aggregation.MEAN)
    assert out["value"].tolist()[0] == pytest.approx(1.5)
    assert np.isnan(out["value"].iloc[1:3]).all()
    assert out["note"].iloc[1] == "gap: Feb–Mar 2024 has 1 of 2 months"
    assert out["value"].iloc[3] == pytest.approx(4.5)
    with pytest.raises(ValueError, match="sum or a mean"):
        rolling(s, 2, Aggregation.LAST)


def test_rolling_sum_of_bounds() -> None:
    lower = series(("2024-01", 1.0), ("2024-02", 2.0, "more_than"), ("2024-03", 3.0, "about"))
    assert rolling(lower, 3, Aggregation.SUM)["qualifier"].tolist() == ["more_than"]
    singles = rolling(lower.iloc[[0, 2]], 1, Aggregation.SUM)
    assert singles["qualifier"].tolist() == ["exact", "", "about"]  # Feb left out: a gap
    mixed = series(("2024-01", 1.0, "less_than"), ("2024-02", 2.0, "more_than"))
    gap = rolling(mixed, 2, Aggregation.SUM).iloc[0]
    assert math.isnan(gap["value"])
    assert gap["note"] == "gap: Jan–Feb 2024 mixes 'more than' and 'less than' figures"


def test_cumulative_sum_and_mean_with_a_yearly_restart() -> None:
    s = series(*months(2024, {11: 1.0, 12: 2.0}), *months(2025, {1: 3.0, 2: 5.0}))
    running = cumulative(s, Aggregation.SUM)
    assert running["value"].tolist() == pytest.approx([1.0, 3.0, 6.0, 11.0])
    assert row(running, "2024-11/2025-02")["note"] == "Nov 2024–Feb 2025 = sum of 4 months"
    mean = cumulative(s, Aggregation.MEAN, restart_yearly=True)
    # 2024 starts in November: Jan–Nov 2024 is not known, so the first year is a gap
    assert np.isnan(mean["value"].iloc[:2]).all()
    assert mean["value"].tolist()[2:] == pytest.approx([3.0, 4.0])


def test_transforms_of_an_empty_series_are_empty_frames() -> None:
    empty = series()
    for out in (
        ytd_difference(empty),
        period_change(empty),
        year_on_year(empty),
        rolling(empty, 12, Aggregation.SUM),
        cumulative(empty, Aggregation.SUM),
    ):
        assert out.empty
        assert list(out.columns) == list(DERIVED_COLUMNS)


def test_a_period_given_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="more than one figure for Jan 2024"):
        rolling(series(("2024-01", 1.0), ("2024-01", 2.0)), 1, Aggregation.SUM)


# --- against pandas -------------------------------------------------------------------------


@st.composite
def monthly_series(draw: st.DrawFn) -> pd.DataFrame:
    """Random monthly figures from a random month, some months missing (at least one kept)."""
    first = draw(st.integers(month_index(1990, 1), month_index(2030, 12)))
    n = draw(st.integers(1, 48))
    present = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    present[draw(st.integers(0, n - 1))] = True
    values = draw(st.lists(st.floats(0.0, 1e9, allow_nan=False), min_size=n, max_size=n))
    m = np.arange(first, first + n)[np.asarray(present)]
    v = np.asarray(values)[np.asarray(present)]
    return pd.DataFrame(
        {
            "period_start": m,
            "period_end": m,
            "value": v,
            "qualifier": "exact",
            "obs_id": np.arange(len(m)) + 1,
            "source_id": 1,
        }
    )


def on_calendar(s: pd.DataFrame, first: int, last: int) -> pd.Series:
    """The series on a monthly DatetimeIndex from month ``first`` to ``last`` (NaN = missing)."""
    index = pd.date_range(
        f"{first // 12}-{first % 12 + 1:02d}-01", periods=last - first + 1, freq="MS"
    )
    values = pd.Series(s["value"].to_numpy(), index=s["period_start"].to_numpy() - first)
    return pd.Series(values.reindex(range(last - first + 1)).to_numpy(), index=index)


@settings(max_examples=60, deadline=None)
@given(s=monthly_series(), window=st.integers(1, 14), how=st.sampled_from(["sum", "mean"]))
def test_rolling_matches_pandas(s: pd.DataFrame, window: int, how: str) -> None:
    out = rolling(s, window, Aggregation(how))
    first, last = int(s["period_start"].min()), int(s["period_start"].max())
    if last - first + 1 < window:
        assert out.empty
        return
    expected = getattr(on_calendar(s, first, last).rolling(window), how)().iloc[window - 1 :]
    assert out["period_end"].tolist() == list(range(first + window - 1, last + 1))
    assert (out["period_end"] - out["period_start"] + 1 == window).all()
    np.testing.assert_allclose(out["value"], expected.to_numpy(), rtol=1e-9, atol=1e-6)
    gaps = out["value"].isna()
    assert out["note"][gaps].str.startswith("gap: ").all()
    assert (out["from_obs_ids"][~gaps].map(len) == window).all()


@settings(max_examples=40, deadline=None)
@given(s=monthly_series())
def test_cumulative_sum_matches_pandas_until_the_first_missing_month(s: pd.DataFrame) -> None:
    out = cumulative(s, Aggregation.SUM)
    first, last = int(s["period_start"].min()), int(s["period_start"].max())
    calendar = on_calendar(s, first, last)
    expected = calendar.cumsum(skipna=False)
    np.testing.assert_allclose(out["value"], expected.to_numpy(), rtol=1e-9, atol=1e-6)
    assert (out["period_start"] == first).all()


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1800 * 12, 2199 * 12), st.integers(0, 30), st.booleans()),
        max_size=40,
    )
)
def test_column_labels_are_period_labels(periods: list[tuple[int, int, bool]]) -> None:
    start = np.array([s for s, _, _ in periods], dtype="int64")
    end = np.array([s + (0 if p else n) for s, n, p in periods], dtype="int64")
    point = np.array([p for _, _, p in periods], dtype=bool)
    expected = [
        period_label(int(a), int(b), bool(c)) for a, b, c in zip(start, end, point, strict=True)
    ]
    assert labels(start, end, point).tolist() == expected
