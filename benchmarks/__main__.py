"""python -m benchmarks [--quick] [--json PATH] [--only AREA ...]

Generates seeded synthetic observations (1M with --quick, else 10M), measures each area
against a limit measured in the same run, prints the table and writes it as JSON.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from benchmarks.report import Result, markdown_table, text_table, write_json

AREAS = (
    "startup",
    "import",
    "workspace",
    "filter",
    "sort",
    "scroll",
    "chart",
    "memory",
    "pivot",
    "compare",
    "analytics",
    "edit",
    "fetch",
    "server",
)


def _areas(fx: object, rows: int) -> dict[str, Callable[[], list[Result]]]:
    from benchmarks import (
        analytics,
        chart,
        compare,
        editing,
        fetching,
        filtering,
        importing,
        memory,
        pivot,
        scroll,
        server,
        sorting,
        startup,
        workspace_open,
    )

    return {
        "startup": startup.run,
        "import": lambda: importing.run(fx),  # type: ignore[arg-type]
        "workspace": lambda: workspace_open.run(fx),  # type: ignore[arg-type]
        "filter": lambda: filtering.run(fx),
        "sort": lambda: sorting.run(fx),  # type: ignore
        "scroll": lambda: scroll.run(fx),
        "memory": lambda: memory.run(fx),  # type: ignore
        # the quick run draws 200 small series: today's per-series items take a minute
        # for 2,000, more than the whole --quick budget
        "chart": lambda: chart.run(rows, series=2000 if rows >= 10_000_000 else 200),
        "pivot": lambda: pivot.run(fx),  # type: ignore[arg-type]
        # a 20-series comparison redraw against one batched item of the same points
        "compare": compare.run,
        # conflicts, YoY, records, claim checks, summary and briefing over the whole
        # workspace (+ 1 % second sources); record_statuses alone takes > 1 min at 1M
        "analytics": lambda: analytics.run(fx),  # type: ignore[arg-type]
        # a value edit and its undo on the whole desk (table, catalogue, conflicts,
        # claims, chart): the GUI thread's time, and until every panel is current
        "edit": lambda: editing.run(fx),  # type: ignore[arg-type]
        # a paged World Bank API answer from a loopback server vs reading it in memory
        "fetch": lambda: fetching.run(rows < 10_000_000),
        # a PostgreSQL server of its own: load vs a bare ADBC read, live-update latency
        "server": lambda: server.run(rows < 10_000_000),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="1M observations (about 2.5 minutes on two cores)"
    )
    parser.add_argument("--json", type=Path, help="write the results here as JSON")
    parser.add_argument("--markdown", type=Path, help="write the table here as Markdown")
    parser.add_argument("--only", nargs="+", choices=AREAS, default=list(AREAS))
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows = 1_000_000 if args.quick else 10_000_000
    from benchmarks.common import qt_app
    from benchmarks.fixture import Fixture

    qt_app()
    started = time.perf_counter()
    fx = Fixture.build(rows)
    print(
        f"generated {rows:,} observations in {time.perf_counter() - started:.1f} s ({fx.folder})",
        file=sys.stderr,
    )
    results: list[Result] = []
    failures: list[str] = []
    areas = _areas(fx, rows)
    for name in args.only:
        t = time.perf_counter()
        try:
            results += areas[name]()
        except Exception:  # noqa: BLE001 - one broken area must not hide the others
            failures.append(name)
            traceback.print_exc()
        print(f"{name}: {time.perf_counter() - t:.1f} s", file=sys.stderr, flush=True)
    fx.close()
    if not args.keep:
        shutil.rmtree(fx.folder, ignore_errors=True)
    print(text_table(results))
    meta = {
        "rows": rows,
        "quick": args.quick,
        "areas": args.only,
        "failed_areas": failures,
        "seconds": round(time.perf_counter() - started, 1),
    }
    if args.json:
        write_json(results, args.json, meta)
    if args.markdown:
        args.markdown.write_text(markdown_table(results) + "\n", encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
