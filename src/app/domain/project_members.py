"""The projects a figure or a claim counts: those linked to it in the registry, against the
count and total the source states. Unknown members are counted, never named or guessed."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from app.domain.projects import linked_ids
from app.domain.units import format_quantity


def projects_of(links: pd.DataFrame, claim_id: int, obs_id: int) -> list[int]:
    """Projects linked to a claim or to the figure stated with it (each once, in order)."""
    ids: list[int] = []
    if claim_id >= 0:
        ids += linked_ids(links, "claims", claim_id, "projects", reverse=False)
    if obs_id >= 0:
        ids += linked_ids(links, "observations", obs_id, "projects", reverse=False)
    return list(dict.fromkeys(ids))


@dataclass(frozen=True)
class Membership:
    """What the registry knows about the projects a figure or claim counts."""

    counted: int | None  # how many the source says (None if it gives no count)
    known_ids: tuple[int, ...]
    known_names: tuple[str, ...]
    known_capacity: float
    stated_total: float  # NaN when no total is stated
    unit: str

    @property
    def unknown(self) -> int | None:
        """Members the source counts but the registry cannot name (never below zero)."""
        return None if self.counted is None else max(self.counted - len(self.known_ids), 0)

    @property
    def unknown_capacity(self) -> float:
        if math.isnan(self.stated_total):
            return math.nan
        return self.stated_total - self.known_capacity

    def sentence(self) -> str:
        """What is known and what is not, in one sentence; unknown members are never
        named or guessed."""
        listed = "; ".join(self.known_names)
        known = f"{listed}: {format_quantity(self.known_capacity, self.unit)}"
        if self.counted is None:
            return f"Linked in the registry: {known}." if self.known_ids else "No linked projects."
        total = (
            f" ({format_quantity(self.stated_total, self.unit)} in all)"
            if not math.isnan(self.stated_total)
            else ""
        )
        head = f"The source counts {self.counted} project{'s' * (self.counted != 1)}{total}"
        if not self.known_ids:
            return f"{head} but names none, and none is linked in the registry."
        if not self.unknown:
            return f"{head}; all are in the registry ({known})."
        rest = (
            f" and {format_quantity(self.unknown_capacity, self.unit)}"
            if not math.isnan(self.unknown_capacity)
            else ""
        )
        n = len(self.known_ids)
        return (
            f"{head}; {n} {'is' if n == 1 else 'are'} in the registry ({known}); "
            f"{self.unknown} project{'s' * (self.unknown != 1)}{rest} are not identified."
        )


def membership(
    records: dict[str, pd.DataFrame],
    from_table: str,
    from_id: int,
    counted: int | None,
    stated_total: float = math.nan,
    unit: str = "MW",
) -> Membership:
    """The projects linked to one observation or claim, against the count it states."""
    ids = linked_ids(records["links"], from_table, from_id, "projects", reverse=False)
    return membership_of(records, ids, counted, stated_total, unit)


def membership_of(
    records: dict[str, pd.DataFrame],
    ids: list[int],
    counted: int | None,
    stated_total: float = math.nan,
    unit: str = "MW",
) -> Membership:
    """These projects (ids, duplicates and unknown ids dropped) against a stated count."""
    projects = records["projects"].set_index("project_id")
    ids = [i for i in dict.fromkeys(ids) if i in projects.index]
    rows = projects.loc[ids] if ids else projects.iloc[0:0]
    cap = rows["capacity"].where(rows["capacity_unit"] == unit).fillna(0.0)
    return Membership(
        counted,
        tuple(ids),
        tuple(str(n) for n in rows["name"]),
        float(cap.sum()),
        float(stated_total),
        unit,
    )
