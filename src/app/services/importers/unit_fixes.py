"""Units a file wrote that Corridor does not know, fixed per series before the import.

A file may write a unit no table of ours knows ("CP_MEUR", "Tsd. EUR"). The row is kept with
the unit as written and a warning; the preview (and ``corridor import --unit``) lists each
series with such a unit and lets the user say what it is ("EUR mn"): its values are scaled
and its unit set before the import is planned, so the workspace never holds the guess.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd

from app.domain.units import CANONICAL_UNITS
from app.services.importers.formats.distinct import coded_texts
from app.services.importers.problems import ImportResult, Problem, Severity
from app.services.importers.unitmap import portal_unit

UNKNOWN_UNIT_COLUMNS = ("indicator", "unit", "rows")


def is_known_unit(unit: str) -> bool:
    return unit in CANONICAL_UNITS or portal_unit(unit) is not None or unit == ""


def unknown_units(result: ImportResult) -> pd.DataFrame:
    """One row per (indicator, unit as written) whose unit is not known, with its row count."""
    obs = result.observations
    if obs.empty:
        return pd.DataFrame(columns=list(UNKNOWN_UNIT_COLUMNS))
    obs = obs[_unknown_rows(obs["unit"])]  # few rows or none: only theirs become text
    counts = (
        pd.DataFrame({"indicator": obs["indicator"].astype(str), "unit": obs["unit"].astype(str)})
        .value_counts(sort=False)
        .reset_index(name="rows")
    )
    return counts.sort_values(["indicator", "unit"]).reset_index(drop=True)


def _unknown_rows(unit: pd.Series) -> np.ndarray:
    """Per row: is its unit (as text) not known? Asked once per distinct unit (a missing
    one too: ``value_counts`` leaves its rows out as it always did)."""
    codes, labels = coded_texts(unit)
    unknown = np.array([not (isinstance(t, str) and is_known_unit(t)) for t in labels], bool)
    return unknown[codes] if len(unknown) else np.zeros(len(unit), dtype=bool)


def parse_fix(text: str) -> tuple[str, float]:
    """(canonical unit, factor) for what the user typed; ValueError naming the text."""
    hit = portal_unit(text.strip())
    if hit is None:
        raise ValueError(
            f"unit {text.strip()!r} is not one Corridor knows (e.g. 'USD mn', 'EUR', "
            "'persons', 'percent', 'thousand persons', 'MW')"
        )
    return hit


def apply_unit_fixes(result: ImportResult, fixes: dict[tuple[str, str], str]) -> ImportResult:
    """A copy of ``result`` whose series (indicator, unit as written) take the units typed
    for them: values scaled, unit replaced, one note per fix. ValueError for a bad unit."""
    fixes = {k: v for k, v in fixes.items() if v.strip()}
    if not fixes:
        return result
    obs = result.observations.copy()
    ind = obs["indicator"].astype(str).to_numpy()
    unit = obs["unit"].astype(str).to_numpy(dtype=object)
    value = obs["value"].to_numpy(dtype="float64").copy()
    notes: list[Problem] = []
    for (indicator, written), typed in fixes.items():
        canonical, factor = parse_fix(typed)
        rows = (ind == indicator) & (unit == written)
        value[rows] *= factor
        unit = np.where(rows, canonical, unit)
        notes.append(
            Problem(
                result.source.title,
                None,
                "unit",
                f"{indicator}: unit {written!r} read as {typed.strip()!r} ({canonical}"
                + (f" × {factor:g}" if factor != 1 else "")
                + ") as you set it",
                Severity.INFO,
                int(rows.sum()),
            )
        )
    obs["value"] = value
    obs["unit"] = pd.Categorical(unit.astype(str))
    return dataclasses.replace(result, observations=obs, problems=[*result.problems, *notes])
