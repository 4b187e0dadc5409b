"""corridor list indicators|observations."""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from app.cli.common import add_pair_argument, add_workspace_argument, opened_desk, pair_of
from app.domain.periods import period_label
from app.domain.selection import pair_mask
from app.domain.store import ObservationStore
from app.domain.units import format_quantity


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "list",
        help="list indicators or observations",
        description="List the indicator catalogue with observation counts, or "
        "the observations of a pair.",
    )
    p.add_argument("what", choices=["indicators", "observations"])
    add_workspace_argument(p)
    add_pair_argument(p)
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.set_defaults(func=run)


def indicators_frame(store: ObservationStore, a: str, b: str) -> pd.DataFrame:
    obs = store.observations
    counts = obs[pair_mask(obs, a, b)]["indicator"].astype(str).value_counts()
    ind = store.indicators.copy()
    ind["observations"] = ind["code"].map(counts).fillna(0).astype(int)
    return ind[["code", "name", "topic", "unit", "kind", "observations"]]


def observations_frame(store: ObservationStore, a: str, b: str) -> pd.DataFrame:
    obs = store.observations
    sel = obs[pair_mask(obs, a, b)]
    labels = store.source_label_by_id()
    return pd.DataFrame(
        {
            "obs_id": sel["obs_id"],
            "indicator": sel["indicator"].astype(str),
            "reporter": sel["reporter"].astype(str),
            "partner": sel["partner"].astype(str),
            "subject": sel["subject"].astype(str),
            "period": [
                period_label(s, e, p)
                for s, e, p in zip(
                    sel["period_start"], sel["period_end"], sel["period_point"], strict=True
                )
            ],
            "value": sel["value"],
            "unit": sel["unit"].astype(str),
            "display": [
                format_quantity(v, u) for v, u in zip(sel["value"], sel["unit"], strict=True)
            ],
            "qualifier": sel["qualifier"].astype(str),
            "status": sel["status"].astype(str),
            "source": sel["source_id"].map(labels),
        }
    )


def run(args: argparse.Namespace) -> int:
    a, b = pair_of(args)
    with opened_desk(args) as desk:
        make = indicators_frame if args.what == "indicators" else observations_frame
        frame = make(desk.store, a, b)
    if args.format == "csv":
        frame.to_csv(sys.stdout, index=False)
    elif args.format == "json":
        sys.stdout.write(frame.to_json(orient="records", force_ascii=False, indent=1) + "\n")
    else:
        with pd.option_context(
            "display.max_rows", None, "display.width", 200, "display.max_colwidth", 40
        ):
            print(frame.to_string(index=False))
    return 0
