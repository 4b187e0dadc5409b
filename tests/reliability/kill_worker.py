"""The child of the kill harness: applies random edits to a workspace through a Desk.

Run as ``python kill_worker.py WORKSPACE SEED``. It prints, flushing each line:

- ``ready <digest>`` once the workspace is open (the digest of what it loaded),
- ``intent <n> <digest>`` before edit n (the digest the workspace will have once it lands),
- ``commit <n> <digest>`` after ``Desk.apply`` returned for edit n,

and goes on until it is killed. The parent kills it with SIGKILL at a random moment and
then checks that the workspace holds exactly the last committed state, or the state of the
one edit that was in flight (committed by the database just before the kill, not yet
reported): never anything in between.

The helpers here (seeding a workspace, the state digest) are shared with the tests.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from app.domain.edits import AddObservations, CompositeEdit, DeleteObservations, Edit, SetValues
from app.domain.model import OBSERVATION_COLUMNS, SOURCE_COLUMNS, Qualifier, Status
from app.domain.store import ObservationStore, concat_observations
from app.services.desk import Desk
from app.services.storage import DuckDBStorage

INDICATORS = ("trade_turnover", "exports", "imports", "tourists", "energy_capacity")
UNITS = {
    "trade_turnover": "USD",
    "exports": "USD",
    "imports": "USD",
    "tourists": "persons",
    "energy_capacity": "MW",
}
#: Text that has broken other programs: quotes, markup, formulas, NUL, RTL, emoji, newlines.
NASTY_TEXT = (
    "",
    'O\'Brien "quoted"',
    "<script>alert(1)</script>",
    '=HYPERLINK("x")',
    "line one\nline two\r\n",
    "a\x00b",
    "\u202eRTL",
    "汉字 and Azərbaycan",
    "🙂" * 5,
    "'; DROP TABLE observations; --",
    "x" * 5000,
)
MAX_ROWS = 1500


def indicator_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "code": list(INDICATORS),
            "name": [c.replace("_", " ") for c in INDICATORS],
            "topic": "trade",
            "unit": [UNITS[c] for c in INDICATORS],
            "kind": "flow",
            "description": "",
        }
    )


def random_sources(rng: random.Random, first_id: int, n: int) -> pd.DataFrame:
    rows = [
        {c: "" for c in SOURCE_COLUMNS}
        | {
            "source_id": first_id + i,
            "publisher": rng.choice((*NASTY_TEXT[:4], "Trend")),
            "url": rng.choice(("https://example.org/a", "javascript:alert(1)", "")),
            "published": f"2025-{rng.randint(1, 12):02d}-01",
            "kind": "press",
            "quote": rng.choice(NASTY_TEXT),
        }
        for i in range(n)
    ]
    return pd.DataFrame(rows, columns=list(SOURCE_COLUMNS))


def random_observations(
    rng: random.Random, first_id: int, n: int, source_ids: list[int]
) -> pd.DataFrame:
    rows = []
    for i in range(n):
        indicator = rng.choice(INDICATORS)
        start = rng.randint(2000 * 12, 2030 * 12)
        rows.append(
            {
                "obs_id": first_id + i,
                "indicator": indicator,
                "reporter": rng.choice(("AZE", "CHN")),
                "partner": rng.choice(("CHN", "AZE", "")),
                "subject": "",
                "period_start": start,
                "period_end": start + rng.choice((0, 2, 5, 11)),
                "period_point": False,
                "period_text": "",
                "value": _random_value(rng),
                "unit": UNITS[indicator],
                "qualifier": rng.choice(list(Qualifier)).value,
                "status": rng.choice(list(Status)).value,
                "change_value": float("nan"),
                "change_unit": "",
                "change_qualifier": "",
                "source_id": rng.choice(source_ids) if source_ids else -1,
                "preferred": rng.random() < 0.2,
                "note": rng.choice(NASTY_TEXT),
            }
        )
    return pd.DataFrame(rows, columns=list(OBSERVATION_COLUMNS))


def _random_value(rng: random.Random) -> float:
    return rng.choice(
        (rng.uniform(-1e12, 1e12), float(rng.randint(0, 10**6)), rng.uniform(0, 1), 1e300, 5e-324)
    )


def seed_workspace(path: Path, seed: int, rows: int = 300) -> DuckDBStorage:
    """Create a workspace with random observations and sources (closed by the caller)."""
    rng = random.Random(seed)
    sources = random_sources(rng, 1, 5)
    obs = random_observations(rng, 1, rows, sources["source_id"].tolist())
    return DuckDBStorage.create(
        path, indicators=indicator_frame(), observations=obs, sources=sources
    )


# --- the digest both sides compute ----------------------------------------------------


def state_digest(observations: pd.DataFrame, sources: pd.DataFrame) -> str:
    """A hash of every stored value, independent of row order and of in-memory dtypes."""
    h = hashlib.sha256()
    obs = observations.sort_values("obs_id", kind="stable").reset_index(drop=True)
    for col in OBSERVATION_COLUMNS:
        h.update(col.encode() + _column_bytes(obs[col]))
    src = sources.sort_values("source_id", kind="stable").reset_index(drop=True)
    for col in SOURCE_COLUMNS:
        h.update(col.encode() + _column_bytes(src[col]))
    return h.hexdigest()[:24]


def _column_bytes(s: pd.Series) -> bytes:
    if pd.api.types.is_float_dtype(s.dtype):
        x = s.to_numpy(dtype="float64")
        nan = np.isnan(x)
        return np.where(nan, 0.0, x).tobytes() + nan.tobytes()
    if pd.api.types.is_integer_dtype(s.dtype) or pd.api.types.is_bool_dtype(s.dtype):
        return s.to_numpy(dtype="int64").tobytes()
    return json.dumps(s.astype(str).tolist()).encode()


def store_digest(store: ObservationStore) -> str:
    return state_digest(store.observations, store.sources)


def workspace_digest(ws: DuckDBStorage) -> str:
    t = ws.load()
    return state_digest(t.observations, t.sources)


# --- random edits -----------------------------------------------------------------------


def random_edit(rng: random.Random, store: ObservationStore) -> Edit:
    n = len(store.observations)
    roll = rng.random()
    if n and (roll < 0.4 or (n > MAX_ROWS and roll < 0.6)):
        return _set_values(rng, store)
    if n and (roll < 0.6 or n > MAX_ROWS):
        return _delete(rng, store)
    if roll < 0.85 or not n:
        return _import(rng, store, rng.choice((1, 5, 50, 400)))
    return CompositeEdit(
        [_import(rng, store, rng.randint(1, 30)), _set_values(rng, store)],
        "Accept all extracted figures",
        action="add",
    )


def _pick_ids(rng: random.Random, store: ObservationStore, most: int) -> list[int]:
    ids = store.observations["obs_id"].tolist()
    return rng.sample(ids, min(len(ids), rng.randint(1, most)))


def _set_values(rng: random.Random, store: ObservationStore) -> SetValues:
    ids = _pick_ids(rng, store, 20)
    rows = store.rows(ids)
    column = rng.choice(("value", "note", "status", "qualifier", "period", "preferred"))
    if column == "period":
        start = [rng.randint(2000 * 12, 2030 * 12) for _ in ids]
        end = [s + rng.choice((0, 2, 11)) for s in start]
        cols = {
            "period_start": (rows["period_start"].tolist(), start),
            "period_end": (rows["period_end"].tolist(), end),
        }
        return SetValues(ids, cols, "Change period")
    new: list[object]
    if column == "value":
        new = [_random_value(rng) for _ in ids]
    elif column == "note":
        new = [rng.choice(NASTY_TEXT) for _ in ids]
    elif column == "status":
        new = [rng.choice(list(Status)).value for _ in ids]
    elif column == "qualifier":
        new = [rng.choice(list(Qualifier)).value for _ in ids]
    else:
        new = [rng.random() < 0.5 for _ in ids]
    old = [str(v) if column in ("status", "qualifier") else v for v in rows[column].tolist()]
    return SetValues(ids, {column: (old, new)}, f"Edit {column}")


def _delete(rng: random.Random, store: ObservationStore) -> DeleteObservations:
    ids = _pick_ids(rng, store, 60)
    return DeleteObservations(store.rows(ids).copy(), "Delete observations")


def _import(rng: random.Random, store: ObservationStore, n: int) -> AddObservations:
    first_source = store.next_source_id()
    sources = random_sources(rng, first_source, rng.choice((0, 1, 2)))
    source_ids = store.sources["source_id"].tolist() + sources["source_id"].tolist()
    obs = random_observations(rng, store.next_obs_id(), n, source_ids)
    return AddObservations(obs, sources, f"Import {n} figures")


def copy_store(store: ObservationStore) -> ObservationStore:
    return ObservationStore(
        concat_observations([store.observations.copy()]), store.sources.copy(), store.indicators
    )


# --- the child's loop ---------------------------------------------------------------------


def main(argv: list[str]) -> int:
    path, seed = Path(argv[1]), int(argv[2])
    rng = random.Random(seed)
    ws = DuckDBStorage.open(path)
    if ws.read_only:
        print(f"error read-only: {ws.read_only_message()}", flush=True)
        return 3
    desk = Desk(ws, ws.load_store())
    shadow = copy_store(desk.store)
    print(f"ready {store_digest(desk.store)}", flush=True)
    n = 0
    while True:
        n += 1
        edit = random_edit(rng, shadow)
        shadow.apply(edit)
        expected = store_digest(shadow)
        print(f"intent {n} {expected}", flush=True)
        desk.apply(edit)
        print(f"commit {n} {expected}", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
