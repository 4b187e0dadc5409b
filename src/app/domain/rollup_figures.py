"""Roll-ups of the project registry as cells, and a cell kept as a figure.

A roll-up is computed, never stored as truth (ARCHITECTURE.md). When the analyst wants one
in the observations ("capacity with an agreement signed in 2025, CHN partner"), it becomes
an observation with ``status = derived``, a source of kind ``derived`` that names the
projects counted, and a link from the observation to each project (its lineage). One
undoable edit adds all three.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

import pandas as pd

from app.domain.edits import AddObservations, CompositeEdit, Edit
from app.domain.model import Observation, Source, Status
from app.domain.periods import Period, month_index
from app.domain.project_members import Membership, membership_of, projects_of
from app.domain.projects import capacity_by_year, link_edit, rollup
from app.domain.records import ProjectStage, claim_params, date_months
from app.domain.store import ObservationStore
from app.domain.units import format_quantity

ROLLUP_UNIT = "MW"
#: the catalogue's indicator for signed capacity, and for any other roll-up
SIGNED_INDICATOR = "renewable_projects_signed_capacity"
CAPACITY_INDICATOR = "project_capacity"
REGISTRY_PUBLISHER = "Corridor registry"


class Grouping(StrEnum):
    STATUS = "status"  # the projects' current status x technology
    YEAR = "year"  # the year each stage was reached (signed vs commissioned)


@dataclass(frozen=True)
class RollupCell:
    """One cell of a roll-up: which projects it counts and what they add up to."""

    stage: str  # the current status (by status) or the stage reached (by year)
    technology: str  # '' when the cell counts every technology
    year: int | None  # the year the stage was reached; None for the current status
    project_ids: tuple[int, ...]
    capacity: float  # sum over the projects with a capacity in ``unit``
    no_capacity: int  # projects without a capacity in ``unit`` (counted, not summed)
    unit: str = ROLLUP_UNIT

    @property
    def projects(self) -> int:
        return len(self.project_ids)

    def label(self) -> str:
        """ "agreement · solar", "2025 · agreement"."""
        head = str(self.year) if self.year is not None else self.stage
        tail = self.stage if self.year is not None else self.technology
        return " · ".join(t for t in (head, tail.replace("_", " ")) if t)


def rollup_cells(
    view: pd.DataFrame,
    records: dict[str, pd.DataFrame],
    grouping: Grouping,
    unit: str = ROLLUP_UNIT,
) -> list[RollupCell]:
    """The cells of a roll-up of ``view`` (an overview frame, filtered as the user chose)."""
    if grouping is Grouping.STATUS:
        table = rollup(view, unit=unit)
        return [
            RollupCell(
                str(r["status"]),
                str(r["technology"]),
                None,
                tuple(r["project_ids"]),
                float(r["capacity"]),
                int(r["no_capacity"]),
                unit,
            )
            for r in table.to_dict("records")
        ]
    ids = [int(i) for i in view["project_id"]]
    by_year = capacity_by_year(records, project_ids=ids, unit=unit)
    missing = _without_capacity(records["projects"], unit)
    return [
        RollupCell(
            str(r["stage"]),
            "",
            int(r["year"]),
            tuple(r["project_ids"]),
            float(r["capacity"]),
            sum(1 for i in r["project_ids"] if i in missing),
            unit,
        )
        for r in by_year.to_dict("records")
    ]


def _without_capacity(projects: pd.DataFrame, unit: str) -> set[int]:
    lacking = projects["capacity"].isna() | (projects["capacity_unit"] != unit)
    return {int(i) for i in projects.loc[lacking, "project_id"]}


def default_indicator(cell: RollupCell) -> str:
    """Signed capacity for agreements, project capacity for anything else."""
    return SIGNED_INDICATOR if cell.stage == ProjectStage.AGREEMENT else CAPACITY_INDICATOR


def rollup_figure_edit(
    store: ObservationStore, cell: RollupCell, indicator: str, as_of: str
) -> Edit:
    """One edit adding the cell as a derived observation (with its derived source) and a
    link from it to each project counted. ``as_of`` (ISO date) dates the source and, for a
    cell of current statuses, the figure (a stock at that month).

    Raises ValueError for an empty cell, a cell without any capacity, an indicator not in
    the catalogue or of another unit."""
    _check(store, cell, indicator)
    projects = store.record_rows("projects", cell.project_ids)
    names = [str(n) for n in projects["name"]]
    obs_id, source_id = store.next_obs_id(), store.next_source_id()
    source = Source(
        publisher=REGISTRY_PUBLISHER,
        title=f"Roll-up of {cell.projects} project{'s' * (cell.projects != 1)} in the "
        f"Corridor registry: {'; '.join(names)}",
        published=as_of,
        retrieved=as_of,
        dataset="projects",
        kind="derived",
        source_id=source_id,
    )
    period, period_text = _period(cell, as_of)
    obs = Observation(
        indicator,
        period,
        cell.capacity,
        cell.unit,
        reporter=_only(projects["country"]),
        partner=_only(projects["partner"]),
        subject=cell.technology.replace("_", " "),
        period_text=period_text,
        status=Status.DERIVED,
        source_id=source_id,
        note=_note(cell),
        obs_id=obs_id,
    )
    text = f"Store roll-up {cell.label()} as figure"
    add = AddObservations(pd.DataFrame([obs.as_row()]), pd.DataFrame([source.as_row()]), text)
    links = link_edit(
        store.records, "observations", [obs_id], "projects", list(cell.project_ids), text
    )
    return CompositeEdit([add, links], text, action="add")


def _check(store: ObservationStore, cell: RollupCell, indicator: str) -> None:
    if not cell.project_ids:
        raise ValueError("the roll-up cell counts no project")
    if cell.no_capacity >= cell.projects or math.isnan(cell.capacity):
        raise ValueError(f"none of the projects of {cell.label()} has a capacity in {cell.unit}")
    catalogue = store.indicators
    units = {} if catalogue.empty else dict(zip(catalogue["code"], catalogue["unit"], strict=True))
    if indicator not in units:
        raise ValueError(f"{indicator!r} is not in the indicator catalogue")
    if units[indicator] != cell.unit:
        raise ValueError(
            f"{indicator} is measured in {units[indicator]}, the roll-up in {cell.unit}"
        )


def _period(cell: RollupCell, as_of: str) -> tuple[Period, str]:
    if cell.year is not None:
        words = "signed" if cell.stage == ProjectStage.AGREEMENT else cell.stage
        return Period(month_index(cell.year, 1), month_index(cell.year, 12)), (
            f"{words} in {cell.year}"
        )
    months = date_months(as_of[:7])
    if months is None:
        raise ValueError(f"{as_of!r} is not a date")
    return Period(months[0], months[0], point=True), f"as of {as_of[:7]} (status {cell.stage})"


def _only(values: pd.Series) -> str:
    """The one value all projects share ('' when they differ)."""
    distinct = {str(v) for v in values}
    return distinct.pop() if len(distinct) == 1 else ""


def _note(cell: RollupCell) -> str:
    total = format_quantity(cell.capacity, cell.unit)
    text = f"Derived from the project registry ({cell.label()}): {cell.projects} projects, {total}"
    if cell.no_capacity:
        text += f"; {cell.no_capacity} without a capacity in {cell.unit}, not summed"
    return text + "."


def counted_statements(
    records: dict[str, pd.DataFrame], source_labels: dict[int, str]
) -> list[tuple[int, str]]:
    """(claim id, sentence) for each stored sum/count claim of capacity: what the source counts, and
    which of those projects the registry knows ("The source counts 5 projects (1,570 MW in
    all) but names none, …"). Members are the projects linked to the claim or to the
    figure stated with it; unknown members are counted, never named."""
    return [
        (claim_id, f"{label}, “{what}”: {m.sentence()}")
        for claim_id, label, what, m in counted_memberships(records, source_labels)
    ]


def counted_memberships(
    records: dict[str, pd.DataFrame], source_labels: dict[int, str]
) -> list[tuple[int, str, str, Membership]]:
    """(claim id, source label, what is counted, membership) of each sum/count claim of
    capacity, for a caller that words them itself (the desk, in its language)."""
    claims = records["claims"]
    out: list[tuple[int, str, str, Membership]] = []
    for c in claims[claims["claim_type"] == "sum_count"].to_dict("records"):
        params = claim_params(str(c["params"]))
        count = params.get("count")
        total = params.get("total")
        unit = str(params.get("total_unit") or c["unit"] or "")
        if unit != "MW":
            continue  # counts of other things (aid projects, companies) are not this registry's
        ids = projects_of(records["links"], int(c["claim_id"]), int(c["obs_id"]))
        m = membership_of(
            records,
            ids,
            int(count) if isinstance(count, int | float) else None,
            float(total) if isinstance(total, int | float) else math.nan,
            unit,
        )
        what = str(params.get("of") or "projects")
        label = source_labels.get(int(c["source_id"]), "a source")
        out.append((int(c["claim_id"]), label, what, m))
    return out
