"""The briefing's column steps against the row-by-row calls they stand for (issue 21):
figures formatted a column at once, figure tables held as columns, citation numbers of a
column, tables read by column."""

from __future__ import annotations

import math
import random
from dataclasses import replace

import numpy as np
import pytest
from tests.unit.services.briefing.test_briefing_fast_paths import FIELDS

from app.services.briefing.citations import CitationBook
from app.services.briefing.figure_texts import _counts, format_figures
from app.services.briefing.locale_format import (
    _compact_decimal,
    _decimal,
    _plural_count,
    format_change,
    format_figure,
)
from app.services.briefing.model import (
    FIGURE_FIELDS,
    Cited,
    FigureRow,
    FigureTable,
    KeyMessage,
    copied,
)
from app.services.briefing.outline import ColumnRows, Table, _column_table
from app.services.briefing.text_formats import _md_table

LOCALES = ["en", "ru", "az", "zh", "tr", "fr", "de", "en_GB"]
UNITS = ["USD", "EUR", "AZN", "CNY", "GBP", "persons", "MW", "percent", "USD/kWh", "count"]
UNITS += ["trains", "tonnes", "m3", "kg", "kWh", "times"]
QUALIFIERS = ["", "exact", "about", "more_than", "less_than", "nearly", "up_to"]


def _values(seed: int, n: int) -> list[float]:
    """Values over every magnitude, with half-way digits, carries and the edge cases."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        v = rng.choice([1, -1]) * 10 ** rng.uniform(-6, 15.5)
        kind = rng.random()
        if kind < 0.3:
            v = round(v, rng.randint(-3, 4))
        elif kind < 0.4:
            v = float(int(v))
        elif kind < 0.6:  # a 5 in the last place kept: a half-way rounding
            k = math.floor(math.log10(abs(v))) if v else 0
            v = rng.choice([1, -1]) * float(f"{rng.randint(1, 9999)}5e{k - 4}")
        out.append(float(v))
    edges = [0.0, -0.0, math.nan, math.inf, -math.inf, 1e15, -1e16, 2.675, 999_999.995, 9_999.5,
             999_500_000.0, 999_999_999_999.0, 161_682_875.705, 5e-05]  # fmt: skip
    return [*out, *edges]


@pytest.mark.parametrize("locale", LOCALES)
def test_format_figures_is_format_figure_of_each(locale: str) -> None:
    rng = random.Random(locale)
    values = _values(len(locale), 1500)
    units = [rng.choice(UNITS) for _ in values]
    qualifiers = [rng.choice(QUALIFIERS) for _ in values]
    got = format_figures(values, units, qualifiers, locale)
    want = [
        format_figure(v, u, q, locale) for v, u, q in zip(values, units, qualifiers, strict=True)
    ]
    assert got == want


def test_format_figures_of_nothing_and_of_one_unit() -> None:
    assert format_figures([], [], [], "en") == []
    values = _values(3, 200)
    got = format_figures(values, ["USD"] * len(values), ["about"] * len(values), "ru")
    assert got == [format_figure(v, "USD", "about", "ru") for v in values]


@pytest.mark.parametrize("locale", ["en", "ru", "zh", "az", "de"])
def test_numbers_on_integers_are_babels(locale: str) -> None:
    from babel.numbers import format_compact_decimal, format_decimal

    for v in _values(11, 600):
        if not math.isfinite(v) or abs(v) >= 1e15:
            continue
        for style in ("short", "long"):
            want = format_compact_decimal(v, format_type=style, locale=locale, fraction_digits=3)
            assert _compact_decimal(v, locale, style) == want, (v, style)
        for pattern in ("#,##0.####", "#,##0.##", "+#,##0.0;-#,##0.0"):
            assert _decimal(v, pattern, locale) == format_decimal(v, format=pattern, locale=locale)


def test_changes_are_unchanged_by_the_integer_path() -> None:
    # format_change goes through _percent: Babel's percent pattern with the float's digits
    from babel.numbers import format_decimal

    for v in _values(5, 300):
        if not math.isfinite(v) or abs(v) >= 1e12:
            continue
        assert (
            format_change(v, "en")
            == f"{format_decimal(v, '+#,##0.0;-#,##0.0', locale='en')}\u00a0%"
        )
        pattern = "+#,##0.0%;-#,##0.0%"
        assert format_change(v, "zh") == format_decimal(v / 100, pattern, locale="zh") or (
            abs(v) > 1e9  # v / 100 as a float may round differently; the Decimal path does not
        )


def test_plural_counts_of_a_column_are_the_scalar_counts() -> None:
    rng = random.Random(1)
    values = []
    for _ in range(20_000):
        n = rng.randint(0, 10 ** rng.randint(0, 7))
        d = rng.choice([0.005, 0.0049999999, 0.00500001, 0.004, 0.995, 0.5, 0.00499999999999])
        values += [float(n + d) * rng.choice([1, -1]), float(n - d)]
    values += [0.005, -0.005, 1.005, 2.675, 1e6, 999_999.996, 9_999.995, math.inf]
    for locale in ("en", "zh", "ru"):
        got = _counts(np.asarray(values), locale).tolist()
        assert got == [_plural_count(v, locale) for v in values]


def test_a_figure_table_reads_as_its_rows() -> None:
    rows = [FigureRow(**{**FIELDS, "obs_id": i, "note": i % 3}) for i in range(5)]  # type: ignore[arg-type]
    table = FigureTable.of_rows(rows)
    assert list(FIGURE_FIELDS) == list(FIELDS)
    assert len(table) == 5
    assert bool(table)
    assert list(table) == rows
    assert table == rows
    assert table[1] == rows[1]
    assert table[-1] == rows[-1]
    assert table[1:3] == rows[1:3]
    assert type(table[0]) is FigureRow
    assert hash(table[0]) == hash(rows[0])
    assert table.column("obs_id") == [0, 1, 2, 3, 4]
    moved = table.replaced("note", [9] * 5)
    assert [r.note for r in moved] == [9] * 5
    assert [r.note for r in table] == [0, 1, 2, 0, 1]
    assert moved.note_cells() == ["[9]"] * 5
    assert table.note_cells() == [
        "[0]",
        "[1]",
        "[2]",
        "[0]",
        "[1]",
    ]
    assert FigureTable() == []
    assert len(FigureTable()) == 0
    assert not FigureTable()
    with pytest.raises(IndexError):
        table[5]


def test_a_column_table_is_the_table_of_its_rows() -> None:
    columns = (["2025", "2024"], ["$2.44 billion", "5|6"], ["AZE", ""], ["[1]", "[2]"])
    rows = (("2025", "$2.44 billion", "AZE", "[1]"), ("2024", "5|6", "", "[2]"))
    layout = {"numeric": (1,), "note_column": 3}
    by_columns = _column_table(("a", "b", "c", "d"), columns, **layout)
    by_rows = Table(("a", "b", "c", "d"), rows, **layout)  # type: ignore[arg-type]
    assert isinstance(by_columns.rows, ColumnRows)
    assert tuple(by_columns.rows) == rows
    assert by_columns.rows == rows
    assert by_columns.rows[1] == rows[1]
    assert by_columns.rows[0:1] == rows[0:1]
    assert len(by_columns.rows) == 2
    assert by_columns == by_rows
    plain = (["2025"], ["$2.44 billion"], ["AZE"], ["[1]"])
    for cols in (columns, plain):
        table = _column_table(("a", "b", "c", "d"), cols, **layout)
        assert _md_table(table) == _md_table(Table(table.header, tuple(table.rows), **layout))  # type: ignore[arg-type]


def test_a_column_of_citation_numbers_is_numbered_as_one_by_one() -> None:
    ids = [5, 3, 5, 9, 3, 1, 9, 9, 2]
    one, column = CitationBook(None), CitationBook(None)  # type: ignore[arg-type]
    one.number(3)
    column.number(3)
    assert column.column(ids) == [one.number(s) for s in ids]
    assert column.numbers([7, 7, 2, 5]) == tuple(dict.fromkeys(one.number(s) for s in [7, 7, 2, 5]))
    assert column.column([]) == []


def test_copied_is_replace() -> None:
    c = Cited("text", (1, 2), "latest")
    assert copied(c, notes=(3,)) == replace(c, notes=(3,))
    m = KeyMessage("k", "headline", "Trade", 1.0, "why", c)
    moved = copied(m, score=2.0)
    assert moved is not m
    assert moved.score == 2.0
    assert m.score == 1.0
    assert repr(moved) == repr(replace(m, score=2.0))
