"""The data model: one row per observation (long/tidy), sources and the indicator catalogue.

Column names and types here are the contract shared by storage, importers, analytics,
extraction, exports and the Qt models. In memory every text column is a pandas
categorical, ``value`` is float64, periods are int16 month indices (see
:mod:`app.domain.periods`) and ``change_value`` is a sparse float column (almost every
figure claims no change): see :data:`OBSERVATION_DTYPES` and :func:`normalise_observations`.
``obs_id`` is held as a range (:class:`app.domain.ids.IdArray`: two numbers, not 4 bytes a
row) while the ids are contiguous in row order, as Corridor hands them out; readers get
numpy ids from it as from any column (:func:`id_column`).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

import numpy as np
import pandas as pd

from app.domain.ids import IdArray, IdDtype
from app.domain.periods import Period, period_code
from app.domain.units import format_quantity


class Qualifier(StrEnum):
    EXACT = "exact"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    ABOUT = "about"
    NEARLY = "nearly"
    UP_TO = "up_to"


class Status(StrEnum):
    ACTUAL = "actual"
    PROVISIONAL = "provisional"
    ESTIMATE = "estimate"
    FORECAST = "forecast"
    TARGET = "target"
    PLANNED = "planned"
    DERIVED = "derived"


class IndicatorKind(StrEnum):
    FLOW = "flow"
    STOCK = "stock"
    RATE = "rate"
    COUNT = "count"


QUALIFIER_WORDS = {
    Qualifier.EXACT: "",
    Qualifier.MORE_THAN: "more than",
    Qualifier.LESS_THAN: "less than",
    Qualifier.ABOUT: "about",
    Qualifier.NEARLY: "nearly",
    Qualifier.UP_TO: "up to",
}


#: Statuses that describe an intention or an expectation, not an outcome: never shown as
#: "the latest figure", always labelled.
FORWARD_STATUSES = frozenset({Status.TARGET, Status.PLANNED, Status.FORECAST})

STATUS_WORDS = {
    Status.PROVISIONAL: "provisional",
    Status.ESTIMATE: "estimate",
    Status.FORECAST: "forecast",
    Status.TARGET: "target",
    Status.PLANNED: "planned",
    Status.DERIVED: "derived",
}


def status_words(status: str) -> str:
    """The label a figure of this status carries wherever it is shown ('' for actual)."""
    words: str = STATUS_WORDS.get(status, "")  # type: ignore[call-overload]
    return words


def labelled_quantity(value: float, unit: str, qualifier: str, status: str) -> str:
    """ "target: up to 2,000 MW", "more than $3 bn" (an actual figure carries no label)."""
    text = qualified_quantity(value, unit, qualifier)
    label = status_words(status)
    return f"{label}: {text}" if label else text


def qualifier_words(qualifier: str) -> str:
    """ "more than" for more_than; '' for exact and for anything that is not a qualifier."""
    words: str = QUALIFIER_WORDS.get(qualifier, "")  # type: ignore[call-overload]
    return words


def qualified_quantity(value: float, unit: str, qualifier: str) -> str:
    """ "more than 57,000 persons", "$2.44 bn"."""
    return f"{qualifier_words(qualifier)} {format_quantity(value, unit)}".strip()


def change_words(value: float, unit: str, qualifier: str) -> str:
    """A reported change: "more than +20 %", "9.2×"; '' when there is none."""
    if math.isnan(value):
        return ""
    core = f"{value:g}×" if unit == "times" else f"{value:+g} %"
    return f"{qualifier_words(qualifier)} {core}".strip()


# --- observations -----------------------------------------------------------------------

#: Columns of the observations table, in order, with their storage type.
OBSERVATION_COLUMNS: dict[str, str] = {
    "obs_id": "BIGINT",
    "indicator": "VARCHAR",
    "reporter": "VARCHAR",  # ISO 3166 alpha-3 (or a World Bank region code); '' if none
    "partner": "VARCHAR",  # ISO alpha-3 of the counterpart; '' for one-country indicators
    "subject": "VARCHAR",  # a named project or item the figure is about ('' if none)
    "period_start": "INTEGER",  # month index, see periods.month_index
    "period_end": "INTEGER",
    "period_point": "BOOLEAN",  # a stock at a date: start == end
    # finer than a month: '2024-01-15' (a day) or '2024-W03' (an ISO week), else ''
    "period_detail": "VARCHAR",
    "period_text": "VARCHAR",  # the period as the source wrote it
    "value": "DOUBLE",  # canonical unit
    "unit": "VARCHAR",
    "qualifier": "VARCHAR",  # Qualifier
    "status": "VARCHAR",  # Status
    "change_value": "DOUBLE",  # growth the source claimed (NaN if none)
    "change_unit": "VARCHAR",  # '%' (percent change) or 'times' (multiple); '' if none
    "change_qualifier": "VARCHAR",
    "source_id": "BIGINT",
    "preferred": "BOOLEAN",  # marked preferred among conflicting figures
    "note": "VARCHAR",
}

#: Dimension columns held as pandas categoricals in memory.
CATEGORICAL_COLUMNS = (
    "indicator",
    "reporter",
    "partner",
    "subject",
    "period_detail",
    "unit",
    "qualifier",
    "status",
    "change_unit",
    "change_qualifier",
)

#: Free-text columns, not dimensions, held as categoricals too (few distinct texts: one
#: byte a row instead of a pointer to a string per row); their categories are Python str
#: objects (see :func:`text_categories`).
TEXT_CATEGORICAL_COLUMNS = ("period_text", "note")

#: Every column held as a pandas categorical (of str, '' for missing).
CODED_COLUMNS = CATEGORICAL_COLUMNS + TEXT_CATEGORICAL_COLUMNS

#: ``change_value`` in memory: NaN (no claimed change) is the fill value and takes no space.
SPARSE_FLOAT = pd.SparseDtype("float64", np.nan)

#: In-memory type of every column that is not text (the at-rest contract). Month indices
#: of years 1800..2200 (periods.month_index) are 21,600..26,411 and -1 means "none": int16
#: holds them; arithmetic that may leave that range casts to int64 first (view.sort_key).
#: For the :data:`ID_COLUMNS` the type given is the narrowest one: see :func:`id_dtype`.
OBSERVATION_DTYPES: dict[str, Any] = {
    "obs_id": np.dtype("int32"),
    "period_start": np.dtype("int16"),
    "period_end": np.dtype("int16"),
    "period_point": np.dtype("bool"),
    "value": np.dtype("float64"),
    "change_value": SPARSE_FLOAT,
    "source_id": np.dtype("int8"),
    "preferred": np.dtype("bool"),
}

#: Id columns (BIGINT on disk): held in the narrowest signed integer that holds the ids, and
#: never narrower than :data:`OBSERVATION_DTYPES` says (obs_id int32: a few billion ids;
#: source_id int8: a workspace's sources usually number tens to thousands). Corridor hands
#: out ids one after another and never reuses them, so a type widens only when an id
#: outgrows it; a column never wraps around. Code that packs or multiplies ids casts to
#: int64 first.
ID_COLUMNS = ("obs_id", "source_id")

_SIGNED: tuple[np.dtype[Any], ...] = (
    np.dtype(np.int8),
    np.dtype(np.int16),
    np.dtype(np.int32),
    np.dtype(np.int64),
)

#: Key of "the same figure": several rows with one key are sources that agree or conflict.
FIGURE_KEY = (
    "indicator",
    "reporter",
    "partner",
    "subject",
    "period_start",
    "period_end",
    "period_point",
    "period_detail",
)

# --- sources ----------------------------------------------------------------------------

SOURCE_COLUMNS: dict[str, str] = {
    "source_id": "BIGINT",
    "publisher": "VARCHAR",  # the outlet or portal: "Trend", "UN Comtrade"
    "title": "VARCHAR",
    "url": "VARCHAR",
    "published": "VARCHAR",  # ISO date (YYYY-MM-DD, or YYYY-MM) or ''
    "speaker": "VARCHAR",  # who stated it: "Embassy of China (Ambassador Lu Mei)"
    "origin": "VARCHAR",  # whose statistics, as the page said: "State Customs Committee"
    "language": "VARCHAR",  # ISO 639-1 of the quote
    "quote": "VARCHAR",  # the verbatim sentence
    "retrieved": "VARCHAR",  # ISO date a file was downloaded / text pasted
    "dataset": "VARCHAR",  # dataset code for portal downloads
    "kind": "VARCHAR",  # press | file | manual | derived
}

INDICATOR_COLUMNS: dict[str, str] = {
    "code": "VARCHAR",
    "name": "VARCHAR",
    "topic": "VARCHAR",
    "unit": "VARCHAR",
    "kind": "VARCHAR",
    "description": "VARCHAR",
}


@dataclass(slots=True)
class Source:
    publisher: str = ""
    title: str = ""
    url: str = ""
    published: str = ""
    speaker: str = ""
    origin: str = ""
    language: str = ""
    quote: str = ""
    retrieved: str = ""
    dataset: str = ""
    kind: str = "manual"
    source_id: int = -1

    def as_row(self) -> dict[str, Any]:
        return asdict(self)

    def label(self) -> str:
        """ "Trend, 2025-12-25"."""
        who = self.publisher or self.speaker or "unknown source"
        return f"{who}, {self.published}" if self.published else who


@dataclass(slots=True)
class Observation:
    indicator: str
    period: Period
    value: float
    unit: str
    reporter: str = ""
    partner: str = ""
    subject: str = ""
    period_text: str = ""
    period_detail: str = ""  # '2024-01-15' or '2024-W03' for figures finer than a month
    qualifier: str = Qualifier.EXACT
    status: str = Status.ACTUAL
    change_value: float = float("nan")
    change_unit: str = ""
    change_qualifier: str = ""
    source_id: int = -1
    preferred: bool = False
    note: str = ""
    obs_id: int = -1
    extra: dict[str, Any] = field(default_factory=dict)

    def as_row(self) -> dict[str, Any]:
        return {
            "obs_id": self.obs_id,
            "indicator": self.indicator,
            "reporter": self.reporter,
            "partner": self.partner,
            "subject": self.subject,
            "period_start": self.period.start,
            "period_end": self.period.end,
            "period_point": self.period.point,
            "period_detail": self.period_detail,
            "period_text": self.period_text
            or period_code(self.period.start, self.period.end, self.period.point),
            "value": float(self.value),
            "unit": self.unit,
            "qualifier": str(self.qualifier),
            "status": str(self.status),
            "change_value": float(self.change_value),
            "change_unit": self.change_unit,
            "change_qualifier": self.change_qualifier,
            "source_id": self.source_id,
            "preferred": self.preferred,
            "note": self.note,
        }


def empty_observations() -> pd.DataFrame:
    return normalise_observations(pd.DataFrame({c: [] for c in OBSERVATION_COLUMNS}))


def normalise_observations(df: pd.DataFrame) -> pd.DataFrame:
    """Give a frame the in-memory types of the contract (:data:`CODED_COLUMNS` as
    categoricals of str, :data:`OBSERVATION_DTYPES` for the rest).

    Columns already in their contract type are not rewritten value by value: a 3M-row
    import is normalised in a fraction of a second, not by remaking millions of strings.
    ValueError when a number does not fit its type (a month outside int16, say).
    """
    out: dict[str, Any] = {}
    n = len(df)
    for col in OBSERVATION_COLUMNS:
        s = df[col] if col in df.columns else None
        if col in CODED_COLUMNS:
            out[col] = _categorical_text(col, s, n)
        elif col == "change_value" and s is not None and s.dtype == SPARSE_FLOAT:
            out[col] = s.array  # already the contract's sparse column (copied below)
        elif col == "change_value":
            dense = np.full(n, np.nan) if s is None else coerced_floats(s)
            out[col] = sparse_floats(dense)
        elif col == "obs_id":
            out[col] = _obs_ids(s, n)
        elif s is None:
            dtype = OBSERVATION_DTYPES[col]
            out[col] = np.zeros(n, dtype=dtype) if dtype.kind != "f" else np.full(n, np.nan)
        elif col == "value":
            out[col] = coerced_floats(s)
        elif OBSERVATION_DTYPES[col].kind == "b":
            out[col] = s.to_numpy() if s.dtype == bool else s.fillna(False).astype(bool)
        else:
            out[col] = checked_integers(pd.to_numeric(s).to_numpy(), col)
    # one copy of the arrays (a memcpy each): views of the input may be read-only, and
    # the store edits its frame in place
    return pd.DataFrame(out, index=pd.RangeIndex(n), copy=True)


def _obs_ids(s: pd.Series | None, n: int) -> Any:
    """The obs_id column in its at-rest form (:func:`id_column`); a range is kept as it is."""
    if s is None:
        return id_column(np.zeros(n, dtype=OBSERVATION_DTYPES["obs_id"]))
    if isinstance(s.array, IdArray) and s.array.is_range:
        return s.array
    values = s.to_numpy() if isinstance(s.dtype, IdDtype) else pd.to_numeric(s).to_numpy()
    return id_column(checked_integers(values, "obs_id"))


def id_column(values: np.ndarray) -> Any:
    """Observation ids (in their :func:`id_dtype`) as the store holds them: a range
    (:class:`~app.domain.ids.IdArray`, 16 bytes) when they are contiguous and ascending in
    row order, else the array itself. No copy of an array is made."""
    n = len(values)
    if n and int(values[-1]) - int(values[0]) == n - 1 and bool((np.diff(values) == 1).all()):
        return IdArray.range(int(values[0]), n, values.dtype)
    return values


def id_index(column: pd.Series) -> pd.Index:
    """An index over an id column for :func:`id_positions`: a ``RangeIndex`` over a range
    of ids (lookups are arithmetic, no hash table of every id)."""
    array = column.array
    if isinstance(array, IdArray) and array.is_range:
        return pd.RangeIndex(array.first, array.first + len(array))
    index: pd.Index = pd.Index(column.to_numpy())
    return index


def checked_integers(values: np.ndarray, column: str) -> np.ndarray:
    """``values`` in the contract's integer type of ``column`` (for an id column the
    narrowest that holds them, :func:`id_dtype`); ValueError (never a silent wrap-around)
    for a value the type cannot hold or a missing one."""
    values = np.asarray(values)
    if values.dtype.kind == "f" and len(values) and not np.isfinite(values).all():
        raise ValueError(f"{column}: missing or non-finite numbers")
    dtype = OBSERVATION_DTYPES[column]
    if column in ID_COLUMNS and len(values) and values.dtype.kind in "iuf":
        dtype = id_dtype(column, values.min(), values.max())
    if values.dtype == dtype:
        return values
    if len(values) and values.dtype.kind in "iuf":
        info = np.iinfo(dtype)
        low, high = values.min(), values.max()
        if low < info.min or high > info.max:
            raise ValueError(
                f"{column}: {low if low < info.min else high} does not fit the workspace's "
                f"{dtype} ({info.min}..{info.max})"
            )
    return values.astype(dtype)


def id_dtype(column: str, low: Any, high: Any) -> np.dtype[Any]:
    """The narrowest signed integer type, not narrower than the contract's type of the id
    ``column``, that holds ids from ``low`` to ``high``; ValueError beyond int64."""
    least = OBSERVATION_DTYPES[column].itemsize
    for dtype in _SIGNED:
        info = np.iinfo(dtype)
        if dtype.itemsize >= least and info.min <= low and high <= info.max:
            return dtype
    raise ValueError(f"{column}: {high if high > 0 else low} does not fit an int64")


def fitted_ids(frame: pd.DataFrame) -> None:
    """Put the id columns of an observations frame back in their at-rest form: the
    narrowest type that holds them (after rows holding the largest ids went, or an edit
    widened a column and its undo took the wide ids back), obs_id as a range when its ids
    are contiguous (:func:`id_column`); a column already in it is left as it is."""
    for column in ID_COLUMNS:
        held = frame[column].array
        if isinstance(held, IdArray) and held.is_range:
            continue
        values = frame[column].to_numpy()
        if not len(values) or values.dtype.kind != "i":
            continue
        fitted = values.astype(id_dtype(column, values.min(), values.max()), copy=False)
        at_rest = id_column(fitted) if column == "obs_id" else fitted
        if at_rest is not values or isinstance(held, IdArray):
            frame[column] = at_rest


def id_positions(index: pd.Index, ids: np.ndarray) -> np.ndarray:
    """Positions in ``index`` (an id column's values) of integer ``ids``, -1 where absent.
    The ids are looked up in the index's own type: pandas would otherwise widen the whole
    index, and rebuild its hash table, on every lookup with wider ids."""
    ids = np.asarray(ids)
    dtype: Any = index.dtype
    if ids.dtype == dtype or not len(ids) or dtype.kind != "i":
        return np.asarray(index.get_indexer(pd.Index(ids)))
    info = np.iinfo(dtype)
    fits = (ids >= info.min) & (ids <= info.max)
    pos = np.full(len(ids), -1, dtype=np.intp)
    pos[fits] = index.get_indexer(pd.Index(ids[fits].astype(dtype)))
    return pos


def coerced_floats(values: pd.Series) -> np.ndarray:
    """``values`` as float64, NaN for whatever is missing or does not read as a number."""
    floats = pd.to_numeric(values, errors="coerce")
    return np.asarray(floats.to_numpy(dtype="float64", na_value=np.nan))


def sparse_floats(values: np.ndarray) -> pd.arrays.SparseArray:
    """A float64 column as the contract's sparse array (NaN stored as nothing)."""
    return pd.arrays.SparseArray(np.asarray(values, dtype="float64"), fill_value=np.nan)


def sparse_from_entries(n: int, positions: np.ndarray, values: np.ndarray) -> pd.arrays.SparseArray:
    """A sparse float column of ``n`` rows holding ``values`` at the (strictly increasing)
    row ``positions`` and NaN elsewhere, built without a dense array of ``n`` floats."""
    made: pd.arrays.SparseArray = _SPARSE.from_indices(
        np.asarray(values, dtype="float64"),
        indices=np.asarray(positions, dtype=np.int32),
        length=int(n),
        fill_value=np.nan,
    )
    return made


#: the class (pandas-stubs know no ``from_indices`` yet)
_SPARSE: Any = pd.arrays.SparseArray


def dense_floats(column: pd.Series) -> np.ndarray:
    """A (sparse) float column as a dense float64 array, NaN where it stores nothing: what
    Arrow, DuckDB, Parquet and the exports take (they know no pandas sparse data)."""
    return np.asarray(column.to_numpy(dtype="float64", na_value=np.nan))


def sparse_entries(column: Any) -> tuple[np.ndarray, np.ndarray]:
    """(row positions, values) of the entries a sparse column stores (its non-NaN ones)."""
    index: Any = column.sp_index
    return np.asarray(index.indices), np.asarray(column.sp_values)


def with_sparse_values(
    column: pd.arrays.SparseArray, positions: np.ndarray, values: np.ndarray
) -> pd.arrays.SparseArray:
    """``column`` with ``values`` set at row ``positions``: a new sparse array built from
    the stored (non-NaN) entries only, never a dense copy of every row."""
    stored, stored_values = sparse_entries(column)
    positions = np.asarray(positions, dtype=np.int64)
    values = np.asarray(values, dtype="float64")
    keep = ~np.isin(stored, positions)
    present = ~np.isnan(values)
    # a position given twice: the last value wins, as with an assignment
    last = np.unique(positions[::-1], return_index=True)[1]
    chosen = np.zeros(len(positions), dtype=bool)
    chosen[len(positions) - 1 - last] = True
    present &= chosen
    at = np.concatenate([stored[keep], positions[present]])
    vals = np.concatenate([stored_values[keep], values[present]])
    order = np.argsort(at, kind="stable")
    return sparse_from_entries(len(column), at[order], vals[order])


def dtype_problems(frame: pd.DataFrame) -> list[str]:
    """How ``frame`` differs from the at-rest contract (an empty list: it follows it)."""
    problems = [f"{c}: missing" for c in OBSERVATION_COLUMNS if c not in frame.columns]
    for col in OBSERVATION_COLUMNS:
        if col not in frame.columns:
            continue
        dtype = frame[col].dtype
        if col in CODED_COLUMNS:
            if not isinstance(dtype, pd.CategoricalDtype):
                problems.append(f"{col}: {dtype}, not a categorical")
                continue
            cats = dtype.categories
            if cats.dtype != text_categories(col, []).dtype:
                problems.append(f"{col}: categories of {cats.dtype}")
            elif len(cats) and not _all_str(np.asarray(cats, dtype=object)):
                problems.append(f"{col}: categories are not all str")
        elif col in ID_COLUMNS:
            problems.extend(_id_problems(col, frame[col]))
        elif dtype != OBSERVATION_DTYPES[col]:
            problems.append(f"{col}: {dtype}, not {OBSERVATION_DTYPES[col]}")
    return problems


def _id_problems(column: str, held: pd.Series) -> list[str]:
    """An id column not in the narrowest signed integer type that holds its ids, or
    obs_id not a range while its ids are contiguous (nor an array while they are not)."""
    array = held.array
    if isinstance(array, IdArray):
        return [] if array.is_range else [f"{column}: ids held as an array of ids"]
    values = held.to_numpy()
    if values.dtype not in _SIGNED:
        return [f"{column}: {values.dtype}, not a signed integer"]
    want = id_dtype(column, values.min(), values.max()) if len(values) else _SIGNED[0]
    want = max(want, OBSERVATION_DTYPES[column], key=lambda d: d.itemsize)
    if values.dtype != want:
        return [f"{column}: {values.dtype}, not {want}"]
    if column == "obs_id" and isinstance(id_column(values), IdArray):
        return [f"{column}: contiguous ids not held as a range"]
    return []


def text_categories(column: str, labels: Any) -> pd.Index:
    """The categories of a coded column: pandas' text dtype for the dimensions (frames
    concatenate, filters match on them); one Python str per distinct text for the
    free-text columns, so that their rows read as an object array (``to_numpy``, what
    the table does) share those strings instead of making one string per row."""
    index: pd.Index
    if column in TEXT_CATEGORICAL_COLUMNS:
        index = pd.Index(np.asarray([str(x) for x in labels], dtype=object), dtype=object)
    else:
        index = pd.Index(labels if len(labels) else [], dtype=_TEXT)
    return index


def codes_dtype(categories: int) -> np.dtype[Any]:
    """The code type pandas gives a categorical of ``categories`` categories (its
    ``coerce_indexer_dtype``): codes built in it are taken as they are, not converted."""
    for dtype in (np.int8, np.int16, np.int32):
        if categories < np.iinfo(dtype).max:
            return np.dtype(dtype)
    return np.dtype(np.int64)


def counts_up(codes: np.ndarray) -> bool:
    """Are ``codes`` 0, 1, 2, ... in this order (a remapping that changes nothing)?"""
    return bool((codes == np.arange(len(codes))).all())


def with_categories(column: str, values: pd.Series, extra: list[str]) -> pd.Categorical:
    """A coded column with texts ``extra`` added to its categories (codes unchanged)."""
    cats = [*values.cat.categories, *extra]
    return pd.Categorical.from_codes(
        values.cat.codes.to_numpy(), categories=text_categories(column, cats)
    )


#: pandas' own text dtype (categories of str are held in it)
_TEXT = pd.Index([""]).dtype


def _categorical_text(column: str, s: pd.Series | None, n: int) -> Any:
    """A text column as a categorical of str with '' for missing (no per-row strings made
    when it is one already), its categories as :func:`text_categories` says."""
    codes: np.ndarray
    if s is None:
        codes = np.zeros(n, dtype=np.int8)
        return pd.Categorical.from_codes(codes, categories=text_categories(column, [""]))
    if isinstance(s.dtype, pd.CategoricalDtype):
        cats = s.cat.categories
        if s.isna().any() or not _all_str(np.asarray(cats, dtype=object)):
            labels = [("" if pd.isna(c) else str(c)) for c in cats]
            codes = s.cat.codes.to_numpy()
            table = np.asarray([*labels, ""], dtype=object)
            s = pd.Series(table[np.where(codes < 0, len(labels), codes)], dtype=object)
        else:
            codes = s.cat.codes.to_numpy()
            return pd.Categorical.from_codes(codes, categories=text_categories(column, cats))
    values = s.to_numpy(dtype=object)
    missing = pd.isna(values)
    if missing.any():
        values = values.copy()
        values[missing] = ""
    if not _all_str(values):
        values = np.asarray([str(v) for v in values], dtype=object)
    cat = pd.Categorical(values)
    return pd.Categorical.from_codes(cat.codes, categories=text_categories(column, cat.categories))


def _all_str(values: np.ndarray) -> bool:
    return bool(pd.api.types.infer_dtype(values, skipna=False) in ("string", "empty"))


def empty_sources() -> pd.DataFrame:
    return normalise_sources(pd.DataFrame({c: [] for c in SOURCE_COLUMNS}))


def normalise_sources(df: pd.DataFrame) -> pd.DataFrame:
    out = {}
    for col, sql in SOURCE_COLUMNS.items():
        s = df[col] if col in df.columns else pd.Series([""] * len(df), index=df.index)
        out[col] = s.astype("int64") if sql == "BIGINT" else s.fillna("").astype(str)
    return pd.DataFrame(out).reset_index(drop=True)


def source_labels(sources: pd.DataFrame) -> pd.Series:
    """One label per source row: "Trend, 2025-12-25"."""
    who = sources["publisher"].where(sources["publisher"] != "", sources["speaker"])
    who = who.where(who != "", "unknown source")
    with_date = who + ", " + sources["published"]
    return with_date.where(sources["published"] != "", who)


def next_ids(existing: pd.Series, n: int) -> np.ndarray:
    start = int(existing.max()) + 1 if len(existing) else 1
    return np.arange(start, start + n, dtype="int64")
