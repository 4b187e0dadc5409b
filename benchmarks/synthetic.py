"""Seeded synthetic long-format observations at the cardinalities of real portal extracts.

A full UN Comtrade or WDI extract has thousands of indicators, hundreds of country pairs and
decades of periods; 2,000 x 200 x 25 = 10 million rows is the scale Corridor must stay
fluid at (PERFORMANCE.md). Frames are built column by column from numpy arrays (categorical
codes, never Python strings per row) so generating 10M rows takes seconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from app.domain.model import OBSERVATION_COLUMNS, normalise_observations, normalise_sources

COUNTRIES = (
    "AZE",
    "CHN",
    "RUS",
    "TUR",
    "IRN",
    "GEO",
    "KAZ",
    "UZB",
    "TKM",
    "ARM",
    "USA",
    "DEU",
    "FRA",
    "GBR",
    "ITA",
    "JPN",
    "KOR",
    "IND",
    "PAK",
    "BRA",
    "CAN",
    "MEX",
    "ESP",
    "NLD",
    "BEL",
    "CHE",
    "SWE",
    "NOR",
    "POL",
    "UKR",
)
UNITS = ("USD", "persons", "MW", "kWh", "percent", "count")
STATUSES = ("actual", "provisional", "estimate")
FIRST_YEAR = 2000
N_SOURCES = 60


@dataclass(frozen=True)
class Shape:
    """How many indicators x pairs x years make one table."""

    indicators: int
    pairs: int
    years: int

    @property
    def rows(self) -> int:
        return self.indicators * self.pairs * self.years


#: 1M (quick) and 10M (full) tables: thousands of indicators, hundreds of pairs, decades.
SHAPES = {1_000_000: Shape(1_000, 40, 25), 10_000_000: Shape(2_000, 200, 25)}


def pairs(n: int) -> list[tuple[str, str]]:
    """The first ``n`` ordered (reporter, partner) pairs of distinct countries."""
    out = [(a, b) for a in COUNTRIES for b in COUNTRIES if a != b]
    if n > len(out):
        raise ValueError(f"at most {len(out)} pairs")
    return out[:n]


def indicator_codes(n: int) -> list[str]:
    return [f"IND.{i:05d}" for i in range(n)]


def indicators(shape: Shape) -> pd.DataFrame:
    """The indicator catalogue: code, name, topic, unit, kind, description."""
    codes = indicator_codes(shape.indicators)
    topics = ("Trade", "Tourism", "Energy", "Investment", "Transport")
    return pd.DataFrame(
        {
            "code": codes,
            "name": [
                f"{topics[i % 5]} indicator {i} ({UNITS[i % len(UNITS)]})"
                for i in range(len(codes))
            ],
            "topic": [topics[i % 5] for i in range(len(codes))],
            "unit": [UNITS[i % len(UNITS)] for i in range(len(codes))],
            "kind": ["flow"] * len(codes),
            "description": [""] * len(codes),
        }
    )


def sources() -> pd.DataFrame:
    rows = [
        {
            "source_id": i,
            "publisher": f"Portal {i % 12}",
            "title": f"Extract {i}",
            "published": f"20{10 + i % 15}-0{1 + i % 9}-15",
            "kind": "file",
            "dataset": f"DS{i}",
        }
        for i in range(N_SOURCES)
    ]
    return normalise_sources(pd.DataFrame(rows))


def _cat(codes: np.ndarray, categories: list[str]) -> pd.Categorical:
    return pd.Categorical.from_codes(codes, categories=categories)


def observations(shape: Shape, seed: int = 20250101) -> pd.DataFrame:
    """The observation table in the in-memory contract types (see app.domain.model)."""
    rng = np.random.default_rng(seed)
    n = shape.rows
    ind = np.repeat(np.arange(shape.indicators, dtype=np.int32), shape.pairs * shape.years)
    pair = np.tile(np.repeat(np.arange(shape.pairs, dtype=np.int32), shape.years), shape.indicators)
    year = np.tile(np.arange(shape.years, dtype=np.int32), shape.indicators * shape.pairs)
    ps = pairs(shape.pairs)
    countries = sorted({c for p in ps for c in p})
    where = {c: i for i, c in enumerate(countries)}
    rep = np.array([where[a] for a, _ in ps], dtype=np.int16)[pair]
    par = np.array([where[b] for _, b in ps], dtype=np.int16)[pair]
    start = (FIRST_YEAR + year) * 12
    years_text = [str(FIRST_YEAR + y) for y in range(shape.years)]
    unit = (ind % len(UNITS)).astype(np.int8)
    frame = {
        "obs_id": np.arange(1, n + 1, dtype=np.int64),
        "indicator": _cat(ind, indicator_codes(shape.indicators)),
        "reporter": _cat(rep, countries),
        "partner": _cat(par, countries),
        "subject": _cat(np.zeros(n, dtype=np.int8), [""]),
        "period_start": start.astype(np.int32),
        "period_end": (start + 11).astype(np.int32),
        "period_point": np.zeros(n, dtype=bool),
        "period_detail": _cat(np.zeros(n, dtype=np.int8), [""]),
        "period_text": _cat(year, years_text),
        "value": np.round(rng.lognormal(16, 3, n), 2),
        "unit": _cat(unit, list(UNITS)),
        "qualifier": _cat(np.zeros(n, dtype=np.int8), ["exact"]),
        "status": _cat(
            rng.choice(len(STATUSES), n, p=[0.85, 0.1, 0.05]).astype(np.int8), list(STATUSES)
        ),
        "change_value": np.full(n, np.nan),
        "change_unit": _cat(np.zeros(n, dtype=np.int8), [""]),
        "change_qualifier": _cat(np.zeros(n, dtype=np.int8), [""]),
        "source_id": rng.integers(0, N_SOURCES, n).astype(np.int64),
        "preferred": np.zeros(n, dtype=bool),
        "note": _cat(np.zeros(n, dtype=np.int8), [""]),
    }
    return normalise_observations(pd.DataFrame({c: frame[c] for c in OBSERVATION_COLUMNS}))


def tidy_table(obs: pd.DataFrame) -> pa.Table:
    """The Corridor tidy file layout (8 columns, like a portal extract) as an Arrow table."""

    def dictionary(col: str) -> pa.DictionaryArray:
        s = obs[col]
        return pa.DictionaryArray.from_arrays(
            pa.array(s.cat.codes.to_numpy()), pa.array(list(s.cat.categories), pa.string())
        )

    labels = sources()
    publisher = labels["publisher"].to_numpy(dtype=object)
    return pa.table(
        {
            "indicator": dictionary("indicator"),
            "reporter": dictionary("reporter"),
            "partner": dictionary("partner"),
            "period": pa.array(obs["period_text"].to_numpy(dtype=object), pa.string()),
            "value": pa.array(obs["value"].to_numpy()),
            "unit": dictionary("unit"),
            "status": dictionary("status"),
            "source_publisher": pa.array(publisher[obs["source_id"].to_numpy()], pa.string()),
        }
    )


def write_files(obs: pd.DataFrame, folder: Path) -> tuple[Path, Path]:
    """(csv, parquet) files of the tidy layout in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    table = tidy_table(obs)
    csv_path, parquet_path = folder / "observations.csv", folder / "observations.parquet"
    plain = table.cast(
        pa.schema(
            [
                pa.field(f.name, pa.string() if pa.types.is_dictionary(f.type) else f.type)
                for f in table.schema
            ]
        )
    )
    pacsv.write_csv(plain, csv_path)
    pq.write_table(table, parquet_path)
    return csv_path, parquet_path
