"""The pivot model: the Qt contract, what each role answers, texts formatted by blocks."""

from __future__ import annotations

from typing import Any
from unittest import mock

import pandas as pd
from PySide6.QtCore import Qt

from app.domain.model import normalise_observations, normalise_sources
from app.domain.periods import parse_period
from app.domain.pivot import PivotSpec, pivot
from app.qt.columns import FORWARD_COLOUR
from app.qt.pivot_model import (
    BLOCK,
    CONFLICT_TINT,
    DERIVED_COLOUR,
    OBS_IDS_ROLE,
    PivotModel,
    pivot_view,
)

SOURCES = normalise_sources(
    pd.DataFrame(
        [(1, "Trend", "2025-12-25"), (2, "News.az", "2024-12-20")],
        columns=["source_id", "publisher", "published"],
    )
)


def ob(obs_id: int, period: str, value: float, **kw: Any) -> dict[str, Any]:
    p = parse_period(period)
    row = {
        "obs_id": obs_id,
        "indicator": "trade_turnover",
        "reporter": "CHN",
        "partner": "AZE",
        "period_start": p.start,
        "period_end": p.end,
        "value": value,
        "unit": "USD",
        "source_id": 1,
    }
    row.update(kw)
    return row


OBS = normalise_observations(
    pd.DataFrame(
        [
            ob(1, "2023", 3.1e9, change_value=43.0, change_unit="%"),
            ob(2, "2024", 3.0e9, source_id=2),
            ob(3, "2024", 3.5e9),
            ob(4, "2025", 4.87e9, status="derived"),
            ob(5, "2030", 2000, indicator="capacity", unit="MW", status="target"),
        ]
    )
)


def model_of(obs: pd.DataFrame = OBS) -> PivotModel:
    model = PivotModel()
    model.set_view(pivot_view(pivot(obs, SOURCES, PivotSpec())))
    return model


def at(model: PivotModel, row_label: str, column: str) -> Any:
    table = model.table
    return model.index(table.row_labels.index(row_label), table.columns.index(column))


def test_the_model_contract(qtmodeltester) -> None:
    model = PivotModel()
    qtmodeltester.check(model, force_py=True)  # empty, before any data
    model.set_view(pivot_view(pivot(OBS, SOURCES, PivotSpec())))
    qtmodeltester.check(model, force_py=True)
    assert (model.rowCount(), model.columnCount()) == (2, 8)


def test_each_role_answers_from_the_view() -> None:
    model = model_of()
    trade = "trade_turnover · CHN → AZE"
    disputed = at(model, trade, "2024")
    assert model.data(disputed) == "3.5 ⇄"
    assert model.data(disputed, Qt.ItemDataRole.BackgroundRole) == CONFLICT_TINT
    assert model.data(disputed, OBS_IDS_ROLE) == [3, 2]
    tip = model.data(disputed, Qt.ItemDataRole.ToolTipRole)
    assert "conflict: 2 sources disagree ($3 bn to $3.5 bn)" in tip
    assert tip is model.data(disputed, Qt.ItemDataRole.ToolTipRole)  # written once
    claimed = at(model, trade, "2023")
    assert model.data(claimed) == "3.1 ※"
    assert "claims checked against it: 1 reported change" in model.data(
        claimed, Qt.ItemDataRole.ToolTipRole
    )
    derived = at(model, trade, "2025")
    assert model.data(derived) == "derived: 4.87"
    assert model.data(derived, Qt.ItemDataRole.ForegroundRole) == DERIVED_COLOUR
    assert model.data(derived, Qt.ItemDataRole.FontRole).italic()
    target = at(model, "capacity · CHN → AZE", "2030")
    assert model.data(target) == "target: 2,000"
    assert model.data(target, Qt.ItemDataRole.ForegroundRole) == FORWARD_COLOUR
    empty = at(model, "capacity · CHN → AZE", "2024")
    assert model.data(empty) == ""
    assert model.data(empty, OBS_IDS_ROLE) == []
    assert model.data(empty, Qt.ItemDataRole.BackgroundRole) is None
    assert model.headerData(0, Qt.Orientation.Vertical) == "capacity · CHN → AZE (MW)"
    assert model.headerData(1, Qt.Orientation.Vertical) == f"{trade} (USD bn)"
    assert model.headerData(7, Qt.Orientation.Horizontal) == "2030"


def many_series(n: int) -> pd.DataFrame:
    return normalise_observations(
        pd.DataFrame([ob(i + 1, "2024", 1e9 + i, indicator=f"ind{i:04d}") for i in range(n)])
    )


def test_texts_are_formatted_a_block_at_a_time_without_pandas() -> None:
    model = model_of(many_series(3 * BLOCK))
    assert set(model.view.blocks) == {0}  # the first screen, made with the view
    with (
        mock.patch.object(pd.DataFrame, "__getitem__", side_effect=AssertionError("pandas")),
        mock.patch.object(pd.Series, "__getitem__", side_effect=AssertionError("pandas")),
    ):
        for r in range(BLOCK):
            model.data(model.index(r, 0))
            model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole)
        assert set(model.view.blocks) == {0}
        assert model.data(model.index(2 * BLOCK + 5, 0)) == "1"  # $1,000,000,261 in USD bn
    assert set(model.view.blocks) == {0, 2}
