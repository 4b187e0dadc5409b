"""``corridor derive``: derived series stored with their lineage.

- ``corridor derive list``: the stored derivations, their rule, output and figures;
- ``corridor derive add KIND --input NAME=INDICATOR:REPORTER-PARTNER ... [--formula F]
  [--param key=value ...] [--name N] [--indicator CODE] [--dry-run]``: compute and store
  one (``--dry-run`` prints what would be stored: figures, gaps, unit, the first figures);
- ``corridor derive remove ID``: remove one with its figures;
- ``corridor derive recompute``: recompute every derivation from the figures as stored.

The same functions as the desktop's Derive dialog (:mod:`app.domain.derive`). A formula
whose units do not combine, an unknown series or a bad parameter exits with status 2 and
the reason.
"""

from __future__ import annotations

import argparse
import math

import pandas as pd

from app.cli.common import CliError, add_workspace_argument, opened_desk
from app.domain.derive.builder import new_derivation
from app.domain.derive.derivations import (
    Derivation,
    DerivationKind,
    SeriesRef,
    compute,
    stored_derivations,
)
from app.domain.derive.lineage import add_derivation_edit, refresh_edit, remove_derivation_edit
from app.domain.periods import period_label
from app.domain.store import ObservationStore
from app.domain.units import format_quantity

_SHOWN = 8  # figures a dry run prints


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "derive",
        help="derived series (change, YoY, CAGR, frequency conversion, YTD, rolling, formulas)",
        description="Compute figures the sources do not publish from stored ones, keep them "
        "with their lineage, and recompute them when the inputs change.",
    )
    add_workspace_argument(p)
    actions = p.add_subparsers(dest="derive_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the stored derivations")
    add_workspace_argument(listing)
    listing.set_defaults(func=run_list)
    _register_add(actions)
    remove = actions.add_parser("remove", help="remove a derivation and its figures")
    add_workspace_argument(remove)
    remove.add_argument("derivation_id", type=int, metavar="ID")
    remove.set_defaults(func=run_remove)
    again = actions.add_parser("recompute", help="recompute every derivation")
    add_workspace_argument(again)
    again.set_defaults(func=run_recompute)


def _register_add(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add = actions.add_parser(
        "add",
        help="compute and store a derived series",
        description="Kinds: " + ", ".join(k.value for k in DerivationKind) + ". Parameters: "
        "change lag=1; cagr first=2020 last=2024; convert to=quarter|half|year "
        "how=sum|last|mean (default by the indicator's kind); rolling window=12 how=sum|mean; "
        "cumulative how=sum|mean restart_yearly=true|false.",
    )
    add_workspace_argument(add)
    add.add_argument("kind", choices=[k.value for k in DerivationKind], metavar="KIND")
    add.add_argument(
        "--input",
        dest="inputs",
        action="append",
        required=True,
        metavar="NAME=INDICATOR:REPORTER-PARTNER",
        help="an input series (repeatable); NAME= may be left out for a single input",
    )
    add.add_argument("--formula", default="", help='for a formula: "exports - imports"')
    add.add_argument("--param", dest="params", action="append", default=[], metavar="KEY=VALUE")
    add.add_argument("--name", default="", help="what to call the derived series")
    add.add_argument("--indicator", default="", metavar="CODE", help="output indicator code")
    add.add_argument("--reporter", default=None, help="output reporter (default: the inputs')")
    add.add_argument("--partner", default=None, help="output partner (default: the inputs')")
    add.add_argument("--dry-run", action="store_true", help="print what would be stored")
    add.set_defaults(func=run_add)


def parse_input(text: str) -> SeriesRef:
    """ "exports=exports_to_partner:AZE-CHN" (the name defaults to the indicator code)."""
    name, _, series = text.rpartition("=")
    indicator, sep, pair = series.partition(":")
    if not sep or not indicator.strip():
        raise CliError(f"--input {text!r}: expected NAME=INDICATOR:REPORTER-PARTNER")
    reporter, _, partner = pair.partition("-")
    code = indicator.strip()
    return SeriesRef(name.strip() or code, code, reporter.strip().upper(), partner.strip().upper())


def parse_params(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise CliError(f"--param {item!r}: expected KEY=VALUE")
        out[key.strip()] = value.strip()
    return out


def run_add(args: argparse.Namespace) -> int:
    refs = tuple(parse_input(t) for t in args.inputs)
    with opened_desk(args, write=not args.dry_run) as desk:
        store = desk.store
        try:
            d = new_derivation(
                store,
                args.kind,
                refs,
                formula=args.formula,
                params=parse_params(args.params),
                name=args.name,
                indicator=args.indicator,
                reporter=args.reporter,
                partner=args.partner,
            )
            frame = compute(store, d)
            if args.dry_run:
                print(dry_run_text(d, frame))
                return 0
            edit = add_derivation_edit(store, d)
        except ValueError as exc:
            raise CliError(str(exc)) from exc
        desk.apply(edit)
        print(edit.text)
    return 0


def dry_run_text(d: Derivation, frame: pd.DataFrame) -> str:
    """What ``add`` would store: the rule, the output, figures and gaps, the first figures."""
    values = frame["value"].to_numpy(dtype="float64")
    figures = frame[~pd.isna(values)]
    gaps = len(frame) - len(figures)
    lines = [
        f"Would store “{d.name}”: {d.rule()}",
        f"  output: {d.indicator} {d.reporter}–{d.partner}, unit {d.unit}",
        f"  {len(figures)} figure{'s' * (len(figures) != 1)}, {gaps} gap{'s' * (gaps != 1)}",
    ]
    for _, row in frame.head(_SHOWN).iterrows():
        when = period_label(int(row["period_start"]), int(row["period_end"]))
        value = float(row["value"])
        shown = "gap" if math.isnan(value) else format_quantity(value, d.unit)
        lines.append(f"  {when}: {shown} — {row['note']}")
    if len(frame) > _SHOWN:
        lines.append(f"  … {len(frame) - _SHOWN} more")
    return "\n".join(lines)


def run_list(args: argparse.Namespace) -> int:
    with opened_desk(args) as desk:
        print(list_text(desk.store))
    return 0


def list_text(store: ObservationStore) -> str:
    ders = stored_derivations(store)
    if not ders:
        return "No derived series are stored."
    counts = store.observations["source_id"].value_counts()
    lines = []
    for d in ders:
        n = int(counts.get(d.source_id, 0))
        lines.append(
            f"{d.derivation_id:>4}  {d.name} [{d.kind}] → {d.indicator} "
            f"{d.reporter}–{d.partner} ({d.unit}): {n} figure{'s' * (n != 1)}"
        )
        lines.append(f"      {d.rule()}" + (f"; {d.note}" if d.note else ""))
    return "\n".join(lines)


def run_remove(args: argparse.Namespace) -> int:
    with opened_desk(args, write=True) as desk:
        try:
            edit = remove_derivation_edit(desk.store, args.derivation_id)
        except KeyError:
            raise CliError(f"there is no derivation {args.derivation_id}") from None
        except ValueError as exc:
            raise CliError(str(exc)) from exc
        desk.apply(edit)
        print(edit.text)
    return 0


def run_recompute(args: argparse.Namespace) -> int:
    with opened_desk(args, write=True) as desk:
        try:
            edit = refresh_edit(desk.store)
        except ValueError as exc:
            raise CliError(str(exc)) from exc
        if edit is None:
            print("Derived series are up to date.")
            return 0
        desk.apply(edit)
        print(edit.text)
    return 0
