"""Saved views: a named state of the desk (pair, table filters and sort, the charted
indicator, chart mode and range, the state of other panels), kept in the workspace's
``views`` record table (schema 4) as a JSON object.

A view is plain data (:class:`SavedView`); the GUI fills and applies it
(:mod:`app.ui.view_actions`), the CLI reads which figures it selects
(:mod:`app.services.views`). Saving, renaming and deleting are each one undoable edit.

The JSON object, version 1::

    {"version": 1, "pair": ["CHN", "AZE"],
     "table": {"text": "", "sort": [["period", false]], "filters": [{"column": ...}],
               "indicator": "trade_turnover", "first_month": null, "last_month": null},
     "chart": {"same_period": false, "window": null, "x": null, "y": null},
     "panels": {"pivot": {...}}}
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from app.domain.edits import AddRecords, DeleteRecords, Edit, SetRecordValues
from app.domain.records import normalise_records
from app.domain.view import DEFAULT_SORT, SORTABLE, ViewSpec
from app.domain.view_filters import ColumnFilter

VERSION = 1


class ViewNotFound(LookupError):
    """No saved view of that name; the message lists the names there are."""


@dataclass(frozen=True)
class SavedView:
    """A named view. ``table`` holds text, sort, column filters, the charted indicator and
    the year range; ``chart`` the chart panel's state; ``panels`` other panels' states by
    panel name (whatever their ``state()`` returned: JSON-able dicts)."""

    name: str
    pair: tuple[str, str] | None = None
    table: dict[str, Any] = field(default_factory=dict)
    chart: dict[str, Any] = field(default_factory=dict)
    panels: dict[str, dict[str, Any]] = field(default_factory=dict)
    note: str = ""

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": VERSION,
                "pair": list(self.pair) if self.pair else None,
                "table": self.table,
                "chart": self.chart,
                "panels": self.panels,
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, name: str, text: str, note: str = "") -> SavedView:
        """The view stored as ``text`` (ValueError naming the view if it cannot be read)."""
        try:
            data = json.loads(text) if text else {}
        except ValueError as exc:
            raise ValueError(f"the saved view {name!r} is not readable: {exc}") from None
        if not isinstance(data, dict):
            raise ValueError(f"the saved view {name!r} is not a JSON object")
        if int(data.get("version", VERSION)) > VERSION:
            raise ValueError(f"the saved view {name!r} is of a newer Corridor")
        pair = data.get("pair")
        return cls(
            name=name,
            pair=(str(pair[0]), str(pair[1])) if pair else None,
            table=dict(data.get("table") or {}),
            chart=dict(data.get("chart") or {}),
            panels={str(k): dict(v) for k, v in (data.get("panels") or {}).items()},
            note=note,
        )

    # --- the table's part -----------------------------------------------------------------

    @property
    def indicator(self) -> str:
        """The indicator charted when the view was saved ('' for none)."""
        return str(self.table.get("indicator") or "")

    @property
    def filters(self) -> tuple[ColumnFilter, ...]:
        return tuple(ColumnFilter.from_dict(f) for f in self.table.get("filters") or ())

    def spec(self, base: ViewSpec | None = None) -> ViewSpec:
        """The table's :class:`ViewSpec`: the pair, text, sort, years and column filters."""
        t = self.table
        sort = tuple(
            (str(c), bool(asc)) for c, asc in t.get("sort") or DEFAULT_SORT if c in SORTABLE
        )
        return ViewSpec(
            pair=self.pair if self.pair else (base.pair if base else None),
            text=str(t.get("text") or ""),
            sort=sort or DEFAULT_SORT,
            first_month=_month(t.get("first_month")),
            last_month=_month(t.get("last_month")),
            column_filters=self.filters,
        )

    def describe(self, names: Mapping[str, str] | None = None) -> str:
        """What the view selects, in words: "pair CHN–AZE; indicator: Trade turnover;
        value: ≥ 1 bn; text “customs”" (or "all figures of the pair")."""
        parts = [f"pair {self.pair[0]}–{self.pair[1]}"] if self.pair else []
        parts += [f"{f.column}: {f.describe(names)}" for f in self.filters]
        spec = self.spec()
        first, last = spec.first_month, spec.last_month
        if first is not None or last is not None:
            since = f" from {first // 12}" if first is not None else ""
            until = f" to {last // 12}" if last is not None else ""
            parts.append(f"periods reaching into the years{since}{until}")
        if spec.text.strip():
            parts.append(f"text “{spec.text.strip()}”")
        return (
            "; ".join(parts)
            if len(parts) > 1 or not self.pair
            else f"all figures of the {parts[0]}"
        )


def _month(value: Any) -> int | None:
    return None if value is None else int(value)


def table_state(spec: ViewSpec, indicator: str = "") -> dict[str, Any]:
    """The table's part of a view from the spec it shows (JSON-able)."""
    return {
        "text": spec.text,
        "sort": [[c, asc] for c, asc in spec.sort],
        "filters": [f.to_dict() for f in spec.column_filters],
        "indicator": indicator,
        "first_month": spec.first_month,
        "last_month": spec.last_month,
    }


# --- the stored views -------------------------------------------------------------------


def saved_views(records: Mapping[str, pd.DataFrame]) -> list[SavedView]:
    """Every stored view, by name (case-insensitively); unreadable ones left out."""
    out = []
    for row in _views(records).to_dict("records"):
        try:
            out.append(SavedView.from_json(str(row["name"]), str(row["spec"]), str(row["note"])))
        except ValueError:
            continue
    return sorted(out, key=lambda v: v.name.casefold())


def view_names(records: Mapping[str, pd.DataFrame]) -> list[str]:
    return sorted((str(n) for n in _views(records)["name"]), key=str.casefold)


def stored_view(records: Mapping[str, pd.DataFrame], name: str) -> SavedView | None:
    """The view called ``name`` (case-insensitively), None if there is none."""
    row = _row(records, name)
    if row is None:
        return None
    return SavedView.from_json(str(row["name"]), str(row["spec"]), str(row["note"]))


def save_view(
    records: Mapping[str, pd.DataFrame], view: SavedView, today: dt.date | None = None
) -> Edit:
    """One undoable edit storing ``view``: a new row, or the row of that name overwritten."""
    name = _checked_name(view.name)
    row = _row(records, name)
    day = (today or dt.date.today()).isoformat()
    if row is not None:
        columns: dict[str, tuple[Sequence[Any], Sequence[Any]]] = {
            "spec": ([row["spec"]], [view.to_json()]),
            "created": ([row["created"]], [day]),
            "note": ([row["note"]], [view.note]),
        }
        return SetRecordValues("views", [int(row["view_id"])], columns, f"Overwrite view “{name}”")
    frame = _views(records)
    new = {
        "view_id": int(frame["view_id"].max()) + 1 if len(frame) else 1,
        "name": name,
        "spec": view.to_json(),
        "created": day,
        "note": view.note,
    }
    return AddRecords(
        {"views": normalise_records("views", pd.DataFrame([new]))}, f"Save view “{name}”"
    )


def rename_view(records: Mapping[str, pd.DataFrame], old: str, new: str) -> Edit:
    row = _existing(records, old)
    name = _checked_name(new)
    other = _row(records, name)
    if other is not None and int(other["view_id"]) != int(row["view_id"]):
        raise ValueError(f"a view called “{other['name']}” exists already")
    return SetRecordValues(
        "views", [int(row["view_id"])], {"name": ([row["name"]], [name])}, f"Rename view “{old}”"
    )


def delete_view(records: Mapping[str, pd.DataFrame], name: str) -> Edit:
    row = _existing(records, name)
    frame = _views(records)
    return DeleteRecords(
        {"views": frame[frame["view_id"] == int(row["view_id"])]}, f"Delete view “{row['name']}”"
    )


def _views(records: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    frame = records.get("views")
    return frame if frame is not None else normalise_records("views", pd.DataFrame())


def _row(records: Mapping[str, pd.DataFrame], name: str) -> dict[str, Any] | None:
    frame = _views(records)
    hit = frame[frame["name"].astype(str).str.casefold() == name.strip().casefold()]
    return None if hit.empty else dict(hit.iloc[0])


def _existing(records: Mapping[str, pd.DataFrame], name: str) -> dict[str, Any]:
    row = _row(records, name)
    if row is None:
        raise ViewNotFound(missing_view_message(name, view_names(records)))
    return row


def missing_view_message(name: str, names: list[str]) -> str:
    """ "no saved view 'X' (saved views: A, B)" — or that there are none."""
    known = ", ".join(names) if names else "none yet"
    return f"no saved view {name!r} (saved views: {known})"


def _checked_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise ValueError("a view needs a name")
    return clean
