"""The duplicate check's candidates: rows whose packed key repeats, narrowed by a hash of
the other columns when there are many, then compared exactly (pandas is the oracle)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from app.services.importers.duplicates import duplicated_rows
from app.services.importers.formats.corridor_format import _factorize_rows


def _frame(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(11)
    return pd.DataFrame(
        {
            "few": pd.Categorical.from_codes(rng.integers(-1, 3, n), ["a", "b", "c"]),
            "value": rng.choice([1.0, 2.0, 3.0, np.nan], n),
            "note": rng.choice(["", "x"], n).astype(object),
            "wide": rng.integers(0, 2**40, n),
            "wide2": rng.integers(0, 2**40, n) % 3,
            "huge": rng.integers(0, 2**50, n) % 5,
            "flag": rng.integers(0, 2, n).astype(bool),
        }
    )


@pytest.mark.parametrize(
    "key",
    [
        ["few", "value"],  # far more candidates than are compared one by one
        ["few", "flag", "value", "note"],
        ["wide", "huge", "wide2", "value"],  # packed parts outgrow one integer: hashed
        ["few", "flag"],
        ["value", "note"],  # nothing packable: every row a candidate
    ],
)
def test_duplicates_match_pandas_with_many_candidates(key: list[str]) -> None:
    frame = _frame(30_000)
    expected = frame.duplicated(subset=key, keep="first").to_numpy()
    assert (duplicated_rows(frame, key) == expected).all()


@pytest.mark.parametrize("repeat_every", [0, 97, 3])  # none, few, most leading keys repeat
def test_duplicates_match_pandas_when_the_leading_key_is_checked_first(repeat_every: int) -> None:
    # a figure's identity (indicator x year x month) names one row unless repeated; the
    # rest of the key (a status, a value) tells apart some rows that share it
    n = 20_000
    rng = np.random.default_rng(3)
    frame = pd.DataFrame(
        {
            "indicator": pd.Categorical.from_codes(
                np.arange(n) // 40, [f"i{k}" for k in range(500)]
            ),
            "year": (2000 + np.arange(n) % 40).astype("int32"),
            "month": np.full(n, 12, dtype="int32"),
            "status": pd.Categorical.from_codes(rng.integers(0, 2, n), ["actual", "estimate"]),
            "value": rng.choice([1.0, 2.0, np.nan], n),
        }
    )
    if repeat_every:
        again = frame.iloc[::repeat_every].copy()
        again.loc[again.index[::2], "value"] = 5.0  # same figure, another value
        frame = pd.concat([frame, again], ignore_index=True)
    key = ["indicator", "year", "month", "status", "value"]
    expected = frame.duplicated(subset=key, keep="first").to_numpy()
    assert expected.any() == bool(repeat_every)
    assert (duplicated_rows(frame, key) == expected).all()


def test_source_rows_are_numbered_in_key_order_with_missing_cells_read_as_empty() -> None:
    publisher = pd.Categorical(["P2", "P1", None, "P2", "P1"], categories=["P1", "P2", "P3"])
    title = pd.Categorical(["t", "t", "t", "u", "t"])
    codes, rows = _factorize_rows([publisher, None, title], 5)
    # first appearance numbers P2 0, P1 1, missing last; t 0, u 1: keys in that order
    assert rows == [("P2", "", "t"), ("P2", "", "u"), ("P1", "", "t"), ("", "", "t")]
    assert codes.tolist() == [0, 2, 3, 1, 2]


def test_source_rows_of_many_combinations_are_those_of_one_integer_key() -> None:
    n = 2_000
    rng = np.random.default_rng(5)
    columns = [pd.Categorical([f"s{i}-{v}" for v in rng.integers(0, 900, n)]) for i in range(7)]
    codes, rows = _factorize_rows(list(columns), n)  # 901**7 > 2**62 combinations
    got = [rows[c] for c in codes]
    assert got == [tuple(str(col[i]) for col in columns) for i in range(n)]
    assert rows == sorted(set(rows), key=rows.index)  # each distinct row once
