"""Records beside the observations: claims, projects (with their companies, stages and
per-field sources), events, and the links between them and the figures.

One schema for all of them (ARCHITECTURE.md, "Entities of version 0.2"): each is a table with
an integer key, held in memory as a plain DataFrame in ``ObservationStore.records[table]``,
changed only through the record operations of :mod:`app.domain.edits` (one storage
transaction with an audit row, one undo stack), stored by every backend from
:data:`RECORD_TABLES`.

Dates of projects and events are ISO text of the precision the source gave: ``2026-01-08``,
``2025-04`` or ``2025`` (:func:`date_months` turns them into month indices for charts).
Claim parameters are a JSON object whose keys depend on the claim type (docs/claims.md).
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import numpy as np
import pandas as pd

from app.domain.periods import month_index


class ClaimType(StrEnum):
    GROWTH = "growth"  # "+20 % on the same period last year"
    LEVEL = "level"  # "exceeded 57,000" (a level with its qualifier)
    RECORD = "record"  # "a record", "the highest ever"
    RECORD_STREAK = "record_streak"  # "the third consecutive record year"
    FIRST = "first"  # "the first large-scale wind project", "the only ..."
    RANK = "rank"  # "the largest source of imports", "fourth largest trading partner"
    SUM_COUNT = "sum_count"  # "five projects with a total capacity of 1,570 MW"
    SHARE = "share"  # "its share amounting to 17.69 %"


class ProjectStage(StrEnum):
    """The dated steps of a project's life, in their usual order."""

    ANNOUNCED = "announced"
    AGREEMENT = "agreement"  # agreement or MoU signed, tender won
    FINANCING = "financing"  # financing closed
    CONSTRUCTION = "construction"  # under construction (date: construction start)
    COMMISSIONED = "commissioned"  # in operation, inaugurated
    CANCELLED = "cancelled"


STAGE_ORDER: dict[str, int] = {str(s): i for i, s in enumerate(ProjectStage)}


class Technology(StrEnum):
    WIND = "wind"
    OFFSHORE_WIND = "offshore_wind"
    SOLAR = "solar"
    FLOATING_SOLAR = "floating_solar"
    HYDRO = "hydro"
    GAS = "gas"
    WASTE_TO_ENERGY = "waste_to_energy"
    STORAGE = "storage"
    MANUFACTURING = "manufacturing"
    OTHER = "other"


#: Technologies counted as renewable power ("solar and wind power plants").
RENEWABLE_POWER = frozenset(
    {Technology.WIND, Technology.OFFSHORE_WIND, Technology.SOLAR, Technology.FLOATING_SOLAR}
)


class PartyRole(StrEnum):
    DEVELOPER = "developer"
    EPC = "epc"  # engineering, procurement, construction contractor
    INVESTOR = "investor"
    LENDER = "lender"
    SUPPLIER = "supplier"
    OPERATOR = "operator"
    GOVERNMENT = "government"  # the ministry signing an agreement


class EventType(StrEnum):
    VISIT = "visit"
    AGREEMENT = "agreement"
    FORUM = "forum"
    OPENING = "opening"
    SANCTION = "sanction"
    TARIFF = "tariff"
    CRISIS = "crisis"
    ANNOTATION = "annotation"  # a user's own mark on the charts, no source needed


@dataclass(frozen=True)
class RecordTable:
    """One record table: its columns with storage types, and its integer key column."""

    name: str
    key: str
    columns: dict[str, str]
    #: what one row is called in messages and the undo history
    noun: str


CLAIM_COLUMNS: dict[str, str] = {
    "claim_id": "BIGINT",
    "claim_type": "VARCHAR",  # ClaimType
    "source_id": "BIGINT",  # the source whose statement this is
    "obs_id": "BIGINT",  # the figure stated with it (-1 if none)
    "quote": "VARCHAR",  # the sentence, verbatim
    "indicator": "VARCHAR",
    "reporter": "VARCHAR",
    "partner": "VARCHAR",
    "period_start": "INTEGER",  # month index; -1 when the claim names no period
    "period_end": "INTEGER",
    "period_text": "VARCHAR",
    "value": "DOUBLE",  # the level stated with the claim (NaN if none), canonical unit
    "unit": "VARCHAR",
    "qualifier": "VARCHAR",
    "status": "VARCHAR",  # actual, expected, forecast, target, planned
    "params": "VARCHAR",  # JSON object, keys by type (docs/claims.md)
    "note": "VARCHAR",
}

PROJECT_COLUMNS: dict[str, str] = {
    "project_id": "BIGINT",
    "name": "VARCHAR",
    "other_names": "VARCHAR",  # other names and spellings, separated by " | "
    "country": "VARCHAR",  # ISO alpha-3 of the host country
    "partner": "VARCHAR",  # ISO alpha-3 of the partner country whose companies take part
    "technology": "VARCHAR",  # Technology
    "capacity": "DOUBLE",  # canonical unit (MW for power plants)
    "capacity_unit": "VARCHAR",
    "investment": "DOUBLE",
    "investment_unit": "VARCHAR",
    "location": "VARCHAR",
    "note": "VARCHAR",
}
#: a project's own fields, as a form or a CSV row holds them (all but the id)
PROJECT_FIELDS: tuple[str, ...] = tuple(c for c in PROJECT_COLUMNS if c != "project_id")

PARTY_COLUMNS: dict[str, str] = {
    "party_id": "BIGINT",
    "project_id": "BIGINT",
    "company": "VARCHAR",
    "company_country": "VARCHAR",  # ISO alpha-3 ('' if unknown)
    "role": "VARCHAR",  # PartyRole
    "source_id": "BIGINT",
    "quote": "VARCHAR",
}

STAGE_COLUMNS: dict[str, str] = {
    "stage_id": "BIGINT",
    "project_id": "BIGINT",
    "stage": "VARCHAR",  # ProjectStage
    "date": "VARCHAR",  # ISO text of the source's precision; '' if undated
    "expected": "BOOLEAN",  # a planned date ("operation planned 2026"), not a fact yet
    "source_id": "BIGINT",
    "quote": "VARCHAR",
}

FACT_COLUMNS: dict[str, str] = {
    "fact_id": "BIGINT",
    "project_id": "BIGINT",
    "field": "VARCHAR",  # a PROJECT_COLUMNS field: capacity, investment, location, ...
    "value": "VARCHAR",  # as stated, in the field's canonical unit
    "source_id": "BIGINT",
    "quote": "VARCHAR",
}

EVENT_COLUMNS: dict[str, str] = {
    "event_id": "BIGINT",
    "date_start": "VARCHAR",  # ISO text
    "date_end": "VARCHAR",  # '' for a single day/month
    "event_type": "VARCHAR",  # EventType
    "title": "VARCHAR",
    "countries": "VARCHAR",  # ISO alpha-3 codes separated by spaces
    "source_id": "BIGINT",  # -1 for an annotation
    "quote": "VARCHAR",
    "note": "VARCHAR",
}

LINK_COLUMNS: dict[str, str] = {
    "link_id": "BIGINT",
    "from_table": "VARCHAR",  # observations | events | claims
    "from_id": "BIGINT",
    "to_table": "VARCHAR",  # projects | indicators | observations | derivations
    "to_id": "VARCHAR",  # an id, or an indicator code
    "note": "VARCHAR",
}

#: Earlier values of a figure (version 3): a re-import or re-fetch that changes a value keeps
#: the value it replaces, with the day it was retrieved and the day it was superseded.
VINTAGE_COLUMNS: dict[str, str] = {
    "vintage_id": "BIGINT",
    "obs_id": "BIGINT",  # the figure, which holds the current value
    "source_id": "BIGINT",
    "value": "DOUBLE",  # the earlier value, canonical unit
    "unit": "VARCHAR",
    "status": "VARCHAR",
    "note": "VARCHAR",
    "retrieved": "VARCHAR",  # ISO date the earlier value was retrieved
    "superseded": "VARCHAR",  # ISO date of the retrieval that replaced it
}

#: Reporters and partners that are not ISO countries (version 3): aggregates and codes a
#: portal uses of its own (EU27_2020, KSV), with the name the file gave them.
ENTITY_COLUMNS: dict[str, str] = {
    "entity_id": "BIGINT",
    "code": "VARCHAR",
    "name": "VARCHAR",
    "kind": "VARCHAR",  # countries.EntityKind: region, aggregate, unknown
    "source_id": "BIGINT",  # the file that first used the code
}

#: A derived series (version 4): how Corridor computed figures the sources do not publish.
#: Its figures are observations with ``status = derived`` and ``source_id`` = the
#: derivation's own source row; each is linked (``links``) to the derivation and to the
#: input figures it was computed from (its lineage).
DERIVATION_COLUMNS: dict[str, str] = {
    "derivation_id": "BIGINT",
    "name": "VARCHAR",  # what the user called it ("Trade balance")
    "kind": "VARCHAR",  # derive.DerivationKind: change, cagr, convert, ytd_diff, ...
    "inputs": "VARCHAR",  # JSON list of series: {"name", "indicator", "reporter", "partner"}
    "formula": "VARCHAR",  # the expression of a formula ('' for other kinds)
    "params": "VARCHAR",  # JSON object: span, window, target frequency, how, ...
    "indicator": "VARCHAR",  # the output series
    "reporter": "VARCHAR",
    "partner": "VARCHAR",
    "unit": "VARCHAR",
    "source_id": "BIGINT",  # the derivation's source row (publisher "Corridor (derived)")
    "created": "VARCHAR",  # ISO date
    "note": "VARCHAR",
}

#: A named saved view (version 4): table filters and sort, selected indicators and pairs,
#: chart mode and range, pivot layout, as a JSON object (its keys: domain/saved_views.py).
VIEW_COLUMNS: dict[str, str] = {
    "view_id": "BIGINT",
    "name": "VARCHAR",
    "spec": "VARCHAR",  # JSON object
    "created": "VARCHAR",  # ISO date
    "note": "VARCHAR",
}

#: A query against a portal's web service (version 5): what ``corridor fetch`` or File >
#: Fetch asked for, so that Refresh can ask again. Its figures carry the source row whose
#: ``url`` is this query's ``url`` (publisher, dataset and retrieval time beside it).
FETCH_COLUMNS: dict[str, str] = {
    "fetch_id": "BIGINT",
    "connector": "VARCHAR",  # services/fetch registry name: worldbank, comtrade, imf, ...
    "request": "VARCHAR",  # JSON object: the FetchRequest (no key, ever)
    "url": "VARCHAR",  # the query URL as sent (the first call's; no key, ever)
    "title": "VARCHAR",  # what the source row is called ("World Bank API: NY.GDP.MKTP.CD ...")
    "created": "VARCHAR",  # ISO time (UTC) of the first fetch
    "refreshed": "VARCHAR",  # ISO time (UTC) of the latest fetch
    "outcome": "VARCHAR",  # what the latest fetch changed, in one sentence
}

RECORD_TABLES: dict[str, RecordTable] = {
    t.name: t
    for t in (
        RecordTable("claims", "claim_id", CLAIM_COLUMNS, "claim"),
        RecordTable("projects", "project_id", PROJECT_COLUMNS, "project"),
        RecordTable("project_parties", "party_id", PARTY_COLUMNS, "company role"),
        RecordTable("project_stages", "stage_id", STAGE_COLUMNS, "project stage"),
        RecordTable("project_facts", "fact_id", FACT_COLUMNS, "project fact"),
        RecordTable("events", "event_id", EVENT_COLUMNS, "event"),
        RecordTable("links", "link_id", LINK_COLUMNS, "link"),
        RecordTable("vintages", "vintage_id", VINTAGE_COLUMNS, "earlier value"),
        RecordTable("entities", "entity_id", ENTITY_COLUMNS, "entity"),
        RecordTable("derivations", "derivation_id", DERIVATION_COLUMNS, "derived series"),
        RecordTable("views", "view_id", VIEW_COLUMNS, "saved view"),
        RecordTable("fetches", "fetch_id", FETCH_COLUMNS, "fetch query"),
    )
}

#: Rows that belong to a project and go (and come back) with it.
PROJECT_CHILDREN = ("project_parties", "project_stages", "project_facts")


def record_table(name: str) -> RecordTable:
    try:
        return RECORD_TABLES[name]
    except KeyError:
        raise KeyError(f"no record table {name!r}") from None


def empty_records(name: str) -> pd.DataFrame:
    return normalise_records(name, pd.DataFrame())


#: the in-memory dtype of each column type (text: object arrays of str)
_NORMAL_DTYPES: dict[str, np.dtype[Any]] = {
    "BIGINT": np.dtype("int64"),
    "INTEGER": np.dtype("int32"),
    "DOUBLE": np.dtype("float64"),
    "BOOLEAN": np.dtype(bool),
}


def _normal_column(s: pd.Series, sql: str) -> np.ndarray | None:
    """A copy of ``s``'s values when they are already in the in-memory type of ``sql``
    (what the conversions of :func:`normalise_records` would give back), else None."""
    want: np.dtype[Any] = _NORMAL_DTYPES.get(sql, np.dtype(object))
    if s.dtype != want:
        return None
    values: np.ndarray = s.to_numpy(copy=True)
    if want.kind == "O" and not all(type(v) is str for v in values.tolist()):
        return None
    return values


@functools.cache
def _layout(name: str) -> tuple[pd.Index, list[np.dtype[Any]], list[int]]:
    """A normalised table's column labels, column dtypes and text columns' positions."""
    columns = record_table(name).columns
    dtypes = [_NORMAL_DTYPES.get(sql, np.dtype(object)) for sql in columns.values()]
    labels = pd.DataFrame({c: [] for c in columns}).columns
    return labels, dtypes, [i for i, d in enumerate(dtypes) if d.kind == "O"]


def _all_normal(name: str, df: pd.DataFrame) -> bool:
    """Whether ``df`` is a normalised table already, read in one pass (not a Series per
    column: 30 µs each)."""
    labels, dtypes, text = _layout(name)
    if df.attrs or df.columns.dtype != labels.dtype or not df.columns.equals(labels):
        return False
    cells = df.to_numpy(dtype=object)[:, text] if df.dtypes.tolist() == dtypes else None
    return cells is not None and all(type(v) is str for v in cells.ravel().tolist())


def normalise_records(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """A frame in the table's in-memory types: int64 ids, float64 numbers, str text.

    A table in those types already (reports normalise their pair's claims, rows of the
    normalised table, on every call) is copied as it is: a frame built column by column
    costs 2 ms on a handful of rows. Columns in those types are taken as they are."""
    table = record_table(name)
    n = len(df)
    if _all_normal(name, df):
        copied = df.copy()
        copied.index = pd.RangeIndex(n)
        return copied
    out: dict[str, Any] = {}
    for col, sql in table.columns.items():
        if col in df.columns:
            same = _normal_column(df[col], sql)
        else:  # an empty table's column is already normal; a missing one is not
            same = np.empty(0, _NORMAL_DTYPES.get(sql, np.dtype(object))) if n == 0 else None
        if same is not None:
            out[col] = pd.Series(same, dtype=object) if same.dtype == object else same
            continue
        s = df[col] if col in df.columns else pd.Series([None] * n, index=df.index, dtype=object)
        if sql in ("BIGINT", "INTEGER"):
            default = -1
            vals = pd.to_numeric(s, errors="coerce").fillna(default)
            out[col] = vals.astype("int64" if sql == "BIGINT" else "int32").to_numpy()
        elif sql == "DOUBLE":
            out[col] = pd.to_numeric(s, errors="coerce").astype("float64").to_numpy()
        elif sql == "BOOLEAN":
            out[col] = s.map(_truth).astype(bool).to_numpy()
        else:
            # object, not pandas' string dtype: the same type whether a table is empty or not
            out[col] = pd.Series(s.fillna("").astype(str).to_numpy(dtype=object), dtype=object)
    # numbers as arrays (their dtype kept), text as object Series (never inferred as str)
    return pd.DataFrame(out, index=range(n))


def _truth(v: Any) -> bool:
    if isinstance(v, str):
        return v.strip().lower() in ("true", "1", "yes")
    return bool(v) if v is not None and v == v else False


def empty_record_tables() -> dict[str, pd.DataFrame]:
    return {name: empty_records(name) for name in RECORD_TABLES}


def next_record_ids(frame: pd.DataFrame, key: str, n: int) -> np.ndarray:
    start = int(frame[key].max()) + 1 if len(frame) else 1
    return np.arange(start, start + n, dtype="int64")


# --- claim parameters -------------------------------------------------------------------


def claim_params(text: str) -> dict[str, Any]:
    """The parameters of a claim row ({} for a blank or unreadable cell)."""
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def params_text(params: dict[str, Any]) -> str:
    return json.dumps(params, ensure_ascii=False, sort_keys=True) if params else ""


# --- dates ------------------------------------------------------------------------------

_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def date_months(text: str) -> tuple[int, int] | None:
    """Month indices (first, last) an ISO date of any precision covers; None if not a date."""
    m = _ISO.match(text.strip())
    if not m:
        return None
    year = int(m.group(1))
    if m.group(2):
        month = int(m.group(2))
        if not 1 <= month <= 12:
            return None
        i = month_index(year, month)
        return i, i
    return month_index(year, 1), month_index(year, 12)


def date_sort_key(text: str) -> str:
    """Sortable text: '2025' sorts before '2025-04' before '2025-04-23'."""
    return text.strip() or "9999"
