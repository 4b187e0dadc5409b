"""The pivot view: frequencies and windows, a clicked cell's figures, copy, export, the saved
layout, and the pivot of a large workspace in the task runner."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from app.qt.tasks import SyncTaskRunner, TaskRunner
from app.services.desk import Desk
from app.ui import pivot_panel
from app.ui.pivot_panel import PivotPanel

TRADE_CHN = "Trade turnover · CHN → AZE"
TRADE_AZE = "Trade turnover · AZE → CHN"
ARRIVALS = "Tourist arrivals from partner · AZE → CHN"


@pytest.fixture
def panel(qtbot, tiny_desk: Desk) -> PivotPanel:
    widget = PivotPanel(SyncTaskRunner())
    qtbot.addWidget(widget)
    widget.set_data(tiny_desk.store, ("CHN", "AZE"))
    return widget


def labels(widget: PivotPanel) -> tuple[tuple[str, ...], tuple[str, ...]]:
    table = widget.model.table
    return table.row_labels, table.columns


def choose(box: object, data: str) -> None:
    box.setCurrentIndex(box.findData(data))  # type: ignore[attr-defined]


def test_the_frequency_chooses_the_columns_and_the_window_its_months(panel: PivotPanel) -> None:
    assert labels(panel) == ((TRADE_AZE, TRADE_CHN), ("2022", "2023", "2024"))
    assert panel.first_month.isHidden()
    choose(panel.frequency_box, "window")
    assert not panel.first_month.isHidden()
    assert not panel.last_month.isHidden()
    assert panel.last_month.text() == "Oct"
    rows, columns = labels(panel)
    assert columns == ("Jan–Oct 2025",)
    assert rows == (ARRIVALS, TRADE_CHN)
    panel.last_month.setValue(7)
    assert labels(panel) == ((TRADE_AZE,), ("Jan–Jul 2025",))
    choose(panel.frequency_box, "quarter")
    assert panel.first_month.isHidden()
    assert panel.model.rowCount() == 0  # no quarter is stored
    choose(panel.rows_box, "pair")  # rows of pairs: every pair
    choose(panel.frequency_box, "year")
    assert "AZE → RUS · Trade turnover" in labels(panel)[0]


def test_a_clicked_cell_chooses_its_figures(qtbot, panel: PivotPanel) -> None:
    choose(panel.frequency_box, "window")
    panel.show()
    qtbot.waitExposed(panel)
    index = panel.model.index(labels(panel)[0].index(TRADE_CHN), 0)
    rect = panel.view.visualRect(index)
    with qtbot.waitSignal(panel.figures_chosen) as blocker:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    # Trend and Xinhua both give $2.44 bn, published the same day: the later entry first
    assert blocker.args == [[5, 4]]
    choose(panel.frequency_box, "year")
    empty = panel.view.visualRect(panel.model.index(0, 1))  # AZE's 2023: none stored
    with qtbot.assertNotEmitted(panel.figures_chosen):
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=empty.center())


def test_copy_puts_a_spreadsheet_range_on_the_clipboard(qtbot, panel: PivotPanel) -> None:
    whole = panel.copy()
    assert QGuiApplication.clipboard().text() == whole
    assert whole.split("\n") == [
        "Indicator\tUnit\t2022\t2023\t2024",
        f"{TRADE_AZE}\tUSD bn\t2.15\t\t3.744",
        f"{TRADE_CHN}\tUSD bn\t\t3.1\t",
    ]
    model, selection = panel.model, panel.view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select
    selection.select(model.index(0, 2), flags)
    selection.select(model.index(1, 1), flags)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().split("\n") == [
        "Indicator\tUnit\t2023\t2024",
        f"{TRADE_AZE}\tUSD bn\t\t3.744",
        f"{TRADE_CHN}\tUSD bn\t3.1\t",
    ]


def test_export_writes_csv_and_xlsx_that_read_back(panel: PivotPanel, tmp_path: Path) -> None:
    choose(panel.frequency_box, "window")
    panel.export_to(tmp_path / "grid.csv")
    grid = pd.read_csv(tmp_path / "grid.csv", skiprows=3, nrows=2)
    assert list(grid.columns) == ["Indicator", "Unit", "Jan–Oct 2025"]
    assert grid.iloc[0].tolist() == [
        ARRIVALS,
        "persons",
        "more than 57,000",
    ]
    assert grid.iloc[1].tolist()[:2] == [TRADE_CHN, "USD bn"]
    assert float(grid.iloc[1, 2]) == 2.44  # a plain figure is a number
    panel.export_to(tmp_path / "grid.xlsx")
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(tmp_path / "grid.xlsx").active]
    assert rows[0] == ["Corridor pivot: CHN–AZE, Jan–Oct of each year", None, None]
    assert rows[1][0] == "Sources: Xinhua, 2025-12-25"  # the source of each figure shown
    assert rows[4][2] == "more than 57,000"
    assert rows[5] == [TRADE_CHN, "USD bn", 2.44]
    assert "Wrote" in panel.status.text()


def test_the_export_button_asks_for_a_file_and_writes_it(
    panel: PivotPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = (str(tmp_path / "grid"), "CSV (*.csv)")  # no suffix typed: the filter's
    monkeypatch.setattr(pivot_panel.QFileDialog, "getSaveFileName", lambda *a, **k: chosen)
    panel.export_button.click()
    assert (tmp_path / "grid.csv").read_text(encoding="utf-8").startswith('"Corridor pivot:')
    assert panel.status.text() == f"Wrote {tmp_path / 'grid.csv'}."


def test_a_window_never_ends_before_it_starts(panel: PivotPanel) -> None:
    choose(panel.frequency_box, "window")
    panel.first_month.setValue(11)  # after Oct, the last month: held at Oct
    assert panel.first_month.value() == 10
    assert panel.state()["window"] == [10, 10]
    panel.first_month.setValue(1)
    panel.last_month.setValue(0)  # before Jan: held at Jan
    assert panel.state()["window"] == [1, 1]
    panel.set_state({"frequency": "window", "window": [2, 4]})
    assert (panel.first_month.value(), panel.last_month.value()) == (2, 4)
    assert panel.first_month.maximum() == 4


def test_the_layout_is_saved_and_shown_again(qtbot, tiny_desk: Desk, panel: PivotPanel) -> None:
    choose(panel.rows_box, "reporter")
    choose(panel.frequency_box, "window")
    panel.first_month.setValue(1)
    panel.last_month.setValue(7)
    saved = json.loads(json.dumps(panel.state()))
    assert saved["rows"] == "reporter"
    assert saved["window"] == [1, 7]
    again = PivotPanel(SyncTaskRunner())
    qtbot.addWidget(again)
    again.set_data(tiny_desk.store, ("CHN", "AZE"))
    again.set_state(saved)
    assert again.state() == saved
    assert labels(again) == (("AZE · Trade turnover · with CHN",), ("Jan–Jul 2025",))
    assert not again.first_month.isHidden()
    again.set_indicators(("tourist_arrivals_from_partner",))
    assert again.state()["indicators"] == ["tourist_arrivals_from_partner"]
    assert again.model.rowCount() == 0


def test_a_large_workspace_is_pivoted_in_the_runner(
    qtbot, tiny_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pivot_panel, "SYNC_LIMIT", 0)
    runner = TaskRunner()
    widget = PivotPanel(runner)
    qtbot.addWidget(widget)
    widget.set_data(tiny_desk.store, ("CHN", "AZE"))
    assert widget.status.text() == "Pivoting…"
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2, timeout=10000)
    assert runner.wait(10000)
    assert widget.status.text().startswith("CHN–AZE, calendar years: 2 rows × 3 periods.")
