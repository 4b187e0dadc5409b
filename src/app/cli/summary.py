"""corridor summary: the latest figure of each indicator of a pair, with sources."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app.cli.common import add_pair_argument, add_workspace_argument, opened_desk, pair_of
from app.services.atomic import write_text_atomic
from app.services.export_registry import export_format, formats
from app.services.summary import Summary, build_summary


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
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    a, b = pair_of(args)
    with opened_desk(args) as desk:
        text = _render(args.format, build_summary(desk.store, a, b))
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
