"""World Bank files: the WDI bulk download (``API_<code>_DS2_…``) and DataBank exports.

Both are wide tables (years as columns), as CSV or as a workbook (DataBank's XLSX, the
WDI Excel download): the data sheet is read like the CSV, its blank rows and footer lines
("Data from database: …", "Last Updated: …") left out. Regions and income groups (``WLD``,
``EAS``, ``HIC``) are kept as regions with their World Bank codes; the metadata beside
the data (:mod:`.worldbank_meta`) marks every code with an empty Region as an aggregate
and gives the catalogue rows their names, definitions and sources. Series codes stay the
indicator codes; country names travel as ``reporter_name``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Any

import numpy as np
import pandas as pd

from app.services.importers.base import (
    Head,
    Importer,
    csv_layout,
    file_source,
    finish,
    read_long_csv,
)
from app.services.importers.formats.distinct import categorical, distinct, first_rows
from app.services.importers.formats.worldbank_meta import Companions, catalogue, companions
from app.services.importers.kinds import refuse_known_kind
from app.services.importers.periodtext import year_column
from app.services.importers.problems import (
    Cancel,
    ImportFailed,
    ImportResult,
    ProblemLog,
    Progress,
)
from app.services.importers.rows import RowBuilder
from app.services.importers.tables import chosen_sheet, iter_table, table_columns
from app.services.importers.text import BLOCK_BYTES, CsvLayout, Input, input_name
from app.services.importers.unitmap import unit_from_name
from app.services.options import Option

_BRACKET = re.compile(r"^(?P<name>.*?)\s*\[(?P<code>[^\]]+)\]\s*$")
_FOOTERS = ("Data from database", "Last Updated", "Source:", "Note:")
_WDI_HEADER = ["Country Name", "Country Code", "Indicator Name", "Indicator Code"]
_OPTIONS = (
    Option("unit", "Unit (empty: from the indicator name)", "text", ""),
    Option("scale", "Scale of the values", "text", "1"),
    Option("sheet", "Sheet (workbooks; empty: the data sheet)", "text", ""),
)


class WdiImporter(Importer):
    name = "wdi"
    label = "World Bank WDI bulk download (CSV, XLS)"
    publisher = "World Bank (World Development Indicators)"
    options = _OPTIONS

    def sniff(self, head: Head) -> int:
        cells = head.first_cells()
        if cells and cells[0] == "Data Source":
            return 100
        if cells[:4] == _WDI_HEADER and any(year_column(c) is not None for c in cells[4:]):
            return 95  # the bulk CSV without its four preamble lines
        return 0

    def read(
        self,
        src: Input,
        options: dict[str, Any] | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportResult:
        opts = self.settings(options)
        table = _Table(src, "Country Name", str(opts["sheet"]))
        meta = companions(src, table.sheet)
        builder = RowBuilder(
            ProblemLog(input_name(src)),
            {"reporter": "Country Code", "indicator": "Indicator Code"},
            country_aliases=meta.aggregates,
        )
        names: dict[str, str] = {}
        wide = _Wide(
            table.columns, "Indicator Code", "Indicator Name", "Country Code", names, opts, builder
        )
        table.read(builder, wide.long, progress, cancel, wide.value_cols)
        dataset = ",".join(sorted(names)) if len(names) <= 5 else "WDI"
        source = file_source(src, self.publisher, dataset)
        result = finish(
            builder, self.name, source, catalogue(names, wide.units, meta, "World Bank WDI")
        )
        result.details = {"metadata": meta.found, "sheet": table.sheet}
        return result


class DataBankImporter(Importer):
    name = "databank"
    label = "World Bank DataBank export (CSV, XLSX)"
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
        table = _Table(src, "Country Code", str(opts["sheet"]))
        cols = table.columns
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
        table.read(builder, wide.long, progress, cancel, wide.value_cols)
        meta = companions(src, table.sheet) if table.sheet else Companions()
        source = file_source(src, self.publisher, "WDI")
        result = finish(
            builder, self.name, source, catalogue(names, wide.units, meta, "World Bank DataBank")
        )
        result.details = {"metadata": meta.found, "sheet": table.sheet}
        return result


class _Table:
    """A World Bank table in a CSV file (header found by a column it must have) or in a
    workbook's data sheet."""

    def __init__(self, src: Input, needed: str, sheet: str) -> None:
        self.src = src
        self.sheet = chosen_sheet(src, sheet)
        if self.sheet:
            self.columns = table_columns(src, self.sheet)
            self.layout: CsvLayout | None = None
            return
        head = Head.of(src)
        refuse_known_kind(src, head)
        at = next((i for i in range(min(10, len(head.lines))) if needed in head.first_cells(i)), -1)
        if at < 0:
            raise ImportFailed(f"{head.name} has no {needed!r} header in its first lines")
        self.layout = csv_layout(head, at)
        self.columns = self.layout.columns

    def read(
        self,
        builder: RowBuilder,
        convert: Callable[[pd.DataFrame], pd.DataFrame | None],
        progress: Progress | None,
        cancel: Cancel | None,
        numbers: Collection[str] = (),
    ) -> None:
        """The table's rows through ``convert`` into ``builder``; the ``numbers`` columns of
        a CSV file may come as floats (see :func:`.text.iter_csv_blocks`)."""
        if self.layout is not None:
            read_long_csv(
                self.src,
                self.layout,
                builder,
                convert,
                progress,
                cancel,
                _is_footer,
                numbers=numbers,
                # a block is melted period by period: the rows' order follows the blocks,
                # so their size stays what it always was (not grown with the file)
                block_size=BLOCK_BYTES,
            )
            return
        for frame in iter_table(self.src, builder.log, progress, cancel, self.sheet):
            long = convert(frame)
            if long is not None:
                builder.add(long)


def _stripped(s: pd.Series) -> pd.Series:
    """``s.astype(str).str.strip()`` as a categorical: stripped once per distinct text."""
    codes, texts = distinct(s)
    return categorical(codes, list(texts.str.strip()), s.index)


def _cells(frame: pd.DataFrame, columns: list[str]) -> pd.Series:
    """The columns one after the other (``pd.concat``): floats (a CSV block whose cells
    are all numbers) by one numpy concatenation, which costs a fraction of concat's index
    and dtype work per column."""
    values = [frame[c] for c in columns]
    if all(v.dtype == np.float64 for v in values):
        return pd.Series(np.concatenate([v.to_numpy() for v in values]))
    return pd.concat(values, ignore_index=True)


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
        self.country_name = "Country Name" if "Country Name" in self.cols else ""
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
        """The block's long rows for :meth:`RowBuilder.add`; None when there are none to
        add (a block of blank or footer rows, or one with a column per year, which is
        added to the builder directly)."""
        # blank and footer rows, found among the distinct texts of the first column
        codes, texts = distinct(frame[self.cols[0]])
        first = texts.str.strip()
        kept = ((first != "") & ~first.str.startswith(_FOOTERS)).to_numpy(dtype=bool)[codes]
        if not kept.all():
            frame = frame[kept]
        if frame.empty:
            return None
        if not self.period_col:
            self._years(frame)  # added to the builder as it is: nothing to hand back
            return None
        ids = [
            c
            for c in (
                self.code_col,
                self.name_col,
                self.country_col,
                self.country_name,
                self.period_col,
                "line",
            )
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
                "reporter_name": long.get(self.country_name, ""),
                "period": long["period"],
                "value": long["value"],
                "unit": unit,
                "scale": self.scale,
                "line": long["line"],
            }
        )

    def _years(self, frame: pd.DataFrame) -> None:
        """A block with one column per year, added as the melt ``frame.melt`` would give
        (year by year) without making it: the fields that do not vary by year are one row
        per series and country (:meth:`RowBuilder.add_wide`), the years one row each."""
        raw, name = frame[self.code_col], frame.get(self.name_col)
        code: pd.Series
        if raw.isna().any():  # a workbook's empty cells: cell by cell, as they come
            code = raw.astype(str).str.strip()
            self._learn(code, name.astype(str) if name is not None else code)
            units: pd.Series = code.map(self.units).astype(object).fillna("")
        else:  # once per distinct code, from its first row
            code = _stripped(raw)
            codes = code.cat.codes.to_numpy()
            first = first_rows(codes)
            texts = code.iloc[first].astype(object).astype(str)
            named = name.iloc[first].astype(str) if name is not None else texts
            self._learn_distinct(texts.tolist(), named.str.strip().tolist())
            known = [self.units.get(c, "") for c in code.cat.categories.astype(object)]
            units = categorical(codes, known, frame.index)
        base = pd.DataFrame(
            {
                "indicator": code,
                "reporter": frame[self.country_col],
                "reporter_name": frame.get(self.country_name, ""),
                "unit": self.unit_override or units,
                "scale": self.scale,
                "line": frame["line"],
            }
        )
        k = len(self.value_cols)
        periods = pd.Index(self.value_cols, dtype=object)
        years = pd.DataFrame({"period": pd.Categorical.from_codes(np.arange(k), periods)})
        self.builder.add_wide(base, years, _cells(frame, self.value_cols))

    def _learn(self, codes: pd.Series, names: pd.Series) -> None:
        pairs = pd.DataFrame({"c": codes, "n": names.str.strip()}).drop_duplicates("c")
        self._learn_distinct(pairs["c"].tolist(), pairs["n"].tolist())

    def _learn_distinct(self, codes: list[str], names: list[str]) -> None:
        """Name and unit of each new code (``codes`` distinct, ``names`` stripped)."""
        for code, name in zip(codes, names, strict=True):
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
