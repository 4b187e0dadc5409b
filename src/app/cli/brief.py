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
    BriefingRequest,
    Exporter,
    build_briefing,
    check_locale,
    create_exporter,
    render_charts,
)
from app.services.export_registry import export_format, formats
from app.services.views import ViewNotFound, select_view

FORMATS = tuple(formats("briefing"))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "brief",
        help="briefing note of a pair (docx, pdf, html, md, xlsx)",
        description="For each indicator: the latest figures, their change on "
        "a year earlier, record status, projection and open "
        "conflicts, a chart and the figures used, with numbered "
        "citations.",
    )
    add_workspace_argument(p)
    add_pair_argument(p)
    p.add_argument("--format", choices=FORMATS, help="output format (default: from -o's suffix)")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="file to write")
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
        "--locale", default="en", help=f"number and date format ({', '.join(LOCALES)}; default en)"
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
        charts=not args.no_charts,
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


def run(args: argparse.Namespace) -> int:
    output = Path(args.output)
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
    exporter = _exporter(fmt)
    if request.charts and exporter.uses_charts:
        from app.qt.chart_render import briefing_chart_renderer

        render_charts(briefing, briefing_chart_renderer())
    exporter.export(briefing, output)
    seconds = time.perf_counter() - started
    print(
        f"wrote {output} ({len(briefing.sections)} indicators, {len(briefing.citations)} "
        f"sources, {output.stat().st_size:,} bytes, {seconds:.1f} s)"
    )
    return 0
