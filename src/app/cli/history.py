"""corridor history OBS_ID: the values a figure has had, newest first."""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from app.cli.common import CliError, add_workspace_argument, opened_desk
from app.domain.history import ACTION_WORDS, FigureState, figure_states
from app.domain.model import qualified_quantity, qualifier_words
from app.domain.periods import period_label
from app.domain.store import ObservationStore
from app.domain.units import format_quantity


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "history",
        help="show the values a figure has had (edits, imports, restores, undo)",
        description="Show every state figure OBS_ID has had, newest first: when, who, how "
        "(import, fetch, accepted from text, edit, restore, undo), the value, qualifier, "
        "period and status. The last line is the figure as it was created (its import, "
        "or its source's retrieval day when the workspace is older than its history). A "
        "figure whose value, qualifier or period was changed by hand says what its "
        "source gave. OBS_ID is the number `corridor list observations` shows.",
    )
    p.add_argument("obs_id", type=int, metavar="OBS_ID", help="the figure's number (obs_id)")
    add_workspace_argument(p)
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.set_defaults(func=run)


def states_frame(states: list[FigureState]) -> pd.DataFrame:
    """One row per state, newest first, as the table prints them."""
    rows = [
        {
            "when": s.when.replace("T", " ")[:16],
            "who": s.who,
            "action": ACTION_WORDS.get(s.action, s.action) + (" (current)" if s.current else ""),
            "value": format_quantity(float(s.values["value"]), str(s.values["unit"])),
            "qualifier": qualifier_words(str(s.values["qualifier"])),
            "period": s.period(),
            "status": str(s.values["status"]),
            "description": s.description,
        }
        for s in states
    ]
    columns = ["when", "who", "action", "value", "qualifier", "period", "status", "description"]
    return pd.DataFrame(rows, columns=columns)


def heading(store: ObservationStore, obs_id: int) -> list[str]:
    """What the figure is, and whether it still says what its source gave."""
    row = store.rows([obs_id]).iloc[0]
    pair = "–".join(p for p in (str(row["reporter"]), str(row["partner"])) if p)
    period = period_label(
        int(row["period_start"]), int(row["period_end"]), bool(row["period_point"])
    )
    name = store.indicator_names().get(str(row["indicator"]), str(row["indicator"]))
    lines = [f"Figure {obs_id}: {name}, {pair}, {period}"]
    source = store.source_state(obs_id)
    if source is not None:
        gave = qualified_quantity(float(source["value"]), str(row["unit"]), source["qualifier"])
        by = f" by {source['who']}" if source["who"] else ""
        lines.append(f"Edited{by} on {source['when'][:10]}: the source gave {gave}.")
    return lines


def run(args: argparse.Namespace) -> int:
    with opened_desk(args) as desk:
        try:
            lines = heading(desk.store, args.obs_id)
        except KeyError as exc:
            raise CliError(f"there is no figure {args.obs_id} in the workspace") from exc
        frame = states_frame(
            figure_states(desk.store, args.obs_id, desk.workspace.history(args.obs_id))
        )
    if args.format == "csv":
        frame.to_csv(sys.stdout, index=False)
    elif args.format == "json":
        sys.stdout.write(frame.to_json(orient="records", force_ascii=False, indent=1) + "\n")
    else:
        print("\n".join(lines))
        with pd.option_context("display.width", 200, "display.max_colwidth", 50):
            print(frame.to_string(index=False))
    return 0
