"""Launcher frozen by PyInstaller (packaging/corridor.spec): the ``corridor`` command.

The same entry serves the command line and the desktop app, as the pip-installed
``corridor`` does: with no subcommand it opens the GUI. It is a file of its own only because
PyInstaller needs a script path; all logic stays in :mod:`app.cli.main`.
"""

import sys

from app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
