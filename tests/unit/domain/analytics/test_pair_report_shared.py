"""The shared steps of the pair reports (issue 21, third pass) against the pandas calls
they replace, on the random workspaces of the vectorised tests: the claim checks' rows
read without a frame, ids found by a search, records normalised only when they are not
already, category texts read once per report."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from tests.unit.domain.analytics.test_analytics_vectorised import SEEDS, workspace
from tests.unit.domain.analytics.test_report_fast_paths import _same

from app.domain.analytics import plain
from app.domain.analytics.choice import chosen_order, chosen_rows, figure_records, figures_at
from app.domain.analytics.claim_checks.frames import Data, _keyed_rows
from app.domain.analytics.column_texts import category_texts, published_texts
from app.domain.analytics.growth import yoy_for, yoy_of_ids
from app.domain.analytics.narrative import _indicator_texts
from app.domain.analytics.passes import one_pass
from app.domain.analytics.records import record_statuses
from app.domain.records import RECORD_TABLES, empty_records, normalise_records


def _same_rows(want: list[dict[str, object]], got: list[dict[str, object]]) -> None:
    assert len(got) == len(want)
    for w, g in zip(want, got, strict=True):
        assert list(w) == list(g)
        assert all(_same(w[k], g[k]) for k in w), (w, g)


@pytest.mark.parametrize("seed", SEEDS)
def test_claim_check_rows_are_the_keyed_frames_records(seed: int) -> None:
    obs, src = workspace(seed)
    data = Data(obs, src, {})
    _key, _maps, usable = data._keys()
    kept = np.flatnonzero(usable)
    for pos in (kept, kept[::3], kept[:0], kept[::-2]):
        want = _keyed_rows(obs.iloc[pos], src, 0.1).to_dict("records")
        _same_rows(want, data._records(pos))


@pytest.mark.parametrize("seed", SEEDS)
def test_obs_rows_are_found_by_id_the_last_row_of_an_id_stated_twice(seed: int) -> None:
    obs, src = workspace(seed)
    twice = pd.concat([obs, obs.iloc[:5].assign(value=99.0)], ignore_index=True)
    data = Data(twice, src, {})
    ids = [int(i) for i in twice["obs_id"]] + [-1, 10**9]
    data.prefetch_obs(ids)
    for i in ids:
        rows = np.flatnonzero((twice["obs_id"] == i).to_numpy())
        got = data.obs(i)
        fine = twice["period_detail"].astype(str).to_numpy() != ""
        rows = rows[~fine[rows]]
        if len(rows) == 0:
            assert got is None
            continue
        want = _keyed_rows(twice.iloc[rows[-1:]], src, 0.1).to_dict("records")[0]
        assert got is not None
        _same_rows([want], [{str(k): v for k, v in got.items()}])


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("same_reporter", [True, False])
def test_figure_records_are_those_of_the_figures_frame(seed: int, same_reporter: bool) -> None:
    obs, src = workspace(seed)
    used = chosen_order(obs, src, same_reporter)
    for some in (used, used.at(np.arange(len(used.rows)) % 3 == 0), used.at(np.zeros(0, int))):
        want = plain.records(figures_at(obs, some, src, same_reporter))
        _same_rows(want, figure_records(obs, some, src, same_reporter))


@pytest.mark.parametrize("seed", SEEDS)
def test_yoy_of_ids_takes_the_first_row_of_each_id(seed: int) -> None:
    obs, src = workspace(seed)
    ids = obs["obs_id"].to_numpy()[::-2]
    target = obs.iloc[[int(np.flatnonzero(obs["obs_id"].to_numpy() == i)[0]) for i in ids]]
    pd.testing.assert_frame_equal(
        yoy_of_ids(obs, ids, src), yoy_for(target, src, universe=obs), check_exact=True
    )
    assert len(yoy_of_ids(obs, [], src)) == 0
    with pytest.raises(ValueError, match="not among the observations"):
        yoy_of_ids(obs, [int(obs["obs_id"].max()) + 1], src)


def test_published_texts_first_row_of_an_id_blank_where_unknown() -> None:
    sources = pd.DataFrame(
        {"source_id": [1, 2, 2, 5], "published": ["2020-01-01", None, "2021", "2019"]}
    )
    got = published_texts(np.array([5, 1, 2, 3, 1]), sources)
    assert got.dtype == object
    assert got.tolist() == ["2019", "2020-01-01", "", "", "2020-01-01"]
    assert published_texts(np.array([], dtype=np.int64), sources).tolist() == []
    assert published_texts(np.array([1]), None).tolist() == [""]


@pytest.mark.parametrize("seed", SEEDS)
def test_category_texts_are_read_once_per_report(seed: int) -> None:
    obs, _src = workspace(seed)
    col = obs["indicator"]
    other = obs["reporter"]
    with one_pass():
        first = category_texts(col)
        again = category_texts(col.iloc[::2])  # the same categories
        assert first == again == [str(c) for c in col.cat.categories]
        first.append("changed by a caller")  # a copy: the memo keeps its own
        assert category_texts(col) == [str(c) for c in col.cat.categories]
        assert category_texts(other) == [str(c) for c in other.cat.categories]
        renamed = col.cat.rename_categories(lambda c: f"x{c}")
        assert category_texts(renamed) == [f"x{c}" for c in col.cat.categories]
    assert category_texts(col) == [str(c) for c in col.cat.categories]


@pytest.mark.parametrize("seed", SEEDS)
def test_indicator_texts_are_the_sorted_distinct_texts(seed: int) -> None:
    obs, _src = workspace(seed)
    for frame in (obs, obs.iloc[::3], obs.iloc[:0]):
        col = frame["indicator"]
        assert _indicator_texts(col) == sorted(col.astype(str).unique())
        plain_col = col.astype(object)
        assert _indicator_texts(plain_col) == sorted(plain_col.astype(str).unique())


def _same_frame(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(a, b, check_exact=True)
    assert list(a.dtypes) == list(b.dtypes)
    for c in a.columns:
        assert all(_same(x, y) for x, y in zip(a[c].tolist(), b[c].tolist(), strict=True))


@pytest.mark.parametrize("name", sorted(RECORD_TABLES))
def test_normalised_records_normalise_to_themselves(name: str) -> None:
    columns = list(RECORD_TABLES[name].columns)
    raw = pd.DataFrame({c: ["1", None, "x"] for c in columns}, index=[7, 3, 9])
    once = normalise_records(name, raw)
    twice = normalise_records(name, once)
    _same_frame(once, twice)
    for c in columns:  # the values are the result's own, not the input's
        values = twice[c].to_numpy()
        assert not np.shares_memory(values, once[c].to_numpy())
    _same_frame(empty_records(name), normalise_records(name, empty_records(name)))
    assert list(empty_records(name).columns) == columns


def test_a_text_column_with_other_values_is_still_converted() -> None:
    table = normalise_records("claims", pd.DataFrame({"quote": ["a"], "claim_id": [1]}))
    mixed = table.assign(quote=pd.Series([3], dtype=object), indicator=pd.Series([None]))
    got = normalise_records("claims", mixed)
    assert got["quote"].tolist() == ["3"]
    assert got["indicator"].tolist() == [""]
    assert got["quote"].dtype == object
    strings = table.assign(quote=pd.Series(["a"], dtype="str"))
    assert normalise_records("claims", strings)["quote"].dtype == object


@pytest.mark.parametrize("seed", SEEDS)
def test_figures_are_chosen_once_per_frame_in_one_pass(seed: int) -> None:
    obs, src = workspace(seed)
    alone = chosen_rows(obs, src)
    with one_pass():
        first = chosen_rows(obs, src)
        assert chosen_rows(obs, src) is first
        assert chosen_rows(obs, src, same_reporter=False) is not first
        assert chosen_rows(obs, src.copy()) is not first
        assert chosen_rows(obs.copy(), src) is not first
        assert chosen_rows(obs, src, others=[obs.iloc[:3]]) is not first
        # a report's figures, changes and records, sharing the choice, say what they say alone
        ids = obs["obs_id"].to_numpy()[::2]
        pd.testing.assert_frame_equal(
            yoy_of_ids(obs, ids, src), yoy_for(obs.iloc[::2], src, universe=obs)
        )
        shared = record_statuses(obs, src)
    assert chosen_rows(obs, src) is not first
    assert first[0].rows.tolist() == alone[0].rows.tolist()
    assert first[0].keys.tolist() == alone[0].keys.tolist()
    assert shared == record_statuses(obs, src)
