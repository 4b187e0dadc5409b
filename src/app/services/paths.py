"""Where Corridor keeps its per-user files (platformdirs: the right folder on each OS)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from app import APP_NAME, ORG_NAME

#: Tests and the packaged app's smoke test point this at a temporary folder.
HOME_OVERRIDE = "CORRIDOR_HOME"


def data_dir() -> Path:
    override = os.environ.get(HOME_OVERRIDE)
    if override:
        return Path(override) / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))


def log_dir() -> Path:
    override = os.environ.get(HOME_OVERRIDE)
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, ORG_NAME))


def default_workspace_path() -> Path:
    return data_dir() / "workspace.duckdb"
