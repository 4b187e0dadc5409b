"""The project registry as an XLSX workbook: one sheet per table (``projects``,
``project_parties``, ``project_stages``, ``project_facts``) plus a readable ``overview``
sheet. Reading it back adds every project with new ids; companies, stages and facts follow
their project; source ids are kept where the workspace has that source.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

from app.domain.edits import AddRecords
from app.domain.projects import overview
from app.domain.records import PROJECT_CHILDREN, next_record_ids, record_table
from app.services.atomic import atomic_path
from app.services.project_rows import (
    READERS,
    Cells,
    Row,
    read_project,
    registry_edit,
    require_columns,
)
from app.services.safe_cells import neutralise

REGISTRY_SHEETS = ("projects", *PROJECT_CHILDREN)
OVERVIEW_SHEET = "overview"

#: what each sheet must hold besides its key (the rest may be left out)
SHEET_REQUIRED = {
    "projects": ("name", "technology"),
    "project_parties": ("project_id", "company"),
    "project_stages": ("project_id", "stage"),
    "project_facts": ("project_id", "field"),
}


def readable_overview(
    records: Mapping[str, pd.DataFrame], source_labels: Mapping[int, str] | None = None
) -> pd.DataFrame:
    """The overview with sources and linked figures as text."""
    view = overview(dict(records))
    labels = source_labels or {}
    view["sources"] = [
        "; ".join(labels.get(int(s), str(s)) for s in ids) for ids in view["source_ids"]
    ]
    view["figures"] = [" ".join(str(i) for i in ids) for ids in view["obs_ids"]]
    return view.drop(columns=["source_ids", "obs_ids"])


def export_xlsx(
    records: Mapping[str, pd.DataFrame],
    path: Path,
    source_labels: Mapping[int, str] | None = None,
) -> None:
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    _sheet(book, OVERVIEW_SHEET, readable_overview(records, source_labels))
    for name in REGISTRY_SHEETS:
        frame = records[name]
        if source_labels is not None and "source_id" in frame.columns:
            frame = frame.assign(source=[source_labels.get(int(s), "") for s in frame["source_id"]])
        _sheet(book, name, frame)
    with atomic_path(path) as tmp:
        book.save(tmp)


def _sheet(book: Workbook, name: str, frame: pd.DataFrame) -> None:
    sheet = book.create_sheet(name)
    sheet.append([str(c) for c in frame.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in frame.itertuples(index=False):
        sheet.append([_cell(v) for v in row])
    sheet.freeze_panes = "A2"
    for i, col in enumerate(frame.columns):
        longest = max([len(str(col)), *(len(str(v)) for v in frame[col].head(200))])
        letter = sheet.cell(row=1, column=i + 1).column_letter
        sheet.column_dimensions[letter].width = min(max(longest + 2, 8), 60)


def _cell(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    return neutralise(value)


def read_xlsx(
    path: Path, records: Mapping[str, pd.DataFrame], known_sources: Collection[int] = ()
) -> AddRecords:
    sheets = _read_sheets(path)
    known = {int(s) for s in known_sources}
    old_ids: list[int] = []
    projects: list[Row] = []
    for number, row in sheets["projects"]:
        cells = Cells("sheet projects, ", number, row)
        pid = cells.integer("project_id")
        if pid in old_ids:
            raise cells.fail("project_id", f"project {pid} appears twice")
        old_ids.append(pid)
        projects.append(read_project(cells))
    new_ids = next_record_ids(records["projects"], "project_id", len(projects))
    remap = dict(zip(old_ids, (int(i) for i in new_ids), strict=True))
    children: dict[str, list[Row]] = {}
    for table, read in READERS.items():
        rows = children[table] = []
        for number, row in sheets[table]:
            cells = Cells(f"sheet {table}, ", number, row)
            pid = cells.integer("project_id")
            if pid not in remap:
                raise cells.fail("project_id", f"no project {pid} in the projects sheet")
            source = cells.integer("source_id") if cells.text("source_id") else -1
            rows.append(
                {**read(cells), "project_id": remap[pid], "source_id": _known(source, known)}
            )
    return registry_edit(records, projects, new_ids, children, f"Import {len(projects)} projects")


def _known(source_id: int, known: set[int]) -> int:
    return source_id if source_id in known else -1


def _read_sheets(path: Path) -> dict[str, list[tuple[int, Row]]]:
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, ValueError, KeyError) as exc:
        raise ValueError(f"{path.name} cannot be read as a workbook: {exc}") from exc
    try:
        out = {}
        for name in REGISTRY_SHEETS:
            if name not in book.sheetnames:
                raise ValueError(f"{path.name} has no sheet {name!r}")
            rows = list(book[name].iter_rows(values_only=True))
            header = [str(h).strip() if h is not None else "" for h in (rows[0] if rows else ())]
            key = record_table(name).key
            require_columns(f"sheet {name}", header, (key, *SHEET_REQUIRED[name]))
            out[name] = [
                (i, dict(zip(header, values, strict=False)))
                for i, values in enumerate(rows[1:], start=2)
                if any(v not in (None, "") for v in values)
            ]
        return out
    finally:
        book.close()
