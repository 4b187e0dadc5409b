"""The results table: metric, measured, limit, ratio, target, pass/fail; printed and as JSON.

Every timing is compared with a limit measured in the same run (PERFORMANCE.md): the
machine is shared and noisy, so bare seconds say little, ratios say whether Corridor keeps
up with the fastest known way of doing the same work.
"""

from __future__ import annotations

import contextlib
import json
import platform
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Result:
    """One row. ``target`` is a ratio bound (``ratio <= target``) unless ``absolute``, in
    which case the measured value itself must stay under ``target`` (same unit)."""

    area: str
    metric: str
    measured: float
    limit: float | None
    unit: str
    target: float | None
    absolute: bool = False
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.limit is None or self.limit <= 0:
            return None
        return self.measured / self.limit

    @property
    def passed(self) -> bool | None:
        if self.target is None:
            return None
        value = self.measured if self.absolute else self.ratio
        return None if value is None else value <= self.target

    def as_dict(self) -> dict[str, object]:
        return asdict(self) | {"ratio": self.ratio, "passed": self.passed}


def _num(v: float | None) -> str:
    if v is None:
        return "—"
    if abs(v) >= 100:
        return f"{v:,.0f}"
    return f"{v:.3g}"


def _target(r: Result) -> str:
    if r.target is None:
        return "info"
    return f"≤ {_num(r.target)} {r.unit}" if r.absolute else f"≤ {_num(r.target)}×"


def _verdict(r: Result) -> str:
    return {None: "—", True: "pass", False: "FAIL"}[r.passed]


def rows(results: Sequence[Result]) -> list[list[str]]:
    return [
        [
            r.area,
            r.metric,
            f"{_num(r.measured)} {r.unit}",
            f"{_num(r.limit)} {r.unit}" if r.limit is not None else "—",
            f"{r.ratio:.2f}" if r.ratio is not None else "—",
            _target(r),
            _verdict(r),
        ]
        for r in results
    ]


HEADER = ["area", "metric", "measured", "limit", "ratio", "target", "result"]


def text_table(results: Sequence[Result]) -> str:
    """A fixed-width table for the terminal."""
    body = rows(results)
    widths = [max(len(str(x)) for x in col) for col in zip(HEADER, *body, strict=False)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(HEADER, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in body]
    return "\n".join(lines)


def markdown_table(results: Sequence[Result]) -> str:
    """The same table in Markdown (for docs/performance.md)."""
    out = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    out += ["| " + " | ".join(r) + " |" for r in rows(results)]
    return "\n".join(out)


def machine() -> dict[str, object]:
    import os

    mem = 0
    with contextlib.suppress(ValueError, OSError):
        mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "memory_gb": round(mem / 2**30, 1),
        "date": time.strftime("%Y-%m-%d %H:%M"),
    }


def write_json(results: Sequence[Result], path: Path, meta: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"machine": machine(), "run": meta, "results": [r.as_dict() for r in results]}
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
