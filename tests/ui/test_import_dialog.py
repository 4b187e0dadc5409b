"""The import preview: problems of a bad file, format override, Cancel, threaded reading."""

from __future__ import annotations

from pathlib import Path

from held_runner import HeldRunner
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from tests.conftest import TEST_DATA

from app.qt.tasks import SyncTaskRunner, TaskRunner
from app.services.desk import Desk
from app.ui.import_dialog import ImportDialog

DATA = TEST_DATA / "import"


def make(qtbot, path: Path, desk: Desk, runner: TaskRunner | None = None) -> ImportDialog:
    dialog = ImportDialog(path, desk.store, runner or SyncTaskRunner())
    qtbot.addWidget(dialog)
    return dialog


def cells(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_bad_file_shows_its_problems_and_cancel_changes_nothing(
    qtbot, tiny_desk: Desk, qtmodeltester
) -> None:
    before = len(tiny_desk.store.observations)
    dialog = make(qtbot, DATA / "comtrade_monthly.csv", tiny_desk)
    assert dialog.format_name() == "comtrade"
    problems = dialog.problem_model
    assert problems.rowCount() == 3
    assert set(cells(problems, 1)) == {"4"}
    assert set(cells(problems, 2)) == {"primaryValue", "period", "partnerCode"}
    assert "cannot read the number 'abc'" in cells(problems, 4)
    assert dialog.preview_model.rowCount() == 2
    assert dialog.ok_button.isEnabled()
    assert dialog.ok_button.text() == "Import, skipping bad rows"
    qtmodeltester.check(problems)
    qtmodeltester.check(dialog.preview_model)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.planned_edit() is None
    assert len(tiny_desk.store.observations) == before
    assert len(tiny_desk.workspace.load().observations) == before


def test_accept_plans_one_edit_with_the_duplicate_choice(qtbot, tiny_desk: Desk) -> None:
    before = len(tiny_desk.store.observations)
    dialog = make(qtbot, DATA / "comtrade_annual.csv", tiny_desk)
    assert dialog.preview_model.index(0, 0).data() == "imports_from_partner"
    assert dialog.preview_model.index(0, 1).data() == "Azerbaijan (AZE)"
    dialog.duplicates.setCurrentIndex(dialog.duplicates.findData("skip"))
    dialog.ok_button.click()
    edit = dialog.planned_edit()
    assert edit is not None
    tiny_desk.apply(edit)
    assert len(tiny_desk.store.observations) == before + 4


def test_an_unreadable_file_is_reported_and_cannot_be_accepted(
    qtbot, tiny_desk: Desk, tmp_path: Path
) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Year,Amount\n2024,5\n", encoding="utf-8")
    dialog = make(qtbot, path, tiny_desk)
    assert dialog.format_name() == "table"
    assert not dialog.ok_button.isEnabled()
    assert "indicator" in dialog.problem_model.index(0, 4).data()
    dialog.set_option("indicator", "gas_exports")
    dialog.set_option("reporter", "AZE")
    dialog.set_option("unit", "USD")
    dialog.set_option("value_column", "Amount")
    dialog.reread.click()
    assert dialog.preview_model.rowCount() == 1
    assert dialog.ok_button.isEnabled()


def test_format_override_rereads(qtbot, tiny_desk: Desk) -> None:
    dialog = make(qtbot, DATA / "imf_imts.csv", tiny_desk)
    assert dialog.preview_model.rowCount() == 4
    dialog.set_format("comtrade")
    assert dialog.format_name() == "comtrade"
    assert not dialog.ok_button.isEnabled()
    assert "not a Comtrade file" in dialog.problem_model.index(0, 4).data()


def test_threaded_reading_with_progress_then_accept(qtbot, tiny_desk: Desk) -> None:
    runner = TaskRunner()
    dialog = make(qtbot, DATA / "eurostat_21.csv", tiny_desk, runner)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=10000)
    assert dialog.progress.value() == 1000
    assert dialog.preview_model.rowCount() == 3
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.planned_edit() is not None
    assert runner.wait(5000)


def test_cancel_while_reading_leaves_the_store_alone(
    qtbot, tiny_desk: Desk, tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    lines = [f"x{i % 50},AZE,CHN,{1900 + i % 300},{i},USD" for i in range(200_000)]
    path.write_text(
        "indicator,reporter,partner,period,value,unit\n" + "\n".join(lines), encoding="utf-8"
    )
    before = len(tiny_desk.store.observations)
    runner = TaskRunner()
    dialog = make(qtbot, path, tiny_desk, runner)
    dialog.reject()
    assert runner.wait(20000)
    assert dialog.planned_edit() is None
    assert len(tiny_desk.store.observations) == before


def test_an_older_read_never_overwrites_a_newer_one(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Year,Amount\n2024,5\n2025,7\n", encoding="utf-8")
    runner = HeldRunner()
    dialog = make(qtbot, path, tiny_desk, runner)
    assert dialog.format_box.count() == 0  # detection runs in the runner, not in __init__
    runner.finish(0)
    assert dialog.format_name() == "table"
    assert "Amount" in [
        dialog.form.widgets["value_column"].itemText(i)
        for i in range(dialog.form.widgets["value_column"].count())
    ]
    for key, value in (
        ("indicator", "gas_exports"),
        ("reporter", "AZE"),
        ("unit", "USD"),
        ("value_column", "Amount"),
    ):
        dialog.set_option(key, value)
    dialog.reread.click()
    runner.finish(2)  # the newer read (mapped columns) ends first
    assert dialog.preview_model.rowCount() == 2
    assert dialog.ok_button.isEnabled()
    runner.finish(1)  # the first read (no mapping: an error) ends last and is dropped
    assert dialog.preview_model.rowCount() == 2
    assert dialog.ok_button.isEnabled()
    assert dialog.summary.text().startswith("2 observations read")


def test_stop_reports_at_once_and_drops_the_late_result(qtbot, tiny_desk: Desk) -> None:
    runner = HeldRunner()
    dialog = make(qtbot, DATA / "comtrade_annual.csv", tiny_desk, runner)
    runner.finish(0)
    dialog.stop.click()
    assert dialog.summary.text() == "Reading stopped; nothing was imported."
    runner.finish(1)
    assert dialog.preview_model.rowCount() == 0
    assert not dialog.ok_button.isEnabled()


def test_read_again_after_stopping_the_detection_detects_again(qtbot, tiny_desk: Desk) -> None:
    runner = HeldRunner()
    dialog = make(qtbot, DATA / "comtrade_annual.csv", tiny_desk, runner)
    dialog.stop.click()  # while the format is still being detected
    assert dialog.summary.text() == "Reading stopped; nothing was imported."
    runner.finish(0)  # the stopped detection ends: dropped
    assert dialog.format_box.count() == 0
    dialog.reread.click()  # detects again, then reads
    runner.finish(1)
    assert dialog.format_name() == "comtrade"
    runner.finish(2)
    assert dialog.preview_model.rowCount() > 0
    assert dialog.ok_button.isEnabled()


def test_an_unknown_unit_is_fixed_per_series_before_the_import(
    qtbot, tiny_desk: Desk, tmp_path: Path
) -> None:
    path = tmp_path / "units.csv"
    path.write_text(
        "indicator,reporter,partner,period,value,unit\n"
        "gdp,AZE,,2024,74,Tsd. EUR\ngdp,AZE,,2025,75,Tsd. EUR\nexports,AZE,,2024,2,USD bn\n",
        encoding="utf-8",
    )
    dialog = make(qtbot, path, tiny_desk)
    assert not dialog.units_box.isHidden()
    assert dialog.units.rowCount() == 1
    assert [dialog.units.item(0, c).text() for c in range(3)] == ["gdp", "Tsd. EUR", "2"]
    dialog.units.item(0, 3).setText("EUR crowns")  # not a unit: the dialog says so, stays
    dialog.accept()
    assert dialog.planned_edit() is None
    assert "'EUR crowns' is not one Corridor knows" in dialog.summary.text()
    dialog.units.item(0, 3).setText("EUR thousand")
    dialog.accept()
    tiny_desk.apply(dialog.planned_edit())
    obs = tiny_desk.store.observations
    gdp = obs[obs["indicator"] == "gdp"]
    assert sorted(gdp["value"]) == [74e3, 75e3]
    assert set(gdp["unit"].astype(str)) == {"EUR"}


def test_re_importing_the_same_file_offers_nothing_to_store(qtbot, tiny_desk: Desk) -> None:
    first = make(qtbot, DATA / "comtrade_annual.csv", tiny_desk)
    first.accept()
    tiny_desk.apply(first.planned_edit())
    again = make(qtbot, DATA / "comtrade_annual.csv", tiny_desk)
    assert not again.ok_button.isEnabled()
    assert "Nothing new: the workspace already holds all 4 figures" in again.summary.text()
