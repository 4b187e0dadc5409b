"""corridor import FILE: read a portal download or a table into the workspace.

Prints the validation report and what was (or, with --dry-run, would be) stored. Exit
status: 0 when the file had no errors, 1 when some rows had errors (nothing is stored
unless --skip-bad-rows), 2 when the file or the workspace cannot be used at all.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd

from app.cli.common import add_workspace_argument, fail, open_store
from app.domain.edits import Edit
from app.domain.periods import period_code
from app.domain.store import ObservationStore
from app.domain.units import format_quantity
from app.services import bundled
from app.services.importers import (
    FORMAT_CHOICES,
    ImportFailed,
    ImportResult,
    OnDuplicate,
    PlanSummary,
    Severity,
    get_importer,
    plan_with_summary,
    read_file,
)
from app.services.importers.detect import detect
from app.services.importers.unit_fixes import apply_unit_fixes, unknown_units
from app.services.storage import MissingWorkspaceError, WorkspaceError

PREVIEW_ROWS = 10
#: plans an import against a store: (the edit, what it would store)
Planner = Callable[[ObservationStore], tuple[Edit, PlanSummary]]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import",
        help="import a portal download or a table (World Bank, Comtrade, SDMX, JSON-stat, "
        "Eurostat, ECB, IMF; CSV, TSV, XLSX, ODS, XLS, Parquet, JSON, XML)",
        description="Read FILE, print each problem once with how many rows it touches and "
        "their first lines, and store the observations in one transaction (all or nothing). "
        "Figures the same source already holds are not stored again; changed values revise "
        "them and keep the earlier values as vintages.",
    )
    p.add_argument("file", metavar="FILE", help="the file to import")
    p.add_argument(
        "--format",
        choices=FORMAT_CHOICES,
        default="auto",
        help="file format (default: detected from the file's content)",
    )
    p.add_argument(
        "--dry-run", action="store_true", help="read and check only; print what would be stored"
    )
    p.add_argument(
        "--on-duplicate",
        choices=[m.value for m in OnDuplicate],
        default=OnDuplicate.KEEP.value,
        help="figures already stored: keep both as separate sources (default), "
        "replace them, or skip the incoming ones",
    )
    p.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="store the good rows even when some rows have errors",
    )
    p.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="importer option, e.g. value_column=Amount or unit='USD mn' (repeatable)",
    )
    p.add_argument(
        "--unit",
        action="append",
        default=[],
        metavar="INDICATOR=UNIT",
        help="the unit of a series whose unit the file writes in a way Corridor does not "
        "know, e.g. --unit 'NAMA_10_GDP.B1GQ=EUR mn' (repeatable; the report lists them)",
    )
    add_workspace_argument(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        return fail(f"{path} is not a file")
    try:
        fmt = detect(path) if args.format == "auto" else args.format
        result = read_file(path, fmt, _options(args.option, fmt))
        result = apply_unit_fixes(result, _unit_fixes(args.unit, unknown_units(result)))
    except (ImportFailed, ValueError) as exc:
        return fail(str(exc))
    src = result.source
    print_report(result, [f"file: {src.title}", f"format: {fmt} ({get_importer(fmt).label})"])
    stored = not args.dry_run and (not result.has_errors or args.skip_bad_rows)
    planner = partial(plan_with_summary, result, on_duplicate=args.on_duplicate)
    try:
        summary = store_planned(args, planner, stored)
    except WorkspaceError as exc:
        return fail(str(exc))
    print_summary(summary, stored, args.dry_run)
    return 1 if result.has_errors else 0


def _unit_fixes(pairs: list[str], unknown: pd.DataFrame) -> dict[tuple[str, str], str]:
    """``INDICATOR=UNIT`` texts as fixes of every unknown unit that indicator came with."""
    fixes: dict[tuple[str, str], str] = {}
    for pair in pairs:
        indicator, sep, unit = pair.partition("=")
        rows = unknown[unknown["indicator"] == indicator.strip()]
        if not sep or rows.empty:
            listed = ", ".join(sorted(set(unknown["indicator"]))) or "none"
            raise ValueError(
                f"--unit {pair!r}: give INDICATOR=UNIT for a series whose unit is not known "
                f"(here: {listed})"
            )
        fixes |= {(indicator.strip(), str(w)): unit for w in rows["unit"]}
    return fixes


def _options(pairs: list[str], fmt: str) -> dict[str, object]:
    """``KEY=VALUE`` texts as the importer's declared option values (ValueError if unknown)."""
    known = {o.key: o for o in get_importer(fmt).options}
    out: dict[str, object] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or key not in known:
            raise ValueError(
                f"unknown option {pair!r} for format {fmt} (options: {', '.join(known) or 'none'})"
            )
        out[key] = known[key].parse(value)
    return out


def store_planned(args: argparse.Namespace, planner: Planner, write: bool) -> PlanSummary:
    """Plan against the workspace; apply the edit in one transaction when ``write``."""
    try:
        desk = open_store(args, write=write)
    except MissingWorkspaceError:
        # a dry run where no workspace exists yet: plan against what the import would
        # create, an empty workspace with the bundled catalogue, so its counts match
        empty = ObservationStore(indicators=bundled.catalogue())
        return planner(empty)[1]
    try:
        edit, summary = planner(desk.store)
        if write and summary.changes:
            desk.apply(edit)
        return summary
    finally:
        desk.close()


def print_report(result: ImportResult, heading: list[str]) -> None:
    """What was read: ``heading`` lines (file and format, or query), the source, the counts,
    every problem once, units not known, the first rows as they will be stored."""
    src = result.source
    for line in heading:
        print(line)
    print(
        f"source: {src.publisher}"
        + (f", dataset {src.dataset}" if src.dataset else "")
        + f", retrieved {src.retrieved}"
    )
    print(
        f"read: {len(result.observations)} observations, {result.skipped} rows skipped, "
        f"{result.empty_cells} empty cells"
    )
    counts = {s: sum(1 for p in result.problems if p.severity is s) for s in Severity}
    print(
        f"problems: {counts[Severity.ERROR]} errors, {counts[Severity.WARNING]} warnings, "
        f"{counts[Severity.INFO]} notes"
    )
    for p in result.problems:
        print(f"  {p.text()}")
    for r in unknown_units(result).itertuples(index=False):
        print(f"  unit not known: {r.indicator} in {r.unit!r} ({r.rows} rows); --unit fixes it")
    obs = result.observations
    if len(obs):
        print(f"first rows as they will be stored ({min(PREVIEW_ROWS, len(obs))} of {len(obs)}):")
        for row in obs.head(PREVIEW_ROWS).to_dict("records"):
            print("  " + _row_text(row))


def _row_text(row: dict[Any, Any]) -> str:
    v = float(row["value"])
    value = "" if math.isnan(v) else format_quantity(v, str(row["unit"]))
    period = period_code(
        int(row["period_start"]), int(row["period_end"]), bool(row["period_point"])
    )
    return (
        f"{row['indicator']}  {row['reporter'] or '-'} -> {row['partner'] or '-'}  "
        f"{period}  {value}  [{row['status']}]"
    )


def print_summary(s: PlanSummary, stored: bool, dry_run: bool) -> None:
    verb = "stored" if stored and s.changes else "would store" if s.changes else "stored"
    print(f"{verb}: {s.sentence()}")
    if not stored and not dry_run:
        print("nothing was stored: fix the errors or use --skip-bad-rows")
