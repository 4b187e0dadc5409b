"""A project form's contents and the edit that makes the registry hold them.

:class:`ProjectForm` is what :class:`app.ui.project_dialog.ProjectDialog` reads; :func:`form_edit`
turns it into one undoable edit: a new project with its rows
(:func:`app.domain.projects.add_project`), or, for an existing one, the changed fields
(:func:`app.domain.projects.set_project_fields`) plus the companies and stages added,
changed or removed. Rows left as they were keep their source and quote.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from app.domain.edits import AddRecords, CompositeEdit, DeleteRecords, Edit, SetRecordValues
from app.domain.projects import add_project, set_project_fields
from app.domain.records import normalise_records

Row = dict[str, Any]
PARTY_FIELDS = ("company", "role", "company_country")
STAGE_FIELDS = ("stage", "date", "expected")


@dataclass
class ProjectForm:
    """What the dialog holds: the project's fields, its companies and stages (a row with
    an id is one that exists; without, a new one)."""

    project: Row
    parties: list[Row] = field(default_factory=list)
    stages: list[Row] = field(default_factory=list)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return bool(a == b)


def form_edit(
    records: dict[str, pd.DataFrame], form: ProjectForm, project_id: int | None
) -> Edit | None:
    """The edit that makes the registry hold ``form`` (None when nothing changed)."""
    if project_id is None:
        return add_project(records, form.project, form.parties, form.stages)
    projects = records["projects"]
    old = projects[projects["project_id"] == project_id].iloc[0]
    changes = {c: v for c, v in form.project.items() if not _same(old[c], v)}
    edits: list[Edit] = [set_project_fields(records, project_id, changes)] if changes else []
    for table, key, rows, fields in (
        ("project_parties", "party_id", form.parties, PARTY_FIELDS),
        ("project_stages", "stage_id", form.stages, STAGE_FIELDS),
    ):
        edits += _child_edits(records, table, key, project_id, rows, fields)
    if not edits:
        return None
    name = form.project.get("name") or old["name"]
    return CompositeEdit(edits, f"Edit project {name}")


def _child_edits(
    records: dict[str, pd.DataFrame],
    table: str,
    key: str,
    project_id: int,
    rows: list[Row],
    fields: tuple[str, ...],
) -> list[Edit]:
    frame = records[table]
    mine = frame[frame["project_id"] == project_id].set_index(key, drop=False)
    kept = {int(r[key]) for r in rows if r.get(key) is not None}
    edits: list[Edit] = []
    gone = mine[~mine[key].isin(kept)]
    if len(gone):
        edits.append(DeleteRecords({table: gone.reset_index(drop=True)}, "remove rows"))
    for r in rows:
        if r.get(key) is None:
            continue
        old = {str(k): v for k, v in mine.loc[int(r[key])].items()}
        columns: dict[str, tuple[Sequence[Any], Sequence[Any]]] = {
            c: ([old[c]], [r[c]]) for c in fields if c in r and not _same(old[c], r[c])
        }
        if columns:
            edits.append(SetRecordValues(table, [int(r[key])], columns, "change row"))
    new = [{**r, "project_id": project_id} for r in rows if r.get(key) is None]
    if new:
        start = int(frame[key].max()) + 1 if len(frame) else 1
        numbered = [{**r, key: start + i} for i, r in enumerate(new)]
        edits.append(AddRecords({table: normalise_records(table, pd.DataFrame(numbered))}, "add"))
    return edits
