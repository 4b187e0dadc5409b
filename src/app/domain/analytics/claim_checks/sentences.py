"""The sentence of a check: the claim's status said plainly, figures and ranges in words."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from app.domain.analytics.claim_checks.common import Check, Claim, Rows
from app.domain.analytics.claim_checks.frames import Data
from app.domain.analytics.claims import CANNOT_CHECK
from app.domain.analytics.intervals import AT_LEAST, AT_MOST, UNBOUNDED, bound_kind, pct_text
from app.domain.model import qualified_quantity
from app.domain.periods import period_label
from app.domain.units import format_quantity

_STATUS_WORDS = {
    "target": "a target",
    "planned": "a plan",
    "forecast": "a forecast",
    "expected": "an expectation",
    "estimate": "an estimate",
}


def sentence(body: str, c: Claim) -> str:
    """One sentence: the body, the claim's status said plainly, a capital and a full stop."""
    text = body.strip().rstrip(".")
    words = _STATUS_WORDS.get(c.status)
    if words:
        text += f"; the claim is {words}, not an outcome"
    return text[:1].upper() + text[1:] + "."


def cannot(c: Claim, body: str, **kw: Any) -> Check:
    return Check(CANNOT_CHECK, sentence(body, c), **kw)


def indicator_words(indicator: str) -> str:
    return indicator.replace("_", " ")


def _round3(x: float, up: bool) -> float:
    """``x`` to three significant digits, rounded outward so that a bound stays true."""
    if not math.isfinite(x) or x == 0:
        return x
    f = 10.0 ** (math.floor(math.log10(abs(x))) - 2)
    return (math.ceil(x / f - 1e-9) if up else math.floor(x / f + 1e-9)) * f


def range_words(lo: float, hi: float, unit: str) -> str:
    """ "below $2.05 bn", "of at least 37,800 persons", "between ... and ..."."""
    if not math.isfinite(hi) and lo <= 0:
        return "of any level"
    if not math.isfinite(hi):
        return f"of at least {format_quantity(_round3(lo, up=False), unit)}"
    if lo <= 0:
        return f"below {format_quantity(_round3(hi, up=True), unit)}"
    low, high = format_quantity(_round3(lo, False), unit), format_quantity(_round3(hi, True), unit)
    return f"between {low} and {high}"


def change_text(lo: float, hi: float) -> str:
    kind = str(bound_kind(np.array([lo]), np.array([hi]))[0])
    if kind == UNBOUNDED:
        return "an unknown change (both levels are bounds)"
    if kind == AT_LEAST:
        return f"at least {pct_text(lo)}"
    if kind == AT_MOST:
        return f"at most {pct_text(hi)}"
    if hi - lo < 0.1:
        return pct_text((lo + hi) / 2)
    return f"{pct_text(lo)} to {pct_text(hi)}"


Row = Mapping[Any, Any] | pd.Series


def qty_text(row: Row) -> str:
    return qualified_quantity(float(row["value"]), str(row["unit"]), str(row["qualifier"]))


def fig_text(d: Data, row: Row, period: bool = True) -> str:
    """ "CHN's more than $3 bn for Jan–Oct 2024 (speaker; publisher, date)"; a figure Corridor
    derived says so: "AZE's $120 m for Oct 2025 (derived; Corridor (derived))"."""
    when = ""
    if period:
        start, end = int(row["period_start"]), int(row["period_end"])
        when = " for " + period_label(start, end, bool(row["period_point"]))
    who = f"{row['reporter']}'s " if row["reporter"] else ""
    derived = "derived; " if _is_derived(d, row) else ""
    return f"{who}{qty_text(row)}{when} ({derived}{d.src.cite(int(row['source_id']))})"


def _is_derived(d: Data, row: Row) -> bool:
    """Whether the figure is one Corridor computed (status ``derived``), not a reported one."""
    status = row.get("status") if isinstance(row, Mapping) else None
    if status is None:
        status = d.status_of(int(row["obs_id"]))
    return str(status) == "derived"


def _as_rows(rows: Rows | pd.DataFrame) -> Rows:
    if isinstance(rows, pd.DataFrame):
        return [{str(k): v for k, v in r.items()} for r in rows.to_dict("records")]
    return rows


def figs_text(d: Data, rows: Rows | pd.DataFrame, period: bool = True, most: int = 3) -> str:
    rows = _as_rows(rows)
    texts = [fig_text(d, r, period) for r in rows[:most]]
    if len(rows) > most:
        texts.append(f"{len(rows) - most} more")
    return join_words(texts)


def join_words(texts: list[str]) -> str:
    if len(texts) <= 1:
        return "".join(texts)
    return ", ".join(texts[:-1]) + " and " + texts[-1]


def ids_of(rows: Rows | pd.DataFrame, col: str = "obs_id") -> tuple[int, ...]:
    if isinstance(rows, pd.DataFrame):
        return tuple(int(i) for i in rows[col])
    return tuple(int(r[col]) for r in rows)


def is_are(n: int) -> str:
    return "is" if n == 1 else "are"


def windows_of_year(rows: Rows, year: int, most: int = 3) -> tuple[str, int]:
    """ "2024 (44,798 persons) and H1 2024 (16,609 persons)": other windows of that year."""
    near = [r for r in rows if r["year"] == year and not r["period_point"]]
    near.sort(key=lambda r: (-int(r["window_len"]), int(r["period_start"])))
    seen: dict[tuple[int, int], dict[str, Any]] = {}
    for r in near:
        seen.setdefault((int(r["period_start"]), int(r["period_end"])), r)
    texts = [f"{period_label(a, b)} ({qty_text(r)})" for (a, b), r in list(seen.items())[:most]]
    return join_words(texts), len(texts)
