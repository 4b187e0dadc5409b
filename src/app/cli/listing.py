"""corridor list indicators|observations|views."""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from app.cli.common import add_pair_argument, add_workspace_argument, opened_desk, pair_of
from app.domain.periods import period_label
from app.domain.saved_views import saved_views
from app.domain.selection import pair_mask
from app.domain.store import ObservationStore
from app.domain.units import format_quantity
from app.services.views import view_mask


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "list",
        help="list indicators, observations or saved views",
        description="List the indicator catalogue with observation counts, "
        "the observations of a pair, or the saved views of the workspace (what each "
        "selects and how many of the figures).",
    )
    p.add_argument("what", choices=["indicators", "observations", "views"])
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


def views_frame(store: ObservationStore, a: str, b: str) -> pd.DataFrame:
    """The saved views: name, pair, what each selects, its figures, when it was saved.
    A view that names no pair is counted on the pair given (``a``, ``b``)."""
    names = store.indicator_names()
    created = dict(
        zip(store.records["views"]["name"], store.records["views"]["created"], strict=True)
    )
    rows = [
        {
            "name": v.name,
            "pair": "-".join(v.pair or (a, b)),
            "selects": v.describe(names),
            "figures": int(view_mask(store, v, pair=(a, b)).sum()),
            "saved": created.get(v.name, ""),
        }
        for v in saved_views(store.records)
    ]
    return pd.DataFrame(rows, columns=["name", "pair", "selects", "figures", "saved"])


MAKERS = {"indicators": indicators_frame, "observations": observations_frame, "views": views_frame}


def run(args: argparse.Namespace) -> int:
    a, b = pair_of(args)
    with opened_desk(args) as desk:
        frame = MAKERS[args.what](desk.store, a, b)
    if args.format == "csv":
        frame.to_csv(sys.stdout, index=False)
    elif args.format == "json":
        sys.stdout.write(frame.to_json(orient="records", force_ascii=False, indent=1) + "\n")
    else:
        with pd.option_context(
            "display.max_rows",
            None,
            "display.width",
            200,
            "display.max_colwidth",
            None if args.what == "views" else 40,  # what a view selects, in full
        ):
            print(frame.to_string(index=False))
    return 0
