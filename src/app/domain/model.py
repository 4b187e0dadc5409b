"""The data model: one row per observation (long/tidy), sources and the indicator catalogue.

Column names and types here are the contract shared by storage, importers, analytics,
extraction, exports and the Qt models. In memory the dimension columns are pandas
categoricals, ``value`` is float64 and periods are integer month indices
(see :mod:`app.domain.periods`).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

import numpy as np
import pandas as pd

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

_NUMPY_TYPES: dict[str, Any] = {
    "BIGINT": "int64",
    "INTEGER": "int32",
    "DOUBLE": "float64",
    "BOOLEAN": "bool",
}

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
    """Give a frame the in-memory types of the contract (categoricals, float64, int32).

    Columns already in their contract type are not rewritten value by value: a 3M-row
    import is normalised in a fraction of a second, not by remaking millions of strings.
    """
    out: dict[str, Any] = {}
    n = len(df)
    for col, sql in OBSERVATION_COLUMNS.items():
        s = df[col] if col in df.columns else None
        if sql == "VARCHAR":
            out[col] = (
                _categorical_text(s, n)
                if col in CATEGORICAL_COLUMNS
                # explicitly object: pandas would infer its own string dtype from the array
                else pd.Series(_object_text(s, n), dtype=object, copy=False)
            )
        elif s is None:
            out[col] = (
                np.zeros(n, dtype=_NUMPY_TYPES[sql]) if sql != "DOUBLE" else np.full(n, np.nan)
            )
        elif sql == "DOUBLE":
            out[col] = pd.to_numeric(s, errors="coerce").to_numpy(dtype="float64")
        elif sql == "BOOLEAN":
            out[col] = s.to_numpy() if s.dtype == bool else s.fillna(False).astype(bool)
        else:
            out[col] = pd.to_numeric(s).to_numpy().astype(_NUMPY_TYPES[sql], copy=False)
    # one copy of the arrays (a memcpy each): views of the input may be read-only, and
    # the store edits its frame in place
    return pd.DataFrame(out, index=pd.RangeIndex(n), copy=True)


def _categorical_text(s: pd.Series | None, n: int) -> Any:
    """A text column as a categorical of str with '' for missing (no per-row strings made
    when it is one already)."""
    if s is None:
        return pd.Categorical.from_codes(np.zeros(n, dtype=np.int8), categories=pd.Index([""]))
    if isinstance(s.dtype, pd.CategoricalDtype):
        cats = s.cat.categories
        if s.isna().any() or not all(isinstance(c, str) for c in cats):
            labels = [("" if pd.isna(c) else str(c)) for c in cats]
            codes = s.cat.codes.to_numpy()
            table = np.asarray([*labels, ""], dtype=object)
            return pd.Categorical(table[np.where(codes < 0, len(labels), codes)])
        # the categories (a few) in pandas' own text dtype, so frames concatenate
        return pd.Categorical.from_codes(s.cat.codes.to_numpy(), categories=cats.astype(str))
    plain = s.astype(object).where(s.notna(), "")
    return pd.Categorical(plain.astype(str))


def _object_text(s: pd.Series | None, n: int) -> np.ndarray:
    """A text column as an object array of str ('' for missing)."""
    if s is None:
        return np.full(n, "", dtype=object)
    if isinstance(s.dtype, pd.CategoricalDtype):
        labels = np.asarray([("" if pd.isna(c) else str(c)) for c in s.cat.categories] + [""])
        codes = s.cat.codes.to_numpy()
        return labels.astype(object)[np.where(codes < 0, len(labels) - 1, codes)]
    values = s.to_numpy(dtype=object)
    missing = pd.isna(values)
    if missing.any():
        values = values.copy()
        values[missing] = ""
    texts = s.dtype == object or isinstance(s.dtype, pd.StringDtype)
    if not texts or not _all_str(np.concatenate([values[:64], values[-64:]])):
        values = np.asarray([str(v) for v in values], dtype=object)
    return values


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
