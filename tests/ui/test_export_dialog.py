"""The export dialog: form built from exporter options, live preview, export with progress,
options remembered; table data export of the filtered, sorted view."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QSpinBox

from app.main import create_main_window
from app.qt.tasks import SyncTaskRunner
from app.services.desk import Desk
from app.ui.export_dialog import ExportDialog, export_table_data


def make_dialog(qtbot, tiny_desk: Desk, tmp_path: Path):
    window = create_main_window(tiny_desk, str(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    dialog = ExportDialog(tiny_desk.store, ("CHN", "AZE"), window.settings, SyncTaskRunner(),
                          window.bus, window)
    qtbot.addWidget(dialog)
    return window, dialog


def test_preview_follows_the_options(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    _w, d = make_dialog(qtbot, tiny_desk, tmp_path)
    assert "$2.44 billion, Jan–Oct 2025 (CHN)" in d.preview.toPlainText()
    assert d.indicators.topLevelItemCount() == 2
    d.locale_box.setCurrentIndex(d.locale_box.findData("ru"))
    d.refresh_preview()
    assert "2,44 млрд долл." in d.preview.toPlainText()  # the view shows nbsp as space
    tourists = next(d.indicators.topLevelItem(i) for i in range(2)
                    if d.indicators.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                    != "trade_turnover")
    tourists.setCheckState(0, Qt.CheckState.Unchecked)
    d.refresh_preview()
    assert "Tourist" not in d.preview.toPlainText()
    d.first.setText("not a period")
    d.refresh_preview()
    assert d.preview.toPlainText().startswith("Cannot build the briefing")


def test_option_form_is_built_from_the_exporter(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    _w, d = make_dialog(qtbot, tiny_desk, tmp_path)
    d.format.setCurrentIndex(d.format.findData("docx"))
    assert isinstance(d.option_widgets["quotes"], QCheckBox)
    assert isinstance(d.option_widgets["chart_width_cm"], QSpinBox)
    d.format.setCurrentIndex(d.format.findData("xlsx"))
    assert set(d.option_widgets) == {"quotes"}
    assert not d.charts.isEnabled()


def test_export_writes_file_and_remembers(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    window, d = make_dialog(qtbot, tiny_desk, tmp_path)
    d.format.setCurrentIndex(d.format.findData("docx"))
    d.path.setText(str(tmp_path / "note.docx"))
    d.first.setText("2023")
    d.option_widgets["quotes"].setChecked(False)
    with qtbot.waitSignal(window.bus.message):
        d.start_export()
    assert d.written == tmp_path / "note.docx"
    assert d.progress.value() == d.progress.maximum()
    doc = Document(str(d.written))
    assert len(doc.inline_shapes) == 2
    assert "quote 4" not in "\n".join(p.text for p in doc.paragraphs)
    again = ExportDialog(tiny_desk.store, ("CHN", "AZE"), window.settings, SyncTaskRunner(),
                         window.bus)
    qtbot.addWidget(again)
    assert again.format.currentData() == "docx"
    assert again.first.text() == "2023"
    assert again.path.text() == str(tmp_path / "note.docx")


def test_failed_export_reports_and_leaves_nothing(qtbot, tiny_desk: Desk,
                                                  tmp_path: Path) -> None:
    window, d = make_dialog(qtbot, tiny_desk, tmp_path)
    d.format.setCurrentIndex(d.format.findData("html"))
    target = tmp_path / "missing-dir-is-a-file"
    target.write_text("x")
    d.path.setText(str(target / "b.html"))
    with qtbot.waitSignal(window.bus.message) as blocker:
        d.start_export()
    assert "not written" in blocker.args[1]
    assert d.written is None
    assert d.export_button.isEnabled()


def test_table_export_uses_the_filtered_sorted_view(qtbot, tiny_desk: Desk, tmp_path: Path,
                                                    monkeypatch) -> None:
    window = create_main_window(tiny_desk, str(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.runner = SyncTaskRunner()
    window.table.first_year.setValue(2025)
    shown = [window.model.obs_id_at(r) for r in range(window.model.rowCount())]
    target = tmp_path / "rows.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(target), "CSV (*.csv)"))
    export_table_data(window)
    back = pd.read_csv(target)
    assert back["obs_id"].tolist() == shown
    assert back["value"].iloc[0] == window.session.store.get(shown[0], "value")
