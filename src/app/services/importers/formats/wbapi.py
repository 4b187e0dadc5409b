"""World Bank API v2 JSON (``api.worldbank.org/v2/.../indicators/...?format=json``).

The answer is ``[pagination, [records]]``; a record holds ``indicator {id, value}``,
``country {id, value}``, ``countryiso3code``, ``date`` (``1997``, ``2020Q1``, ``2020M01``),
``value`` (number or null), ``unit``, ``obs_status`` and ``decimal`` (display digits, not
read). Reporter: the ISO3 code where given, else the country id (aggregates such as ``1W``
have no ISO3). The unit is the record's when it has one, else guessed from the indicator
name as for the WDI bulk CSV. An error answer ``[{"message": [{id, key, value}]}]`` is an
unreadable file; one page of several says so.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from app.services.importers.base import (
    Head,
    Importer,
    catalogue_rows,
    file_source,
    finish,
    kind_of_unit,
)
from app.services.importers.formats.eurostat_tsv import flag_columns, freq_of_period
from app.services.importers.problems import (
    Cancel,
    ImportCancelled,
    ImportFailed,
    ImportResult,
    ProblemLog,
    Progress,
    Severity,
)
from app.services.importers.rows import RowBuilder
from app.services.importers.text import Input, input_name, load_json
from app.services.importers.unitmap import parse_scale, unit_from_name
from app.services.options import Option

_PAGE = re.compile(r'^\[\s*\{\s*"page"\s*:')


class WorldBankApiImporter(Importer):
    name = "wbapi"
    label = "World Bank API v2 (JSON)"
    publisher = "World Bank"
    options = (
        Option("unit", "Unit (empty: from the record or the indicator name)", "text", ""),
        Option("scale", "Scale of the values", "text", "1"),
    )

    def sniff(self, head: Head) -> int:
        text = head.text()
        if _PAGE.match(text):
            return 100
        if text.startswith("[") and '"countryiso3code"' in text and '"indicator"' in text:
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
        name = input_name(src)
        meta, records = _split(load_json(src), name)
        log = ProblemLog(name)
        builder = RowBuilder(log, {"reporter": "countryiso3code", "period": "date"})
        if progress is not None:
            progress(0, len(records))
        if cancel is not None and cancel():
            raise ImportCancelled
        frame = _frame(records, log)
        names = _names(frame)
        unit = str(opts["unit"]).strip()
        units = {c: unit or unit_from_name(n) for c, n in names.items()}
        if len(frame):
            record_unit = frame["unit"].where(frame["unit"] != "", frame["indicator"].map(units))
            frame["unit"] = unit or record_unit.fillna("")
            frame["scale"] = _scale(str(opts["scale"]))
            frame["status"], frame["note"] = flag_columns(frame.pop("obs_status"))
            builder.add(frame)
        if not records:
            log.add(None, "", "the API returned no records", Severity.INFO)
        pages = meta.get("pages") if isinstance(meta, dict) else None
        if isinstance(pages, int) and pages > 1:
            log.add(
                None,
                "",
                f"page {meta.get('page')} of {pages}: the other pages are not in this file",
                Severity.WARNING,
            )
        if progress is not None:
            progress(len(records), len(records))
        catalogue = catalogue_rows(
            [
                {
                    "code": c,
                    "name": n,
                    "topic": "World Bank",
                    "unit": units[c],
                    "kind": kind_of_unit(units[c]),
                }
                for c, n in names.items()
            ]
        )
        dataset = str(meta.get("sourceid") or "") if isinstance(meta, dict) else ""
        return finish(builder, self.name, file_source(src, self.publisher, dataset), catalogue)


def _scale(text: str) -> float:
    try:
        return parse_scale(text)
    except ValueError as exc:
        raise ImportFailed(f"option scale: {exc}") from exc


def _split(doc: Any, name: str) -> tuple[Any, list[Any]]:
    """(pagination, records) of an answer; ImportFailed for an error answer."""
    if not isinstance(doc, list) or not doc or not isinstance(doc[0], dict):
        raise ImportFailed(f"{name} is not a World Bank API answer ([pagination, records])")
    message = doc[0].get("message")
    if isinstance(message, list) and message and isinstance(message[0], dict):
        m = message[0]
        raise ImportFailed(
            f"World Bank API error {m.get('id', '')}: {m.get('value') or m.get('key') or m}"
        )
    records = doc[1] if len(doc) > 1 else []
    if records is None:
        records = []
    if not isinstance(records, list):
        raise ImportFailed(f"{name}: the second element is not a list of records")
    return doc[0], records


def _text(record: dict[str, Any], key: str, sub: str = "") -> str:
    v = record.get(key)
    if sub:
        v = v.get(sub) if isinstance(v, dict) else None
    return "" if v is None else str(v).strip()


def _frame(records: list[Any], log: ProblemLog) -> pd.DataFrame:
    rows = [r for r in records if isinstance(r, dict)]
    if len(rows) < len(records):
        log.add(None, "", f"{len(records) - len(rows)} entries are not records; left out")
    iso3 = [_text(r, "countryiso3code") for r in rows]
    country = [_text(r, "country", "id") for r in rows]
    date = [_text(r, "date") for r in rows]
    return pd.DataFrame(
        {
            "indicator": [_text(r, "indicator", "id") for r in rows],
            "indicator_name": [_text(r, "indicator", "value") for r in rows],
            "reporter": [a or b for a, b in zip(iso3, country, strict=True)],
            "reporter_name": [_text(r, "country", "value") for r in rows],
            "period": date,
            "freq": [freq_of_period(d) for d in date],
            "value": [_text(r, "value") for r in rows],
            "unit": [_text(r, "unit") for r in rows],
            "obs_status": [_text(r, "obs_status") for r in rows],
            "line": np.arange(1, len(rows) + 1),
        }
    )


def _names(frame: pd.DataFrame) -> dict[str, str]:
    if frame.empty:
        return {}
    pairs = frame[["indicator", "indicator_name"]].drop_duplicates("indicator")
    return {str(c): str(n) or str(c) for c, n in zip(*pairs.to_numpy().T, strict=True) if c}
