"""Synthetic portal downloads for the import benchmark: a World Bank WDI bulk CSV, a
DataBank export, an SDMX-CSV file and a Comtrade+ download.

The WDI file has the real layout (UTF-8 BOM, four preamble lines, quoted cells, a trailing
comma on every line, one column per year 1960-2023, countries and aggregates) with seeded
random values and about 5 % empty cells, so its observation count is known exactly.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pycountry

YEARS = tuple(range(1960, 2024))
EMPTY_SHARE = 0.05


def write_wdi_bulk(path: Path, observations: int, seed: int = 7) -> int:
    """Write a WDI bulk CSV with about ``observations`` values; returns the exact count."""
    rng = random.Random(seed)
    places = [(c.name.replace('"', ""), c.alpha_3) for c in pycountry.countries]
    places += [("World", "WLD"), ("Euro area", "EMU"), ("High income", "HIC")]
    rows = max(1, round(observations / (len(YEARS) * (1 - EMPTY_SHARE))))
    header = ["Country Name", "Country Code", "Indicator Name", "Indicator Code", *map(str, YEARS)]
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="\n") as f:
        f.write('"Data Source","World Development Indicators",\n\n')
        f.write('"Last Updated Date","2024-11-13",\n\n')
        f.write(",".join(f'"{h}"' for h in header) + ",\n")
        for i in range(rows):
            name, code = places[i % len(places)]
            ind = i // len(places) + 1
            values = [
                "" if rng.random() < EMPTY_SHARE else f"{rng.uniform(0, 1e9):.6g}" for _ in YEARS
            ]
            count += sum(1 for v in values if v)
            cells = [name, code, f"Indicator {ind} (current US$)", f"BENCH.IND.{ind}.CD", *values]
            f.write(",".join(f'"{c}"' for c in cells) + ",\n")
    return count


def _places() -> list[tuple[str, str, str]]:
    """(name, alpha-3, alpha-2) of the ISO countries, then three World Bank aggregates."""
    out = [(c.name.replace('"', ""), c.alpha_3, c.alpha_2) for c in pycountry.countries]
    return [*out, ("World", "WLD", "1W"), ("Euro area", "EMU", "XC"), ("High income", "HIC", "XD")]


def _numbers(rng: np.random.Generator, n: int, empty: str) -> tuple[pa.Array, int]:
    """n value cells: about EMPTY_SHARE of them ``empty``, the rest 6 significant digits."""
    values = rng.uniform(0, 1e9, n)
    gone = rng.random(n) < EMPTY_SHARE
    text = pc.cast(pa.array(np.round(values, 2)), pa.string())
    cells = pc.if_else(pa.array(gone), pa.scalar(empty), text)
    return cells, int((~gone).sum())


def _write(table: pa.Table, path: Path, bom: bool, footer: str = "") -> None:
    with path.open("wb") as f:
        if bom:
            f.write(b"\xef\xbb\xbf")
        pacsv.write_csv(table, f, pacsv.WriteOptions(quoting_style="needed"))
        f.write(footer.encode("utf-8"))


def write_databank(path: Path, observations: int, seed: int = 11) -> int:
    """A DataBank export (series in rows, ``2000 [YR2000]`` columns, ``..`` for missing,
    BOM, footer lines) with about ``observations`` values; returns the exact count."""
    rng = np.random.default_rng(seed)
    places = _places()
    rows = max(1, round(observations / (len(YEARS) * (1 - EMPTY_SHARE))))
    place = np.arange(rows) % len(places)
    series = np.arange(rows) // len(places) + 1
    names = np.array([p[0] for p in places], dtype=object)
    codes = np.array([p[1] for p in places], dtype=object)
    cols: dict[str, Any] = {
        "Series Name": pa.array([f"Series {i} (current US$)" for i in series]),
        "Series Code": pa.array([f"BENCH.SER.{i}.CD" for i in series]),
        "Country Name": pa.array(names[place]),
        "Country Code": pa.array(codes[place]),
    }
    count = 0
    for year in YEARS:
        cols[f"{year} [YR{year}]"], kept = _numbers(rng, rows, "..")
        count += kept
    footer = "\n\nData from database: World Development Indicators\nLast Updated: 11/13/2024\n"
    _write(pa.table(cols), path, bom=True, footer=footer)
    return count


def write_sdmx_csv(path: Path, observations: int, seed: int = 13) -> int:
    """An SDMX-CSV 1.0 file of bilateral annual figures (Eurostat layout: DATAFLOW, LAST
    UPDATE, dimensions, TIME_PERIOD, OBS_VALUE, OBS_FLAG) with ``observations`` rows,
    some of them empty (no two rows of one figure); returns the count of values."""
    rng = np.random.default_rng(seed)
    alpha2 = np.array([p[2] for p in _places()], dtype=object)
    years = np.array([str(y) for y in range(1990, 2024)], dtype=object)
    n = observations
    series = np.arange(n) // len(years)
    cols: dict[str, Any] = {
        "DATAFLOW": pa.array(np.full(n, "ESTAT:BENCH_TRADE(1.0)", dtype=object)),
        "LAST UPDATE": pa.array(np.full(n, "16/12/25 23:00:00", dtype=object)),
        "freq": pa.array(np.full(n, "A", dtype=object)),
        "indic": pa.array(np.array(["IMP", "EXP", "BAL"], dtype=object)[series % 3]),
        "unit": pa.array(np.full(n, "MIO_EUR", dtype=object)),
        "partner": pa.array(alpha2[(series // 3) % len(alpha2)]),
        "geo": pa.array(alpha2[(series // (3 * len(alpha2))) % len(alpha2)]),
        "TIME_PERIOD": pa.array(years[np.arange(n) % len(years)]),
    }
    cols["OBS_VALUE"], count = _numbers(rng, n, "")
    cols["OBS_FLAG"] = pa.array(np.where(rng.random(n) < 0.1, "p", ""))
    _write(pa.table(cols), path, bom=False)
    return count


#: The 47 columns of a Comtrade+ download (import-formats.md, section 3).
COMTRADE_COLUMNS = [
    "typeCode",
    "freqCode",
    "refPeriodId",
    "refYear",
    "refMonth",
    "period",
    "reporterCode",
    "reporterISO",
    "reporterDesc",
    "flowCode",
    "flowDesc",
    "partnerCode",
    "partnerISO",
    "partnerDesc",
    "partner2Code",
    "partner2ISO",
    "partner2Desc",
    "classificationCode",
    "classificationSearchCode",
    "isOriginalClassification",
    "cmdCode",
    "cmdDesc",
    "aggrLevel",
    "isLeaf",
    "customsCode",
    "customsDesc",
    "mosCode",
    "motCode",
    "motDesc",
    "qtyUnitCode",
    "qtyUnitAbbr",
    "qty",
    "isQtyEstimated",
    "altQtyUnitCode",
    "altQtyUnitAbbr",
    "altQty",
    "isAltQtyEstimated",
    "netWgt",
    "isNetWgtEstimated",
    "grossWgt",
    "isGrossWgtEstimated",
    "cifvalue",
    "fobvalue",
    "primaryValue",
    "legacyEstimationFlag",
    "isReported",
    "isAggregate",
]


def write_comtrade(path: Path, observations: int, seed: int = 17) -> int:
    """A Comtrade+ CSV download (all 47 columns) of annual totals by commodity: reporter
    x partner x HS chapter x flow x year, ``observations`` rows; returns the count."""
    rng = np.random.default_rng(seed)
    places = [p for p in _places() if p[1] != "WLD"]
    iso = np.array([p[1] for p in places], dtype=object)
    num = np.array([str(100 + i) for i in range(len(places))], dtype=object)
    desc = np.array([p[0] for p in places], dtype=object)
    years = np.arange(2000, 2024)
    n = observations
    i = np.arange(n)
    year = years[i % len(years)]
    flow = (i // len(years)) % 2
    chapter = (i // (2 * len(years))) % 97 + 1
    partner = (i // (2 * len(years) * 97)) % len(places)
    reporter = (i // (2 * len(years) * 97 * len(places))) % len(places)
    value = np.round(rng.uniform(1e3, 1e9, n), 1)
    text = pc.cast(pa.array(value), pa.string())
    fixed = {
        "typeCode": "C",
        "freqCode": "A",
        "refMonth": "52",
        "partner2Code": "0",
        "partner2ISO": "W00",
        "partner2Desc": "World",
        "classificationCode": "H6",
        "classificationSearchCode": "HS",
        "isOriginalClassification": "True",
        "aggrLevel": "2",
        "isLeaf": "False",
        "customsCode": "C00",
        "customsDesc": "TOTAL CPC",
        "mosCode": "0",
        "motCode": "0",
        "motDesc": "TOTAL MOT",
        "qtyUnitCode": "-1",
        "qtyUnitAbbr": "N/A",
        "qty": "0",
        "isQtyEstimated": "False",
        "altQtyUnitCode": "-1",
        "altQtyUnitAbbr": "N/A",
        "altQty": "0",
        "isAltQtyEstimated": "False",
        "netWgt": "0",
        "isNetWgtEstimated": "False",
        "grossWgt": "0",
        "isGrossWgtEstimated": "False",
        "legacyEstimationFlag": "0",
        "isReported": "True",
        "isAggregate": "True",
    }
    year_text = year.astype(str).astype(object)
    cols: dict[str, Any] = {
        "refPeriodId": pa.array((year * 10000 + 101).astype(str).astype(object)),
        "refYear": pa.array(year_text),
        "period": pa.array(year_text),
        "reporterCode": pa.array(num[reporter]),
        "reporterISO": pa.array(iso[reporter]),
        "reporterDesc": pa.array(desc[reporter]),
        "flowCode": pa.array(np.array(["M", "X"], dtype=object)[flow]),
        "flowDesc": pa.array(np.array(["Import", "Export"], dtype=object)[flow]),
        "partnerCode": pa.array(num[partner]),
        "partnerISO": pa.array(iso[partner]),
        "partnerDesc": pa.array(desc[partner]),
        "cmdCode": pa.array(np.char.zfill(chapter.astype(str), 2).astype(object)),
        "cmdDesc": pa.array(
            np.array([f"Chapter {c}" for c in range(1, 98)], dtype=object)[chapter - 1]
        ),
        "cifvalue": pa.array(np.full(n, "", dtype=object)),
        "fobvalue": text,
        "primaryValue": text,
    }
    for name, cell in fixed.items():
        cols[name] = pa.array(np.full(n, cell, dtype=object))
    _write(pa.table({c: cols[c] for c in COMTRADE_COLUMNS}), path, bom=False)
    return n
