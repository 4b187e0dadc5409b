"""The cheap paths of the portal readers (issue 21) against the plain ways they replace:
codes told in order of first appearance from block maxima, the value columns of a block
cast as one, categories told stripped without Arrow, a missing label that coincides with
a category. Each must give exactly what the plain way gives."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from app.services.importers.cells import MISSING
from app.services.importers.codes import encode, fast_floats, numbers_as_written
from app.services.importers.formats.distinct import (
    first_rows,
    in_first_appearance,
    numbered_in_order,
)
from app.services.importers.formats.sdmx_columns import split_labels


def _codes(rng: np.random.Generator, kind: int) -> np.ndarray:
    """Code columns as blocks bring them: numbered by a parser, shuffled, with a missing
    cell, in long runs, in short runs; of every integer width."""
    n = int(rng.integers(0, 9000))
    k = int(rng.integers(1, 300))
    if kind == 0:
        codes = pd.factorize(rng.integers(0, k, n))[0]
    elif kind == 1:
        codes = rng.integers(-2, k, n)
    elif kind == 2:
        codes = pd.factorize(np.sort(rng.integers(0, k, n)))[0]
        if n > 1:
            i, j = rng.integers(0, n, 2)
            codes[[i, j]] = codes[[j, i]]
    elif kind == 3:
        codes = pd.factorize(rng.integers(0, k, n))[0]
        if n:
            codes[rng.integers(0, n)] = -1
    else:
        codes = (np.arange(n) // int(rng.integers(1, 400))) % k
    width = rng.choice([np.int8, np.int16, np.int32, np.int64]) if k < 120 else np.int64
    return codes.astype(width)


def _running_max_firsts(codes: np.ndarray) -> np.ndarray:
    if not len(codes):
        return np.zeros(0, dtype=np.intp)
    top = np.maximum.accumulate(codes)
    return np.flatnonzero(np.concatenate([[True], top[1:] > top[:-1]]))


def test_first_appearance_and_first_rows_match_the_plain_ways() -> None:
    rng = np.random.default_rng(21)
    for trial in range(2500):
        codes = _codes(rng, trial % 5)
        unique = np.asarray(pd.unique(codes))
        assert in_first_appearance(codes).tolist() == unique.tolist(), trial
        ordered = not len(unique) or unique.tolist() == list(range(len(unique)))
        if numbered_in_order(codes):  # never claimed wrongly
            assert ordered, trial
        assert first_rows(codes).tolist() == _running_max_firsts(codes).tolist(), trial


def test_a_parser_numbered_column_is_told_without_hashing() -> None:
    # new codes every 102 rows (partner codes of an SDMX file): told by the small blocks
    codes = (np.arange(100_000) // 102 % 252).astype(np.int16)
    assert numbered_in_order(codes)  # (codes that come round again keep their order)
    late = codes.copy()
    late[5000:5100] = 200  # a code before its turn
    assert not numbered_in_order(late)
    assert in_first_appearance(late).tolist() == pd.unique(late).tolist()
    assert numbered_in_order(pd.factorize(np.arange(50_000) % 7)[0].astype(np.int8))


@pytest.mark.parametrize("run", [1, 3, 25, 1000])
def test_codes_in_runs_are_told_from_the_code_of_each_run(run: int) -> None:
    # a Parquet batch's codes index its row group's dictionary, not in order of first
    # appearance: an indicator sorted in runs, its codes shuffled
    rng = np.random.default_rng(run)
    shuffled = rng.permutation(3000)
    codes = shuffled[np.arange(60_000) // run % 3000].astype(np.int32)
    codes[rng.integers(0, len(codes), 5)] = 7  # a few cells out of their run
    assert not numbered_in_order(codes)
    assert in_first_appearance(codes).tolist() == pd.unique(codes).tolist()


def test_batches_that_repeat_a_dictionary_share_one_categorical_dtype() -> None:
    from app.services.importers.text import DictionaryTypes, frame_of

    words = pa.array(["b", "a", "c"])
    first = pa.record_batch([pa.DictionaryArray.from_arrays(pa.array([0, 1, 0]), words)], ["x"])
    again = pa.record_batch(
        [pa.DictionaryArray.from_arrays(pa.array([2, 2]), pa.array(["b", "a", "c"]))], ["x"]
    )
    other = pa.record_batch([pa.DictionaryArray.from_arrays(pa.array([0]), pa.array(["z"]))], ["x"])
    types = DictionaryTypes()
    frames = [frame_of(b, types) for b in (first, again, other)]
    assert frames[0]["x"].dtype is frames[1]["x"].dtype  # equal dictionaries: one dtype
    assert frames[2]["x"].dtype is not frames[0]["x"].dtype
    assert [f["x"].tolist() for f in frames] == [["b", "a", "b"], ["c", "c"], ["z"]]


@pytest.mark.parametrize("marks", [True, False])
def test_value_columns_cast_as_one_read_as_each_alone(marks: bool) -> None:
    rng = np.random.default_rng(5)
    columns = []
    for width in (1, 700, 8193, 3):
        cells = [f"{v:.6g}" for v in rng.uniform(-1e9, 1e9, width)]
        if marks:
            cells[:: max(1, width // 5)] = [".."] * len(cells[:: max(1, width // 5)])
            cells[-1] = ""
        columns.append(pa.array(cells, type=pa.string()))
    floats = numbers_as_written(columns, MISSING)
    assert floats is not None
    for arr, got in zip(columns, floats, strict=True):
        want, unread, empty = fast_floats(pd.Series(arr.to_pylist(), dtype="str"), MISSING, False)
        assert not unread.any()
        values = got.to_numpy(zero_copy_only=False)
        assert np.array_equal(values, want, equal_nan=True)
        assert np.array_equal(np.isnan(values), empty | np.isnan(want))
    # one cell that is not a number as written: every column read as text
    spoiled = [*columns[:-1], pa.array(["1", " 2", "3"], type=pa.string())]
    assert numbers_as_written(spoiled, MISSING) is None
    assert numbers_as_written([columns[0].slice(0, 1), columns[1]], MISSING) is not None


def test_categories_told_stripped_as_arrow_strips_them() -> None:
    # ASCII blanks Arrow strips (\x1c-\x1f among them) and non-ASCII ones (no-break space)
    for texts in (["AT", "DE"], ["AT ", "DE"], ["\x1fAT", "DE"], ["\u00a0AT", "DE"], ["", "x"]):
        s = pd.Series(pd.Categorical(texts * 3))
        codes, names = split_labels(s)
        plain = pd.Series(texts * 3, dtype="str")
        want_codes, want_names = split_labels(plain)
        assert list(codes.astype(object)) == list(want_codes.astype(object)), texts
        assert list(names.astype(object)) == list(want_names.astype(object)), texts


def test_an_empty_category_and_the_missing_label_coincide() -> None:
    cats = ["A", "", "B"]
    for values in (["A", "", "B", "A"], ["", "A", "B"], ["A", None, "", "B"]):
        s = pd.Series(pd.Categorical(values, categories=cats))
        texts = pd.Series(["" if v is None else v for v in values], dtype="str")
        for strip in (False, True):
            got, want = encode(s, len(s), strip=strip), encode(texts, len(s), strip=strip)
            assert got.values == want.values, (values, strip)
            assert got.codes.tolist() == want.codes.tolist(), (values, strip)


def test_marks_masked_without_copying_the_text() -> None:
    arr = pa.array(["1.5", "..", "", "2", "NaN"], type=pa.string())
    floats = numbers_as_written([arr], MISSING)
    assert floats is not None
    assert floats[0].null_count == 0
    assert pc.is_nan(floats[0]).to_pylist() == [False, True, True, False, True]


def test_categories_are_worked_out_once_per_read_unless_they_are_many() -> None:
    from app.domain.analytics.passes import one_pass
    from app.services.importers.codes import MEMO_CATEGORIES, per_categories

    few = pd.Index(["a", "b"], dtype=object)
    many = pd.Index([f"t{i}" for i in range(MEMO_CATEGORIES + 1)], dtype=object)
    calls: list[int] = []
    with one_pass():
        for cats in (few, few, many, many):
            per_categories("texts", cats, lambda cats=cats: calls.append(len(cats)) or len(cats))
    # the few once for the read; the many each time, so that no copy of them is held
    assert calls == [2, MEMO_CATEGORIES + 1, MEMO_CATEGORIES + 1]
