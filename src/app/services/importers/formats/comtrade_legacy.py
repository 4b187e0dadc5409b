"""The legacy UN Comtrade CSV (comtrade.un.org before 2022) in today's column names.

The old site wrote 35 columns (``Classification, Year, Period, …, Trade Flow Code, …,
Reporter ISO, Partner Code, …, Commodity Code, …, Trade Value (US$), …, Flag``) and coded
flows as numbers: 1 import, 2 export, 3 re-export, 4 re-import (the ``rg`` codes of the
retired API, import-formats.md section 3). Renamed to ``flowCode``/``cmdCode``/
``primaryValue``…, the rows go through the Comtrade+ reader unchanged, so flows map to the
same indicators and commodities stay the ``subject`` (``HS 1005``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: Model field -> legacy column, so that problems name the column as the file writes it.
LEGACY_NAMES = {
    "value": "Trade Value (US$)",
    "reporter": "Reporter Code",
    "partner": "Partner Code",
    "indicator": "Trade Flow Code",
    "period": "Period",
}
_RENAME = {
    "Classification": "classificationCode",
    "Period": "period",
    "Reporter Code": "reporterCode",
    "Reporter ISO": "reporterISO",
    "Reporter": "reporterDesc",
    "Partner Code": "partnerCode",
    "Partner ISO": "partnerISO",
    "Partner": "partnerDesc",
    "2nd Partner Code": "partner2Code",
    "Customs Proc. Code": "customsCode",
    "Mode of Transport Code": "motCode",
    "Commodity Code": "cmdCode",
    "Commodity": "cmdDesc",
    "Trade Value (US$)": "primaryValue",
}
_FLOWS = {"1": "M", "2": "X", "3": "RX", "4": "RM"}
_SYSTEMS = (("H", "HS"), ("S", "SITC"), ("BEC", "BEC"), ("EB", "EBOPS"))


def is_legacy(columns: list[str]) -> bool:
    """The legacy header: its flow, reporter and value columns by name."""
    cols = set(columns)
    return {"Trade Flow Code", "Reporter Code", "Partner Code", "Trade Value (US$)"} <= cols


def from_legacy(f: pd.DataFrame) -> pd.DataFrame:
    """A block of legacy rows with today's columns (text, as written)."""
    out = f.rename(columns={k: v for k, v in _RENAME.items() if k in f})
    classification = (
        out["classificationCode"].astype(str).str.strip().str.upper()
        if "classificationCode" in out
        else pd.Series("", index=f.index)
    )
    out["classificationSearchCode"] = _system(classification)
    out["typeCode"] = np.where(classification.str.startswith("EB"), "S", "C")
    period = out["period"].astype(str).str.strip() if "period" in out else ""
    out["freqCode"] = np.where(pd.Series(period, index=f.index).str.len() == 6, "M", "A")
    flow = f["Trade Flow Code"].astype(str).str.strip()
    out["flowCode"] = flow.map(_FLOWS).fillna(flow)
    for col in ("reporterCode", "partnerCode", "period", "primaryValue"):
        if col not in out:
            out[col] = ""
    return out


def _system(classification: pd.Series) -> pd.Series:
    """HS for H0…H6 and HS, SITC for S1…S4, BEC, EBOPS for the services editions."""
    system = pd.Series("", index=classification.index, dtype=object)
    for prefix, name in _SYSTEMS:
        system = system.where(~classification.str.startswith(prefix) | (system != ""), name)
    return system.where(system != "", classification)
