"""corridor pivot: indicators (or pairs, reporters) × periods, one chosen figure per cell."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from app.cli.common import CliError, add_workspace_argument, opened_desk
from app.domain.pivot import FREQUENCIES, ROW_DIMENSIONS, PivotSpec, PivotTable, pivot
from app.domain.selection import parse_pair
from app.services.atomic import write_text_atomic
from app.services.pivot_export import pivot_csv, pivot_text, write_pivot_csv, write_pivot_xlsx

DEFAULT_PAIR = "CHN-AZE"
_WINDOW = re.compile(r"^\s*(\d{1,2})\s*[-–]\s*(\d{1,2})\s*$")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "pivot",
        help="grid of indicators × periods (text, CSV or XLSX)",
        description="One row per series (an indicator as one reporter states it about a "
        "partner), one column per period of the chosen frequency, one figure per cell: the "
        "preferred one, else the most recently published. Conflicts are marked.",
    )
    add_workspace_argument(p)
    p.add_argument(
        "--pair",
        metavar="A-B",
        help=f"country pair, both directions (default: {DEFAULT_PAIR}; every pair with "
        "--rows pair)",
    )
    p.add_argument("--rows", choices=ROW_DIMENSIONS, default="indicator", help="row dimension")
    p.add_argument(
        "--freq",
        choices=FREQUENCIES,
        default="year",
        help="columns: calendar years, quarters, months, or the same window of each year",
    )
    p.add_argument(
        "--window",
        metavar="M-N",
        default="1-10",
        help="months of --freq window, e.g. 1-10 for Jan–Oct (default: 1-10)",
    )
    p.add_argument("--indicators", metavar="A,B", help="only these indicator codes")
    p.add_argument("--first-year", type=int, metavar="YEAR", help="first column's year")
    p.add_argument("--last-year", type=int, metavar="YEAR", help="last column's year")
    p.add_argument("--format", choices=("text", "csv", "xlsx"), default="text")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.set_defaults(func=run)


def spec_of(args: argparse.Namespace) -> PivotSpec:
    """The layout the arguments ask for (CliError for a malformed one)."""
    try:
        pair_text = args.pair or (None if args.rows == "pair" else DEFAULT_PAIR)
        return PivotSpec(
            rows=args.rows,
            frequency=args.freq,
            window=window_of(args.window) if args.freq == "window" else None,
            indicators=tuple(i.strip() for i in (args.indicators or "").split(",") if i.strip()),
            pair=parse_pair(pair_text) if pair_text else None,
            first_year=args.first_year,
            last_year=args.last_year,
        )
    except ValueError as exc:
        raise CliError(str(exc)) from exc


def window_of(text: str) -> tuple[int, int]:
    """ "1-10" -> (1, 10)."""
    m = _WINDOW.match(text)
    if not m:
        raise ValueError(f"a window is two months such as 1-10 (Jan–Oct), not {text!r}")
    return int(m.group(1)), int(m.group(2))


def run(args: argparse.Namespace) -> int:
    spec = spec_of(args)
    if args.format == "xlsx" and not args.output:
        raise CliError("--format xlsx writes a file: give --output FILE.xlsx")
    with opened_desk(args) as desk:
        store = desk.store
        try:
            table = pivot(
                store.observations,
                store.sources,
                spec,
                store.records.get("claims"),
                names=store.indicator_names(),
            )
        except ValueError as exc:
            raise CliError(str(exc)) from exc
    _write(table, args.format, args.output)
    return 0


def _write(table: PivotTable, fmt: str, output: str | None) -> None:
    if output is None:
        print(pivot_text(table) if fmt == "text" else pivot_csv(table), end="")
        return
    path = Path(output)
    if fmt == "text":
        write_text_atomic(path, pivot_text(table))
    elif fmt == "csv":
        write_pivot_csv(table, path)
    else:
        write_pivot_xlsx(table, path)
    print(f"wrote {output}")
