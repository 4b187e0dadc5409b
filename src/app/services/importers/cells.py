"""Numbers and periods of a block, read once per distinct text (see :mod:`.codes`)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from app.domain.periods import FIRST_YEAR, LAST_YEAR, PeriodError, month_index
from app.domain.units import UnitError, parse_number
from app.services.importers.codes import Coded, encode, fast_floats
from app.services.importers.periodtext import read_period_detail

#: Cell texts that mean "no value" in portal files (see import-formats.md, checklist 4).
MISSING = frozenset(
    {
        "",
        "..",
        ":",
        "nan",
        "NaN",
        "NAN",
        "NA",
        "NP",
        "ND",
        "N/A",
        "n/a",
        "-",
        "_Z",
        "~",
        "null",
        "NULL",
        "None",
    }
)


def read_values(s: pd.Series, decimal_comma: bool) -> tuple[np.ndarray, np.ndarray, Coded]:
    """(floats, empty mask, error message per row)."""
    n = len(s)
    codes = np.zeros(n, dtype="int32")
    table: list[str | None] = [None, "not a finite number"]
    if pd.api.types.is_numeric_dtype(s.dtype) and not pd.api.types.is_bool_dtype(s.dtype):
        v = np.array(s.to_numpy(dtype="float64", na_value=np.nan))
        empty = np.isnan(v)
    else:
        v, unread, empty = fast_floats(s, MISSING, decimal_comma)
        if unread.any():
            slow = encode(s[unread], int(unread.sum())).map(lambda t: read_number(t, decimal_comma))
            v[unread] = slow.part(0).per_row("float64")
            kinds = [k if k != "empty" else None for k in slow.part(1).values]
            empty[unread] = np.array([k == "empty" for k in slow.part(1).values])[slow.codes]
            codes[unread] = len(table) + slow.codes
            table += kinds
    err = Coded(codes, table)
    if len(table) > 2:  # the careful way's messages: their rows are neither empty nor inf
        flagged = err.flags()
        empty |= np.isnan(v) & ~flagged
        inf = np.isinf(v) & ~flagged
    else:  # no row has a message yet: no per-row lookup of one
        empty |= np.isnan(v)
        inf = np.isinf(v)
    codes[inf] = 1
    return v, empty, err


def read_number(raw: str, decimal_comma: bool) -> tuple[float, str | None]:
    """(value, None) | (nan, 'empty') | (nan, error message) for one distinct text."""
    t = raw.strip()
    if t in MISSING:
        return np.nan, "empty"
    text = t.replace(",", ".") if decimal_comma and "." not in t else t
    try:
        v = float(text)
    except ValueError:
        try:
            v = parse_number(t)
        except UnitError:
            return np.nan, f"cannot read the number {t[:40]!r}"
    if np.isnan(v):
        return np.nan, "empty"
    return v, None


def read_periods(
    frame: pd.DataFrame, text: Coded | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, Coded, Coded]:
    """(start, end, point, detail, error per row) of a block's periods; each distinct
    (period text, frequency) is read once. ``detail`` names the day or week of figures
    finer than a month ('' otherwise). ``text``: the ``period`` column already encoded
    (stripped), if the caller has it."""
    if "period_start" in frame:
        start = pd.to_numeric(frame["period_start"], errors="coerce").to_numpy(
            dtype="float64", na_value=np.nan
        )
        end = pd.to_numeric(frame["period_end"], errors="coerce").to_numpy(
            dtype="float64", na_value=np.nan
        )
        point = frame["period_point"].astype(str).str.lower().isin(["true", "1", "1.0"]).to_numpy()
        bad = np.isnan(start) | np.isnan(end) | (end < start) | (point & (start != end))
        # months of the years periods.month_index accepts (the store holds them as int16)
        lowest, highest = month_index(FIRST_YEAR, 1), month_index(LAST_YEAR, 12)
        outside = ~bad & ((start < lowest) | (end > highest))
        err = Coded(
            (bad.astype("int8") + 2 * outside.astype("int8")),
            [
                None,
                "period start/end cannot be read",
                f"period start/end is outside the years {FIRST_YEAR} to {LAST_YEAR}",
            ],
        )
        # rows in error are dropped with their problem: no month of theirs is stored
        unread = bad | outside
        detail = encode(frame.get("period_detail"), len(frame), strip=True)
        return (
            np.where(unread, 0, np.nan_to_num(start)).astype("int32"),
            np.where(unread, 0, np.nan_to_num(end)).astype("int32"),
            point,
            detail,
            err,
        )
    if text is None:
        text = encode(frame.get("period"), len(frame), strip=True)
    freq = encode(frame.get("freq"), len(frame), strip=True)
    nf = len(freq.values)
    key = text.codes if nf == 1 else text.codes.astype("int64") * nf + freq.codes
    size = len(text.values) * nf
    present = np.zeros(size, dtype=bool)
    present[key] = True
    starts = np.zeros(size, dtype="int32")
    ends = np.zeros(size, dtype="int32")
    points = np.zeros(size, dtype=bool)
    details: list[str] = [""] * size
    msgs: list[str | None] = [None] * size
    for k in np.flatnonzero(present).tolist():
        start_, end_, point_, details[k], msgs[k] = _period_of(
            str(text.values[k // nf]), str(freq.values[k % nf])
        )
        starts[k], ends[k], points[k] = start_, end_, point_
    return starts[key], ends[key], points[key], Coded(key, details), Coded(key, msgs)


def _period_of(text: str, freq: str) -> tuple[int, int, bool, str, str | None]:
    try:
        p, detail = read_period_detail(text, freq)
    except PeriodError as exc:
        return 0, 0, False, "", str(exc)
    return p.start, p.end, p.point, detail, None
