"""The Projects view's texts: everything the registry holds on one project (each company,
stage and fact with its source and quote, and the figures linked to it), and the lines under
the roll-up (the totals of the projects shown, what sources count)."""

from __future__ import annotations

import html
import math
from typing import Any, cast

import numpy as np
import pandas as pd

from app.domain.project_members import Membership
from app.domain.records import STAGE_ORDER, date_sort_key
from app.domain.rollup_figures import counted_memberships
from app.domain.store import ObservationStore
from app.domain.units import format_quantity
from app.qt.i18n import translate
from app.qt.project_model import words
from app.qt.table_text import amount, status_label
from app.ui.dock_panel_parts import figure_words, obs_link, section


def no_project() -> str:
    """The details when no project is selected."""
    hint = translate(
        "project_details", "Select a project to see its companies, stages and sources."
    )
    return f"<p><i>{hint}</i></p>"


def details_html(store: ObservationStore, project_id: int) -> str:
    """Everything the registry holds on one project, each item with its source and quote."""
    records = store.records
    projects = records["projects"]
    hit = projects[projects["project_id"] == project_id]
    if hit.empty:
        return no_project()
    p = hit.iloc[0]
    labels = store.source_label_by_id()
    e = html.escape
    facts = [
        (translate("project_details", "Other names"), str(p["other_names"]).replace(" | ", "; ")),
        (translate("project_details", "Technology"), words(str(p["technology"]))),
        (
            translate("project_details", "Capacity"),
            format_quantity(float(p["capacity"]), str(p["capacity_unit"])),
        ),
        (
            translate("project_details", "Investment"),
            format_quantity(float(p["investment"]), str(p["investment_unit"])),
        ),
        (
            translate("project_details", "Country / partner"),
            " / ".join(c for c in (p["country"], p["partner"]) if c),
        ),
        (translate("project_details", "Location"), str(p["location"])),
        (translate("project_details", "Note"), str(p["note"])),
    ]
    parts = [f"<h3>{e(str(p['name']))}</h3>", _table(facts)]
    own = records["project_parties"][records["project_parties"]["project_id"] == project_id]
    parts.append(
        _section(translate("project_details", "Companies"), [_party(r, labels) for r in _rows(own)])
    )
    stages = records["project_stages"][records["project_stages"]["project_id"] == project_id]
    ordered = sorted(
        _rows(stages),
        key=lambda r: (date_sort_key(str(r["date"])), STAGE_ORDER.get(r["stage"], -1)),
    )
    parts.append(
        _section(translate("project_details", "Stages"), [_stage(r, labels) for r in ordered])
    )
    own_facts = records["project_facts"][records["project_facts"]["project_id"] == project_id]
    parts.append(
        _section(
            translate("project_details", "Facts"), [_fact(r, labels) for r in _rows(own_facts)]
        )
    )
    parts.append(
        _section(translate("project_details", "Linked figures"), _figures(store, project_id))
    )
    return "".join(parts)


def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], frame.to_dict("records"))


def _table(rows: list[tuple[str, str]]) -> str:
    e = html.escape
    body = "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in rows if v)
    return f"<table cellspacing='3'>{body}</table>"


def _section(title: str, items: list[str]) -> str:
    return section(title, items, translate("project_details", "none recorded"))


def _sourced(source_id: int, quote: str, labels: dict[int, str]) -> str:
    e = html.escape
    label = labels.get(int(source_id), "") if int(source_id) >= 0 else ""
    said = f" “<i>{e(quote)}</i>”" if quote else ""
    label = e(label) or translate("project_details", "no source")
    return f" — <span style='color:#555'>{label}</span>{said}"


def _party(r: dict[str, Any], labels: dict[int, str]) -> str:
    tags = ", ".join(t for t in (words(str(r["role"])), r["company_country"]) if t)
    head = f"<b>{html.escape(str(r['company']))}</b>" + (f" ({html.escape(tags)})" if tags else "")
    return head + _sourced(r["source_id"], str(r["quote"]), labels)


def _stage(r: dict[str, Any], labels: dict[int, str]) -> str:
    planned = f" <b>{translate('project_details', 'planned')}</b>" if bool(r["expected"]) else ""
    date = html.escape(str(r["date"]) or translate("project_details", "undated"))
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
        status = html.escape(status_label(str(r["status"])))
        out.append(
            f"{obs_link(int(r['obs_id']))} {name}: "
            f"<b>{value}</b>, {html.escape(str(r['period_text']))} "
            f"<span style='color:#555'>({who}, {status})</span>"
        )
    missing = len(ids) - len(out)
    if missing:
        gone = translate("project_details", "{count} linked figure(s) no longer in the workspace")
        out.append(f"<i>{gone.format(count=missing)}</i>")
    return out


def totals_text(view: pd.DataFrame) -> str:
    """ "9 projects, 2,830 MW; 2 without capacity" for the projects shown."""
    mw = view["capacity"].where(view["capacity_unit"] == "MW")
    if mw.isna().any():
        text = translate(
            "project_details", "{count} projects, {capacity}; {missing} without capacity"
        )
    else:
        text = translate("project_details", "{count} projects, {capacity}")
    capacity = format_quantity(float(np.nansum(mw)), "MW")
    return text.format(count=len(view), capacity=capacity, missing=int(mw.isna().sum()))


def counted_html(records: dict[str, pd.DataFrame], labels: dict[int, str]) -> str:
    """What sources count ("five projects, 1,570 MW") against what the registry knows, ''
    when no source counts projects, in the desk's language."""
    statements = counted_memberships(records, labels)
    if not statements:
        return ""
    listed = " ".join(
        f"• {html.escape(label)}, “{html.escape(what)}”: {html.escape(membership_text(m))}"
        for _cid, label, what, m in statements
    )
    return translate("project_details", "<b>Counted by sources:</b> {statements}").format(
        statements=listed
    )


def membership_text(m: Membership) -> str:
    """What is known of the projects a source counts and what is not, in one sentence
    (app.domain.project_members.Membership.sentence, worded for translation); unknown
    members are never named or guessed."""
    known = "; ".join(m.known_names) + ": " + amount(m.known_capacity, m.unit)
    if m.counted is None:
        if not m.known_ids:
            return translate("project_details", "No linked projects.")
        return translate("project_details", "Linked in the registry: {known}.").format(known=known)
    count = m.counted
    total = (
        ""
        if math.isnan(m.stated_total)
        else translate("project_details", " ({total} in all)").format(
            total=amount(m.stated_total, m.unit)
        )
    )
    if not m.known_ids:
        text = translate(
            "project_details",
            "The source counts %n projects{total} but names none, and none is linked in the "
            "registry.",
            "",
            count,
        )
        return text.format(total=total)
    if not m.unknown:
        text = translate(
            "project_details",
            "The source counts %n projects{total}; all are in the registry ({known}).",
            "",
            count,
        )
        return text.format(total=total, known=known)
    rest = (
        ""
        if math.isnan(m.unknown_capacity)
        else translate("project_details", " and {capacity}").format(
            capacity=amount(m.unknown_capacity, m.unit)
        )
    )
    text = translate(
        "project_details",
        "The source counts %n projects{total}; the registry has {known_count} of them "
        "({known}); {unknown} more{rest} are not identified.",
        "",
        count,
    )
    return text.format(
        total=total, known_count=len(m.known_ids), known=known, unknown=m.unknown, rest=rest
    )
