"""The Projects view's details: everything the registry holds on one project, each
company, stage and fact with its source and quote, and the figures linked to it."""

from __future__ import annotations

import html
from typing import Any, cast

import pandas as pd

from app.domain.records import STAGE_ORDER, date_sort_key
from app.domain.store import ObservationStore
from app.domain.units import format_quantity
from app.qt.project_model import words
from app.ui.dock_panel_parts import figure_words, obs_link, section

NO_PROJECT = "<p><i>Select a project to see its companies, stages and sources.</i></p>"


def details_html(store: ObservationStore, project_id: int) -> str:
    """Everything the registry holds on one project, each item with its source and quote."""
    records = store.records
    projects = records["projects"]
    hit = projects[projects["project_id"] == project_id]
    if hit.empty:
        return NO_PROJECT
    p = hit.iloc[0]
    labels = store.source_label_by_id()
    e = html.escape
    facts = [
        ("Other names", str(p["other_names"]).replace(" | ", "; ")),
        ("Technology", words(str(p["technology"]))),
        ("Capacity", format_quantity(float(p["capacity"]), str(p["capacity_unit"]))),
        ("Investment", format_quantity(float(p["investment"]), str(p["investment_unit"]))),
        ("Country / partner", " / ".join(c for c in (p["country"], p["partner"]) if c)),
        ("Location", str(p["location"])),
        ("Note", str(p["note"])),
    ]
    parts = [f"<h3>{e(str(p['name']))}</h3>", _table(facts)]
    own = records["project_parties"][records["project_parties"]["project_id"] == project_id]
    parts.append(_section("Companies", [_party(r, labels) for r in _rows(own)]))
    stages = records["project_stages"][records["project_stages"]["project_id"] == project_id]
    ordered = sorted(
        _rows(stages),
        key=lambda r: (date_sort_key(str(r["date"])), STAGE_ORDER.get(r["stage"], -1)),
    )
    parts.append(_section("Stages", [_stage(r, labels) for r in ordered]))
    own_facts = records["project_facts"][records["project_facts"]["project_id"] == project_id]
    parts.append(_section("Facts", [_fact(r, labels) for r in _rows(own_facts)]))
    parts.append(_section("Linked figures", _figures(store, project_id)))
    return "".join(parts)


def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], frame.to_dict("records"))


def _table(rows: list[tuple[str, str]]) -> str:
    e = html.escape
    body = "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in rows if v)
    return f"<table cellspacing='3'>{body}</table>"


def _section(title: str, items: list[str]) -> str:
    return section(title, items, "none recorded")


def _sourced(source_id: int, quote: str, labels: dict[int, str]) -> str:
    e = html.escape
    label = labels.get(int(source_id), "") if int(source_id) >= 0 else ""
    said = f" “<i>{e(quote)}</i>”" if quote else ""
    return f" — <span style='color:#555'>{e(label) or 'no source'}</span>{said}"


def _party(r: dict[str, Any], labels: dict[int, str]) -> str:
    tags = ", ".join(
        t for t in ("EPC" if r["role"] == "epc" else r["role"], r["company_country"]) if t
    )
    head = f"<b>{html.escape(str(r['company']))}</b>" + (f" ({html.escape(tags)})" if tags else "")
    return head + _sourced(r["source_id"], str(r["quote"]), labels)


def _stage(r: dict[str, Any], labels: dict[int, str]) -> str:
    planned = " <b>planned</b>" if bool(r["expected"]) else ""
    date = html.escape(str(r["date"]) or "undated")
    return f"{html.escape(words(str(r['stage'])))} {date}{planned}" + _sourced(
        r["source_id"], str(r["quote"]), labels
    )


def _fact(r: dict[str, Any], labels: dict[int, str]) -> str:
    return f"{html.escape(words(str(r['field'])))}: {html.escape(str(r['value']))}" + _sourced(
        r["source_id"], str(r["quote"]), labels
    )


def _figures(store: ObservationStore, project_id: int) -> list[str]:
    links = store.records["links"]
    hit = (
        (links["to_table"] == "projects")
        & (links["to_id"] == str(project_id))
        & (links["from_table"] == "observations")
    )
    ids = sorted({int(i) for i in links.loc[hit, "from_id"]})
    obs = store.observations
    rows = obs[obs["obs_id"].isin(ids)]
    names = store.indicator_names()
    out = []
    for r in rows.to_dict("records"):
        name, value, who = figure_words(r, names)
        out.append(
            f"{obs_link(int(r['obs_id']))} {name}: "
            f"<b>{value}</b>, {html.escape(str(r['period_text']))} "
            f"<span style='color:#555'>({who}, {html.escape(str(r['status']))})</span>"
        )
    missing = len(ids) - len(out)
    if missing:
        out.append(f"<i>{missing} linked figure(s) no longer in the workspace</i>")
    return out
