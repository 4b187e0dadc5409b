"""The table's filters as a user drives them: the catalogue's indicator, the header's
per-column filters (values, value range, period range), the filter bar and the way back
to all figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain.view_filters import ColumnFilter
from app.main import create_main_window
from app.qt.messages import MessageBus
from app.qt.observation_model import COLUMN_INDEX, ObservationTableModel
from app.qt.session import DeskSession
from app.services.desk import Desk
from app.ui.column_filter import ColumnFilterPopup
from app.ui.table_panel import TablePanel


def make_window(qtbot, desk: Desk, tmp_path: Path):
    window = create_main_window(desk, str(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


class Table:
    """The table panel alone over a desk, showing the CHN–AZE pair (cheaper than a window;
    ``model`` and ``table`` as the window names them)."""

    def __init__(self, desk: Desk) -> None:
        self.session = DeskSession(desk, MessageBus())
        self.model = ObservationTableModel(self.session)
        self.model.update_spec(pair=("CHN", "AZE"))
        self.table = TablePanel(self.model)


@pytest.fixture
def w(qtbot, tiny_desk: Desk) -> Table:
    t = Table(tiny_desk)
    qtbot.addWidget(t.table)
    t.table.show()
    return t


def shown_ids(w) -> list[int]:
    return sorted(w.model.obs_id_at(r) for r in range(w.model.rowCount()))


def item_texts(popup: ColumnFilterPopup) -> list[str]:
    return [popup.list.item(i).text() for i in range(popup.list.count())]


def test_the_catalogue_filters_the_table_and_esc_shows_all(
    qtbot, tiny_desk: Desk, tmp_path: Path
) -> None:
    w = make_window(qtbot, tiny_desk, tmp_path)
    assert w.model.rowCount() == 7  # a pair chosen: every figure of it
    assert w.catalogue.select_code("tourist_arrivals_from_partner")
    assert shown_ids(w) == [7]
    assert w.chart.spec.indicator == "tourist_arrivals_from_partner"
    assert w.table.filter_bar.isVisibleTo(w)
    chip = w.table.filter_bar.chips["indicator"]
    assert chip.text().startswith("Indicator: Tourist arrivals from partner")
    assert w.model.headerData(COLUMN_INDEX["indicator"], Qt.Orientation.Horizontal).endswith("▾")

    assert w.catalogue.select_code("trade_turnover")  # the filter follows the catalogue
    assert shown_ids(w) == [1, 2, 3, 4, 5, 6]

    w.table.view.setFocus()
    qtbot.keyClick(w.table.view, Qt.Key.Key_Escape)  # the way back
    assert w.model.rowCount() == 7
    assert not w.table.filter_bar.isVisibleTo(w)
    assert w.chart.spec.indicator == "trade_turnover"  # the chart keeps its indicator

    w.catalogue.select_code("tourist_arrivals_from_partner")
    w.table.filter.setText("xinhua")
    w.table.apply_filters()
    assert shown_ids(w) == [7]
    w.actions_by_id["view.show_all"].trigger()  # Ctrl+Shift+A
    assert w.model.rowCount() == 7
    assert w.table.filter.text() == ""
    assert w.actions_by_id["view.show_all"].shortcut().toString() == "Ctrl+Shift+A"


def test_a_chip_removes_its_filter(w: Table) -> None:
    w.table.set_column_filter("reporter", ColumnFilter("reporter", ("CHN",)))
    w.table.set_column_filter("value", ColumnFilter("value", low=2.44e9))
    assert shown_ids(w) == [2, 4, 5]
    assert set(w.table.filter_bar.chips) == {"reporter", "value"}
    assert "Value: ≥ 2.44 bn" in w.table.filter_bar.chips["value"].text()
    w.table.filter_bar.chips["reporter"].click()
    assert shown_ids(w) == [2, 3, 4, 5, 6]
    assert set(w.table.filter_bar.chips) == {"value"}
    w.table.filter_bar.all_button.click()
    assert w.model.rowCount() == 7
    assert not w.table.filter_bar.isVisibleTo(w.table)


def test_pick_values_with_counts_search_and_select_none(w: Table) -> None:
    menu = w.table.header_menu(COLUMN_INDEX["reporter"])
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Filter reporter…",
        "Show all figures",
    ]
    popup = w.table.open_filter("reporter")
    assert item_texts(popup) == ["AZE  (4)", "CHN  (3)"]
    popup.search.setText("chn")
    assert [popup.list.item(i).isHidden() for i in range(2)] == [True, False]
    popup.check_all(False)  # only what the search shows
    assert popup.checked_values() == ["AZE"]
    popup.search.clear()
    popup.check_all(False)
    assert not popup.ok_button.isEnabled()  # nothing ticked: nothing to show
    popup.list.item(1).setCheckState(Qt.CheckState.Checked)
    popup.ok_button.click()
    assert shown_ids(w) == [2, 4, 5]
    assert "Clear reporter filter" in [
        a.text() for a in w.table.header_menu(COLUMN_INDEX["reporter"]).actions()
    ]

    # another column lists only the values the reporter filter leaves
    popup = w.table.open_filter("source")
    assert item_texts(popup) == [
        "News.az, 2025-12-25  (1)",
        "Trend, 2025-12-25  (1)",
        "Xinhua, 2025-12-25  (1)",
    ]
    popup.close()
    popup = w.table.open_filter("reporter")
    assert [popup.list.item(i).checkState() for i in range(2)] == [
        Qt.CheckState.Unchecked,
        Qt.CheckState.Checked,
    ]
    popup.check_all(True)  # everything ticked is no filter at all
    popup.ok_button.click()
    assert w.model.column_filter("reporter") is None
    assert w.model.rowCount() == 7


def test_value_and_period_ranges_as_typed(w: Table) -> None:
    popup = w.table.open_filter("value")
    popup.low.setText("abc")
    popup.ok_button.click()
    assert popup.error.isVisibleTo(popup)
    assert "not a number" in popup.error.text()
    assert w.model.column_filter("value") is None
    popup.low.setText("2.44 bn")
    popup.high.setText("3,100,000,000")
    popup.ok_button.click()
    assert shown_ids(w) == [2, 4, 5, 6]

    popup = w.table.open_filter("period")
    popup.low.setText("2025")
    popup.high.setText("2025-10")
    popup.ok_button.click()
    assert shown_ids(w) == [4, 5, 6]  # whole periods inside Jan–Oct 2025
    tip = w.model.headerData(
        COLUMN_INDEX["period"], Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "Period: 2025 – 2025-10" in tip
    popup = w.table.open_filter("period")
    assert (popup.low.text(), popup.high.text()) == ("2025", "2025-10")
    popup.clear_button.click()
    assert shown_ids(w) == [2, 4, 5, 6]


def test_the_text_box_finds_values_as_typed(w: Table) -> None:
    for text, expected in (("57,000", [7]), ("$2.44 bn", [4, 5]), ("quote 6", [6])):
        w.table.filter.setText(text)
        w.table.apply_filters()
        assert shown_ids(w) == expected, text
