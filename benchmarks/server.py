"""Area: server. A PostgreSQL workspace of 1,000,000 synthetic observations (100,000 with
--quick) on a throwaway server of its own (tests/pg_server.py: Debian's binaries, initdb in
a temporary folder, loopback TCP).

- Load: ``open_storage(url).load()`` (what File > Open does with a server URL) against
  the limit measured in the same run: a bare ADBC read of the same table into Arrow
  (``adbc_driver_postgresql``: binary COPY in C). Beside it, for the choice of the load
  path, the bare read the backend does today (psycopg ``COPY … TO STDOUT`` in CSV parsed
  by pyarrow) and an ADBC read followed by Corridor's own Arrow → frame conversion.
- Live update of one changed figure: client A applies a ``SetValues`` to one figure;
  measured until client B's watch callback has fired *and* its ``pull()`` has returned the
  change. p50 and p95 over 50 trials (20 with --quick); the target is absolute, 1 s (a
  change appears within a second); the limit beside it is a bare ``pg_notify`` heard by a
  bare LISTEN connection followed by a one-row SELECT.

The area is skipped, with a line saying why, where PostgreSQL is not installed.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from benchmarks import synthetic
from benchmarks.common import best_of, percentile_ms
from benchmarks.report import Result

AREA = "server"
LIVE_TARGET_MS = 1000.0


def _servers() -> ModuleType:
    """tests/pg_server.py, imported by path (tests is not a package)."""
    path = Path(__file__).resolve().parent.parent / "tests" / "pg_server.py"
    spec = importlib.util.spec_from_file_location("corridor_pg_server", path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _shape(quick: bool) -> synthetic.Shape:
    return synthetic.Shape(100, 40, 25) if quick else synthetic.SHAPES[1_000_000]


def run(quick: bool) -> list[Result]:
    servers = _servers()
    why = servers.unavailable()
    if why:
        print(f"server: skipped ({why})", file=sys.stderr)
        return []
    shape = _shape(quick)
    trials = 20 if quick else 50
    with servers.running() as server:
        url = server.create_database("bench")
        t = time.perf_counter()
        _fill(url, shape)
        print(
            f"server: {shape.rows:,} observations copied in {time.perf_counter() - t:.1f} s",
            file=sys.stderr,
        )
        load = _load(url, shape.rows)
        live = _live(url, trials)
    return _results(shape.rows, load, live, trials)


def _fill(url: str, shape: synthetic.Shape) -> None:
    from app.services.storage.postgres_backend import PostgresStorage

    PostgresStorage.create(
        url,
        indicators=synthetic.indicators(shape),
        observations=synthetic.observations(shape),
        sources=synthetic.sources(),
    ).close()
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        con.execute("VACUUM ANALYZE observations")


# --- load ---------------------------------------------------------------------------------


def _load(url: str, rows: int) -> dict[str, float]:
    """Best-of-3 seconds of each read on a connection already open (connecting is timed
    apart: ADBC's first connect reads the server's type catalogue)."""
    import adbc_driver_postgresql.dbapi as adbc
    import psycopg

    from app.domain.model import OBSERVATION_COLUMNS
    from app.services.storage import open_storage
    from app.services.storage.arrow import observations_from_arrow
    from app.services.storage.postgres_io import read_arrow

    t = time.perf_counter()
    ws = open_storage(url, read_only=True)
    opened = time.perf_counter() - t
    t = time.perf_counter()
    a_con = adbc.connect(url)
    adbc_connect = time.perf_counter() - t
    p_con = psycopg.connect(url, autocommit=True)
    try:

        def corridor() -> None:
            got = len(ws.load().observations)
            assert got == rows, got

        def bare_adbc() -> Any:
            with a_con.cursor() as cur:
                cur.execute("SELECT * FROM observations")
                table = cur.fetch_arrow_table()
            assert table.num_rows == rows
            return table

        def bare_copy() -> None:
            table = read_arrow(p_con, "SELECT * FROM observations", OBSERVATION_COLUMNS)
            assert table.num_rows == rows

        def adbc_then_frame() -> None:
            frame = observations_from_arrow(bare_adbc())
            assert len(frame) == rows

        bare_adbc()  # warm the server's cache before anything is timed
        return {
            "load": best_of(corridor),
            "adbc": best_of(bare_adbc),
            "copy": best_of(bare_copy),
            "adbc_frame": best_of(adbc_then_frame),
            "open": opened,
            "adbc_connect": adbc_connect,
        }
    finally:
        ws.close()
        a_con.close()
        p_con.close()


# --- live update --------------------------------------------------------------------------


def _live(url: str, trials: int) -> dict[str, list[float]]:
    from app.domain.edits import SetValues
    from app.services.storage import open_storage

    heard = threading.Event()
    a = open_storage(url)
    b = open_storage(url)
    try:
        values = a.load().observations.set_index("obs_id")["value"]
        b.load()
        b.watch(heard.set)
        heard.wait(5)  # the watcher announces once when it has connected
        b.pull()
        callback: list[float] = []
        total: list[float] = []
        for k in range(trials):
            obs_id = int(values.index[k])
            old = float(values.iloc[k])
            edit = SetValues([obs_id], {"value": ([old], [old + 1.0])}, f"bench {k}")
            heard.clear()
            t = time.perf_counter()
            a.apply(edit)
            if not heard.wait(10):
                raise RuntimeError(f"client B heard nothing of change {k} within 10 s")
            callback.append(time.perf_counter() - t)
            change = b.pull()
            total.append(time.perf_counter() - t)
            if change is None or obs_id not in set(change.observations["obs_id"]):
                raise RuntimeError(f"client B's pull did not return figure {obs_id}")
        bare = _bare_notify(url, int(values.index[0]), trials)
    finally:
        a.close()
        b.close()
    return {"callback": callback, "total": total, "bare": bare}


def _bare_notify(url: str, obs_id: int, trials: int) -> list[float]:
    """pg_notify on one connection, heard on another (LISTEN), then a one-row SELECT."""
    import psycopg

    out = []
    with (
        psycopg.connect(url, autocommit=True) as sender,
        psycopg.connect(url, autocommit=True) as listener,
    ):
        listener.execute("LISTEN bench")
        for _ in range(trials):
            t = time.perf_counter()
            sender.execute("SELECT pg_notify('bench', '')")
            for _n in listener.notifies(timeout=10, stop_after=1):
                break
            listener.execute("SELECT * FROM observations WHERE obs_id = %s", [obs_id]).fetchall()
            out.append(time.perf_counter() - t)
    return out


# --- results ------------------------------------------------------------------------------


def _results(
    rows: int, load: dict[str, float], live: dict[str, list[float]], trials: int
) -> list[Result]:
    n = f"{rows / 1e6:g}M" if rows >= 1_000_000 else f"{rows // 1000}k"
    callback_p95 = percentile_ms(live["callback"], 95)
    return [
        Result(
            AREA,
            f"PostgreSQL load ({n}) vs bare ADBC read",
            load["load"],
            load["adbc"],
            "s",
            2.0,
            note=f"load() of an open workspace (opening: {load['open'] * 1000:.0f} ms); "
            "COPY CSV + pyarrow + frame conversion",
        ),
        Result(
            AREA,
            f"bare psycopg COPY CSV + pyarrow read ({n}) vs bare ADBC",
            load["copy"],
            load["adbc"],
            "s",
            None,
            note="today's read; > 1 means ADBC reads faster "
            f"(ADBC's connect: {load['adbc_connect'] * 1000:.0f} ms more)",
        ),
        Result(
            AREA,
            f"ADBC read + Corridor's frame conversion ({n}) vs bare ADBC",
            load["adbc_frame"],
            load["adbc"],
            "s",
            None,
            note="what a load through ADBC would cost",
        ),
        *(
            Result(
                AREA,
                f"live update p{q}: A applies one figure → B's callback + pull",
                percentile_ms(live["total"], q),
                percentile_ms(live["bare"], q),
                "ms",
                LIVE_TARGET_MS,
                absolute=True,
                note=note,
            )
            for q, note in (
                (50, f"{trials} trials; limit: bare NOTIFY → LISTEN → SELECT"),
                (95, f"callback alone p95 {callback_p95:.1f} ms"),
            )
        ),
    ]
