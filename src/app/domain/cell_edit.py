"""Edit rules of the observation table: text typed into a cell -> a reversible edit.

One set of rules for every place a person types a figure: the table model's ``setData``
calls :func:`cell_edit`, and the Add dialog reads its fields through :func:`parse_cell`,
so both refuse the same things (unreadable numbers, a negative figure in a unit that
cannot be negative, unknown periods, qualifiers, statuses, indicators, countries and
sources). A refusal is a ``ValueError`` whose message is meant for the user.

Rules that need the workspace (the catalogue for an indicator, the sources for a source,
the places a file brought for a reporter) take the store; the others read text alone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from app.domain.countries import REGIONS, all_countries, to_alpha3
from app.domain.edits import AddSource, CompositeEdit, Edit, SetValues
from app.domain.model import Qualifier, Source, Status
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


#: words before a reported change, as people type them (longest first when matched)
CHANGE_BOUNDS = {
    "more than": "more_than",
    "over": "more_than",
    "above": "more_than",
    "exceeding": "more_than",
    ">": "more_than",
    "less than": "less_than",
    "under": "less_than",
    "below": "less_than",
    "<": "less_than",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "some": "about",
    "~": "about",
    "≈": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "up to": "up_to",
    "≤": "up_to",
}
_CHANGE = re.compile(
    r"^(?P<num>[-+−–]?\s*\d[\d\s\u00a0\u202f,.]*)\s*"
    r"(?P<unit>%|pct|percent|per\s*cent|times|fold|[×x])?\s*$",
    re.IGNORECASE,
)


def parse_change(text: str) -> tuple[float, str, str]:
    """A reported change as typed: "+20 %", "more than 15 %", "−3.2 %", "2.5 times" ->
    (value, unit '%' or 'times', qualifier); '' -> (NaN, '', '') (the change is cleared).
    A bare number is a percent change, as the press writes growth."""
    rest = text.strip()
    if not rest:
        return math.nan, "", ""
    qualifier = "exact"
    lowered = rest.lower()
    for words in sorted(CHANGE_BOUNDS, key=len, reverse=True):
        if lowered.startswith(words) and (not words[-1].isalpha() or _word_ends(rest, words)):
            qualifier, rest = CHANGE_BOUNDS[words], rest[len(words) :].strip()
            break
    m = _CHANGE.match(rest)
    if not m:
        raise ValueError(
            f"{text!r} is not a reported change (try +20 %, more than 15 %, −3.2 %, 2.5 times)"
        )
    number = re.sub(r"[\s\u00a0\u202f]", "", m["num"]).replace("−", "-").replace("–", "-")
    value = parse_number(number.lstrip("+"))
    unit = "times" if (m["unit"] or "%").lower() in ("times", "fold", "×", "x") else "%"
    if unit == "times" and value <= 0:
        raise ValueError(f"{text!r}: a multiple must be above zero")
    return value, unit, qualifier


def _word_ends(text: str, words: str) -> bool:
    return len(text) == len(words) or not text[len(words)].isalpha()


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


def _subject(text: str, _unit: str) -> CellChange:
    return CellChange({"subject": text}, f"Set subject to {text}" if text else "Clear subject")


def _change(text: str, _unit: str) -> CellChange:
    value, unit, qualifier = parse_change(text)
    fields = {"change_value": value, "change_unit": unit, "change_qualifier": qualifier}
    return CellChange(fields, f"Set reported change to {text}" if text else "Clear reported change")


#: the columns a person may type into without the workspace, each with its rule
RULES: dict[str, Callable[[str, str], CellChange]] = {
    "period": _period,
    "value": _value,
    "qualifier": _choice("qualifier"),
    "status": _choice("status"),
    "note": _note,
    "subject": _subject,
    "change": _change,
}


def indicator_code(store: ObservationStore, text: str) -> str:
    """The catalogue code ``text`` names: a code, a name, or "Name (code)" as a list shows
    it; refused when the catalogue has no such indicator."""
    names = store.indicator_names()
    m = re.fullmatch(r".*\((?P<code>[^()]+)\)\s*", text)
    for candidate in (text, m["code"] if m else ""):
        if candidate in names:
            return candidate
    by_name = {name.casefold(): code for code, name in names.items()}
    by_code = {code.casefold(): code for code in names}
    hit = by_code.get(text.casefold()) or by_name.get(text.casefold())
    if hit is None:
        raise ValueError(f"{text!r} is not an indicator of the catalogue")
    return hit


def place_code(store: ObservationStore, text: str, allow_empty: bool) -> str:
    """An ISO 3166 alpha-3 (or region) code from a code or a country's name, or a code the
    workspace already uses (a file's own entity, kept as it wrote it)."""
    if not text:
        if allow_empty:
            return ""
        raise ValueError("a reporter is needed: whose statistics or statement is this?")
    m = re.fullmatch(r"(?P<code>[A-Za-z0-9_]{2,})\s*(?:[—–-].*|\(.*\))?", text)
    code = to_alpha3(m["code"]) if m else None
    if code is None:
        wanted = text.casefold()
        names = [*all_countries(), *REGIONS.items()]
        code = next((c for c, name in names if name.casefold() == wanted), None)
    if code is None and m is not None:
        known = store.records.get("entities")
        used = set(known["code"].astype(str)) if known is not None and len(known) else set()
        code = m["code"] if m["code"] in used else None
    if code is None:
        raise ValueError(f"{text!r} is not an ISO 3166 country code or name")
    return code


def source_of(store: ObservationStore, text: str) -> int:
    """A source of the workspace by its id (the source picker hands the id)."""
    try:
        source_id = int(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a source of this workspace") from None
    if not (store.sources["source_id"] == source_id).any():
        raise ValueError(f"source {source_id} is not in this workspace")
    return source_id


def _store_rule(column: str, store: ObservationStore, text: str) -> CellChange:
    if column == "indicator":
        code = indicator_code(store, text)
        return CellChange({"indicator": code}, f"Set indicator to {code}")
    if column in ("reporter", "partner"):
        code = place_code(store, text, allow_empty=column == "partner")
        return CellChange({column: code}, f"Set {column} to {code}" if code else "Clear partner")
    source_id = source_of(store, text)
    return CellChange({"source_id": source_id}, f"Set source to {source_id}")


#: the columns whose rule reads the workspace (catalogue, sources, places)
STORE_COLUMNS = frozenset({"indicator", "reporter", "partner", "source"})


def parse_cell(
    column: str, text: str, unit: str = "", store: ObservationStore | None = None
) -> CellChange:
    """The fields ``text`` typed into ``column`` sets (``unit``: the figure's unit, for the
    sign rule; ``store``: the workspace, for the columns of :data:`STORE_COLUMNS`); raises
    ValueError with a user message if the text is refused."""
    if column in STORE_COLUMNS and store is not None:
        return _store_rule(column, store, text.strip())
    rule = RULES.get(column)
    if rule is None:
        raise ValueError(f"the {column} column cannot be edited")
    return rule(text.strip(), unit)


def cell_edit(store: ObservationStore, obs_id: int, column: str, text: str) -> SetValues | None:
    """The edit that typing ``text`` into ``column`` of observation ``obs_id`` makes, or
    None when the text leaves the stored fields as they are (nothing to undo)."""
    change = parse_cell(column, text, _plain(store.get(obs_id, "unit")), store)
    return fields_edit(store, obs_id, change.fields, change.text)


def fields_edit(
    store: ObservationStore, obs_id: int, fields: Mapping[str, Any], text: str
) -> SetValues | None:
    """Set ``fields`` of one observation as one edit (None when nothing would change):
    the value editor sets a value and the unit a "did you mean" answer chose together."""
    old = {c: _stored(c, store.get(obs_id, c)) for c in fields}
    if all(_same(old[c], new) for c, new in fields.items()):
        return None
    return SetValues([obs_id], {c: ([old[c]], [new]) for c, new in fields.items()}, text)


#: what a new source must look like: a date as ISO, a language as ISO 639-1
_PUBLISHED = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")


class SourceFieldError(ValueError):
    """A field of a new source is refused; ``field`` names it (for a form to point at)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def source_fields(fields: Mapping[str, str]) -> dict[str, str]:
    """The fields of a new source, trimmed and checked: a publisher or a URL (every figure
    is sourced), a date as ISO, a language as ISO 639-1; ValueError says what is wrong."""
    names = [f.name for f in dataclasses.fields(Source) if f.name != "source_id"]
    row = {k: str(fields.get(k, "")).strip() for k in names}
    if not row["publisher"] and not row["url"]:
        raise SourceFieldError(
            "publisher", "give at least a publisher or a URL: every figure is sourced"
        )
    if row["published"] and not _PUBLISHED.match(row["published"]):
        raise SourceFieldError(
            "published", f"{row['published']!r} is not a date (YYYY-MM-DD, or YYYY-MM)"
        )
    row["language"] = row["language"].lower()
    if row["language"] and not _LANGUAGE.match(row["language"]):
        raise SourceFieldError(
            "language", f"{row['language']!r} is not a two-letter language code (en, ru, az, zh)"
        )
    return row


def new_source_edit(
    store: ObservationStore, obs_id: int, fields: Mapping[str, str], today: dt.date
) -> Edit:
    """A new source (publisher, title, url, published, language, quote; ``today`` its
    retrieval date) cited by observation ``obs_id``, as ONE undoable step: the source row
    is added and the figure points at it (undo points it back; the row stays, harmless)."""
    row = source_fields(fields)
    source = Source(
        publisher=row["publisher"],
        title=row["title"],
        url=row["url"],
        published=row["published"],
        speaker=row["speaker"],
        origin=row["origin"],
        language=row["language"],
        quote=row["quote"],
        retrieved=today.isoformat(),
        kind="manual",
        source_id=store.next_source_id(),
    )
    label = source.label()
    assign = fields_edit(store, obs_id, {"source_id": source.source_id}, f"Cite {label}")
    assert assign is not None  # a new id differs from any stored one
    frame = pd.DataFrame([source.as_row()])
    return CompositeEdit([AddSource(frame, f"Add source {label}"), assign], f"Cite {label}")


def _plain(value: Any) -> str:
    """A stored text field as text; a missing category is ''."""
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _stored(column: str, value: Any) -> Any:
    """A stored field as the plain Python value an edit holds."""
    if column in ("period_start", "period_end", "source_id"):
        return int(value)
    if column == "period_point":
        return bool(value)
    if column in ("value", "change_value"):
        return float(value)
    return _plain(value)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    return bool(a == b)
