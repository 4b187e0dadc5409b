"""World Bank files: the WDI bulk CSV (``API_<code>_DS2_…``) and DataBank exports.

Both are wide tables (years as columns). Regions and income groups (``WLD``, ``EAS``,
``HIC``) are kept as regions with their World Bank codes; where the bulk download's
``Metadata_Country_…`` file lies beside the data, every code with an empty Region is
taken as an aggregate even if Corridor's list does not name it. Series codes stay the
indicator codes, with their names in catalogue rows.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pandas as pd

from app.services.importers.base import (
    Head,
    Importer,
    catalogue_rows,
    csv_layout,
    file_source,
    finish,
    kind_of_unit,
    read_long_csv,
)
from app.services.importers.periodtext import year_column
from app.services.importers.problems import (
    Cancel,
    ImportFailed,
    ImportResult,
    ProblemLog,
    Progress,
)
from app.services.importers.rows import RowBuilder
from app.services.importers.text import Input, input_name
from app.services.importers.unitmap import unit_from_name
from app.services.options import Option

_BRACKET = re.compile(r"^(?P<name>.*?)\s*\[(?P<code>[^\]]+)\]\s*$")
_FOOTERS = ("Data from database", "Last Updated", "Source:", "Note:")
_OPTIONS = (
    Option("unit", "Unit (empty: from the indicator name)", "text", ""),
    Option("scale", "Scale of the values", "text", "1"),
)


class WdiImporter(Importer):
    name = "wdi"
    label = "World Bank WDI bulk CSV"
    publisher = "World Bank (World Development Indicators)"
    options = _OPTIONS

    def sniff(self, head: Head) -> int:
        cells = head.first_cells()
        return 100 if cells and cells[0] == "Data Source" else 0

    def read(
        self,
        src: Input,
        options: dict[str, Any] | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportResult:
        opts = self.settings(options)
        head = Head.of(src)
        header = next(
            (
                i
                for i in range(min(10, len(head.lines)))
                if head.first_cells(i)[:1] == ["Country Name"]
            ),
            None,
        )
        if header is None:
            raise ImportFailed(f"{head.name} has no 'Country Name' header in its first lines")
        layout = csv_layout(head, header)
        aggregates, meta_indicators = _companions(src)
        builder = RowBuilder(
            ProblemLog(input_name(src)),
            {"reporter": "Country Code", "indicator": "Indicator Code"},
            country_aliases=aggregates,
        )
        names: dict[str, str] = {}
        wide = _Wide(
            layout.columns, "Indicator Code", "Indicator Name", "Country Code", names, opts, builder
        )
        read_long_csv(src, layout, builder, wide.long, progress, cancel)
        dataset = ",".join(sorted(names)) if len(names) <= 5 else "WDI"
        source = file_source(src, self.publisher, dataset)
        return finish(
            builder,
            self.name,
            source,
            _catalogue(names, wide.units, meta_indicators, "World Bank WDI"),
        )


class DataBankImporter(Importer):
    name = "databank"
    label = "World Bank DataBank CSV"
    publisher = "World Bank (DataBank)"
    options = _OPTIONS

    def sniff(self, head: Head) -> int:
        cells = head.first_cells()
        if not ({"Series Name", "Country Name", "Series Code", "Country Code"} & set(cells)):
            return 0
        if any("[YR" in c for c in cells) or (
            "Time" in cells and any(_BRACKET.match(c) for c in cells)
        ):
            return 95
        return 0

    def read(
        self,
        src: Input,
        options: dict[str, Any] | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportResult:
        opts = self.settings(options)
        layout = csv_layout(Head.of(src))
        cols = layout.columns
        builder = RowBuilder(
            ProblemLog(input_name(src)), {"reporter": "Country Code", "indicator": "Series Code"}
        )
        names: dict[str, str] = {}
        if any(year_column(c) is not None for c in cols):
            period_col = ""  # wide: one column per year
        elif "Time" in cols or "Time Code" in cols:
            period_col = "Time" if "Time" in cols else "Time Code"
        else:
            raise ImportFailed(
                f"{input_name(src)}: no year columns (2000 [YR2000]) and no Time column"
            )
        wide = _Wide(
            cols, "Series Code", "Series Name", "Country Code", names, opts, builder, period_col
        )
        read_long_csv(src, layout, builder, wide.long, progress, cancel, _is_footer)
        source = file_source(src, self.publisher, "WDI")
        return finish(
            builder, self.name, source, _catalogue(names, wide.units, {}, "World Bank DataBank")
        )


def _is_footer(text: str) -> bool:
    t = text.strip().strip('"').strip()
    return not t.strip(",;") or t.startswith(_FOOTERS)


class _Wide:
    """Melts one block of a World Bank table into long rows, whatever the pivot."""

    def __init__(
        self,
        columns: list[str],
        code_col: str,
        name_col: str,
        country_col: str,
        names: dict[str, str],
        opts: dict[str, Any],
        builder: RowBuilder,
        period_col: str = "",
    ) -> None:
        from app.services.importers.text import unique_names
        from app.services.importers.unitmap import parse_scale

        self.cols = unique_names(columns)
        self.code_col, self.name_col, self.country_col = code_col, name_col, country_col
        self.period_col = period_col
        self.names = names
        self.units: dict[str, str] = {}
        self.unit_override = str(opts["unit"]).strip()
        self.scale = parse_scale(str(opts["scale"]))
        self.builder = builder
        if period_col:
            self.value_cols = [c for c in self.cols if _BRACKET.match(c)]
            needed = [period_col, code_col if code_col in self.cols else country_col]
        else:
            self.value_cols = [c for c in self.cols if year_column(c) is not None]
            needed = [code_col, country_col]
        missing = [c for c in needed if c not in self.cols]
        if missing or not self.value_cols:
            raise ImportFailed(
                "the World Bank table has no " + (", ".join(missing) or "value columns")
            )

    def long(self, frame: pd.DataFrame) -> pd.DataFrame | None:
        frame = frame[frame[self.cols[0]].astype(str).str.strip() != ""]
        if frame.empty:
            return None
        ids = [
            c
            for c in (self.code_col, self.name_col, self.country_col, self.period_col, "line")
            if c and c in frame
        ]
        long = frame.melt(
            id_vars=ids, value_vars=self.value_cols, var_name="_col", value_name="value"
        )
        if self.period_col:
            bracket = long["_col"].str.extract(_BRACKET)
            series_in_rows = self.code_col in frame
            long["period"] = long[self.period_col]
            code = long[self.code_col] if series_in_rows else bracket["code"]
            name = long.get(self.name_col) if series_in_rows else bracket["name"]
            country = bracket["code"] if series_in_rows else long[self.country_col]
        else:
            long["period"] = long["_col"]
            code, name, country = (
                long[self.code_col],
                long.get(self.name_col),
                long[self.country_col],
            )
        code = code.astype(str).str.strip()
        self._learn(code, name.astype(str) if name is not None else code)
        unit = self.unit_override or code.map(self.units).astype(object).fillna("")
        return pd.DataFrame(
            {
                "indicator": code,
                "reporter": country,
                "period": long["period"],
                "value": long["value"],
                "unit": unit,
                "scale": self.scale,
                "line": long["line"],
            }
        )

    def _learn(self, codes: pd.Series, names: pd.Series) -> None:
        pairs = pd.DataFrame({"c": codes, "n": names.str.strip()}).drop_duplicates("c")
        for code, name in zip(pairs["c"], pairs["n"], strict=True):
            if code and code not in self.names:
                self.names[code] = name
                self.units[code] = unit_from_name(name)
                if not self.units[code] and not self.unit_override:
                    self.builder.warn_once(
                        "unit:" + code,
                        self.code_col,
                        f"no unit known for {code} ({name[:50]}); "
                        "set the unit in the import options",
                    )


def _companions(src: Input) -> tuple[dict[str, str], dict[str, str]]:
    """Aggregate codes and indicator notes from the Metadata_* files beside a bulk CSV."""
    if isinstance(src, bytes):
        return {}, {}
    path = Path(src)
    if not path.name.startswith("API_"):
        return {}, {}
    aggregates: dict[str, str] = {}
    notes: dict[str, str] = {}
    country = path.with_name("Metadata_Country_" + path.name)
    if country.exists():
        meta = _read_small(country)
        if {"Country Code", "Region"} <= set(meta.columns):
            agg = meta[meta["Region"].str.strip() == ""]
            aggregates = {c: c for c in agg["Country Code"].str.strip() if c}
    indicator = path.with_name("Metadata_Indicator_" + path.name)
    if indicator.exists():
        meta = _read_small(indicator)
        if {"INDICATOR_CODE", "SOURCE_NOTE"} <= set(meta.columns):
            notes = dict(zip(meta["INDICATOR_CODE"], meta["SOURCE_NOTE"], strict=True))
    return aggregates, notes


def _read_small(path: Path) -> pd.DataFrame:
    try:
        frame = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    except (OSError, ValueError, UnicodeDecodeError, pd.errors.ParserError):
        return pd.DataFrame()
    return frame.loc[:, ~frame.columns.str.startswith("Unnamed")]


def _catalogue(
    names: dict[str, str], units: dict[str, str], notes: dict[str, str], topic: str
) -> pd.DataFrame:
    return catalogue_rows(
        [
            {
                "code": c,
                "name": n,
                "topic": topic,
                "unit": units.get(c, ""),
                "kind": kind_of_unit(units.get(c, "")),
                "description": str(notes.get(c, "")),
            }
            for c, n in names.items()
        ]
    )
