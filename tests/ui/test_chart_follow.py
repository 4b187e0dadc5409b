"""The window's chart after an edit: made again (in a worker) only when the edit may have
changed a figure it shows; an edit elsewhere costs it nothing."""

from __future__ import annotations

from pathlib import Path

from app.domain.cell_edit import cell_edit
from app.main import create_main_window
from app.services.desk import Desk

TOURISTS = 7  # the CHN-AZE tourist arrivals of the tiny desk: not on the trade chart


def charted_window(qtbot, desk: Desk, tmp_path: Path):
    window = create_main_window(desk, str(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.catalogue.select_code("trade_turnover")
    qtbot.waitUntil(lambda: window.runner.wait(0) and not window.chart_pending)
    return window


def push(window, obs_id: int, column: str, text: str) -> None:
    edit = cell_edit(window.session.store, obs_id, column, text)
    assert edit is not None
    assert window.session.push(edit)


def test_a_value_off_the_chart_leaves_the_chart(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    w = charted_window(qtbot, tiny_desk, tmp_path)
    shown = w.chart.spec
    push(w, TOURISTS, "value", "58000")
    assert not w.chart_pending
    assert w.chart.spec is shown
    w.session.undo_stack.undo()
    assert not w.chart_pending
    assert w.chart.spec is shown


def test_a_value_on_the_chart_redraws_it(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    w = charted_window(qtbot, tiny_desk, tmp_path)
    push(w, 4, "value", "2.6 bn")
    assert w.chart_pending  # from a worker, once the window has repainted
    qtbot.waitUntil(lambda: not w.chart_pending)
    assert w.chart.marker_values()[4] == 2.6


def test_a_figure_moved_onto_the_chart_redraws_it(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    w = charted_window(qtbot, tiny_desk, tmp_path)
    assert TOURISTS not in w.chart.marker_values()
    push(w, TOURISTS, "indicator", "trade_turnover")
    assert w.chart_pending
    qtbot.waitUntil(lambda: not w.chart_pending)
    assert TOURISTS in w.chart.marker_values()
