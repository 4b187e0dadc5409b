"""UN Comtrade+ data: the web "TradeData_*.csv" export and the API's CSV or JSON output.

Also read: the same CSV saved by pandas with its index as a first column, and the legacy
comtrade.un.org CSV (before 2022: ``Trade Flow Code``, ``Reporter ISO``, ``Trade Value
(US$)``; see :mod:`.comtrade_legacy`), whose rows are renamed to today's columns first.

Only total rows are kept by default (customs procedure C00, mode of transport 0, second
partner 0): "plus" breakdowns repeat the same trade many times and would be counted twice.
Goods flows M and X towards a partner map to the catalogue's ``imports_from_partner`` and
``exports_to_partner``; re-imports, re-exports and services keep Comtrade's codes.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from app.services.importers.base import (
    Head,
    Importer,
    catalogue_rows,
    csv_layout,
    file_source,
    finish,
    read_long_csv,
)
from app.services.importers.formats.comtrade_legacy import (
    LEGACY_NAMES,
    from_legacy,
    is_legacy,
)
from app.services.importers.formats.distinct import distinct_rows, per_distinct, used_texts
from app.services.importers.problems import (
    Cancel,
    ImportFailed,
    ImportResult,
    ProblemLog,
    Progress,
    Severity,
)
from app.services.importers.rows import RowBuilder
from app.services.importers.text import Input, input_name, load_json
from app.services.options import Option

REQUIRED = ("reporterCode", "partnerCode", "flowCode", "period", "primaryValue")
_GOODS = {"M": "imports_from_partner", "X": "exports_to_partner"}
_FLOW_NAMES = {
    "M": "Imports",
    "X": "Exports",
    "RM": "Re-imports",
    "RX": "Re-exports",
    "MIP": "Imports for inward processing",
    "XIP": "Exports after inward processing",
}
_TOTAL = {"customsCode": ("C00", ""), "motCode": ("0", ""), "partner2Code": ("0", "")}
#: The columns :meth:`ComtradeImporter._long` reads: a Comtrade+ export has some fifty,
#: and the others (descriptions, weights, quantities) are never converted.
USED = (
    *REQUIRED,
    *_TOTAL,
    "typeCode",
    "freqCode",
    "classificationCode",
    "classificationSearchCode",
    "cmdCode",
    "reporterISO",
    "partnerISO",
)


class ComtradeImporter(Importer):
    name = "comtrade"
    label = "UN Comtrade+ (CSV or JSON)"
    publisher = "UN Comtrade"
    options = (
        Option(
            "totals_only",
            "Only total rows (avoid double counting)",
            "bool",
            True,
            help="leave out rows broken down by customs procedure, transport mode or "
            "second partner",
        ),
    )

    def sniff(self, head: Head) -> int:
        cells = head.first_cells()
        if "typeCode" in cells[:2] and "flowCode" in cells:  # [:2]: after a pandas index
            return 100
        if is_legacy(cells):
            return 100
        if head.suffix == ".json" and any('"reporterCode"' in ln for ln in head.lines[:50]):
            return 90
        return 0

    def read(
        self,
        src: Input,
        options: dict[str, Any] | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportResult:
        opts = self.settings(options)
        log = ProblemLog(input_name(src))
        builder = RowBuilder(
            log,
            {
                "value": "primaryValue",
                "reporter": "reporterCode",
                "partner": "partnerCode",
                "indicator": "flowCode",
            },
        )
        state: dict[str, Any] = {"breakdown": 0, "dataset": "", "codes": set()}

        def convert(frame: pd.DataFrame) -> pd.DataFrame:
            return self._long(frame, bool(opts["totals_only"]), state)

        head = Head.of(src)
        if head.lines and head.lines[0].lstrip().startswith(("{", "[")):
            builder.add(convert(_json_frame(src)))
        else:
            layout = csv_layout(head)
            legacy = is_legacy(layout.columns)
            if legacy:
                builder.columns.update(LEGACY_NAMES)
            missing = [c for c in REQUIRED if c not in layout.columns]
            if missing and not legacy:
                raise ImportFailed(f"{head.name} is not a Comtrade file: no {', '.join(missing)}")

            def read_any(frame: pd.DataFrame) -> pd.DataFrame:
                return convert(from_legacy(frame) if legacy else frame)

            # today's columns: only those read, the code columns dictionary-encoded
            only = None if legacy else USED
            codes = () if legacy else [c for c in USED if c != "primaryValue"]
            read_long_csv(
                src, layout, builder, read_any, progress, cancel, dictionary=codes, only=only
            )
        if state["breakdown"]:
            log.add(
                None,
                "customsCode",
                f"{state['breakdown']} breakdown rows (customs "
                "procedure, transport mode, second partner) left out to avoid double "
                "counting",
                Severity.INFO,
            )
        source = file_source(src, self.publisher, state["dataset"])
        return finish(builder, self.name, source, _catalogue(state["codes"]))

    def _long(self, f: pd.DataFrame, totals_only: bool, state: dict[str, Any]) -> pd.DataFrame:
        """The block's long rows. Every text the rows get is a cell-by-cell function of a
        few code columns: worked out once per distinct combination of them
        (:func:`.distinct.per_distinct`), not once per row."""
        f = f.astype(object).fillna("").astype(str) if f.isna().to_numpy().any() else f
        if totals_only:
            total = np.ones(len(f), dtype=bool)
            for col, ok in _TOTAL.items():
                if col in f:
                    codes, texts = distinct_rows(f, [col])
                    total &= texts[col].str.strip().isin(ok).to_numpy()[codes]
            state["breakdown"] += int((~total).sum())
            f = f[total]
        if len(f) and not state["dataset"]:
            state["dataset"] = "/".join(
                str(f[c].iat[0]) for c in ("typeCode", "freqCode", "classificationCode") if c in f
            )
        kinds = ["typeCode", "flowCode"] if "typeCode" in f else ["flowCode"]
        indicator = per_distinct(f, kinds, _indicator)
        state["codes"].update(used_texts(indicator) - set(_GOODS.values()))
        subject_cols = [c for c in ("classificationSearchCode", "cmdCode") if c in f]
        if not totals_only:
            subject_cols += [c for c in _TOTAL if c in f]
        return pd.DataFrame(
            {
                "indicator": indicator,
                "reporter": _code(f, "reporterISO", "reporterCode"),
                "partner": _code(f, "partnerISO", "partnerCode"),
                "subject": per_distinct(f, subject_cols, lambda t: _subject(t, totals_only)),
                "period": f["period"],
                "freq": f.get("freqCode", ""),
                "value": f["primaryValue"],
                "unit": "USD",
                "line": f["line"],
            }
        )


def _indicator(f: pd.DataFrame) -> pd.Series:
    """Goods flows M and X (type C) as the catalogue's trade flows, others as Comtrade's."""
    flow = f["flowCode"].str.strip().str.upper()
    kind = f["typeCode"].str.strip().str.upper() if "typeCode" in f else "C"
    goods = flow.map(_GOODS) if isinstance(kind, str) else flow.map(_GOODS).where(kind == "C")
    other = "comtrade_" + (kind + "_" if not isinstance(kind, str) else "C_") + flow
    return goods.astype(object).fillna(other).astype(str)


def _code(f: pd.DataFrame, iso: str, numeric: str) -> pd.Series:
    """The ISO column where filled (and not Comtrade's own 'W00'-style), else the number."""
    if iso not in f:
        return per_distinct(f, [numeric], lambda t: t[numeric].str.strip())
    return per_distinct(f, [iso, numeric], lambda t: _iso_or_number(t, iso, numeric))


def _iso_or_number(f: pd.DataFrame, iso: str, numeric: str) -> pd.Series:
    num = f[numeric].str.strip()
    iso_code = f[iso].str.strip()
    return iso_code.where(iso_code.str.len() == 3, num)


def _subject(f: pd.DataFrame, totals_only: bool) -> pd.Series:
    """'' for all commodities; 'HS 0101' for a commodity (codes keep their leading zeros)."""
    cmd = f["cmdCode"].str.strip() if "cmdCode" in f else pd.Series("TOTAL", index=f.index)
    system = f["classificationSearchCode"].str.strip() if "classificationSearchCode" in f else "HS"
    subject = (system + " " + cmd).where(cmd.str.upper() != "TOTAL", "")
    if not totals_only:
        parts = [f"{c} " + f[c].str.strip() for c in _TOTAL if c in f]
        for c, part in zip((c for c in _TOTAL if c in f), parts, strict=True):
            is_total = f[c].str.strip().isin(_TOTAL[c])
            subject = subject.where(is_total, (subject + " " + part).str.strip())
    return subject


def _json_frame(src: Input) -> pd.DataFrame:
    """Records of an API response {"count": n, "data": [...]} as text columns."""
    doc = load_json(src)
    records = doc.get("data") if isinstance(doc, dict) else doc
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise ImportFailed(f"{input_name(src)} has no list of Comtrade records under 'data'")
    frame = pd.DataFrame(records)
    missing = [c for c in REQUIRED if c not in frame.columns]
    if records and missing:
        raise ImportFailed(f"{input_name(src)} records have no {', '.join(missing)}")
    frame = frame.astype(object).where(frame.notna(), "").astype(str)
    frame["line"] = np.arange(1, len(frame) + 1)
    for col in REQUIRED:
        if col not in frame:
            frame[col] = ""
    return frame


def _catalogue(codes: set[str]) -> pd.DataFrame:
    rows = []
    for code in sorted(codes):
        flow = code.rsplit("_", 1)[-1]
        kind = "services" if "_S_" in code else "goods"
        rows.append(
            {
                "code": code,
                "name": f"{_FLOW_NAMES.get(flow, flow)} of {kind} (UN Comtrade)",
                "topic": "trade",
                "unit": "USD",
                "kind": "flow",
                "description": f"UN Comtrade flow code {flow}, {kind}",
            }
        )
    return catalogue_rows(rows)
