"""Earlier values of figures: what a source said before a re-import or re-fetch revised it.

Vintages are records (``records["vintages"]``, see :mod:`app.domain.records`) written by the
import plan: one row per figure value that a later retrieval of the same source replaced.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from app.domain.units import format_quantity


@dataclass(frozen=True)
class Retrieval:
    """One retrieval of a source: its day and how many figures it revised."""

    day: str
    revised: int


def figure_vintages(vintages: pd.DataFrame | None, obs_id: int) -> list[str]:
    """Lines for a figure's earlier values, newest first: "$9 bn (retrieved 2026-10-01,
    superseded 2026-11-30)"."""
    if vintages is None or vintages.empty:
        return []
    rows = vintages[vintages["obs_id"] == obs_id].sort_values("superseded", ascending=False)
    return [
        f"{format_quantity(float(r['value']), str(r['unit']))}"
        + (f" [{r['status']}]" if str(r["status"]) not in ("", "actual") else "")
        + f" (retrieved {r['retrieved'] or 'on an unknown day'}, superseded {r['superseded']})"
        for r in rows.to_dict("records")
    ]


def source_retrievals(
    vintages: pd.DataFrame | None, source_id: int, first_retrieved: str
) -> list[Retrieval]:
    """The retrievals of a source, first to last: its own day, then every re-import that
    revised figures (with the count it revised)."""
    out = [Retrieval(first_retrieved, 0)] if first_retrieved else []
    if vintages is None or vintages.empty:
        return out
    mine = vintages[vintages["source_id"] == source_id]
    counts = mine.groupby("superseded").size().sort_index()
    return out + [Retrieval(str(day), int(n)) for day, n in counts.items()]
