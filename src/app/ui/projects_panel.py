"""The Projects view: the registry filtered and sorted, the selected project's details with
the source of every company, stage and fact, and a roll-up of the projects shown (a table by
status and technology or by year, and signed vs commissioned capacity by year as bars).

The panel shows and selects; what the buttons do (dialogs, confirmations, files, edits) is
:class:`app.ui.project_actions.ProjectActions`' work, reached through the request signals.
Delete and Ctrl+C act on the projects table when it has the focus (before the window's
own Delete and Copy, which act on the figures).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.rollup_figures import Grouping, RollupCell, rollup_cells
from app.qt.i18n import translate
from app.qt.project_model import COLUMNS, ProjectTableModel, RollupTableModel, words
from app.qt.session import DeskSession
from app.ui.capacity_chart import CapacityChart
from app.ui.dock_panel_parts import (
    ProjectTableView,
    button,
    copy_rows,
    details_browser,
    filter_box,
    selected_rows,
    setup_record_view,
)
from app.ui.project_details import counted_html, details_html, no_project, totals_text

__all__ = ["ProjectsPanel"]


class ProjectsPanel(QWidget):
    add_requested = Signal()
    #: project_id
    edit_requested = Signal(int)
    #: project ids (list[int])
    delete_requested = Signal(object)
    #: project ids to link to the figure selected in the main table
    link_requested = Signal(object)
    import_requested = Signal()
    export_requested = Signal()
    #: the roll-up cell to keep as a figure (RollupCell)
    store_rollup_requested = Signal(object)
    #: a linked figure was clicked in the details: obs_id
    observation_selected = Signal(int)

    def __init__(
        self,
        session: DeskSession,
        parent: QWidget | None = None,
        *,
        rollup_when_shown: bool = False,
    ) -> None:
        super().__init__(parent)
        self.session = session
        #: roll up only while shown (the desk's hidden dock: start-up does not pay for it)
        self._rollup_when_shown = rollup_when_shown
        self._rollup_stale = False
        self.model = ProjectTableModel(session, self)
        self.rollup_model = RollupTableModel(self)
        self._build_filters()
        self._build_buttons()
        self._build_table()
        self.details = details_browser(self.observation_selected.emit)
        self._build_rollup()
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self._table_box)
        top.addWidget(self.details)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        top.setSizes([900, 480])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self._rollup_box)
        self.splitter.setSizes([300, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter, 1)
        self._kept: list[int] = []  # the selection across a model reset
        self.model.rows_changed.connect(self._rows_changed)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._reselect)
        self._current_id: int | None = None
        self._rows_changed(self.model.rowCount())
        self.show_details(None)

    def sizeHint(self) -> QSize:
        return QSize(1300, 400)

    # --- building -------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.status_box = filter_box(translate("projects_panel", "any status"))
        self.technology_box = filter_box(translate("projects_panel", "any technology"))
        self.company = QLineEdit()
        self.company.setPlaceholderText(translate("projects_panel", "part of a company's name"))
        self.company.setClearButtonEnabled(True)
        self.company.setMinimumWidth(180)
        self.country = QLineEdit()
        self.country.setPlaceholderText(translate("projects_panel", "AZE, CHN, China…"))
        self.country.setClearButtonEnabled(True)
        self.country.setMinimumWidth(110)
        self.country.setMaximumWidth(170)
        self.count = QLabel()
        self._fill_choices()
        self.status_box.currentIndexChanged.connect(self._filters_changed)
        self.technology_box.currentIndexChanged.connect(self._filters_changed)
        self.company.textChanged.connect(self._filters_changed)
        self.country.textChanged.connect(self._filters_changed)

    def _build_buttons(self) -> None:
        self.add_button = button(
            translate("projects_panel", "Add project…"),
            translate("projects_panel", "Add a project with its companies and stages"),
            self.add_requested.emit,
        )
        self.edit_button = button(
            translate("projects_panel", "Edit…"),
            translate("projects_panel", "Change the selected project"),
            self._edit,
        )
        self.delete_button = button(
            translate("projects_panel", "Delete"),
            translate("projects_panel", "Delete the selected projects (Del; undo restores)"),
            self._delete,
        )
        self.link_button = button(
            translate("projects_panel", "Link to selected figure"),
            translate(
                "projects_panel",
                "Link the selected projects to the figure selected in the main table",
            ),
            self._link,
        )
        self.import_button = button(
            translate("projects_panel", "Import…"),
            translate("projects_panel", "Add projects from an XLSX or CSV file"),
            self.import_requested.emit,
        )
        self.export_button = button(
            translate("projects_panel", "Export…"),
            translate("projects_panel", "The registry to XLSX (every table) or CSV"),
            self.export_requested.emit,
        )

    def _build_table(self) -> None:
        self.view = ProjectTableView()
        setup_record_view(self.view, self.model, [c.width for c in COLUMNS], False)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.doubleClicked.connect(lambda _i: self._edit())
        self.view.delete_pressed.connect(self._delete)
        self.view.copy_pressed.connect(self.copy_rows)
        filters = QHBoxLayout()
        for label, w in (
            (translate("projects_panel", "Status"), self.status_box),
            (translate("projects_panel", "Technology"), self.technology_box),
            (translate("projects_panel", "Company"), self.company),
            (translate("projects_panel", "Country"), self.country),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(w, 1 if w is self.company else 0)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button, self.link_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        self._table_box = QWidget()
        box = QVBoxLayout(self._table_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(filters)
        box.addLayout(buttons)
        box.addWidget(self.view, 1)

    def _build_rollup(self) -> None:
        self.grouping_box = QComboBox()
        self.grouping_box.addItem(
            translate("projects_panel", "status and technology"), str(Grouping.STATUS)
        )
        self.grouping_box.addItem(
            translate("projects_panel", "year of the stage"), str(Grouping.YEAR)
        )
        self.grouping_box.currentIndexChanged.connect(lambda _i: self.rebuild_rollup())
        self.totals = QLabel()
        self.store_button = button(
            translate("projects_panel", "Store roll-up as figure…"),
            translate(
                "projects_panel",
                "Keep the selected roll-up row as a derived figure linked to its projects",
            ),
        )
        self.store_button.setEnabled(False)
        self.store_button.clicked.connect(self._store_rollup)
        self.rollup_view = QTableView()
        self.rollup_view.setModel(self.rollup_model)
        self.rollup_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rollup_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rollup_view.verticalHeader().hide()
        self.rollup_view.verticalHeader().setDefaultSectionSize(22)
        self.rollup_view.horizontalHeader().setStretchLastSection(False)
        self.rollup_view.selectionModel().selectionChanged.connect(self._rollup_selected)
        self.chart = CapacityChart()
        self.chart.bar_clicked.connect(self.select_year_cell)
        head = QHBoxLayout()
        head.addWidget(
            QLabel(translate("projects_panel", "<b>Roll-up</b> of the projects shown, by"))
        )
        head.addWidget(self.grouping_box)
        head.addWidget(self.totals, 1)
        head.addWidget(self.store_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.rollup_view)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        self._rollup_box = QWidget()
        column = QVBoxLayout(self._rollup_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(head)
        column.addWidget(split, 1)
        #: what sources count ("five projects, 1,570 MW") against what the registry knows
        self.counted = QLabel()
        self.counted.setWordWrap(True)
        self.counted.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.counted)

    # --- filters and contents -------------------------------------------------------------

    def _fill_choices(self) -> None:
        for box, column in ((self.status_box, "status"), (self.technology_box, "technology")):
            current = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for value in self.model.choices(column):
                box.addItem(words(value), value)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    def _filters_changed(self, *_: object) -> None:
        self.model.update_filter(
            status=str(self.status_box.currentData() or ""),
            technology=str(self.technology_box.currentData() or ""),
            company=self.company.text(),
            country=self.country.text(),
        )

    def _rows_changed(self, shown: int) -> None:
        self.count.setText(
            translate("projects_panel", "{shown} of {total} projects").format(
                shown=shown, total=len(self.model.view)
            )
        )
        self._fill_choices()
        self.rebuild_rollup()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._rollup_stale:
            self.rebuild_rollup()

    def rebuild_rollup(self) -> None:
        """The roll-up table, the capacity chart, totals and what sources count (when
        shown, if the panel was made ``rollup_when_shown``)."""
        self._rollup_stale = self._rollup_when_shown and not self.isVisible()
        if self._rollup_stale:
            return
        view, records = self.model.shown_view(), self.session.store.records
        grouping = Grouping(self.grouping_box.currentData())
        self.rollup_model.rebuild(view, records, grouping)
        self.rollup_view.resizeColumnsToContents()
        table = self.rollup_view  # as wide as its columns, never cut; the chart takes the rest
        table.setMinimumWidth(
            table.horizontalHeader().length()
            + table.verticalScrollBar().sizeHint().width()
            + 2 * table.frameWidth()
        )
        names = dict(zip(view["project_id"].astype(int), view["name"].astype(str), strict=True))
        self.chart.show_cells(rollup_cells(view, records, Grouping.YEAR), names)
        self.totals.setText(totals_text(view))
        counted = counted_html(records, self.session.store.source_label_by_id())
        self.counted.setText(counted)
        self.counted.setVisible(bool(counted))
        self._rollup_selected()

    # --- selection ------------------------------------------------------------------------

    def selected_project_ids(self) -> list[int]:
        return [self.model.project_id_at(r) for r in selected_rows(self.view)]

    def select_project(self, project_id: int) -> bool:
        row = self.model.row_of(project_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def _selection_changed(self, *_: object) -> None:
        ids = self.selected_project_ids()
        current = ids[0] if len(ids) == 1 else None
        self.show_details(current if ids else None, len(ids))
        self.edit_button.setEnabled(len(ids) == 1)
        self.delete_button.setEnabled(bool(ids))
        self.link_button.setEnabled(bool(ids))

    def show_details(self, project_id: int | None, selected: int = 0) -> None:
        self._current_id = project_id
        if project_id is None:
            chosen = translate("projects_panel", "{count} projects selected.")
            text = (
                f"<p><i>{chosen.format(count=selected)}</i></p>" if selected > 1 else no_project()
            )
            self.details.setHtml(text)
        else:
            self.details.setHtml(details_html(self.session.store, project_id))
        if selected == 0:
            for b in (self.edit_button, self.delete_button, self.link_button):
                b.setEnabled(False)

    def _remember(self) -> None:
        self._kept = self.selected_project_ids()

    def _reselect(self) -> None:
        for i, pid in enumerate(self._kept):
            row = self.model.row_of(pid)
            if row < 0:
                continue
            flag = (
                QItemSelectionModel.SelectionFlag.Select
                if i
                else (QItemSelectionModel.SelectionFlag.ClearAndSelect)
            )
            self.view.selectionModel().select(
                self.model.index(row, 0), flag | QItemSelectionModel.SelectionFlag.Rows
            )
        self._selection_changed()

    def _edit(self) -> None:
        ids = self.selected_project_ids()
        if len(ids) == 1:
            self.edit_requested.emit(ids[0])

    def _delete(self) -> None:
        ids = self.selected_project_ids()
        if ids:
            self.delete_requested.emit(ids)

    def _link(self) -> None:
        ids = self.selected_project_ids()
        if ids:
            self.link_requested.emit(ids)

    def copy_rows(self) -> str:
        """The selected projects as tab-separated text with a header (also on the
        clipboard), for a spreadsheet."""
        rows = selected_rows(self.view)
        titles = [self.model.title(c) for c in range(len(COLUMNS))]
        text = copy_rows(self.model, rows, titles)
        if not text:
            return ""
        self.session.bus.info(
            translate("projects_panel", "Copied {count} projects as tab-separated text.").format(
                count=len(rows)
            )
        )
        return text

    # --- roll-up ----------------------------------------------------------------------------

    def selected_cell(self) -> RollupCell | None:
        rows = self.rollup_view.selectionModel().selectedRows()
        return self.rollup_model.cell_at(rows[0].row()) if rows else None

    def select_rollup_row(self, row: int) -> None:
        self.rollup_view.selectRow(row)

    def select_year_cell(self, stage: str, year: int) -> None:
        """Show the roll-up by year with the (stage, year) row selected (a bar clicked)."""
        self.grouping_box.setCurrentIndex(self.grouping_box.findData(str(Grouping.YEAR)))
        row = self.rollup_model.row_of(stage, year)
        if row >= 0:
            self.rollup_view.selectRow(row)

    def _rollup_selected(self, *_: object) -> None:
        cell = self.selected_cell()
        usable = (
            cell is not None and cell.no_capacity < cell.projects and not math.isnan(cell.capacity)
        )
        self.store_button.setEnabled(usable)

    def _store_rollup(self) -> None:
        cell = self.selected_cell()
        if cell is not None:
            self.store_rollup_requested.emit(cell)
