"""The project registry: one row per project with its status, companies and sources; roll-ups
of capacity and counts by status, technology and year (what a figure or a claim counts:
:mod:`app.domain.project_members`); and the edits that add, change and remove projects
with everything that hangs on them.

A project's *status* is its latest stage that has happened (expected stages are plans, shown
as "next"); stages without a date sort before dated ones of the same kind. Nothing here is
stored: the overview and the roll-ups are computed from the record tables each time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from app.domain.edits import AddRecords, CompositeEdit, DeleteRecords, Edit, SetRecordValues
from app.domain.records import (
    PROJECT_CHILDREN,
    STAGE_ORDER,
    ProjectStage,
    date_months,
    empty_records,
    normalise_records,
    record_table,
)

OVERVIEW_COLUMNS = (
    "project_id",
    "name",
    "country",
    "partner",
    "technology",
    "capacity",
    "capacity_unit",
    "investment",
    "investment_unit",
    "status",
    "status_date",
    "next_stage",
    "next_date",
    "companies",
    "source_ids",
    "obs_ids",
)

NO_STATUS = "unknown"


def overview(records: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per project (OVERVIEW_COLUMNS), in project_id order.

    Each child table is read once and grouped by project (a mask per project and table
    cost the desk's start-up tens of milliseconds for a dozen projects)."""
    stages = _by_project(records["project_stages"], "stage", "date", "expected", "source_id")
    parties = _by_project(
        records["project_parties"], "company", "role", "company_country", "source_id"
    )
    facts = _by_project(records["project_facts"], "source_id")
    figures = _linked_figures(records["links"])
    rows: list[dict[str, Any]] = []
    for p in records["projects"].to_dict("records"):
        pid = int(p["project_id"])
        own = stages.get(pid, [])
        status, status_date = _latest([(s, d) for s, d, expected, _ in own if not expected])
        nxt, next_date = _earliest_plan([(s, d) for s, d, expected, _ in own if expected], status)
        crew = parties.get(pid, [])
        sids = {int(r[-1]) for r in (*own, *crew, *facts.get(pid, [])) if int(r[-1]) >= 0}
        rows.append(
            {
                "project_id": pid,
                "name": p["name"],
                "country": p["country"],
                "partner": p["partner"],
                "technology": p["technology"],
                "capacity": float(p["capacity"]),
                "capacity_unit": p["capacity_unit"],
                "investment": float(p["investment"]),
                "investment_unit": p["investment_unit"],
                "status": status,
                "status_date": status_date,
                "next_stage": nxt,
                "next_date": next_date,
                "companies": _company_text([r[:3] for r in crew]),
                "source_ids": tuple(sorted(sids)),
                "obs_ids": tuple(sorted(figures.get(str(pid), []))),
            }
        )
    if not rows:
        return pd.DataFrame({c: [] for c in OVERVIEW_COLUMNS})
    return pd.DataFrame(rows, columns=list(OVERVIEW_COLUMNS))


def _by_project(table: pd.DataFrame, *columns: str) -> dict[int, list[tuple[Any, ...]]]:
    """project_id -> the ``columns`` of its rows, in the table's order."""
    out: dict[int, list[tuple[Any, ...]]] = {}
    cols = [table[c].tolist() for c in columns]
    for pid, *values in zip(table["project_id"].tolist(), *cols, strict=True):
        out.setdefault(int(pid), []).append(tuple(values))
    return out


def _linked_figures(links: pd.DataFrame) -> dict[str, list[int]]:
    """Project id (as the links store it) -> ids of the observations linked to it (what
    :func:`linked_ids` gives one project at a time)."""
    hit = ((links["to_table"] == "projects") & (links["from_table"] == "observations")).to_numpy()
    out: dict[str, list[int]] = {}
    for to_id, from_id in zip(
        links["to_id"].to_numpy()[hit].tolist(),
        links["from_id"].to_numpy()[hit].tolist(),
        strict=True,
    ):
        out.setdefault(str(to_id), []).append(int(from_id))
    return out


def _stage_key(stage: str, date: str) -> tuple[int, str]:
    return STAGE_ORDER.get(stage, -1), date or ""


def _latest(stages: list[tuple[Any, Any]]) -> tuple[str, str]:
    """The furthest stage reached (stage, date) of the (stage, date) pairs."""
    if not stages:
        return NO_STATUS, ""
    best = max(stages, key=lambda s: _stage_key(*s))
    return str(best[0]), str(best[1])


def _earliest_plan(plans: list[tuple[Any, Any]], status: str) -> tuple[str, str]:
    """The next planned stage after the current status ('' when none is planned)."""
    done = STAGE_ORDER.get(status, -1)
    ahead = [(str(s), str(d)) for s, d in plans if STAGE_ORDER.get(s, -1) > done]
    if not ahead:
        return "", ""
    return min(ahead, key=lambda s: _stage_key(*s))


def _company_text(parties: Iterable[tuple[Any, Any, Any]]) -> str:
    """ "ACWA Power (developer, SAU); PowerChina HDEC (EPC, CHN)" from (company, role,
    country) rows."""
    parts = []
    for company, role, country in parties:
        tags = ", ".join(t for t in (role_words(str(role)), str(country)) if t)
        parts.append(f"{company} ({tags})" if tags else str(company))
    return "; ".join(dict.fromkeys(parts))


def role_words(role: str) -> str:
    return "EPC" if role == "epc" else role


def linked_ids(
    links: pd.DataFrame, table: str, key: int | str, other: str, *, reverse: bool = True
) -> list[int]:
    """Ids in table ``other`` linked to row ``key`` of ``table``.

    With ``reverse`` (the default) the links point from ``other`` to ``table`` (an
    observation → its project); otherwise from ``table`` to ``other``."""
    if reverse:
        hit = (
            (links["to_table"] == table)
            & (links["to_id"] == str(key))
            & (links["from_table"] == other)
        )
        return [int(i) for i in links.loc[hit, "from_id"]]
    hit = (
        (links["from_table"] == table)
        & (links["from_id"] == int(key))
        & (links["to_table"] == other)
    )
    return [int(i) for i in links.loc[hit, "to_id"] if str(i).lstrip("-").isdigit()]


# --- roll-ups ---------------------------------------------------------------------------


def rollup(
    frame: pd.DataFrame, by: Sequence[str] = ("status", "technology"), unit: str = "MW"
) -> pd.DataFrame:
    """Count and capacity of projects (an :func:`overview` frame, filtered as the user
    chose) by the given columns. Projects of another capacity unit are left out of the
    capacity sum and counted in ``no_capacity``."""
    if frame.empty:
        return pd.DataFrame(columns=[*by, "projects", "capacity", "no_capacity", "project_ids"])
    cap = frame["capacity"].where(frame["capacity_unit"] == unit)
    work = frame.assign(_cap=cap, _missing=cap.isna())
    grouped = work.groupby(list(by), sort=True, dropna=False)
    out = grouped.agg(
        projects=("project_id", "size"),
        capacity=("_cap", "sum"),
        no_capacity=("_missing", "sum"),
        project_ids=("project_id", lambda s: tuple(int(i) for i in s)),
    ).reset_index()
    out["no_capacity"] = out["no_capacity"].astype("int64")
    return out


def capacity_by_year(
    records: dict[str, pd.DataFrame],
    stages: Sequence[str] = (ProjectStage.AGREEMENT, ProjectStage.COMMISSIONED),
    project_ids: Iterable[int] | None = None,
    unit: str = "MW",
) -> pd.DataFrame:
    """Capacity reaching each stage per year ("signed vs commissioned capacity by year"):
    columns year, stage, projects, capacity, project_ids. A project counts once per stage,
    in the year of its first dated, non-expected row of that stage."""
    st = records["project_stages"]
    st = st[st["stage"].isin([str(s) for s in stages]) & ~st["expected"] & (st["date"] != "")]
    if project_ids is not None:
        st = st[st["project_id"].isin([int(i) for i in project_ids])]
    if st.empty:
        return pd.DataFrame(columns=["year", "stage", "projects", "capacity", "project_ids"])
    first = st.sort_values("date").drop_duplicates(["project_id", "stage"])
    projects = records["projects"].set_index("project_id")
    cap = projects["capacity"].where(projects["capacity_unit"] == unit)
    first = first.assign(
        year=first["date"].str.slice(0, 4).astype(int),
        capacity=first["project_id"].map(cap).astype("float64"),
    )
    return (
        first.groupby(["year", "stage"], sort=True)
        .agg(
            projects=("project_id", "size"),
            capacity=("capacity", "sum"),
            project_ids=("project_id", lambda s: tuple(int(i) for i in s)),
        )
        .reset_index()
    )


# --- edits ------------------------------------------------------------------------------


def _frame(table: str, rows: Sequence[dict[str, Any]], first_id: int) -> pd.DataFrame:
    key = record_table(table).key
    numbered = [{**r, key: first_id + i} for i, r in enumerate(rows)]
    return normalise_records(table, pd.DataFrame(numbered)) if rows else empty_records(table)


def add_project(
    records: dict[str, pd.DataFrame],
    project: dict[str, Any],
    parties: Sequence[dict[str, Any]] = (),
    stages: Sequence[dict[str, Any]] = (),
    facts: Sequence[dict[str, Any]] = (),
    links: Sequence[dict[str, Any]] = (),
) -> Edit:
    """One undoable edit adding a project with its companies, stages, facts and links
    (ids are assigned here; children get the new project's id)."""
    pid = _next(records, "projects")
    rows = {"projects": _frame("projects", [project], pid)}
    for table, items in (
        ("project_parties", parties),
        ("project_stages", stages),
        ("project_facts", facts),
    ):
        rows[table] = _frame(
            table, [{**r, "project_id": pid} for r in items], _next(records, table)
        )
    rows["links"] = _frame(
        "links",
        [{**lk, "to_table": "projects", "to_id": str(pid)} for lk in links],
        _next(records, "links"),
    )
    return AddRecords(rows, f"Add project {project.get('name', pid)}")


def _next(records: dict[str, pd.DataFrame], table: str) -> int:
    key = record_table(table).key
    frame = records[table]
    return int(frame[key].max()) + 1 if len(frame) else 1


def delete_projects(records: dict[str, pd.DataFrame], project_ids: Iterable[int]) -> Edit:
    """Remove projects with their companies, stages, facts and links (undo restores all)."""
    ids = [int(i) for i in project_ids]
    rows = {"projects": records["projects"][records["projects"]["project_id"].isin(ids)]}
    for table in PROJECT_CHILDREN:
        frame = records[table]
        rows[table] = frame[frame["project_id"].isin(ids)]
    links = records["links"]
    as_text = [str(i) for i in ids]
    rows["links"] = links[
        ((links["to_table"] == "projects") & links["to_id"].isin(as_text))
        | ((links["from_table"] == "projects") & links["from_id"].isin(ids))
    ]
    names = ", ".join(str(n) for n in rows["projects"]["name"].head(3))
    more = "…" if len(ids) > 3 else ""
    return DeleteRecords(rows, f"Delete project{'s' if len(ids) > 1 else ''} {names}{more}")


def set_project_fields(
    records: dict[str, pd.DataFrame], project_id: int, changes: dict[str, Any]
) -> Edit:
    """Change fields of one project (name, capacity, technology, ...)."""
    row = records["projects"][records["projects"]["project_id"] == int(project_id)]
    if row.empty:
        raise KeyError(f"no project {project_id}")
    columns: dict[str, tuple[Sequence[Any], Sequence[Any]]] = {
        c: ([row[c].iat[0]], [v]) for c, v in changes.items()
    }
    name = row["name"].iat[0]
    return SetRecordValues("projects", [int(project_id)], columns, f"Edit project {name}")


def link_edit(
    records: dict[str, pd.DataFrame],
    from_table: str,
    from_ids: Sequence[int],
    to_table: str,
    to_ids: Sequence[int | str],
    text: str,
) -> Edit:
    """Link each of ``from_ids`` to each of ``to_ids`` (pairs already linked are skipped)."""
    links = records["links"]
    have = set(
        zip(
            links["from_table"],
            links["from_id"].astype(int),
            links["to_table"],
            links["to_id"],
            strict=True,
        )
    )
    new = [
        {"from_table": from_table, "from_id": int(f), "to_table": to_table, "to_id": str(t)}
        for f in from_ids
        for t in to_ids
        if (from_table, int(f), to_table, str(t)) not in have
    ]
    if not new:
        return CompositeEdit([], text)
    return AddRecords({"links": _frame("links", new, _next(records, "links"))}, text)


def stage_months(stages: pd.DataFrame) -> np.ndarray:
    """First month index of each stage's date (-1 where undated or unreadable)."""
    out = np.full(len(stages), -1, dtype="int64")
    for i, d in enumerate(stages["date"]):
        months = date_months(str(d))
        if months:
            out[i] = months[0]
    return out
