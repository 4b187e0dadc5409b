"""The Projects view: the registry filtered and sorted, the selected project's details with
the source of every company, stage and fact, and a roll-up of the projects shown (a table by
status and technology or by year, and signed vs commissioned capacity by year as bars).

The panel shows and selects; what the buttons do (dialogs, confirmations, files, edits) is
:class:`app.ui.project_actions.ProjectActions`' work, reached through the request signals.
Delete and Ctrl+C act on the projects table when it has the focus (before the window's
own Delete and Copy, which act on the figures).
"""

from __future__ import annotations

import html
import math
from typing import Any, cast

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QItemSelectionModel, QPointF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.chart import PALETTE
from app.domain.model import qualified_quantity
from app.domain.records import STAGE_ORDER, ProjectStage, date_sort_key
from app.domain.rollup_figures import Grouping, RollupCell, rollup_cells
from app.domain.store import ObservationStore
from app.domain.units import format_quantity
from app.qt.project_model import (
    COLUMNS,
    ProjectTableModel,
    RollupTableModel,
    words,
)
from app.qt.session import DeskSession

#: the stages drawn as bars, with their legend words and colours
BAR_STAGES = (
    (str(ProjectStage.AGREEMENT), "signed (agreement)", PALETTE[0]),
    (str(ProjectStage.COMMISSIONED), "commissioned", PALETTE[2]),
)
BAR_WIDTH = 0.38
LEGEND_HEADROOM = 1.3
ANY = ""


# --- details ----------------------------------------------------------------------------


def details_html(store: ObservationStore, project_id: int) -> str:
    """Everything the registry holds on one project, each item with its source and quote."""
    records = store.records
    projects = records["projects"]
    hit = projects[projects["project_id"] == project_id]
    if hit.empty:
        return "<p><i>Select a project to see its companies, stages and sources.</i></p>"
    p = hit.iloc[0]
    labels = store.source_label_by_id()
    e = html.escape
    facts = [
        ("Other names", str(p["other_names"]).replace(" | ", "; ")),
        ("Technology", words(str(p["technology"]))),
        ("Capacity", format_quantity(float(p["capacity"]), str(p["capacity_unit"]))),
        ("Investment", format_quantity(float(p["investment"]), str(p["investment_unit"]))),
        ("Country / partner", " / ".join(c for c in (p["country"], p["partner"]) if c)),
        ("Location", str(p["location"])),
        ("Note", str(p["note"])),
    ]
    parts = [f"<h3>{e(str(p['name']))}</h3>", _table(facts)]
    own = records["project_parties"][records["project_parties"]["project_id"] == project_id]
    parts.append(_section("Companies", [_party(r, labels) for r in _rows(own)]))
    stages = records["project_stages"][records["project_stages"]["project_id"] == project_id]
    ordered = sorted(
        _rows(stages),
        key=lambda r: (date_sort_key(str(r["date"])), STAGE_ORDER.get(r["stage"], -1)),
    )
    parts.append(_section("Stages", [_stage(r, labels) for r in ordered]))
    own_facts = records["project_facts"][records["project_facts"]["project_id"] == project_id]
    parts.append(_section("Facts", [_fact(r, labels) for r in _rows(own_facts)]))
    parts.append(_section("Linked figures", _figures(store, project_id)))
    return "".join(parts)


def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], frame.to_dict("records"))


def _table(rows: list[tuple[str, str]]) -> str:
    e = html.escape
    body = "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in rows if v)
    return f"<table cellspacing='3'>{body}</table>"


def _section(title: str, items: list[str]) -> str:
    if not items:
        return f"<p><b>{title}</b>: <i>none recorded</i></p>"
    return f"<p><b>{title}</b></p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>"


def _sourced(source_id: int, quote: str, labels: dict[int, str]) -> str:
    e = html.escape
    label = labels.get(int(source_id), "") if int(source_id) >= 0 else ""
    said = f" “<i>{e(quote)}</i>”" if quote else ""
    return f" — <span style='color:#555'>{e(label) or 'no source'}</span>{said}"


def _party(r: dict[str, Any], labels: dict[int, str]) -> str:
    tags = ", ".join(
        t for t in ("EPC" if r["role"] == "epc" else r["role"], r["company_country"]) if t
    )
    head = f"<b>{html.escape(str(r['company']))}</b>" + (f" ({html.escape(tags)})" if tags else "")
    return head + _sourced(r["source_id"], str(r["quote"]), labels)


def _stage(r: dict[str, Any], labels: dict[int, str]) -> str:
    planned = " <b>planned</b>" if bool(r["expected"]) else ""
    date = html.escape(str(r["date"]) or "undated")
    return f"{html.escape(words(str(r['stage'])))} {date}{planned}" + _sourced(
        r["source_id"], str(r["quote"]), labels
    )


def _fact(r: dict[str, Any], labels: dict[int, str]) -> str:
    return f"{html.escape(words(str(r['field'])))}: {html.escape(str(r['value']))}" + _sourced(
        r["source_id"], str(r["quote"]), labels
    )


def _figures(store: ObservationStore, project_id: int) -> list[str]:
    links = store.records["links"]
    hit = (
        (links["to_table"] == "projects")
        & (links["to_id"] == str(project_id))
        & (links["from_table"] == "observations")
    )
    ids = sorted({int(i) for i in links.loc[hit, "from_id"]})
    obs = store.observations
    rows = obs[obs["obs_id"].isin(ids)]
    names = store.indicator_names()
    out = []
    for r in rows.to_dict("records"):
        value = qualified_quantity(float(r["value"]), str(r["unit"]), str(r["qualifier"]))
        name = names.get(str(r["indicator"]), str(r["indicator"]))
        who = " → ".join(c for c in (str(r["reporter"]), str(r["partner"])) if c)
        out.append(
            f"<a href='obs:{int(r['obs_id'])}'>#{int(r['obs_id'])}</a> {html.escape(name)}: "
            f"<b>{html.escape(value)}</b>, {html.escape(str(r['period_text']))} "
            f"<span style='color:#555'>({html.escape(who)}, {html.escape(str(r['status']))})</span>"
        )
    missing = len(ids) - len(out)
    if missing:
        out.append(f"<i>{missing} linked figure(s) no longer in the workspace</i>")
    return out


# --- the table --------------------------------------------------------------------------


class ProjectTableView(QTableView):
    """Takes Delete and Ctrl+C before the window's actions do, while it has the focus."""

    delete_pressed = Signal()
    copy_pressed = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._ours(event):  # type: ignore[arg-type]
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete):
            self.delete_pressed.emit()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy_pressed.emit()
        else:
            super().keyPressEvent(event)

    @staticmethod
    def _ours(event: QKeyEvent) -> bool:
        return event.matches(QKeySequence.StandardKey.Delete) or event.matches(
            QKeySequence.StandardKey.Copy
        )


# --- the chart --------------------------------------------------------------------------


class CapacityChart(QWidget):
    """Signed vs commissioned capacity by year: grouped bars, a legend, and a tooltip on
    each bar naming its projects. Clicking a bar reports its (stage, year)."""

    bar_clicked = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget()
        self.plot.setBackground("w")
        self.plot.showGrid(y=True, alpha=0.2)
        self.plot.setLabel("left", "MW")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        # one line at the top right, above the bars (see LEGEND_HEADROOM)
        self.legend = self.plot.addLegend(
            offset=(-6, 1),
            brush=pg.mkBrush(255, 255, 255, 220),
            labelTextColor="#333",
            colCount=len(BAR_STAGES),
            verSpacing=-6,
        )
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.title = QLabel("<b>Capacity by year</b>: signed vs commissioned")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        self.bars: dict[tuple[str, int], pg.BarGraphItem] = {}

    def show_cells(self, cells: list[RollupCell], names: dict[int, str]) -> None:
        for item in self.bars.values():
            self.plot.removeItem(item)
        self.bars = {}
        self.legend.clear()
        years = sorted({c.year for c in cells if c.year is not None})
        for i, (stage, label, colour) in enumerate(BAR_STAGES):
            sample = pg.BarGraphItem(x=[0], height=[0], width=1, brush=colour, pen=colour)
            self.legend.addItem(sample, label)
            for c in cells:
                if c.stage != stage or c.year is None:
                    continue
                x = c.year + (i - 0.5) * BAR_WIDTH
                bar = pg.BarGraphItem(
                    x=[x], height=[c.capacity], width=BAR_WIDTH, brush=colour, pen=colour
                )
                listed = "\n".join(f"• {names.get(p, str(p))}" for p in c.project_ids)
                extra = f"\n({c.no_capacity} without capacity)" if c.no_capacity else ""
                bar.setToolTip(
                    f"{c.year}, {label}: {format_quantity(c.capacity, c.unit)}, "
                    f"{c.projects} project(s)\n{listed}{extra}"
                )
                self.plot.addItem(bar)
                self.bars[(stage, c.year)] = bar
        axis = self.plot.getAxis("bottom")
        every = range(years[0], years[-1] + 1) if years else range(0)
        axis.setTicks([[(y, str(y)) for y in every]])
        if years:
            top = max((c.capacity for c in cells), default=0.0)
            self.plot.setXRange(years[0] - 0.7, years[-1] + 0.7, padding=0)
            # headroom above the tallest bar keeps the legend clear of the bars
            self.plot.setYRange(0, max(top, 1.0) * LEGEND_HEADROOM, padding=0)

    def heights(self) -> dict[tuple[str, int], float]:
        """Each bar's height (tests)."""
        return {k: float(b.opts["height"][0]) for k, b in self.bars.items()}

    def _clicked(self, event: Any) -> None:
        point = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        hit = self.bar_at(point)
        if hit is not None:
            self.bar_clicked.emit(*hit)

    def bar_at(self, point: QPointF) -> tuple[str, int] | None:
        for (stage, year), bar in self.bars.items():
            x, h = float(bar.opts["x"][0]), float(bar.opts["height"][0])
            if abs(point.x() - x) <= BAR_WIDTH / 2 and 0 <= point.y() <= h:
                return stage, year
        return None


# --- the panel --------------------------------------------------------------------------


def _filter_box(any_text: str) -> QComboBox:
    box = QComboBox()
    box.addItem(any_text, ANY)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return box


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    return button


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

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ProjectTableModel(session, self)
        self.rollup_model = RollupTableModel(self)
        self._build_filters()
        self._build_buttons()
        self._build_table()
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._anchor)
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
        self.status_box = _filter_box("any status")
        self.technology_box = _filter_box("any technology")
        self.company = QLineEdit()
        self.company.setPlaceholderText("part of a company's name")
        self.company.setClearButtonEnabled(True)
        self.company.setMinimumWidth(180)
        self.country = QLineEdit()
        self.country.setPlaceholderText("AZE, CHN, China…")
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
        self.add_button = _button("Add project…", "Add a project with its companies and stages")
        self.edit_button = _button("Edit…", "Change the selected project")
        self.delete_button = _button("Delete", "Delete the selected projects (Del; undo restores)")
        self.link_button = _button(
            "Link to selected figure",
            "Link the selected projects to the figure selected in the main table",
        )
        self.import_button = _button("Import…", "Add projects from an XLSX or CSV file")
        self.export_button = _button("Export…", "The registry to XLSX (every table) or CSV")
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self.link_button.clicked.connect(self._link)
        self.import_button.clicked.connect(self.import_requested)
        self.export_button.clicked.connect(self.export_requested)

    def _build_table(self) -> None:
        self.view = ProjectTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        for i, column in enumerate(COLUMNS):
            header.resizeSection(i, column.width)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.doubleClicked.connect(lambda _i: self._edit())
        self.view.delete_pressed.connect(self._delete)
        self.view.copy_pressed.connect(self.copy_rows)
        filters = QHBoxLayout()
        for label, w in (
            ("Status", self.status_box),
            ("Technology", self.technology_box),
            ("Company", self.company),
            ("Country", self.country),
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
        self.grouping_box.addItem("status and technology", str(Grouping.STATUS))
        self.grouping_box.addItem("year of the stage", str(Grouping.YEAR))
        self.grouping_box.currentIndexChanged.connect(lambda _i: self.rebuild_rollup())
        self.totals = QLabel()
        self.store_button = _button(
            "Store roll-up as figure…",
            "Keep the selected roll-up row as a derived figure linked to its projects",
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
        head.addWidget(QLabel("<b>Roll-up</b> of the projects shown, by"))
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
        self.count.setText(f"{shown} of {len(self.model.view)} projects")
        self._fill_choices()
        self.rebuild_rollup()

    def rebuild_rollup(self) -> None:
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
        mw = view["capacity"].where(view["capacity_unit"] == "MW")
        self.totals.setText(
            f"{len(view)} projects, {format_quantity(float(np.nansum(mw)), 'MW')}"
            + (f"; {int(mw.isna().sum())} without capacity" if mw.isna().any() else "")
        )
        self._rollup_selected()

    # --- selection ------------------------------------------------------------------------

    def selected_project_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.project_id_at(r) for r in rows]

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
            text = (
                f"<p><i>{selected} projects selected.</i></p>"
                if selected > 1
                else "<p><i>Select a project to see its companies, stages and sources.</i></p>"
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

    def _anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("obs:") and text[4:].isdigit():
            self.observation_selected.emit(int(text[4:]))

    def copy_rows(self) -> str:
        """The selected projects as tab-separated text with a header (also on the
        clipboard), for a spreadsheet."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows:
            return ""
        lines = ["\t".join(c.title for c in COLUMNS)]
        for r in rows:
            cells = (self.model.data(self.model.index(r, c)) or "" for c in range(len(COLUMNS)))
            lines.append("\t".join(str(t).replace("\t", " ").replace("\n", " ") for t in cells))
        text = "\n".join(lines)
        QGuiApplication.clipboard().setText(text)
        self.session.bus.info(f"Copied {len(rows)} projects as tab-separated text.")
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
