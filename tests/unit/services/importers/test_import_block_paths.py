"""What the read-ahead thread does to a CSV block (columns left out, dictionary encoding,
value columns as floats, block sizes) changes nothing in what an import reads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from app.services.importers import read_file
from app.services.importers import text as text_module
from app.services.importers.cells import MISSING, read_values
from app.services.importers.codes import numbers_as_written
from app.services.importers.formats import worldbank
from app.services.importers.formats.distinct import distinct_rows, per_distinct
from app.services.importers.text import (
    BLOCK_BYTES,
    MAX_BLOCK_BYTES,
    CsvLayout,
    block_bytes,
    iter_csv_blocks,
)

#: Value cells of every kind: plain numbers, missing marks, and cells only the careful
#: way reads (blanks around, a thousands comma, words, infinities, an overflow).
CELLS = ["12.5", "", "..", "-0", "3e5", " 7 ", "1,234", "nan", "NaN", "inf", "1e400", "x1", "0.1"]


def _values(rng: np.random.Generator, n: int, odd: bool) -> list[str]:
    """n value cells: numbers and marks only, or now and then an odd one too."""
    plain = [f"{v:.6g}" for v in rng.uniform(-1e6, 1e6, n)]
    pick = rng.random(n)
    out = []
    for i, cell in enumerate(plain):
        if pick[i] < 0.05:
            out.append("..")
        elif odd and pick[i] > 0.995:
            out.append(CELLS[int(rng.integers(0, len(CELLS)))])
        else:
            out.append(cell)
    return out


def _corridor(path: Path, rng: np.random.Generator) -> None:
    head = "indicator,reporter,partner,period,value,unit,status,change_value,source_publisher"
    rows = []
    for i, v in enumerate(_values(rng, 3_000, odd=True)):
        change = "" if i % 3 else v
        rows.append(
            f"IND.{i % 7},AZE,{'CHN' if i % 2 else 'TUR'},{1990 + i % 30},{v},USD,actual,"
            f"{change},Portal {i % 3}"
        )
    path.write_text(head + "\n" + "\n".join(rows) + "\n", encoding="utf-8")


def _wdi(path: Path, rng: np.random.Generator) -> None:
    years = list(range(1990, 2020))
    lines = [
        '"Data Source","World Development Indicators",',
        "",
        '"Last Updated Date","2024-11-13",',
        "",
        ",".join(
            f'"{h}"'
            for h in [
                "Country Name",
                "Country Code",
                "Indicator Name",
                "Indicator Code",
                *map(str, years),
            ]
        )
        + ",",
    ]
    for i in range(400):
        # the odd cells only in the later rows: some blocks are all numbers, some not
        cells = _values(rng, len(years), odd=i > 300)
        country = ["AZE", "CHN", "TUR", "WLD"][i % 4]
        row = [country, country, f"Indicator {i // 4} (current US$)", f"IND.{i // 4}.CD", *cells]
        lines.append(",".join(f'"{c}"' for c in row) + ",")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _sdmx(path: Path, rng: np.random.Generator) -> None:
    head = "DATAFLOW,FREQ,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS"
    cells = _values(rng, 3_000, odd=True)
    rows = [
        f"XX:DF(1.0),A,IND{i % 5},{['AZE', 'CHN', 'TUR'][i % 3]},{1900 + i // 15},{v},A"
        for i, v in enumerate(cells)
    ]
    path.write_text(head + "\n" + "\n".join(rows) + "\n", encoding="utf-8")


def _comtrade(path: Path, rng: np.random.Generator) -> None:
    head = (
        "typeCode,freqCode,period,reporterCode,reporterISO,reporterDesc,flowCode,partnerCode,"
        "partnerISO,partner2Code,classificationCode,classificationSearchCode,cmdCode,"
        "customsCode,motCode,qty,primaryValue"
    )
    rows = []
    for i in range(3_000):
        reporter, iso = [("31", "AZE"), ("156", "CHN"), ("0", "W00")][i % 3]
        rows.append(
            f"{'CS'[i % 7 == 0]},A,{2000 + i // 60},{reporter},{iso},Name {i % 3},"
            f"{['M', 'X', 'RX', ' m'][i % 4]},{i % 11},{'TUR' if i % 2 else 'W00'},"
            f"{'0' if i % 13 else '4'},H6,HS,{['TOTAL', '0101', '27'][i % 3]},"
            f"{'C00' if i % 17 else 'C01'},{'0' if i % 19 else '9'},{i},{1000 + i}.5"
        )
    path.write_text(head + "\n" + "\n".join(rows) + "\n", encoding="utf-8")


def _frames_equal(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(a, b, check_exact=True)
    for col in a.columns:
        if isinstance(a[col].dtype, pd.CategoricalDtype):
            assert list(a[col].cat.categories) == list(b[col].cat.categories), col


def _same(a: Any, b: Any) -> None:
    _frames_equal(a.observations, b.observations)
    _frames_equal(a.entities, b.entities)
    _frames_equal(a.indicators, b.indicators)
    assert [(p.severity, p.column, p.message, p.count) for p in a.problems] == [
        (p.severity, p.column, p.message, p.count) for p in b.problems
    ]
    assert (a.skipped, a.empty_cells) == (b.skipped, b.empty_cells)


@pytest.mark.parametrize(
    ("name", "write"),
    [
        ("tidy.csv", _corridor),
        ("API_X_DS2_en_csv_v2_1.csv", _wdi),
        ("x_sdmx.csv", _sdmx),
        ("TradeData_x.csv", _comtrade),
    ],
)
def test_blocks_read_in_the_read_ahead_thread_read_as_text_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, write: Any
) -> None:
    """Many small blocks, some all numbers, some not: the same rows, texts and problems
    whether the value columns come as floats or as text, and whatever the block size."""
    path = tmp_path / name
    write(path, np.random.default_rng(11))
    whole = read_file(path)
    assert len(whole.observations) > 100
    monkeypatch.setattr(text_module, "BLOCK_BYTES", 4096)
    monkeypatch.setattr(worldbank, "BLOCK_BYTES", 4096)
    read_as: list[bool] = []

    def recorded(columns: list[pa.Array], missing: frozenset[str]) -> list[pa.Array] | None:
        out = numbers_as_written(columns, missing)
        read_as.append(out is not None)
        return out

    monkeypatch.setattr(text_module, "numbers_as_written", recorded)
    small = read_file(path)
    if not name.startswith("TradeData"):  # Comtrade values are read as text
        assert set(read_as) == {True, False}  # blocks of numbers, blocks with odd cells
    if name.startswith("API_"):  # wide rows are melted block by block: their order varies
        whole = small
    _same(small, whole)
    monkeypatch.setattr(text_module, "numbers_as_written", lambda columns, missing: None)
    _same(read_file(path), whole)


def test_number_columns_become_floats_only_when_every_cell_reads_as_one() -> None:
    plain = pa.array(["1.5", "", "..", "-0", "2e3", "NaN"])
    floats = numbers_as_written([plain], MISSING)
    assert floats is not None
    values, empty, _err = read_values(pd.Series(floats[0].to_numpy()), False)
    text_values, text_empty, _err = read_values(pd.Series(plain.to_pylist(), dtype=str), False)
    np.testing.assert_array_equal(values, text_values)
    np.testing.assert_array_equal(empty, text_empty)
    # one odd cell in any of the columns: all stay text
    assert numbers_as_written([plain, pa.array(["1", " 2"])], MISSING) is None
    assert numbers_as_written([pa.array(["1", "1,5"])], MISSING) is None


def test_only_the_named_columns_are_read() -> None:
    data = b"a,b,c\n1,x,2\n3,y,4\nbad\n5,z,6\n"
    layout = CsvLayout("utf-8", ",", 0, ["a", "b", "c"])
    bad: list[str] = []
    frames = list(iter_csv_blocks(data, layout, on_bad_row=bad.append, only={"c", "b"}))
    whole = pd.concat(frames, ignore_index=True)
    assert list(whole.columns) == ["b", "c"]  # in the file's order
    assert whole["c"].tolist() == ["2", "4", "6"]
    assert bad == ["bad"]


def test_block_size_grows_with_the_file_within_bounds() -> None:
    assert block_bytes(0) == BLOCK_BYTES
    assert block_bytes(10 * BLOCK_BYTES) == BLOCK_BYTES
    assert block_bytes(200 * 1024 * 1024) == 20 * 1024 * 1024
    assert block_bytes(10**12) == MAX_BLOCK_BYTES


def test_per_distinct_rows_is_the_function_of_every_row() -> None:
    rng = np.random.default_rng(5)
    n = 2_000
    frame = pd.DataFrame(
        {
            "a": pd.Categorical.from_codes(rng.integers(0, 4, n), [" m", "X", "x ", "RX"]),
            "b": pd.array(rng.choice(["C", "S", " c"], n), dtype=str),
            "other": np.arange(n),
        },
        index=pd.RangeIndex(10, 10 + n * 3, 3),  # not 0..n-1: rows are found by position
    )

    def fn(f: pd.DataFrame) -> pd.Series:
        return f["b"].str.strip() + "_" + f["a"].str.strip().str.upper()

    got = per_distinct(frame, ["a", "b"], fn)
    want = fn(frame[["a", "b"]].astype(str))
    assert got.astype(str).tolist() == want.tolist()
    assert got.index.equals(frame.index)
    codes, rows = distinct_rows(frame, ["a", "b"])
    assert len(rows) == len(frame[["a", "b"]].astype(str).drop_duplicates())
    assert (rows.astype(str).to_numpy()[codes] == frame[["a", "b"]].astype(str).to_numpy()).all()
