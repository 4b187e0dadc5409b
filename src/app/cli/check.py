"""``corridor check``: every claim verdict and every conflict of a country pair.

Prints the same verdicts and conflicts the GUI and the briefing show
(:func:`app.domain.analytics.check_all_claims`, :func:`~app.domain.analytics.find_conflicts`):
the stored claims of the pair's sources (growth, level, record, record streak, first/only,
rank, sum/count, share) and every reported change of a figure, each with its reasons and
the sources and figures it was checked against.
"""

from __future__ import annotations

import argparse
import json
import math
from typing import Any

import pandas as pd

from app.cli.common import add_pair_argument, add_workspace_argument, opened_desk, pair_of
from app.domain.analytics import CheckOptions, check_all_claims, conflict_sentence, find_conflicts
from app.domain.selection import claims_pair_mask, pair_mask
from app.domain.store import ObservationStore

_MARKS = {
    "consistent": "ok",
    "inconsistent": "NO",
    "cannot_check": "--",
    "conflicting_sources": "<>",
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check",
        help="check every claim (growth, record, streak, first, rank, sum, share) and list "
        "conflicting figures",
        description="Check each claim of the pair's sources like for like against the stored "
        "figures and the project registry, with the reasons, and list figures that disagree "
        "between sources or between the two sides.",
    )
    add_workspace_argument(parser)
    add_pair_argument(parser)
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument(
        "--any-reporter",
        action="store_true",
        help="let records and streaks fill a missing year with the other side's (mirror) "
        "figure; the reasons then say so (default: one reporter's series only)",
    )
    parser.add_argument(
        "--type",
        dest="types",
        action="append",
        metavar="TYPE",
        help="only claims of this type (repeatable): growth, level, record, record_streak, "
        "first, rank, sum_count, share",
    )
    parser.add_argument(
        "--tolerance",
        type=float,
        default=2.0,
        metavar="PCT",
        help="relative difference (percent) below which figures agree (default: 2)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    a, b = pair_of(args)
    with opened_desk(args) as desk:
        report = build_report(desk.store, a, b, not args.any_reporter, args.tolerance / 100.0)
    if args.types:
        claims = report["claims"]
        report["claims"] = claims[claims["claim_type"].isin(args.types)]
    print(render_json(report) if args.format == "json" else render_table(report))
    return 0


def build_report(
    store: ObservationStore, a: str, b: str, same_reporter: bool = True, tolerance: float = 0.02
) -> dict[str, pd.DataFrame]:
    """Claim verdicts and conflicts of the pair, with source labels attached."""
    obs = store.observations[pair_mask(store.observations, a, b)]
    labels = store.source_label_by_id()
    stored = store.records["claims"]
    claims = check_all_claims(
        obs,
        store.sources,
        stored[claims_pair_mask(stored, a, b)],
        store.records,
        CheckOptions(allow_other_reporter=not same_reporter),
    )
    quotes = dict(zip(stored["claim_id"], stored["quote"], strict=True))
    claims = claims.assign(
        sources=_labels(claims, labels),
        quote=[quotes.get(int(i), "") for i in claims["claim_id"]],
    )
    conflicts = find_conflicts(obs, store.sources, tolerance=tolerance)
    names = store.indicator_names()
    texts = pd.Series(
        [conflict_sentence(c, names) for _, c in conflicts.iterrows()],
        index=conflicts.index,
        dtype=object,
    )
    conflicts = conflicts.assign(sources=_labels(conflicts, labels), text=texts)
    return {"claims": claims, "conflicts": conflicts}


def _labels(frame: pd.DataFrame, labels: dict[int, str]) -> pd.Series:
    """The source labels of each row's ``source_ids``."""
    return pd.Series(
        [[labels.get(s, str(s)) for s in ids] for ids in frame["source_ids"]],
        index=frame.index,
        dtype=object,
    )


def render_table(report: dict[str, pd.DataFrame]) -> str:
    claims, conflicts = report["claims"], report["conflicts"]
    lines = [f"Claims ({len(claims)}):"]
    for _, c in claims.iterrows():
        what = f"claim {c['claim_id']}" if c["claim_id"] > 0 else f"obs {c['obs_id']}"
        lines.append(
            f"  [{_MARKS.get(c['verdict'], '?')}] {what} {c['claim_type']} "
            f"{c['indicator']} {c['period']} ({c['reporter']}): {c['explanation']}"
        )
        lines.append(f"        sources: {'; '.join(c['sources'])}")
    lines.append(f"Conflicts ({len(conflicts)}):")
    for _, c in conflicts.iterrows():
        lines.append(f"  {c['text']}")
        for oid, val, src in zip(c["obs_ids"], c["values"], c["sources"], strict=True):
            lines.append(f"        obs {oid}: {val:,.6g} {c['unit']} — {src}")
    counts = claims["verdict"].value_counts().to_dict() if len(claims) else {}
    lines.append("Verdicts: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return "\n".join(lines)


def _plain(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None if math.isnan(value) else ("inf" if value > 0 else "-inf")
    return value


def render_json(report: dict[str, pd.DataFrame]) -> str:
    out = {
        name: [{k: _plain(v) for k, v in row.items()} for row in frame.to_dict("records")]
        for name, frame in report.items()
    }
    return json.dumps(out, ensure_ascii=False, indent=2)
