"""What the World Bank ships beside its data: country and indicator metadata.

A WDI bulk download holds ``API_<code>_….csv`` with ``Metadata_Country_API_…`` and
``Metadata_Indicator_API_…`` beside it (also when saved under another prefix, e.g.
``wdi_bulk_api_…`` and ``wdi_bulk_metadata_country_api_…``); the WDI Excel download and
DataBank workbooks carry the same tables as sheets (``Metadata - Countries``, ``Series -
Metadata``), recognised here by their columns. From them come: the aggregates (a code
with an empty Region), indicator names and the definitions and sources for the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from app.services.importers.base import catalogue_rows, kind_of_unit
from app.services.importers.problems import ImportFailed, ProblemLog
from app.services.importers.tables import SPREADSHEETS, iter_table, kind_of, table_columns
from app.services.importers.text import Input

_COUNTRY_PREFIX = "metadata_country_"
_INDICATOR_PREFIX = "metadata_indicator_"


@dataclass
class Companions:
    """Metadata found beside (or inside) a World Bank data file."""

    aggregates: dict[str, str] = field(default_factory=dict)  # code -> code (a region)
    names: dict[str, str] = field(default_factory=dict)  # indicator code -> name
    notes: dict[str, str] = field(default_factory=dict)  # indicator code -> description
    found: list[str] = field(default_factory=list)  # the files or sheets read

    def learn(self, table: pd.DataFrame, where: str) -> None:
        cols = set(table.columns)
        if {"Country Code", "Region"} <= cols:
            agg = table[table["Region"].astype(str).str.strip() == ""]
            self.aggregates.update({c: c for c in agg["Country Code"].astype(str).str.strip() if c})
            self.found.append(where)
        code = next((c for c in ("INDICATOR_CODE", "Code") if c in cols), "")
        note = next((c for c in ("SOURCE_NOTE", "Long definition") if c in cols), "")
        if not (code and note):
            return
        name = next((c for c in ("INDICATOR_NAME", "Indicator Name") if c in cols), "")
        source = next((c for c in ("SOURCE_ORGANIZATION", "Source") if c in cols), "")
        for row in table.astype(str).itertuples(index=False):
            r = dict(zip(table.columns, row, strict=True))
            key = r[code].strip()
            text = r[note].strip()
            if source and r[source].strip():
                text = (text + " Source: " + r[source].strip()).strip()
            if key:
                self.notes[key] = text
                if name and r[name].strip():
                    self.names[key] = r[name].strip()
        self.found.append(where)


def companions(src: Input, data_sheet: str = "") -> Companions:
    """The metadata beside a bulk CSV, or in the other sheets of a workbook."""
    out = Companions()
    if isinstance(src, bytes):
        return out
    if kind_of(src) in SPREADSHEETS:
        from app.services.importers.sheets import sheet_names

        for sheet in sheet_names(src, kind_of(src)):
            if sheet != data_sheet and _is_metadata(table_columns(src, sheet)):
                out.learn(_read_sheet(src, sheet), sheet)
        return out
    path = Path(src)
    for prefix in (_COUNTRY_PREFIX, _INDICATOR_PREFIX):
        beside = companion_path(path, prefix)
        if beside is not None:
            out.learn(_read_small(beside), beside.name)
    return out


def companion_path(data: Path, prefix: str) -> Path | None:
    """``Metadata_Country_API_….csv`` (any case, any prefix before it) beside the data."""
    lower = data.name.lower()
    at = lower.find("api_")
    if at < 0 or not data.parent.is_dir():
        return None
    wanted = prefix + lower[at:]
    for other in sorted(data.parent.iterdir()):
        if other.name.lower().endswith(wanted) and other.is_file():
            return other
    return None


def _is_metadata(columns: list[str]) -> bool:
    cols = set(columns)
    return {"Country Code", "Region"} <= cols or bool({"INDICATOR_CODE", "Long definition"} & cols)


def _read_sheet(src: Input, sheet: str) -> pd.DataFrame:
    try:
        frames = list(iter_table(src, ProblemLog(""), sheet=sheet))
    except ImportFailed:
        return pd.DataFrame()
    return pd.concat(frames).drop(columns="line") if frames else pd.DataFrame()


def _read_small(path: Path) -> pd.DataFrame:
    try:
        frame = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    except (OSError, ValueError, UnicodeDecodeError, pd.errors.ParserError):
        return pd.DataFrame()
    return frame.loc[:, ~frame.columns.str.startswith("Unnamed")]


def catalogue(
    names: dict[str, str], units: dict[str, str], meta: Companions, topic: str
) -> pd.DataFrame:
    return catalogue_rows(
        [
            {
                "code": c,
                "name": meta.names.get(c, n),
                "topic": topic,
                "unit": units.get(c, ""),
                "kind": kind_of_unit(units.get(c, "")),
                "description": str(meta.notes.get(c, "")),
            }
            for c, n in names.items()
        ]
    )
