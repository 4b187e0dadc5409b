"""Corridor's own tidy layout (CSV, XLSX, Parquet): what Corridor exports it reads back.

One row per observation: the observation columns (without obs_id, source_id, preferred),
``period`` (the canonical code), and the row's source as ``source_publisher``,
``source_title``, ... Text cells a spreadsheet would run as formulas are written with a
leading apostrophe (:mod:`app.services.safe_cells`) and read back without it; numbers are
written as numbers.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any, cast

import numpy as np
import pandas as pd

from app.domain.model import OBSERVATION_COLUMNS, SOURCE_COLUMNS, dense_floats, empty_sources
from app.domain.periods import period_code
from app.domain.store import ObservationStore
from app.services.atomic import atomic_path
from app.services.importers.base import Head, Importer, file_source, finish
from app.services.importers.codes import per_categories
from app.services.importers.formats.distinct import categorical, first_rows, in_first_appearance
from app.services.importers.problems import Cancel, ImportFailed, ImportResult, ProblemLog, Progress
from app.services.importers.rows import RowBuilder
from app.services.importers.tables import iter_table, kind_of, table_columns, table_rows
from app.services.importers.text import Input, input_name
from app.services.safe_cells import neutralise, restore

OBS_FIELDS = [c for c in OBSERVATION_COLUMNS if c not in ("obs_id", "source_id", "preferred")]
SOURCE_FIELDS = [c for c in SOURCE_COLUMNS if c != "source_id"]
TIDY_COLUMNS = [*OBS_FIELDS, "period", *(f"source_{c}" for c in SOURCE_FIELDS)]
_REQUIRED = {"indicator", "value", "unit"}
_NUMERIC = {"period_start", "period_end", "value", "change_value"}


def to_tidy_frame(
    store_or_frames: ObservationStore | tuple[pd.DataFrame, pd.DataFrame],
) -> pd.DataFrame:
    """The export layout of a store, or of (observations, sources) frames."""
    if isinstance(store_or_frames, ObservationStore):
        obs, sources = store_or_frames.observations, store_or_frames.sources
    else:
        obs, sources = store_or_frames
    out = pd.DataFrame({c: _plain(obs[c]) for c in OBS_FIELDS})
    out.insert(len(OBS_FIELDS), "period", _period_codes(obs))
    src = sources if len(sources) else empty_sources()
    pos = pd.Index(src["source_id"].to_numpy()).get_indexer(obs["source_id"].to_numpy())
    for c in SOURCE_FIELDS:
        values = src[c].astype(str).to_numpy(dtype=object)
        out[f"source_{c}"] = np.where(
            pos >= 0, values[np.maximum(pos, 0)] if len(values) else "", ""
        )
    return out.reset_index(drop=True)


def _plain(s: pd.Series) -> pd.Series:
    if isinstance(s.dtype, pd.CategoricalDtype):
        return s.astype(str).astype(object)
    if isinstance(s.dtype, pd.SparseDtype):  # the store may hold a sparse column
        return pd.Series(dense_floats(s), name=s.name)
    return s.reset_index(drop=True) if s.dtype != object else s.fillna("")


def _period_codes(obs: pd.DataFrame) -> np.ndarray:
    key = pd.DataFrame({"s": obs["period_start"], "e": obs["period_end"], "p": obs["period_point"]})
    codes, uniques = pd.factorize(pd.MultiIndex.from_frame(key))
    table = np.array(
        [period_code(int(s), int(e), bool(p)) for s, e, p in uniques] or [""], dtype=object
    )
    return table[codes] if len(obs) else np.array([], dtype=object)


def write_tidy(frame: pd.DataFrame, path: str | Path) -> None:
    """Write the tidy frame as .csv, .xlsx or .parquet (by extension), atomically."""
    target = Path(path)
    kind = kind_of(target)
    with atomic_path(target) as tmp:
        if kind == "parquet":
            frame.to_parquet(tmp, index=False)
            return
        safe = frame.copy()
        for c in safe.columns:
            if _is_text(safe[c]):
                safe[c] = safe[c].astype(object).map(neutralise)
        if kind == "xlsx":
            safe.to_excel(tmp, index=False, engine="openpyxl")
        else:
            safe.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")


def _is_text(s: pd.Series) -> bool:
    return not (pd.api.types.is_numeric_dtype(s.dtype) or pd.api.types.is_bool_dtype(s.dtype))


def is_corridor_columns(columns: list[str]) -> bool:
    cols = set(columns)
    return (
        cols >= _REQUIRED
        and ("period" in cols or "period_start" in cols)
        and any(c.startswith("source_") for c in cols)
    )


class CorridorImporter(Importer):
    name = "corridor"
    label = "Corridor tidy file (CSV, XLSX, Parquet)"
    publisher = "Corridor export"

    def sniff(self, head: Head) -> int:
        return 100 if head.lines and is_corridor_columns(head.first_cells()) else 0

    def read(
        self,
        src: Input,
        options: dict[str, Any] | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportResult:
        columns = table_columns(src)
        if not is_corridor_columns(columns):
            raise ImportFailed(
                f"{input_name(src)} is not a Corridor tidy file (columns "
                "indicator, period, value, unit and source_* expected)"
            )
        builder = RowBuilder(ProblemLog(input_name(src)), keep_empty_values=True)
        kind = kind_of(src)
        spreadsheet = kind != "parquet"
        if kind == "parquet":
            builder.lines_hint = table_rows(src)  # room for all rows at once
        elif kind == "csv":
            builder.expect_lines_of(src)
        sources = _SourceTable()
        text = [c for c in columns if c not in _NUMERIC]
        values = ("value", "change_value")  # read as read_values reads numbers
        blocks = iter_table(src, builder.log, progress, cancel, dictionary=text, numbers=values)
        for frame in blocks:
            builder.add(_long(frame, spreadsheet, sources))
        key = (
            "indicator",
            "reporter",
            "partner",
            "subject",
            "period_start",
            "period_end",
            "period_point",
            "period_text",
            "value",
            "unit",
            "qualifier",
            "status",
            "change_value",
            "change_unit",
            "change_qualifier",
            "note",
            "source_id",
        )
        return finish(
            builder,
            self.name,
            file_source(src, self.publisher),
            duplicate_key=key,
            row_sources=sources.frame(),
        )


class _SourceTable:
    """Distinct source_* tuples -> local ids 0..n-1 (rows with no source get -1)."""

    def __init__(self) -> None:
        self.ids: dict[tuple[str, ...], int] = {}

    def assign(self, columns: dict[str, pd.Categorical], n: int) -> np.ndarray:
        """Per row of a block of ``n`` rows, the local id of its source (``columns``: the
        block's ``source_*`` columns, restored)."""
        cols = [f"source_{c}" for c in SOURCE_FIELDS]
        if not any(c in columns for c in cols):
            return np.full(n, -1, dtype="int64")
        codes, uniques = _factorize_rows([columns.get(c) for c in cols], n)
        local = []
        for t in uniques:
            local.append(-1 if not any(t) else self.ids.setdefault(t, len(self.ids)))
        ids: np.ndarray = np.array(local or [-1], dtype="int64")[codes]
        return ids

    def frame(self) -> pd.DataFrame:
        rows = [
            dict(zip(SOURCE_FIELDS, t, strict=True)) | {"source_id": i} for t, i in self.ids.items()
        ]
        return pd.DataFrame(rows, columns=["source_id", *SOURCE_FIELDS])


def _factorize_rows(
    columns: list[pd.Categorical | None], n: int
) -> tuple[np.ndarray, list[tuple[str, ...]]]:
    """Codes of the distinct rows of several text columns (None: a column that is absent,
    read as ''), and those rows, in the order of their combined key (the columns' codes in
    order of first appearance, as one mixed-radix integer): only the distinct keys are
    ordered, by counting when the key's range is near the row count (one or two columns
    vary), else by hashing and sorting them."""
    per_column = [_column_codes(col, n) for col in columns]
    sizes = [len(texts) for _codes, texts in per_column]
    if math.prod(sizes) >= 2**62:  # too many combinations for one integer
        return _factorize_wide(per_column, n)
    key = np.zeros(n, dtype=np.int64)
    for codes, texts in per_column:
        if len(texts) > 1:  # one text only: the key does not change
            key *= len(texts)
            key += codes
    radix = math.prod(sizes)
    if radix <= 4 * n + 1024:  # the distinct keys in order, by counting
        present = np.bincount(key, minlength=radix) > 0
        distinct = np.flatnonzero(present)
        rank = (np.cumsum(present) - 1)[key]
    else:
        seen, found = pd.factorize(key)
        order = np.argsort(found, kind="stable")
        ranks = np.empty(len(found), dtype=np.int64)
        ranks[order] = np.arange(len(found))
        distinct, rank = np.asarray(found)[order], ranks[seen]
    rows = []
    for k in distinct.tolist():
        parts = []
        for size in reversed(sizes):  # the key's digits, the last column's first
            k, digit = divmod(k, size)
            parts.append(digit)
        rows.append(
            tuple(texts[d] for (_codes, texts), d in zip(per_column, reversed(parts), strict=True))
        )
    return rank, rows


def _factorize_wide(
    per_column: list[tuple[np.ndarray, list[str]]], n: int
) -> tuple[np.ndarray, list[tuple[str, ...]]]:
    """:func:`_factorize_rows` of columns whose combinations outgrow one integer: the
    key renumbered (hashed) whenever it would, the distinct rows read at their first row."""
    key = np.zeros(n, dtype=np.int64)
    radix = 1
    for codes, texts in per_column:
        if len(texts) == 1:
            continue
        if radix * len(texts) >= 2**62:
            key = pd.factorize(key)[0].astype(np.int64)
            radix = int(key.max(initial=0)) + 1
        key = key * len(texts) + codes
        radix *= len(texts)
    seen, distinct = pd.factorize(key)  # distinct keys in order of first appearance
    firsts = first_rows(seen)
    rank = np.empty(len(distinct), dtype=np.int64)
    order = np.argsort(distinct, kind="stable")
    rank[order] = np.arange(len(distinct))
    rows = [tuple(texts[codes[i]] for codes, texts in per_column) for i in firsts[order]]
    return rank[seen], rows


def _column_codes(col: pd.Categorical | None, n: int) -> tuple[np.ndarray, list[str]]:
    """(code per row, texts) of a text column, numbered in order of first appearance
    as ``pd.factorize`` numbers them, missing cells read as '' (the last text)."""
    if col is None:  # one text: a read-only zero per row, no array made (never written)
        return np.broadcast_to(np.int64(0), (n,)), [""]
    raw, uniques = _categorical_factorize(col)
    texts = ["" if pd.isna(u) else str(u) for u in uniques] + [""]
    return np.where(raw < 0, len(texts) - 1, raw).astype(np.int64), texts


def _categorical_factorize(col: pd.Categorical) -> tuple[np.ndarray, list[Any]]:
    """``pd.factorize(col)`` of a categorical from its codes: the used categories
    numbered in order of first appearance, missing cells -1."""
    codes = np.asarray(col.codes)
    seen = in_first_appearance(codes)
    used = seen[seen >= 0]
    number = np.full(len(col.categories) + 1, -1, dtype=np.int64)  # [-1] -> missing
    number[used] = np.arange(len(used))
    return number[codes], [col.categories[i] for i in used.tolist()]


def _labels(uniques: Any, spreadsheet: bool) -> tuple[list[str], bool, bool]:
    """(texts, unchanged, all Python strings) of a column's distinct values ('' for
    missing), the export's formula guard undone in a spreadsheet's (``restore``)."""
    texts = [u if type(u) is str else "" if pd.isna(u) else str(u) for u in uniques]
    plain = all(type(u) is str for u in uniques)
    if not spreadsheet:
        return texts, True, plain
    restored = [restore(t) for t in texts]
    return restored, restored == texts, plain


def _texts(column: pd.Series, spreadsheet: bool) -> pd.Categorical:
    """A text column as a categorical of Python strings ('' for missing), with the
    export's formula guard undone (``restore``) — once per distinct value, not once per
    cell: a 10M-row column has a few thousand distinct texts. A categorical column (read
    dictionary-encoded) keeps its codes; no string is made per row, and its categories
    are read once per import (:func:`.per_categories`: the blocks of a Parquet row group
    share the group's thousands)."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes = column.array.codes
        cats = column.cat.categories
        texts, same, plain = per_categories(
            f"corridor texts {spreadsheet}", cats, lambda: _labels(cats, spreadsheet)
        )
        if same and plain and not (len(codes) and codes.min() < 0):
            return cast(pd.Categorical, column.array)  # nothing to undo: its own codes
    else:
        codes, uniques = pd.factorize(column, use_na_sentinel=True)
        texts = _labels(uniques, spreadsheet)[0]
    texts = [*texts, ""]  # code -1 (missing) -> the last entry
    if len(codes) and codes.min() < 0:
        codes = np.where(codes < 0, len(texts) - 1, codes)
    # texts may repeat once restored: one category each, in the order they come
    return cast(pd.Categorical, categorical(codes, texts, column.index).array)


def _long(frame: pd.DataFrame, spreadsheet: bool, sources: _SourceTable) -> pd.DataFrame:
    """The block as :meth:`RowBuilder.add` takes it: text columns restored, the row's
    source as a local id; built as one frame (no column set or dropped one at a time)."""
    out: dict[str, Any] = {}
    for c in frame.columns:
        if c.startswith("source_"):
            continue
        out[c] = frame[c] if c in _NUMERIC or c == "line" else _texts(frame[c], spreadsheet)
    if "period_start" not in out or "period_end" not in out:
        for c in ("period_start", "period_end", "period_point"):
            out.pop(c, None)
    elif "period_point" not in out:
        out["period_point"] = "False"
    restored = {c: _texts(frame[c], spreadsheet) for c in frame.columns if c.startswith("source_")}
    out["source_id"] = sources.assign(restored, len(frame))
    return pd.DataFrame(out, index=frame.index, copy=False)
