"""corridor fetch SOURCE: ask a portal's web service and store what it answers.

The answer is read by the same reader as the portal's download and stored like an import
(one transaction; figures the same query already gave are not stored again; changed values
are revisions that keep the earlier values as vintages). The query is kept, so that
``corridor refresh`` can ask it again. Exit status: 0 stored (or would store), 1 the answer
had rows with errors, 2 the fetch failed (offline, refused, unreadable) or bad arguments.
"""

from __future__ import annotations

import argparse
import sys
from functools import partial

from app.cli.common import add_workspace_argument, fail
from app.cli.importcmd import print_report, print_summary, store_planned
from app.domain.selection import parse_pair
from app.services.fetch import secrets
from app.services.fetch.base import Context, FetchRequest
from app.services.fetch.errors import FetchCancelled, FetchError
from app.services.fetch.http import HttpClient
from app.services.fetch.registry import CONNECTORS, get_connector
from app.services.fetch.run import fetch, plan
from app.services.fetch.sdmx_structure import dataflows, dimensions
from app.services.fetch.worldbank import search_indicators
from app.services.importers import OnDuplicate
from app.services.storage import WorkspaceError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "fetch",
        help="fetch figures from a portal's web service (World Bank, UN Comtrade, IMF, "
        "ECB, Eurostat, OECD)",
        description="Ask SOURCE for a pair's figures, print what was read and store it in "
        "one transaction, remembering the query for `corridor refresh`. This and "
        "`corridor refresh` are the only commands that use the network (HTTPS only; the "
        "system proxy is honoured).",
        epilog=_sources_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("source", choices=list(CONNECTORS), metavar="SOURCE", help="the portal")
    p.add_argument(
        "--pair",
        metavar="A-B",
        help="reporter and partner as ISO alpha-3 codes (World Bank: both countries)",
    )
    p.add_argument(
        "--indicators",
        nargs="+",
        default=[],
        metavar="CODE",
        help="the portal's indicator codes (World Bank: NY.GDP.MKTP.CD ...)",
    )
    p.add_argument("--from", dest="start", default="", metavar="P", help="first period: 2015")
    p.add_argument("--to", dest="end", default="", metavar="P", help="last period: 2024")
    p.add_argument(
        "--frequency", choices=["A", "Q", "M"], default="A", help="annual (default), Q or M"
    )
    p.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="connector option, e.g. flows=M,X (Comtrade), dataflow=ECB:EXR key=M.USD.EUR.SP00.A "
        "(SDMX); repeatable",
    )
    p.add_argument(
        "--dry-run", action="store_true", help="fetch and check only; print what would be stored"
    )
    p.add_argument(
        "--on-duplicate",
        choices=[m.value for m in OnDuplicate],
        default=OnDuplicate.KEEP.value,
        help="figures other sources already gave: keep both (default), replace, or skip",
    )
    p.add_argument(
        "--base-url",
        default="",
        metavar="URL",
        help="ask this address instead of the portal's (a mirror, or a replay server); "
        "also CORRIDOR_<SOURCE>_URL",
    )
    p.add_argument(
        "--key-stdin",
        action="store_true",
        help="read a subscription key (UN Comtrade) from standard input for this fetch",
    )
    p.add_argument(
        "--remember-key",
        action="store_true",
        help="with --key-stdin: keep the key in the system keyring for later fetches",
    )
    find = p.add_mutually_exclusive_group()
    find.add_argument(
        "--search",
        metavar="WORDS",
        help="worldbank: list the indicators whose code or name holds these words, and stop",
    )
    find.add_argument(
        "--dataflows",
        nargs="?",
        const="",
        metavar="WORDS",
        help="imf, ecb, estat, oecd: list the dataflows (those whose ID or name holds WORDS) "
        "and stop",
    )
    find.add_argument(
        "--dimensions",
        metavar="DATAFLOW",
        help="imf, ecb, estat, oecd: list a dataflow's dimensions with their codes, and stop",
    )
    add_workspace_argument(p)
    p.set_defaults(func=run)


def _sources_epilog() -> str:
    lines = ["sources:"]
    for c in CONNECTORS.values():
        lines.append(
            f"  {c.name:10} {c.label}: {c.limits}" if c.limits else f"  {c.name:10} {c.label}"
        )
    lines.append("")
    lines.append(
        "A UN Comtrade subscription key is kept in the system keyring (never in a file); "
        "without one the public endpoint is used, whose answers are limited in rows."
    )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    if args.search is not None or args.dataflows is not None or args.dimensions:
        return _find(args)
    try:
        request = _request(args)
        key = _key(args, get_connector(request.source).key_name)
    except (ValueError, FetchError) as exc:
        return fail(str(exc))
    connector = get_connector(request.source)
    print(f"asking {connector.label} for {request.describe()} …", file=sys.stderr)
    try:
        fetched = fetch(request, base_url=args.base_url, key=key)
    except FetchCancelled:
        return fail("cancelled; nothing was stored")
    except FetchError as exc:
        return fail(str(exc))
    result = fetched.result
    heading = [
        f"query: {fetched.url}"
        + (f" (+{len(fetched.download.urls) - 1} more)" if len(fetched.download.urls) > 1 else ""),
        f"calls: {fetched.download.calls}",
    ]
    heading += [f"note: {n}" for n in fetched.download.notes]
    print_report(result, heading)
    stored = not args.dry_run and not result.has_errors
    planner = partial(plan, fetched, on_duplicate=args.on_duplicate)
    try:
        summary = store_planned(args, planner, stored)
    except WorkspaceError as exc:
        return fail(str(exc))
    print_summary(summary, stored, args.dry_run)
    return 1 if result.has_errors else 0


def _request(args: argparse.Namespace) -> FetchRequest:
    reporters: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    if args.pair:
        a, b = parse_pair(args.pair)
        reporters, partners = (a,), (b,)
    options: list[tuple[str, str]] = []
    for pair in args.option:
        k, sep, v = pair.partition("=")
        if not sep or not k.strip():
            raise ValueError(f"--option {pair!r}: give KEY=VALUE")
        options.append((k.strip(), v.strip()))
    indicators = tuple(c for text in args.indicators for c in text.replace(",", " ").split())
    request = FetchRequest(
        args.source,
        reporters,
        partners,
        indicators,
        args.start,
        args.end,
        args.frequency,
        tuple(sorted(options)),
    )
    get_connector(request.source).check(request)
    return request


def _key(args: argparse.Namespace, name: str) -> str:
    """The key typed on stdin (kept in the keyring with --remember-key), else the stored one."""
    if args.key_stdin:
        key = sys.stdin.readline().strip()
        if not key:
            raise ValueError("--key-stdin: standard input held no key")
        if args.remember_key:
            secrets.set_key(name or args.source, key)
            print(
                f"the key is kept in the system keyring ({secrets.keyring_name()})", file=sys.stderr
            )
        return key
    if args.remember_key:
        raise ValueError("--remember-key needs --key-stdin")
    return secrets.get_key(name) if name else ""


def _find(args: argparse.Namespace) -> int:
    """--search, --dataflows, --dimensions: what to fetch, listed (nothing is stored)."""
    connector = get_connector(args.source)
    sdmx = args.source in ("imf", "ecb", "estat", "oecd")
    if args.search is not None and args.source != "worldbank":
        return fail("--search lists World Bank indicators: use it with worldbank")
    if args.search is None and not sdmx:
        return fail("--dataflows and --dimensions browse an SDMX service: imf, ecb, estat, oecd")
    http = HttpClient()
    ctx = Context(http, connector.base_url(args.base_url))
    try:
        if args.search is not None:
            for info in search_indicators(ctx, args.search):
                print(f"{info.code:24} {info.name}")
        elif args.dimensions:
            for d in dimensions(args.source, args.dimensions, ctx):
                codes = ", ".join(c for c, _n in d.codes[:12])
                more = f" … ({len(d.codes)} codes)" if len(d.codes) > 12 else ""
                print(f"{d.position}. {d.id} ({d.name}): {codes or 'any code'}{more}")
        else:
            words = [w.lower() for w in str(args.dataflows).split()]
            for f in dataflows(args.source, ctx):
                text = f"{f.ref()} {f.name}".lower()
                if all(w in text for w in words):
                    print(f"{f.ref():40} {f.name}")
    except FetchError as exc:
        return fail(str(exc))
    finally:
        http.close()
    return 0
