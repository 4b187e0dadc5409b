"""The ``corridor`` command: no subcommand opens the GUI; subcommands run headless.

Each subcommand lives in its own module of this package and exposes
``register(subparsers) -> None``, which adds its parser and sets ``func=run`` where
``run(args) -> int`` is a thin call into services/domain.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

import app

#: Subcommand name -> its module, in the order --help lists them. The names are known
#: here so that `corridor` alone can open the window before any command module (and
#: pandas, DuckDB) is imported.
COMMANDS = {
    "summary": "app.cli.summary",
    "list": "app.cli.listing",
    "history": "app.cli.history",
    "check": "app.cli.check",
    "import": "app.cli.importcmd",
    "extract": "app.cli.extract",
    "brief": "app.cli.brief",
    "derive": "app.cli.derive",
    "pivot": "app.cli.pivot",
    "fetch": "app.cli.fetch",
    "refresh": "app.cli.refresh",
    "workspace": "app.cli.workspace",
}
COMMAND_MODULES = tuple(COMMANDS.values())


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or with ``only`` one subcommand registered (its module alone is
    imported: `corridor import` does not load the modules of summary, brief, ...)."""
    parser = argparse.ArgumentParser(
        prog="corridor",
        description=(
            "Corridor: a sourced desk for bilateral-relations indicators. "
            "Without a subcommand, opens the desktop application."
        ),
    )
    parser.add_argument(
        "--version",
        action="store_true",
        help="print the version of Corridor and of Qt, PySide6, pandas, DuckDB",
    )
    parser.add_argument(
        "--workspace",
        metavar="PATH",
        help="workspace file to open (default: the per-user workspace, "
        "created from the bundled dataset on first run)",
    )
    parser.add_argument(
        "--language",
        choices=("en", "ru", "az", "zh"),
        help="language of the desktop window this time (default: the one chosen in "
        "Preferences, else the system's)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in (COMMANDS[only],) if only in COMMANDS else COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _command_of(argv: Sequence[str]) -> str | None:
    """The subcommand the arguments name, when everything before it is ``--workspace PATH``
    or ``--version``; otherwise None (help, errors and anything unusual get the full
    parser, so what argparse prints is the same as ever)."""
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--workspace":
            i += 2
        elif a.startswith("--workspace=") or a == "--version":
            i += 1
        else:
            return a if a in COMMANDS else None
    return None


def version_text() -> str:
    import duckdb
    import pandas as pd

    lines = [f"Corridor {app.__version__}"]
    try:
        import PySide6
        from PySide6 import QtCore

        lines.append(f"Qt {QtCore.qVersion()}, PySide6 {PySide6.__version__}")
    except ImportError:
        lines.append("Qt: not installed")
    lines.append(f"pandas {pd.__version__}, DuckDB {duckdb.__version__}")
    lines.append(f"Python {sys.version.split()[0]}")
    return "\n".join(lines)


def _gui_workspace(argv: Sequence[str]) -> tuple[bool, str | None, str | None]:
    """(True, workspace, language) when the arguments ask for the window only: no
    subcommand, no --help or --version, nothing but --workspace and --language."""
    if any(a in COMMANDS or a in ("-h", "--help", "--version") for a in argv):
        return False, None, None
    gui = argparse.ArgumentParser(prog="corridor", add_help=False)
    gui.add_argument("--workspace")
    gui.add_argument("--language", choices=("en", "ru", "az", "zh"))
    ns, rest = gui.parse_known_args(list(argv))
    return not rest, ns.workspace, ns.language


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    gui_only, workspace, language = _gui_workspace(args_list)
    if gui_only:
        from app.main import run_gui

        return run_gui(workspace=workspace, language=language)
    parser = build_parser(_command_of(args_list))
    args = parser.parse_args(args_list)
    if args.version:
        print(version_text())
        return 0
    if args.command is None:
        from app.main import run_gui

        return run_gui(workspace=args.workspace, language=args.language)
    from app.cli.common import CliError
    from app.services.storage import WorkspaceError

    try:
        code: int = args.func(args)
    except (CliError, WorkspaceError) as exc:
        print(f"corridor: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `corridor list ... | head`
        return 0
    return code
