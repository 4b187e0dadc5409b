from __future__ import annotations

import numpy as np
import pandas as pd
from tests.conftest import tiny_tables

from app.domain.model import normalise_observations
from app.domain.selection import holds_any, pair_mask, pair_rows, parse_pair
from app.domain.view import ColumnFilter, ViewSpec, compute_order, figure_groups


def obs():
    return normalise_observations(tiny_tables()[0])


def test_pair_mask_keeps_both_directions_only() -> None:
    o = obs()
    m = pair_mask(o, "CHN", "AZE")
    assert set(o[m]["obs_id"]) == {1, 2, 3, 4, 5, 6, 7}  # AZE-RUS left out
    assert parse_pair("chn-aze") == ("CHN", "AZE")


def test_text_filter_matches_category_words() -> None:
    o = obs()
    order = compute_order(o, ViewSpec(text="tourist"))
    assert o["obs_id"].to_numpy()[order].tolist() == [7]
    assert len(compute_order(o, ViewSpec(text="trade chn"))) == 6


def test_sort_by_value_descending_is_a_permutation() -> None:
    o = obs()
    order = compute_order(o, ViewSpec(sort=(("value", False),)))
    assert sorted(order.tolist()) == list(range(len(o)))
    values = o["value"].to_numpy()[order]
    assert np.all(np.diff(values) <= 0)


def test_period_range_filter_overlaps() -> None:
    o = obs()
    order = compute_order(o, ViewSpec(first_month=2025 * 12, last_month=2025 * 12 + 11))
    assert set(o["obs_id"].to_numpy()[order]) == {4, 5, 6, 7}


def test_sources_of_one_figure_share_a_group() -> None:
    o = obs()
    gid, size = figure_groups(o)
    assert gid[3] == gid[4]
    assert size[3] == 2
    assert size[0] == 1


def test_pair_mask_on_codes_matches_the_text_rule() -> None:
    """The categorical path (equalities on codes, classes read at the candidate rows)
    selects what the rule on texts selects: both directions, one-country rows of either
    side, never a side with itself; a pair of one country keeps only its rows without a
    partner; a country nobody reports selects nothing."""
    rng = np.random.default_rng(5)
    places = np.array(["CHN", "AZE", "RUS", "TUR", "GEO", ""], dtype=object)
    n = 5_000
    frame = pd.DataFrame(
        {"reporter": places[rng.integers(0, 5, n)], "partner": places[rng.integers(0, 6, n)]}
    )
    frame.loc[::97, "partner"] = None  # missing partners are no pair's rows
    coded = frame.astype("category")
    for a, b in (("CHN", "AZE"), ("AZE", "CHN"), ("RUS", "RUS"), ("CHN", "XXX"), ("ZZZ", "YYY")):
        rep, par = frame["reporter"], frame["partner"].fillna("<none>")
        sides = {a, b}
        expected = (rep.isin(sides) & par.isin(sides | {""}) & (rep != par)).to_numpy()
        np.testing.assert_array_equal(pair_mask(coded, a, b), expected)
        np.testing.assert_array_equal(pair_rows(coded, a, b), np.flatnonzero(expected))
        np.testing.assert_array_equal(pair_rows(frame, a, b), np.flatnonzero(expected))


def test_holds_any_reads_few_and_many_codes_alike() -> None:
    rng = np.random.default_rng(6)
    texts = np.array([f"C{i:02d}" for i in range(40)], dtype=object)
    col = pd.Series(texts[rng.integers(0, 40, 3_000)]).astype("category")
    col.iloc[::50] = None
    for values in (set(), {"C01"}, {"C01", "C02", "NONE"}, {f"C{i:02d}" for i in range(12)}):
        np.testing.assert_array_equal(holds_any(col, values), col.isin(values).to_numpy())


def test_a_column_filter_reads_few_and_many_values_alike() -> None:
    """A column filter of one, a few or many values (blank among them: code -1) keeps
    the rows whose text is one of them, whichever way the codes are read."""
    rng = np.random.default_rng(7)
    texts = np.array([f"I{i:02d}" for i in range(30)], dtype=object)
    frame = pd.DataFrame({"indicator": texts[rng.integers(0, 30, 4_000)]})
    frame.loc[::40, "indicator"] = None
    coded = frame.astype("category")
    for values in (("I03",), ("I03", ""), ("",), ("I01", "I02", "I04", "I05"), ("NONE",)):
        kept = ColumnFilter("indicator", values=values).mask(coded)
        expected = frame["indicator"].fillna("").isin(values).to_numpy()
        np.testing.assert_array_equal(kept, expected)
