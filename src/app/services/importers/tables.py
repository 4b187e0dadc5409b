"""Any table file as blocks of rows with a ``line`` column: CSV, spreadsheets, Parquet.

Generic tables, Corridor's own files and the World Bank exports come as CSV, XLSX, ODS
or legacy XLS; Parquet is read as it is. The header is found where it is: title, notes
and unit rows above a table are skipped (:func:`header_line`, :func:`header_index`), or
the caller names the header row. ``line`` is the file line (CSV) or the sheet row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

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
from app.services.importers.read_ahead import ReadAhead
from app.services.importers.sheets import Row, pick_sheet, sheet_names, sheet_rows, workbook_kind
from app.services.importers.text import (
    DictionaryTypes,
    Input,
    frame_of,
    input_name,
    read_head_bytes,
    split_line,
    unique_names,
)

SPREADSHEETS = ("xlsx", "ods", "xls")
_SUFFIXES = {
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".ods": "ods",
    ".xls": "xls",
    ".parquet": "parquet",
    ".pq": "parquet",
}
ROWS_PER_BLOCK = 50_000
CELLS_PER_BLOCK = 2_000_000
HEAD_ROWS = 60


def kind_of(src: Input) -> str:
    """'xlsx', 'ods', 'xls', 'parquet' or 'csv': by content where it says (the magic number
    of a workbook or Parquet file; text under a workbook's name, such as an HTML table
    saved as .xls, is text), else by extension. A file that does not exist yet (an export
    target) goes by its extension."""
    by_name = "csv" if isinstance(src, bytes) else _SUFFIXES.get(Path(src).suffix.lower(), "csv")
    if isinstance(src, bytes) or Path(src).is_file():
        try:
            kind = workbook_kind(src)
            head = read_head_bytes(src, 512)
        except (ImportFailed, OSError):
            return by_name
        if kind in SPREADSHEETS:
            return kind
        if head.startswith(b"PAR1"):
            return "parquet"
        if not kind and head and b"\x00" not in head.lstrip(b"\xff\xfe\xef\xbb\xbf"):
            return "csv"
    return by_name


def header_line(head: Head) -> int:
    """The CSV line of the column names: the first line with as many fields as most lines
    after it and at least half as many filled ones as the fullest (titles and notes above
    a table fill one or two fields)."""
    delim = head.delimiter
    fields = [split_line(ln, delim) if ln.strip() else [] for ln in head.lines[:HEAD_ROWS]]
    counts = [len(f) for f in fields]
    body = [c for c in counts if c > 1]
    if not body:
        return next((i for i, c in enumerate(counts) if c), 0)
    common = max(set(body), key=body.count)
    rows = [(i, f) for i, f in enumerate(fields) if len(f) == common]
    return rows[header_index([f for _i, f in rows])][0]


def header_index(rows: list[list[str]]) -> int:
    """Which of a table's first rows holds the column names: the first one with at least
    half as many filled cells as the fullest row (and two, where rows have two)."""
    filled = [sum(1 for c in r if c.strip()) for r in rows]
    if not filled:
        return 0
    need = min(max(filled), max(2, (max(filled) + 1) // 2))
    return next(i for i, n in enumerate(filled) if n >= need)


def table_columns(src: Input, sheet: str = "", header_row: int = 0) -> list[str]:
    """Column names (as readers will name them) without reading the data."""
    kind = kind_of(src)
    if kind == "parquet":
        with _parquet(src) as pf:
            return list(pf.schema_arrow.names)
    if kind in SPREADSHEETS:
        for frame in _sheet_blocks(src, kind, sheet, header_row, None, None, only_header=True):
            return [c for c in frame.columns if c != "line"]
        return []
    head = Head.of(src)
    if not head.lines:
        return []
    return unique_names(csv_layout(head, _csv_header(head, header_row)).columns)


def table_rows(src: Input) -> int:
    """The number of rows of a Parquet file (from its footer); 0 for other files."""
    if kind_of(src) != "parquet":
        return 0
    with _parquet(src) as pf:
        return int(pf.metadata.num_rows)


def iter_table(
    src: Input,
    log: ProblemLog,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    sheet: str = "",
    header_row: int = 0,
    dictionary: Collection[str] = (),
    numbers: Collection[str] = (),
) -> Iterator[pd.DataFrame]:
    """The table's rows in blocks of text columns plus ``line``; ``header_row`` (counting
    from 1) names the row of the column names, 0 finds it. Text columns named in
    ``dictionary`` (of CSV and Parquet files) may come as categoricals, those named in
    ``numbers`` (of CSV files) as floats (see :func:`.text.iter_csv_blocks`)."""
    kind = kind_of(src)
    if kind == "parquet":
        yield from _parquet_blocks(src, progress, cancel, dictionary)
    elif kind in SPREADSHEETS:
        yield from _sheet_blocks(src, kind, sheet, header_row, progress, cancel)
    else:
        head = Head.of(src)
        if not head.lines:
            return
        layout = csv_layout(head, _csv_header(head, header_row))
        yield from numbered_blocks(
            src, layout, log, progress, cancel, dictionary=dictionary, numbers=numbers
        )


def chosen_sheet(src: Input, sheet: str = "") -> str:
    """The sheet a spreadsheet is read from ('' for other files)."""
    kind = kind_of(src)
    if kind not in SPREADSHEETS:
        return ""
    return pick_sheet(sheet_names(src, kind), sheet, input_name(src))


def head_rows(src: Input, sheet: str = "", limit: int = HEAD_ROWS) -> list[list[str]]:
    """The first filled rows of a spreadsheet's chosen sheet, as text (for sniffing)."""
    kind = kind_of(src)
    out: list[list[str]] = []
    for _number, cells in sheet_rows(src, kind, chosen_sheet(src, sheet)):
        out.append(cells)
        if len(out) >= limit:
            break
    return out


def sheet_head(src: Input, sheet: str = "") -> Head:
    """The first rows of a workbook's chosen sheet as CSV lines, for the importers' sniff."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for cells in head_rows(src, sheet):
        writer.writerow([" ".join(c.split()) for c in cells])
    suffix = "" if isinstance(src, bytes) else Path(src).suffix.lower()
    return Head(input_name(src), suffix, "binary", out.getvalue().splitlines())


def _csv_header(head: Head, header_row: int) -> int:
    if header_row > 0:
        return header_row - 1
    return header_line(head)


def _parquet(
    src: Input, dictionary: Collection[str] = (), metadata: pq.FileMetaData | None = None
) -> pq.ParquetFile:
    """The file opened for reading (``metadata``: its footer, already read)."""
    try:
        return pq.ParquetFile(
            pa.BufferReader(src) if isinstance(src, bytes) else src,
            read_dictionary=list(dictionary) or None,
            metadata=metadata,
        )
    except (pa.ArrowException, OSError) as exc:
        raise ImportFailed(f"{input_name(src)} is not a readable Parquet file: {exc}") from exc


def _parquet_blocks(
    src: Input, progress: Progress | None, cancel: Cancel | None, dictionary: Collection[str] = ()
) -> Iterator[pd.DataFrame]:
    pf = _parquet(src)
    if dictionary:  # only the text columns: a number column stays numbers
        text = {
            f.name
            for f in pf.schema_arrow
            if pa.types.is_string(f.type)
            or pa.types.is_large_string(f.type)
            or pa.types.is_dictionary(f.type)
        }
        footer = pf.metadata
        pf.close()  # reopened to read those columns as dictionaries, its footer read once
        pf = _parquet(src, [c for c in dictionary if c in text], footer)
    total = pf.metadata.num_rows
    done = 0
    batches = pf.iter_batches(batch_size=ROWS_PER_BLOCK * 4)
    # the next batch decoded in a thread while this one is converted (Arrow's decoding
    # runs without the GIL)
    ahead = ReadAhead(lambda: next(batches))
    types = DictionaryTypes()  # a row group's batches share its dictionaries
    try:
        while True:
            if cancel is not None and cancel():
                raise ImportCancelled
            batch, _bad, _done = ahead.next()
            if isinstance(batch, BaseException):
                raise batch
            if batch is None:
                break
            frame = frame_of(batch, types)
            del batch
            frame["line"] = range(done + 1, done + 1 + len(frame))
            done += len(frame)
            if progress is not None:
                progress(done, total)
            yield frame
    except (pa.ArrowException, OSError) as exc:
        raise ImportFailed(f"{input_name(src)}: damaged Parquet data: {exc}") from exc
    finally:
        ahead.close()
        pf.close()


def _sheet_blocks(
    src: Input,
    kind: str,
    sheet: str,
    header_row: int,
    progress: Progress | None,
    cancel: Cancel | None,
    only_header: bool = False,
) -> Iterator[pd.DataFrame]:
    rows = sheet_rows(src, kind, chosen_sheet(src, sheet))
    first = _first_rows(rows, header_row)
    if not first:
        return
    if header_row > 0 and first[0][0] != header_row:
        raise ImportFailed(f"{input_name(src)}: row {header_row} of the sheet is empty")
    at = header_index([cells for _n, cells in first]) if header_row <= 0 else 0
    names = unique_names(first[at][1])
    if only_header:
        yield pd.DataFrame(columns=[*names, "line"])
        return
    block: list[list[str]] = []
    lines: list[int] = []
    width = max(1, len(names))
    for number, cells in _chain(first[at + 1 :], rows):
        block.append((cells + [""] * width)[:width])
        lines.append(number)
        if len(block) >= min(ROWS_PER_BLOCK, CELLS_PER_BLOCK // width):
            yield _block(names, block, lines, progress, cancel)
            block, lines = [], []
    if block:
        yield _block(names, block, lines, progress, cancel)


def _first_rows(rows: Iterator[Row], header_row: int) -> list[Row]:
    """The rows to look for the header in, or (header named) the header row alone."""
    out: list[Row] = []
    for number, cells in rows:
        if header_row > 0:
            if number >= header_row:
                return [(number, cells)]
            continue
        out.append((number, cells))
        if len(out) >= HEAD_ROWS:
            break
    return out


def _chain(first: Iterable[Row], rest: Iterator[Row]) -> Iterator[Row]:
    yield from first
    yield from rest


def _block(
    names: list[str],
    rows: list[list[str]],
    lines: list[int],
    progress: Progress | None,
    cancel: Cancel | None,
) -> pd.DataFrame:
    if cancel is not None and cancel():
        raise ImportCancelled
    if progress is not None:
        progress(lines[-1], 0)  # rows read so far; a sheet's size is not known ahead
    frame = pd.DataFrame(rows, columns=names, dtype=object)
    frame["line"] = lines
    return frame
