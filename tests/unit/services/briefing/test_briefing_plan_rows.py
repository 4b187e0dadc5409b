"""The plan's shortcuts against the steps they stand for: the latest figures found by
position rather than by obs id, the headlines' texts read for the latest figures only, an
open range kept as the frame itself."""

from __future__ import annotations

import numpy as np
import pytest
from tests.unit.domain.analytics.test_analytics_vectorised import SEEDS, workspace

from app.domain.analytics.choice import chosen_order
from app.domain.store import ObservationStore
from app.services.briefing.build import _kept, _selection
from app.services.briefing.model import BriefingRequest
from app.services.briefing.plan_rows import (
    FIGURE_COLUMNS,
    headline_texts,
    latest_used,
    records_by,
)
from app.services.bundled import bundled_tables
from app.services.summary import latest_rows


@pytest.mark.parametrize("seed", SEEDS)
def test_latest_used_is_the_latest_of_the_rows_used(seed: int) -> None:
    obs, src = workspace(seed)
    ids = obs["obs_id"].to_numpy()
    used = chosen_order(obs, src)
    halves = (np.ones(len(used.rows), dtype=bool), np.arange(len(used.rows)) % 2 == 0)
    for keep in halves:
        rows = used.at(keep).rows
        want = latest_rows(obs[np.isin(ids, ids[rows])])
        got = latest_used(obs, ids, rows, everything=True)
        assert got.equals(want)
        assert got.index.tolist() == want.index.tolist()
        # a range: the rows shown are a part of the history, found by obs id
        shown = obs.iloc[::3]
        want = latest_rows(shown[np.isin(shown["obs_id"].to_numpy(), ids[rows])])
        assert latest_used(shown, ids, rows, everything=False).equals(want)
    assert latest_used(obs, ids, used.rows[:0], everything=True).empty


def test_headline_texts_are_the_tables_texts_of_the_latest_figures() -> None:
    figures = {"obs_id": [7, 3, 9, 4], "value_text": ["a", "b", "c", "d"]}
    latest = {("x", ""): [{"obs_id": 9}, {"obs_id": 3}], ("y", ""): [{"obs_id": 5}]}
    # 5 is not among the figures used: its headline is formatted on its own
    assert headline_texts(figures, latest) == {3: "b", 9: "c"}
    assert headline_texts(figures, {}) == {}


def test_an_open_range_keeps_the_pairs_rows_as_they_are() -> None:
    t = bundled_tables()
    store = ObservationStore(t.observations, t.sources, t.indicators, t.records)
    upto, shown = _selection(store, BriefingRequest(charts=False))
    assert shown is upto
    pair = store.observations.iloc[store.pair_positions("CHN", "AZE")]
    assert upto.equals(pair)
    first = int(upto["period_end"].median())
    upto, shown = _selection(store, BriefingRequest(charts=False, first_month=first))
    assert shown.equals(upto[upto["period_end"] >= first])
    assert len(shown) < len(upto)
    mask = np.zeros(len(upto), dtype=bool)
    assert _kept(upto, mask).empty
    assert records_by(_kept(upto, mask), FIGURE_COLUMNS) == {}
