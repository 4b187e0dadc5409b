"""Spreadsheet workbooks (XLSX, ODS, legacy XLS) as numbered rows of text cells.

Every cell arrives as the text a CSV would have held (numbers as written, dates as ISO
dates), so the importers check spreadsheet and CSV cells alike.

- XLSX: openpyxl in read-only mode.
- XLS (BIFF8): xlrd, directly (pandas' xlrd engine is deprecated).
- ODS: :mod:`app.services.importers.ods` streams the sheet XML (why not odfpy's loader:
  see there).
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from app.services.importers.ods import MAX_COLUMNS, MAX_ROWS, ods_names, ods_rows
from app.services.importers.problems import ImportFailed
from app.services.importers.text import Input, input_name, open_binary

#: (row number in the sheet, counting from 1; the cells as text)
Row = tuple[int, list[str]]

#: Sheets that describe a workbook rather than hold its table (skipped unless named).
COVER_SHEETS = frozenset(
    {"notes", "contents", "cover", "cover sheet", "readme", "read me", "about", "information"}
)
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


def workbook_kind(src: Input) -> str:
    """'xlsx', 'ods', 'xls', 'zip' (another archive) or '' by the file's content."""
    with open_binary(src) as fh:
        magic = fh.read(8)
        if magic.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
            return "xls"
        if not magic.startswith(b"PK\x03\x04"):
            return ""
        try:
            with zipfile.ZipFile(fh) as z:
                names = set(z.namelist())
                if "mimetype" in names and z.read("mimetype").strip() == _ODS_MIME:
                    return "ods"
                return "xlsx" if "[Content_Types].xml" in names else "zip"
        except (zipfile.BadZipFile, zlib.error, OSError, KeyError, ValueError, EOFError):
            return "zip"
        except (NotImplementedError, RuntimeError):  # an unknown compression, encrypted
            return "zip"


def cell_text(v: Any) -> str:
    """A spreadsheet value as the text a CSV would have held."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def sheet_names(src: Input, kind: str) -> list[str]:
    if kind == "xlsx":
        return _xlsx_names(src)
    if kind == "xls":
        return list(_xls_book(src).sheet_names())
    return ods_names(src)


def pick_sheet(names: list[str], wanted: str, file: str) -> str:
    """The sheet named (or numbered from 1) by ``wanted``; by default the first one that is
    not a notes or contents sheet."""
    w = wanted.strip()
    if not names:
        raise ImportFailed(f"{file} has no sheets")
    if not w:
        return next((n for n in names if n.strip().lower() not in COVER_SHEETS), names[0])
    hit = next((n for n in names if n == w), None) or next(
        (n for n in names if n.strip().lower() == w.lower()), None
    )
    if hit is None and w.isdigit() and 1 <= int(w) <= len(names):
        hit = names[int(w) - 1]
    if hit is None:
        raise ImportFailed(f"{file} has no sheet {w!r} (sheets: {', '.join(names)})")
    return hit


def sheet_rows(src: Input, kind: str, sheet: str) -> Iterator[Row]:
    """The rows of one sheet (empty rows left out). Raises ImportFailed for a damaged file."""
    if kind == "xlsx":
        yield from _xlsx_rows(src, sheet)
    elif kind == "xls":
        yield from _xls_rows(src, sheet)
    else:
        yield from ods_rows(src, sheet)


# --- XLSX ----------------------------------------------------------------------------

_XLSX_ERRORS = (
    KeyError,
    IndexError,
    OSError,
    ValueError,
    TypeError,
    SyntaxError,  # covers xml ParseError: a sheet with a DOCTYPE or broken XML
    EOFError,
    zipfile.BadZipFile,
    zlib.error,
    NotImplementedError,
    RuntimeError,
)


def _xlsx_names(src: Input) -> list[str]:
    with _xlsx_book(src) as wb:
        return list(wb.sheetnames)


def _xlsx_rows(src: Input, sheet: str) -> Iterator[Row]:
    with _xlsx_book(src) as wb:
        try:
            for number, values in enumerate(wb[sheet].iter_rows(values_only=True), start=1):
                cells = [cell_text(v) for v in values[:MAX_COLUMNS]]
                if any(c.strip() for c in cells):
                    yield number, cells
        except _XLSX_ERRORS as exc:
            raise ImportFailed(f"{input_name(src)} is not a readable XLSX workbook: {exc}") from exc


@contextmanager
def _xlsx_book(src: Input) -> Iterator[Any]:
    import openpyxl  # imported here: only spreadsheet imports pay for it

    with open_binary(src) as fh:
        try:
            wb = openpyxl.load_workbook(fh, read_only=True, data_only=True)
        except _XLSX_ERRORS as exc:
            raise ImportFailed(f"{input_name(src)} is not a readable XLSX workbook: {exc}") from exc
        try:
            yield wb
        finally:
            wb.close()


# --- XLS -----------------------------------------------------------------------------


def _xls_book(src: Input) -> Any:
    import xlrd
    from xlrd.compdoc import CompDocError

    with open_binary(src) as fh:
        data = fh.read()
    try:
        # xlrd writes its warnings to a log file (stdout by default): keep them quiet
        return xlrd.open_workbook(file_contents=data, on_demand=True, logfile=io.StringIO())
    except (
        xlrd.XLRDError,
        CompDocError,
        struct.error,
        AssertionError,
        IndexError,
        KeyError,
        ValueError,
        TypeError,
        EOFError,
        OverflowError,
        UnicodeDecodeError,
        MemoryError,
    ) as exc:
        raise ImportFailed(f"{input_name(src)} is not a readable XLS workbook: {exc}") from exc


def _xls_rows(src: Input, sheet: str) -> Iterator[Row]:
    import xlrd

    book = _xls_book(src)
    try:
        sh = book.sheet_by_name(sheet)
    except (xlrd.XLRDError, struct.error, AssertionError, IndexError, KeyError, ValueError) as e:
        raise ImportFailed(f"{input_name(src)}: cannot read sheet {sheet!r}: {e}") from e
    for r in range(min(sh.nrows, MAX_ROWS)):
        cells = [_xls_cell(c, book.datemode) for c in sh.row(r)[:MAX_COLUMNS]]
        if any(c.strip() for c in cells):
            yield r + 1, cells


def _xls_cell(cell: Any, datemode: int) -> str:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return cell_text(xlrd.xldate.xldate_as_datetime(cell.value, datemode))
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return cell_text(cell.value)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return str(bool(cell.value))
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return str(xlrd.error_text_from_code.get(cell.value, "#ERROR"))
    return cell_text(cell.value)
