"""Any table file as blocks of rows with a ``line`` column: CSV, XLSX or Parquet.

Generic tables and Corridor's own files come in all three; the portal formats are CSV
only and use :mod:`app.services.importers.text` directly.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from app.services.importers.base import Head, csv_layout, numbered_blocks
from app.services.importers.problems import (
    Cancel,
    ImportCancelled,
    ImportFailed,
    ProblemLog,
    Progress,
)
from app.services.importers.text import Input, input_name, open_binary, split_line, unique_names

XLSX = (".xlsx", ".xlsm")
PARQUET = (".parquet", ".pq")
ROWS_PER_BLOCK = 50_000


def kind_of(src: Input) -> str:
    """'xlsx', 'parquet' or 'csv', by extension and, for bytes, by magic number."""
    if isinstance(src, bytes):
        if src.startswith(b"PK\x03\x04"):
            return "xlsx"
        return "parquet" if src.startswith(b"PAR1") else "csv"
    suffix = Path(src).suffix.lower()
    return "xlsx" if suffix in XLSX else "parquet" if suffix in PARQUET else "csv"


def header_line(head: Head) -> int:
    """The first line that has as many fields as most of the lines after it."""
    from app.services.importers.text import sniff_delimiter

    delim = sniff_delimiter(head.lines)
    counts = [len(split_line(ln, delim)) if ln.strip() else 0 for ln in head.lines[:60]]
    body = [c for c in counts if c > 1]
    if not body:
        return next((i for i, c in enumerate(counts) if c), 0)
    common = max(set(body), key=body.count)
    return next(i for i, c in enumerate(counts) if c == common)


def table_columns(src: Input, sheet: str = "") -> list[str]:
    """Column names (as readers will name them) without reading the data."""
    kind = kind_of(src)
    if kind == "parquet":
        return list(_parquet(src).schema_arrow.names)
    if kind == "xlsx":
        for frame in _xlsx_blocks(src, sheet, None, None, only_header=True):
            return [c for c in frame.columns if c != "line"]
        return []
    head = Head.of(src)
    if not head.lines:
        return []
    return unique_names(csv_layout(head, header_line(head)).columns)


def iter_table(
    src: Input,
    log: ProblemLog,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    sheet: str = "",
) -> Iterator[pd.DataFrame]:
    kind = kind_of(src)
    if kind == "parquet":
        yield from _parquet_blocks(src, progress, cancel)
    elif kind == "xlsx":
        yield from _xlsx_blocks(src, sheet, progress, cancel)
    else:
        head = Head.of(src)
        if not head.lines:
            return
        layout = csv_layout(head, header_line(head))
        yield from numbered_blocks(src, layout, log, progress, cancel)


def _parquet(src: Input) -> pq.ParquetFile:
    try:
        return pq.ParquetFile(pa.BufferReader(src) if isinstance(src, bytes) else src)
    except (pa.ArrowException, OSError) as exc:
        raise ImportFailed(f"{input_name(src)} is not a readable Parquet file: {exc}") from exc


def _parquet_blocks(
    src: Input, progress: Progress | None, cancel: Cancel | None
) -> Iterator[pd.DataFrame]:
    pf = _parquet(src)
    total = pf.metadata.num_rows
    done = 0
    try:
        for batch in pf.iter_batches(batch_size=ROWS_PER_BLOCK * 4):
            if cancel is not None and cancel():
                raise ImportCancelled
            frame = batch.to_pandas()
            frame["line"] = range(done + 1, done + 1 + len(frame))
            done += len(frame)
            if progress is not None:
                progress(done, total)
            yield frame
    except (pa.ArrowException, OSError) as exc:
        raise ImportFailed(f"{input_name(src)}: damaged Parquet data: {exc}") from exc


def _cell(v: Any) -> str:
    """A spreadsheet cell as the text a CSV would have held."""
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


def _xlsx_blocks(
    src: Input,
    sheet: str,
    progress: Progress | None,
    cancel: Cancel | None,
    only_header: bool = False,
) -> Iterator[pd.DataFrame]:
    import openpyxl  # imported here: only spreadsheet imports pay for it

    try:
        with open_binary(src) as fh:
            wb = openpyxl.load_workbook(fh, read_only=True, data_only=True)
            try:
                ws = wb[sheet] if sheet else wb.worksheets[0]
                yield from _sheet_blocks(ws, progress, cancel, only_header)
            finally:
                wb.close()
    except (KeyError, IndexError, OSError, ValueError, SyntaxError, zipfile.BadZipFile) as exc:
        # SyntaxError covers xml ParseError: a sheet with a DOCTYPE or broken XML
        raise ImportFailed(f"{input_name(src)} is not a readable XLSX workbook: {exc}") from exc


def _sheet_blocks(
    ws: Any, progress: Progress | None, cancel: Cancel | None, only_header: bool
) -> Iterator[pd.DataFrame]:
    total = int(ws.max_row or 0)
    names: list[str] | None = None
    rows: list[list[str]] = []
    lines: list[int] = []
    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
        cells = [_cell(v) for v in values]
        if names is None:
            if any(c.strip() for c in cells):
                names = unique_names(cells)
                if only_header:
                    yield pd.DataFrame(columns=[*names, "line"])
                    return
            continue
        if not any(c.strip() for c in cells):
            continue
        rows.append((cells + [""] * len(names))[: len(names)])
        lines.append(number)
        if len(rows) >= ROWS_PER_BLOCK:
            yield _block(names, rows, lines, progress, cancel, number, total)
            rows, lines = [], []
    if names is not None and rows:
        yield _block(names, rows, lines, progress, cancel, total, total)


def _block(
    names: list[str],
    rows: list[list[str]],
    lines: list[int],
    progress: Progress | None,
    cancel: Cancel | None,
    done: int,
    total: int,
) -> pd.DataFrame:
    if cancel is not None and cancel():
        raise ImportCancelled
    if progress is not None:
        progress(done, total)
    frame = pd.DataFrame(rows, columns=names, dtype=object)
    frame["line"] = lines
    return frame
