"""The large-table code paths at small scale: exact filter and sort results, a consistent
permutation through edits and undo, the model contract after a filter, Arrow loading equal
to the reference conversion, and a counter of data() calls per paint.

The benchmarks (python -m benchmarks) time these paths at 10M rows; here they must give
exactly the right rows in exactly the right order, with no timing assertion.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from unittest import mock

import duckdb
import numpy as np
import pandas as pd
import pytest
from PySide6.QtWidgets import QTableView

from app.domain.edits import DeleteObservations, SetValues
from app.domain.model import FIGURE_KEY, normalise_observations
from app.domain.view import ViewSpec, compute_order, figure_groups, stable_argsort, text_mask
from app.qt.messages import MessageBus
from app.qt.observation_model import COLUMN_INDEX, SERVED, ObservationTableModel
from app.qt.session import DeskSession
from app.services.desk import Desk
from app.services.storage import DuckDBStorage

COUNTRIES = ["AZE", "CHN", "RUS", "TUR", "GEO"]


def synthetic(n: int = 3000, seed: int = 4) -> pd.DataFrame:
    """Observations with duplicate figures, tied values, NaN and unsorted categories."""
    rng = np.random.default_rng(seed)
    years = rng.integers(2000, 2025, n)
    frame = pd.DataFrame(
        {
            "obs_id": rng.permutation(n) + 1,
            "indicator": rng.choice(["zeta_flow", "alpha_stock", "mid_rate"], n),
            "reporter": rng.choice(COUNTRIES, n),
            "partner": rng.choice([*COUNTRIES, ""], n),
            "subject": rng.choice(["", "Port of Baku"], n, p=[0.9, 0.1]),
            "period_start": years * 12,
            "period_end": years * 12 + 11,
            "period_point": False,
            "period_text": years.astype(str),
            "value": np.where(rng.random(n) < 0.05, np.nan, rng.integers(0, 40, n) * 1e6),
            "unit": "USD",
            "qualifier": "exact",
            "status": rng.choice(["actual", "provisional"], n),
            "source_id": rng.integers(0, 5, n),
            "note": "",
        }
    )
    obs = normalise_observations(frame)
    # categories in a non-alphabetical order, as after an edit added one
    obs["indicator"] = obs["indicator"].cat.reorder_categories(
        ["zeta_flow", "alpha_stock", "mid_rate"]
    )
    return obs


def reference_order(
    obs: pd.DataFrame, mask: np.ndarray, sort: tuple[tuple[str, bool], ...]
) -> np.ndarray:
    """The same order by pandas' stable multi-key sort_values on plain values."""
    plain = pd.DataFrame(
        {
            c: obs[c].astype(str) if isinstance(obs[c].dtype, pd.CategoricalDtype) else obs[c]
            for c, _ in sort
        }
    )
    plain["_pos"] = np.arange(len(obs))
    plain = plain[mask]
    ordered = plain.sort_values(
        [c for c, _ in sort], ascending=[a for _, a in sort], kind="stable", na_position="last"
    )
    return ordered["_pos"].to_numpy()


@pytest.mark.parametrize(
    "sort",
    [
        (("reporter", True), ("indicator", False)),
        (("indicator", True), ("partner", True), ("status", False)),
        (("value", True),),
        (("value", False),),
        (("value", False), ("reporter", True)),
    ],
)
def test_sort_is_exactly_pandas_stable_sort(sort: tuple[tuple[str, bool], ...]) -> None:
    obs = synthetic()
    mask = (obs["reporter"] != "GEO").to_numpy()
    got = compute_order(obs, ViewSpec(mask=mask, sort=sort))
    np.testing.assert_array_equal(got, reference_order(obs, mask, sort))


def test_filters_select_exactly_the_matching_rows() -> None:
    obs = synthetic()
    got = compute_order(obs, ViewSpec(text="zeta chn", sort=(), first_month=2010 * 12))
    words_ok = np.ones(len(obs), dtype=bool)
    for word in ("zeta", "chn"):
        hit = np.zeros(len(obs), dtype=bool)
        for c in ("indicator", "reporter", "partner", "subject", "qualifier", "status", "unit"):
            hit |= obs[c].astype(str).str.lower().str.contains(word, regex=False).to_numpy()
        words_ok &= hit
    expected = np.flatnonzero(words_ok & (obs["period_end"].to_numpy() >= 2010 * 12))
    np.testing.assert_array_equal(got, expected)
    assert text_mask(obs, "no-such-word").sum() == 0


@pytest.mark.parametrize("sort", [(("value", False), ("reporter", True)), (("indicator", True),)])
def test_a_cached_sorted_order_gives_the_same_rows_as_sorting_again(
    sort: tuple[tuple[str, bool], ...],
) -> None:
    obs = synthetic()
    everything = compute_order(obs, ViewSpec(sort=sort))
    broad = (obs["reporter"] != "GEO").to_numpy()  # most rows: read out of the cached order
    narrow = (obs["reporter"] == "GEO").to_numpy() & (obs["subject"] != "").to_numpy()
    for spec in (
        ViewSpec(sort=sort),
        ViewSpec(mask=broad, sort=sort),
        ViewSpec(mask=narrow, sort=sort),
        ViewSpec(text="zeta", sort=sort, first_month=2010 * 12),
    ):
        np.testing.assert_array_equal(
            compute_order(obs, spec, sorted_all=everything), compute_order(obs, spec)
        )
    assert compute_order(obs, ViewSpec(sort=sort), sorted_all=everything) is everything
    with pytest.raises(ValueError, match="cached order"):
        compute_order(obs, ViewSpec(sort=sort), sorted_all=everything[:-1])


def test_stable_argsort_keeps_ties_in_row_order() -> None:
    key = np.random.default_rng(1).integers(0, 30, 20_000).astype(float)
    key[::7] = np.nan
    np.testing.assert_array_equal(stable_argsort(key), np.argsort(key, kind="stable"))


def test_figure_groups_match_a_groupby() -> None:
    obs = synthetic()
    gid, size = figure_groups(obs)
    ref = obs.groupby(list(FIGURE_KEY), observed=True, sort=False).ngroup().to_numpy()
    np.testing.assert_array_equal(gid, ref)
    np.testing.assert_array_equal(size, np.bincount(ref)[ref])


def test_arrow_load_equals_the_reference_conversion(tmp_path: Path) -> None:
    obs = synthetic(500)
    change = obs["change_value"].to_numpy(dtype="float64", na_value=np.nan)
    change[3] = 12.5  # (the contract's sparse column takes no assignment in place)
    obs["change_value"] = pd.arrays.SparseArray(change, fill_value=np.nan)
    path = tmp_path / "w.duckdb"
    DuckDBStorage.create(path, observations=obs).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE observations SET note = NULL, preferred = NULL WHERE obs_id = 7")
    reference = normalise_observations(
        con.execute("SELECT * FROM observations ORDER BY obs_id").df()
    )
    con.close()
    with DuckDBStorage.open(path, read_only=True) as ws:
        loaded = ws.load().observations
    pd.testing.assert_frame_equal(loaded, reference)
    assert loaded["note"].iat[int(np.flatnonzero(loaded["obs_id"] == 7)[0])] == ""


# --- the table model ------------------------------------------------------------------


def _model(desk: Desk) -> ObservationTableModel:
    return ObservationTableModel(DeskSession(desk, MessageBus()))


def _shown_ids(model: ObservationTableModel) -> list[int]:
    return [model.obs_id_at(r) for r in range(model.rowCount())]


def test_permutation_stays_consistent_through_edits_and_undo(tiny_desk: Desk) -> None:
    model = _model(tiny_desk)
    model.set_spec(ViewSpec(sort=(("value", False),)))
    before = _shown_ids(model)
    assert sorted(before) == sorted(tiny_desk.store.observations["obs_id"].tolist())
    session = model._session
    old = float(tiny_desk.store.get(4, "value"))
    assert session.push(SetValues([4], {"value": ([old], [9.9e9])}, "raise"))
    assert _shown_ids(model) == before  # value edits keep the order, cells change
    assert model.data(model.index(model.row_of(4), COLUMN_INDEX["value"])) == "$9.9 bn"
    assert session.push(DeleteObservations(tiny_desk.store.rows([6]).copy(), "delete one"))
    assert 6 not in _shown_ids(model)
    assert len(_shown_ids(model)) == len(before) - 1
    session.undo_stack.undo()
    session.undo_stack.undo()
    model.refresh()
    assert _shown_ids(model) == before
    for r in range(model.rowCount()):
        pos = int(model.order[r])
        assert int(tiny_desk.store.observations["obs_id"].iat[pos]) == model.obs_id_at(r)


def test_model_contract_holds_after_a_filter(qtmodeltester: Any, tiny_desk: Desk) -> None:
    model = _model(tiny_desk)
    mask = (tiny_desk.store.observations["reporter"] == "AZE").to_numpy()
    model.set_spec(ViewSpec(mask=mask, text="trade", sort=(("period", False),)))
    assert 0 < model.rowCount() < len(mask)
    qtmodeltester.check(model, force_py=True)
    model.set_spec(ViewSpec(text="nothing matches this"))
    assert model.rowCount() == 0
    qtmodeltester.check(model, force_py=True)


def test_clearing_a_filter_reuses_the_order_until_the_store_changes(tiny_desk: Desk) -> None:
    model = _model(tiny_desk)
    sort = (("value", False),)
    model.set_spec(ViewSpec(sort=sort))
    everything = model.order
    model.set_spec(ViewSpec(text="trade", sort=sort))
    assert 0 < model.rowCount() < len(everything)
    with mock.patch("app.qt.observation_model.compute_order") as compute:
        model.set_spec(ViewSpec(sort=sort))  # cleared: nothing to compute
    compute.assert_not_called()
    assert model.order is everything
    session = model._session
    old = float(tiny_desk.store.get(4, "value"))
    assert session.push(SetValues([4], {"value": ([old], [9.9e9])}, "raise"))
    model.set_spec(ViewSpec(text="trade", sort=sort))
    model.set_spec(ViewSpec(sort=sort))  # the value changed: sorted again, 4 comes first
    assert model.obs_id_at(0) == 4
    assert model.order is not everything


class CountingModel(ObservationTableModel):
    """Records every role Qt asks (by data() or, a cell's roles at once, by multiData()),
    with what the model answered."""

    calls: list[tuple[int, int, int, Any]]

    def data(self, index: Any, role: int = 0) -> Any:
        out = super().data(index, role)
        self.calls.append((index.row(), index.column(), role, out))
        return out

    def multiData(self, index: Any, roleDataSpan: Any) -> None:
        super().multiData(index, roleDataSpan)
        for entry in roleDataSpan:
            self.calls.append((index.row(), index.column(), entry.role(), entry.data()))


def test_data_calls_per_paint_are_bounded_and_role_aware(qtbot: Any, tiny_desk: Desk) -> None:
    model = CountingModel(DeskSession(tiny_desk, MessageBus()))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    model.calls = []
    with (
        mock.patch.object(pd.DataFrame, "__getitem__", side_effect=AssertionError("pandas")),
        mock.patch.object(pd.Series, "__getitem__", side_effect=AssertionError("pandas")),
    ):
        view.viewport().grab()
    cells = model.rowCount() * model.columnCount()
    assert model.calls, "the paint asked the model for nothing"
    painted = {(r, c) for r, c, _, _ in model.calls}
    assert {r for r, _ in painted} == set(range(model.rowCount()))  # every row is drawn
    assert len(painted) <= cells
    assert len(model.calls) <= len(painted) * 12  # a bounded number of roles per cell
    unserved = [
        (r, c, role) for r, c, role, out in model.calls if role not in SERVED and out is not None
    ]
    assert unserved == []  # roles the model does not serve get None, never text
