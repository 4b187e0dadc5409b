"""Observation ids held as a range while they are contiguous (the at-rest contract).

Corridor hands out observation ids one after another (:func:`app.domain.model.next_ids`),
so a workspace's ids are almost always ``first, first + 1, ..., first + n - 1`` in row
order: :class:`IdArray` holds such a column as its first id and its length (16 bytes
instead of 4 MB per million rows) and makes the ids only when a reader asks
(``to_numpy()``, ``np.asarray``, a comparison, ``isin``...), the way a pandas
``RangeIndex`` does for an index. Rows taken out of it (a filter, ``iloc``) are ordinary
id arrays held in the same type; :func:`app.domain.model.id_column` decides which form the
store keeps.
"""

from __future__ import annotations

import builtins
import operator
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd
from pandas._libs import index as libindex  # type: ignore[attr-defined]
from pandas.api.extensions import ExtensionArray, ExtensionDtype, register_extension_dtype
from pandas.core.arraylike import OpsMixin


@register_extension_dtype
class IdDtype(ExtensionDtype):
    """The type of an :class:`IdArray`: integer ids, never missing."""

    name = "ids"
    type = np.int64
    kind = "i"
    na_value = np.nan
    _is_numeric = True

    @classmethod
    def construct_array_type(cls) -> builtins.type[IdArray]:
        return IdArray

    @property
    def index_class(self) -> builtins.type[pd.Index]:
        return IdIndex

    def _get_common_dtype(self, dtypes: list[Any]) -> Any:
        """Ids joined with ids or with plain integers are plain int64 ids."""
        plain = [d for d in dtypes if not isinstance(d, IdDtype)]
        if all(isinstance(d, np.dtype) and d.kind in "iu" for d in plain):
            return np.dtype(np.int64)
        return None


class IdArray(OpsMixin, ExtensionArray):
    """Integer ids: ``first + arange(length)`` held as two numbers, or any ids as an array.

    Every reader gets plain numpy integers (the narrowest signed type that holds them, as
    :func:`app.domain.model.id_dtype` says); nothing is cached, so the range stays small
    at rest however often it is read.
    """

    _dtype = IdDtype()

    def __init__(
        self,
        first: int,
        length: int,
        values: np.ndarray | None = None,
        made: np.dtype[Any] | None = None,
    ) -> None:
        self._first = int(first)
        self._length = int(length)
        self._values = values
        #: the type a range's ids are made in
        self._made = np.dtype(np.int64) if made is None else made

    # --- making ---------------------------------------------------------------------

    @classmethod
    def range(cls, first: int, length: int, made: np.dtype[Any]) -> IdArray:
        """``length`` ids from ``first``, made in type ``made`` when read."""
        return cls(first, length, None, made)

    @classmethod
    def of(cls, values: np.ndarray) -> IdArray:
        """Ids held as an array (a copy is not made)."""
        values = np.asarray(values)
        return cls(0, len(values), values)

    @classmethod
    def _from_sequence(cls, scalars: Any, *, dtype: Any = None, copy: bool = False) -> IdArray:
        if isinstance(scalars, IdArray):
            return scalars.copy() if copy else scalars
        values = np.asarray(scalars)
        if values.dtype.kind not in "iuf":  # floats: ids with missing ones (NaN)
            values = values.astype(np.int64)
        return cls.of(values.copy() if copy else values)

    @classmethod
    def _from_factorized(cls, values: np.ndarray, original: IdArray) -> IdArray:
        return cls.of(values)

    @classmethod
    def _concat_same_type(cls, to_concat: Sequence[IdArray]) -> IdArray:
        return cls.of(np.concatenate([a.to_numpy() for a in to_concat]))

    # --- reading --------------------------------------------------------------------

    @property
    def is_range(self) -> bool:
        return self._values is None

    @property
    def first(self) -> int:
        return self._first

    @property
    def dtype(self) -> IdDtype:
        return self._dtype

    @property
    def nbytes(self) -> int:
        """What the ids hold: two numbers for a range, the array otherwise."""
        return 16 if self._values is None else int(self._values.nbytes)

    def __len__(self) -> int:
        return self._length

    def _ids(self) -> np.ndarray:
        if self._values is not None:
            return self._values
        return np.arange(self._first, self._first + self._length, dtype=self._made)

    def __array__(self, dtype: Any = None, copy: bool | None = None) -> np.ndarray:
        values = self._ids()
        return values if dtype is None else values.astype(dtype, copy=False)

    def to_numpy(
        self, dtype: Any = None, copy: bool = False, na_value: object = pd.api.extensions.no_default
    ) -> np.ndarray:
        values = self._ids()
        if dtype is not None:
            values = values.astype(dtype, copy=False)
        return values.copy() if copy and values is self._values else values

    def tolist(self) -> list[Any]:
        listed: list[Any] = self._ids().tolist()
        return listed

    def __iter__(self) -> Any:
        return iter(self._ids().tolist())

    def __getitem__(self, item: Any) -> Any:
        if isinstance(item, (int, np.integer)):
            i = int(item)
            if self._values is not None:
                return self._values[i]
            if i < -self._length or i >= self._length:
                raise IndexError(f"index {i} is out of bounds for {self._length} ids")
            i = i + self._length if i < 0 else i
            return self._made.type(self._first + i)
        if isinstance(item, slice) and self._values is None:
            start, stop, step = item.indices(self._length)
            if step == 1:
                return IdArray.range(self._first + start, max(stop - start, 0), self._made)
        item = pd.api.indexers.check_array_indexer(self, item)
        return IdArray.of(self._ids()[item])

    def isna(self) -> np.ndarray:
        if self._values is not None and self._values.dtype.kind == "f":
            missing: np.ndarray = np.isnan(self._values)
            return missing
        return np.zeros(self._length, dtype=bool)

    def copy(self) -> IdArray:
        if self._values is None:
            return IdArray.range(self._first, self._length, self._made)
        return IdArray.of(self._values.copy())

    def take(self, indices: Any, *, allow_fill: bool = False, fill_value: Any = None) -> IdArray:
        indices = np.asarray(indices, dtype=np.intp)
        values = self._ids()
        if allow_fill and (indices == -1).any():
            taken = values.astype(np.float64)[np.where(indices == -1, 0, indices)]
            taken[indices == -1] = np.nan if fill_value is None else fill_value
            return IdArray.of(taken)
        if allow_fill and (indices < -1).any():
            raise ValueError("invalid value in 'indices'")
        return IdArray.of(values[indices])

    def astype(self, dtype: Any, copy: bool = True) -> Any:
        dtype = pd.api.types.pandas_dtype(dtype)
        if isinstance(dtype, IdDtype):
            return self.copy() if copy else self
        if isinstance(dtype, ExtensionDtype):
            made: Any = dtype.construct_array_type()
            return made._from_sequence(self._ids(), dtype=dtype)
        return self._ids().astype(dtype, copy=copy)

    def isin(self, values: Any) -> np.ndarray:
        found: np.ndarray = np.isin(self._ids(), np.asarray(values))
        return found

    def unique(self) -> IdArray:
        return self.copy() if self._values is None else IdArray.of(pd.unique(self._values))

    def _values_for_factorize(self) -> tuple[np.ndarray, Any]:
        return self._ids(), None

    def factorize(self, use_na_sentinel: bool = True) -> tuple[np.ndarray, IdArray]:
        """Codes and distinct ids (a groupby by id): numpy's own on the ids, arithmetic on
        a range (every id is distinct)."""
        if self._values is None:
            return np.arange(self._length, dtype=np.intp), self.copy()
        codes, uniques = pd.factorize(self._values, use_na_sentinel=use_na_sentinel)
        return np.asarray(codes, dtype=np.intp), IdArray.of(np.asarray(uniques))

    def argsort(
        self,
        *,
        ascending: bool = True,
        kind: Any = "quicksort",
        na_position: str = "last",
        **kwargs: Any,
    ) -> np.ndarray:
        """Row order by id: a range is already in order (each id once)."""
        if self._values is None:
            order = np.arange(self._length, dtype=np.intp)
            return order if ascending else order[::-1].copy()
        ordered: np.ndarray = super().argsort(
            ascending=ascending, kind=kind, na_position=na_position, **kwargs
        )
        return ordered

    def searchsorted(self, value: Any, side: Any = "left", sorter: Any = None) -> Any:
        return np.searchsorted(self._ids(), _plain(value), side=side, sorter=sorter)

    def _values_for_argsort(self) -> np.ndarray:
        return self._ids()

    def _reduce(
        self, name: str, *, skipna: bool = True, keepdims: bool = False, **kwargs: Any
    ) -> Any:
        if self._values is None and self._length and name in ("max", "min"):
            result: Any = self[-1] if name == "max" else self[0]
        else:
            series = pd.Series(self._ids(), copy=False)
            result = getattr(series, name)(skipna=skipna, **kwargs)
        return np.asarray([result]) if keepdims else result

    def __setitem__(self, key: Any, value: Any) -> None:
        """Ids set in place: the range becomes an array (the store puts it back in its
        at-rest form afterwards, :func:`app.domain.model.fitted_ids`)."""
        values = self._ids() if self._values is not None else self._ids().copy()
        given = np.asarray(value)
        if given.dtype.kind in "iuf":  # wider ids, or missing ones (NaN), widen the array
            values = values.astype(np.result_type(values, given), copy=False)
        key = pd.api.indexers.check_array_indexer(self, key)
        values[key] = value
        self._values = values

    def __arrow_array__(self, type: Any = None) -> Any:
        import pyarrow as pa

        return pa.array(self._ids(), type=type)

    # --- operators: on the ids -------------------------------------------------------

    def _cmp_method(self, other: Any, op: Callable[[Any, Any], Any]) -> np.ndarray:
        result: np.ndarray = op(self._ids(), _plain(other))
        return result

    def _arith_method(self, other: Any, op: Callable[[Any, Any], Any]) -> np.ndarray:
        result: np.ndarray = op(self._ids(), _plain(other))
        return result

    _logical_method = _arith_method

    def __array_ufunc__(self, ufunc: np.ufunc, method: str, *inputs: Any, **kwargs: Any) -> Any:
        plain = [_plain(x) if isinstance(x, IdArray) else x for x in inputs]
        return getattr(ufunc, method)(*plain, **kwargs)

    def __neg__(self) -> np.ndarray:
        return operator.neg(self._ids())


class IdIndex(pd.Index):
    """An index of ids (``set_index("obs_id")``, ``pd.Index(column)``) looked up through
    an int64 hash table, as an index of plain integers is: pandas would otherwise hash one
    Python int per id (ten times slower)."""

    @property
    def _engine_type(self) -> Any:
        return libindex.Int64Engine

    def _get_engine_target(self) -> np.ndarray:
        return np.asarray(self.array, dtype=np.int64)


def _plain(other: Any) -> Any:
    """An operand as numpy data (ids made from a range, pandas data unwrapped)."""
    if isinstance(other, IdArray):
        return other._ids()
    if isinstance(other, (pd.Series, pd.Index)):
        return other.to_numpy()
    return other


class RangeIds:
    """Row → id of a column held as a range, for readers that look ids up row by row or
    for a set of rows (the table model): each read makes only the ids it asks for, so a
    desk showing a million figures holds no array of their ids either. Reads like the
    numpy array it stands for: ``ids[row]``, ``ids[rows]``, ``ids == some_id``."""

    def __init__(self, first: int, length: int) -> None:
        self._first = first
        self._length = length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, at: Any) -> Any:
        return self._first + (at if isinstance(at, (int, np.integer)) else np.asarray(at))

    def __eq__(self, other: object) -> Any:
        """Per row: whether its id is ``other`` (one id)."""
        hit = np.zeros(self._length, dtype=bool)
        at = int(other) - self._first  # type: ignore[call-overload]
        if 0 <= at < self._length:
            hit[at] = True
        return hit

    __hash__ = None  # type: ignore[assignment]

    def __array__(self, dtype: Any = None, copy: bool | None = None) -> np.ndarray:
        return np.arange(self._first, self._first + self._length, dtype=dtype or np.int64)


def row_ids(column: pd.Series) -> np.ndarray | RangeIds:
    """The ids of an obs_id column for row-by-row reads: a :class:`RangeIds` while the
    column is held as a range, else its array."""
    array = column.array
    if isinstance(array, IdArray) and array.is_range:
        return RangeIds(array.first, len(array))
    return column.to_numpy()
