from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.units import UnitError, canonical_unit, format_quantity, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2.44 bn", 2.44e9),
        ("2,440,000,000", 2.44e9),
        ("57k", 57000),
        ("57,000", 57000),
        ("1 570", 1570),
        ("748,8", 748.8),
        ("-3.5", -3.5),
        ("$2.44bn", 2.44e9),
        ("1.748,6", 1748.6),
        ("420 mn", 420e6),
    ],
)
def test_parse_number_accepts_what_people_type(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("bad", ["", "abc", "2.44 zillion", "nan", "inf", "1,2,3", "1e999"])
def test_parse_number_rejects_nonsense(bad: str) -> None:
    with pytest.raises(UnitError):
        parse_number(bad)


@pytest.mark.parametrize(
    ("unit", "canonical", "factor"),
    [
        ("USD bn", "USD", 1e9),
        ("USD mn", "USD", 1e6),
        ("GW", "MW", 1e3),
        ("mn kWh", "kWh", 1e6),
        ("bn kWh", "kWh", 1e9),
        ("AZN mn", "AZN", 1e6),
        ("persons", "persons", 1.0),
    ],
)
def test_canonical_units(unit: str, canonical: str, factor: float) -> None:
    assert canonical_unit(unit) == (canonical, factor)


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (2.44e9, "USD", "$2.44 bn"),
        (57000, "persons", "57,000 persons"),
        (1570, "MW", "1,570 MW"),
        (17.69, "percent", "17.69 %"),
        (769e6, "USD", "$769 mn"),
        (29e6, "AZN", "AZN 29 mn"),
    ],
)
def test_format_quantity(value: float, unit: str, text: str) -> None:
    assert format_quantity(value, unit) == text


@given(st.floats(min_value=0, max_value=1e14, allow_nan=False))
def test_formatted_plain_numbers_parse_back(x: float) -> None:
    text = f"{x:,.2f}"
    assert math.isclose(parse_number(text), round(x, 2), rel_tol=1e-12, abs_tol=1e-9)


def test_a_negative_amount_puts_the_sign_before_the_currency() -> None:
    """A trade balance reads "−$967.3 mn", never "$-967.3 mn"; the text reads back."""
    assert format_quantity(-967.3e6, "USD") == "−$967.3 mn"
    assert format_quantity(-3e9, "EUR") == "−€3 bn"
    assert format_quantity(-5, "AZN") == "−AZN 5"
    assert format_quantity(-0.2, "USD") == "$0"  # rounds to nothing: no sign
    assert parse_number("−$967.3 mn") == -967.3e6
