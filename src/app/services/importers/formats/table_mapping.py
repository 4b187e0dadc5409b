"""How a generic table maps onto figures: which column gives which field, and how the
values spread over columns (long, wide by period, or one column per series).

A column left empty is guessed from its name ("Country Code", "TIME_PERIOD", "Year");
"-" means "no such column"; the subject may join several columns ("Region + Postcode").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from app.services.importers.periodtext import is_period_column
from app.services.importers.problems import ImportFailed

FIELDS = ("indicator", "reporter", "partner", "subject", "period", "value", "unit")
NONE = "-"
JOIN = " + "
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
    for name, names in _GUESSES.items():
        hit = next((normed[n] for n in names if n in normed and normed[n] not in out.values()), "")
        if hit:
            out[name] = hit
    return out


@dataclass(frozen=True)
class Spread:
    """How values spread over columns: ``long`` (one value column), ``wide`` (one column
    per period) or ``series`` (one column per series; its name gives ``field``)."""

    layout: str
    columns: list[str] = field(default_factory=list)
    field: str = ""


def resolve(columns: list[str], opts: dict[str, Any]) -> tuple[dict[str, str], Spread]:
    """(field -> column(s) or '', how values spread) from options and guesses."""
    guessed = guess_mapping(columns)
    mapping = {f: _chosen(f, columns, opts, guessed) for f in FIELDS}
    layout = str(opts.get("layout") or "auto")
    if layout == "series":
        spread = _series(columns, mapping, opts)
    else:
        used = set(_used(mapping))
        period_cols = [c for c in columns if is_period_column(c) and c not in used]
        if layout == "wide" or (layout == "auto" and not mapping["value"] and period_cols):
            if not period_cols:
                raise ImportFailed("a wide table needs period columns (2023, 2024-Q1, ...)")
            mapping["value"] = mapping["period"] = ""
            spread = Spread("wide", period_cols)
        else:
            if not mapping["value"]:
                raise ImportFailed(
                    "choose the value column (no column is named like one), or the series "
                    "layout if each column holds a series"
                )
            spread = Spread("long")
    if spread.field != "indicator" and not (mapping["indicator"] or _const(opts, "indicator")):
        raise ImportFailed("choose the indicator column or type an indicator code")
    if spread.layout != "wide" and not (mapping["period"] or _const(opts, "period")):
        raise ImportFailed("choose the period column or type a period")
    return mapping, spread


def _chosen(f: str, columns: list[str], opts: dict[str, Any], guessed: dict[str, str]) -> str:
    chosen = str(opts.get(f"{f}_column") or "").strip()
    if chosen == NONE:
        return ""
    if not chosen:
        return "" if _const(opts, f) else guessed.get(f, "")
    parts = [chosen] if chosen in columns or f != "subject" else chosen.split(JOIN.strip())
    for part in (p.strip() for p in parts):
        if part not in columns:
            raise ImportFailed(f"there is no column {part!r} (columns: {', '.join(columns[:12])})")
    return JOIN.join(p.strip() for p in parts)


def _series(columns: list[str], mapping: dict[str, str], opts: dict[str, Any]) -> Spread:
    by = str(opts.get("series_field") or "indicator")
    mapping[by] = mapping["value"] = ""
    listed = [c.strip() for c in str(opts.get("value_columns") or "").split(";") if c.strip()]
    for name in listed:
        if name not in columns:
            raise ImportFailed(f"there is no column {name!r} (columns: {', '.join(columns[:12])})")
    used = set(_used(mapping))
    cols = listed or [c for c in columns if c not in used]
    if not cols:
        raise ImportFailed("a series table needs series columns (every column is mapped)")
    return Spread("series", cols, by)


def _used(mapping: dict[str, str]) -> list[str]:
    """The file columns a mapping reads (a joined subject counts each of its columns)."""
    out: list[str] = []
    for value in mapping.values():
        out += [c for c in value.split(JOIN) if c] if value else []
    return out


def _const(opts: dict[str, Any], f: str) -> str:
    return str(opts.get(f) or "").strip()


def long_rows(
    frame: pd.DataFrame,
    mapping: dict[str, str],
    spread: Spread,
    opts: dict[str, Any],
    scale: float,
) -> pd.DataFrame:
    if spread.layout != "long":
        ids = list(dict.fromkeys([*_used(mapping), "line"]))
        frame = frame.melt(
            id_vars=ids, value_vars=spread.columns, var_name="_spread", value_name="_value"
        )
    out = pd.DataFrame({"line": frame["line"]})
    for f in ("indicator", "reporter", "partner", "subject", "unit"):
        col = mapping[f]
        if spread.field == f:
            out[f] = frame["_spread"]
        elif col and JOIN in col:
            parts = [frame[c].astype(str).str.strip() for c in col.split(JOIN)]
            joined = parts[0]
            for part in parts[1:]:
                joined = joined + " / " + part
            out[f] = joined
        else:
            out[f] = frame[col] if col else _const(opts, f)
    if spread.layout == "wide":
        out["period"] = frame["_spread"]
    else:
        out["period"] = frame[mapping["period"]] if mapping["period"] else _const(opts, "period")
    out["value"] = frame["_value"] if spread.layout != "long" else frame[mapping["value"]]
    out["scale"] = scale
    return out
