"""corridor brief: a briefing note of a pair as DOCX, PDF, HTML, Markdown or XLSX.

Charts are painted from the same ChartSpec as the desktop app's chart panel (the same
figures chosen, records and projections) by a widget-free QPainter renderer in an offscreen
Qt GUI application (:mod:`app.qt.chart_render`); the CLI never imports ``app.ui``.
``--no-charts`` skips Qt entirely for the formats that do not need it (PDF always uses Qt's
PDF writer).
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

from app.cli.common import add_pair_argument, add_workspace_argument, fail, opened_desk, pair_of
from app.cli.summary import add_view_argument
from app.domain.periods import PeriodError, parse_period
from app.domain.store import ObservationStore
from app.services.briefing import (
    LOCALES,
    TEMPLATES,
    Briefing,
    BriefingRequest,
    Exporter,
    build_briefing,
    check_locale,
    create_exporter,
    render_charts,
)
from app.services.export_registry import export_format, formats
from app.services.i18n import LANGUAGES as TRANSLATED
from app.services.views import ViewNotFound, select_view

FORMATS = tuple(formats("briefing"))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "brief",
        help="briefing of a pair: a note, a dossier or a table (docx, pdf, html, md, xlsx)",
        description="A note of 4-8 key messages ranked by importance (headline figures, "
        "records, large changes, claims that fail or conflict, recent events and "
        "projects), each cited, with a small chart where a series has three points or "
        "more; a dossier adds every indicator's story (latest, change like for like, "
        "record, projection, claims, conflicts), events, projects and an appendix; a "
        "table gives the figures only. In English, Russian, Azerbaijani or Chinese.",
    )
    add_workspace_argument(p)
    add_pair_argument(p)
    p.add_argument("--format", choices=FORMATS, help="output format (default: from -o's suffix)")
    p.add_argument("-o", "--output", metavar="FILE", help="file to write (required to write)")
    p.add_argument(
        "--indicators",
        nargs="+",
        metavar="CODE",
        default=[],
        help="indicator codes, separated by spaces or commas (default: every "
        "indicator of the pair)",
    )
    p.add_argument("--from", dest="first", metavar="PERIOD", help="first period, e.g. 2020")
    p.add_argument("--to", dest="last", metavar="PERIOD", help="last period, e.g. 2025-10")
    p.add_argument(
        "--template",
        choices=TEMPLATES,
        default="note",
        help="note: key messages on one to two pages (default); dossier: the note, then "
        "every indicator's story, events, projects and an appendix of every figure; "
        "table: the figures only",
    )
    p.add_argument(
        "--locale",
        default="en",
        help=f"language of the whole text ({', '.join(TRANSLATED)} are translated; "
        f"{', '.join(c for c in LOCALES if c not in TRANSLATED)} get English words with "
        "their numbers and dates; default en)",
    )
    p.add_argument(
        "--pin",
        action="append",
        default=[],
        metavar="KEY",
        help="always print this key message, first (repeatable; see --list-messages)",
    )
    p.add_argument(
        "--drop",
        action="append",
        default=[],
        metavar="KEY",
        help="never print this key message (repeatable)",
    )
    p.add_argument(
        "--list-messages",
        action="store_true",
        help="print the candidate key messages with their keys, scores and reasons, "
        "and write nothing",
    )
    p.add_argument("--no-charts", action="store_true", help="leave the charts out")
    add_view_argument(p)
    p.set_defaults(func=run)


def _request(args: argparse.Namespace) -> BriefingRequest:
    a, b = pair_of(args)
    first = parse_period(args.first).start if args.first else None
    last = parse_period(args.last).end if args.last else None
    codes = tuple(c.strip() for item in args.indicators for c in item.split(",") if c.strip())
    return BriefingRequest(
        a=a,
        b=b,
        indicators=codes,
        first_month=first,
        last_month=last,
        locale=check_locale(args.locale),
        charts=not args.no_charts and args.template != "table",
        template=args.template,
        pinned=tuple(args.pin),
        dropped=tuple(args.drop),
    )


def _in_view(
    store: ObservationStore, request: BriefingRequest, name: str
) -> tuple[ObservationStore, BriefingRequest, str]:
    """The figures of the saved view ``name`` and the request narrowed to them: its pair,
    and its periods within --from/--to. Figures before its first period stay in the store
    as the history that changes on a year earlier and records are computed from."""
    chosen = select_view(store, name, (request.a, request.b), history=True)
    first = max(
        (m for m in (request.first_month, chosen.first_month) if m is not None), default=None
    )
    last = min((m for m in (request.last_month, chosen.last_month) if m is not None), default=None)
    a, b = chosen.pair
    narrowed = dataclasses.replace(request, a=a, b=b, first_month=first, last_month=last)
    return chosen.store, narrowed, chosen.note


def _exporter(fmt: str) -> Exporter:
    if export_format("briefing", fmt).needs_qt:
        from app.qt.chart_render import ensure_gui_app

        ensure_gui_app()
    return create_exporter(fmt)


def _list_messages(briefing: Briefing) -> int:
    chosen = {m.key for m in briefing.messages}
    for m in briefing.candidates:
        mark = "*" if m.key in chosen else " "
        print(f"{mark} {m.score:5.1f}  {m.key}\n         {m.reason}\n         {m.text.text}")
    print(f"* = in the note ({len(chosen)} of {len(briefing.candidates)} candidates)")
    return 0


def run(args: argparse.Namespace) -> int:
    if not args.output and not args.list_messages:
        return fail("give -o FILE to write the briefing (or --list-messages)")
    output = Path(args.output or "briefing.md")
    fmt = args.format or output.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        return fail(f"choose --format ({', '.join(FORMATS)}); cannot tell it from {output}")
    try:
        request = _request(args)
    except (ValueError, PeriodError) as exc:
        return fail(str(exc))
    started = time.perf_counter()
    with opened_desk(args) as desk:
        unknown = sorted(set(request.indicators) - set(desk.store.indicator_names()))
        if unknown:
            return fail(
                f"unknown indicator code(s): {', '.join(unknown)} (see 'corridor list indicators')"
            )
        store, note = desk.store, ""
        if args.view:
            try:
                store, request, note = _in_view(desk.store, request, args.view)
            except (ViewNotFound, ValueError) as exc:
                return fail(str(exc))
        briefing = build_briefing(store, request)
        if note:
            briefing.notes.insert(0, note)
    if args.list_messages:
        return _list_messages(briefing)
    exporter = _exporter(fmt)
    if request.charts and exporter.uses_charts:
        from app.qt.chart_render import ensure_gui_app
        from app.qt.document_charts import chart_renderer_for

        ensure_gui_app()
        render = chart_renderer_for(fmt)
        if render is not None:
            render_charts(briefing, render)
    exporter.export(briefing, output)
    seconds = time.perf_counter() - started
    print(
        f"wrote {output} ({briefing.template}: {len(briefing.messages)} key messages, "
        f"{len(briefing.sections)} indicators, {len(briefing.citations)} sources cited, "
        f"{output.stat().st_size:,} bytes, {seconds:.1f} s)"
    )
    return 0
