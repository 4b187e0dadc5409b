"""The briefing's bulk steps against the plain calls they stand for (issue 21)."""

from __future__ import annotations

import re
from dataclasses import replace

from app.services.briefing.citations import with_note
from app.services.briefing.model import FigureRow
from app.services.briefing.text_formats import md_escape


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


def test_with_note_is_replace() -> None:
    row = FigureRow(
        indicator="trade_turnover",
        name="Trade turnover",
        subject="",
        period="2025",
        period_start=2025 * 12,
        period_end=2025 * 12 + 11,
        value=2.44e9,
        unit="USD",
        qualifier="more_than",
        value_text="more than $2.44 billion",
        reporter="AZE",
        partner="CHN",
        status="record",
        note=7,
        obs_id=12,
        remark="r",
        point=False,
    )
    moved = with_note(row, 3)
    assert moved == replace(row, note=3)
    assert type(moved) is FigureRow
    assert row.note == 7
    assert hash(moved) == hash(replace(row, note=3))
