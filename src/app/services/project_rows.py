"""Reading the project registry's rows from a file (CSV or XLSX), shared by
:mod:`app.services.projects_csv` and :mod:`app.services.projects_xlsx`: the cells of one row
(every error names the sheet, row and column), a project and its companies, stages and facts,
and the one :class:`~app.domain.edits.AddRecords` edit that adds them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from app.domain.countries import to_alpha3
from app.domain.edits import AddRecords
from app.domain.records import (
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
from app.services.safe_cells import restore

Row = dict[str, Any]


class Cells:
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


def read_project(cells: Cells) -> Row:
    row: Row = {"name": cells.required("name")}
    row["technology"] = cells.choice("technology", Technology, "technology")
    for col in ("capacity", "investment"):
        row[col] = cells.number(col)
    for col in ("country", "partner"):
        row[col] = cells.country(col)
    for col in ("other_names", "capacity_unit", "investment_unit", "location", "note"):
        row[col] = cells.text(col)
    return row


def read_party(cells: Cells) -> Row:
    role = cells.text("role").lower()
    return {
        "company": cells.required("company"),
        "company_country": cells.country("company_country"),
        "role": cells.choice("role", PartyRole, "role", blank=True) if role else "",
        "quote": cells.text("quote"),
    }


def read_stage(cells: Cells) -> Row:
    return {
        "stage": cells.choice("stage", ProjectStage, "stage"),
        "date": cells.date("date"),
        "expected": cells.truth("expected"),
        "quote": cells.text("quote"),
    }


def read_fact(cells: Cells) -> Row:
    return {
        "field": cells.choice("field", PROJECT_COLUMNS, "field"),
        "value": cells.text("value"),
        "quote": cells.text("quote"),
    }


READERS: dict[str, Callable[[Cells], Row]] = {
    "project_parties": read_party,
    "project_stages": read_stage,
    "project_facts": read_fact,
}


def require_columns(where: str, header: Sequence[str], columns: Iterable[str]) -> None:
    missing = [c for c in columns if c not in header]
    if missing:
        raise ValueError(
            f"{where}: column {', '.join(missing)} missing (found: {', '.join(header) or 'none'})"
        )


def registry_edit(
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
