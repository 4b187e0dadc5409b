"""Events on the timeline: visits, agreements, forums, openings, sanctions, tariff changes,
crises, and the user's own annotations (an event of type ``annotation`` with no source).

Charts and briefings read :func:`events_for`; dialogs change events through
:func:`add_event`, :func:`delete_events` and :func:`set_event_fields`, each one undoable edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from app.domain.edits import AddRecords, DeleteRecords, Edit, SetRecordValues
from app.domain.records import EventType, date_months, normalise_records

EVENT_TYPE_WORDS: dict[str, str] = {
    EventType.VISIT: "visit",
    EventType.AGREEMENT: "agreement",
    EventType.FORUM: "forum",
    EventType.OPENING: "opening",
    EventType.SANCTION: "sanction",
    EventType.TARIFF: "tariff change",
    EventType.CRISIS: "crisis",
    EventType.ANNOTATION: "annotation",
}


def events_for(
    records: dict[str, pd.DataFrame],
    countries: Sequence[str] = (),
    types: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Events involving all of ``countries`` (annotations always), of the given types, in
    date order, with month indices ``start_month``/``end_month`` (-1 when undated)."""
    ev = records["events"]
    if types is not None:
        ev = ev[ev["event_type"].isin([str(t) for t in types])]
    if countries:
        sets = ev["countries"].str.split()
        wanted = set(countries)
        involved = sets.map(lambda cs: wanted <= set(cs))
        ev = ev[involved | (ev["event_type"] == EventType.ANNOTATION)]
    months = [
        _months(str(a), str(b)) for a, b in zip(ev["date_start"], ev["date_end"], strict=True)
    ]
    out = ev.assign(
        start_month=np.asarray([m[0] for m in months], dtype="int64"),
        end_month=np.asarray([m[1] for m in months], dtype="int64"),
    )
    return out.sort_values(["date_start", "event_id"], kind="stable").reset_index(drop=True)


def _months(start: str, end: str) -> tuple[int, int]:
    first = date_months(start)
    last = date_months(end) if end else first
    if first is None:
        return -1, -1
    return first[0], (last or first)[1]


def date_text(start: str, end: str) -> str:
    """ "2025-04-22" or "2025-04-22 – 2025-04-24"."""
    return f"{start} – {end}" if end and end != start else start


def event_line(event: pd.Series | dict[str, Any], source_label: str = "") -> str:
    """One dated line for a briefing: "2026-01-08 — opening: Khizi-Absheron … (News.az)"."""
    kind = EVENT_TYPE_WORDS.get(str(event["event_type"]), str(event["event_type"]))
    when = date_text(str(event["date_start"]), str(event["date_end"]))
    tail = f" ({source_label})" if source_label else ""
    return f"{when} — {kind}: {event['title']}{tail}"


def _next_id(frame: pd.DataFrame, key: str) -> int:
    return int(frame[key].max()) + 1 if len(frame) else 1


def add_event(
    records: dict[str, pd.DataFrame],
    fields: dict[str, Any],
    project_ids: Sequence[int] = (),
    indicators: Sequence[str] = (),
) -> Edit:
    """One undoable edit adding an event (or annotation) and its links."""
    if date_months(str(fields.get("date_start", ""))) is None:
        raise ValueError(
            f"the event date {fields.get('date_start', '')!r} is not YYYY, YYYY-MM or YYYY-MM-DD"
        )
    end = str(fields.get("date_end", "") or "")
    if end and date_months(end) is None:
        raise ValueError(f"the end date {end!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    if end and end < str(fields["date_start"]):
        raise ValueError(f"the event ends ({end}) before it starts ({fields['date_start']})")
    eid = _next_id(records["events"], "event_id")
    row = {"source_id": -1, "event_type": EventType.ANNOTATION, **fields, "event_id": eid}
    links = [("projects", str(p)) for p in project_ids] + [
        ("indicators", str(i)) for i in indicators
    ]
    first_link = _next_id(records["links"], "link_id")
    link_rows = pd.DataFrame(
        {
            "link_id": [first_link + i for i in range(len(links))],
            "from_table": "events",
            "from_id": eid,
            "to_table": [t for t, _ in links],
            "to_id": [i for _, i in links],
        }
    )
    rows = {
        "events": normalise_records("events", pd.DataFrame([row])),
        "links": normalise_records("links", link_rows),
    }
    kind = "annotation" if row["event_type"] == EventType.ANNOTATION else "event"
    return AddRecords(rows, f"Add {kind} “{row.get('title', '')}”")


def delete_events(records: dict[str, pd.DataFrame], event_ids: Iterable[int]) -> Edit:
    ids = [int(i) for i in event_ids]
    events = records["events"][records["events"]["event_id"].isin(ids)]
    links = records["links"]
    mine = links[(links["from_table"] == "events") & links["from_id"].isin(ids)]
    titles = ", ".join(f"“{t}”" for t in events["title"].head(2))
    return DeleteRecords({"events": events, "links": mine}, f"Delete {titles}")


def set_event_fields(
    records: dict[str, pd.DataFrame], event_id: int, changes: dict[str, Any]
) -> Edit:
    row = records["events"][records["events"]["event_id"] == int(event_id)]
    if row.empty:
        raise KeyError(f"no event {event_id}")
    columns: dict[str, tuple[Sequence[Any], Sequence[Any]]] = {
        c: ([row[c].iat[0]], [v]) for c, v in changes.items()
    }
    return SetRecordValues("events", [int(event_id)], columns, f"Edit “{row['title'].iat[0]}”")
