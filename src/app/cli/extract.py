"""corridor extract: figures and claims found in press text, as JSON or a table.

Reads UTF-8 text from a file argument or standard input; needs no workspace. JSON is
``{"figures": [...], "claims": [...]}`` (claims: docs/claims.md); the table lists the claims
after the figures. Exit 0 with empty lists when nothing is found; 2 for unusable input
(unreadable file, bad date, not UTF-8).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from app.cli.common import add_workspace_argument, fail
from app.domain.units import format_quantity
from app.services.extraction import Candidate, ClaimCandidate, extract, extract_claims


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "extract",
        help="find sourced figures and claims in press text",
        description="Find figures (value, unit, period, bound, reported change, "
        "indicator and country guesses, quote) and claims (growth, level, record, "
        "record streak, first/only, rank, sum/count, share, with their parameters) in a "
        "press text read from FILE or standard input. JSON output is an object "
        '{"figures": [...], "claims": [...]}; the table lists the claims after the figures.',
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
    try:
        text = _read(args.file)
    except (OSError, UnicodeDecodeError) as exc:
        return fail(f"cannot read the text: {exc}")
    found = extract(text, published, args.url)
    claims = extract_claims(text, published, args.url)
    if args.format == "json":
        rows = []
        for c in found:
            row = c.to_json()
            row["url"] = args.url
            rows.append(row)
        out = {"figures": rows, "claims": [c.to_json() for c in claims]}
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(table(found))
        print()
        print(claims_table(claims))
    return 0


def _read(path: str | None) -> str:
    if path and path != "-":
        return Path(path).read_text(encoding="utf-8")
    return sys.stdin.buffer.read().decode("utf-8")


def table(found: list[Candidate]) -> str:
    """A plain-text table, one figure a line."""
    head = ("value", "unit", "period", "qualifier", "change", "indicator", "rep", "par")
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
                c.indicator or "-",
                c.reporter or "-",
                c.partner or "-",
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
        params = " ".join(f"{k}={_param(v)}" for k, v in c.params.items())
        rows.append((str(c.type), c.period.code() if c.period else "-", value, c.status, params))
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    ]
    return "\n".join(lines) if found else "no claims found"


def _param(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    if isinstance(value, str) and (" " in value or not value):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
