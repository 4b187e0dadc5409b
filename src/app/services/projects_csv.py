"""The project registry as CSV: one readable row per project, the project's fields plus
``status``, ``status_date`` and ``companies`` ("ACWA Power (developer, SAU); PowerChina
(EPC, CHN)"). Reading one needs at least :data:`CSV_REQUIRED`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from app.domain.countries import to_alpha3
from app.domain.edits import AddRecords
from app.domain.projects import NO_STATUS, overview
from app.domain.records import PROJECT_FIELDS, PartyRole, ProjectStage, next_record_ids
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

#: columns a CSV must have; the others are optional
CSV_REQUIRED = ("name", "technology", "capacity", "capacity_unit", "country", "partner")
CSV_COLUMNS = (*PROJECT_FIELDS, "status", "status_date", "companies")


def csv_frame(records: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """One readable row per project (:data:`CSV_COLUMNS`)."""
    view = overview(dict(records)).set_index("project_id")
    projects = records["projects"].set_index("project_id")
    out = projects[[c for c in CSV_COLUMNS if c in projects.columns]].copy()
    for col in ("status", "status_date", "companies"):
        out[col] = view[col].reindex(out.index).fillna("")
    out["status"] = out["status"].replace(NO_STATUS, "")
    return out.reset_index(drop=True)[list(CSV_COLUMNS)]


def export_csv(records: Mapping[str, pd.DataFrame], path: Path) -> None:
    frame = csv_frame(records)
    with atomic_path(path) as tmp:
        _safe(frame).to_csv(tmp, index=False, encoding="utf-8", quoting=csv.QUOTE_MINIMAL)


def _safe(frame: pd.DataFrame) -> pd.DataFrame:
    out: pd.DataFrame = frame.apply(lambda c: c.map(neutralise) if c.dtype == object else c)
    return out


def read_csv(path: Path, records: Mapping[str, pd.DataFrame]) -> AddRecords:
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path.name} cannot be read as CSV: {exc}") from exc
    frame.columns = [str(c).strip() for c in frame.columns]
    require_columns(path.name, list(frame.columns), CSV_REQUIRED)
    projects: list[Row] = []
    extra: list[tuple[list[Row], list[Row]]] = []
    for number, row in enumerate(frame.to_dict("records"), start=2):
        cells = Cells("", number, {str(k): v for k, v in row.items()})
        projects.append(read_project(cells))
        extra.append((_companies(cells), _status(cells)))
    new_ids = next_record_ids(records["projects"], "project_id", len(projects))
    children: dict[str, list[Row]] = {t: [] for t in READERS}
    for pid, (parties, stages) in zip(new_ids, extra, strict=True):
        children["project_parties"] += [{**p, "project_id": int(pid)} for p in parties]
        children["project_stages"] += [{**s, "project_id": int(pid)} for s in stages]
    return registry_edit(records, projects, new_ids, children, f"Import {len(projects)} projects")


_TAGGED = re.compile(r"^(?P<name>.*?)\s*\((?P<tags>[^()]*)\)\s*$")
_ROLES = {str(r): str(r) for r in PartyRole} | {"epc": "epc"}


def _companies(cells: Cells) -> list[Row]:
    """ "ACWA Power (developer, SAU); PowerChina (EPC, CHN)" as party rows."""
    out = []
    for part in cells.text("companies").split(";"):
        part = part.strip()
        if not part:
            continue
        name, role, country = part, "", ""
        m = _TAGGED.match(part)
        tags = [t.strip() for t in m["tags"].split(",") if t.strip()] if m else []
        roles = [_ROLES[t.lower()] for t in tags if t.lower() in _ROLES]
        codes = [t for t in tags if t.lower() not in _ROLES]
        if m and tags and len(codes) <= 1 and all(to_alpha3(c) for c in codes):
            name, role = m["name"], roles[0] if roles else ""
            country = (to_alpha3(codes[0]) or "") if codes else ""
        elif roles:  # a role was given, so the brackets were meant as tags
            raise cells.fail("companies", f"cannot read {part!r} (use “Name (role, ISO3)”)")
        out.append({"company": name, "company_country": country or "", "role": role, "quote": ""})
    return out


def _status(cells: Cells) -> list[Row]:
    status = cells.text("status").lower()
    if status in ("", NO_STATUS):
        if cells.text("status_date"):
            raise cells.fail("status", "empty, but status_date is given")
        return []
    stage = cells.choice("status", ProjectStage, "stage")
    return [{"stage": stage, "date": cells.date("status_date"), "expected": False, "quote": ""}]
