"""Eurostat TSV: the bulk download and the dissemination API's ``format=TSV``.

One packed key column (``freq,unit,geo\\TIME_PERIOD``; legacy ``unit,geo\\time``) and one
column per period (``2014 `` with a trailing space, years descending in legacy files). A cell
is ``12.3``, ``12.3 p`` (value, then flags), ``:`` or ``: c`` (no value). Key parts by name:
``geo``/``reporter`` -> reporter, ``partner`` -> partner, ``freq`` -> freq, ``unit`` -> unit;
the other parts *and the unit* join the indicator code, prefixed by the dataset code (one
series often comes in two units, ``NR`` and ``PCH_PRE``, which would otherwise be the same
figure twice). The file does not name its dataset: the code is the file name's stem,
upper-cased, without ``estat_``/``_filtered…`` (option ``dataset`` to set it). Flags become
status and note as in SDMX-CSV. Each block of rows is unpivoted with numpy and split into
value and flags with Arrow string kernels, so millions of cells cost a few vector operations.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from app.services.importers.base import (
    Head,
    Importer,
    catalogue_rows,
    file_source,
    finish,
    kind_of_unit,
    numbered_blocks,
)
from app.services.importers.formats.sdmx import _status_of_flag
from app.services.importers.problems import (
    Cancel,
    ImportFailed,
    ImportResult,
    ProblemLog,
    Progress,
)
from app.services.importers.rows import RowBuilder
from app.services.importers.text import CsvLayout, Input, input_name, input_size
from app.services.options import Option

_KEY_CELL = re.compile(r"^[\w\-]+(?:,[\w\-]+)*\\[\w\-]+$")
_FREQS = (
    (re.compile(r"^\d{4}$"), "A"),
    (re.compile(r"^\d{4}-?[QK][1-4]$"), "Q"),
    (re.compile(r"^\d{4}-?[SH][12]$"), "S"),
    (re.compile(r"^\d{4}-?(?:M\d{1,2}|\d{2})$"), "M"),
    (re.compile(r"^\d{4}-?[WU]\d{1,2}$"), "W"),
    (re.compile(r"^\d{4}(?:-\d{2}-\d{2}|M\d{2}D\d{2})$"), "D"),
)
REPORTER_KEYS = ("geo", "reporter", "ref_area")
PARTNER_KEYS = ("partner", "counterpart_area")


def freq_of_period(text: str) -> str:
    """A, Q, S, M, W or D for a period as portals write it ('2014', '2020M01', '2014U30')."""
    t = text.strip().upper()
    return next((f for pattern, f in _FREQS if pattern.match(t)), "")


def take_text(values: Any, idx: np.ndarray) -> pd.Series:
    """``values[idx]`` as an Arrow-backed text column: no Python string per row."""
    table = pa.array([str(v) for v in values], pa.string())
    return pd.Series(pd.arrays.ArrowStringArray(pc.take(table, pa.array(idx, pa.int64()))))


def flag_columns(flags: Any, labels: dict[str, str] | None = None) -> tuple[pd.Series, pd.Series]:
    """(status, note) per row for SDMX/Eurostat flag texts, each distinct flag read once."""
    codes, uniques = pd.factorize(flags)
    mapped = [_status_of_flag(str(u)) for u in uniques]
    if labels:
        mapped = [
            (s, f"flag {u} ({labels[str(u)]})" if str(u) in labels else n)
            for (s, n), u in zip(mapped, uniques, strict=True)
        ]
    codes = np.where(codes < 0, len(mapped), codes)  # -1: no flag at all
    status = take_text([m[0] for m in mapped] + ["actual"], codes)
    return status, take_text([m[1] for m in mapped] + [""], codes)


def dataset_of_name(name: str, fallback: str) -> str:
    """'estat_tour_occ_arn2_filtered_en.tsv.gz' -> 'TOUR_OCC_ARN2'."""
    stem = re.sub(r"(\.(tsv|txt|gz|csv|json))+$", "", name.lower())
    stem = re.sub(r"^estat_", "", stem)
    stem = re.split(r"_filtered|\$", stem)[0].strip("_ ")
    return stem.upper() if stem and name != "<bytes>" else fallback


class EurostatTsvImporter(Importer):
    name = "eurostat-tsv"
    label = "Eurostat TSV (bulk download)"
    publisher = "Eurostat"
    options = (
        Option(
            "dataset",
            "Dataset code (empty: from the file name)",
            "text",
            "",
            help="prefix of the indicator codes, e.g. TOUR_OCC_ARN2",
        ),
    )

    def sniff(self, head: Head) -> int:
        first = head.lines[0].lstrip("\ufeff").split("\t", 1) if head.lines else []
        if len(first) == 2 and _KEY_CELL.match(first[0].strip()):
            return 100 if "," in first[0] else 90
        return 0

    def read(
        self,
        src: Input,
        options: dict[str, Any] | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportResult:
        opts = self.settings(options)
        head = Head.of(src)
        layout, keys = _layout(head)
        dataset = str(opts["dataset"]).strip() or dataset_of_name(head.name, "EUROSTAT")
        log = ProblemLog(input_name(src))
        builder = RowBuilder(log, {"indicator": layout.columns[0], "value": "cell"})
        builder.expect_lines_of(src)
        conv = _Converter(keys, [c.strip() for c in layout.columns[1:]], dataset, builder)
        size = input_size(src)
        if progress is not None:
            progress(0, size)
        for frame in numbered_blocks(src, layout, log, progress, cancel):
            builder.add(conv.long(frame))
        if progress is not None:
            progress(size, size)
        result = finish(builder, self.name, file_source(src, self.publisher, dataset), conv.rows())
        fill_units(result)
        return result


def fill_units(result: ImportResult) -> None:
    """Give the catalogue rows the unit (and kind) their observations came in."""
    obs, cat = result.observations, result.indicators
    if cat.empty or obs.empty:
        return
    pairs = obs[["indicator", "unit"]].drop_duplicates("indicator")
    units = dict(zip(pairs["indicator"].astype(str), pairs["unit"].astype(str), strict=True))
    cat["unit"] = [units.get(str(c), "") for c in cat["code"]]
    cat["kind"] = cat["unit"].map(kind_of_unit)


def _layout(head: Head) -> tuple[CsvLayout, list[str]]:
    if not head.lines:
        raise ImportFailed(f"{head.name} is empty")
    cells = head.lines[0].lstrip("\ufeff").split("\t")
    first = cells[0].strip()
    if not _KEY_CELL.match(first) or len(cells) < 2:
        raise ImportFailed(f"{head.name}: line 1 is not a Eurostat TSV header ('unit,geo\\time')")
    keys, across = first.split("\\")
    if across.lower() not in ("time", "time_period"):
        raise ImportFailed(f"{head.name}: the columns are {across!r}, not periods; not supported")
    return CsvLayout(head.encoding, "\t", 0, cells), keys.split(",")


class _Converter:
    """Unpivots one block of rows into long rows; remembers the indicator codes seen."""

    def __init__(self, keys: list[str], periods: list[str], dataset: str, b: RowBuilder) -> None:
        low = [k.lower() for k in keys]
        self.keys = keys
        self.builder = b
        self.dataset = dataset
        self.pos = {
            role: next((i for i, k in enumerate(low) if k in names), -1)
            for role, names in (
                ("reporter", REPORTER_KEYS),
                ("partner", PARTNER_KEYS),
                ("freq", ("freq",)),
                ("unit", ("unit",)),
            )
        }
        skip = {self.pos["reporter"], self.pos["partner"], self.pos["freq"]}
        self.code_parts = [i for i in range(len(keys)) if i not in skip]
        self.periods = np.array(periods, dtype=object)
        self.period_freq = np.array([freq_of_period(p) for p in periods], dtype=object)
        self.names: dict[str, str] = {}

    def long(self, frame: pd.DataFrame) -> pd.DataFrame:
        key = frame.iloc[:, 0].astype(str).str.strip()
        good = (key.str.count(",") == len(self.keys) - 1).to_numpy()
        for line, text in zip(frame["line"][~good], key[~good], strict=True):
            self.builder.log.add(
                int(line), "key", f"key {text[:60]!r} does not have {len(self.keys)} parts"
            )
        self.builder.skipped += int((~good).sum())
        n_rows, fi = int(good.sum()), self.pos["freq"]
        if n_rows == 0:
            return pd.DataFrame()
        parts = key[good].str.split(",", n=len(self.keys) - 1, expand=True)
        part = {i: parts[i].to_numpy(dtype=object) for i in range(len(self.keys))}
        value, flag, present = _split_cells(_cells(frame, good, len(self.periods)))
        self.builder.empty += int((~present).sum())
        where = np.flatnonzero(present)  # cells are column after column
        row, col = where % n_rows, where // n_rows
        status, note = flag_columns(pd.Series(pd.arrays.ArrowStringArray(flag)))
        return pd.DataFrame(
            {
                "indicator": take_text(self._codes(part), row),
                "reporter": take_text(self._part(part, "reporter"), row),
                "partner": take_text(self._part(part, "partner"), row),
                "period": take_text(self.periods, col),
                "freq": take_text(part[fi], row) if fi >= 0 else take_text(self.period_freq, col),
                "value": pd.arrays.ArrowStringArray(value),
                "unit": take_text(self._part(part, "unit"), row),
                "status": status,
                "note": note,
                "line": frame["line"].to_numpy()[good][row],
            }
        )

    def _part(self, part: dict[int, np.ndarray], role: str) -> np.ndarray:
        i = self.pos[role]
        n = len(next(iter(part.values()))) if part else 0
        return part[i] if i >= 0 else np.full(n, "", dtype=object)

    def _codes(self, part: dict[int, np.ndarray]) -> np.ndarray:
        n = len(next(iter(part.values()))) if part else 0
        code = np.full(n, self.dataset, dtype=object)
        for i in self.code_parts:
            code = code + "." + part[i]
        for c, first in zip(*np.unique(code, return_index=True), strict=True):
            if c not in self.names:
                labels = ", ".join(f"{self.keys[i]}={part[i][first]}" for i in self.code_parts)
                self.names[c] = f"{self.dataset} ({labels})" if labels else self.dataset
        return code

    def rows(self) -> pd.DataFrame:
        return catalogue_rows(
            [{"code": c, "name": n, "topic": "Eurostat"} for c, n in self.names.items()]
        )


def _cells(frame: pd.DataFrame, good: np.ndarray, n_periods: int) -> pa.Array:
    """The period cells of the good rows as one Arrow text array, column after column."""
    mask = None if good.all() else pa.array(good)
    columns = []
    for j in range(1, 1 + n_periods):
        arr = pa.array(frame.iloc[:, j])
        arr = arr.combine_chunks() if isinstance(arr, pa.ChunkedArray) else arr
        columns.append(arr if mask is None else arr.filter(mask))
    if not columns or any(c.type != columns[0].type for c in columns):
        columns = [c.cast(pa.large_string()) for c in columns] or [pa.array([], pa.string())]
    return pa.concat_arrays(columns)


def _split_cells(cells: pa.Array) -> tuple[pa.Array, pa.Array, np.ndarray]:
    """(value, flags) of the cells that hold a value ('12.3 p' -> '12.3', 'p'), and which
    cells those are (':', ': c' and blanks hold none)."""
    text = pc.fill_null(pc.utf8_trim_whitespace(cells), "")
    missing = pc.or_(pc.starts_with(text, ":"), pc.equal(text, ""))
    present = ~np.asarray(missing.to_numpy(zero_copy_only=False), dtype=bool)
    parts = pc.split_pattern(text.filter(pa.array(present)), " ", max_splits=1)
    parts = parts.combine_chunks() if isinstance(parts, pa.ChunkedArray) else parts
    flat, offsets = parts.flatten(), parts.offsets.to_numpy()
    first = offsets[:-1]
    value = flat.take(pa.array(first, pa.int64()))
    second = pa.array(first + 1, pa.int64(), mask=np.diff(offsets) < 2)
    flag = pc.utf8_trim_whitespace(pc.fill_null(flat.take(second), ""))
    return value, flag, present
