"""The comparison chart: three pairs in each mode, a second axis, small multiples, drops
from the catalogue and the saved state."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from tests.unit.domain.test_compare import (
    CHN,
    RUS,
    TOURISTS,
    TUR,
    WLD,
    Y2019,
    three_pairs_store,
)

from app.domain.compare import CompareMode, CompareSeries
from app.domain.model import normalise_observations
from app.qt.catalogue_model import CODE_ROLE, CatalogueModel
from app.ui.compare_panel import AddSeriesDialog, ComparePanel

CHN_LINE, TUR_LINE, RUS_LINE = (
    "Azerbaijan–China",
    "Azerbaijan–Türkiye",
    "Azerbaijan–Russian Federation",
)


@pytest.fixture
def panel(qtbot) -> ComparePanel:
    p = ComparePanel()
    qtbot.addWidget(p)
    p.resize(900, 500)
    p.set_store(three_pairs_store())
    for s in (CHN, TUR, RUS):
        assert p.add_series(s)
    return p


def choose(box, data: object) -> None:
    box.setCurrentIndex(next(i for i in range(box.count()) if box.itemData(i) == data))


def test_three_pairs_in_each_mode(panel: ComparePanel) -> None:
    names = [panel.series_list.item(i).text() for i in range(panel.series_list.count())]
    assert names == [CHN_LINE, TUR_LINE, RUS_LINE]
    assert panel.plot.getPlotItem().getAxis("left").labelText == "USD bn"
    assert panel.plotted() == {
        CHN_LINE: [1.0, 2.0, 2.5, 3.0],
        TUR_LINE: [5.0, 4.0, 3.0, 6.0, 8.0],
        RUS_LINE: [2.0, 2.5, 3.0],
    }
    items = {id(its.curve) for _side, its in panel._items.values()}

    choose(panel.mode_box, CompareMode.INDEX)
    assert panel.base_box.isVisibleTo(panel)
    assert not panel.total_box.isVisibleTo(panel)
    choose(panel.base_box, Y2019)
    got = panel.plotted()
    assert got[CHN_LINE] == pytest.approx([50, 100, 125, 150])
    assert got[TUR_LINE] == pytest.approx([125, 100, 75, 150, 200])
    assert got[RUS_LINE] == []
    assert "Azerbaijan–Russian Federation: no figure at the base period 2019" in (
        panel.message.text()
    )
    assert panel.plot.getPlotItem().getAxis("left").labelText == "index (base period = 100)"

    choose(panel.mode_box, CompareMode.GROWTH)
    got = panel.plotted()
    assert got[CHN_LINE] == pytest.approx([100, 25, 20])
    assert got[TUR_LINE] == pytest.approx([-20, -25, 100, 100 / 3])
    assert got[RUS_LINE] == pytest.approx([25, 20])

    choose(panel.mode_box, CompareMode.SHARE)
    got = panel.plotted()
    assert got[CHN_LINE] == pytest.approx([2.5 / 7.5 * 100, 3 / 11.5 * 100])
    assert got[RUS_LINE] == pytest.approx([2 / 7.5 * 100, 2.5 / 11.5 * 100])
    choose(panel.total_box, WLD)
    assert panel.plotted()[CHN_LINE] == pytest.approx([10, 10, 10])
    assert panel.spec.total == WLD
    # the same items were updated in place whatever the mode
    assert {id(its.curve) for _side, its in panel._items.values()} == items


def test_markers_keep_status_and_tooltips_name_the_source(panel: ComparePanel) -> None:
    def spots(series: CompareSeries, hollow: bool, derived: bool) -> list:
        return list(panel._items[series][1].scatters[(hollow, derived)].points())

    target = spots(TUR, True, False)  # Azerbaijan–Türkiye 2022: a target, hollow
    assert [p.data() for p in target] == [(1, 4)]
    assert target[0].brush().color().name() == "#ffffff"
    assert [p.data() for p in spots(TUR, False, False)] == [(1, k) for k in range(4)]
    derived = spots(RUS, False, True)  # Azerbaijan–Russian Federation 2022: derived
    assert [(p.data(), p.symbol()) for p in derived] == [((2, 2), "h")]
    assert {p.symbol() for p in spots(CHN, False, False)} == {"o"}
    tip = panel._tip(0.0, 0.0, (0, 3))
    assert "2021: $3 bn" in tip
    assert "Azerbaijan reports · Pub5, 2022-03-01" in tip
    clicked: list[int] = []
    panel.point_clicked.connect(clicked.append)
    panel._clicked(None, derived)
    assert clicked == [15]  # the derived figure's obs_id


def test_second_unit_goes_to_a_right_axis(panel: ComparePanel) -> None:
    item = panel.plot.getPlotItem()
    assert not item.getAxis("right").isVisible()
    panel.add_series(TOURISTS)
    assert item.getAxis("right").isVisible()
    assert item.getAxis("right").labelText == "persons"
    assert panel.right_units() == ["Tourist arrivals from partner · Azerbaijan–China"]
    assert panel.plotted()["Tourist arrivals from partner · Azerbaijan–China"] == [1e5, 2e4]
    # in index mode every series is an index: one axis again
    choose(panel.mode_box, CompareMode.INDEX)
    assert panel.right_units() == []
    assert not item.getAxis("right").isVisible()


def test_small_multiples_one_linked_plot_per_series(panel: ComparePanel) -> None:
    panel.multiples.setChecked(True)
    plots = panel.panels()
    assert len(plots) == 3
    assert all(p.vb.linkedView(0) is plots[0].vb for p in plots[1:])
    assert panel.plotted()[TUR_LINE] == [5.0, 4.0, 3.0, 6.0, 8.0]
    plots[0].setXRange(1e9, 1.2e9, padding=0)
    assert plots[2].viewRange()[0] == pytest.approx([1e9, 1.2e9])
    panel.multiples.setChecked(False)
    assert panel.panels() == []


def test_a_third_unit_draws_small_multiples_with_a_message(qtbot) -> None:
    store = three_pairs_store()
    extra = pd.DataFrame(
        {
            "obs_id": [900, 901],
            "indicator": "installed_capacity",
            "reporter": "AZE",
            "partner": "CHN",
            "period_start": [2020 * 12, 2021 * 12],
            "period_end": [2020 * 12 + 11, 2021 * 12 + 11],
            "value": [100.0, 150.0],
            "unit": "MW",
            "source_id": 1,
        }
    )
    store.observations = normalise_observations(
        pd.concat([store.observations, normalise_observations(extra)], ignore_index=True)
    )
    p = ComparePanel()
    qtbot.addWidget(p)
    p.set_store(store)
    for s in (CHN, TOURISTS, CompareSeries("installed_capacity", "AZE", "CHN")):
        p.add_series(s)
    assert len(p.panels()) == 3
    assert not p.multiples.isChecked()
    assert p.message.text().startswith("3 units (USD, persons, MW): one chart holds two")
    assert [pl.getAxis("left").labelText for pl in p.panels()] == ["USD bn", "persons", "MW"]
    p.remove_series(TOURISTS)
    assert p.panels() == []
    assert p.plot.getPlotItem().getAxis("right").labelText == "MW"


def test_dropping_a_catalogue_entry_adds_the_series(qtbot) -> None:
    store = three_pairs_store()
    model = CatalogueModel()
    model.rebuild(store.indicators, store.observations)
    trade = next(
        model.index(r, 0, model.index(t, 0))
        for t in range(model.rowCount())
        for r in range(model.rowCount(model.index(t, 0)))
        if model.index(r, 0, model.index(t, 0)).data(CODE_ROLE) == "trade_turnover"
    )
    data: QMimeData = model.mimeData([trade])
    p = ComparePanel()
    qtbot.addWidget(p)
    p.set_store(store)
    p.set_pair(("TUR", "AZE"))
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(p, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(p, drop)
    assert p.spec.series == (TUR,)
    # a second drop: the pair has no other trade series (no Turkish mirror figures)
    assert p.add_indicator("trade_turnover") is None
    assert p.message.text() == (
        "No figures of Trade turnover for Türkiye–Azerbaijan that are not compared yet."
    )
    # other data is refused
    other = QMimeData()
    other.setText("trade_turnover")
    refused = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        other,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(p, refused)
    assert not refused.isAccepted()


def test_state_round_trip(panel: ComparePanel, qtbot) -> None:
    choose(panel.mode_box, CompareMode.INDEX)
    choose(panel.base_box, Y2019)
    panel.multiples.setChecked(True)
    state = json.loads(json.dumps(panel.state()))
    other = ComparePanel()
    qtbot.addWidget(other)
    other.set_store(panel._store)
    other.set_state(state)
    assert other.spec == panel.spec
    assert other.mode_box.currentData() == CompareMode.INDEX
    assert other.base_box.currentData() == Y2019
    assert other.multiples.isChecked()
    assert other.plotted() == panel.plotted()
    with pytest.raises(ValueError, match="sideways"):
        other.set_state({"mode": "sideways"})


def test_add_series_dialog_lists_what_the_store_holds(qtbot) -> None:
    store = three_pairs_store()
    dialog = AddSeriesDialog(store, store.indicator_names())
    qtbot.addWidget(dialog)
    indicator, reporter, partner, _subject, window = dialog.boxes
    choose(indicator, "trade_turnover")
    assert [reporter.itemData(i) for i in range(reporter.count())] == ["AZE"]
    assert {partner.itemData(i) for i in range(partner.count())} == {"CHN", "RUS", "TUR", "WLD"}
    choose(partner, "CHN")
    words = [window.itemText(i) for i in range(window.count())]
    assert words == [
        "The kind with most figures",
        "Jan–Oct (2 figures)",
        "calendar years (4 figures)",
    ]
    choose(window, (1, 10))
    assert dialog.series() == CompareSeries("trade_turnover", "AZE", "CHN", "", (1, 10))


def test_removing_and_clearing(panel: ComparePanel, qtbot) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    panel.series_list.setFocus()
    panel.series_list.item(1).setSelected(True)
    qtbot.keyClick(panel.series_list, Qt.Key.Key_Delete)
    assert panel.spec.series == (CHN, RUS)
    assert len(panel._items) == 2
    assert panel.add_series(TUR)
    assert not panel.add_series(TUR)
    assert "already compared" in panel.message.text()
    panel.clear()
    assert panel.spec.series == ()
    assert panel._items == {}
    assert panel.plot.getPlotItem().listDataItems() == []
    assert "Drag indicators here" in panel.message.text()
