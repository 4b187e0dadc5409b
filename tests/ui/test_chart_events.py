"""Events on the chart, as a user meets them: the bundled pair's visits, agreements and
openings marked under the trade chart, types toggled (and remembered), annotations added
from the chart's context menu through the dialog, edited, deleted, and undone."""

from __future__ import annotations

import html
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.domain.events import events_for
from app.domain.records import EventType
from app.main import create_main_window
from app.qt.settings import CHART_HIDDEN_EVENT_TYPES, Settings
from app.services.desk import Desk
from app.ui.chart_panel import ChartPanel, month_to_timestamp
from app.ui.event_dialog import EventDialog, event_problem

APRIL_2025 = 2025 * 12 + 3


def make_window(qtbot, desk: Desk, settings: Path):
    window = create_main_window(desk, str(settings))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, seeded_desk: Desk, tmp_path: Path):
    w = make_window(qtbot, seeded_desk, tmp_path / "settings.ini")
    w.pair_box.set_pair("AZE", "CHN")
    assert w.catalogue.select_code("trade_turnover")
    return w


def pair_events(w) -> pd.DataFrame:
    return events_for(w.session.store.records, w.pair())


def type_action(chart: ChartPanel, word: str):
    return next(a for a in chart.events_button.menu().actions() if a.text() == word)


def test_bundled_trade_chart_marks_the_pairs_events(window) -> None:
    events = pair_events(window)
    assert len(events) >= 8
    markers = window.chart.event_markers()
    assert len(markers) == len(events)
    expected = month_to_timestamp(events["start_month"].to_numpy())
    assert [markers[int(i)] for i in events["event_id"]] == pytest.approx(list(expected))
    # the AZE–ARE opening of Garadagh is another pair's event
    assert all("Garadagh" not in tip for tip in window.chart.event_tips().values())
    # a dashed line through the plot for each (point) event; no ranges among them
    lines, bands = window.chart.event_spans()
    assert sorted(lines) == pytest.approx(sorted(expected))
    assert bands == []


def test_tooltips_name_title_date_type_source_and_quote(window) -> None:
    events = pair_events(window).set_index("event_id")
    labels = window.session.store.source_label_by_id()
    tips = window.chart.event_tips()
    opening = events[events["date_start"] == "2026-01-08"]
    eid = int(opening.index[0])
    tip = tips[eid]
    assert "Khizi-Absheron 240 MW wind plant inaugurated" in tip
    assert labels[int(opening["source_id"].iloc[0])] in tip
    assert "2026-01-08 · opening" in tip
    assert "Gulustan Palace" in tip  # the quote
    for event_id, row in events.iterrows():
        assert str(row["title"]) in html.unescape(tips[int(event_id)])


def test_toggling_a_type_hides_its_markers_and_is_remembered(
    qtbot, window, seeded_desk: Desk, tmp_path: Path
) -> None:
    events = pair_events(window)
    agreements = set(events.loc[events["event_type"] == "agreement", "event_id"].astype(int))
    assert agreements
    type_action(window.chart, "agreement").trigger()
    shown = set(window.chart.event_markers())
    assert shown == set(events["event_id"].astype(int)) - agreements
    assert Settings.at(str(tmp_path / "settings.ini")).get(CHART_HIDDEN_EVENT_TYPES) == [
        "agreement"
    ]
    window.close()
    again = make_window(qtbot, seeded_desk, tmp_path / "settings.ini")
    assert not type_action(again.chart, "agreement").isChecked()
    assert agreements.isdisjoint(again.chart.event_markers())
    type_action(again.chart, "agreement").trigger()
    assert agreements <= set(again.chart.event_markers())
    assert Settings.at(str(tmp_path / "settings.ini")).get(CHART_HIDDEN_EVENT_TYPES) == []


def test_annotation_from_the_context_menu_then_undo(window) -> None:
    chart, before = window.chart, dict(window.chart.event_markers())
    # right-click at mid-June 2025 on the plot, then "Add annotation here…"
    chart._view.clicked_x = float(month_to_timestamp(np.array([APRIL_2025 + 2.5]))[0])
    chart._view.annotate_action.trigger()
    dialog = window.chart_events.dialog
    assert isinstance(dialog, EventDialog)
    assert dialog.date_start.text() == "2025-06-16"
    assert dialog.countries.text() == "AZE CHN"
    assert dialog.type_box.currentData() == EventType.ANNOTATION
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no title yet
    dialog.title_edit.setText("New customs rules at Alat")
    assert ok.isEnabled()
    dialog.accept()
    after = chart.event_markers()
    (new_id,) = set(after) - set(before)
    assert after[new_id] == pytest.approx(month_to_timestamp(np.array([APRIL_2025 + 2]))[0])
    assert "New customs rules at Alat" in chart.event_tips()[new_id]
    records = window.session.store.records
    row = records["events"].set_index("event_id").loc[new_id]
    assert (row["event_type"], row["source_id"], row["countries"]) == ("annotation", -1, "AZE CHN")
    links = records["links"]
    assert ((links["from_id"] == new_id) & (links["to_id"] == "trade_turnover")).any()
    window.actions_by_id["edit.undo"].trigger()
    assert chart.event_markers() == before
    window.actions_by_id["edit.redo"].trigger()
    assert new_id in chart.event_markers()


def test_a_range_annotation_is_shaded(window) -> None:
    window.chart.annotation_requested.emit("2024-02")
    dialog = window.chart_events.dialog
    dialog.date_end.setText("2024-04")
    dialog.title_edit.setText("Rail works at the border")
    dialog.accept()
    _lines, bands = window.chart.event_spans()
    start, end = month_to_timestamp(np.array([2024 * 12 + 1, 2024 * 12 + 4]))
    assert bands == [(pytest.approx(start), pytest.approx(end))]


def test_edit_and_delete_from_a_markers_menu_with_undo(window) -> None:
    chart = window.chart
    events = pair_events(window)
    eid = int(events.loc[events["date_start"] == "2026-01-08", "event_id"].iloc[0])
    menu = chart.event_menu([eid], "2026-01-08")
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[0].startswith("Edit “Khizi-Absheron")
    assert texts[1].startswith("Delete “Khizi-Absheron")
    assert texts[-1] == "Add annotation here…"
    menu.actions()[0].trigger()
    dialog = window.chart_events.dialog
    assert dialog.title_edit.text().startswith("Khizi-Absheron")
    assert dialog.source_id() == int(events.loc[events["event_id"] == eid, "source_id"].iloc[0])
    dialog.title_edit.setText("Khizi-Absheron wind plant opens")
    assert dialog.changes() == {"title": "Khizi-Absheron wind plant opens"}
    dialog.accept()
    assert "Khizi-Absheron wind plant opens" in chart.event_tips()[eid]
    next(
        a for a in chart.event_menu([eid], "").actions() if a.text().startswith("Delete")
    ).trigger()
    assert eid not in chart.event_markers()
    window.actions_by_id["edit.undo"].trigger()
    assert eid in chart.event_markers()
    window.actions_by_id["edit.undo"].trigger()
    assert "Khizi-Absheron 240 MW" in chart.event_tips()[eid]


def test_same_period_mode_hides_the_events(window) -> None:
    assert window.chart.event_markers()
    window.chart.same_period.setChecked(True)
    assert window.chart.event_markers() == {}
    assert not window.chart.strip.isVisible()
    window.chart.same_period.setChecked(False)
    assert len(window.chart.event_markers()) == len(pair_events(window))


def test_the_dialog_explains_what_is_wrong() -> None:
    fields = {
        "date_start": "2025-13",
        "date_end": "",
        "title": "x",
        "countries": "AZE CHN",
        "source_id": -1,
    }
    assert "YYYY" in event_problem(fields, {})
    assert "ends before" in event_problem(
        {**fields, "date_start": "2025-05", "date_end": "2025-04"}, {}
    )
    assert "title" in event_problem({**fields, "date_start": "2025", "title": " "}, {})
    assert "alpha-3" in event_problem({**fields, "date_start": "2025", "countries": "AZ"}, {})
    assert "stored source" in event_problem({**fields, "date_start": "2025", "source_id": -2}, {})
    assert event_problem({**fields, "date_start": "2025", "source_id": 7}, {7: "Trend"}) == ""


def many_events(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(1)
    start = np.sort(rng.integers(2000 * 12, 2025 * 12, n))
    kinds = [str(k) for k in EventType]
    ranged = np.arange(n) % 5 == 0
    end = np.where(ranged, start + 3, start)
    return pd.DataFrame(
        {
            "event_id": np.arange(1, n + 1),
            "date_start": [f"{m // 12}-{m % 12 + 1:02d}" for m in start],
            "date_end": [
                f"{m // 12}-{m % 12 + 1:02d}" if r else "" for m, r in zip(end, ranged, strict=True)
            ],
            "event_type": [kinds[i % len(kinds)] for i in range(n)],
            "title": [f"event {i}" for i in range(n)],
            "countries": "AZE CHN",
            "source_id": -1,
            "quote": "",
            "note": "",
            "start_month": start,
            "end_month": end,
        }
    )


def test_hundreds_of_events_are_a_few_items(qtbot) -> None:
    """Five items draw any number of events (one scatter, one line item per kind)."""
    chart = ChartPanel()
    qtbot.addWidget(chart)
    chart.resize(900, 500)
    chart.show()
    plot_items = len(chart.plot.getPlotItem().items)
    strip_items = len(chart.strip.addedItems)
    chart.show_events(many_events(600), {})
    assert len(chart.event_markers()) == 600
    assert len(chart.plot.getPlotItem().items) == plot_items
    assert len(chart.strip.addedItems) == strip_items
    lines, bands = chart.event_spans()
    assert len(lines) == 480
    assert len(bands) == 120
    chart.plot.grab()
    before = sys.getrefcount(None)
    for i in range(60):  # pan: lanes re-laid, lines refitted, repainted
        chart.plot.setXRange(1.0e9 + i * 5e6, 1.4e9 + i * 5e6)
        chart.plot.grab()
    assert sys.getrefcount(None) >= before - 50
