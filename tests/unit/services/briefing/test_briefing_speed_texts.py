"""The column-at-once texts of the briefing equal the scalar functions they stand for."""

from __future__ import annotations

import math
import random

import pytest

from app.services.briefing.figure_texts import format_changes
from app.services.briefing.locale_format import format_change
from app.services.briefing.model import Cited
from app.services.briefing.text_formats import _MD_TABLE, _md_cited, md_escape

EDGES = [
    0.0,
    -0.0,
    0.05,
    -0.05,
    0.25,
    0.15,
    1e-9,
    -1e-9,
    99.95,
    -99.95,
    12.25,
    12.35,
    123456789.05,
    1e15,
    math.inf,
    -math.inf,
    math.nan,
    None,
]


@pytest.mark.parametrize("locale", ["en", "ru", "az", "zh", "de", "tr", "fr"])
def test_format_changes_is_format_change_of_each(locale: str) -> None:
    rng = random.Random(5)
    values: list[float | None] = [rng.uniform(-300, 300) for _ in range(500)]
    values += [rng.uniform(-1e7, 1e7) for _ in range(200)]
    values += [round(rng.uniform(-100, 100), 2) for _ in range(300)]
    values += EDGES
    assert format_changes(values, locale) == [format_change(v, locale) for v in values]


def test_format_changes_of_nothing() -> None:
    assert format_changes([], "en") == []
    assert format_changes([None, math.nan], "ru") == ["", ""]


@pytest.mark.parametrize(
    "text", ["plain text — with a dash", "a *star* and [1]", "x_y", "line\nbreak", "", "<b>"]
)
def test_md_escape_is_one_translate(text: str) -> None:
    assert md_escape(text) == text.translate(_MD_TABLE)


def test_md_cited_marks_each_note() -> None:
    assert _md_cited(Cited("a *b*", (3, 12, 1))) == "a \\*b\\* [3] [12] [1]"
    assert _md_cited(Cited("none")) == "none"
