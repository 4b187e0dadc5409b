"""A pivot grid in words and in files: cell texts, tooltips, tab-separated copies, CSV, XLSX.

Every row is shown in one scale, chosen from its largest figure the way
:func:`app.domain.units.format_quantity` chooses one ("USD bn": 2.44, 3.744, 0.769), so a
row reads across like a spreadsheet's; a cell in another unit than its row's is written in
full ("AZN 29 mn"). Qualifiers and status labels stay with the number ("more than 3",
"target: 2,000", "derived: 2.44"); a conflict is written "[conflict]" wherever the grid
leaves the screen (copies, files), and each file names its pair, its periods and its sources.
Files are written atomically; text cells cannot run as spreadsheet formulas.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from app.domain.model import (
    FORWARD_STATUSES,
    labelled_quantity,
    qualifier_words,
    status_words,
)
from app.domain.pivot import CellWords, PivotTable
from app.domain.units import CURRENCIES
from app.services.atomic import atomic_path, write_text_atomic
from app.services.safe_cells import neutralise

CONFLICT_MARK = " [conflict]"
_LARGE_COUNTS = frozenset({"kWh", "persons", "count", "companies", "trains", "turbines"})
_FACTORS = {"tn": 1e12, "bn": 1e9, "mn": 1e6, "": 1.0}
_FORWARD = frozenset(str(s) for s in FORWARD_STATUSES)
ROW_WORDS = {"indicator": "Indicator", "pair": "Pair", "reporter": "Reporter"}


@dataclass(frozen=True)
class RowScale:
    """How a row's numbers are written: value / factor with up to ``digits`` decimals."""

    unit: str  # the row's unit
    text: str  # "USD bn", "mn persons", "%", "MW"
    factor: float
    digits: int


def row_scales(table: PivotTable) -> list[RowScale]:
    """One scale per row, from the largest figure in the row's own unit."""
    values = np.where(_in_row_unit(table) & ~np.isnan(table.values), table.values, 0.0)
    top = np.max(np.abs(values), axis=1) if table.shape[1] else np.zeros(table.shape[0])
    # thousands of rows share a handful of (unit, magnitude) scales
    magnitude = np.searchsorted(np.asarray([1e6, 1e9, 1e12]), top, side="right")
    made: dict[tuple[str, int], RowScale] = {}
    out = []
    for unit, m in zip(table.row_units, magnitude.tolist(), strict=True):
        scale = made.get((unit, m))
        if scale is None:
            scale = made[unit, m] = _scale(unit, m)
        out.append(scale)
    return out


def _in_row_unit(table: PivotTable, rows: np.ndarray | None = None) -> np.ndarray:
    """Cells whose unit is their row's (compared through codes, not cell by cell)."""
    rows = np.arange(table.shape[0]) if rows is None else rows
    codes, units = pd.factorize(table.unit.labels.astype(str))
    row = pd.Index(units).get_indexer(pd.Index(table.row_units, dtype=object))[rows]
    same: np.ndarray = codes[table.unit.codes[rows]] == row[:, None]
    return same


def _scale(unit: str, magnitude: int) -> RowScale:
    """The scale of a row of ``unit`` whose largest figure is ≥ 1e6 (1), 1e9 (2), 1e12 (3),
    the thresholds of :func:`app.domain.units.format_quantity`."""
    if unit == "percent":
        return RowScale(unit, "%", 1.0, 2)
    if unit == "USD/kWh":
        return RowScale(unit, unit, 1.0, 4)
    if unit in CURRENCIES or (unit in _LARGE_COUNTS and magnitude):
        word = ("", "mn", "bn", "tn")[magnitude]
        text = f"{unit} {word}" if unit in CURRENCIES else f"{word} {unit}"
        digits = 3 if word or unit not in CURRENCIES else 0
        return RowScale(unit, text.strip(), _FACTORS[word], digits)
    return RowScale(unit, unit, 1.0, 3)


def cell_texts(
    table: PivotTable,
    scales: Sequence[RowScale] | None = None,
    rows: Sequence[int] | np.ndarray | None = None,
) -> np.ndarray:
    """What the cells of ``rows`` (all when None) show, '' where empty, as an object
    matrix: the numbers in their row's scale (formatted a group of rows of one precision
    at a time), the qualifier and status words where a figure has them, and a cell of
    another unit than its row's in full."""
    scales = row_scales(table) if scales is None else scales
    at = np.arange(table.shape[0]) if rows is None else np.asarray(rows, dtype=np.int64)
    out = np.full((len(at), table.shape[1]), "", dtype=object)
    has = table.obs_id[at] >= 0
    same = _in_row_unit(table, at) & has
    factor = np.asarray([scales[r].factor for r in at.tolist()], dtype="float64").reshape(-1, 1)
    digits = np.asarray([scales[r].digits for r in at.tolist()], dtype=np.int64).reshape(-1, 1)
    values = table.values[at] / factor
    for d in np.unique(digits).tolist():
        mask = same & (digits == d)
        out[mask] = numbers_text(values[mask], d)
    qualified = _words(table.qualifier, qualifier_words, at)
    hit = same & (qualified != "")
    out[hit] = qualified[hit] + " " + out[hit]
    labels = _words(table.status, status_words, at)
    hit = same & (labels != "")
    out[hit] = labels[hit] + ": " + out[hit]
    for i, c in zip(*np.nonzero(has & ~same), strict=True):
        r = int(at[i])
        out[i, c] = labelled_quantity(
            float(table.values[r, c]), table.unit[r, c], table.qualifier[r, c], table.status[r, c]
        )
    return out


def _words(cells: CellWords, words: Callable[[str], str], rows: np.ndarray) -> np.ndarray:
    """The words of each cell's code ("more than", "target"), as an object matrix."""
    table = np.asarray([words(str(label)) for label in cells.labels], dtype=object)
    out: np.ndarray = table[cells.codes[rows]]
    return out


def numbers_text(values: np.ndarray, digits: int) -> list[str]:
    """ "2.44", "57,000", "0.0015" for each value: up to ``digits`` decimals, trailing zeros
    dropped; a number below 1 keeps at least three significant digits."""
    texts = [f"{v:,.{digits}f}" for v in values.tolist()]
    if digits:
        texts = [t.rstrip("0").rstrip(".") for t in texts]
    small = np.flatnonzero((np.abs(values) < 1.0) & (values != 0))
    if len(small):
        need = 2 - np.floor(np.log10(np.abs(values[small]))).astype(np.int64)
        for i, d in zip(small.tolist(), need.tolist(), strict=True):
            if d > digits:
                texts[i] = f"{values[i]:.{d}f}".rstrip("0").rstrip(".")
    return texts


def marked_texts(
    table: PivotTable, texts: np.ndarray, rows: Sequence[int] | np.ndarray | None = None
) -> np.ndarray:
    """The cell texts (of ``rows``) with "[conflict]" after each disputed figure: what
    copies and files show."""
    conflict = table.conflict if rows is None else table.conflict[np.asarray(rows, dtype=np.int64)]
    out = texts.copy()
    out[conflict] = out[conflict] + CONFLICT_MARK
    return out


def cell_tooltip(table: PivotTable, r: int, c: int) -> str:
    """The cell in full: figure and period, source, how it was chosen, conflict, claims."""
    if table.obs_id[r, c] < 0:
        return f"{table.row_labels[r]}, {table.columns[c]}: no figure stored"
    value = labelled_quantity(
        float(table.values[r, c]), table.unit[r, c], table.qualifier[r, c], table.status[r, c]
    )
    sid = int(table.source_id[r, c])
    lines = [
        f"{table.row_labels[r]}, {table.columns[c]}: {value}",
        f"source: {table.source_names.get(sid, f'source {sid}')}",
    ]
    n = int(table.n_rows[r, c])
    if n > 1:
        rule = "the preferred one" if table.preferred[r, c] else "the most recently published"
        lines.append(f"{n} stored figures for this period; shown: {rule}")
    if table.status[r, c] in _FORWARD:
        lines.append(
            f"{status_words(table.status[r, c])}: an intention or expectation, not an outcome"
        )
    flat = r * table.shape[1] + c
    if flat in table.conflict_notes:
        lines.append(f"conflict: {table.conflict_notes[flat]}")
    claims = list(table.claim_notes.get(flat, ()))
    changes = int(table.changes[r, c])
    if changes:
        claims.append(f"{changes} reported change{'s' if changes > 1 else ''} stated with it")
    if claims:
        lines.append("claims checked against it: " + "; ".join(claims))
    return "\n".join(lines)


def tab_separated(
    table: PivotTable, rows: Sequence[int] | None = None, columns: Sequence[int] | None = None
) -> str:
    """Rows × columns (all when None) as tab-separated text with a header row, the row
    labels and units, conflicts marked: what a spreadsheet takes from the clipboard."""
    rows = list(range(table.shape[0])) if rows is None else list(rows)
    columns = list(range(table.shape[1])) if columns is None else list(columns)
    scales = row_scales(table)
    marked = marked_texts(table, cell_texts(table, scales, rows), rows)
    head = [ROW_WORDS[table.spec.rows], "Unit", *(table.columns[c] for c in columns)]
    lines = ["\t".join(head)]
    for i, r in enumerate(rows):
        cells = [table.row_labels[r], scales[r].text, *(str(marked[i, c]) for c in columns)]
        lines.append("\t".join(x.replace("\t", " ").replace("\n", " ") for x in cells))
    return "\n".join(lines)


# --- files ------------------------------------------------------------------------------


def header_lines(table: PivotTable) -> list[str]:
    """ "Corridor pivot: AZE–CHN, Jan–Oct of each year", then "Sources: …"."""
    return [
        f"Corridor pivot: {table.caption}",
        "Sources: " + "; ".join(table.sources_used()),
    ]


def note_lines(table: PivotTable) -> list[str]:
    """What the marks and labels mean (only those the grid uses)."""
    notes = ["Each cell is the preferred figure, else the most recently published one."]
    if table.conflict.any():
        notes.append("[conflict]: the stored sources (or the two sides) disagree about it.")
    if table.status.isin(_FORWARD).any():
        notes.append("target / forecast / planned: an intention or expectation, not an outcome.")
    if table.status.isin({"derived"}).any():
        notes.append("derived: computed by Corridor from stored figures, not published.")
    return notes


def grid_rows(table: PivotTable) -> list[list[str | float]]:
    """The header row and one row per grid row: a plain figure as a number in its row's
    scale, anything else (bounds, labels, other units, conflicts) as its text."""
    scales = row_scales(table)
    plain = (
        table.qualifier.isin({"exact", ""})
        & ~table.status.isin(_FORWARD | {"derived"})
        & ~table.conflict
        & _in_row_unit(table)
        & ~np.isnan(table.values)
    )
    cells = marked_texts(table, cell_texts(table, scales))
    factor = np.asarray([s.factor for s in scales], dtype="float64").reshape(-1, 1)
    numbers = (table.values / factor).astype(object) if len(scales) else cells
    cells[plain] = numbers[plain]
    head: list[str | float] = [ROW_WORDS[table.spec.rows], "Unit", *table.columns]
    body: list[list[str | float]] = cells.tolist()
    return [head] + [
        [label, scale.text, *row]
        for label, scale, row in zip(table.row_labels, scales, body, strict=True)
    ]


def pivot_csv(table: PivotTable) -> str:
    """The grid as CSV text: the header lines, the grid, the notes."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for line in header_lines(table):
        writer.writerow([neutralise(line)])
    writer.writerow([])
    for row in grid_rows(table):
        writer.writerow([f"{x:.10g}" if isinstance(x, float) else neutralise(x) for x in row])
    writer.writerow([])
    for line in note_lines(table):
        writer.writerow([neutralise(line)])
    return buffer.getvalue()


def write_pivot_csv(table: PivotTable, path: Path) -> None:
    write_text_atomic(path, pivot_csv(table))


def write_pivot_xlsx(table: PivotTable, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Pivot"
    for line in header_lines(table):
        sheet.append([neutralise(line)])
    sheet["A1"].font = Font(bold=True)
    sheet.append([])
    first = sheet.max_row + 1
    for row in grid_rows(table):
        sheet.append([x if isinstance(x, float) else neutralise(x) for x in row])
    for cell in sheet[first]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows(min_row=first + 1, min_col=3):
        for cell in row:
            if isinstance(cell.value, float):
                cell.number_format = "#,##0.###" if cell.value % 1 else "#,##0"
    sheet.append([])
    for line in note_lines(table):
        sheet.append([neutralise(line)])
    sheet.column_dimensions["A"].width = 48
    sheet.freeze_panes = sheet.cell(row=first + 1, column=3)
    with atomic_path(path) as tmp:
        book.save(tmp)


def write_pivot(table: PivotTable, path: Path) -> None:
    """CSV or XLSX by the file's suffix (ValueError for another)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        write_pivot_csv(table, path)
    elif suffix == ".xlsx":
        write_pivot_xlsx(table, path)
    else:
        raise ValueError(f"a pivot is written as .csv or .xlsx, not {suffix or 'no suffix'!r}")


def pivot_text(table: PivotTable) -> str:
    """The grid as aligned plain text (the CLI's format), with its header and notes."""
    scales = row_scales(table)
    texts = marked_texts(table, cell_texts(table, scales))
    rows = [[ROW_WORDS[table.spec.rows], "Unit", *table.columns]]
    rows += [
        [label, scale.text, *(str(t) for t in texts[r])]
        for r, (label, scale) in enumerate(zip(table.row_labels, scales, strict=True))
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [*header_lines(table), ""]
    for row in rows:
        left = [row[0].ljust(widths[0]), row[1].ljust(widths[1])]
        right = [t.rjust(w) for t, w in zip(row[2:], widths[2:], strict=True)]
        lines.append("  ".join(left + right).rstrip())
    return "\n".join([*lines, "", *note_lines(table)]) + "\n"
