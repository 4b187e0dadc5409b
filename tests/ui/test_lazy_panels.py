"""Panels hidden at start-up are made or filled when first shown, and then show what an
eagerly made panel shows (start-up does not pay for them; PERFORMANCE.md)."""

from __future__ import annotations

from pathlib import Path

from app.main import create_main_window
from app.qt.messages import MessageBus
from app.qt.session import DeskSession
from app.services.desk import Desk
from app.ui.compare_panel import ComparePanel
from app.ui.pivot_panel import PivotPanel
from app.ui.projects_panel import ProjectsPanel


def shown_window(qtbot, desk: Desk, tmp_path: Path):  # type: ignore[no-untyped-def]
    window = create_main_window(desk, str(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_compare_and_pivot_are_made_when_their_dock_is_first_shown(
    qtbot, tiny_desk: Desk, tmp_path: Path
) -> None:
    w = shown_window(qtbot, tiny_desk, tmp_path)
    analysis = w.analysis
    assert analysis.compare_dock.widget() is None
    assert analysis.pivot_dock.widget() is None
    w.actions_by_id["view.compare"].trigger()
    assert isinstance(analysis.compare_dock.widget(), ComparePanel)
    assert analysis.compare_dock.widget() is analysis.compare
    assert analysis.compare.spec.series  # the charted indicator, as before
    assert analysis.pivot_dock.widget() is None  # the other tab: not yet
    w.actions_by_id["view.pivot"].trigger()
    qtbot.waitUntil(lambda: isinstance(analysis.pivot_dock.widget(), PivotPanel))
    assert analysis.pivot is analysis.pivot_dock.widget()


def test_a_saved_view_holds_the_state_of_panels_not_made_yet(
    qtbot, tiny_desk: Desk, tmp_path: Path
) -> None:
    w = shown_window(qtbot, tiny_desk, tmp_path)
    panels = w.views.current_view("start").panels
    assert panels["compare"] == ComparePanel().state()
    assert panels["pivot"] == w.analysis.pivot.state()
    assert w.analysis.compare_dock.widget() is w.analysis.compare  # made by the question
    w.analysis.compare.add_indicator("trade_turnover", ("CHN", "AZE"))
    kept = w.views.current_view("compared").panels["compare"]
    w.analysis.compare_state.set_state(panels["compare"])
    assert w.analysis.compare.state() == panels["compare"]
    w.analysis.compare_state.set_state(kept)
    assert w.analysis.compare.state() == kept


def test_a_projects_panel_in_a_hidden_dock_rolls_up_when_shown(qtbot, seeded_desk: Desk) -> None:
    session = DeskSession(seeded_desk, MessageBus())
    eager = ProjectsPanel(session)
    lazy = ProjectsPanel(session, rollup_when_shown=True)
    qtbot.addWidget(eager)
    qtbot.addWidget(lazy)
    assert eager.rollup_model.rowCount() > 0
    assert eager.totals.text()
    assert lazy.rollup_model.rowCount() == 0
    assert lazy.totals.text() == ""
    lazy.show()
    qtbot.waitExposed(lazy)
    assert lazy.totals.text() == eager.totals.text()
    assert lazy.counted.text() == eager.counted.text()
    rows = lazy.rollup_model.rowCount()
    assert rows == eager.rollup_model.rowCount()
    assert [lazy.rollup_model.cell_at(r) for r in range(rows)] == [
        eager.rollup_model.cell_at(r) for r in range(rows)
    ]
    assert lazy.chart.heights() == eager.chart.heights()
    lazy.hide()
    lazy.grouping_box.setCurrentIndex(1)  # hidden again: rolled up when shown next
    lazy.show()
    eager.grouping_box.setCurrentIndex(1)
    assert [lazy.rollup_model.cell_at(r) for r in range(lazy.rollup_model.rowCount())] == [
        eager.rollup_model.cell_at(r) for r in range(eager.rollup_model.rowCount())
    ]


def test_the_window_opens_with_the_projects_roll_up_of_a_shown_dock(
    qtbot, seeded_desk: Desk, tmp_path: Path
) -> None:
    w = shown_window(qtbot, seeded_desk, tmp_path)
    assert w.projects.rollup_model.rowCount() == 0  # View > Projects not chosen yet
    w.toggle_projects()
    qtbot.waitUntil(lambda: w.projects.rollup_model.rowCount() > 0)
    assert w.projects.totals.text()


def test_a_saved_layout_with_compare_shown_opens_with_the_panel(
    qtbot, tiny_desk: Desk, tmp_path: Path
) -> None:
    w = shown_window(qtbot, tiny_desk, tmp_path)
    w.actions_by_id["view.compare"].trigger()
    qtbot.waitUntil(lambda: w.analysis.compare.isVisible())
    height = w.analysis.compare_dock.height()
    w.save_layout()
    again = shown_window(qtbot, tiny_desk, tmp_path)
    qtbot.waitUntil(lambda: isinstance(again.analysis.compare_dock.widget(), ComparePanel))
    assert again.analysis.compare_dock.isVisible()
    assert again.analysis.compare.spec.series == ()  # as before: a new window, no series
    assert abs(again.analysis.compare_dock.height() - height) <= 2
