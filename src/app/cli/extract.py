"""corridor extract: figures, claims, events and project facts found in press text, as JSON
or a table.

Reads UTF-8 text from a file argument or standard input; needs no workspace. JSON is
``{"figures": [...], "claims": [...], "events": [...], "projects": [...]}`` (docs/claims.md);
the table lists the claims, events and project facts after the figures. ``--pair AZE-CHN``
gives the countries of events and projects whose sentence names fewer. Exit 0 with empty
lists when nothing is found; 2 for unusable input (unreadable file, bad date or pair, not
UTF-8).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from app.cli.common import add_workspace_argument, fail
from app.domain.units import format_quantity
from app.services.extraction import Candidate, ClaimCandidate
from app.services.extraction.events import EventCandidate
from app.services.extraction.project_facts import ProjectFactCandidate
from app.services.extraction.proposals import find_all, params_summary

_PAIR = re.compile(r"^([A-Za-z]{3})-([A-Za-z]{3})$")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "extract",
        help="find sourced figures, claims, events and project facts in press text",
        description="Find figures (value, unit, period, bound, reported change, "
        "indicator and country guesses, quote), claims (growth, level, record, "
        "record streak, first/only, rank, sum/count, share, with their parameters), events "
        "(date and how it was found, type, title, countries) and project facts (name, "
        "technology, capacity, stage and date, companies, count) in a press text read from "
        "FILE or standard input. JSON output is an object "
        '{"figures": [...], "claims": [...], "events": [...], "projects": [...]}; the table '
        "lists the claims, events and project facts after the figures.",
    )
    add_workspace_argument(p)
    p.add_argument("file", nargs="?", metavar="FILE", help="text file (default: stdin)")
    p.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date, to resolve 'this year', 'last year', ...",
    )
    p.add_argument("--url", default="", help="address of the page the text came from")
    p.add_argument(
        "--pair",
        metavar="AAA-BBB",
        default="",
        help="ISO alpha-3 codes of the country pair, for the countries of events and "
        "projects whose sentence names fewer (default: none)",
    )
    p.add_argument(
        "--format", choices=("json", "table"), default="json", help="output format (default: json)"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    published = None
    if args.published:
        try:
            published = date.fromisoformat(args.published)
        except ValueError:
            return fail(f"--published {args.published!r} is not a YYYY-MM-DD date")
    pair: tuple[str, ...] = ()
    if args.pair:
        m = _PAIR.match(args.pair.strip())
        if not m:
            return fail(f"--pair {args.pair!r} is not two ISO alpha-3 codes like AZE-CHN")
        pair = (m.group(1).upper(), m.group(2).upper())
    try:
        text = _read(args.file)
    except (OSError, UnicodeDecodeError) as exc:
        return fail(f"cannot read the text: {exc}")
    found = find_all(text, published, args.url, pair)
    if args.format == "json":
        rows = []
        for c in found.figures:
            row = c.to_json()
            row["url"] = args.url
            rows.append(row)
        out = {
            "figures": rows,
            "claims": [c.to_json() for c in found.claims],
            "events": [e.to_json() for e in found.events],
            "projects": [p.to_json() for p in found.projects],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(table(found.figures))
        print()
        print(claims_table(found.claims))
        print()
        print(events_table(found.events))
        print()
        print(projects_table(found.projects))
    return 0


def _read(path: str | None) -> str:
    if path and path != "-":
        return Path(path).read_text(encoding="utf-8")
    return sys.stdin.buffer.read().decode("utf-8")


def table(found: list[Candidate]) -> str:
    """A plain-text table, one figure a line."""
    head = (
        "value", "unit", "period", "qualifier", "change", "status", "indicator", "rep", "par",
        "between",
    )  # fmt: skip
    rows = [head]
    for c in found:
        ch = c.reported_change
        unit = "percent" if c.unit == "%" else c.unit
        rows.append(
            (
                format_quantity(c.value, unit),
                c.unit,
                c.period.code() if c.period else "-",
                c.qualifier,
                f"{ch.value:g} {ch.unit} ({ch.qualifier})" if ch else "-",
                c.status,
                c.indicator or "-",
                c.reporter or "-",
                c.partner or "-",
                f"no (“{c.scope}”)" if c.scope else "yes",
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    ]
    return "\n".join(lines) if found else "no figures found"


def claims_table(found: list[ClaimCandidate]) -> str:
    """A plain-text table, one claim a line, its parameters as key=value."""
    head = ("claim", "period", "value", "status", "parameters")
    rows = [head]
    for c in found:
        unit = "percent" if c.unit == "%" else c.unit
        value = format_quantity(c.value, unit) if unit and c.value == c.value else "-"
        params = params_summary(c.params)
        rows.append((str(c.type), c.period.code() if c.period else "-", value, c.status, params))
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    ]
    return "\n".join(lines) if found else "no claims found"


def _columns(head: tuple[str, ...], body: Sequence[tuple[str, ...]]) -> str:
    rows = [head, *body]
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    )


def events_table(found: list[EventCandidate]) -> str:
    """One event a line: date, how the date was found, type, countries, title."""
    if not found:
        return "no events found"
    rows = [
        (e.date_start, e.note or "stated", e.event_type, e.countries or "-", e.title) for e in found
    ]
    return _columns(("event", "date found", "type", "countries", "title"), rows)


def projects_table(found: list[ProjectFactCandidate]) -> str:
    """One project fact a line; a counted group says it is a claim, not a project."""
    if not found:
        return "no project facts found"
    rows = []
    for p in found:
        stage = f"{p.stage}{' (expected)' if p.stage_expected else ''}" if p.stage else "-"
        rows.append(
            (
                p.name or "unnamed",
                ", ".join(p.technologies) or "-",
                f"{p.capacity:g} {p.capacity_unit}",
                stage,
                p.date or "-",
                "; ".join(p.companies) or "-",
                f"count: {p.count} (a claim, not a project)" if p.count else "-",
            )
        )
    head = ("project", "technology", "capacity", "stage", "date", "companies", "count")
    return _columns(head, rows)
