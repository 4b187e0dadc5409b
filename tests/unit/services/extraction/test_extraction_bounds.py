"""Bound words before (English, Russian) and after (Azerbaijani, Turkish) a figure."""

from __future__ import annotations

import pytest

from app.services.extraction import extract


def qualifier(text: str) -> str:
    found = extract(text)
    assert len(found) == 1, [c.to_json() for c in found]
    return found[0].qualifier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turnover reached $2.44 billion.", "exact"),
        ("Turnover was more than $2.44 billion.", "more_than"),
        ("Turnover was over $2.44 billion.", "more_than"),
        ("Turnover exceeded $3 billion.", "more_than"),
        ("Turnover surpassed $3 billion.", "more_than"),
        ("Turnover reached nearly $3 billion.", "nearly"),
        ("Trade was approaching $2.2 billion.", "nearly"),
        ("Investment was about $800 million.", "about"),
        ("The cost is approximately $ 300 million.", "about"),
        ("Capacity of up to 2,000 megawatts is planned.", "up_to"),
        ("Exports were less than $20 million.", "less_than"),
        ("Инвестиции превысили 950 миллионов долларов.", "more_than"),
        ("Товарооборот составил около 2 млрд долларов.", "about"),
        ("Товарооборот составил почти 2 млрд долларов.", "nearly"),
        ("Dövriyyə 3 milyard ABŞ dollarını ötüb.", "more_than"),
        ("Ölkəyə 57 mindən çox Çin turisti gəlib.", "more_than"),
        ("Ölkəyə təxminən 57 min Çin turisti gəlib.", "about"),
        ("Ticaret hacmi 3 milyar doları aştı.", "more_than"),
        ("Ülkeye 57 binden fazla Çinli turist geldi.", "more_than"),
        ("Ülkeye yaklaşık 57 bin Çinli turist geldi.", "about"),
    ],
)
def test_bounds(text: str, expected: str) -> None:
    assert qualifier(text) == expected


def test_growth_direction_is_not_a_bound() -> None:
    found = extract("Dövriyyə 2,44 milyard dollar olub, bu da 21,9 faiz çoxdur.")
    assert len(found) == 1
    change = found[0].reported_change
    assert change is not None
    assert (change.value, change.qualifier) == (21.9, "exact")
