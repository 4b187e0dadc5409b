"""Arrow record batches to the in-memory frames of :mod:`app.domain.model`, for every backend.

A backend reads its observations as a stream of Arrow record batches (DuckDB's
``to_arrow_reader``, the batches of a server's ``COPY``) and hands them here, one at a time:
each batch is encoded straight into the final arrays (category codes, int16 months, the
sparse entries of ``change_value``) and then dropped. The whole table never exists as Arrow
strings or as Python strings per row, so what a load adds to memory is the frame it
returns plus one batch.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from app.domain.ids import IdDtype
from app.domain.model import (
    CODED_COLUMNS,
    OBSERVATION_COLUMNS,
    OBSERVATION_DTYPES,
    checked_integers,
    codes_dtype,
    counts_up,
    dense_floats,
    id_column,
    normalise_observations,
    sparse_from_entries,
    text_categories,
)
from app.services.storage.errors import WorkspaceError

#: rows per record batch a backend streams (well under 1 MB of Arrow data per batch: the
#: batches' memory, in the database and here, stays small beside the frame being built;
#: smaller batches cost more calls, larger ones tens of MB more at the peak of a load)
STREAM_BATCH_ROWS = 8_192

_DENSE = tuple(c for c in OBSERVATION_DTYPES if c != "change_value")


def observations_from_arrow(table: pa.Table) -> pd.DataFrame:
    """The observations frame of :func:`normalise_observations`, built from an Arrow table
    (see :func:`observations_from_batches`)."""
    return observations_from_batches(table.to_batches(), table.num_rows)


def observations_from_batches(
    batches: Iterable[pa.RecordBatch], rows: int | None = None
) -> pd.DataFrame:
    """The observations frame of :func:`normalise_observations`, built batch by batch.

    ``rows`` (the number of rows the batches hold, if known) sizes the arrays once. Text
    columns become categoricals (categories sorted, as ``astype("category")`` sorts them);
    rows are put in obs_id order with a permutation only when the batches do not already
    hold them so. WorkspaceError for a missing key or a number the contract cannot hold.
    """
    builder = ObservationBuilder(rows or 0)
    for batch in batches:
        builder.add(batch)
    return builder.frame()


class ObservationBuilder:
    """The final arrays of an observations frame, filled one record batch at a time."""

    def __init__(self, capacity: int = 0) -> None:
        self._rows = 0
        self._capacity = max(int(capacity), 0)
        self._text = {name: _TextColumn(name, self._capacity) for name in CODED_COLUMNS}
        self._dense = {
            name: np.empty(self._capacity, dtype=OBSERVATION_DTYPES[name]) for name in _DENSE
        }
        self._change_at: list[np.ndarray] = []
        self._change_values: list[np.ndarray] = []
        self._ordered = True
        self._last_id: int | None = None

    def add(self, batch: pa.RecordBatch) -> None:
        n = batch.num_rows
        if n == 0:
            return
        start, end = self._rows, self._rows + n
        if end > self._capacity:
            self._grow(max(end, 2 * self._capacity))
        names = set(batch.schema.names)
        missing = [c for c in OBSERVATION_COLUMNS if c not in names]
        if missing:
            raise WorkspaceError(f"the observations table lacks {', '.join(missing)}")
        for name in CODED_COLUMNS:
            self._text[name].add(batch.column(name), start)
        for name in _DENSE:
            values = _numbers(batch.column(name), name)
            if values.dtype.itemsize > self._dense[name].dtype.itemsize:
                # an id outgrew the type of the ids before it (model.id_dtype): widen
                self._dense[name] = self._dense[name].astype(values.dtype)
            self._dense[name][start:end] = values
        change = _floats(batch.column("change_value"))
        at = np.flatnonzero(~np.isnan(change))
        if len(at):
            self._change_at.append(at + start)
            self._change_values.append(change[at])
        ids = self._dense["obs_id"][start:end]
        if self._ordered:
            after_last = self._last_id is None or int(ids[0]) >= self._last_id
            self._ordered = after_last and bool(np.all(ids[1:] >= ids[:-1]))
        self._last_id = int(ids[-1])
        self._rows = end

    def _grow(self, capacity: int) -> None:
        for name, values in self._dense.items():
            grown = np.empty(capacity, dtype=values.dtype)
            grown[: self._rows] = values[: self._rows]
            self._dense[name] = grown
        for column in self._text.values():
            column.grow(capacity, self._rows)
        self._capacity = capacity

    def frame(self) -> pd.DataFrame:
        """The frame (the builder's arrays become its columns: use the builder once)."""
        n = self._rows
        if n == 0:
            return normalise_observations(pd.DataFrame())
        order = None if self._ordered else np.argsort(self._dense["obs_id"][:n], kind="stable")
        columns: dict[str, Any] = {}
        for name in OBSERVATION_COLUMNS:
            if name in self._text:
                columns[name] = self._text.pop(name).categorical(n, order)
            elif name == "change_value":
                columns[name] = self._change(n, order)
            else:
                values = self._dense.pop(name)
                columns[name] = _first(values, n) if order is None else values[:n][order]
        # contiguous ids: a range (the array just made goes when the builder does)
        columns["obs_id"] = id_column(columns["obs_id"])
        return pd.DataFrame(columns, index=pd.RangeIndex(n), copy=False)

    def _change(self, n: int, order: np.ndarray | None) -> Any:
        at = np.concatenate(self._change_at) if self._change_at else np.zeros(0, np.int64)
        values = np.concatenate(self._change_values) if self._change_values else np.zeros(0)
        if order is not None and len(at):
            where = np.empty(n, dtype=np.int64)
            where[order] = np.arange(n)
            at = where[at]
            sort = np.argsort(at, kind="stable")
            at, values = at[sort], values[sort]
        return sparse_from_entries(n, at, values)


class _TextColumn:
    """Category codes of one text column, a global dictionary grown batch by batch (a
    batch's own dictionary is small: the Python strings made are the distinct texts)."""

    def __init__(self, name: str, capacity: int) -> None:
        self.name = name
        self.codes = np.zeros(capacity, dtype=np.int8)
        self.labels: list[str] = []
        self._code: dict[str, int] = {}

    def grow(self, capacity: int, rows: int) -> None:
        grown = np.zeros(capacity, dtype=self.codes.dtype)
        grown[:rows] = self.codes[:rows]
        self.codes = grown

    def add(self, column: pa.Array, start: int) -> None:
        if pa.types.is_dictionary(column.type):
            column = column.cast(column.type.value_type)
        if column.null_count:
            column = pc.fill_null(column, "")
        encoded = pc.dictionary_encode(column)
        texts = encoded.dictionary.to_pylist()
        mapping = np.fromiter((self._of(t) for t in texts), dtype=np.int64, count=len(texts))
        self._fit(len(self.labels))
        end = start + len(column)
        if len(mapping) == 1:
            self.codes[start:end] = mapping[0]
        else:
            indices = encoded.indices.to_numpy(zero_copy_only=False)
            self.codes[start:end] = mapping[indices]

    def _of(self, text: str) -> int:
        code = self._code.get(text)
        if code is None:
            code = self._code[text] = len(self.labels)
            self.labels.append(text)
        return code

    def _fit(self, categories: int) -> None:
        """Codes in the type pandas keeps for this many categories (so that the final
        categorical takes the array as it is)."""
        dtype = codes_dtype(categories)
        if dtype.itemsize > self.codes.dtype.itemsize:
            self.codes = self.codes.astype(dtype)

    def categorical(self, n: int, order: np.ndarray | None) -> Any:
        """The column with its categories sorted; the codes array is taken over."""
        whole = self.codes
        codes = whole[:n]
        labels = self.labels
        if not labels:
            labels = [""]  # no batch at all: every code is 0 already
        rank = np.argsort(np.asarray(labels, dtype=object), kind="stable")
        if not counts_up(rank):
            where = np.empty(len(labels), dtype=codes.dtype)
            where[rank] = np.arange(len(labels))
            codes = where[codes]
            labels = [labels[i] for i in rank]
        if order is not None:
            codes = codes[order]
        if codes.base is whole:
            codes = _first(whole, n)
        self.codes = np.zeros(0, dtype=np.int8)
        return pd.Categorical.from_codes(codes, categories=text_categories(self.name, labels))


def _first(values: np.ndarray, n: int) -> np.ndarray:
    """The first ``n`` values of an array grown by doubling: the array itself when it holds
    just those, else a copy (a slice would keep the whole buffer, up to twice n, alive)."""
    return values if len(values) == n else values[:n].copy()


def _numbers(column: pa.Array, name: str) -> np.ndarray:
    """A non-text column of one batch in its contract type (checked, never wrapped)."""
    dtype = OBSERVATION_DTYPES[name]
    if dtype.kind == "b":
        return np.asarray(pc.fill_null(column, False).to_numpy(zero_copy_only=False))
    if dtype.kind == "f":
        return _floats(column)
    if column.null_count:
        raise WorkspaceError(f"{column.null_count} observations have no {name}")
    try:
        return checked_integers(column.to_numpy(zero_copy_only=False), name)
    except ValueError as exc:
        raise WorkspaceError(f"the workspace holds a figure Corridor cannot read: {exc}") from exc


def _floats(column: pa.Array) -> np.ndarray:
    """A DOUBLE column as float64 (NULL reads as NaN)."""
    values = column.to_numpy(zero_copy_only=False)
    return np.asarray(values, dtype="float64")


def insert_table(frame: pd.DataFrame) -> pa.Table:
    """A frame as an Arrow table for one bulk ``INSERT … SELECT``: categorical columns go as
    dictionary arrays (the database casts them to text in one pass), never as millions of
    Python strings; a sparse column goes dense (Arrow has no sparse type)."""
    return pa.Table.from_pandas(arrow_ready(frame), preserve_index=False)


def arrow_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with its sparse columns made dense and a range of ids made an array
    (Arrow, DuckDB and Parquet take no pandas sparse data nor :class:`IdArray`); the frame
    itself when it has none."""
    sparse = [c for c in frame.columns if isinstance(frame[c].dtype, pd.SparseDtype)]
    ids = [c for c in frame.columns if isinstance(frame[c].dtype, IdDtype)]
    if not sparse and not ids:
        return frame
    made = {c: dense_floats(frame[c]) for c in sparse} | {c: frame[c].to_numpy() for c in ids}
    return frame.assign(**made)
