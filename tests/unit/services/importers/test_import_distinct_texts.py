"""Work done per distinct text instead of per row: the units not known, the indicators
used and the first unit of each indicator, each checked against the row-by-row way it
replaced, on categorical and plain columns."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from app.domain.model import Source
from app.services.importers.formats.distinct import coded_texts, used_texts
from app.services.importers.plan import _first_units
from app.services.importers.problems import ImportResult
from app.services.importers.unit_fixes import is_known_unit, unknown_units


def _row_by_row(obs: pd.DataFrame) -> pd.DataFrame:
    """unknown_units as it was written before: every row as text."""
    counts = (
        pd.DataFrame({"indicator": obs["indicator"].astype(str), "unit": obs["unit"].astype(str)})
        .value_counts(sort=False)
        .reset_index(name="rows")
    )
    known = counts["unit"].map(is_known_unit).astype(bool)
    return counts[~known].sort_values(["indicator", "unit"]).reset_index(drop=True)


INDICATORS = ["B", "A", "B", "C", "A", None, "C", "B"]
UNITS = ["Tsd. EUR", "USD", "CP_MEUR", "Tsd. EUR", "", "CP_MEUR", None, "Tsd. EUR"]


@pytest.mark.parametrize("categorical", [True, False])
def test_unknown_units_match_the_row_by_row_count(categorical: bool) -> None:
    obs = pd.DataFrame({"indicator": INDICATORS, "unit": UNITS, "value": np.arange(8.0)})
    if categorical:
        obs = obs.astype({"indicator": "category", "unit": "category"})
    result = ImportResult("csv", Source(), obs)
    got = unknown_units(result)
    pd.testing.assert_frame_equal(got, _row_by_row(obs))
    assert list(got["unit"]) == ["Tsd. EUR", "Tsd. EUR"]  # (CP_MEUR is a Eurostat unit)


def test_unknown_units_of_a_file_whose_units_are_all_known() -> None:
    obs = pd.DataFrame({"indicator": ["A", "B"], "unit": ["USD", "USD"]}).astype("category")
    got = unknown_units(ImportResult("csv", Source(), obs))
    pd.testing.assert_frame_equal(got, _row_by_row(obs))
    assert got.empty
    assert list(got.columns) == ["indicator", "unit", "rows"]


@pytest.mark.parametrize("categorical", [True, False])
def test_used_texts_are_the_texts_of_the_rows(categorical: bool) -> None:
    s = pd.Series(INDICATORS)
    if categorical:
        s = s.astype(pd.CategoricalDtype(["A", "B", "C", "unused"]))
    assert used_texts(s) == set(s.astype(str))
    assert used_texts(s.iloc[:0]) == set()
    codes, labels = coded_texts(s)
    pd.testing.assert_series_equal(pd.Series([labels[c] for c in codes]), s.astype(str))


def test_first_unit_of_each_indicator() -> None:
    obs = pd.DataFrame({"indicator": INDICATORS, "unit": UNITS})
    for frame in (obs, obs.astype("category")):
        first = frame.drop_duplicates("indicator")
        expected = dict(zip(first["indicator"].astype(str), first["unit"].astype(str), strict=True))
        assert _first_units(frame) == expected
