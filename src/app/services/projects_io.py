"""The project registry to and from files.

- XLSX: the whole registry, one sheet per table (``projects``, ``project_parties``,
  ``project_stages``, ``project_facts``) plus a readable ``overview`` sheet (status, next
  stage, companies, sources). Reading it back adds every project with new ids; companies,
  stages and facts follow their project. Source ids are kept where the workspace has that
  source (a copy of one's own registry), else left out (the quote stays).
- CSV: one row per project, readable: the project's fields plus ``status``,
  ``status_date`` and ``companies`` ("ACWA Power (developer, SAU); PowerChina (EPC, CHN)").
  Reading one needs at least name, technology, capacity, capacity_unit, country, partner.

Reading gives one :class:`~app.domain.edits.AddRecords` edit, or raises ValueError naming
the sheet, row (as a spreadsheet numbers it: the header is row 1) and column of the first
bad cell; then nothing is applied. Text cells are written spreadsheet-safe
(:mod:`app.services.safe_cells`) and restored when read.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path

import pandas as pd

from app.domain.edits import AddRecords
from app.services.projects_csv import CSV_COLUMNS, CSV_REQUIRED, csv_frame, export_csv, read_csv
from app.services.projects_xlsx import (
    OVERVIEW_SHEET,
    REGISTRY_SHEETS,
    SHEET_REQUIRED,
    export_xlsx,
    read_xlsx,
    readable_overview,
)

__all__ = [
    "CSV_COLUMNS",
    "CSV_REQUIRED",
    "FILE_FILTER",
    "OVERVIEW_SHEET",
    "REGISTRY_SHEETS",
    "SHEET_REQUIRED",
    "csv_frame",
    "export_csv",
    "export_projects",
    "export_xlsx",
    "import_projects",
    "read_csv",
    "read_xlsx",
    "readable_overview",
]

FILE_FILTER = "Excel workbook (*.xlsx);;CSV table (*.csv)"


def export_projects(
    records: Mapping[str, pd.DataFrame],
    path: Path,
    source_labels: Mapping[int, str] | None = None,
) -> None:
    """Write the registry to ``path``: XLSX (every table) or CSV (projects, readable)."""
    if path.suffix.lower() == ".csv":
        export_csv(records, path)
    elif path.suffix.lower() == ".xlsx":
        export_xlsx(records, path, source_labels)
    else:
        raise ValueError(f"{path.name}: projects export to .xlsx or .csv")


def import_projects(
    path: Path, records: Mapping[str, pd.DataFrame], known_sources: Collection[int] = ()
) -> AddRecords:
    """The edit adding the projects of an XLSX or CSV file (ValueError if any cell is bad)."""
    if path.suffix.lower() == ".csv":
        return read_csv(path, records)
    if path.suffix.lower() == ".xlsx":
        return read_xlsx(path, records, known_sources)
    raise ValueError(f"{path.name}: projects import from .xlsx or .csv")
