from __future__ import annotations

import numpy as np
from tests.conftest import tiny_tables

from app.domain.model import normalise_observations
from app.domain.selection import pair_mask, parse_pair
from app.domain.view import ViewSpec, compute_order, figure_groups


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
