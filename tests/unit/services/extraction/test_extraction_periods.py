"""Period phrases per language, resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.extraction.periods import find_periods

PUBLISHED = date(2025, 12, 25)


def codes(text: str, published: date | None = PUBLISHED) -> list[str | None]:
    return [
        m.period.code() if m.period else None
        for m in find_periods(text, published)
        if not m.comparison
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("in 2017", "2017"),
        ("January–October", "2025-01/2025-10"),
        ("From January to October of this year", "2025-01/2025-10"),
        ("January through October 2025", "2025-01/2025-10"),
        ("between January and October", "2025-01/2025-10"),
        ("the first 10 months of 2024", "2024-01/2024-10"),
        ("the first quarter of the preceding year", "2024-Q1"),
        ("last year", "2024"),
        ("in January-June of this year", "2025-H1"),
        ("the first three quarters of 2025", "2025-01/2025-09"),
        ("in the first half of 2025", "2025-H1"),
        ("11 months of the current year", "2025-01/2025-11"),
        ("as of the end of last year", "@2024-12"),
        ("as of the end of June 2019", "@2019-06"),
        ("by the end of 2027", "@2027-12"),
        ("from 1995 through the first half of 2025", "1995-01/2025-06"),
        ("Q1 2024", "2024-Q1"),
        ("January 2026", "2026-01"),
    ],
)
def test_english(text: str, code: str) -> None:
    assert codes(text) == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("в январе-сентябре текущего года", "2025-01/2025-09"),
        ("за первые семь месяцев этого года", "2025-01/2025-07"),
        ("в 2024 году", "2024"),
        ("в первом квартале 2024 года", "2024-Q1"),
        ("в первом полугодии прошлого года", "2024-H1"),
    ],
)
def test_russian(text: str, code: str) -> None:
    assert codes(text) == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("bu ilin ilk yeddi ayında", "2025-01/2025-07"),
        ("2024-cü ildə", "2024"),
        ("cari ilin yanvar-oktyabr aylarında", "2025-01/2025-10"),
        ("ötən il", "2024"),
        ("2024-cü ilin birinci rübündə", "2024-Q1"),
    ],
)
def test_azerbaijani(text: str, code: str) -> None:
    assert codes(text) == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2025'in ilk 10 ayında", "2025-01/2025-10"),
        ("2024 yılında", "2024"),
        ("bu yılın ilk üç çeyreğinde", "2025-01/2025-09"),
        ("geçen yıl", "2024"),
    ],
)
def test_turkish(text: str, code: str) -> None:
    assert codes(text) == [code]


def test_month_range_without_year_after_the_publication_month_is_last_year() -> None:
    assert codes("from January to October", date(2026, 3, 13)) == ["2025-01/2025-10"]


def test_relative_periods_without_a_publication_date_are_unknown() -> None:
    assert codes("in January-June of this year", None) == [None]


def test_comparison_periods_are_marked() -> None:
    text = "reached $2.44 billion, up 21.9% compared to the same period last year"
    assert [m.comparison for m in find_periods(text, PUBLISHED)] == [True]
    text = "bu da ötən ilin müvafiq dövrü ilə müqayisədə 21,9 faiz çoxdur"
    assert [m.comparison for m in find_periods(text, PUBLISHED)] == [True]


def test_dates_are_not_periods() -> None:
    assert codes("Baku, December 25 /Xinhua/") == [None]
