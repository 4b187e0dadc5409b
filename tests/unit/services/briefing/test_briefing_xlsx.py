"""The Excel briefing read back (openpyxl): key messages, every figure as a number with its
format, source numbers linked to the Sources sheet, web links, headings in the reader's
language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from app.services.briefing import EXPORTERS, Briefing, BriefingRequest, build_briefing
from app.services.briefing.locale_format import label
from app.services.briefing.xlsx_export import FIGURE_KEYS, SOURCE_KEYS, heading, text_width
from app.services.bundled import bundled_tables

TODAY = dt.date(2026, 12, 1)


@pytest.fixture(scope="module")
def russian() -> Briefing:
    store = bundled_tables().store()
    request = BriefingRequest(template="table", locale="ru", charts=False)
    return build_briefing(store, request, today=TODAY)


def test_figures_sheet_in_the_readers_language(russian: Briefing, tmp_path: Path) -> None:
    path = tmp_path / "ru.xlsx"
    EXPORTERS["xlsx"].export(russian, path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:2] == ["Key messages", "Figures"]
    figures = wb["Figures"]
    header = [c.value for c in figures[1]]
    assert header[FIGURE_KEYS.index("value")] == label("value", "ru")
    assert header[FIGURE_KEYS.index("period")] == label("period", "ru")
    assert all(c.font.bold for c in figures[1])
    assert figures.freeze_panes == "A2"
    assert figures.auto_filter.ref.startswith("A1:")
    assert figures.column_dimensions["B"].width > 10
    assert figures.max_row == len(russian.figure_rows()) + 1
    value = figures.cell(row=2, column=FIGURE_KEYS.index("value") + 1)
    assert isinstance(value.value, int | float)
    assert value.number_format != "General"


def test_source_numbers_link_to_their_source(russian: Briefing, tmp_path: Path) -> None:
    path = tmp_path / "ru.xlsx"
    EXPORTERS["xlsx"].export(russian, path, {"quotes": False})
    wb = openpyxl.load_workbook(path)
    figures, sources = wb["Figures"], wb["Sources"]
    column = FIGURE_KEYS.index("source_no") + 1
    for row in range(2, figures.max_row + 1):
        cell = figures.cell(row=row, column=column)
        assert cell.hyperlink is not None
        sheet, target = cell.hyperlink.location.split("!")
        assert sheet == "Sources"
        assert sources[target].value == cell.value
    urls = sources.iter_rows(min_row=2, min_col=SOURCE_KEYS.index("url") + 1, max_col=6)
    linked = [c for (c,) in urls if c.hyperlink is not None]
    assert linked
    assert all(c.hyperlink.target == c.value for c in linked)
    assert all(c.hyperlink.target.startswith(("http://", "https://")) for c in linked)
    quotes = [r[SOURCE_KEYS.index("quote")] for r in sources.iter_rows(min_row=2, values_only=True)]
    assert not any(quotes)  # the quotes option is off


def test_key_messages_sheet(russian: Briefing, tmp_path: Path) -> None:
    path = tmp_path / "ru.xlsx"
    EXPORTERS["xlsx"].export(russian, path)
    rows = list(openpyxl.load_workbook(path)["Key messages"].iter_rows(values_only=True))
    assert rows[0][1] == heading("message", "ru")  # English until the catalogue has it
    assert rows[0][3] == label("topic", "ru")
    assert [r[0] for r in rows[1:]] == list(range(1, len(russian.messages) + 1))
    assert rows[1][1] == russian.messages[0].text.text
    empty = Briefing(russian.title, russian.as_of, russian.period_text, russian.request)
    EXPORTERS["xlsx"].export(empty, tmp_path / "empty.xlsx")
    assert "Key messages" not in openpyxl.load_workbook(tmp_path / "empty.xlsx").sheetnames


def test_chinese_columns_are_wide_enough(tmp_path: Path) -> None:
    store = bundled_tables().store()
    request = BriefingRequest(template="table", locale="zh", charts=False)
    b = build_briefing(store, request, today=TODAY)
    EXPORTERS["xlsx"].export(b, tmp_path / "zh.xlsx")
    figures = openpyxl.load_workbook(tmp_path / "zh.xlsx")["Figures"]
    names = [c.value for c in figures["B"][1:]]
    assert figures.column_dimensions["B"].width >= min(max(text_width(n) for n in names), 60)
