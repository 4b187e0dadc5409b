"""Area 3: opening a 10M-observation workspace vs reading its table straight from DuckDB.

The workspace is created with Corridor's schema and filled in one bulk insert (setup, not
measured). The limit reads the same observations table into pandas with one DuckDB query;
Corridor's path is :meth:`DuckDBStorage.load`, which also brings every column to the in-memory
contract types (categorical dimensions). Both run in fresh interpreters so that peak
resident memory while loading can be reported too.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb

from app.domain.model import CODED_COLUMNS, OBSERVATION_COLUMNS
from app.services.storage import DuckDBStorage
from app.services.storage.arrow import insert_table
from benchmarks.common import PEAK
from benchmarks.fixture import Fixture
from benchmarks.report import Result

CHILD = (
    PEAK
    + """
import json, resource, sys, time
kind, path = sys.argv[1], sys.argv[2]
import duckdb, pandas
sys.path.insert(0, sys.argv[3])
from app.services.storage import DuckDBStorage
base = reset_peak()
t = time.perf_counter()
if kind == "limit":
    con = duckdb.connect(path, read_only=True)
    rows = len(con.execute("SELECT * FROM observations").df())
    con.close()
    seconds = time.perf_counter() - t
    peak = peak_kb()
    mem = 0.0
else:
    ws = DuckDBStorage.open(path, read_only=True)
    tables = ws.load()
    seconds = time.perf_counter() - t
    peak = peak_kb()
    ws.close()
    rows = len(tables.observations)
    from benchmarks.memory import frame_mb
    mem = frame_mb(tables.observations)
print(json.dumps({"seconds": seconds, "rows": rows, "extra_mb": (peak - base) / 1024,
                  "frame_mb": mem}))
"""
)


def create(fx: Fixture) -> Path:
    """A workspace file holding all the fixture's observations."""
    path = fx.folder / "large.corridor"
    path.unlink(missing_ok=True)
    DuckDBStorage.create(path, indicators=fx.indicators, sources=fx.sources).close()
    con = duckdb.connect(str(path))
    try:
        # as Arrow (dictionary text columns, change_value dense): DuckDB reads no pandas
        # sparse column
        con.register("_bench", insert_table(fx.observations))
        cols = ", ".join(
            f"CAST({c} AS VARCHAR)" if c in CODED_COLUMNS else c for c in OBSERVATION_COLUMNS
        )
        con.execute(f"INSERT INTO observations SELECT {cols} FROM _bench")
        con.unregister("_bench")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return path


def measure(kind: str, path: Path) -> dict[str, float]:
    root = str(Path(__file__).resolve().parent.parent)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, kind, str(path), root],
        capture_output=True,
        text=True,
        timeout=1800,
        check=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def run(fx: Fixture) -> list[Result]:
    path = create(fx)
    limit = min((measure("limit", path) for _ in range(2)), key=lambda r: r["seconds"])
    ours = min((measure("load", path) for _ in range(2)), key=lambda r: r["seconds"])
    if ours["rows"] != fx.rows:
        raise RuntimeError(f"load read {ours['rows']} of {fx.rows} rows")
    n = f"{fx.rows // 1_000_000}M"
    per_m = fx.rows / 1e6
    return [
        Result(
            "workspace",
            f"open workspace ({n})",
            ours["seconds"] * 1000,
            limit["seconds"] * 1000,
            "ms",
            2.0,
            note="DuckDBStorage.load vs DuckDB → pandas",
        ),
        Result(
            "memory",
            f"load peak ({n})",
            ours["extra_mb"],
            limit["extra_mb"],
            "MB",
            1000.0 * fx.rows / 10_000_000,
            absolute=True,
            note="ru_maxrss growth; target 1 GB per 10M",
        ),
        Result(
            "memory",
            "at rest per 1M observations (loaded frame)",
            ours["frame_mb"] / per_m,
            None,
            "MB",
            30.0,
            absolute=True,
        ),
    ]
