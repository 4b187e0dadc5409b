"""Export the observations table as the user sees it (filtered, sorted): CSV, XLSX, Parquet.

The formats are declared in :mod:`app.services.export_registry` (kind "table"), whose
entries name the writers below. CSV and XLSX cells whose text starts with ``=``, ``+``,
``-``, ``@``, tab or carriage return are neutralised so that spreadsheets never execute
them; numbers stay numbers. Parquet is typed data, not a spreadsheet: it is written as is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pandas as pd
from openpyxl import Workbook

from app.domain.model import CATEGORICAL_COLUMNS, OBSERVATION_COLUMNS
from app.domain.periods import period_label
from app.services.atomic import atomic_path
from app.services.briefing.sheets import value_format, write_sheet
from app.services.export_registry import export_format, formats
from app.services.safe_cells import neutralise

#: a table format's writer: the frame to a (temporary) file path
TableWriter = Callable[[pd.DataFrame, Path], None]
EXPORT_COLUMNS = (
    "obs_id",
    "indicator",
    "indicator_name",
    "subject",
    "reporter",
    "partner",
    "period",
    "period_text",
    "period_start",
    "period_end",
    "value",
    "unit",
    "qualifier",
    "status",
    "change_value",
    "change_unit",
    "change_qualifier",
    "source_id",
    "publisher",
    "source_title",
    "published",
    "url",
    "note",
)


def table_frame(
    rows: pd.DataFrame, sources: pd.DataFrame, names: Mapping[str, str]
) -> pd.DataFrame:
    """The rows in their given order, flattened to plain columns with their sources."""
    src = sources.drop_duplicates("source_id").set_index("source_id")
    sid = rows["source_id"].to_numpy()

    def from_source(col: str) -> list[str]:
        return src[col].astype(str).reindex(sid).fillna("").tolist()

    details = (
        rows["period_detail"].astype(str).tolist() if "period_detail" in rows else [""] * len(rows)
    )
    periods = [
        d or period_label(int(s), int(e), bool(p))
        for s, e, p, d in zip(
            rows["period_start"], rows["period_end"], rows["period_point"], details, strict=True
        )
    ]
    stored = [c for c in EXPORT_COLUMNS if c in OBSERVATION_COLUMNS]
    frame = pd.DataFrame({c: rows[c].to_numpy() for c in stored})
    for col in (*CATEGORICAL_COLUMNS, "period_text", "note"):
        if col in frame:
            frame[col] = frame[col].astype(str)
    frame["indicator_name"] = [names.get(c, c) for c in frame["indicator"]]
    frame["period"] = periods
    frame["publisher"] = from_source("publisher")
    frame["source_title"] = from_source("title")
    frame["published"] = from_source("published")
    frame["url"] = from_source("url")
    return frame[list(EXPORT_COLUMNS)]


def write_csv(frame: pd.DataFrame, tmp: Path) -> None:
    safe = frame.copy()
    for col in safe.columns:
        if not pd.api.types.is_numeric_dtype(safe[col]):
            safe[col] = safe[col].map(neutralise)
    safe.to_csv(tmp, index=False, encoding="utf-8")


def write_xlsx(frame: pd.DataFrame, tmp: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None  # a new workbook always has one sheet
    ws.title = "Observations"
    vi, ui = list(frame.columns).index("value"), list(frame.columns).index("unit")
    rows = frame.itertuples(index=False, name=None)
    write_sheet(
        ws, list(frame.columns), rows, {vi: lambda r: value_format(float(r[vi]), str(r[ui]))}
    )
    wb.save(tmp)


def write_parquet(frame: pd.DataFrame, tmp: Path) -> None:
    frame.to_parquet(tmp, index=False, engine="pyarrow")


def table_writer(fmt: str) -> TableWriter:
    """The writer of a table format of the registry; ValueError for an unknown one."""
    try:
        writer: TableWriter = export_format("table", fmt).load()
    except KeyError:
        known = sorted(formats("table"))
        raise ValueError(f"unknown table format {fmt!r}; choose one of {known}") from None
    return writer


def export_table(frame: pd.DataFrame, path: Path, fmt: str | None = None) -> str:
    """Write ``frame`` to ``path`` (format from ``fmt`` or the suffix); returns the format."""
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    writer = table_writer(fmt)
    with atomic_path(path) as tmp:
        writer(frame, tmp)
    return fmt
