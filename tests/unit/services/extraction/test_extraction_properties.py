"""Properties: numbers written in any supported style come back; no input breaks the
extractor (random Unicode, huge text without sentence ends)."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.extraction import extract


def _group(integer: int, sep: str) -> str:
    return f"{integer:,}".replace(",", sep)


def write(value_cents: int, style: str) -> str:
    """A sentence with the quantity value_cents / 100 MW written in one supported style."""
    integer, cents = divmod(value_cents, 100)
    frac = f"{cents:02d}"
    if style == "en":
        return f"The plant has a capacity of {_group(integer, ',')}.{frac} MW."
    if style == "en_plain":
        return f"The plant has a capacity of {integer}.{frac} MW."
    if style == "ru":
        return f"Мощность станции составила {_group(integer, chr(0x202F))},{frac} МВт."
    if style == "ru_space":
        return f"Мощность станции составила {_group(integer, ' ')},{frac} МВт."
    if style == "az":
        return f"Stansiyanın gücü {_group(integer, ' ')},{frac} meqavat təşkil edir."
    return f"Santralın kurulu gücü {_group(integer, '.')},{frac} MW'a ulaştı."


STYLES = st.sampled_from(["en", "en_plain", "ru", "ru_space", "az", "tr"])


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=99_999_999_999), STYLES)
def test_number_styles_round_trip(value_cents: int, style: str) -> None:
    found = extract(write(value_cents, style))
    assert len(found) == 1
    assert found[0].unit == "MW"
    assert math.isclose(found[0].value, value_cents / 100, rel_tol=1e-12)


MONEY = st.sampled_from(
    [
        ("${m} billion", "en", 1e9),
        ("{m} млрд долларов", "ru", 1e9),
        ("{m} milyard ABŞ dolları", "az", 1e9),
        ("{m} milyar dolar", "tr", 1e9),
        ("${m} million", "en", 1e6),
        ("{m} млн долларов", "ru", 1e6),
        ("{m} milyon dollar", "az", 1e6),
        ("{m} milyon dolar", "tr", 1e6),
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=99_999), MONEY)
def test_magnitudes_round_trip(value_cents: int, pattern: tuple[str, str, float]) -> None:
    template, lang, factor = pattern
    integer, cents = divmod(value_cents, 100)
    mark = "." if lang == "en" else ","
    text = "Trade: " + template.format(m=f"{integer}{mark}{cents:02d}") + "."
    found = extract(text)
    assert len(found) == 1
    assert found[0].unit == "USD"
    assert math.isclose(found[0].value, value_cents / 100 * factor, rel_tol=1e-12)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=3000))
def test_random_unicode_never_raises(text: str) -> None:
    for c in extract(text):
        assert 0 <= c.span[0] < c.span[1] <= len(text)
        assert c.quote


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="0123456789 ,.$%-–/()MWbnmlrdмлн€₼яянв Jan", max_size=2000))
def test_dense_numeric_text_never_raises(chunk: str) -> None:
    found = extract(chunk * 8)
    assert all(math.isfinite(c.value) for c in found)


def test_huge_text_without_terminators() -> None:
    text = "Trade reached $2.44 billion in January-October, more than 20 percent up " * 3000
    found = extract(text)
    assert sum(1 for c in found if c.value == 2.44e9 and c.unit == "USD") == 3000
    assert max(c.sentence_span[1] - c.sentence_span[0] for c in found) <= 1200
