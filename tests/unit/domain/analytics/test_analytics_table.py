"""The table's analytics columns as a pure function, and the immutable view spec."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest
from tests.conftest import earlier_turnover, tiny_tables

from app.domain.analytics import CONSISTENT
from app.domain.analytics.table import table_analytics
from app.domain.model import normalise_observations, normalise_sources
from app.domain.view import ViewSpec, compute_order


def frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    obs, src = tiny_tables()
    obs = pd.concat([obs, pd.DataFrame([earlier_turnover()])], ignore_index=True)
    obs.loc[obs["obs_id"] == 5, ["change_value", "change_unit"]] = [22.0, "percent"]
    return normalise_observations(obs), normalise_sources(src)


def position(obs: pd.DataFrame, obs_id: int) -> int:
    return int(np.flatnonzero(obs["obs_id"].to_numpy() == obs_id)[0])


def test_yoy_and_claim_texts_by_row_position() -> None:
    obs, src = frames()
    result = table_analytics(obs, src, np.arange(len(obs)))
    text, tip = result.yoy[position(obs, 4)]
    assert text == "+22.0 %"
    assert tip == "Compared with Jan–Oct 2024: $2 bn"
    verdict, explanation = result.claims[position(obs, 5)]
    assert verdict == CONSISTENT
    assert explanation
    assert set(result.claims) == {position(obs, 5)}


def test_only_the_selected_rows_get_texts() -> None:
    obs, src = frames()
    result = table_analytics(obs, src, np.array([position(obs, 4)]))
    assert set(result.yoy) == {position(obs, 4)}  # the earlier figure is looked up anyway
    assert dict(result.claims) == {}


def test_an_empty_selection_has_no_texts() -> None:
    obs, src = frames()
    result = table_analytics(obs, src, np.zeros(0, dtype=np.int64))
    assert dict(result.yoy) == {}
    assert dict(result.claims) == {}


def test_view_spec_is_replaced_never_mutated() -> None:
    spec = ViewSpec(text="trade")
    with pytest.raises(dataclasses.FrozenInstanceError):
        spec.__setattr__("text", "tourist")
    mask = np.ones(3, dtype=bool)
    masked = dataclasses.replace(spec, mask=mask)
    mask[0] = False  # the caller's array is not the spec's
    assert masked.mask is not None
    assert masked.mask.all()
    assert not masked.mask.flags.writeable
    again = dataclasses.replace(masked, text="")
    assert again.mask is masked.mask  # a read-only mask is shared, not copied
    obs, _ = frames()
    full = ViewSpec(mask=np.ones(len(obs), dtype=bool))
    assert len(compute_order(obs, full)) == len(obs)
