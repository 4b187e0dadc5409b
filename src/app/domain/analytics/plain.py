"""Frames as plain Python rows, read column by column.

``DataFrame.to_dict("records")`` boxes every cell on its own (a type check per value);
the summary and the briefing read 10,000 rows of a pair's figures this way (issue 21).
``Series.tolist`` boxes a whole column at once into the same Python values (int, float,
bool, str, the same missing markers), so the rows come out equal.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd


def records(frame: pd.DataFrame, columns: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """``frame[columns].to_dict("records")`` (all columns by default), built from one
    ``tolist`` per column."""
    names = [str(c) for c in frame.columns] if columns is None else list(columns)
    if not len(frame):
        return []
    values = zip(*[frame[c].tolist() for c in names], strict=True)
    return [dict(zip(names, row, strict=True)) for row in values]


def rows(frame: pd.DataFrame, columns: Sequence[str]) -> list[tuple[Any, ...]]:
    """The values of ``columns`` per row, as tuples (the cheapest plain row)."""
    if not len(frame):
        return []
    return list(zip(*[frame[c].tolist() for c in columns], strict=True))
