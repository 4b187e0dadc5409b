"""Edit rules of the observation table: text typed into a cell -> a reversible edit.

One set of rules for every place a person types a figure: the table model's ``setData``
calls :func:`cell_edit`, and the Add dialog reads its fields through :func:`parse_cell`,
so both refuse the same things (unreadable numbers, a negative figure in a unit that
cannot be negative, unknown periods, qualifiers and statuses). A refusal is a
``ValueError`` whose message is meant for the user.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from app.domain.edits import SetValues
from app.domain.model import Qualifier, Status
from app.domain.periods import parse_period
from app.domain.store import ObservationStore
from app.domain.units import UnitError, canonical_unit, parse_number

#: units whose figures may be negative (a growth rate, a balance in percent)
SIGNED_UNITS = frozenset({"percent"})


@dataclass(frozen=True)
class CellChange:
    """What a cell's text sets: stored fields and their new values, and the undo text."""

    fields: dict[str, Any]
    text: str


def allows_negative(unit: str) -> bool:
    """Whether a figure in ``unit`` (canonical, or as printed: "%") can be below zero."""
    try:
        unit = canonical_unit(unit)[0]
    except UnitError:
        unit = unit.strip()
    return unit in SIGNED_UNITS


def parse_value(text: str, unit: str) -> float:
    """A number typed by a person ("2.44 bn", "57k"), refused if ``unit`` forbids its sign."""
    value = parse_number(text)
    if value < 0 and not allows_negative(unit):
        raise ValueError(f"{text!r}: a negative {unit} figure is not possible here")
    return value


def parse_choice(column: str, text: str) -> str:
    """A qualifier or status from its code or its words ("more than" -> "more_than")."""
    allowed = [m.value for m in (Qualifier if column == "qualifier" else Status)]
    words = {v.replace("_", " "): v for v in allowed}
    choice = words.get(text.lower().replace("_", " "), text.lower())
    if choice not in allowed:
        raise ValueError(f"{text!r} is not a {column}; choose one of {', '.join(allowed)}")
    return choice


def _value(text: str, unit: str) -> CellChange:
    return CellChange({"value": parse_value(text, unit)}, f"Set value to {text}")


def _period(text: str, _unit: str) -> CellChange:
    p = parse_period(text)
    return CellChange(
        # a period typed in months, quarters or years: a daily or weekly detail goes
        {
            "period_start": p.start,
            "period_end": p.end,
            "period_point": p.point,
            "period_detail": "",
        },
        f"Set period to {p.label()}",
    )


def _choice(column: str) -> Callable[[str, str], CellChange]:
    def parse(text: str, _unit: str) -> CellChange:
        choice = parse_choice(column, text)
        return CellChange({column: choice}, f"Set {column} to {choice}")

    return parse


def _note(text: str, _unit: str) -> CellChange:
    return CellChange({"note": text}, "Edit note")


#: the columns a person may type into, each with its rule
RULES: dict[str, Callable[[str, str], CellChange]] = {
    "period": _period,
    "value": _value,
    "qualifier": _choice("qualifier"),
    "status": _choice("status"),
    "note": _note,
}


def parse_cell(column: str, text: str, unit: str = "") -> CellChange:
    """The fields ``text`` typed into ``column`` sets (``unit``: the figure's unit, for the
    sign rule); raises ValueError with a user message if the text is refused."""
    rule = RULES.get(column)
    if rule is None:
        raise ValueError(f"the {column} column cannot be edited")
    return rule(text.strip(), unit)


def cell_edit(store: ObservationStore, obs_id: int, column: str, text: str) -> SetValues | None:
    """The edit that typing ``text`` into ``column`` of observation ``obs_id`` makes, or
    None when the text leaves the stored fields as they are (nothing to undo)."""
    change = parse_cell(column, text, _plain(store.get(obs_id, "unit")))
    old = {c: _stored(c, store.get(obs_id, c)) for c in change.fields}
    if all(_same(old[c], new) for c, new in change.fields.items()):
        return None
    return SetValues(
        [obs_id], {c: ([old[c]], [new]) for c, new in change.fields.items()}, change.text
    )


def _plain(value: Any) -> str:
    """A stored text field as text; a missing category is ''."""
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _stored(column: str, value: Any) -> Any:
    """A stored field as the plain Python value an edit holds."""
    if column in ("period_start", "period_end"):
        return int(value)
    if column == "period_point":
        return bool(value)
    if column == "value":
        return float(value)
    return _plain(value)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    return bool(a == b)
