"""Packaging tests build and install the real .deb: minutes of work, root and apt-get.

They run only when asked, with ``--run-packaging`` or ``CORRIDOR_PACKAGING=1`` (the CI
packaging step sets one of them); locally they are skipped with a reason that says how to
run them.
"""

from __future__ import annotations

import contextlib
import os

import pytest

ENV_SWITCH = "CORRIDOR_PACKAGING"


def pytest_addoption(parser: pytest.Parser) -> None:
    # A conftest nearer the root may have declared it already (ValueError then).
    with contextlib.suppress(ValueError):
        parser.addoption(
            "--run-packaging",
            action="store_true",
            default=False,
            help="build the .deb, install it with apt-get and run it",
        )


def packaging_enabled(config: pytest.Config) -> bool:
    return (
        bool(config.getoption("--run-packaging", default=False))
        or os.environ.get(ENV_SWITCH) == "1"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if packaging_enabled(config):
        return
    skip = pytest.mark.skip(
        reason=f"packaging test: pass --run-packaging or set {ENV_SWITCH}=1 (needs root)"
    )
    for item in items:
        if item.get_closest_marker("packaging") is not None:
            item.add_marker(skip)
