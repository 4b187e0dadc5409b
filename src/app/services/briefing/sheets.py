"""Spreadsheet sheets shared by the XLSX briefing and the table export (openpyxl).

Each sheet has a bold, frozen header row and an auto-filter; numbers are written as
numbers with a number format; text that a spreadsheet would run as a formula is neutralised
(:mod:`app.services.safe_cells`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.units import CURRENCIES
from app.services.safe_cells import neutralise

CURRENCY_FORMATS = {"USD": '"$"#,##0', "EUR": '"€"#,##0', "GBP": '"£"#,##0'}
PERCENT_CHANGE_FORMAT = "+0.0%;-0.0%;0.0%"
MAX_WIDTH = 60

#: a cell's number format from its row (None: leave the default)
FormatFor = Callable[[Sequence[Any]], str | None]


def value_format(value: float, unit: str) -> str:
    """Number format of a value in canonical ``unit``: "$"#,##0 for dollars, … %."""
    whole = not math.isnan(value) and float(value).is_integer()
    plain = "#,##0" if whole else "#,##0.00##"
    if unit in CURRENCIES:
        return CURRENCY_FORMATS.get(unit, f'{plain}" {unit}"')
    if unit == "percent":
        return f'{plain}" %"'
    return plain


#: Control characters that XLSX (XML 1.0) cannot hold; pasted PDF text brings them.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def cell_value(value: Any) -> Any:
    """What goes in a cell: numbers as numbers (NaN and infinity blank), text neutralised
    and stripped of the control characters a spreadsheet file cannot store."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, bool | int | float) or value is None:
        return value
    return neutralise(_ILLEGAL.sub(" ", str(value)))


def write_sheet(
    ws: Worksheet,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    formats: dict[int, FormatFor] | None = None,
) -> None:
    """Header + rows, with number formats per column, frozen header, filter, widths."""
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [len(h) for h in headers]
    for r, row in enumerate(rows, start=2):
        ws.append([cell_value(v) for v in row])
        for c, fmt_for in (formats or {}).items():
            fmt = fmt_for(row)
            if fmt:
                ws.cell(row=r, column=c + 1).number_format = fmt
        widths = [max(w, min(len(str(v)), MAX_WIDTH)) for w, v in zip(widths, row, strict=True)]
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(ws.max_row, 1)}"
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(w + 2, MAX_WIDTH)
