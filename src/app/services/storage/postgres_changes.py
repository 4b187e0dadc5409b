"""The change log of a PostgreSQL workspace at work: refusing a write that would overwrite
a change its author has not seen, telling a client what others changed, and listening for
their commits (see :mod:`postgres_sql` for the log itself).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd
import psycopg

from app.domain.edits import Insert, Op, RecordInsert, RecordUpdate, Update
from app.domain.model import OBSERVATION_COLUMNS, normalise_sources
from app.domain.records import RECORD_TABLES, normalise_records, record_table
from app.domain.remote import RemoteChange, same_value
from app.services.storage import postgres_sql as sql
from app.services.storage.arrow import observations_from_arrow
from app.services.storage.errors import ConflictError
from app.services.storage.postgres_io import max_seq, read_arrow, snapshot, target

CONNECT_TIMEOUT = 10


def refuse_conflicts(
    cur: psycopg.Cursor[Any],
    text: str,
    ops: Sequence[Op],
    expected: Sequence[Op],
    seen: int,
    own: set[int],
) -> None:
    """Raise ConflictError when a row the operations touch was changed by someone
    else after this client's last look (its row version is newer), or no longer holds
    the value this edit (or the undo of it) expects to replace."""
    keys: dict[str, set[str]] = {}
    for op in ops:
        table, ids = target(op)
        if table and not isinstance(op, Insert | RecordInsert):
            keys.setdefault(table, set()).update(str(i) for i in ids)
    for table, wanted in keys.items():
        rows = cur.execute(
            "SELECT key, who, at FROM changes WHERE tbl = %s AND key = ANY(%s) AND seq > %s "
            "AND NOT (txid = ANY(%s)) ORDER BY seq DESC",
            [table, sorted(wanted), seen, sorted(own)],
        ).fetchall()
        if rows:
            key, who, at = rows[0]
            raise ConflictError(conflict_text(cur, table, key, who, at, text), table, int(key), who)
    for op in expected:
        if isinstance(op, Update | RecordUpdate):
            _check_values(cur, op, text)


def _check_values(cur: psycopg.Cursor[Any], op: Update | RecordUpdate, text: str) -> None:
    table, ids = target(op)
    key = "obs_id" if table == "observations" else record_table(table).key
    current = dict(
        cur.execute(
            f"SELECT {key}, {op.column} FROM {table} WHERE {key} = ANY(%s)",
            [[int(i) for i in ids]],
        ).fetchall()
    )
    for i, want in zip(ids, op.values, strict=True):
        if int(i) in current and not same_value(current[int(i)], want):
            last = cur.execute(
                "SELECT who, at FROM changes WHERE tbl = %s AND key = %s ORDER BY seq DESC LIMIT 1",
                [table, str(int(i))],
            ).fetchone()
            who, at = last if last else ("someone", None)
            raise ConflictError(
                conflict_text(cur, table, str(int(i)), who, at, text), table, int(i), who
            )


def pull_change(
    con: psycopg.Connection[Any], seen: int, own: set[int]
) -> tuple[RemoteChange | None, int]:
    """What other clients committed after ``seen`` (their rows as they are now), read in
    one snapshot, and the change log's position it was read up to."""
    with snapshot(con):
        top = max_seq(con)
        if top <= seen:
            return None, seen
        changed = con.execute(
            "SELECT tbl, key, (array_agg(who ORDER BY seq DESC))[1] FROM changes "
            "WHERE seq > %s AND seq <= %s AND NOT (txid = ANY(%s)) GROUP BY tbl, key",
            [seen, top, sorted(own)],
        ).fetchall()
        return (remote_change(con, changed) if changed else None), top


def remote_change(
    con: psycopg.Connection[Any], changed: list[tuple[str, str, str]]
) -> RemoteChange:
    by_table: dict[str, list[str]] = {}
    who: Counter[str] = Counter()
    for table, key, user in changed:
        by_table.setdefault(table, []).append(key)
        who[user] += 1
    obs_keys = [int(k) for k in by_table.get("observations", [])]
    obs = pd.DataFrame()
    removed: tuple[int, ...] = ()
    if obs_keys:
        ids = ",".join(str(k) for k in obs_keys)
        table = read_arrow(
            con, f"SELECT * FROM observations WHERE obs_id IN ({ids})", OBSERVATION_COLUMNS
        )
        obs = observations_from_arrow(table)
        removed = tuple(sorted(set(obs_keys) - set(obs["obs_id"].tolist())))
    records: dict[str, pd.DataFrame] = {}
    removed_records: dict[str, tuple[int, ...]] = {}
    for name, t in RECORD_TABLES.items():
        keys = [int(k) for k in by_table.get(name, [])]
        if not keys:
            continue
        cur = con.execute(f"SELECT * FROM {name} WHERE {t.key} = ANY(%s)", [keys])
        frame = pd.DataFrame(cur.fetchall(), columns=[d.name for d in cur.description or []])
        records[name] = normalise_records(name, frame)
        removed_records[name] = tuple(sorted(set(keys) - set(records[name][t.key].tolist())))
    sources = pd.DataFrame()
    indicators = pd.DataFrame()
    if len(obs):
        src_ids = sorted({int(i) for i in obs["source_id"]})
        cur = con.execute("SELECT * FROM sources WHERE source_id = ANY(%s)", [src_ids])
        sources = normalise_sources(
            pd.DataFrame(cur.fetchall(), columns=[d.name for d in cur.description or []])
        )
        codes = sorted({str(c) for c in obs["indicator"]})
        cur = con.execute("SELECT * FROM indicators WHERE code = ANY(%s)", [codes])
        indicators = pd.DataFrame(cur.fetchall(), columns=[d.name for d in cur.description or []])
    return RemoteChange(obs, removed, records, removed_records, sources, indicators, who)


def conflict_text(
    cur: psycopg.Cursor[Any], table: str, key: str, who: str, at: Any, text: str
) -> str:
    when = f" at {at:%H:%M}" if isinstance(at, dt.datetime) else ""
    if table == "observations":
        row = cur.execute(
            "SELECT indicator, reporter, partner, period_text, value FROM observations "
            "WHERE obs_id = %s",
            [int(key)],
        ).fetchone()
        if row is None:
            what = f"Figure {key} was deleted by {who}{when}"
        else:
            ind, rep, par, period, value = row
            pair = "–".join(p for p in (rep, par) if p)
            shown = "no value" if value is None else _number(float(value))
            what = (
                f"{ind} {pair} {period} (figure {key}) was changed by {who}{when}; "
                f"it is now {shown}"
            )
    else:
        what = f"{record_table(table).noun.capitalize()} {key} was changed by {who}{when}"
    return f"{what}. Your change “{text}” was not saved."


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.6g}"


class Watcher:
    """LISTENs on a connection of its own, in a daemon thread; calls back on each
    notification; reconnects after a dropped connection until stopped."""

    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo
        self.callbacks: list[Callable[[], None]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="corridor-listen", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                with psycopg.connect(
                    self._conninfo, autocommit=True, connect_timeout=CONNECT_TIMEOUT
                ) as con:
                    con.execute(f"LISTEN {sql.CHANNEL}")
                    self._announce()  # anything missed while (re)connecting
                    while not self._stop.is_set():
                        heard = False
                        for _n in con.notifies(timeout=0.25, stop_after=None):
                            heard = True
                            break
                        if heard:
                            # a burst of commits is one call
                            for _n in con.notifies(timeout=0.02):
                                pass
                            self._announce()
            except psycopg.Error:
                self._stop.wait(1.0)

    def _announce(self) -> None:
        for callback in list(self.callbacks):
            with contextlib.suppress(Exception):
                callback()
