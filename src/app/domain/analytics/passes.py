"""One report, computed once: the shared steps of a pair's summary or briefing.

A report reads its pair's columns and keys many times over (each section, each table);
inside :func:`one_pass` every step named in :func:`once_per_pass` runs once for the same
inputs, and :func:`frame_column` reads a frame's column once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TypeVar, cast

import pandas as pd


@dataclass
class _Pass:
    """What one report computes once (:func:`one_pass`): each shared step's result by
    (step name, ids of its inputs), kept beside the inputs so that an id stays theirs."""

    memo: dict[tuple[object, ...], tuple[tuple[object, ...], object]] = field(default_factory=dict)


_PASS: ContextVar[_Pass | None] = ContextVar("analytics_pass", default=None)


@contextmanager
def one_pass() -> Iterator[None]:
    """Within the block, a report's shared steps run once: each categorical column's texts
    are read once (its figures, changes, records, claims and conflicts each read the 1,000
    indicator names again), and the figures of a frame are chosen once (the figures used,
    their changes and their records choose among the same rows). The rows and categories
    are not changed while a report is built (categories never are), so nothing can go
    stale; the memo ends with the block."""
    token = _PASS.set(_Pass())
    try:
        yield
    finally:
        _PASS.reset(token)


_T = TypeVar("_T")


def once_per_pass(name: str, inputs: tuple[object, ...], build: Callable[[], _T]) -> _T:
    """``build()``, made once per block of :func:`one_pass` for the same ``inputs`` (the
    same objects: they are not changed while a report is built), shared by every step
    that asks (callers read the result, never write into it); outside a block, built on
    every call."""
    shared = _PASS.get()
    if shared is None:
        return build()
    key = (name, *map(id, inputs))
    hit = shared.memo.get(key)
    if hit is not None and all(a is b for a, b in zip(hit[0], inputs, strict=True)):
        return cast(_T, hit[1])
    out = build()
    shared.memo[key] = (inputs, out)
    return out


def frame_column(frame: pd.DataFrame, name: str) -> pd.Series:
    """``frame[name]``, looked up once per block of :func:`one_pass` (a report's steps read
    its pair's columns 200 times, 13 µs each through a frame's string column index)."""
    return once_per_pass(f"column {name}", (frame,), lambda: frame[name])
