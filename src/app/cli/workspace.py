"""corridor workspace copy|grant|revoke|info: move a workspace between a file and a server,
and manage who may do what on a server workspace.

``copy SRC DST`` copies a whole workspace (every table, the audit trail) from a workspace
file or a ``postgresql://`` URL to a new file or an empty database, then opens the copy and
compares it with what was read. It never overwrites: DST must not hold a workspace.
``grant USER ROLE`` / ``revoke USER`` change the role of a user on the server workspace of
``--workspace URL`` (admins only). ``info`` prints where a workspace is, its version, who
you are there and what it holds. A password given in a URL is never printed.
Exit status: 0 done, 2 refused or failed (nothing was changed) or bad arguments.
"""

from __future__ import annotations

import argparse
import time

from app.cli.common import add_workspace_argument, fail
from app.services.desk import open_workspace
from app.services.storage import WorkspaceError, open_storage, scheme_of, shown_location
from app.services.storage.copying import copy_workspace

LOCATION_HELP = "a workspace file, or a postgresql:// URL (postgresql:///?service=NAME too)"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "workspace",
        help="copy a workspace between a file and a server; grant and revoke roles; info",
        description="Copy a whole workspace between a workspace file and a PostgreSQL "
        "database (verified after), manage who may read or change a server workspace, and "
        "show what a workspace holds.",
    )
    add_workspace_argument(p)
    actions = p.add_subparsers(dest="action", metavar="ACTION")

    c = actions.add_parser(
        "copy",
        help="copy a whole workspace to a new file or an empty database, verified",
        description="Copy every table and the audit trail of SRC to DST, then open the copy "
        "and compare it with SRC value by value. DST must be a new file or a database "
        "without a workspace: nothing is ever overwritten.",
    )
    c.add_argument("source", metavar="SRC", help=f"the workspace to copy: {LOCATION_HELP}")
    c.add_argument("target", metavar="DST", help=f"where to copy it: {LOCATION_HELP}")
    c.set_defaults(func=run_copy)

    g = actions.add_parser(
        "grant",
        help="make a user a viewer, editor or admin of a server workspace (admins only)",
        description="Give USER the role ROLE on the server workspace of --workspace URL "
        "(removing their other Corridor role): viewers read, editors change figures and "
        "records, admins also upgrade the workspace and grant roles. The roles are the "
        "server's: the role holds in every Corridor workspace on that server.",
    )
    g.add_argument("user", metavar="USER", help="the user's sign-in name on the server")
    g.add_argument(
        "role", metavar="ROLE", choices=("viewer", "editor", "admin"), help="%(choices)s"
    )
    g.add_argument(
        "--create-login",
        action="store_true",
        help="create the sign-in USER when the server has none (needs CREATEROLE)",
    )
    _add_server_argument(g)
    g.set_defaults(func=run_grant)

    r = actions.add_parser(
        "revoke",
        help="take a user's role on a server workspace away (admins only)",
        description="Take every Corridor role from USER on the server of --workspace URL; "
        "their sign-in stays.",
    )
    r.add_argument("user", metavar="USER", help="the user's sign-in name on the server")
    _add_server_argument(r)
    r.set_defaults(func=run_revoke)

    i = actions.add_parser(
        "info",
        help="where the workspace is, its version, who you are there, what it holds",
        description="Print the workspace's location, schema version, your user and role, "
        "and how many figures, sources, indicators, records and audit rows it holds; on a "
        "server also who holds which role.",
    )
    add_workspace_argument(i)
    i.set_defaults(func=run_info)
    p.set_defaults(func=lambda _args: _usage(p))


def _add_server_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workspace",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="the server workspace, postgresql://USER@HOST/DATABASE (or before the command)",
    )


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


# --- copy ---------------------------------------------------------------------------------


def run_copy(args: argparse.Namespace) -> int:
    source, target = str(args.source), str(args.target)

    def safe(text: str) -> str:
        """An error with the addresses given as they may be printed (no password; the
        progress lines and the report already show them so)."""
        for raw in (source, target):
            text = text.replace(raw, shown_location(raw))
        return text

    started = time.perf_counter()

    def say(text: str) -> None:
        print(f"{text} ({time.perf_counter() - started:.1f} s)", flush=True)

    try:
        with open_storage(source, read_only=True) as ws:
            report = copy_workspace(ws, target, progress=say)
    except WorkspaceError as exc:
        return fail(safe(str(exc)))
    counted = ", ".join(f"{n:,} {t}" for t, n in report.rows.items() if n)
    print(f"Copied {report.source} to {report.target}: {counted or 'an empty workspace'}.")
    took = time.perf_counter() - started
    print(f"Verified: the copy holds the same rows and values. ({took:.1f} s)")
    return 0


# --- roles --------------------------------------------------------------------------------


def _server(args: argparse.Namespace, action: str) -> str | None:
    location = getattr(args, "workspace", None)
    if location and scheme_of(location):
        return str(location)
    fail(
        f"{action} changes roles on a server workspace: give it with --workspace "
        "postgresql://HOST/DATABASE (a workspace file has no roles)"
    )
    return None


def run_grant(args: argparse.Namespace) -> int:
    return _change_role(args, "grant")


def run_revoke(args: argparse.Namespace) -> int:
    return _change_role(args, "revoke")


def _change_role(args: argparse.Namespace, action: str) -> int:
    location = _server(args, action)
    if location is None:
        return 2
    from app.services.storage.postgres_roles import grant_role, revoke_roles

    try:
        if action == "grant":
            change = grant_role(location, args.user, args.role, create_login=args.create_login)
        else:
            change = revoke_roles(location, args.user)
    except WorkspaceError as exc:
        return fail(str(exc))
    for line in change.lines():
        print(line)
    return 0


# --- info ---------------------------------------------------------------------------------


def run_info(args: argparse.Namespace) -> int:
    location = getattr(args, "workspace", None)
    try:
        with open_workspace(location, write=False) as ws:
            tables = ws.load()
            audit = len(ws.audit())
            lines = [
                f"Workspace:      {ws.location}",
                f"Kind:           {'PostgreSQL server' if ws.path is None else 'workspace file'}",
                f"Schema version: {ws.schema_version()}",
                # opened read-only here: a file's role would say so; a server's is the user's
                f"You:            {ws.user}" + (f", {ws.role}" if ws.path is None else ""),
            ]
            if ws.holder:
                lines.append(f"Held by:        {ws.holder}")
            lines.append(
                f"Figures:        {len(tables.observations):,} observations, "
                f"{len(tables.sources):,} sources, {len(tables.indicators):,} indicators"
            )
            records = ", ".join(f"{len(f):,} {n}" for n, f in tables.records.items() if len(f))
            lines.append(f"Records:        {records or 'none'}")
            lines.append(f"Audit rows:     {audit:,}")
            if location and scheme_of(location):
                from app.services.storage.postgres_roles import team

                members = ", ".join(f"{u} ({r})" for u, r in team(location))
                lines.append(f"Team:           {members or 'nobody but the owner'}")
    except WorkspaceError as exc:
        return fail(str(exc))
    for line in lines:
        print(line)
    return 0
