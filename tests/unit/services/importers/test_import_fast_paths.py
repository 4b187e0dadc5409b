"""The vectorised paths of the importers give what the plain pandas way gives."""

from __future__ import annotations

import threading

import numpy as np
import pandas as pd
import pytest

from app.services.importers import ImportCancelled
from app.services.importers.cells import MISSING, read_values
from app.services.importers.codes import encode
from app.services.importers.duplicates import duplicated_rows
from app.services.importers.text import CsvLayout, iter_csv_blocks


def _mixed(n: int = 5_000) -> pd.DataFrame:
    rng = np.random.default_rng(3)
    return pd.DataFrame(
        {
            "cat": pd.Categorical.from_codes(rng.integers(-1, 4, n), ["a", "b", "c", "d"]),
            "one": pd.Categorical(["x"] * n),
            "month": rng.integers(24_000, 24_012, n).astype("int32"),
            "point": rng.integers(0, 2, n).astype(bool),
            "value": rng.choice([1.0, 2.5, np.nan, 0.0, -0.0], n),
            "empty": np.full(n, np.nan),
            "text": rng.choice(["p", "q", ""], n).astype(object),
            "wide": rng.integers(0, 2**40, n),
            # months of yearly figures (one in twelve used) and their ends: counted keys
            "start": (rng.integers(0, 40, n) * 12).astype("int32"),
            "end": np.zeros(n, dtype="int32"),
        }
    ).assign(end=lambda f: f["start"] + rng.choice([11, 11, 11, 0], n).astype("int32"))


@pytest.mark.parametrize(
    "key",
    [
        ["cat", "one", "month", "point"],
        ["cat", "month", "value", "empty"],
        ["text", "value"],
        ["one"],
        ["wide", "cat"],
        ["cat", "start", "end", "point"],
        ["start", "end"],
        ["end", "start", "text"],
    ],
)
def test_duplicated_rows_is_pandas_duplicated(key: list[str]) -> None:
    frame = _mixed()
    expected = frame.duplicated(subset=key, keep="first").to_numpy()
    assert (duplicated_rows(frame, key) == expected).all()


def test_numbers_as_written_read_as_the_careful_way_reads_them() -> None:
    cells = ["1", "", "..", " 2 ", "nan", "x", "3.5", "-", "1e400", " nan ", "NA"]
    values, empty, err = read_values(pd.Series(cells, dtype="str"), False)
    expected = [1.0, np.nan, np.nan, 2.0, np.nan, np.nan, 3.5, np.nan, np.inf, np.nan]
    assert np.array_equal(values[:10], expected, equal_nan=True)
    assert empty.tolist() == [c.strip() in MISSING for c in cells]
    assert err.flags().tolist() == [
        False, False, False, False, False, True, False, False, True, False, False
    ]  # fmt: skip
    clean, clean_empty, _err = read_values(pd.Series(["1", "..", "2"], dtype="str"), False)
    assert np.array_equal(clean, [1.0, np.nan, 2.0], equal_nan=True)
    assert clean_empty.tolist() == [False, True, False]


def test_categorical_codes_come_in_order_of_first_appearance() -> None:
    s = pd.Series(pd.Categorical(["b ", "a", "b", None, "a"], categories=["a", "b", "b "]))
    coded = encode(s, len(s), strip=True)
    assert coded.values == ["b", "a", ""]
    assert coded.codes.tolist() == [0, 1, 0, 2, 1]
    in_order = pd.Series(pd.Categorical(["a", "b", "a"], categories=["a", "b"]))
    assert encode(in_order, 3).values == ["a", "b"]


def _csv(rows: int) -> bytes:
    lines = ["code,value"] + [f"C{i % 7},{i}" for i in range(rows)]
    lines.insert(5, "bad,row,with,fields")
    return ("\n".join(lines) + "\n").encode()


def test_csv_blocks_read_ahead_keep_bad_rows_and_dictionary_columns() -> None:
    layout = CsvLayout("utf-8", ",", 0, ["code", "value"])
    bad: list[str] = []
    frames = list(
        iter_csv_blocks(
            _csv(50_000), layout, on_bad_row=bad.append, block_size=1 << 16, dictionary=["code"]
        )
    )
    assert len(frames) > 3
    assert bad == ["bad,row,with,fields"]
    whole = pd.concat(frames, ignore_index=True)
    assert len(whole) == 50_000
    assert all(isinstance(f["code"].dtype, pd.CategoricalDtype) for f in frames)
    assert whole["value"].astype(int).tolist() == list(range(50_000))


def test_csv_blocks_cancelled_stop_their_reader_thread() -> None:
    layout = CsvLayout("utf-8", ",", 0, ["code", "value"])
    before = threading.active_count()
    seen: list[pd.DataFrame] = []
    blocks = iter_csv_blocks(
        _csv(50_000), layout, cancel=lambda: len(seen) >= 2, block_size=1 << 16
    )
    with pytest.raises(ImportCancelled):
        seen.extend(blocks)
    assert threading.active_count() == before
    blocks = iter_csv_blocks(_csv(50_000), layout, block_size=1 << 16)
    next(blocks)
    blocks.close()  # a reader that stops early ends the thread as well
    assert threading.active_count() == before


@pytest.mark.parametrize(
    "codes",
    [
        [0, 0, 1, 0, 2, 1, 3],  # numbered in order of first appearance: no hashing
        [0, 2, 1, 2],  # a code skipped ahead
        [1, 0, 1],  # not starting at 0
        [3, 3, 3],
        [0],
        [],
    ],
)
def test_first_appearance_of_codes_is_pd_unique(codes: list[int]) -> None:
    from app.services.importers.formats.distinct import in_first_appearance

    arr = np.array(codes, dtype=np.int8)
    assert list(in_first_appearance(arr)) == list(pd.unique(arr))


def test_a_constant_scale_column_scales_like_one_per_row() -> None:
    from app.services.importers.problems import ProblemLog
    from app.services.importers.rows import RowBuilder

    def read(scale: list[float]) -> list[float]:
        frame = pd.DataFrame(
            {
                "indicator": ["X"] * 3,
                "reporter": ["AZE"] * 3,
                "period": ["2020", "2021", "2022"],
                "value": ["1.5", "2", "1e308"],
                "unit": ["USD"] * 3,
                "scale": scale,
                "line": [2, 3, 4],
            }
        )
        builder = RowBuilder(ProblemLog("x"))
        builder.add(frame)
        return list(builder.finish()["value"])

    assert read([1.0, 1.0, 1.0]) == [1.5, 2.0, 1e308]
    assert read([1e3, 1e3, 1e3]) == [1500.0, 2000.0]  # 1e311 refused as too large
    assert read([1e3, 1.0, 1.0]) == [1500.0, 2.0, 1e308]


@pytest.mark.parametrize("short_share", [0.01, 0.5])
def test_missing_marks_found_among_few_or_many_short_cells(short_share: float) -> None:
    rng = np.random.default_rng(7)
    n = 4_000
    short = rng.choice(["", "..", "NA", "7", "1.5", "nan", "-", "None", "N/A", "-2"], n)
    long = rng.choice(["12345.5", "1.50849e+08", "-0.00001", "100000"], n)
    cells = np.where(rng.random(n) < short_share, short, long).tolist()
    values, empty, err = read_values(pd.Series(cells, dtype="str"), False)
    assert empty.tolist() == [c in MISSING for c in cells]
    expected = [np.nan if c in MISSING else float(c) for c in cells]
    assert np.array_equal(values, expected, equal_nan=True)
    assert not err.any_set() or not err.flags().any()


@pytest.mark.parametrize(
    ("cells", "categories"),
    [
        (["b", "a", "b", None, "a"], ["a", "b", "unused"]),  # unused category, a missing cell
        (["x", "y", "x"], ["x", "y"]),  # codes already in order of first appearance
        (["nan", None, "z"], ["nan", "z"]),  # a 'nan' text and a missing cell
        ([], ["a"]),
    ],
)
def test_distinct_texts_of_a_categorical_are_those_of_its_text(
    cells: list[str | None], categories: list[str]
) -> None:
    from app.services.importers.formats.distinct import distinct

    s = pd.Series(pd.Categorical(cells, categories=categories))
    codes, texts = distinct(s)
    plain_codes, plain_texts = distinct(s.astype(object).astype(str))
    assert texts.astype(object).fillna("<NA>").tolist() == (
        plain_texts.astype(object).fillna("<NA>").tolist()
    )
    assert codes.tolist() == plain_codes.tolist()


@pytest.mark.parametrize(
    "cells",
    [
        ["FR", "DE", "FR", ""],  # plain codes: the column comes back as it is
        ["FR: France", "DE", " DE "],  # labels and blanks: split per distinct text
    ],
)
def test_split_labels_of_a_categorical_as_of_its_text(cells: list[str]) -> None:
    from app.services.importers.formats.sdmx_columns import split_labels

    s = pd.Series(pd.Categorical(cells, categories=[*dict.fromkeys(cells), "unused"]))
    ids, names = split_labels(s)
    plain_ids, plain_names = split_labels(s.astype(object).astype(str))
    assert ids.astype(str).tolist() == plain_ids.astype(str).tolist()
    assert names.astype(str).tolist() == plain_names.astype(str).tolist()


def test_a_batch_becomes_the_frame_to_pandas_makes() -> None:
    import pyarrow as pa

    from app.services.importers.text import frame_of

    batch = pa.record_batch(
        {
            "code": pa.array(["b", "a", "b", ""]).dictionary_encode(),
            "gap": pa.array(["x", None, "x", "y"]).dictionary_encode(),  # nulls: to_pandas
            "value": pa.array(["1", "2.5", "", ".."]),
        }
    )
    mine, theirs = frame_of(batch), batch.to_pandas()
    assert list(mine.columns) == list(theirs.columns)
    assert mine.index.equals(theirs.index)
    for col in mine:
        assert mine[col].dtype.name == theirs[col].dtype.name
        assert mine[col].astype(object).equals(theirs[col].astype(object))


def test_one_category_encodes_as_every_row_code_zero() -> None:
    s = pd.Series(pd.Categorical([" A ", " A "], categories=[" A "]))
    coded = encode(s, 2, strip=True)
    assert coded.values == ["A"]
    assert coded.codes.tolist() == [0, 0]
    gap = pd.Series(pd.Categorical([" A ", None], categories=[" A "]))
    assert encode(gap, 2, strip=True).values == ["A", ""]


@pytest.mark.parametrize("cells", [["A", "B", "A"], ["'=1+1", "B", "'=1+1"], ["A", None, "B"]])
def test_corridor_texts_of_a_categorical_as_of_its_text(cells: list[str | None]) -> None:
    from app.services.importers.formats.corridor_format import _texts

    s = pd.Series(pd.Categorical(cells, categories=[*dict.fromkeys(c for c in cells if c), "x"]))
    plain = pd.Series(cells, dtype=object)
    assert list(_texts(s, spreadsheet=True)) == list(_texts(plain, spreadsheet=True))
