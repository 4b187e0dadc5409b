"""What every subcommand shares: the --workspace option and opening the desk."""

from __future__ import annotations

import argparse
import sys

from app.services.desk import Desk
from app.services.workspace import WorkspaceError


def add_workspace_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workspace", metavar="PATH", default=argparse.SUPPRESS,
        help="workspace file (default: the per-user workspace, created from the bundled "
             "dataset on first run)")


def add_pair_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pair", default="CHN-AZE", metavar="A-B",
                        help="country pair as ISO alpha-3 codes, both directions "
                             "(default: CHN-AZE)")


def open_store(args: argparse.Namespace, write: bool = False) -> Desk:
    """Open the workspace named by --workspace (before or after the subcommand)."""
    return Desk.open(getattr(args, "workspace", None), write=write)


def fail(message: str, code: int = 2) -> int:
    print(f"corridor: {message}", file=sys.stderr)
    return code


__all__ = ["WorkspaceError", "add_pair_argument", "add_workspace_argument", "fail", "open_store"]
