"""The dataset shipped with Corridor: the indicator catalogue and the sourced China–Azerbaijan
figures in ``data/`` (installed as the package ``app.data``).

They are read through :mod:`importlib.resources`, never through a path relative to this file,
so that they are found after a normal (non-editable) wheel install and inside frozen builds.
``scripts/build_dataset.py`` writes and checks these files; this module only reads them.
"""

from __future__ import annotations

import os
from importlib.resources import files
from typing import TYPE_CHECKING

import pandas as pd

from app.domain.edits import AddRecords
from app.domain.model import (
    INDICATOR_COLUMNS,
    OBSERVATION_COLUMNS,
    SOURCE_COLUMNS,
    normalise_observations,
    normalise_sources,
)
from app.domain.records import RECORD_TABLES, empty_records, normalise_records
from app.services.storage import Storage, Tables, create_storage

if TYPE_CHECKING:
    from app.services.desk import Desk

DATA_PACKAGE = "app.data"
_BOOLEAN_COLUMNS = tuple(c for c, t in OBSERVATION_COLUMNS.items() if t == "BOOLEAN")


def _read(name: str, columns: dict[str, str]) -> pd.DataFrame:
    """One shipped CSV as text (blanks stay '', never NaN), in the contract's column order."""
    with files(DATA_PACKAGE).joinpath(name).open("r", encoding="utf-8") as fh:
        frame = pd.read_csv(fh, dtype=str, keep_default_na=False)
    missing = set(columns) - set(frame.columns)
    if missing:
        raise ValueError(f"bundled {name} lacks the columns {sorted(missing)}")
    return frame[list(columns)]


def catalogue() -> pd.DataFrame:
    """The indicator catalogue (code, name, topic, unit, kind, description)."""
    return _read("indicators.csv", INDICATOR_COLUMNS).reset_index(drop=True)


def _observations() -> pd.DataFrame:
    frame = _read("observations.csv", OBSERVATION_COLUMNS)
    for col in _BOOLEAN_COLUMNS:
        # "False" as text would be truthy: read the words, not the strings' truth
        frame[col] = frame[col].str.lower().map({"true": True, "false": False, "": False})
    return normalise_observations(frame)


def _records() -> dict[str, pd.DataFrame]:
    """The shipped claims, project registry, events and links (a table without a file is
    empty)."""
    out = {}
    for name, table in RECORD_TABLES.items():
        if files(DATA_PACKAGE).joinpath(f"{name}.csv").is_file():
            out[name] = normalise_records(name, _read(f"{name}.csv", table.columns))
        else:
            out[name] = empty_records(name)
    return out


def bundled_tables() -> Tables:
    """Everything the shipped dataset holds, in the in-memory types."""
    return Tables(
        _observations(),
        normalise_sources(_read("sources.csv", SOURCE_COLUMNS)),
        catalogue(),
        _records(),
    )


def create_seeded_workspace(path: str | os.PathLike[str]) -> Storage:
    """A new workspace at ``path`` holding the catalogue and the shipped figures."""
    tables = bundled_tables()
    return create_storage(
        path,
        indicators=tables.indicators,
        observations=tables.observations,
        sources=tables.sources,
        records=tables.records,
    )


def add_missing_records(desk: Desk) -> bool:
    """Give a default workspace made from the bundled dataset by Corridor 0.1 the records
    0.2 ships with it (project registry, events, links, claims), once, as one audited
    change. Only when it has no records at all and still holds every bundled source the
    records cite, with the same address: a workspace of other data is left alone."""
    store = desk.store
    if any(len(f) for f in store.records.values()):
        return False
    tables = bundled_tables()
    cited = {
        int(i)
        for frame in tables.records.values()
        if "source_id" in frame.columns
        for i in frame["source_id"]
        if int(i) >= 0
    }
    mine = dict(zip(store.sources["source_id"], store.sources["url"], strict=True))
    theirs = dict(zip(tables.sources["source_id"], tables.sources["url"], strict=True))
    if not cited or any(mine.get(i) != theirs.get(i) for i in cited):
        return False
    obs = set(store.observations["obs_id"].tolist())
    links = tables.records["links"]
    records = dict(tables.records)
    records["links"] = links[(links["from_table"] != "observations") | links["from_id"].isin(obs)]
    claims = records["claims"]
    records["claims"] = claims.assign(obs_id=claims["obs_id"].where(claims["obs_id"].isin(obs), -1))
    desk.apply(
        AddRecords(records, "Add the bundled project registry, events and claims (Corridor 0.2)")
    )
    return True


def create_empty_workspace(path: str | os.PathLike[str]) -> Storage:
    """A new workspace at ``path`` with the catalogue only, for users who bring their own data."""
    return create_storage(path, indicators=catalogue())
