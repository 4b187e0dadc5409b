"""The export dialog: form built from the registry's options, live preview (a newer preview
always wins), export with progress, options remembered; table data export of the view's
row order."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from docx import Document
from held_runner import HeldRunner
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QSpinBox

from app.domain.edits import DeleteObservations
from app.qt.context import DeskContext
from app.qt.messages import MessageBus
from app.qt.session import DeskSession
from app.qt.settings import Settings
from app.qt.tasks import SyncTaskRunner, TaskRunner
from app.services.desk import Desk
from app.services.export_registry import formats
from app.ui.export_dialog import ExportDialog
from app.ui.table_export import export_table_data


def make_ctx(tiny_desk: Desk, tmp_path: Path, runner: TaskRunner | None = None) -> DeskContext:
    session = DeskSession(tiny_desk, MessageBus())
    return DeskContext(
        session, Settings.at(str(tmp_path / "settings.ini")), runner or SyncTaskRunner()
    )


def make_dialog(qtbot, tiny_desk: Desk, tmp_path: Path, runner: TaskRunner | None = None):
    ctx = make_ctx(tiny_desk, tmp_path, runner)
    dialog = ExportDialog(ctx, ("CHN", "AZE"))
    qtbot.addWidget(dialog)
    return ctx, dialog


def test_preview_follows_the_options(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    _ctx, d = make_dialog(qtbot, tiny_desk, tmp_path)
    assert "$2.44 billion, Jan–Oct 2025 (CHN)" in d.preview.toPlainText()
    assert d.indicators.topLevelItemCount() == 2
    d.locale_box.setCurrentIndex(d.locale_box.findData("ru"))
    d.refresh_preview()
    assert "2,44 млрд долл." in d.preview.toPlainText()  # the view shows nbsp as space
    tourists = next(
        d.indicators.topLevelItem(i)
        for i in range(2)
        if d.indicators.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) != "trade_turnover"
    )
    tourists.setCheckState(0, Qt.CheckState.Unchecked)
    d.refresh_preview()
    assert "Tourist" not in d.preview.toPlainText()
    d.first.setText("not a period")
    d.refresh_preview()
    assert d.preview.toPlainText().startswith("Cannot build the briefing")


def test_an_older_preview_never_overwrites_a_newer_one(
    qtbot, tiny_desk: Desk, tmp_path: Path
) -> None:
    runner = HeldRunner()
    _ctx, d = make_dialog(qtbot, tiny_desk, tmp_path, runner)
    assert len(runner.held) == 1  # the English preview, still building
    d.locale_box.setCurrentIndex(d.locale_box.findData("ru"))
    d.refresh_preview()
    runner.finish(1)
    assert "2,44 млрд долл." in d.preview.toPlainText()
    runner.finish(0)  # the first preview ends last: its result is dropped
    assert "2,44 млрд долл." in d.preview.toPlainText()
    assert "$2.44 billion" not in d.preview.toPlainText()
    assert d.briefing is not None
    assert d.briefing.locale == "ru"


def test_format_list_and_filter_come_from_the_registry(
    qtbot, tiny_desk: Desk, tmp_path: Path
) -> None:
    _ctx, d = make_dialog(qtbot, tiny_desk, tmp_path)
    names = [d.format.itemData(i) for i in range(d.format.count())]
    assert names == list(formats("briefing"))
    assert d.format.currentData() == "docx"  # the settings default
    d.format.setCurrentIndex(d.format.findData("pdf"))
    assert d.export_format().file_filter == "PDF (*.pdf)"
    assert set(d.form.widgets) == {"quotes", "page_size"}


def test_option_form_is_built_from_the_exporter(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    _ctx, d = make_dialog(qtbot, tiny_desk, tmp_path)
    d.format.setCurrentIndex(d.format.findData("docx"))
    assert isinstance(d.form.widgets["quotes"], QCheckBox)
    assert isinstance(d.form.widgets["chart_width_cm"], QSpinBox)
    d.format.setCurrentIndex(d.format.findData("xlsx"))
    assert set(d.form.widgets) == {"quotes"}
    assert not d.charts.isEnabled()


def test_export_writes_file_and_remembers(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    ctx, d = make_dialog(qtbot, tiny_desk, tmp_path)
    d.format.setCurrentIndex(d.format.findData("docx"))
    d.path.setText(str(tmp_path / "note.docx"))
    d.first.setText("2023")
    d.form.widgets["quotes"].setChecked(False)
    with qtbot.waitSignal(ctx.bus.message):
        d.start_export()
    assert d.written == tmp_path / "note.docx"
    assert d.progress.value() == d.progress.maximum()
    doc = Document(str(d.written))
    assert len(doc.inline_shapes) == 2
    assert "quote 4" not in "\n".join(p.text for p in doc.paragraphs)
    again = ExportDialog(ctx, ("CHN", "AZE"))
    qtbot.addWidget(again)
    assert again.format.currentData() == "docx"
    assert again.first.text() == "2023"
    assert again.path.text() == str(tmp_path / "note.docx")


def test_failed_export_reports_and_leaves_nothing(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    ctx, d = make_dialog(qtbot, tiny_desk, tmp_path)
    d.format.setCurrentIndex(d.format.findData("html"))
    target = tmp_path / "missing-dir-is-a-file"
    target.write_text("x")
    d.path.setText(str(target / "b.html"))
    with qtbot.waitSignal(ctx.bus.message) as blocker:
        d.start_export()
    assert "not written" in blocker.args[1]
    assert d.written is None
    assert d.export_button.isEnabled()


def test_table_export_writes_the_rows_in_the_views_order(
    qtbot, tiny_desk: Desk, tmp_path: Path, monkeypatch
) -> None:
    ctx = make_ctx(tiny_desk, tmp_path)
    obs = tiny_desk.store.observations
    order = np.arange(len(obs))[::-1][: len(obs) // 2]  # a filtered, reverse-sorted view
    target = tmp_path / "rows"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "Excel workbook (*.xlsx)")
    )
    with qtbot.waitSignal(ctx.bus.message) as blocker:
        export_table_data(ctx, order, None)
    assert blocker.args[1] == f"{len(order):,} rows written to {target}.xlsx"
    back = pd.read_excel(tmp_path / "rows.xlsx")
    assert back["obs_id"].tolist() == obs["obs_id"].iloc[order].tolist()
    shown = int(back["obs_id"].iloc[0])
    assert back["value"].iloc[0] == tiny_desk.store.get(shown, "value")


def test_table_export_writes_the_rows_shown_when_asked(
    qtbot, tiny_desk: Desk, tmp_path: Path, monkeypatch
) -> None:
    """A delete while the file is being written changes nothing in it (the rows were taken
    when the user asked; the worker never reads the live store)."""
    runner = HeldRunner()
    ctx = make_ctx(tiny_desk, tmp_path, runner)
    obs = tiny_desk.store.observations
    order = np.arange(3)
    shown = obs["obs_id"].iloc[order].tolist()
    target = tmp_path / "rows.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "CSV"))
    export_table_data(ctx, order, None)
    ctx.session.push(DeleteObservations(tiny_desk.store.rows([shown[0]]).copy(), "Delete 1"))
    with qtbot.waitSignal(ctx.bus.message) as blocker:
        runner.finish(0)
    assert blocker.args[1].startswith("3 rows written")
    assert pd.read_csv(target)["obs_id"].tolist() == shown


def test_charts_are_drawn_in_the_worker(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    """With a real thread pool the briefing, its charts and the file are made off the GUI
    thread (QPainter on images), and the document holds the same pictures."""
    runner = TaskRunner()
    _ctx, d = make_dialog(qtbot, tiny_desk, tmp_path, runner)
    d.format.setCurrentIndex(d.format.findData("docx"))
    d.path.setText(str(tmp_path / "threaded.docx"))
    d.first.setText("2023")
    d.start_export()
    qtbot.waitUntil(lambda: d.written is not None, timeout=60000)
    assert runner.wait(10000)
    assert len(Document(str(d.written)).inline_shapes) == 2
