"""SDMX-CSV 1.0 and 2.0 (Eurostat, OECD, IMF), IMF IMTS exports and imfp tables.

Columns are matched by ID, never by position: role columns (reporter, partner, time,
value, unit, multiplier, flags) by their usual IDs in any case; the other dimensions (those
before OBS_VALUE, attributes never) make the indicator code, prefixed by the dataflow ID
(``$DEFAULTVIEW`` and the DSD part before ``@`` dropped). Label columns (OECD
``csvfilewithlabels``, ``labels=name``) and ``ID: Name`` cells (``labels=both``, in any
column) are read for names, passed on as reporter and partner names, and stripped from
codes. An indicator a file gives in several units becomes one series per unit
(:mod:`.sdmx_units`). The publisher is the agency's root (``OECD.CTP.TPS`` -> OECD). See
import-formats.md, sections 4-7.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from app.domain.model import Status
from app.services.importers.base import (
    Head,
    Importer,
    catalogue_rows,
    csv_layout,
    file_source,
    finish,
    read_long_csv,
)
from app.services.importers.formats.distinct import categorical, combinations, distinct
from app.services.importers.formats.sdmx_columns import Columns, classify, split_labels
from app.services.importers.formats.sdmx_units import UnitsSeen, fill_units
from app.services.importers.problems import Cancel, ImportResult, ProblemLog, Progress, Severity
from app.services.importers.rows import FIGURE_KEY_TEXT, RowBuilder
from app.services.importers.text import CsvLayout, Input, input_name, split_line, unique_names
from app.services.importers.unitmap import power_of_ten
from app.services.options import Option

#: IMF IMTS (and the old DOTS names) that mean the catalogue's bilateral trade flows.
IMF_FLOWS = {
    "MG_CIF_USD": "imports_from_partner",
    "TMG_CIF_USD": "imports_from_partner",
    "XG_FOB_USD": "exports_to_partner",
    "TXG_FOB_USD": "exports_to_partner",
}
_AGENCIES = {"ESTAT": "Eurostat", "EUROSTAT": "Eurostat", "IMF": "IMF", "OECD": "OECD"}
_STRUCTURE_ID = re.compile(r"^(?:(?P<agency>[^:]+):)?(?P<id>[^(]+)(?:\((?P<ver>[^)]*)\))?$")


class SdmxImporter(Importer):
    name = "sdmx"
    label = "SDMX-CSV (Eurostat, OECD, IMF)"
    publisher = ""
    options = (
        Option(
            "apply_scale",
            "Apply IMF SCALE to OBS_VALUE",
            "bool",
            False,
            help="IMF IMTS values are full amounts although SCALE says 6; leave off "
            "unless the figures are clearly in millions",
        ),
        Option("unit", "Unit when the file has none", "text", ""),
    )

    def sniff(self, head: Head) -> int:
        cells = [c.upper() for c in head.first_cells()]
        if not cells:
            return 0
        first = cells[0].split("[", 1)[0].split(":", 1)[0]
        if first in ("DATAFLOW", "STRUCTURE") and "OBS_VALUE" in "".join(cells):
            return 100
        return 0

    def read(
        self,
        src: Input,
        options: dict[str, Any] | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportResult:
        opts = self.settings(options)
        layout = _layout(Head.of(src))
        cols = classify(layout.columns)
        builder = RowBuilder(
            ProblemLog(input_name(src)), cols.field_names(), decimal_comma=layout.delimiter == ";"
        )
        conv = _Converter(cols, opts, builder)
        reading = cols.csv_options(unique_names(layout.columns), builder.decimal_comma)
        read_long_csv(src, layout, builder, conv.long, progress, cancel, **reading)
        conv.report()
        agency, flow = conv.structure
        root = agency.split(".")[0].strip()  # OECD.CTP.TPS -> OECD, IMF.STA -> IMF
        publisher = _AGENCIES.get(root.upper(), root) or self.publisher or "SDMX"
        result = finish(
            builder,
            self.name,
            file_source(src, publisher, flow),
            conv.catalogue(publisher),
            duplicate_key=(*FIGURE_KEY_TEXT, "unit"),
        )
        conv.units_seen.split(result, conv.names)
        fill_units(result)
        return result


class ImfTableImporter(SdmxImporter):
    """imfp's data frames saved as CSV: lower-case dimension IDs, time_period, obs_value."""

    name = "imf-table"
    label = "IMF table (imfp output, IMTS)"
    publisher = "IMF"

    def sniff(self, head: Head) -> int:
        cells = [c.lower() for c in head.first_cells()]
        if "time_period" in cells and "obs_value" in cells and "indicator" in cells:
            return 80
        return 0


class _Converter:
    """Turns one block of SDMX-CSV into long rows; remembers structure and names."""

    def __init__(self, cols: Columns, opts: dict[str, Any], builder: RowBuilder) -> None:
        self.c = cols
        self.apply_scale = bool(opts["apply_scale"])
        self.unit = str(opts["unit"]).strip()
        self.builder = builder
        self.structure = ("", "")
        self.names: dict[str, str] = {}
        self.deleted = 0
        self.scale_seen: set[str] = set()
        self.units_seen = UnitsSeen()
        self._split: dict[str, tuple[pd.Series, pd.Series]] = {}  # this block's columns

    def long(self, f: pd.DataFrame) -> pd.DataFrame | None:
        c = self.c
        self._split = {}
        if c.action and c.action in f:
            codes, texts = distinct(f[c.action])
            deleted = (texts.str.strip().str.upper().str[:1] == "D").to_numpy(dtype=bool)
            delete = deleted[codes]
            if delete.any():
                self.deleted += int(delete.sum())
                f = f[~delete]
        if f.empty:
            return None
        if not self.structure[1] and c.structure_id and c.structure_id in f:
            self.structure = _parse_structure(str(f[c.structure_id].iat[0]))
        code = self._indicators(f)
        status, note = self._flags(f)
        return pd.DataFrame(
            {
                "indicator": code,
                "reporter": self._codes(f, c.reporter),
                "reporter_name": self._label(f, c.reporter),
                "partner": self._codes(f, c.partner),
                "partner_name": self._label(f, c.partner),
                "period": self._codes(f, c.time),
                "freq": self._codes(f, c.freq),
                "value": f[c.value] if c.value else "",
                "unit": self._units(f, code),
                "line": f["line"],
                "scale": self._scale(f),
                "status": status,
                "note": note,
            },
            index=f.index,
            copy=False,  # the block's own columns, read and never written into
        )

    def _codes(self, f: pd.DataFrame, col: str) -> pd.Series:
        """The codes of a column, ``ID: Name`` cells cut to their ID (in any column)."""
        if not col or col not in f:
            return pd.Series("", index=f.index, dtype=object)
        return self._split_labels(f, col)[0]

    def _split_labels(self, f: pd.DataFrame, col: str) -> tuple[pd.Series, pd.Series]:
        if col not in self._split:
            self._split[col] = split_labels(f[col])
        return self._split[col]

    def _indicators(self, f: pd.DataFrame) -> pd.Series:
        """The dimension codes joined with dots (flow first), per distinct combination;
        IMF flow codes of rows with a partner become the catalogue's trade flows."""
        flow = self.structure[1] or self.c.default_flow
        dims = [self._codes(f, d) for d in self.c.indicator_dims]
        if not dims:
            single = flow or "OBS_VALUE"
            self.names.setdefault(single, self._flow_name(f) or single)
            return categorical(np.zeros(len(f), dtype=np.intp), [single], f.index)
        combo, first = combinations(dims)
        parts = [
            np.asarray(d.cat.categories, dtype=object)[d.cat.codes.to_numpy()[first]] for d in dims
        ]
        joined = [".".join(str(p) for p in texts) for texts in zip(*parts, strict=True)]
        self._learn_names(f, joined, first)
        labels = [(flow + "." + j) if flow else j for j in joined]
        if len(dims) > 1:
            return categorical(combo, labels, f.index)
        flows = [IMF_FLOWS.get(j) for j in joined]
        labels += [m or "" for m in flows]
        if any(m is not None for m in flows):  # (no pass over the rows for other codes)
            partner = (self._codes(f, self.c.partner) != "").to_numpy(dtype=bool)
            mapped = np.array([m is not None for m in flows], dtype=bool)[combo] & partner
            combo = np.where(mapped, combo + len(joined), combo)
        return categorical(combo, labels, f.index)

    def _flow_name(self, f: pd.DataFrame) -> str:
        col = self.c.structure_name
        return str(f[col].iat[0]).strip() if col and col in f else ""

    def _learn_names(self, f: pd.DataFrame, joined: list[str], first: np.ndarray) -> None:
        """Names of new codes from the labels of the first row of each combination (in
        order of appearance, so the first row of each code)."""
        labels = [self._label(f, d).iloc[first] for d in self.c.indicator_dims]
        flow = self.structure[1] or self.c.default_flow
        for j, text in enumerate(joined):
            key = (flow + "." if flow else "") + text
            if key not in self.names:
                self.names[key] = (
                    "; ".join(str(lab.iat[j]) for lab in labels if str(lab.iat[j]).strip()) or key
                )

    def _label(self, f: pd.DataFrame, dim: str) -> pd.Series:
        """The names of a column's codes: its label column, or the Name of ``ID: Name``."""
        label_col = self.c.labels.get(dim, "")
        if label_col and label_col in f:
            labels = f[label_col]
            if isinstance(labels.dtype, pd.CategoricalDtype):  # text already, no NA
                return labels
            return labels.astype(str)
        if dim and dim in f:
            return self._split_labels(f, dim)[1]
        return pd.Series("", index=f.index, dtype=object)

    def _units(self, f: pd.DataFrame, code: pd.Series) -> pd.Series | str:
        if self.c.unit and self.c.unit in f:
            units = self._codes(f, self.c.unit)
            self.units_seen.learn(code, units)
            return units
        if self.unit:
            return self.unit
        codes = pd.Series(code.cat.categories, dtype="str")
        guessed = codes.str.extract(r"_(USD|EUR|CNY|AZN|RUB)$", expand=False)
        mapped = codes.map({v: "USD" for v in IMF_FLOWS.values()})
        units = guessed.astype(object).fillna(mapped.astype(object)).fillna("")
        return categorical(code.cat.codes.to_numpy(), list(units), f.index)

    def _scale(self, f: pd.DataFrame) -> np.ndarray | float:
        c = self.c
        if c.unit_mult and c.unit_mult in f:
            return _powers(f[c.unit_mult])
        if c.imf_scale and c.imf_scale in f:
            values = set(distinct(f[c.imf_scale])[1].str.strip().unique()) - {"", "0"}
            if values - self.scale_seen:
                self.scale_seen |= values
            if self.apply_scale:
                return _powers(f[c.imf_scale])
        return 1.0

    def _flags(self, f: pd.DataFrame) -> tuple[pd.Series | str, pd.Series | str]:
        if not self.c.status or self.c.status not in f:
            return str(Status.ACTUAL), ""
        flags = self._codes(f, self.c.status)
        codes = flags.cat.codes.to_numpy()
        mapped = [_status_of_flag(str(u)) for u in flags.cat.categories]
        return (
            categorical(codes, [m[0] for m in mapped], f.index),
            categorical(codes, [m[1] for m in mapped], f.index),
        )

    def report(self) -> None:
        if self.deleted:
            self.builder.log.add(
                None,
                self.c.action,
                f"{self.deleted} delete rows (ACTION D) left out",
                Severity.INFO,
            )
        if self.scale_seen and not self.apply_scale:
            self.builder.log.add(
                None,
                self.c.imf_scale,
                "SCALE "
                f"{', '.join(sorted(self.scale_seen))} not applied: IMF "
                "OBS_VALUE is usually the full amount; check the figures",
                Severity.WARNING,
            )

    def catalogue(self, publisher: str) -> pd.DataFrame:
        return catalogue_rows(
            [
                {"code": k, "name": v, "topic": publisher}
                for k, v in self.names.items()
                if k not in IMF_FLOWS.values()
            ]
        )


_STRUCTURE_HEADER = re.compile(r'^"?STRUCTURE(?:\[(?P<sub>.)\])?"?(?P<sep>[,;\t|])')


def _layout(head: Head) -> CsvLayout:
    """SDMX-CSV 2.0 names its separator: the character after STRUCTURE (or STRUCTURE[x])."""
    m = _STRUCTURE_HEADER.match(head.lines[0]) if head.lines else None
    if not m:
        return csv_layout(head)
    line = head.lines[0]
    if m.group("sub"):
        line = line.replace(f"STRUCTURE[{m.group('sub')}]", "STRUCTURE", 1)
    cols = [c.strip() for c in split_line(line, m.group("sep"))]
    return CsvLayout(head.encoding, m.group("sep"), 0, cols)


def _powers(s: pd.Series) -> np.ndarray:
    uniques: Any
    if isinstance(s.dtype, pd.CategoricalDtype):  # read by its codes: no string per row
        codes, uniques = distinct(s)
    else:
        codes, uniques = pd.factorize(s.astype(str))
    table = np.array([power_of_ten(str(u)) or 1.0 for u in uniques] or [1.0])
    out: np.ndarray = table[codes]
    return out


_FLAG_STATUS = (("p", Status.PROVISIONAL), ("e", Status.ESTIMATE), ("f", Status.FORECAST))
_FLAG_WORDS = {
    "b": "break in series",
    "d": "definition differs",
    "u": "low reliability",
    "c": "confidential",
    "s": "Eurostat estimate",
    "n": "not significant",
    "r": "revised",
    "z": "not applicable",
    "m": "missing",
}


def _status_of_flag(flag: str) -> tuple[str, str]:
    """(status, note) for an OBS_STATUS / OBS_FLAG cell such as 'A', 'E', 'p' or 'bd'."""
    f = flag.strip()
    if not f or f.upper() == "A":
        return str(Status.ACTUAL), ""
    letters = f.lower()
    status = next((str(s) for ch, s in _FLAG_STATUS if ch in letters), str(Status.ACTUAL))
    words = [_FLAG_WORDS[ch] for ch in letters if ch in _FLAG_WORDS]
    note = f"flag {f}" + (f" ({', '.join(words)})" if words else "")
    return status, note


def _parse_structure(text: str) -> tuple[str, str]:
    m = _STRUCTURE_ID.match(text.strip())
    if not m:
        return "", text.strip()
    flow = m.group("id").strip().split("@")[-1].split("$", 1)[0]  # drop $DEFAULTVIEW
    return (m.group("agency") or "").strip(), flow
