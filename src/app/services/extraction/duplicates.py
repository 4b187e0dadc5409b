"""Which candidates repeat a figure already stored (same indicator, countries, period and
value within half a percent): the dialog marks them so they are not added twice."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from app.services.extraction.extract import Candidate


def _stored_unit(unit: str) -> str:
    return "percent" if unit == "%" else unit


def duplicate_flags(candidates: Sequence[Candidate], observations: pd.DataFrame) -> list[bool]:
    """One flag per candidate: True when a stored observation has the same figure."""
    if observations.empty:
        return [False] * len(candidates)
    keyed = observations.groupby(
        [observations["period_start"].astype(int), observations["period_end"].astype(int)],
        observed=True,
    )
    groups: dict[tuple[int, int], pd.DataFrame] = {(int(k[0]), int(k[1])): g for k, g in keyed}  # type: ignore[call-overload]
    return [_is_duplicate(c, groups) for c in candidates]


def _is_duplicate(c: Candidate, groups: dict[tuple[int, int], pd.DataFrame]) -> bool:
    if c.period is None:
        return False
    rows = groups.get((c.period.start, c.period.end))
    if rows is None:
        return False
    same = rows["unit"].astype(str) == _stored_unit(c.unit)
    if c.indicator:
        same &= rows["indicator"].astype(str) == c.indicator
    for column, code in (("reporter", c.reporter), ("partner", c.partner)):
        if code:
            same &= rows[column].astype(str).isin([code, ""])
    values = rows["value"].astype(float)
    close = (values - c.value).abs() <= 0.005 * max(abs(c.value), 1e-12)
    return bool((same & close).any())
