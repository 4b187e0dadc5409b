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
from app.services.briefing import build_briefing
from app.services.desk import Desk
from app.services.export_registry import formats
from app.ui.export_dialog import ExportDialog
from app.ui.table_export import export_table_data


def make_ctx(tiny_desk: Desk, tmp_path: Path, runner: TaskRunner | None = None) -> DeskContext:
    session = DeskSession(tiny_desk, MessageBus())
    return DeskContext(
        session, Settings.at(str(tmp_path / "settings.ini")), runner or SyncTaskRunner()
    )


def charts_of(d: ExportDialog) -> int:
    """How many charts the briefing the dialog describes shows (the note: one per key
    message whose series has at least three points)."""
    return len(build_briefing(d.store, d.request()).chart_specs())


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
    d.first.setText("2022")
    d.form.widgets["quotes"].setChecked(False)
    with qtbot.waitSignal(ctx.bus.message):
        d.start_export()
    assert d.written == tmp_path / "note.docx"
    assert d.progress.value() == d.progress.maximum()
    doc = Document(str(d.written))
    # the note charts trade (three years from 2022); tourists have one figure: no chart
    assert len(doc.inline_shapes) == charts_of(d) == 1
    assert "quote 4" not in "\n".join(p.text for p in doc.paragraphs)
    again = ExportDialog(ctx, ("CHN", "AZE"))
    qtbot.addWidget(again)
    assert again.format.currentData() == "docx"
    assert again.first.text() == "2022"
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
    d.start_export()
    qtbot.waitUntil(lambda: d.written is not None, timeout=60000)
    assert runner.wait(10000)
    assert len(Document(str(d.written)).inline_shapes) == charts_of(d) == 1


# --- templates and key messages (issue 19) -------------------------------------------------


def seeded_dialog(qtbot, seeded_desk: Desk, tmp_path: Path):
    """The dialog over the bundled pair, its first preview built."""
    ctx, d = make_dialog(qtbot, seeded_desk, tmp_path)
    qtbot.waitUntil(lambda: d.briefing is not None, timeout=30000)
    return ctx, d


def message_keys(d: ExportDialog) -> list[str]:
    assert d.briefing is not None
    return [m.key for m in d.briefing.messages]


def row_of(d: ExportDialog, key: str):
    return next(i for i in d.picker.items() if i.data(0, Qt.ItemDataRole.UserRole) == key)


def press_on(qtbot, d: ExportDialog, key: str, qt_key: Qt.Key) -> None:
    """Select the message's row alone, then press ``qt_key`` on the list."""
    d.picker.tree.clearSelection()
    d.picker.tree.setCurrentItem(row_of(d, key))
    qtbot.keyClick(d.picker.tree, qt_key)


def candidates_of(d: ExportDialog) -> list[str]:
    assert d.briefing is not None
    keys = [m.key for m in d.briefing.candidates]
    assert keys, "the bundled pair's briefing has no candidate key messages"
    return keys


def test_template_goes_into_the_request_and_is_remembered(
    qtbot, tiny_desk: Desk, tmp_path: Path
) -> None:
    runner = HeldRunner()
    ctx, d = make_dialog(qtbot, tiny_desk, tmp_path, runner)
    titles = [d.template.itemText(i) for i in range(d.template.count())]
    assert titles == ["Note — one to two pages", "Dossier", "Table of figures"]
    assert d.request().template == "note"  # the settings default
    assert len(runner.held) == 1
    d.template.setCurrentIndex(d.template.findData("dossier"))
    assert d.request().template == "dossier"
    qtbot.waitUntil(lambda: len(runner.held) == 2)  # the preview is rebuilt
    d.remember()  # as after an export
    again = ExportDialog(ctx, ("CHN", "AZE"))
    qtbot.addWidget(again)
    assert again.template.currentData() == "dossier"
    assert again.request().template == "dossier"


def test_the_table_of_figures_has_no_chart_choices(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    _ctx, d = make_dialog(qtbot, tiny_desk, tmp_path)
    d.format.setCurrentIndex(d.format.findData("docx"))
    assert d.charts.isEnabled()
    assert d.request().charts
    d.template.setCurrentIndex(d.template.findData("table"))
    assert not d.charts.isEnabled()
    assert d.indicators.isColumnHidden(1)
    assert not d.picker.isEnabled()  # no key messages in a table
    assert not d.request().charts
    d.template.setCurrentIndex(d.template.findData("note"))
    assert d.charts.isEnabled()
    assert not d.indicators.isColumnHidden(1)
    assert d.request().charts


def test_the_list_shows_every_candidate_and_what_the_note_prints(
    qtbot, seeded_desk: Desk, tmp_path: Path
) -> None:
    _ctx, d = seeded_dialog(qtbot, seeded_desk, tmp_path)
    keys = candidates_of(d)
    assert [i.data(0, Qt.ItemDataRole.UserRole) for i in d.picker.items()] == keys
    first = d.briefing.candidates[0]
    assert row_of(d, first.key).text(0) == first.text.text
    assert row_of(d, first.key).text(1) == first.kind
    assert first.reason in row_of(d, first.key).toolTip(0)
    place = {key: n for n, key in enumerate(message_keys(d), 1)}
    for key in keys:
        shown = f"In the note ({place[key]})" if key in place else "Not in the note"
        assert row_of(d, key).text(2) == shown


def test_pinning_a_message_prints_it_first(qtbot, seeded_desk: Desk, tmp_path: Path) -> None:
    _ctx, d = seeded_dialog(qtbot, seeded_desk, tmp_path)
    key = candidates_of(d)[-1]  # the lowest ranked
    press_on(qtbot, d, key, Qt.Key.Key_Space)
    assert d.request().pinned == (key,)
    assert row_of(d, key).text(2) == "Pinned"  # at once; its place after the rebuild
    qtbot.waitUntil(lambda: message_keys(d)[:1] == [key], timeout=30000)
    assert d.briefing.messages[0].pinned
    assert row_of(d, key).text(2) == "Pinned (1)"  # the list was rebuilt, the choice kept
    press_on(qtbot, d, key, Qt.Key.Key_Space)  # again: unpinned
    assert d.request().pinned == ()


def test_dropping_a_message_leaves_it_out(qtbot, seeded_desk: Desk, tmp_path: Path) -> None:
    ctx, d = seeded_dialog(qtbot, seeded_desk, tmp_path)
    key = message_keys(d)[0] if message_keys(d) else candidates_of(d)[0]
    press_on(qtbot, d, key, Qt.Key.Key_Delete)
    assert d.request().dropped == (key,)
    qtbot.waitUntil(lambda: key not in message_keys(d), timeout=30000)
    assert key in candidates_of(d)  # still listed, to bring back
    assert row_of(d, key).text(2) == "Dropped"
    d.pair.setText("AZE-RUS")  # each pair keeps its own choices
    assert d.request().dropped == ()
    d.pair.setText("CHN-AZE")
    assert d.request().dropped == (key,)
    d.remember()  # as after an export
    again = ExportDialog(ctx, ("CHN", "AZE"))  # remembered per pair
    qtbot.addWidget(again)
    assert again.request().dropped == (key,)
    qtbot.waitUntil(lambda: again.briefing is not None, timeout=30000)
    press_on(qtbot, again, key, Qt.Key.Key_Backspace)  # reset: the ranking decides again
    assert again.request().dropped == ()
    qtbot.waitUntil(lambda: key in message_keys(again), timeout=30000)


def test_a_note_exports_to_pdf_without_chart_images(
    qtbot, seeded_desk: Desk, tmp_path: Path, monkeypatch
) -> None:
    """The PDF writer paints the charts as vectors: the dialog draws no images for it."""

    def no_images(*_a, **_k):
        raise AssertionError("charts rendered to images for a PDF")

    monkeypatch.setattr("app.qt.document_charts.briefing_chart_renderer", no_images)
    monkeypatch.setattr("app.qt.document_charts.briefing_svg_renderer", no_images)
    ctx, d = seeded_dialog(qtbot, seeded_desk, tmp_path)
    assert d.request().template == "note"
    d.format.setCurrentIndex(d.format.findData("pdf"))
    d.path.setText(str(tmp_path / "note.pdf"))
    with qtbot.waitSignal(ctx.bus.message, timeout=60000) as blocker:
        d.start_export()
    assert blocker.args[1].startswith("Briefing written to"), blocker.args
    assert d.written == tmp_path / "note.pdf"
    assert d.written.read_bytes().startswith(b"%PDF")
