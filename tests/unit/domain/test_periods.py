from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.periods import (
    Period,
    PeriodError,
    PeriodKind,
    month_index,
    parse_period,
    period_code,
    period_label,
    same_window_earlier,
)


@pytest.mark.parametrize(
    ("text", "label", "kind"),
    [
        ("2025", "2025", PeriodKind.YEAR),
        ("2025-Q1", "Q1 2025", PeriodKind.QUARTER),
        ("Q3 2024", "Q3 2024", PeriodKind.QUARTER),
        ("2025-H1", "H1 2025", PeriodKind.HALF),
        ("2025-10", "Oct 2025", PeriodKind.MONTH),
        ("2025-M01", "Jan 2025", PeriodKind.MONTH),
        ("2025-01/2025-10", "Jan–Oct 2025", PeriodKind.YTD),
        ("2025-01..2025-10", "Jan–Oct 2025", PeriodKind.YTD),
        ("2023-10/2025-10", "Oct 2023–Oct 2025", PeriodKind.RANGE),
        ("as of 2019-07", "as of Jul 2019", PeriodKind.POINT),
        ("@2019-07", "as of Jul 2019", PeriodKind.POINT),
    ],
)
def test_parse_and_label(text: str, label: str, kind: PeriodKind) -> None:
    p = parse_period(text)
    assert p.label() == label
    assert p.kind is kind


def test_year_to_date_is_a_month_range() -> None:
    p = parse_period("2025-01/2025-10")
    assert (p.start, p.end) == (month_index(2025, 1), month_index(2025, 10))
    assert p.months == 10
    assert same_window_earlier(p).label() == "Jan–Oct 2024"


@pytest.mark.parametrize("bad", ["", "2025-13", "Q5 2025", "2025-10/2025-01", "soon", "99999"])
def test_unreadable_periods_say_so(bad: str) -> None:
    with pytest.raises(PeriodError):
        parse_period(bad)


@given(st.integers(1800 * 12, 2200 * 12 + 11), st.integers(0, 40), st.booleans())
def test_code_round_trips(start: int, length: int, point: bool) -> None:
    end = start if point else min(start + length, 2200 * 12 + 11)
    p = Period(start, end, point)
    assert parse_period(period_code(start, end, point)) == p
    assert period_label(start, end, point)
