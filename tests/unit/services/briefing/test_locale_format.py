"""Periods, numbers, units, qualifiers, dates and labels in English, Russian, Azerbaijani
and Chinese (issue 19)."""

from __future__ import annotations

import pytest

from app.domain.periods import parse_period, period_label
from app.services.briefing.locale_format import (
    _az_ablative,
    _az_ordinal,
    format_amount,
    format_change,
    format_day,
    format_figure,
    format_period,
    label,
)

NBSP = "\u00a0"
PERIODS = ["2025", "2025-01/2025-10", "2024-Q1", "2024-H1", "2025-10", "@2025-08",
           "2019-01/2024-12", "2024-11/2025-02", "2024-Q4", "2024-H2",
           "2025-03/2025-05"]  # fmt: skip
EXPECTED = {
    "ru": ["2025", "янв.–окт. 2025", "I кв. 2024", "I пол. 2024", "окт. 2025", "на авг. 2025",
           "2019–2024", "нояб. 2024 – февр. 2025", "IV кв. 2024", "II пол. 2024",
           "март–май 2025"],
    "az": ["2025", "2025-ci ilin yanvar–oktyabr", "2024-cü ilin I rübü", "2024-cü ilin I yarısı",
           "oktyabr 2025", "avqust 2025 tarixinə", "2019–2024", "noyabr 2024 – fevral 2025",
           "2024-cü ilin IV rübü", "2024-cü ilin II yarısı", "2025-ci ilin mart–may"],
    "zh": ["2025年", "2025年1—10月", "2024年第一季度", "2024年上半年", "2025年10月",
           "截至2025年8月", "2019—2024年", "2024年11月—2025年2月", "2024年第四季度",
           "2024年下半年", "2025年3—5月"],
}  # fmt: skip


@pytest.mark.parametrize("locale", ["ru", "az", "zh"])
def test_periods_in_every_language(locale: str) -> None:
    periods = [parse_period(p) for p in PERIODS]
    shown = [format_period(p.start, p.end, p.point, locale) for p in periods]
    assert shown == EXPECTED[locale]


@pytest.mark.parametrize("locale", ["en", "en_GB", "fr", "de"])
def test_english_and_untranslated_periods_are_period_label(locale: str) -> None:
    for text in PERIODS:
        p = parse_period(text)
        expected = (
            "2019–2024" if text == "2019-01/2024-12" else period_label(p.start, p.end, p.point)
        )
        assert format_period(p.start, p.end, p.point, locale) == expected


@pytest.mark.parametrize(
    ("year", "ordinal"),
    [(2025, "2025-ci"), (2024, "2024-cü"), (2023, "2023-cü"), (2026, "2026-cı"),
     (2019, "2019-cu"), (2020, "2020-ci"), (2030, "2030-cu"), (2010, "2010-cu"),
     (2000, "2000-ci"), (2040, "2040-cı"), (2100, "2100-cü"), (2006, "2006-cı")],
)  # fmt: skip
def test_azerbaijani_ordinal_follows_the_last_spoken_word(year: int, ordinal: str) -> None:
    assert _az_ordinal(year) == ordinal


@pytest.mark.parametrize(
    ("value", "unit", "locale", "expected"),
    [
        (2.44e9, "USD", "en", "$2.44 billion"),
        (2.44e9, "USD", "ru", f"2,44{NBSP}млрд{NBSP}долл."),
        (2.44e9, "USD", "az", f"2,44{NBSP}mlrd ABŞ dolları"),
        (2.44e9, "USD", "zh", "24.4亿美元"),
        (29e6, "AZN", "ru", f"29{NBSP}млн{NBSP}манатов"),
        (29e6, "AZN", "az", f"29{NBSP}mln manat"),
        (29e6, "AZN", "zh", "2900万马纳特"),
        (3.5e6, "CNY", "zh", "350万元人民币"),
        (57000, "persons", "en", "57,000 people"),
        (57000, "persons", "ru", f"57{NBSP}000 чел."),
        (57000, "persons", "az", "57.000 nəfər"),
        (57000, "persons", "zh", "5.7万人次"),
        (351, "trains", "ru", "351 поезд"),
        (352, "trains", "ru", "352 поезда"),
        (355, "trains", "ru", "355 поездов"),
        (351, "trains", "az", "351 qatar"),
        (351, "trains", "zh", "351列"),
        (1, "trains", "en", "1 train"),
        (1570, "MW", "ru", f"1{NBSP}570{NBSP}МВт"),
        (1570, "MW", "az", "1.570 MVt"),
        (1570, "MW", "zh", "1,570兆瓦"),
        (12, "companies", "ru", "12 компаний"),
        (12, "companies", "zh", "12家企业"),
        (3, "turbines", "ru", "3 турбины"),
        (4.2, "times", "ru", "4,2 раза"),
        (4.2, "times", "zh", "4.2倍"),
        (5, "tonnes", "ru", "5 тонн"),
        (100, "count", "ru", "100"),
        (0.052, "USD/kWh", "ru", f"0,052{NBSP}долл./кВт·ч"),
        (0.052, "USD/kWh", "zh", "0.052美元/千瓦时"),
        (17.69, "percent", "en", f"17.69{NBSP}%"),
        (17.69, "percent", "ru", f"17,69{NBSP}%"),
        (17.69, "percent", "az", "17,69%"),
        (17.69, "percent", "zh", "17.69%"),
        (2.5e6, "trains", "ru", f"2,5{NBSP}млн поездов"),  # after "million": genitive plural
        (29e6, "AZN", "fr", f"29{NBSP}M{NBSP}AZN"),  # no catalogue: Babel's symbol
        (57000, "persons", "de", "57.000 people"),  # no catalogue: English words
    ],
)
def test_amounts(value: float, unit: str, locale: str, expected: str) -> None:
    assert format_amount(value, unit, locale) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en", ["more than 57,000 people", "less than 57,000 people", "about 57,000 people",
                "nearly 57,000 people", "up to 57,000 people", "57,000 people"]),
        ("ru", [f"{w} 57{NBSP}000 чел." for w in ("более", "менее", "около", "почти", "до")]
               + [f"57{NBSP}000 чел."]),
        ("az", ["57.000 nəfərdən çox", "57.000 nəfərdən az", "təxminən 57.000 nəfər",
                "az qala 57.000 nəfər", "ən çoxu 57.000 nəfər", "57.000 nəfər"]),
        ("zh", ["超过5.7万人次", "不到5.7万人次", "约5.7万人次", "近5.7万人次", "最多5.7万人次",
                "5.7万人次"]),
    ],
)  # fmt: skip
def test_qualified_figures(locale: str, expected: list[str]) -> None:
    qualifiers = ["more_than", "less_than", "about", "nearly", "up_to", "exact"]
    assert [format_figure(57000, "persons", q, locale) for q in qualifiers] == expected


def test_azerbaijani_ablative() -> None:
    assert _az_ablative(f"1{NBSP}570 MVt") == f"1{NBSP}570 MVt-dan"
    assert _az_ablative("2,44 mlrd ABŞ dolları") == "2,44 mlrd ABŞ dollarından"
    assert _az_ablative("17,69%") == "17,69%-dən"
    assert _az_ablative("351 qatar") == "351 qatardan"
    assert _az_ablative("30") == "30-dan"
    assert format_figure(2.44e9, "USD", "more_than", "az") == f"2,44{NBSP}mlrd ABŞ dollarından çox"


def test_changes_and_days() -> None:
    assert format_change(21.94, "zh") == "+21.9%"
    assert format_change(-3.5, "az") == "-3,5%"
    assert format_change(21.94, "ru") == f"+21,9{NBSP}%"
    assert format_day("2026-12-01", "az") == "1 dekabr 2026"
    assert format_day("2026-12-01", "zh") == "2026年12月1日"
    assert format_day("2026-12-01", "ru") == "1 декабря 2026\u202fг."


def test_labels_are_translated() -> None:
    assert label("key_messages", "en") == "Key messages"
    assert label("key_messages", "ru") == "Главное"
    assert label("contents", "zh") == "目录"
    assert label("note", "ru") == "Примечание"  # the column
    assert label("template_note", "ru") == "Справка"  # the template: another context
    assert label("page_of", "az").format(page=1, pages=2) == "Səhifə 1 / 2"
    assert label("chart_of", "zh").format(name="贸易额") == "图表：贸易额"
    assert label("none", "fr") == "No figures are stored for this selection."
    for key in ("as_of", "sources", "appendix", "prepared", "template_dossier", "why"):
        assert label(key, "ru") != label(key, "en")


#: values around every compact magnitude, its rounding carries and half-way digits
BABEL_VALUES = [
    0.0, -0.0, 0.5, 1.0, 2.675, 0.00005, 12345.675, 9_999.5, 99_999.99, 999_999,
    999_999.5, 1e6, 1_234_567.891, -2_440_000_000.0, 999_500_000, 999_999_999_999,
    1e14, 57_000, 17.69, -3.5, 2.44e9, 7.25e12,
]  # fmt: skip


@pytest.mark.parametrize("locale", ["en", "ru", "az", "zh", "tr", "fr", "de", "hi", "ar"])
def test_numbers_are_babels_own_texts(locale: str) -> None:
    # the locale data are looked up once (issue 21); the texts must stay Babel's
    from babel.numbers import format_compact_decimal, format_decimal

    from app.services.briefing.locale_format import _compact_decimal, _decimal

    for v in BABEL_VALUES:
        for style in ("short", "long"):
            expected = format_compact_decimal(
                v, format_type=style, locale=locale, fraction_digits=3
            )
            assert _compact_decimal(v, locale, style) == expected, (v, style)
        for pattern in ("#,##0.####", "#,##0.##", "+#,##0.0;-#,##0.0"):
            assert _decimal(v, pattern, locale) == format_decimal(v, format=pattern, locale=locale)
