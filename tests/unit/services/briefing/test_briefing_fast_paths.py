"""The briefing's bulk steps against the plain calls they stand for (issue 21)."""

from __future__ import annotations

import re
from dataclasses import replace

from app.services.briefing.citations import with_note
from app.services.briefing.model import FigureRow, figure_row
from app.services.briefing.outline import Table
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
