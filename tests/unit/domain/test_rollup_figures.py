"""Roll-up cells of the registry, and a cell kept as a derived figure with its lineage."""

from __future__ import annotations

import pandas as pd
import pytest

from app.domain.projects import linked_ids, overview
from app.domain.rollup_figures import (
    CAPACITY_INDICATOR,
    SIGNED_INDICATOR,
    Grouping,
    RollupCell,
    default_indicator,
    rollup_cells,
    rollup_figure_edit,
)
from app.domain.store import ObservationStore
from app.services.bundled import bundled_tables


@pytest.fixture
def store() -> ObservationStore:
    return bundled_tables().store()


def chinese(store: ObservationStore) -> pd.DataFrame:
    view = overview(store.records)
    return view[view["partner"] == "CHN"]


def cell(cells: list[RollupCell], stage: str, key: str | int) -> RollupCell:
    return next(c for c in cells if c.stage == stage and key in (c.technology, c.year))


def apply(store: ObservationStore, edit: object, forward: bool = True) -> None:
    ops = edit.forward() if forward else edit.backward()  # type: ignore[attr-defined]
    store.validate(ops)
    store.apply(edit, forward)  # type: ignore[arg-type]


def test_cells_by_status_and_technology(store: ObservationStore) -> None:
    cells = rollup_cells(chinese(store), store.records, Grouping.STATUS)
    solar = cell(cells, "agreement", "solar")
    assert (solar.projects, solar.capacity, solar.no_capacity) == (3, 360.0, 0)
    assert solar.label() == "agreement · solar"
    bus = cell(cells, "announced", "manufacturing")
    assert (bus.projects, bus.no_capacity) == (1, 1)


def test_cells_by_year_count_projects_without_capacity(store: ObservationStore) -> None:
    cells = rollup_cells(overview(store.records), store.records, Grouping.YEAR)
    signed = cell(cells, "agreement", 2025)
    assert (signed.projects, signed.capacity, signed.no_capacity) == (5, 2460.0, 0)
    assert signed.label() == "2025 · agreement"
    assert cell(cells, "commissioned", 2026).capacity == 240.0
    assert rollup_cells(overview(store.records).iloc[0:0], store.records, Grouping.YEAR) == []


def test_default_indicator_follows_the_stage() -> None:
    signed = RollupCell("agreement", "", 2025, (3,), 100.0, 0)
    built = RollupCell("commissioned", "wind", None, (1,), 240.0, 0)
    assert default_indicator(signed) == SIGNED_INDICATOR
    assert default_indicator(built) == CAPACITY_INDICATOR


def test_signed_2025_for_china_becomes_a_derived_figure_with_lineage(
    store: ObservationStore,
) -> None:
    cells = rollup_cells(chinese(store), store.records, Grouping.YEAR)
    signed = cell(cells, "agreement", 2025)
    before_obs, before_links = len(store.observations), len(store.records["links"])
    edit = rollup_figure_edit(store, signed, SIGNED_INDICATOR, "2026-02-14")
    apply(store, edit)
    obs = store.observations.iloc[-1]
    assert obs["status"] == "derived"
    assert (obs["indicator"], obs["value"], obs["unit"]) == (SIGNED_INDICATOR, 2460.0, "MW")
    assert (obs["reporter"], obs["partner"]) == ("AZE", "CHN")
    assert obs["period_text"] == "signed in 2025"
    assert (obs["period_end"] - obs["period_start"], bool(obs["period_point"])) == (11, False)
    source = store.source(int(obs["source_id"]))
    assert source["kind"] == "derived"
    assert source["title"].startswith("Roll-up of 5 projects in the Corridor registry: ")
    assert "Gobustan Solar Power Plant" in source["title"]
    linked = linked_ids(
        store.records["links"], "observations", int(obs["obs_id"]), "projects", reverse=False
    )
    assert sorted(linked) == sorted(signed.project_ids)
    # the projects now list the figure among theirs
    view = overview(store.records).set_index("project_id")
    assert int(obs["obs_id"]) in view.loc[signed.project_ids[0], "obs_ids"]
    apply(store, edit, forward=False)
    assert len(store.observations) == before_obs
    assert len(store.records["links"]) == before_links


def test_a_status_cell_is_a_stock_as_of_the_day(store: ObservationStore) -> None:
    cells = rollup_cells(chinese(store), store.records, Grouping.STATUS)
    wind = cell(cells, "commissioned", "wind")
    edit = rollup_figure_edit(store, wind, CAPACITY_INDICATOR, "2026-02-14")
    apply(store, edit)
    obs = store.observations.iloc[-1]
    assert bool(obs["period_point"])
    assert obs["period_text"] == "as of 2026-02 (status commissioned)"
    assert obs["subject"] == "wind"
    assert edit.text == "Store roll-up commissioned · wind as figure"


def test_refused_cells_and_indicators(store: ObservationStore) -> None:
    with pytest.raises(ValueError, match="no project"):
        rollup_figure_edit(store, RollupCell("agreement", "", 2025, (), 0.0, 0), "x", "2026-01")
    bus = RollupCell("announced", "manufacturing", None, (11,), 0.0, 1)
    with pytest.raises(ValueError, match="none of the projects"):
        rollup_figure_edit(store, bus, CAPACITY_INDICATOR, "2026-01-01")
    wind = RollupCell("commissioned", "wind", None, (1,), 240.0, 0)
    with pytest.raises(ValueError, match="not in the indicator catalogue"):
        rollup_figure_edit(store, wind, "no_such_code", "2026-01-01")
    with pytest.raises(ValueError, match="measured in USD"):
        rollup_figure_edit(store, wind, "trade_turnover", "2026-01-01")


def test_counted_statements_say_what_the_registry_knows(store: ObservationStore) -> None:
    """The ambassador's "five projects, 1,570 MW" names none: all five stay unknown; once
    two projects are linked to the figure stated with it, they are named and three remain."""
    from app.domain.projects import link_edit
    from app.domain.rollup_figures import counted_statements

    labels = store.source_label_by_id()
    before = dict(counted_statements(store.records, labels))
    claims = store.records["claims"]
    seed = claims[(claims["claim_type"] == "sum_count") & (claims["obs_id"] == 30)]
    claim_id = int(seed["claim_id"].iat[0])
    assert "counts 5 projects (1,570 MW in all) but names none" in before[claim_id]
    assert before[claim_id].startswith("Xinhua (Russian service) via MIL-OSI translation")
    edit = link_edit(store.records, "observations", [30], "projects", [3, 4], "link")
    store.apply(edit)
    after = dict(counted_statements(store.records, labels))[claim_id]
    assert "2 are in the registry (Gobustan Solar Power Plant;" in after
    assert "3 projects and 1,310 MW are not identified" in after
