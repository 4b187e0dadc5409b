"""Column work on Arrow arrays: dictionary codes, categoricals and fast number parsing.

A text column of a block becomes (codes, distinct texts) with one Arrow
``dictionary_encode``; whatever must be checked or converted (country codes, periods,
units) is then done once per distinct text, and the result is a pandas categorical built
from the codes, without a Python string per row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from app.domain.analytics.passes import once_per_pass
from app.domain.model import counts_up
from app.services.importers.formats.distinct import in_first_appearance


@dataclass(frozen=True)
class Coded:
    """A column as integer codes into a list of distinct values."""

    codes: np.ndarray
    values: list[Any]

    def map(self, fn: Callable[[Any], Any]) -> Coded:
        return Coded(self.codes, [fn(v) for v in self.values])

    def part(self, i: int) -> Coded:
        """The i-th element of tuple values, e.g. the name of (name, message) pairs."""
        return Coded(self.codes, [v[i] for v in self.values])

    def per_row(self, dtype: Any = object) -> np.ndarray:
        table = np.array(self.values, dtype=dtype) if self.values else np.zeros(1, dtype)
        if table.ndim != 1:  # a list of tuples would become 2-D
            table = np.empty(len(self.values), dtype=object)
            table[:] = self.values
        out: np.ndarray = table[self.codes]
        return out

    def any_set(self) -> bool:
        """Is any value set (not None)? Without it no row can have a per-row error."""
        return any(v is not None for v in self.values)

    def flags(self) -> np.ndarray:
        """Per row: is the value set (not None)? Used for per-row error messages."""
        if not self.any_set():
            return np.zeros(len(self.codes), dtype=bool)
        table = np.array([v is not None for v in self.values] or [False], dtype=bool)
        out: np.ndarray = table[self.codes]
        return out

    def at(self, row: int) -> Any:
        return self.values[int(self.codes[row])]

    def compact(self, keep: np.ndarray | None) -> tuple[np.ndarray, list[str]]:
        """(codes of the kept rows, labels) for :class:`Accumulator` text columns;
        ``keep`` None: every row."""
        codes = self.codes if keep is None else self.codes[keep]
        return codes, [str(v) for v in self.values]


def arrow_strings(s: pd.Series) -> pa.Array:
    """A text column as an Arrow string array, missing cells as ''."""
    try:
        arr = pa.array(s) if isinstance(s.dtype, pd.StringDtype) else None
    except (pa.ArrowException, TypeError, ValueError):
        arr = None
    if arr is None:
        plain = s.astype(object).where(s.notna(), "")
        arr = pa.array([str(v) for v in plain], type=pa.string())
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    return pc.fill_null(arr, "")


def encode(s: pd.Series | None, n: int, default: str = "", strip: bool = False) -> Coded:
    """Codes and distinct texts of a text column (all ``default`` when it is absent)."""
    if s is None:
        return Coded(np.zeros(n, dtype="int32"), [default])
    if isinstance(s.dtype, pd.CategoricalDtype):
        return _encode_categorical(s, default, strip)
    arr = arrow_strings(s)
    if strip:
        arr = pc.utf8_trim_whitespace(arr)
    d = pc.dictionary_encode(arr)
    values = d.dictionary.to_pylist()
    codes = d.indices.to_numpy(zero_copy_only=False)
    return Coded(codes, values or [default])


def _encode_categorical(s: pd.Series, default: str, strip: bool) -> Coded:
    """:func:`encode` of a categorical without a string per row: its categories are read
    as :func:`arrow_strings` reads values (missing as ''), then the codes are remapped so
    the distinct texts come in the order of first appearance, as ``dictionary_encode``
    gives them (no remapping where they already do: a column read dictionary-encoded)."""
    cats = s.cat.categories
    codes = s.array.codes
    missing = bool(len(codes)) and codes.min() < 0
    if missing:
        codes = np.where(codes < 0, len(cats), codes)
    # once per import for the same categories (a Parquet row group's blocks share them)
    table, distinct = per_categories(
        f"encoded categories {strip}", cats, lambda: _encoded_labels(cats, strip)
    )
    if len(cats) == 1 and len(codes) and not missing:  # one text in every row (code 0)
        return Coded(np.zeros(len(codes), dtype="int32"), distinct[:1])
    # no two labels coincide (or only the missing label with a category, and no cell is
    # missing): the category codes are the codes
    merged = len(distinct) != len(cats) + 1 and (missing or not counts_up(table[: len(cats)]))
    row = table[codes] if merged else codes
    seen = in_first_appearance(row)
    # first appearance = code order: the codes need no remapping
    if len(seen) and seen[-1] == len(seen) - 1 and counts_up(seen):
        return Coded(row.astype("int32", copy=False), distinct[: len(seen)])
    remap = np.zeros(len(distinct), dtype="int32")
    remap[seen] = np.arange(len(seen), dtype="int32")
    return Coded(remap[row], [distinct[i] for i in seen] or [default])


#: Categories of at most this many texts are worked out once per read (more: each time,
#: so that a read of texts that are all different holds no second copy of them).
MEMO_CATEGORIES = 4096

_T = TypeVar("_T")


def per_categories(name: str, cats: pd.Index, build: Callable[[], _T]) -> _T:
    """``build()`` for a column's categories, made once per read (:func:`.once_per_pass`,
    opened by ``read_file``) for the same categories object when they are few enough."""
    if len(cats) > MEMO_CATEGORIES:
        return build()
    return once_per_pass(name, (cats,), build)


def _encoded_labels(cats: pd.Index, strip: bool) -> tuple[np.ndarray, list[str]]:
    """(code of each label, distinct texts) of a categorical's categories read as
    :func:`arrow_strings` reads values, then a missing cell's '' (labels that coincide,
    once stripped, share a code)."""
    labels = [str(c) for c in cats.astype(object)] + [""]
    lab = pa.array(labels, type=pa.string())
    if strip:
        lab = pc.utf8_trim_whitespace(lab)
    d = pc.dictionary_encode(lab)
    return d.indices.to_numpy(zero_copy_only=False), d.dictionary.to_pylist()


def fast_floats(
    s: pd.Series, missing: frozenset[str], decimal_comma: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(floats, rows not read, empty rows): the common case in one Arrow cast."""
    raw = arrow_strings(s)
    if not decimal_comma:
        quick = _cast_as_written(raw, missing)
        if quick is not None:
            values, empty = quick
            floats = np.array(values.to_numpy(zero_copy_only=False), dtype="float64")
            return floats, np.zeros(len(s), dtype=bool), empty
    arr = pc.utf8_trim_whitespace(raw)
    gone = pc.is_in(arr, value_set=pa.array(sorted(missing), type=pa.string()))
    arr = pc.if_else(gone, pa.scalar(None, pa.string()), arr)
    if decimal_comma:
        arr = pc.replace_substring(arr, ",", ".")
    empty = np.array(gone.to_numpy(zero_copy_only=False), dtype=bool)
    try:
        values = pc.cast(arr, pa.float64()).to_numpy(zero_copy_only=False)
        return np.array(values, dtype="float64"), np.zeros(len(s), dtype=bool), empty
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        pass
    parsed = pd.to_numeric(pd.Series(arr.to_pandas()), errors="coerce")
    values = np.array(parsed.to_numpy(dtype="float64", na_value=np.nan))
    return values, np.isnan(values) & ~empty, empty


def numbers_as_written(columns: list[pa.Array], missing: frozenset[str]) -> list[pa.Array] | None:
    """The text columns as float64 arrays (missing marks as NaN), when every cell of each
    is a number or a missing mark exactly as written: :func:`fast_floats` of such a column
    reads those very floats (NaN being empty), without the careful way. None when a cell
    of any column is something else: the columns are then read as text, all of them, so
    that the cells of a block are read one way. The columns are read as one: a wide
    block has dozens of short columns, and a few Arrow calls for each cost more than
    their cells."""
    if any(not isinstance(a, pa.StringArray) or a.offset or a.null_count for a in columns):
        return None
    if len(columns) < 2:
        whole = columns[0] if columns else pa.array([], type=pa.string())
    else:
        whole = pa.concat_arrays(columns)
    quick = _cast_as_written(whole, missing)
    if quick is None:
        return None
    values, _empty = quick
    out, at = [], 0
    for arr in columns:
        out.append(values.slice(at, len(arr)))
        at += len(arr)
    return out


def _cast_as_written(arr: pa.Array, missing: frozenset[str]) -> tuple[pa.Array, np.ndarray] | None:
    """(float64 array without nulls, empty rows) for :func:`fast_floats` of a column whose
    every cell is a number or a missing mark exactly as written (no blanks around it:
    Arrow's cast refuses those, and then the careful way runs); the marks read as NaN. The
    missing cells are masked as nulls without copying the text."""
    if arr.offset != 0 or arr.null_count:
        return None
    empty = _marks(arr, missing)
    if empty.any():
        valid = pa.array(~empty)
        arr = pa.Array.from_buffers(arr.type, len(arr), [valid.buffers()[1], *arr.buffers()[1:]])
    try:
        values = pc.cast(arr, pa.float64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    if values.null_count:
        values = pc.fill_null(values, np.nan)
    return values, empty


def _marks(arr: pa.Array, marks: frozenset[str]) -> np.ndarray:
    """Per cell: is it one of ``marks`` exactly as written? When few cells are as short
    as the longest mark (most numbers are longer), only those are looked up; when many
    are, picking them out costs more than looking up every cell."""
    value_set = pa.array(sorted(marks), type=pa.string())
    longest = max(len(m.encode()) for m in marks)
    short = np.asarray(pc.binary_length(arr).to_numpy(zero_copy_only=False)) <= longest
    if np.count_nonzero(short) > len(arr) // 8:
        return np.array(pc.is_in(arr, value_set=value_set).to_numpy(zero_copy_only=False), bool)
    rows = np.flatnonzero(short)
    out = np.zeros(len(arr), dtype=bool)
    if len(rows):
        out[rows] = pc.is_in(arr.take(rows), value_set=value_set).to_numpy(zero_copy_only=False)
    return out
