"""corridor refresh [SOURCE]: ask the stored portal queries again and say what changed.

Every query ``corridor fetch`` (or File > Fetch) stored, or those of one SOURCE, or those
behind one series (``--series INDICATOR REPORTER PARTNER``). Revised values replace the
stored ones and the earlier values are kept as vintages; each change is printed ("UN
Comtrade revised ... from $1.74 bn to $1.81 bn"). Each query is its own transaction.
Exit status: 0 done, 2 a query failed (the others are still refreshed) or bad arguments.
"""

from __future__ import annotations

import argparse
import sys

from app.cli.common import add_workspace_argument, fail, opened_desk
from app.domain.store import ObservationStore
from app.services.desk import Desk
from app.services.fetch import secrets
from app.services.fetch.errors import FetchCancelled, FetchError
from app.services.fetch.refresh import fetch_ids, refresh_one, stored_fetches
from app.services.fetch.registry import CONNECTORS, get_connector
from app.services.storage import WorkspaceError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "refresh",
        help="ask the stored portal queries again; keep revised values' earlier values",
        description="Run again the queries that `corridor fetch` stored (all, one SOURCE's, "
        "or one series'), store revised values with the earlier ones kept as vintages, and "
        "print each change.",
    )
    p.add_argument(
        "source",
        nargs="?",
        choices=list(CONNECTORS),
        metavar="SOURCE",
        help="only this portal's queries",
    )
    p.add_argument(
        "--series",
        nargs=3,
        metavar=("INDICATOR", "REPORTER", "PARTNER"),
        help="only the queries that gave this series (PARTNER '' for none)",
    )
    p.add_argument("--list", action="store_true", help="list the stored queries and stop")
    p.add_argument("--dry-run", action="store_true", help="ask and report; store nothing")
    p.add_argument(
        "--base-url",
        default="",
        metavar="URL",
        help="ask this address instead of the portal's (a mirror or replay server)",
    )
    add_workspace_argument(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        with opened_desk(args, write=not args.dry_run and not args.list) as desk:
            if args.list:
                return _list(desk.store)
            series = (args.series[0], args.series[1], args.series[2]) if args.series else None
            ids = fetch_ids(desk.store, args.source or "", series)
            if not ids:
                print("no stored queries match: fetch first (corridor fetch SOURCE ...)")
                return 0
            failed = 0
            for fid in ids:
                failed += _refresh(desk, fid, args)
            return 2 if failed else 0
    except WorkspaceError as exc:
        return fail(str(exc))


def _refresh(desk: Desk, fid: int, args: argparse.Namespace) -> int:
    rows = stored_fetches(desk.store)
    connector = str(rows.loc[rows["fetch_id"] == fid, "connector"].iloc[0])
    key = secrets.get_key(get_connector(connector).key_name) if connector in CONNECTORS else ""
    try:
        done = refresh_one(desk.store, fid, key=key, base_url=args.base_url)
    except (FetchError, KeyError) as exc:
        print(f"corridor: query {fid} ({connector}): {exc}", file=sys.stderr)
        return 1
    except FetchCancelled:
        return 1
    print(done.sentence())
    for line in done.changes:
        print(f"  {line}")
    if not args.dry_run:
        desk.apply(done.edit)
    return 0


def _list(store: ObservationStore) -> int:
    rows = stored_fetches(store)
    if rows.empty:
        print("no stored queries")
        return 0
    for r in rows.itertuples(index=False):
        print(f"{r.fetch_id:>4}  {r.connector:10} {r.title}")
        print(f"      last asked {r.refreshed}: {r.outcome}")
        print(f"      {r.url}")
    return 0
