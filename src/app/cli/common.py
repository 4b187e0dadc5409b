"""What every subcommand shares: the --workspace option and opening the desk."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator

from app.domain.selection import parse_pair
from app.services.desk import Desk
from app.services.storage import WorkspaceError


def add_workspace_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workspace",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="workspace file (default: the per-user workspace, created from the bundled "
        "dataset on first run)",
    )


def add_pair_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--pair",
        default="CHN-AZE",
        metavar="A-B",
        help="country pair as ISO alpha-3 codes, both directions (default: CHN-AZE)",
    )


def open_store(args: argparse.Namespace, write: bool = False) -> Desk:
    """Open the workspace named by --workspace (before or after the subcommand)."""
    return Desk.open(getattr(args, "workspace", None), write=write)


class CliError(Exception):
    """A usage or input problem; ``corridor`` prints it and exits with status 2."""


def pair_of(args: argparse.Namespace) -> tuple[str, str]:
    try:
        return parse_pair(args.pair)
    except ValueError as exc:
        raise CliError(str(exc)) from exc


@contextlib.contextmanager
def opened_desk(args: argparse.Namespace, write: bool = False) -> Iterator[Desk]:
    """The desk of --workspace, closed (and its lock released) when the command is done."""
    desk = open_store(args, write=write)
    try:
        yield desk
    finally:
        desk.close()


def fail(message: str, code: int = 2) -> int:
    print(f"corridor: {message}", file=sys.stderr)
    return code


__all__ = [
    "CliError",
    "WorkspaceError",
    "add_pair_argument",
    "add_workspace_argument",
    "fail",
    "open_store",
    "opened_desk",
    "pair_of",
]
