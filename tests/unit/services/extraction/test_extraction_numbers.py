"""Numbers, magnitudes and units per language: each construction the issue names."""

from __future__ import annotations

import math

import pytest

from app.services.extraction.numbers import number_value, scan_numbers
from app.services.extraction.sentences import detect_language


def only(text: str) -> tuple[float, str | None]:
    found = scan_numbers(text, 0, detect_language(text))
    assert len(found) == 1, found
    return found[0].value, found[0].unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("trade reached $2.44 billion", 2.44e9, "USD"),
        ("financing of US$238 million", 238e6, "USD"),
        ("turnover was $ 769 mln", 769e6, "USD"),
        ("turnover of $1.6bn", 1.6e9, "USD"),
        ("trade of $748,8 million", 748.8e6, "USD"),
        ("1.5 million dollars", 1.5e6, "USD"),
        ("2.2 billion US dollars", 2.2e9, "USD"),
        ("1.3 billion U.S. dollars", 1.3e9, "USD"),
        ("more than 29 million manat", 29e6, "AZN"),
        ("more than 500 million yuan", 500e6, "CNY"),
        ("a total of 1,570 MW", 1570.0, "MW"),
        ("the 240-MW plant", 240.0, "MW"),
        ("a 3-GW plant", 3000.0, "MW"),
        ("a 1-gigawatt project", 1000.0, "MW"),
        ("up to 1,748.6 megawatts", 1748.6, "MW"),
        ("generated 520.2 million kWh", 520.2e6, "kWh"),
        ("a 30 MWh battery", 30000.0, "kWh"),
        ("grew 4.2 times", 4.2, "times"),
        ("a 60.7-fold increase", 60.7, "times"),
        ("more than 20 percent", 20.0, "%"),
        ("its share is 17.69%", 17.69, "%"),
        ("estimated at 27 000 MW", 27000.0, "MW"),
        ("357 trains", 357.0, "count"),
        ("37 wind turbines", 37.0, "count"),
        ("57,000 Chinese tourists", 57000.0, "persons"),
    ],
)
def test_english(text: str, value: float, unit: str) -> None:
    got_value, got_unit = only(text)
    assert math.isclose(got_value, value, rel_tol=1e-9)
    assert got_unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("составил 2,45 млрд долларов", 2.45e9, "USD"),
        ("составил $2,45 млрд", 2.45e9, "USD"),
        ("превысил 950 миллионов долларов США", 950e6, "USD"),
        ("вырос на 26%", 26.0, "%"),
        ("посетили 44 798 китайских туристов", 44798.0, "persons"),
        ("мощностью 100 МВт", 100.0, "MW"),
        ("около 180 млн кВт·ч", 180e6, "kWh"),
        ("12,5 тыс. туристов", 12500.0, "persons"),
    ],
)
def test_russian(text: str, value: float, unit: str) -> None:
    got_value, got_unit = only(text)
    assert math.isclose(got_value, value, rel_tol=1e-9)
    assert got_unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("həcmi 2,44 milyard ABŞ dollarına çatıb", 2.44e9, "USD"),
        ("21,9 faiz çoxdur", 21.9, "%"),
        ("57 mindən çox Çin turisti", 57000.0, "persons"),
        ("417,8 milyon dollar olub", 417.8e6, "USD"),
        ("9,2 dəfə artaraq", 9.2, "times"),
        ("44 798 Çin vətəndaşı səfər edib", 44798.0, "persons"),
    ],
)
def test_azerbaijani(text: str, value: float, unit: str) -> None:
    got_value, got_unit = only(text)
    assert math.isclose(got_value, value, rel_tol=1e-9)
    assert got_unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("turist sayısı yüzde 49 arttı", 49.0, "%"),
        ("ticaret hacmi 3 milyar doları aştı", 3e9, "USD"),
        ("sayısı 49 939 Çinli turist oldu", 49939.0, "persons"),
        ("57 binden fazla Çinli turist", 57000.0, "persons"),
        ("ihracat %12,5 arttı", 12.5, "%"),
    ],
)
def test_turkish(text: str, value: float, unit: str) -> None:
    got_value, got_unit = only(text)
    assert math.isclose(got_value, value, rel_tol=1e-9)
    assert got_unit == unit


def test_turkish_dot_thousands_without_unit_is_read_as_grouping() -> None:
    found = scan_numbers("Çinli turist sayısı 57.000'e ulaştı", 0, "tr")
    assert [f.value for f in found] == [57000.0]


@pytest.mark.parametrize(
    ("digits", "sep", "lang", "magnitude", "expected"),
    [
        ("57,000", ",", "en", False, 57000.0),
        ("1.543", ".", "en", True, 1.543),  # "$1.543 billion"
        ("1.543", ".", "tr", False, 1543.0),  # Turkish grouping
        ("2,445", ",", "ru", True, 2.445),  # "2,445 млрд": a decimal comma
        ("1.234.567,5", ".", "tr", False, 1234567.5),
        ("44 798", " ", "ru", False, 44798.0),
        ("44\u202f798", "\u202f", "ru", False, 44798.0),
        ("748,8", None, "en", True, 748.8),
    ],
)
def test_separators_follow_language(
    digits: str, sep: str | None, lang: str, magnitude: bool, expected: float
) -> None:
    assert number_value(digits, sep, lang, magnitude) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Baku, December 25 /Xinhua/",
        "the opening ceremony on January 8",
        "China became the 4th largest partner",
        "from 2019-2020 on",
        "in 2017 Chinese companies",
    ],
)
def test_dates_ordinals_and_years_are_not_figures(text: str) -> None:
    found = scan_numbers(text, 0, "en")
    assert all(f.unit is None for f in found)
