"""The briefing's bulk steps against the plain calls they stand for (issue 21)."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest
from tests.briefing_text import cell_by_cell_table
from tests.unit.domain.analytics.test_analytics_vectorised import SEEDS, workspace

from app.services.briefing.citations import with_note
from app.services.briefing.grouping import grouped as _grouped
from app.services.briefing.model import FigureRow, figure_row
from app.services.briefing.outline import Table
from app.services.briefing.plan_rows import FIGURE_COLUMNS, figure_columns, rows_by
from app.services.briefing.text_formats import _md_table, md_escape


def test_md_escape_backslashes_every_special_character() -> None:
    special = re.compile(r"([\\`*_{}\[\]<>#|!])")
    for text in [
        "",
        "plain 2.44 billion",
        "a|b",
        "*x* _y_ `z`",
        "[1](u) <t> #h !i",
        "\\",
        "l1\nl2",
    ]:
        assert md_escape(text) == special.sub(r"\\\1", text.replace("\n", " "))


#: every field of a FigureRow
FIELDS = {
    "indicator": "trade_turnover",
    "name": "Trade turnover",
    "subject": "",
    "period": "2025",
    "period_start": 2025 * 12,
    "period_end": 2025 * 12 + 11,
    "value": 2.44e9,
    "unit": "USD",
    "qualifier": "more_than",
    "value_text": "more than $2.44 billion",
    "reporter": "AZE",
    "partner": "CHN",
    "status": "record",
    "note": 7,
    "obs_id": 12,
    "remark": "r",
    "point": False,
}


def test_with_note_is_replace() -> None:
    row = FigureRow(**FIELDS)  # type: ignore[arg-type]
    moved = with_note(row, 3)
    assert moved == replace(row, note=3)
    assert type(moved) is FigureRow
    assert row.note == 7
    assert hash(moved) == hash(replace(row, note=3))


def test_figure_row_is_the_dataclass() -> None:
    fast, plain = figure_row(dict(FIELDS)), FigureRow(**FIELDS)  # type: ignore[arg-type]
    assert fast == plain
    assert type(fast) is FigureRow
    assert hash(fast) == hash(plain)
    assert repr(fast) == repr(plain)


def test_markdown_table_escapes_rows_as_cell_by_cell() -> None:
    rows = (
        ("2025", "$2.44 billion", "AZE", "reported", "[1]", ""),
        ("2024", "5|6", "A*Z", "reported", "[2]", "a [note]"),
        ("Q1 2024", "1_000", "", "target", "[3]", "line\nbreak"),
        ("2023", "<b>", "#", "!", "[4]", "`x`"),
    )
    for note in (4, -1):
        table = Table(("a", "b|", "c", "d", "e", "f"), rows, numeric=(1,), note_column=note)
        align = "|" + "|".join("---:" if i == 1 else "---" for i in range(6)) + "|"
        want = ["| " + " | ".join(md_escape(h) for h in table.header) + " |", align]
        for row in rows:
            cells = [c if i == note else md_escape(c) for i, c in enumerate(row)]
            want.append("| " + " | ".join(cells) + " |")
        assert _md_table(table) == [*want, ""]


def test_markdown_table_without_anything_to_escape_is_the_same() -> None:
    plain = (("2025", "$2.44 billion", "AZE", "reported", "[1]"), ("2024", "5", "", "", "[2]"))
    for rows in (plain, (), (*plain, ("2023", "1_000", "x", "y", "[3]"))):
        for note in (4, -1, 1):
            table = Table(("a", "b", "c", "d", "e"), rows, numeric=(1,), note_column=note)
            assert "\n".join(_md_table(table)) == "\n".join(cell_by_cell_table(table))
    ragged = Table(("a", "b"), (("x",), ("y", "*z")), numeric=(), note_column=-1)
    assert _md_table(ragged) == cell_by_cell_table(ragged)


def _groupby_indices(keys: tuple[np.ndarray, ...]) -> dict[tuple[str, ...], list[int]]:
    frame = pd.DataFrame({str(n): k for n, k in enumerate(keys)})
    out = frame.groupby(list(frame.columns), sort=False).indices
    return {
        tuple(str(x) for x in (k if isinstance(k, tuple) else (k,))): list(v)
        for k, v in out.items()
    }


def test_grouped_is_a_groupby_of_the_texts_in_order_of_appearance() -> None:
    rng = np.random.default_rng(7)
    for n in (0, 1, 5, 300):
        ind = np.asarray([f"i{v}" for v in rng.integers(0, 9, n)], dtype=object)
        subj = np.asarray([("", "x", "y")[v] for v in rng.integers(0, 3, n)], dtype=object)
        for keys in ((ind, subj), (ind,)):
            got = _grouped(keys)
            want = _groupby_indices(keys) if n else {}
            assert list(got) == list(want)
            assert all(got[k].tolist() == want[k] for k in want)


def test_rows_by_section_keep_the_frame_order() -> None:
    frame = pd.DataFrame(
        {
            "indicator": pd.Categorical(["b", "a", "b", "a", "c"]),
            "subject": ["", "s", "", "", ""],
            "obs_id": [5, 4, 3, 2, 1],
        }
    )
    assert rows_by(frame, ("obs_id",)) == {
        ("b", ""): [(5,), (3,)],
        ("a", "s"): [(4,)],
        ("a", ""): [(2,)],
        ("c", ""): [(1,)],
    }
    assert list(rows_by(frame, ("obs_id",))) == [("b", ""), ("a", "s"), ("a", ""), ("c", "")]
    assert rows_by(frame.iloc[:0], ("obs_id",)) == {}


def test_compact_numbers_at_the_edges_of_each_magnitude_are_babels() -> None:
    from babel.numbers import format_compact_decimal

    from app.services.briefing.locale_format import _compact_decimal

    edges = [
        float(f"{sign}{m}e{e}")
        for sign in ("", "-")
        for m in ("1", "0.99995", "0.9999949", "9.9995", "99.9995", "999.9995", "1.0005")
        for e in range(0, 16)
    ]
    for locale in ("en", "ru", "zh", "az"):
        for style in ("short", "long"):
            for v in edges:
                want = format_compact_decimal(
                    v, format_type=style, locale=locale, fraction_digits=3
                )
                assert _compact_decimal(v, locale, style) == want, (v, locale, style)


@pytest.mark.parametrize("seed", SEEDS)
def test_figure_rows_are_the_sorted_figures_frame_by_section(seed: int) -> None:
    from app.domain.analytics import choose_figures
    from app.domain.analytics.choice import chosen_order

    obs, src = workspace(seed)
    used = chosen_order(obs, src)
    for keep in (np.ones(len(used.rows), dtype=bool), np.arange(len(used.rows)) % 2 == 0):
        fig = choose_figures(obs, src)[keep]
        ordered = fig.sort_values(["period_start", "period_end", "reporter"], kind="mergesort")
        want = rows_by(ordered, FIGURE_COLUMNS)
        columns, spans, at = figure_columns(obs, used.at(keep), src)
        rows = list(zip(*(columns[c] for c in FIGURE_COLUMNS), strict=True))
        got = {key: rows[start:stop] for key, (start, stop) in spans.items()}
        assert list(got) == list(want)
        assert obs["obs_id"].to_numpy()[at].tolist() == columns["obs_id"]
        for key, rows in want.items():
            assert len(got[key]) == len(rows)
            for w, g in zip(rows, got[key], strict=True):
                assert [type(x) for x in w] == [type(x) for x in g]
                assert all(x == y or (x != x and y != y) for x, y in zip(w, g, strict=True))
