"""The Projects view as an analyst drives it: the bundled registry, filters, details with
sources, roll-ups, and every change one undoable step through the session."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

from app.domain.project_members import membership
from app.domain.projects import linked_ids
from app.main import create_main_window
from app.qt.context import DeskContext
from app.qt.messages import MessageBus
from app.qt.session import DeskSession
from app.qt.settings import Settings
from app.qt.tasks import SyncTaskRunner
from app.services.desk import Desk
from app.services.projects_io import export_projects
from app.ui.project_actions import ProjectActions
from app.ui.project_dialog import ProjectDialog
from app.ui.projects_panel import ProjectsPanel

KHIZI = "Khizi-Absheron Wind Power Plant"


class Desked:
    """A panel and its controller over a session of a seeded temporary workspace."""

    def __init__(self, desk: Desk, tmp_path: Path) -> None:
        self.bus = MessageBus()
        self.session = DeskSession(desk, self.bus)
        ctx = DeskContext(self.session, Settings.at(str(tmp_path / "s.ini")), SyncTaskRunner())
        self.panel = ProjectsPanel(self.session)
        self.obs_id: int | None = None
        self.actions = ProjectActions(
            ctx, self.panel, self.panel, current_obs_id=lambda: self.obs_id
        )
        self.messages: list[str] = []
        self.bus.message.connect(lambda _level, text, _details: self.messages.append(text))

    @property
    def records(self):  # type: ignore[no-untyped-def]
        return self.session.store.records

    def names(self) -> list[str]:
        return [self.panel.model.data(self.panel.model.index(r, 0)) for r in range(self.rows())]

    def rows(self) -> int:
        return self.panel.model.rowCount()

    def select(self, name: str) -> int:
        pid = int(self.panel.model.view.set_index("name").loc[name, "project_id"])
        assert self.panel.select_project(pid)
        return pid


@pytest.fixture
def desked(qtbot, seeded_desk: Desk, tmp_path: Path) -> Desked:
    d = Desked(seeded_desk, tmp_path)
    qtbot.addWidget(d.panel)
    return d


def set_combo(box, value: str) -> None:  # type: ignore[no-untyped-def]
    index = box.findData(value)
    assert index >= 0, value
    box.setCurrentIndex(index)


def test_models_pass_the_model_tester(desked: Desked, qtmodeltester) -> None:
    qtmodeltester.check(desked.panel.model)
    qtmodeltester.check(desked.panel.rollup_model)


def test_khizi_absheron_details_name_companies_dates_and_quotes(desked: Desked) -> None:
    assert desked.rows() == 11
    desked.select(KHIZI)
    text = desked.panel.details.toPlainText()
    assert "ACWA Power (developer, SAU)" in text
    assert "PowerChina Huadong Engineering Corporation Limited (HDEC) (EPC, CHN)" in text
    assert "commissioned 2026-01-08 — News.az (citing AZERTAC), 2026-01-08" in text
    assert "officially launched the 240 MW Khizi-Absheron Wind Power Plant" in text
    assert "commissioned 2025 planned" in text  # the plan the source made, marked
    assert "ACWA Power has announced $238 million in financing" in text
    assert "#36 Project capacity: 240 MW" in text  # linked figures with their values
    row = desked.panel.model.row_of(1)
    status = desked.panel.model.data(desked.panel.model.index(row, 3))
    assert status == "commissioned 2026-01-08"


def test_filters_by_technology_company_and_country(desked: Desked) -> None:
    panel = desked.panel
    set_combo(panel.technology_box, "wind")
    assert desked.names() == [KHIZI]
    set_combo(panel.technology_box, "")
    panel.company.setText("datang")
    assert desked.rows() == 2
    assert "2 of 11 projects" in panel.count.text()
    panel.company.clear()
    panel.country.setText("China")  # the partner's name finds its code
    assert desked.rows() == 9
    set_combo(panel.status_box, "commissioned")
    assert desked.names() == [KHIZI]


def test_sorting_by_capacity(desked: Desked) -> None:
    desked.panel.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert desked.names()[0] == "Caspian Offshore Wind Project (2 GW)"
    desked.panel.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert desked.names()[-1] == "BYD Electric Bus Plant"  # no capacity sorts last


def test_rollup_of_chinese_partner_projects(desked: Desked) -> None:
    panel = desked.panel
    panel.country.setText("CHN")
    model = panel.rollup_model
    row = model.row_of("agreement", None, "solar")
    assert [model.data(model.index(row, c)) for c in range(5)] == [
        "agreement",
        "solar",
        "3",
        "360 MW",
        "",
    ]
    bus = model.row_of("announced", None, "manufacturing")
    assert model.data(model.index(bus, 4)) == "1"  # the bus plant: counted, not summed
    assert panel.chart.heights()[("agreement", 2025)] == 2460.0
    assert "9 projects" in panel.totals.text()


def test_clicking_a_bar_selects_its_year_row(desked: Desked) -> None:
    panel = desked.panel
    panel.select_year_cell("commissioned", 2026)
    cell = panel.selected_cell()
    assert cell is not None
    assert (cell.year, cell.stage, cell.capacity) == (2026, "commissioned", 240.0)
    assert "Khizi-Absheron" in panel.chart.bars[("commissioned", 2026)].toolTip()


def fill_and_accept(dialog: ProjectDialog) -> int:
    dialog.name.setText("Neftchala Wind Farm")
    dialog.technology.setCurrentText("wind")
    dialog.capacity.setText("1")
    dialog.capacity_unit.setCurrentText("GW")
    dialog.companies.rows[0].name.setText("China Datang")
    dialog.companies.rows[0].role.setCurrentText("developer")
    dialog.companies.rows[0].country.setText("CHN")
    dialog.add_company("SOCAR Green", "developer", "AZE")
    dialog.stages.rows[0].stage.setCurrentText("agreement")
    dialog.stages.rows[0].date.setText("2026-02")
    dialog.accept()
    return int(dialog.result())


def test_add_then_undo_and_redo(desked: Desked, monkeypatch) -> None:
    monkeypatch.setattr(ProjectDialog, "exec", fill_and_accept)
    desked.panel.add_button.click()
    assert desked.rows() == 12
    view = desked.panel.model.view.set_index("name").loc["Neftchala Wind Farm"]
    assert (view["capacity"], view["capacity_unit"]) == (1000.0, "MW")  # 1 GW in MW
    assert (view["country"], view["partner"]) == ("AZE", "CHN")  # the registry's usual
    assert view["companies"] == "China Datang (developer, CHN); SOCAR Green (developer, AZE)"
    assert (view["status"], view["status_date"]) == ("agreement", "2026-02")
    assert desked.panel.selected_project_ids() == [int(view["project_id"])]
    stack = desked.session.undo_stack
    assert stack.undoText() == "Add project Neftchala Wind Farm"
    stack.undo()
    assert desked.rows() == 11
    assert len(desked.records["project_parties"]) == 14
    stack.redo()
    assert "Neftchala Wind Farm" in desked.names()


def test_edit_changes_fields_and_rows_in_one_step(desked: Desked, monkeypatch) -> None:
    pid = desked.select("Gobustan Solar Power Plant")

    def change(dialog: ProjectDialog) -> int:
        assert dialog.name.text() == "Gobustan Solar Power Plant"
        assert len(dialog.companies.rows) == 2
        assert len(dialog.stages.rows) == 3
        dialog.capacity.setText("120")
        gone = dialog.companies.rows[1]
        dialog.companies._remove(gone, [gone.name, gone.role, gone.country])
        dialog.stages.rows[2].date.setText("2027")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ProjectDialog, "exec", change)
    desked.panel.edit_button.click()
    row = desked.panel.model.project_row(pid)
    assert row is not None
    assert row["capacity"] == 120.0
    assert "Ministry of Energy" not in row["companies"]
    assert row["next_date"] == "2027"
    stages = desked.records["project_stages"]
    kept = stages[stages["project_id"] == pid]
    assert (kept["quote"] != "").sum() == 2  # the sourced stages kept their quotes
    desked.session.undo_stack.undo()
    row = desked.panel.model.project_row(pid)
    assert row is not None
    assert (row["capacity"], row["next_date"]) == (100.0, "2026")
    assert "Ministry of Energy of Azerbaijan (government, AZE)" in row["companies"]


def test_the_dialog_says_what_is_wrong(desked: Desked, qtbot) -> None:
    dialog = ProjectDialog(desked.records)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "Name" in dialog.error.text()
    dialog.name.setText("X")
    dialog.capacity.setText("lots")
    dialog.accept()
    assert dialog.error.text().startswith("Capacity:")
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_delete_key_asks_then_deletes_and_undo_restores(desked: Desked, qtbot, monkeypatch) -> None:
    asked: list[str] = []

    def yes(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    pid = desked.select(KHIZI)
    qtbot.keyClick(desked.panel.view, Qt.Key.Key_Delete)
    assert KHIZI in asked[0]
    assert KHIZI not in desked.names()
    assert not (desked.records["links"]["to_id"] == str(pid)).any()
    desked.session.undo_stack.undo()
    assert KHIZI in desked.names()
    assert len(desked.records["project_stages"]) == 18


def test_ctrl_c_copies_selected_rows_as_tab_separated_text(desked: Desked, qtbot) -> None:
    desked.select(KHIZI)
    qtbot.keyClick(desked.panel.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().split("\n")
    assert lines[0].split("\t")[:3] == ["Name", "Technology", "Capacity"]
    assert lines[1].split("\t")[:4] == [KHIZI, "wind", "240 MW", "commissioned 2026-01-08"]


def test_link_to_the_figure_selected_in_the_main_table(desked: Desked) -> None:
    desked.select("Gobustan Solar Power Plant")
    desked.panel.link_button.click()
    assert "Select a figure" in desked.messages[-1]
    desked.obs_id = 30  # "five projects ... 1,570 MW", which names none
    desked.panel.link_button.click()
    m = membership(desked.records, "observations", 30, counted=5, stated_total=1570.0)
    assert m.known_ids == (3,)
    assert desked.session.undo_stack.undoText() == "Link figure #30 to 1 project(s)"
    assert "#30" in desked.panel.details.toPlainText()
    desked.session.undo_stack.undo()
    assert membership(desked.records, "observations", 30, counted=5).known_ids == ()


def test_store_rollup_as_figure_then_undo(desked: Desked, monkeypatch) -> None:
    panel = desked.panel
    panel.country.setText("CHN")
    set_combo(panel.grouping_box, "year")
    row = panel.rollup_model.row_of("agreement", 2025)
    panel.select_rollup_row(row)
    assert panel.store_button.isEnabled()

    def pick(_parent, _title, _label, items, current, _editable):  # type: ignore[no-untyped-def]
        return items[current], True  # the default: signed capacity for agreements

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    store = desked.session.store
    new_id = store.next_obs_id()
    panel.store_button.click()
    obs = store.rows([new_id]).iloc[0]
    assert (obs["indicator"], obs["status"], obs["value"]) == (
        "renewable_projects_signed_capacity",
        "derived",
        2460.0,
    )
    assert (obs["reporter"], obs["partner"], obs["period_text"]) == ("AZE", "CHN", "signed in 2025")
    source = store.source(int(obs["source_id"]))
    assert source["kind"] == "derived"
    assert source["title"].startswith("Roll-up of 5 projects in the Corridor registry:")
    linked = linked_ids(store.records["links"], "observations", new_id, "projects", reverse=False)
    assert sorted(linked) == [3, 4, 5, 6, 7]
    desked.session.undo_stack.undo()
    assert new_id not in set(store.observations["obs_id"])
    assert not (store.records["links"]["from_id"] == new_id).any()


def test_export_and_import_through_the_controller(desked: Desked, tmp_path: Path) -> None:
    xlsx, csv = tmp_path / "registry.xlsx", tmp_path / "projects.csv"
    desked.actions.export_file(str(xlsx))
    assert xlsx.is_file()
    assert desked.messages[-1] == "Exported 11 projects to registry.xlsx."
    export_projects(desked.records, csv)
    desked.actions.import_file(str(csv))
    assert desked.rows() == 22
    assert desked.session.undo_stack.undoText() == "Import 11 projects"
    desked.session.undo_stack.undo()
    desked.actions.import_file(str(xlsx))
    assert desked.rows() == 22
    assert len(desked.records["project_facts"]) == 30  # the facts came with the workbook
    bad = tmp_path / "bad.csv"
    bad.write_text("name,technology\nA,wind\n", encoding="utf-8")
    desked.actions.import_file(str(bad))
    assert desked.messages[-1].startswith("Nothing imported from bad.csv: bad.csv: column")
    assert desked.rows() == 22


def test_the_window_has_a_projects_dock_that_it_remembers(
    qtbot, seeded_desk: Desk, tmp_path: Path, monkeypatch
) -> None:
    settings = str(tmp_path / "window.ini")
    window = create_main_window(seeded_desk, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    action = window.actions_by_id["view.projects"]
    assert action.shortcut() == QKeySequence("Ctrl+Shift+P")
    assert not window.projects_dock.isVisible()
    action.trigger()
    assert window.projects_dock.isVisible()
    assert action.isChecked()
    assert window.projects.model.rowCount() == 11
    window.table.select_obs(30)
    assert window.current_obs_id() == 30
    window.projects.select_project(3)
    window.projects.link_button.click()
    assert window.session.undo_stack.undoText() == "Link figure #30 to 1 project(s)"
    # with the focus in the projects table, Delete and Ctrl+C act on projects, not figures
    asked: list[str] = []

    def no(_parent, title, *_args):  # type: ignore[no-untyped-def]
        asked.append(title)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    figures = len(seeded_desk.store.observations)
    window.activateWindow()
    qtbot.waitActive(window)
    window.projects.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.projects.view)
    qtbot.keyClick(window.projects.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().split("\n")[1].startswith("Gobustan Solar")
    qtbot.keyClick(window.projects.view, Qt.Key.Key_Delete)
    assert asked == ["Delete projects"]
    assert len(seeded_desk.store.observations) == figures
    assert window.session.undo_stack.undoText() == "Link figure #30 to 1 project(s)"
    window.save_layout()
    again = create_main_window(seeded_desk, settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.projects_dock.isVisible()
    assert again.actions_by_id["view.projects"].isChecked()
    again.actions_by_id["view.projects"].trigger()
    assert not again.projects_dock.isVisible()


def test_the_1570_mw_statement_is_shown_with_its_unknown_members(desked: Desked) -> None:
    text = desked.panel.counted.text()
    assert desked.panel.counted.isVisibleTo(desked.panel)
    assert "Counted by sources" in text
    assert "counts 5 projects (1,570 MW in all) but names none" in text
