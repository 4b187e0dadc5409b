"""corridor summary: the latest figure of each indicator of a pair, with sources."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app.cli.common import add_pair_argument, add_workspace_argument, fail, opened_desk, pair_of
from app.services.atomic import write_text_atomic
from app.services.export_registry import export_format, formats
from app.services.summary import Summary, build_summary
from app.services.views import ViewNotFound, select_view


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "summary",
        help="summary of a country pair (Markdown, HTML or CSV)",
        description="For each indicator of the pair: the latest figure with its "
        "period, value, reported change and source; then a "
        "numbered source list.",
    )
    add_workspace_argument(p)
    add_pair_argument(p)
    p.add_argument(
        "--format",
        choices=sorted(formats("summary")),
        default="md",
        help="output format (default: md)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    add_view_argument(p)
    p.set_defaults(func=run)


def add_view_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--view",
        metavar="NAME",
        help="only the figures of a saved view (its pair, indicators and filters; its pair "
        "replaces --pair); see 'corridor list views'",
    )


def run(args: argparse.Namespace) -> int:
    a, b = pair_of(args)
    with opened_desk(args) as desk:
        store = desk.store
        note = ""
        if args.view:
            try:
                chosen = select_view(store, args.view, (a, b))
            except (ViewNotFound, ValueError) as exc:
                return fail(str(exc))
            store, (a, b), note = chosen.store, chosen.pair, chosen.note
        summary = build_summary(store, a, b)
        if note:
            summary.notes.insert(0, note)
        text = _render(args.format, summary)
    if args.output:
        write_text_atomic(Path(args.output), text)
        print(f"wrote {args.output}")
    else:
        print(text, end="")
    return 0


def _render(fmt: str, summary: Summary) -> str:
    """The summary as text in a summary format of the export registry."""
    render: Callable[[Summary], str] = export_format("summary", fmt).load()
    return render(summary)
