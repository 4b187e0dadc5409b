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

import csv
import datetime as dt
import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

from app.domain.countries import to_alpha3
from app.domain.edits import AddRecords
from app.domain.projects import NO_STATUS, overview
from app.domain.records import (
    PROJECT_CHILDREN,
    PROJECT_COLUMNS,
    PartyRole,
    ProjectStage,
    Technology,
    date_months,
    empty_records,
    next_record_ids,
    normalise_records,
    record_table,
)
from app.domain.units import UnitError, parse_number
from app.services.atomic import atomic_path
from app.services.safe_cells import neutralise, restore

REGISTRY_SHEETS = ("projects", *PROJECT_CHILDREN)
OVERVIEW_SHEET = "overview"
#: columns a CSV must have; the others are optional
CSV_REQUIRED = ("name", "technology", "capacity", "capacity_unit", "country", "partner")
CSV_COLUMNS = (
    "name",
    "other_names",
    "country",
    "partner",
    "technology",
    "capacity",
    "capacity_unit",
    "investment",
    "investment_unit",
    "location",
    "note",
    "status",
    "status_date",
    "companies",
)
#: what each sheet must hold besides its key (the rest may be left out)
SHEET_REQUIRED = {
    "projects": ("name", "technology"),
    "project_parties": ("project_id", "company"),
    "project_stages": ("project_id", "stage"),
    "project_facts": ("project_id", "field"),
}
FILE_FILTER = "Excel workbook (*.xlsx);;CSV table (*.csv)"
Row = dict[str, Any]


# --- export -----------------------------------------------------------------------------


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


def _safe(frame: pd.DataFrame) -> pd.DataFrame:
    out: pd.DataFrame = frame.apply(lambda c: c.map(neutralise) if c.dtype == object else c)
    return out


# --- import -----------------------------------------------------------------------------


def import_projects(
    path: Path, records: Mapping[str, pd.DataFrame], known_sources: Collection[int] = ()
) -> AddRecords:
    """The edit adding the projects of an XLSX or CSV file (ValueError if any cell is bad)."""
    if path.suffix.lower() == ".csv":
        return read_csv(path, records)
    if path.suffix.lower() == ".xlsx":
        return read_xlsx(path, records, known_sources)
    raise ValueError(f"{path.name}: projects import from .xlsx or .csv")


class _Cells:
    """Reads the cells of one row, naming sheet, row and column in every error."""

    def __init__(self, where: str, number: int, row: Row) -> None:
        self.where, self.line, self.row = where, number, row

    def fail(self, column: str, problem: str) -> ValueError:
        return ValueError(f"{self.where}row {self.line}, column {column}: {problem}")

    def text(self, column: str) -> str:
        value = self.row.get(column)
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return ""
        if isinstance(value, dt.datetime | dt.date):
            return value.isoformat()[:10]
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return str(restore(str(value))).strip()

    def required(self, column: str) -> str:
        text = self.text(column)
        if not text:
            raise self.fail(column, "empty")
        return text

    def number(self, column: str) -> float:
        value = self.row.get(column)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        text = self.text(column)
        if not text:
            return math.nan
        try:
            return parse_number(text)
        except UnitError:
            raise self.fail(column, f"{text!r} is not a number") from None

    def integer(self, column: str) -> int:
        value = self.number(column)
        if math.isnan(value) or not value.is_integer():
            raise self.fail(column, f"{self.text(column)!r} is not a whole number")
        return int(value)

    def choice(self, column: str, allowed: Iterable[str], what: str, blank: bool = False) -> str:
        text = self.text(column).lower().replace(" ", "_")
        options = [str(a) for a in allowed]
        if (blank and not text) or text in options:
            return text
        shown = self.text(column)
        raise self.fail(column, f"unknown {what} {shown!r} (use one of {', '.join(options)})")

    def country(self, column: str) -> str:
        text = self.text(column)
        if not text:
            return ""
        code = to_alpha3(text)
        if code is None:
            raise self.fail(column, f"{text!r} is not an ISO country code (AZE, CHN, …)")
        return code

    def date(self, column: str) -> str:
        text = self.text(column)
        if text and date_months(text) is None:
            raise self.fail(column, f"{text!r} is not a date (2025, 2025-04 or 2025-04-23)")
        return text

    def truth(self, column: str) -> bool:
        value = self.row.get(column)
        if isinstance(value, bool):
            return value
        text = self.text(column).lower()
        if text in ("", "false", "0", "no"):
            return False
        if text in ("true", "1", "yes"):
            return True
        raise self.fail(column, f"{self.text(column)!r} is not true or false")


def _project(cells: _Cells) -> Row:
    row: Row = {"name": cells.required("name")}
    row["technology"] = cells.choice("technology", Technology, "technology")
    for col in ("capacity", "investment"):
        row[col] = cells.number(col)
    for col in ("country", "partner"):
        row[col] = cells.country(col)
    for col in ("other_names", "capacity_unit", "investment_unit", "location", "note"):
        row[col] = cells.text(col)
    return row


def _party(cells: _Cells) -> Row:
    role = cells.text("role").lower()
    return {
        "company": cells.required("company"),
        "company_country": cells.country("company_country"),
        "role": cells.choice("role", PartyRole, "role", blank=True) if role else "",
        "quote": cells.text("quote"),
    }


def _stage(cells: _Cells) -> Row:
    return {
        "stage": cells.choice("stage", ProjectStage, "stage"),
        "date": cells.date("date"),
        "expected": cells.truth("expected"),
        "quote": cells.text("quote"),
    }


def _fact(cells: _Cells) -> Row:
    return {
        "field": cells.choice("field", PROJECT_COLUMNS, "field"),
        "value": cells.text("value"),
        "quote": cells.text("quote"),
    }


READERS: dict[str, Callable[[_Cells], Row]] = {
    "project_parties": _party,
    "project_stages": _stage,
    "project_facts": _fact,
}


def read_xlsx(
    path: Path, records: Mapping[str, pd.DataFrame], known_sources: Collection[int] = ()
) -> AddRecords:
    sheets = _read_sheets(path)
    known = {int(s) for s in known_sources}
    old_ids: list[int] = []
    projects: list[Row] = []
    for number, row in sheets["projects"]:
        cells = _Cells("sheet projects, ", number, row)
        pid = cells.integer("project_id")
        if pid in old_ids:
            raise cells.fail("project_id", f"project {pid} appears twice")
        old_ids.append(pid)
        projects.append(_project(cells))
    new_ids = next_record_ids(records["projects"], "project_id", len(projects))
    remap = dict(zip(old_ids, (int(i) for i in new_ids), strict=True))
    children: dict[str, list[Row]] = {}
    for table, read in READERS.items():
        rows = children[table] = []
        for number, row in sheets[table]:
            cells = _Cells(f"sheet {table}, ", number, row)
            pid = cells.integer("project_id")
            if pid not in remap:
                raise cells.fail("project_id", f"no project {pid} in the projects sheet")
            source = cells.integer("source_id") if cells.text("source_id") else -1
            rows.append(
                {**read(cells), "project_id": remap[pid], "source_id": _known(source, known)}
            )
    return _edit(records, projects, new_ids, children, f"Import {len(projects)} projects")


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
            _require(f"sheet {name}", header, (key, *SHEET_REQUIRED[name]))
            out[name] = [
                (i, dict(zip(header, values, strict=False)))
                for i, values in enumerate(rows[1:], start=2)
                if any(v not in (None, "") for v in values)
            ]
        return out
    finally:
        book.close()


def _require(where: str, header: Sequence[str], columns: Iterable[str]) -> None:
    missing = [c for c in columns if c not in header]
    if missing:
        raise ValueError(
            f"{where}: column {', '.join(missing)} missing (found: {', '.join(header) or 'none'})"
        )


def read_csv(path: Path, records: Mapping[str, pd.DataFrame]) -> AddRecords:
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path.name} cannot be read as CSV: {exc}") from exc
    frame.columns = [str(c).strip() for c in frame.columns]
    _require(path.name, list(frame.columns), CSV_REQUIRED)
    projects: list[Row] = []
    extra: list[tuple[list[Row], list[Row]]] = []
    for number, row in enumerate(frame.to_dict("records"), start=2):
        cells = _Cells("", number, {str(k): v for k, v in row.items()})
        projects.append(_project(cells))
        extra.append((_companies(cells), _status(cells)))
    new_ids = next_record_ids(records["projects"], "project_id", len(projects))
    children: dict[str, list[Row]] = {t: [] for t in READERS}
    for pid, (parties, stages) in zip(new_ids, extra, strict=True):
        children["project_parties"] += [{**p, "project_id": int(pid)} for p in parties]
        children["project_stages"] += [{**s, "project_id": int(pid)} for s in stages]
    return _edit(records, projects, new_ids, children, f"Import {len(projects)} projects")


_TAGGED = re.compile(r"^(?P<name>.*?)\s*\((?P<tags>[^()]*)\)\s*$")
_ROLES = {str(r): str(r) for r in PartyRole} | {"epc": "epc"}


def _companies(cells: _Cells) -> list[Row]:
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


def _status(cells: _Cells) -> list[Row]:
    status = cells.text("status").lower()
    if status in ("", NO_STATUS):
        if cells.text("status_date"):
            raise cells.fail("status", "empty, but status_date is given")
        return []
    stage = cells.choice("status", ProjectStage, "stage")
    return [{"stage": stage, "date": cells.date("status_date"), "expected": False, "quote": ""}]


def _edit(
    records: Mapping[str, pd.DataFrame],
    projects: list[Row],
    new_ids: Iterable[int],
    children: Mapping[str, list[Row]],
    text: str,
) -> AddRecords:
    if not projects:
        raise ValueError("the file holds no projects")
    rows = {
        "projects": normalise_records(
            "projects",
            pd.DataFrame(
                [{**p, "project_id": int(i)} for p, i in zip(projects, new_ids, strict=True)]
            ),
        )
    }
    for table, items in children.items():
        key = record_table(table).key
        ids = next_record_ids(records[table], key, len(items))
        numbered = [{**r, key: int(i)} for r, i in zip(items, ids, strict=True)]
        rows[table] = (
            normalise_records(table, pd.DataFrame(numbered)) if numbered else empty_records(table)
        )
    return AddRecords(rows, text)
