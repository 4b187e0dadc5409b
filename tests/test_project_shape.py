"""The project's shape: layers respected (import-linter), lint clean (ruff), data shipped."""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} is not installed: pip install '.[test]'")
    return found


def passes(*command: str) -> None:
    """Run a checker from the project's root; its output is the failure message."""
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_layers_are_respected() -> None:
    passes(_tool("lint-imports"), "--config", str(ROOT / "pyproject.toml"))


def test_ruff_is_clean() -> None:
    passes(_tool("ruff"), "check", "src", "tests", "scripts", "benchmarks")


def test_code_is_formatted() -> None:
    """One style everywhere (``ruff format``; run it before committing)."""
    passes(_tool("ruff"), "format", "--check", "src", "tests", "scripts", "benchmarks")


def test_bundled_data_and_icons_ship_with_the_package() -> None:
    data = files("app.data")
    assert (data / "observations.csv").is_file()
    assert (data / "indicators.csv").is_file()
    assert (files("app.resources") / "icons" / "corridor.svg").is_file()


def test_the_whole_package_type_checks() -> None:
    """mypy over all of app (pyproject: every def annotated; domain and services strict)."""
    passes(_tool("mypy"))
