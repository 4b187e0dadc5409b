"""Frequency conversion of single months: hand-computed windows and pandas resampling on random
monthly data with random missing months (hypothesis)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pandas.api.typing import Resampler

from app.domain.derive import Aggregation, Frequency, aggregation_for_kind, convert_frequency
from app.domain.model import IndicatorKind
from app.domain.periods import month_index


def monthly(values: dict[tuple[int, int], float], qualifier: str = "exact") -> pd.DataFrame:
    """A series of single months {(year, month): value}; obs ids 1.. in month order."""
    m = np.array(sorted(month_index(y, mo) for y, mo in values), dtype="int64")
    v = [values[(int(x) // 12, int(x) % 12 + 1)] for x in m]
    return pd.DataFrame(
        {
            "period_start": m,
            "period_end": m,
            "value": v,
            "qualifier": qualifier,
            "obs_id": np.arange(1, len(m) + 1),
            "source_id": np.arange(1, len(m) + 1) % 2 + 1,
        }
    )


def test_months_to_quarters_leave_an_incomplete_quarter_as_a_gap() -> None:
    s = monthly({(2025, m): float(m) for m in (1, 2, 3, 4, 6)})
    out = convert_frequency(s, Frequency.QUARTER, Aggregation.SUM)
    assert out["period_start"].tolist() == [month_index(2025, 1), month_index(2025, 4)]
    assert out["period_end"].tolist() == [month_index(2025, 3), month_index(2025, 6)]
    q1, q2 = out.iloc[0], out.iloc[1]
    assert q1["value"] == pytest.approx(6.0)
    assert q1["note"] == "Q1 2025 = sum of Jan–Mar 2025 (3 months)"
    assert q1["from_obs_ids"] == (1, 2, 3)
    assert q1["source_ids"] == (1, 2)
    assert q1["qualifier"] == "exact"
    assert math.isnan(q2["value"])
    assert q2["qualifier"] == ""
    assert q2["note"] == "gap: Q2 2025 has 2 of 3 months"
    assert q2["from_obs_ids"] == ()


def test_months_to_years_with_an_incomplete_year() -> None:
    s = monthly(
        {**{(2024, m): 10.0 for m in range(1, 13)}, **{(2025, m): 20.0 for m in range(1, 11)}}
    )
    out = convert_frequency(s, Frequency.YEAR, Aggregation.SUM)
    assert out["value"].iloc[0] == pytest.approx(120.0)
    assert out["note"].tolist() == [
        "2024 = sum of Jan–Dec 2024 (12 months)",
        "gap: 2025 has 10 of 12 months",
    ]
    assert math.isnan(out["value"].iloc[1])


def test_a_window_without_any_month_between_two_with_months_is_a_gap_row() -> None:
    s = monthly({(2024, 1): 1.0, (2024, 2): 1.0, (2024, 3): 1.0, (2024, 10): 1.0})
    out = convert_frequency(s, Frequency.QUARTER, Aggregation.SUM)
    assert out["note"].tolist()[1:3] == [
        "gap: Q2 2024 has 0 of 3 months",
        "gap: Q3 2024 has 0 of 3 months",
    ]


def test_stock_is_read_at_the_end_of_the_period() -> None:
    s = monthly({(2025, m): 100.0 + m for m in range(1, 7)})
    out = convert_frequency(s, Frequency.QUARTER, Aggregation.LAST)
    assert out["value"].tolist() == pytest.approx([103.0, 106.0])
    assert out["note"].iloc[0] == "Q1 2025 = Mar 2025 (end of period)"
    assert out["from_obs_ids"].iloc[0] == (3,)


def test_rate_is_averaged_over_a_half_year() -> None:
    s = monthly({(2025, m): float(m) for m in range(1, 7)})
    out = convert_frequency(s, Frequency.HALF, Aggregation.MEAN)
    assert out["value"].tolist() == pytest.approx([3.5])
    assert out["note"].iloc[0] == "H1 2025 = mean of Jan–Jun 2025 (6 months)"


def test_bounds_and_approximate_months() -> None:
    s = monthly({(2025, 1): 1.0, (2025, 2): 2.0, (2025, 3): 3.0}, qualifier="about")
    assert convert_frequency(s, "quarter", "sum")["qualifier"].tolist() == ["about"]  # type: ignore[arg-type]
    s.loc[1, "qualifier"] = "more_than"
    assert convert_frequency(s, Frequency.QUARTER, Aggregation.SUM)["qualifier"].tolist() == [
        "more_than"
    ]
    s.loc[2, "qualifier"] = "up_to"
    gap = convert_frequency(s, Frequency.QUARTER, Aggregation.SUM).iloc[0]
    assert math.isnan(gap["value"])
    assert gap["note"] == "gap: Q1 2025 mixes 'more than' and 'less than' figures"


def test_non_monthly_rows_are_ignored() -> None:
    s = monthly({(2025, m): 1.0 for m in range(1, 4)})
    year = pd.DataFrame(
        [[month_index(2025, 1), month_index(2025, 12), 99.0, "exact", 9, 1]], columns=s.columns
    )
    out = convert_frequency(pd.concat([s, year]), Frequency.QUARTER, Aggregation.SUM)
    assert out["value"].tolist() == pytest.approx([3.0])
    assert convert_frequency(year, Frequency.YEAR, Aggregation.SUM).empty


@pytest.mark.parametrize(
    ("kind", "how"),
    [
        (IndicatorKind.FLOW, Aggregation.SUM),
        (IndicatorKind.COUNT, Aggregation.SUM),
        (IndicatorKind.STOCK, Aggregation.LAST),
        (IndicatorKind.RATE, Aggregation.MEAN),
    ],
)
def test_aggregation_by_indicator_kind(kind: IndicatorKind, how: Aggregation) -> None:
    assert aggregation_for_kind(kind) is how
    assert aggregation_for_kind(kind.value) is how


def test_an_unknown_kind_is_refused_not_guessed() -> None:
    with pytest.raises(ValueError, match="no aggregation for indicator kind ''"):
        aggregation_for_kind("")


# --- against pandas resampling -------------------------------------------------------------

_RULES = {Frequency.QUARTER: "QS", Frequency.HALF: "6MS", Frequency.YEAR: "YS"}
_MONTHS = {Frequency.QUARTER: 3, Frequency.HALF: 6, Frequency.YEAR: 12}


@st.composite
def monthly_series(draw: st.DrawFn) -> pd.DataFrame:
    """Random monthly figures from a random month, some months missing (at least one kept)."""
    first = draw(st.integers(month_index(1990, 1), month_index(2030, 12)))
    n = draw(st.integers(1, 60))
    present = np.asarray(draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    present[draw(st.integers(0, n - 1))] = True
    if draw(st.booleans()):  # often a long complete stretch, so complete windows occur
        present[: n // 2] = True
    values = np.asarray(draw(st.lists(st.floats(0.0, 1e9), min_size=n, max_size=n)))
    m = np.arange(first, first + n)[present]
    return pd.DataFrame(
        {
            "period_start": m,
            "period_end": m,
            "value": values[present],
            "qualifier": "exact",
            "obs_id": np.arange(len(m)) + 1,
            "source_id": 7,
        }
    )


def resampled(s: pd.DataFrame, target: Frequency) -> Resampler[pd.Series]:
    """pandas' resampler over whole calendar years around the series (NaN = missing month)."""
    lo = int(s["period_start"].min()) // 12 * 12
    hi = int(s["period_start"].max()) // 12 * 12 + 11
    index = pd.date_range(f"{lo // 12}-01-01", periods=hi - lo + 1, freq="MS")
    values = pd.Series(s["value"].to_numpy(), index=s["period_start"].to_numpy() - lo)
    calendar = pd.Series(values.reindex(range(hi - lo + 1)).to_numpy(), index=index)
    return calendar.resample(_RULES[target])


@settings(max_examples=60, deadline=None)
@given(
    s=monthly_series(),
    target=st.sampled_from(list(Frequency)),
    how=st.sampled_from(list(Aggregation)),
)
def test_convert_frequency_matches_pandas_resample(
    s: pd.DataFrame, target: Frequency, how: Aggregation
) -> None:
    out = convert_frequency(s, target, how)
    n = _MONTHS[target]
    r = resampled(s, target)
    count, value = r.count(), getattr(r, how.value)()
    starts = pd.DatetimeIndex(
        [f"{int(m) // 12}-{int(m) % 12 + 1:02d}-01" for m in out["period_start"]]
    )
    # every window from the first month's to the last month's, each n months long
    first, last = int(s["period_start"].min()), int(s["period_start"].max())
    assert out["period_start"].tolist() == list(range(first // n * n, last // n * n + 1, n))
    assert (out["period_end"] - out["period_start"] + 1 == n).all()
    complete = (count.reindex(starts) == n).to_numpy()
    assert (out["value"].notna().to_numpy() == complete).all()
    np.testing.assert_allclose(
        out["value"].to_numpy()[complete],
        value.reindex(starts).to_numpy()[complete],
        rtol=1e-9,
        atol=1e-6,
    )
    gaps = out[~complete]
    assert all(
        note == f"gap: {note.split(' has ')[0][5:]} has {k} of {n} months"
        for note, k in zip(gaps["note"], count.reindex(starts).to_numpy()[~complete], strict=True)
    )
