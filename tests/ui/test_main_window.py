"""Behaviour of the main window, as a user drives it."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.domain.edits import Edit, SetValues
from app.main import create_main_window
from app.qt.observation_model import COLUMN_INDEX
from app.services.desk import Desk
from app.services.storage import DuckDBStorage


def make_window(qtbot, desk: Desk, tmp_path: Path):
    window = create_main_window(desk, str(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # the first YoY and claim texts come from a worker once the window is shown
    qtbot.waitUntil(lambda: window.model.analytics_warm)
    return window


def chart_of(qtbot, window):
    """The window's chart once a worker has made it (after an edit, a pair or a start)."""
    qtbot.waitUntil(lambda: not window.chart_pending)
    return window.chart


def test_filter_text_drops_row_count(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    w = make_window(qtbot, tiny_desk, tmp_path)
    assert w.model.rowCount() == 7  # the CHN-AZE pair; the AZE-RUS row is not shown
    qtbot.keyClicks(w.table.filter, "tourist")
    qtbot.waitUntil(lambda: w.model.rowCount() == 1)
    w.table.filter.clear()
    qtbot.waitUntil(lambda: w.model.rowCount() == 7)
    w.table.first_year.setValue(2025)
    assert w.model.rowCount() == 4
    assert "4 of 8 figures" in w.table.count.text()


def test_edit_value_then_undo_everywhere(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    w = make_window(qtbot, tiny_desk, tmp_path)
    assert w.catalogue.select_code("trade_turnover")
    assert chart_of(qtbot, w).marker_values()[4] == 2.44
    idx = w.model.index(w.model.row_of(4), COLUMN_INDEX["value"])
    assert w.model.setData(idx, "2.6 bn")
    assert w.model.data(idx) == "$2.6 bn"
    assert chart_of(qtbot, w).marker_values()[4] == 2.6
    stored = DuckDBStorage.open(tiny_desk.workspace.path, read_only=True).load().observations
    assert stored.set_index("obs_id").loc[4, "value"] == 2.6e9
    undo = w.actions_by_id["edit.undo"]
    assert undo.text().startswith("&Undo Set value")
    # the toolbar button stays short; its tooltip says what will be undone
    assert undo.iconText() == "Undo"
    assert undo.toolTip().startswith("Undo Set value")
    undo.trigger()
    assert w.model.data(idx) == "$2.44 bn"
    assert chart_of(qtbot, w).marker_values()[4] == 2.44
    stored = DuckDBStorage.open(tiny_desk.workspace.path, read_only=True).load().observations
    assert stored.set_index("obs_id").loc[4, "value"] == 2.44e9
    w.actions_by_id["edit.redo"].trigger()
    assert chart_of(qtbot, w).marker_values()[4] == 2.6


def test_chart_after_an_edit_comes_from_a_worker(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    """The window answers an edit before the chart is made; the chart follows, and a chart
    the user asks for meanwhile is not overwritten by the older one still coming."""
    w = make_window(qtbot, tiny_desk, tmp_path)
    assert w.catalogue.select_code("trade_turnover")
    idx = w.model.index(w.model.row_of(4), COLUMN_INDEX["value"])
    assert w.model.setData(idx, "2.6 bn")
    assert w.chart_pending  # held until the window has repainted
    assert chart_of(qtbot, w).marker_values()[4] == 2.6
    w.session.undo_stack.undo()
    assert w.chart_pending
    w.choose_indicator("tourist_arrivals_from_partner", "Tourist arrivals")
    assert not w.chart_pending  # the user's choice superseded the edit's chart
    w.runner.wait()
    qtbot.wait(20)  # the superseded worker's outcome is delivered and dropped
    assert w.chart.spec.indicator == "tourist_arrivals_from_partner"


def test_an_edit_writes_its_column_in_place_once_the_workers_are_done(
    qtbot, tiny_desk: Desk, tmp_path: Path
) -> None:
    """No panel keeps a worker's copy of the observations: an edit then sets the value in
    the store's own column instead of copying the whole column first (copy-on-write)."""
    w = make_window(qtbot, tiny_desk, tmp_path)
    idx = w.model.index(w.model.row_of(4), COLUMN_INDEX["value"])
    for text in ("2.6 bn", "2.7 bn", "2.44 bn"):
        # each edit's workers (conflicts, claims, the table's YoY, the chart) end first
        qtbot.waitUntil(lambda: w.runner.wait(0) and not w.chart_pending)
        column = w.session.store.observations["value"].to_numpy()
        assert w.model.setData(idx, text)
        assert np.shares_memory(column, w.session.store.observations["value"].to_numpy())


def test_delete_and_undo(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    w = make_window(qtbot, tiny_desk, tmp_path)
    w.edits.delete_ids([7])
    assert w.model.rowCount() == 6
    w.session.undo_stack.undo()
    assert w.model.rowCount() == 7
    assert w.model.row_of(7) >= 0


def test_selecting_a_row_shows_its_source(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    w = make_window(qtbot, tiny_desk, tmp_path)
    w.table.select_obs(5)
    text = w.source.view.toPlainText()
    assert "Xinhua" in text
    assert "quote 5" in text
    assert "https://example.org/5" in text


def test_copy_cells_is_tab_separated(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    w = make_window(qtbot, tiny_desk, tmp_path)
    w.table.select_obs(4)
    w.actions_by_id["edit.copy"].trigger()
    text = QGuiApplication.clipboard().text()
    header, row = text.splitlines()[:2]
    assert header.split("\t")[0] == "Indicator"
    assert "$2.44 bn" in row.split("\t")


def test_layout_is_remembered(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    w = make_window(qtbot, tiny_desk, tmp_path)
    w.resize(701, 533)
    w.pair_box.set_pair("AZE", "RUS")
    w.close()
    again = make_window(qtbot, tiny_desk, tmp_path)
    assert again.size().width() == 701
    assert again.pair() == ("AZE", "RUS")
    assert again.model.rowCount() == 1


def test_chart_redraws_do_not_leak_none(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    """PySide6 6.12 on CPython 3.11 dropped references to None on void calls (PERFORMANCE.md)."""
    w = make_window(qtbot, tiny_desk, tmp_path)
    w.catalogue.select_code("trade_turnover")
    w.chart.plot.grab()
    redraws = 150
    gc.collect()
    before = sys.getrefcount(None)
    for i in range(redraws):
        w.chart.plot.setXRange(1.5e9 + i * 1e6, 1.8e9 + i * 1e6)
        w.chart.plot.grab()
    gc.collect()
    # The bug drops ~130 references per axis redraw (~19,500 here); freeing objects
    # that held None legitimately moves the count by a few hundred at most.
    assert sys.getrefcount(None) >= before - 5 * redraws


def test_read_only_workspace_cannot_be_edited(
    qtbot, tiny_workspace_path: Path, tmp_path: Path
) -> None:
    desk = Desk.open(tiny_workspace_path, read_only=True)
    w = make_window(qtbot, desk, tmp_path)
    idx = w.model.index(w.model.row_of(4), COLUMN_INDEX["value"])
    assert not (w.model.flags(idx) & Qt.ItemFlag.ItemIsEditable)
    assert "read-only" in w.windowTitle()
    desk.close()


def claim_30_percent(desk: Desk, apply: Callable[[Edit], object]) -> None:
    """Figure 4 (Jan–Oct 2025) claims +30 % on a Jan–Oct 2024 figure of the same source
    that makes it +10 %: an inconsistent claim. ``apply``: how the edits are made."""
    import pandas as pd

    from app.domain.edits import AddObservations
    from app.domain.model import Observation
    from app.domain.periods import parse_period

    prev = Observation(
        "trade_turnover",
        parse_period("2024-01/2024-10"),
        2.218e9,
        "USD",
        "CHN",
        "AZE",
        obs_id=50,
        source_id=int(desk.store.get(4, "source_id")),
    ).as_row()
    apply(AddObservations(pd.DataFrame([prev]), pd.DataFrame(), "add 2024"))
    apply(
        SetValues(
            [4], {"change_value": ([float("nan")], [30.0]), "change_unit": ([""], ["%"])}, "claim"
        )
    )


def test_inconsistent_claim_is_explained(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    """Jan–Oct 2025 claimed +30 % against the same source's Jan–Oct 2024 figure (+10 %);
    from another source the same base would be a conflict between sources instead."""
    w = make_window(qtbot, tiny_desk, tmp_path)
    claim_30_percent(tiny_desk, w.session.push)
    row = w.model.row_of(4)
    claim = w.model.data(w.model.index(row, COLUMN_INDEX["claim"]))
    assert claim == "✗ inconsistent"
    assert "+10.0 %" in w.model.data(w.model.index(row, COLUMN_INDEX["yoy"]))
    w.table.select_obs(4)
    assert "Claim check (✗ inconsistent)" in w.source.view.toPlainText()
    w.session.undo_stack.undo()
    assert w.model.data(w.model.index(w.model.row_of(4), COLUMN_INDEX["claim"])) == ""


def test_the_source_panel_shows_a_verdict_that_arrives_after_the_figure_was_chosen(
    qtbot, tiny_desk: Desk, tmp_path: Path
) -> None:
    """The table's first claim checks come from a worker once the window shows: a figure
    chosen before they land gets its verdict in the Source panel when they do."""
    claim_30_percent(tiny_desk, tiny_desk.apply)
    w = create_main_window(tiny_desk, str(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    w.show()
    w.table.select_obs(4)  # before the event loop ran: no verdict yet
    assert not w.model.analytics_warm
    assert "Claim check" not in w.source.view.toPlainText()
    qtbot.waitUntil(lambda: "Claim check (✗ inconsistent)" in w.source.view.toPlainText())


def test_preferred_value_drives_chart_and_summary(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    import pandas as pd

    from app.domain.edits import AddObservations
    from app.domain.model import Observation, Source
    from app.domain.periods import parse_period
    from app.services.summary import build_summary, render_markdown

    w = make_window(qtbot, tiny_desk, tmp_path)
    other = Observation(
        "trade_turnover", parse_period("2024"), 3.5e9, "USD", "AZE", "CHN", obs_id=60, source_id=60
    ).as_row()
    src = Source(publisher="Later outlet", published="2026-01-05", source_id=60).as_row()
    w.session.push(AddObservations(pd.DataFrame([other]), pd.DataFrame([src]), "add"))
    w.catalogue.select_code("trade_turnover")
    assert 3.5 in chart_of(qtbot, w).line_values()["AZE"]
    qtbot.waitUntil(lambda: len(w.conflicts.conflicts) == 1)  # listed by a worker
    assert "$3.5 bn" in render_markdown(build_summary(w.session.store))

    assert w.conflicts.select_obs(3)
    w.conflicts.mark_current_preferred()
    assert 3.744 in chart_of(qtbot, w).line_values()["AZE"]
    assert 3.5 not in chart_of(qtbot, w).line_values()["AZE"]
    text = render_markdown(build_summary(w.session.store))
    assert "Trade turnover, 2024: $3.744 bn" in text

    w.session.undo_stack.undo()
    assert 3.5 in chart_of(qtbot, w).line_values()["AZE"]
    assert "Trade turnover, 2024: $3.5 bn" in render_markdown(build_summary(w.session.store))


def test_every_declared_action_has_a_handler_and_a_menu(
    qtbot, tiny_desk: Desk, tmp_path: Path
) -> None:
    from app.ui.actions import ACTIONS

    w = make_window(qtbot, tiny_desk, tmp_path)
    for spec in ACTIONS:
        assert callable(w.handler(spec.handler)), spec.id
        assert spec.id in w.actions_by_id
    shortcuts = [
        a.shortcut().toString() for a in w.actions_by_id.values() if not a.shortcut().isEmpty()
    ]
    assert len(shortcuts) == len(set(shortcuts)), "two actions share a shortcut"


def test_delete_and_undo_while_a_filter_is_on(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    """The pair selection follows inserts and deletes (it was a stale mask once)."""
    w = make_window(qtbot, tiny_desk, tmp_path)
    w.table.filter.setText("trade")
    w.table.apply_filters()
    shown = w.model.rowCount()
    w.edits.delete_ids([1])
    assert w.model.rowCount() == shown - 1
    w.session.undo_stack.undo()
    assert w.model.rowCount() == shown


def test_drops_go_to_the_text_dialog_or_the_import(
    qtbot, tiny_desk: Desk, tmp_path: Path, monkeypatch
) -> None:
    """A dropped .txt or text opens the press-text review; another file the import."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    w = make_window(qtbot, tiny_desk, tmp_path)
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(w.edits, "add_from_text", lambda text="": seen.append(("text", text)))
    monkeypatch.setattr(w.edits, "import_file", lambda path="": seen.append(("import", path)))
    note = tmp_path / "press.txt"
    note.write_text("Trade reached $2.44 billion.", encoding="utf-8")
    table = tmp_path / "figures.csv"
    table.write_text("a,b\n", encoding="utf-8")
    for fill in (
        lambda m: m.setUrls([QUrl.fromLocalFile(str(note))]),
        lambda m: m.setUrls([QUrl.fromLocalFile(str(table))]),
        lambda m: m.setText("Tourists: 57,000"),
    ):
        mime = QMimeData()
        fill(mime)
        w.dropEvent(
            QDropEvent(
                QPointF(5, 5),
                Qt.DropAction.CopyAction,
                mime,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
        )
    assert seen == [
        ("text", "Trade reached $2.44 billion."),
        ("import", str(table)),
        ("text", "Tourists: 57,000"),
    ]


def test_save_copy_continues_on_the_copy(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    w = make_window(qtbot, tiny_desk, tmp_path)
    target = tmp_path / "copy.duckdb"
    assert w.workspaces.save_copy_to(target)
    assert w.session.desk.workspace.path == target
    assert w.windowTitle().startswith("copy.duckdb")
    assert w.model.rowCount() == 7
    w.session.desk.close()
