"""The summary's pair analytics read as rows and columns once (issue 21, fourth pass)
against the frames and pandas calls they stand for, on the random workspaces of the
vectorised tests and on the bundled pair."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from tests.unit.domain.analytics.test_analytics_vectorised import SEEDS, workspace
from tests.unit.domain.analytics.test_pair_report_shared import _same_rows

from app.domain.analytics import check_all_claims, find_conflicts, pair_narrative, plain
from app.domain.analytics.claim_checks.dispatch import check_rows
from app.domain.analytics.claim_checks.frames import Data, _labels
from app.domain.analytics.column_texts import text_codes, vocabulary
from app.domain.analytics.conflicts import conflict_records
from app.domain.analytics.growth import yoy_of_ids, yoy_records_of_ids
from app.domain.analytics.narrative import _last_per_group, pair_rows_narrative
from app.domain.analytics.passes import frame_column, one_pass
from app.domain.model import source_labels
from app.domain.selection import claims_pair_mask, pair_mask
from app.services.bundled import bundled_tables


def _last_by_sort(group: np.ndarray, *keys: np.ndarray) -> np.ndarray:
    """The last row of each group by ``keys`` then row, by a lexsort (the reference)."""
    order = np.lexsort((np.arange(len(group)), *reversed(keys), group))
    g = group[order]
    last = np.ones(len(order), dtype=bool)
    last[:-1] = g[1:] != g[:-1]
    out: np.ndarray = order[last]
    return out


@pytest.mark.parametrize("seed", range(20))
def test_last_per_group_is_the_last_row_of_a_sort(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(0, 200))
    group = np.unique(rng.integers(0, 12, n), return_inverse=True)[1].reshape(-1)
    end = rng.integers(24000, 24010, n)
    length = rng.integers(0, 12, n)
    assert (
        _last_per_group(group, end, length).tolist() == _last_by_sort(group, end, length).tolist()
    )
    some = rng.random(n) < 0.4  # a subset: groups may be missing
    assert (
        _last_per_group(group[some], end[some]).tolist()
        == _last_by_sort(group[some], end[some]).tolist()
    )


def test_source_labels_in_python_are_those_of_the_columns() -> None:
    sources = pd.DataFrame(
        {
            "source_id": [1, 2, 3, 4],
            "publisher": ["Trend", "", "", "Azstat"],
            "speaker": ["", "Ambassador", "", "x"],
            "published": ["2025-12-25", "", "2024-01-01", ""],
        }
    )
    assert _labels(sources) == source_labels(sources).astype(str).tolist()
    with_missing = sources.astype(object)
    with_missing.loc[1, "published"] = None  # not all texts: the column operations decide
    assert _labels(with_missing) == [str(x) for x in source_labels(with_missing).tolist()]


@pytest.mark.parametrize("seed", SEEDS)
def test_conflict_records_are_those_of_the_conflicts_frame(seed: int) -> None:
    obs, src = workspace(seed)
    _same_rows(plain.records(find_conflicts(obs, src)), conflict_records(obs, src))
    _same_rows([], conflict_records(obs.iloc[:0], src))


@pytest.mark.parametrize("seed", SEEDS)
def test_yoy_records_of_ids_are_those_of_the_frame(seed: int) -> None:
    obs, src = workspace(seed)
    ids = obs["obs_id"].to_numpy()[::2].tolist()
    _same_rows(plain.records(yoy_of_ids(obs, ids, src)), yoy_records_of_ids(obs, ids, src))


def test_claim_check_rows_are_the_records_of_the_checks_frame() -> None:
    store = bundled_tables().store()
    obs = store.observations[pair_mask(store.observations, "CHN", "AZE")]
    claims = store.records["claims"]
    claims = claims[claims_pair_mask(claims, "CHN", "AZE")]
    frame = check_all_claims(obs, store.sources, claims, store.records)
    rows = check_rows(obs, store.sources, claims, store.records)
    assert len(rows) > 10
    _same_rows(plain.records(frame), rows)


def test_the_summary_narrative_is_the_pair_narrative_without_latest() -> None:
    store = bundled_tables().store()
    names = store.indicator_names()
    everything = pair_narrative(
        store.observations, store.sources, "CHN", "AZE", names, records=store.records
    )
    rows = store.observations[pair_mask(store.observations, "CHN", "AZE")]
    without = pair_rows_narrative(
        rows, store.sources, "CHN", "AZE", names, records=store.records, latest=False
    )
    assert any(s.kind == "latest" for s in everything)
    assert without == [s for s in everything if s.kind != "latest"]


def test_few_claims_find_their_rows_as_the_sorted_ids_do() -> None:
    obs, src = workspace(3, n=400)
    twice = pd.concat([obs, obs.iloc[:5].assign(value=99.0)], ignore_index=True)
    ids = [int(i) for i in twice["obs_id"].iloc[:4]] + [-1]
    few = Data(twice, src, {})
    found, pos = few._position_of(ids)  # a few ids: one compare
    every = Data(twice, src, {})
    every._positions()  # the sorted ids made first: they are searched
    assert every._ids is not None
    want_found, want_pos = every._position_of(ids)
    assert found.tolist() == want_found.tolist()
    assert pos.tolist() == want_pos.tolist()


@pytest.mark.parametrize("seed", SEEDS)
def test_columns_and_vocabularies_are_read_once_per_report(seed: int) -> None:
    obs, _src = workspace(seed)
    sides = [obs["reporter"], obs["partner"]]
    outside = vocabulary(sides)
    with one_pass():
        assert frame_column(obs, "value") is frame_column(obs, "value")
        first = vocabulary(sides)
        assert vocabulary([obs["reporter"], obs["partner"]]) is first
        assert text_codes(obs["indicator"])[1] is text_codes(obs["indicator"])[1]
    assert frame_column(obs, "value") is not frame_column(obs, "value")
    assert [c.tolist() for c in first[0]] == [c.tolist() for c in outside[0]]
    assert first[1].tolist() == outside[1].tolist()
    # shared within a report, so read only
    with pytest.raises(ValueError, match="read-only"):
        first[0][0][:1] = 0


def _halfwidth_digit_by_digit(values: np.ndarray) -> np.ndarray:
    """The rounding of print tried one digit at a time, over every digit (the reference)."""
    v = np.abs(np.asarray(values, dtype="float64"))
    out = np.zeros(v.shape)
    ok = np.isfinite(v) & (v > 0)
    exp = np.floor(np.log10(np.where(ok, v, 1.0)))
    pending = ok.copy()
    for digits in range(1, 16):
        unit = 10.0 ** (exp - digits + 1)
        with np.errstate(invalid="ignore"):
            exact = pending & (np.abs(np.round(v / unit) * unit - v) <= 1e-9 * v)
        out[exact] = 0.5 * unit[exact]
        pending &= ~exact
    return out


@pytest.mark.parametrize("seed", range(10))
@pytest.mark.parametrize("n", [0, 1, 21, 5000])
def test_rounding_halfwidth_is_the_same_few_values_or_many(seed: int, n: int) -> None:
    """A few values at once, many digit by digit (stopping when every value is placed):
    the same widths to the bit."""
    from app.domain.analytics.intervals import rounding_halfwidth

    rng = np.random.default_rng(seed)
    kinds = [0.0, -1.0, np.nan, np.inf, 2.44e9, 57000.0, 748.8e6, 1 / 3, 143034.37, 1e-7]
    values = rng.choice(kinds, n) * rng.choice([1.0, 10.0, 0.1, 1.2345], n)
    rounded = np.round(rng.random(n) * 10.0 ** rng.integers(0, 12, n), int(rng.integers(0, 4)))
    values = np.where(rng.random(n) < 0.4, rounded, values)
    with np.errstate(invalid="ignore"):
        got = rounding_halfwidth(values)
    assert got.tobytes() == _halfwidth_digit_by_digit(values).tobytes()
