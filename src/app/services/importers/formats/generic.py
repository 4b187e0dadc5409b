"""Any table: long (one value column) or wide (periods as columns), mapped by the user.

The mapping says which column holds the indicator, reporter, partner, period, value and
unit; a dimension the file lacks takes a constant. Left empty, a column is guessed from
its name ("Country Code", "TIME_PERIOD", "Year", ...); "-" means "no such column".
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from app.services.importers.base import (
    Head,
    Importer,
    catalogue_rows,
    file_source,
    finish,
    kind_of_unit,
)
from app.services.importers.periodtext import is_period_column
from app.services.importers.problems import Cancel, ImportFailed, ImportResult, ProblemLog, Progress
from app.services.importers.rows import RowBuilder
from app.services.importers.tables import iter_table, kind_of, table_columns
from app.services.importers.text import Input, input_name
from app.services.importers.unitmap import parse_scale
from app.services.options import Option

FIELDS = ("indicator", "reporter", "partner", "period", "value", "unit")
NONE = "-"
_GUESSES: dict[str, tuple[str, ...]] = {
    "indicator": (
        "indicator",
        "indicatorcode",
        "series",
        "seriescode",
        "measure",
        "variable",
        "item",
        "indicatorname",
    ),
    "reporter": (
        "reporter",
        "reportercode",
        "reporteriso",
        "country",
        "countrycode",
        "geo",
        "refarea",
        "area",
        "iso3",
        "iso",
        "reportingcountry",
    ),
    "partner": (
        "partner",
        "partnercode",
        "partneriso",
        "counterpart",
        "counterpartarea",
        "counterpartcountry",
        "partnercountry",
    ),
    "period": ("period", "timeperiod", "time", "year", "date", "month", "quarter"),
    "value": ("value", "obsvalue", "amount", "val", "figure"),
    "unit": ("unit", "units", "unitmeasure", "currency"),
}


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def guess_mapping(columns: list[str]) -> dict[str, str]:
    """Field -> column for the columns whose names say what they hold."""
    normed = {_norm(c): c for c in columns}
    out: dict[str, str] = {}
    for field, names in _GUESSES.items():
        hit = next((normed[n] for n in names if n in normed and normed[n] not in out.values()), "")
        if hit:
            out[field] = hit
    return out


class GenericImporter(Importer):
    name = "table"
    label = "Table (CSV, XLSX, Parquet): map the columns"
    publisher = ""
    options = (
        Option("layout", "Layout", "choice", "auto", ("auto", "long", "wide")),
        *(Option(f"{f}_column", f"{f.capitalize()} column", "column", "") for f in FIELDS),
        Option("indicator", "Indicator (constant)", "text", ""),
        Option("reporter", "Reporter (constant)", "text", ""),
        Option("partner", "Partner (constant)", "text", ""),
        Option("period", "Period (constant)", "text", ""),
        Option("unit", "Unit (constant)", "text", ""),
        Option("scale", "Scale of the values", "text", "1"),
        Option("publisher", "Publisher", "text", ""),
        Option("sheet", "Sheet (XLSX)", "text", ""),
    )

    def sniff(self, head: Head) -> int:
        return 10 if head.suffix in (".xlsx", ".xlsm", ".parquet", ".pq") or head.lines else 0

    def read(
        self,
        src: Input,
        options: dict[str, Any] | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportResult:
        opts = self.settings(options)
        columns = table_columns(src, str(opts["sheet"]))
        if not columns:
            raise ImportFailed(f"{input_name(src)} is empty: no header row")
        mapping, period_cols = resolve(columns, opts)
        builder = RowBuilder(ProblemLog(input_name(src)), {f: c for f, c in mapping.items() if c})
        scale = parse_scale(str(opts["scale"]))
        if kind_of(src) == "csv":
            builder.expect_lines_of(src)
        for frame in iter_table(src, builder.log, progress, cancel, str(opts["sheet"])):
            builder.add(_long(frame, mapping, period_cols, opts, scale))
        source = file_source(src, str(opts["publisher"]).strip() or "file")
        result = finish(builder, self.name, source)
        result.details = {"mapping": mapping, "period_columns": period_cols, "columns": columns}
        result.indicators = _catalogue(result)
        return result


def resolve(columns: list[str], opts: dict[str, Any]) -> tuple[dict[str, str], list[str]]:
    """(field -> column or '', period columns of a wide table) from options and guesses."""
    guessed = guess_mapping(columns)
    mapping: dict[str, str] = {}
    for f in FIELDS:
        chosen = str(opts.get(f"{f}_column") or "").strip()
        if chosen == NONE:
            mapping[f] = ""
        elif chosen:
            if chosen not in columns:
                raise ImportFailed(
                    f"there is no column {chosen!r} (columns: {', '.join(columns[:12])})"
                )
            mapping[f] = chosen
        else:
            mapping[f] = "" if str(opts.get(f) or "").strip() else guessed.get(f, "")
    period_cols = [c for c in columns if is_period_column(c) and c not in mapping.values()]
    wide = opts["layout"] == "wide" or (
        opts["layout"] == "auto" and not mapping["value"] and bool(period_cols)
    )
    if wide:
        if not period_cols:
            raise ImportFailed("a wide table needs period columns (2023, 2024-Q1, ...)")
        mapping["value"] = mapping["period"] = ""
    else:
        period_cols = []
        if not mapping["value"]:
            raise ImportFailed("choose the value column (no column is named like one)")
    if not (mapping["indicator"] or str(opts["indicator"]).strip()):
        raise ImportFailed("choose the indicator column or type an indicator code")
    if not wide and not (mapping["period"] or str(opts["period"]).strip()):
        raise ImportFailed("choose the period column or type a period")
    return mapping, period_cols


def _long(
    frame: pd.DataFrame,
    mapping: dict[str, str],
    period_cols: list[str],
    opts: dict[str, Any],
    scale: float,
) -> pd.DataFrame:
    if period_cols:
        ids = [c for c in {*mapping.values(), "line"} if c]
        frame = frame.melt(
            id_vars=ids, value_vars=period_cols, var_name="_period", value_name="_value"
        )
    out = pd.DataFrame({"line": frame["line"]})
    for f in ("indicator", "reporter", "partner", "unit"):
        col = mapping[f]
        out[f] = frame[col] if col else str(opts[f]).strip()
    out["period"] = (
        frame["_period"]
        if period_cols
        else (frame[mapping["period"]] if mapping["period"] else str(opts["period"]).strip())
    )
    out["value"] = frame["_value"] if period_cols else frame[mapping["value"]]
    out["scale"] = scale
    return out


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
