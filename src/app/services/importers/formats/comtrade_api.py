"""UN Comtrade API v1 answers saved as JSON (``comtradeapi.un.org/data/v1/get/...``).

A successful answer is ``{"count": n, "data": [records], "error": ""}``; its records have
the columns of the Comtrade+ CSV and go through the same mapping as
:class:`~app.services.importers.formats.comtrade.ComtradeImporter` (totals only, goods
flows to the catalogue's trade indicators). An empty successful answer imports nothing and
says so (information, not an error). An error body, ``{"statusCode": 401, "message": ...}``
from the API gateway or a filled ``error``, is an unreadable file with the API's message.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from app.services.importers.base import Head, file_source, finish
from app.services.importers.formats.comtrade import REQUIRED, ComtradeImporter, _catalogue
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

_ENVELOPE = re.compile(r'"(count|elapsedTime)"\s*:')
_GATEWAY_ERROR = re.compile(r'^\{\s*"statusCode"\s*:\s*\d+\s*,\s*"message"\s*:')


class ComtradeApiImporter(ComtradeImporter):
    name = "comtrade-api"
    label = "UN Comtrade API answer (JSON)"

    def sniff(self, head: Head) -> int:
        text = head.text()
        if not text.startswith("{"):
            return 0
        if _ENVELOPE.search(text) and re.search(r'"data"\s*:\s*\[', text):
            # records: the Comtrade importer (90) reads them the same way; empty: ours
            return 85 if '"reporterCode"' in text else 95
        return 60 if _GATEWAY_ERROR.match(text) else 0

    def read(
        self,
        src: Input,
        options: dict[str, Any] | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportResult:
        opts = self.settings(options)
        name = input_name(src)
        records = _records(load_json(src), name)
        log = ProblemLog(name)
        builder = RowBuilder(
            log,
            {
                "value": "primaryValue",
                "reporter": "reporterCode",
                "partner": "partnerCode",
                "indicator": "flowCode",
            },
        )
        if progress is not None:
            progress(0, len(records))
        if cancel is not None and cancel():
            raise ImportCancelled
        state: dict[str, Any] = {"breakdown": 0, "dataset": "", "codes": set()}
        if records:
            builder.add(self._long(_frame(records, name), bool(opts["totals_only"]), state))
        else:
            log.add(None, "", "the API returned no records (count 0)", Severity.INFO)
        if state["breakdown"]:
            log.add(
                None,
                "customsCode",
                f"{state['breakdown']} breakdown rows (customs procedure, transport mode, "
                "second partner) left out to avoid double counting",
                Severity.INFO,
            )
        if progress is not None:
            progress(len(records), len(records))
        source = file_source(src, self.publisher, state["dataset"])
        return finish(builder, self.name, source, _catalogue(state["codes"]))


def _records(doc: Any, name: str) -> list[dict[str, Any]]:
    """The records of a successful answer; ImportFailed with the API's own message."""
    if not isinstance(doc, dict):
        raise ImportFailed(f"{name} is not a UN Comtrade API answer (a JSON object)")
    if "statusCode" in doc and "data" not in doc:
        message = str(doc.get("message") or "no message").strip()
        raise ImportFailed(f"UN Comtrade API error {doc.get('statusCode')}: {message}")
    error = doc.get("error")
    if error:
        raise ImportFailed(f"UN Comtrade API error: {str(error).strip()[:300]}")
    data = doc.get("data")
    if data is None and "count" in doc:
        data = []
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise ImportFailed(f"{name} has no list of Comtrade records under 'data'")
    return data


def _frame(records: list[dict[str, Any]], name: str) -> pd.DataFrame:
    """Records as text columns, as the CSV reader would give them."""
    columns = list(dict.fromkeys(k for r in records for k in r))
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise ImportFailed(f"{name}: the records have no {', '.join(missing)}")
    frame = pd.DataFrame(
        {c: ["" if (v := r.get(c)) is None else str(v) for r in records] for c in columns}
    )
    frame["line"] = np.arange(1, len(frame) + 1)
    return frame
