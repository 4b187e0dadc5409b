"""Saved views as data: the JSON round trip, and saving, overwriting, renaming and deleting
as undoable edits of the ``views`` record table."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.periods import month_index
from app.domain.saved_views import (
    SavedView,
    ViewNotFound,
    delete_view,
    rename_view,
    save_view,
    saved_views,
    stored_view,
    table_state,
    view_names,
)
from app.domain.store import ObservationStore
from app.domain.view import ViewSpec
from app.domain.view_filters import ColumnFilter

DAY = dt.date(2026, 1, 15)


def a_view(name: str = "Trade since 2019", text: str = "customs") -> SavedView:
    spec = ViewSpec(
        pair=("CHN", "AZE"),
        text=text,
        sort=(("value", False),),
        first_month=month_index(2019, 1),
        column_filters=(
            ColumnFilter("indicator", ("trade_turnover",)),
            ColumnFilter("value", low=1e9),
            ColumnFilter("period", low=month_index(2019, 1), high=month_index(2025, 10)),
        ),
    )
    return SavedView(
        name=name,
        pair=("CHN", "AZE"),
        table=table_state(spec, "trade_turnover"),
        chart={"same_period": True, "window": [0, 10], "x": [1.5e9, 1.7e9], "y": None},
        panels={"pivot": {"rows": "indicator", "frequency": "year"}},
        note="for the minister",
    )


def test_json_round_trip_keeps_everything() -> None:
    view = a_view()
    back = SavedView.from_json(view.name, view.to_json(), view.note)
    assert back == view
    spec = back.spec()
    assert spec.pair == ("CHN", "AZE")
    assert spec.text == "customs"
    assert spec.sort == (("value", False),)
    assert spec.first_month == month_index(2019, 1)
    assert spec.column_filters == a_view().spec().column_filters
    assert back.indicator == "trade_turnover"
    assert "indicator: Trade turnover" in back.describe({"trade_turnover": "Trade turnover"})
    assert "period: 2019 – 2025-10" in back.describe()


def test_unreadable_views_say_which() -> None:
    with pytest.raises(ValueError, match="'Broken' is not readable"):
        SavedView.from_json("Broken", "{not json")
    with pytest.raises(ValueError, match="newer"):
        SavedView.from_json("Later", '{"version": 99}')
    bad = SavedView.from_json("Bad", '{"table": {"filters": [{"column": "note"}]}}')
    with pytest.raises(ValueError, match="no filter"):
        bad.spec()


def test_save_overwrite_rename_delete_and_undo() -> None:
    store = ObservationStore()
    first = save_view(store.records, a_view(), DAY)
    store.apply(first)
    assert view_names(store.records) == ["Trade since 2019"]
    assert stored_view(store.records, "trade SINCE 2019") == a_view()  # case-insensitive

    second = save_view(store.records, a_view("Tourism", text="tourist"), DAY)
    store.apply(second)
    assert [v.name for v in saved_views(store.records)] == ["Tourism", "Trade since 2019"]

    overwrite = save_view(store.records, a_view("Trade since 2019", text="xinhua"), DAY)
    store.apply(overwrite)
    assert len(store.records["views"]) == 2  # overwritten, not added
    assert stored_view(store.records, "Trade since 2019").spec().text == "xinhua"
    store.apply(overwrite, forward=False)  # undo the overwrite
    assert stored_view(store.records, "Trade since 2019").spec().text == "customs"

    renamed = rename_view(store.records, "Tourism", "Tourism 2025")
    store.apply(renamed)
    assert view_names(store.records) == ["Tourism 2025", "Trade since 2019"]
    with pytest.raises(ValueError, match="exists already"):
        rename_view(store.records, "Tourism 2025", "trade since 2019")

    deleted = delete_view(store.records, "Trade since 2019")
    store.apply(deleted)
    assert view_names(store.records) == ["Tourism 2025"]
    store.apply(deleted, forward=False)  # undo brings it back whole
    assert stored_view(store.records, "Trade since 2019") == a_view()
    store.apply(renamed, forward=False)
    store.apply(second, forward=False)
    store.apply(first, forward=False)
    assert view_names(store.records) == []


def test_names_are_checked() -> None:
    store = ObservationStore()
    with pytest.raises(ValueError, match="needs a name"):
        save_view(store.records, a_view("   "))
    store.apply(save_view(store.records, a_view("  Trade   view "), DAY))
    assert view_names(store.records) == ["Trade view"]
    with pytest.raises(ViewNotFound, match=r"no saved view 'Nope' \(saved views: Trade view\)"):
        delete_view(store.records, "Nope")
