"""A project form's contents and the edit that makes the registry hold them.

:class:`ProjectForm` is what :class:`app.ui.project_dialog.ProjectDialog` reads; :func:`form_edit`
turns it into one undoable edit: a new project with its rows
(:func:`app.domain.projects.add_project`), or, for an existing one, the changed fields
(:func:`app.domain.projects.set_project_fields`) plus the companies and stages added,
changed or removed. Rows left as they were keep their source and quote. The typed values are
read here too (:func:`country_code`, :func:`quantity`), with what is wrong in the desk's
language.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from app.domain.countries import to_alpha3
from app.domain.edits import AddRecords, CompositeEdit, DeleteRecords, Edit, SetRecordValues
from app.domain.projects import add_project, set_project_fields
from app.domain.records import normalise_records
from app.domain.units import UnitError, canonical_unit, parse_number, scaled
from app.qt.i18n import translate

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


def number_text(value: float) -> str:
    """ "240", "300 mn" (read back by parse_number)."""
    if math.isnan(value):
        return ""
    number, word = scaled(value)
    return f"{number:,.10g} {word}".strip()


def country_code(label: str, text: str) -> str:
    """The ISO alpha-3 code of a typed country ('' when blank); ``label`` names the field
    in the error."""
    text = text.strip()
    if not text:
        return ""
    code = to_alpha3(text)
    if code is None:
        message = translate("project_form", "{field}: {text} is not an ISO 3166 country code")
        raise ValueError(message.format(field=label, text=repr(text)))
    return code


def quantity(label: str, text: str, unit: str) -> tuple[float, str]:
    """A typed amount in the canonical unit: "1 GW" is 1,000 MW; blank is none."""
    unit = unit.strip()
    if not text.strip():
        return math.nan, unit
    try:
        value = parse_number(text)
        canonical, factor = canonical_unit(unit) if unit else ("", 1.0)
    except UnitError as exc:
        message = translate("project_form", "{field}: {error}")
        raise ValueError(message.format(field=label, error=exc)) from exc
    return value * factor, canonical
