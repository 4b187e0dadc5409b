"""The accumulator's columns: blocks appended, a column of one value kept as that value
until a block brings another, and the frame the same as if every block had been written."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from app.services.importers.accumulate import Accumulator


def _blocks() -> list[tuple[dict[str, object], int]]:
    return [
        (
            {
                "note": (np.zeros(3, dtype=np.int8), [""]),
                "flag": np.bool_(False),
                "change": np.float64(np.nan),
                "source": np.int32(-1),
                "value": np.array([1.0, 2.0, 3.0]),
            },
            3,
        ),
        (
            {
                "note": (np.zeros(2, dtype=np.int8), [""]),
                "flag": np.bool_(False),
                "change": np.float64(np.nan),
                "source": np.array([4, 5], dtype=np.int32),  # stops being one value
                "value": np.array([4.0, 5.0]),
            },
            2,
        ),
        (
            {
                "note": (np.array([0, 1, 0], dtype=np.int8), ["x", ""]),  # a note at last
                "flag": np.bool_(False),
                "change": np.array([np.nan, 0.5, np.nan]),
                "source": np.int32(7),
                "value": np.array([6.0, 7.0, 8.0]),
            },
            3,
        ),
    ]


def _written(blocks: list[tuple[dict[str, object], int]]) -> dict[str, list[object]]:
    """What every row holds, block by block, without the accumulator."""
    out: dict[str, list[object]] = {}
    for columns, n in blocks:
        for name, col in columns.items():
            if isinstance(col, tuple):
                codes, labels = col
                values: list[object] = [labels[c] for c in codes]  # type: ignore[index]
            elif isinstance(col, np.generic):
                values = [col.item()] * n
            else:
                values = list(np.asarray(col).tolist())
            out.setdefault(name, []).extend(values)
    return out


def test_columns_of_one_value_are_the_rows_they_stand_for() -> None:
    acc = Accumulator()
    for columns, n in _blocks():
        acc.append(columns, n)
    frame = acc.frame()
    want = _written(_blocks())
    assert frame["note"].astype(str).tolist() == want["note"]
    assert frame["flag"].tolist() == want["flag"]
    assert frame["flag"].dtype == bool
    assert np.array_equal(frame["change"].to_numpy(), want["change"], equal_nan=True)
    assert frame["source"].tolist() == want["source"]
    assert frame["source"].dtype == np.int32
    assert frame["value"].tolist() == want["value"]


@pytest.mark.parametrize("blocks", [1, 2])
def test_a_column_that_stays_one_value_is_made_at_the_end(blocks: int) -> None:
    acc = Accumulator()
    for _ in range(blocks):
        acc.append({"note": (np.zeros(4, dtype=np.int8), ["n"]), "preferred": np.bool_(True)}, 4)
    frame = acc.frame()
    assert isinstance(frame["note"].dtype, pd.CategoricalDtype)
    assert frame["note"].tolist() == ["n"] * 4 * blocks
    assert frame["preferred"].tolist() == [True] * 4 * blocks
