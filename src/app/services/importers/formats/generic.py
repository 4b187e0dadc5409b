"""Any table: long (one value column), wide (periods as columns) or one column per series
(the column's name gives the indicator, or the reporter...), mapped by the user.

The mapping says which column holds the indicator, reporter, partner, subject, period,
value and unit; a dimension the file lacks takes a constant. Left empty, a column is
guessed from its name ("Country Code", "TIME_PERIOD", "Year", ...); "-" means "no such
column"; the subject may join several columns ("Region + Postcode"). Spreadsheets (XLSX,
ODS, XLS) are read from the sheet chosen, their header found below title and notes rows
(or named by ``header_row``). Statistical shorthand for a suppressed or unavailable
value ("[c]", "[x]", "[z]", "[low]") counts as an empty cell, and the report says how
many there were.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import pandas as pd

from app.services.importers.base import (
    Head,
    Importer,
    catalogue_rows,
    file_source,
    finish,
    kind_of_unit,
)
from app.services.importers.formats.table_mapping import (
    FIELDS,
    NONE,
    Spread,
    guess_mapping,
    long_rows,
    resolve,
)
from app.services.importers.kinds import refuse_known_kind
from app.services.importers.problems import (
    Cancel,
    ImportFailed,
    ImportResult,
    ProblemLog,
    Progress,
    Severity,
)
from app.services.importers.rows import RowBuilder
from app.services.importers.tables import chosen_sheet, iter_table, kind_of, table_columns
from app.services.importers.text import Input, input_name
from app.services.importers.unitmap import parse_scale
from app.services.options import Option

_SHORTHAND = re.compile(r"^\[[a-z]{1,4}\]$", re.IGNORECASE)
__all__ = ["FIELDS", "NONE", "GenericImporter", "Spread", "guess_mapping", "resolve"]


class GenericImporter(Importer):
    name = "table"
    label = "Table (CSV, XLSX, ODS, XLS, Parquet): map the columns"
    publisher = ""
    options = (
        Option(
            "layout",
            "Layout",
            "choice",
            "auto",
            ("auto", "long", "wide", "series"),
            help="long: one value column; wide: one column per period; series: one column "
            "per series, its name giving the series field",
        ),
        *(Option(f"{f}_column", f"{f.capitalize()} column", "column", "") for f in FIELDS),
        Option("indicator", "Indicator (constant)", "text", ""),
        Option("reporter", "Reporter (constant)", "text", ""),
        Option("partner", "Partner (constant)", "text", ""),
        Option("subject", "Subject (constant)", "text", ""),
        Option("period", "Period (constant)", "text", ""),
        Option("unit", "Unit (constant)", "text", ""),
        Option("scale", "Scale of the values", "text", "1"),
        Option(
            "series_field",
            "What a series column's name gives (series layout)",
            "choice",
            "indicator",
            ("indicator", "reporter", "partner", "subject"),
        ),
        Option(
            "value_columns",
            "Series columns (series layout; names separated by ';', empty: all not mapped)",
            "text",
            "",
        ),
        Option("publisher", "Publisher", "text", ""),
        Option("sheet", "Sheet (workbooks: name or number; empty: the data sheet)", "text", ""),
        Option(
            "header_row",
            "Row of the column names (0: find it below titles and notes)",
            "int",
            0,
            minimum=0,
            maximum=1_048_576,
        ),
    )

    def sniff(self, head: Head) -> int:
        return 10 if head.suffix in (".parquet", ".pq") or head.lines else 0

    def read(
        self,
        src: Input,
        options: dict[str, Any] | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportResult:
        opts = self.settings(options)
        kind = kind_of(src)
        if kind == "csv":
            refuse_known_kind(src)
        sheet, header = str(opts["sheet"]), _row_number(opts["header_row"])
        columns = table_columns(src, sheet, header)
        if not columns:
            raise ImportFailed(f"{input_name(src)} is empty: no header row")
        mapping, spread = resolve(columns, opts)
        builder = RowBuilder(
            ProblemLog(input_name(src)),
            {f: c for f, c in mapping.items() if c and f != "subject"},
        )
        scale = parse_scale(str(opts["scale"]))
        if kind == "csv":
            builder.expect_lines_of(src)
        shorthand = _Shorthand()
        for frame in iter_table(src, builder.log, progress, cancel, sheet, header):
            builder.add(shorthand.blank(long_rows(frame, mapping, spread, opts, scale)))
        shorthand.report(builder.log)
        source = file_source(src, str(opts["publisher"]).strip() or "file")
        result = finish(builder, self.name, source)
        result.details = {
            "mapping": mapping,
            "layout": spread.layout,
            "period_columns": spread.columns if spread.layout == "wide" else [],
            "series_columns": spread.columns if spread.layout == "series" else [],
            "columns": columns,
            "sheet": chosen_sheet(src, sheet),
        }
        result.indicators = _catalogue(result)
        return result


def _row_number(value: Any) -> int:
    try:
        return max(0, int(value or 0))
    except (TypeError, ValueError):
        raise ImportFailed(f"the header row must be a row number, not {value!r}") from None


class _Shorthand:
    """Counts and blanks the cells that say why a value is missing: "[c]", "[x]"..."""

    WORDS: ClassVar[dict[str, str]] = {
        "c": "confidential",
        "x": "not available",
        "z": "not applicable",
        "low": "rounds to zero",
    }

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def blank(self, long: pd.DataFrame) -> pd.DataFrame:
        values = long["value"]
        if pd.api.types.is_numeric_dtype(values.dtype):
            return long
        text = values.astype(str).str.strip()
        marked = text.str.startswith("[") & text.str.match(_SHORTHAND)
        if marked.any():
            for mark, n in text[marked].str.lower().value_counts().items():
                self.counts[str(mark)] = self.counts.get(str(mark), 0) + int(n)
            long = long.copy()
            long.loc[marked.to_numpy(), "value"] = ""
        return long

    def report(self, log: ProblemLog) -> None:
        for mark, n in sorted(self.counts.items()):
            word = self.WORDS.get(mark.strip("[]"), "shorthand for no value")
            log.add(None, "", f"{n} cells marked {mark} ({word}) read as empty", Severity.INFO)


def _catalogue(result: ImportResult) -> pd.DataFrame:
    obs = result.observations
    if obs.empty:
        return catalogue_rows([])
    first = obs[["indicator", "unit"]].drop_duplicates("indicator")
    pairs = pd.DataFrame(
        {
            "code": first["indicator"].astype(str).to_numpy(),
            "unit": first["unit"].astype(str).to_numpy(),
        }
    )
    return catalogue_rows(
        [
            {"code": c, "name": c, "topic": "imported", "unit": u, "kind": kind_of_unit(u)}
            for c, u in zip(pairs["code"], pairs["unit"], strict=True)
        ]
    )
