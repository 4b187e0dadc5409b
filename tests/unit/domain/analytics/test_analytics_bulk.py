"""The collector paused while many result objects are built, and put back as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from app.domain.analytics.bulk import collector_paused


@pytest.fixture
def collector_on() -> Iterator[None]:
    """The collector switched on for the test (the desk's own collector, installed by
    earlier Qt tests, keeps it off), and left as it was found."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_the_collector_is_off_inside_and_back_on_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_the_collector_comes_back_after_an_error() -> None:
    try:
        with collector_paused():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()
