"""The project registry as Qt tables: the projects (filtered, sorted) and their roll-up.

:class:`ProjectTableModel` adapts :func:`app.domain.projects.overview` to a table: the
overview is recomputed when the session's operations touch a project table or the links
(and when another workspace is opened); the filter (:class:`ProjectFilter`) and the sort
produce a row-order list over it, and each cell's text is prepared once per refresh.
:class:`RollupTableModel` shows the :class:`~app.domain.rollup_figures.RollupCell` s of the
rows shown. Neither decides anything: the domain computes, these translate.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from app.domain.countries import country_name
from app.domain.projects import overview
from app.domain.records import PROJECT_CHILDREN, STAGE_ORDER, date_sort_key
from app.domain.rollup_figures import Grouping, RollupCell, rollup_cells
from app.domain.units import format_quantity
from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.qt.record_table_model import ID_ROLE, Index, RecordTableModel
from app.qt.session import DeskSession

PROJECT_ID_ROLE = ID_ROLE
#: the record tables the projects table shows something of
PROJECT_TABLES = frozenset({"projects", *PROJECT_CHILDREN, "links"})
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
Row = dict[str, Any]


#: the registry's codes the desk shows as words: technologies, stages (a project's status is
#: its latest stage), company roles and the fields a sourced fact is about
WORDS: dict[str, object] = {
    "wind": QT_TRANSLATE_NOOP("project_model", "wind"),
    "offshore_wind": QT_TRANSLATE_NOOP("project_model", "offshore wind"),
    "solar": QT_TRANSLATE_NOOP("project_model", "solar"),
    "floating_solar": QT_TRANSLATE_NOOP("project_model", "floating solar"),
    "hydro": QT_TRANSLATE_NOOP("project_model", "hydro"),
    "gas": QT_TRANSLATE_NOOP("project_model", "gas"),
    "waste_to_energy": QT_TRANSLATE_NOOP("project_model", "waste to energy"),
    "storage": QT_TRANSLATE_NOOP("project_model", "storage"),
    "manufacturing": QT_TRANSLATE_NOOP("project_model", "manufacturing"),
    "other": QT_TRANSLATE_NOOP("project_model", "other"),
    "announced": QT_TRANSLATE_NOOP("project_model", "announced"),
    "agreement": QT_TRANSLATE_NOOP("project_model", "agreement"),
    "financing": QT_TRANSLATE_NOOP("project_model", "financing"),
    "construction": QT_TRANSLATE_NOOP("project_model", "construction"),
    "commissioned": QT_TRANSLATE_NOOP("project_model", "commissioned"),
    "cancelled": QT_TRANSLATE_NOOP("project_model", "cancelled"),
    "unknown": QT_TRANSLATE_NOOP("project_model", "unknown"),
    "developer": QT_TRANSLATE_NOOP("project_model", "developer"),
    "epc": QT_TRANSLATE_NOOP("project_model", "EPC"),
    "investor": QT_TRANSLATE_NOOP("project_model", "investor"),
    "lender": QT_TRANSLATE_NOOP("project_model", "lender"),
    "supplier": QT_TRANSLATE_NOOP("project_model", "supplier"),
    "operator": QT_TRANSLATE_NOOP("project_model", "operator"),
    "government": QT_TRANSLATE_NOOP("project_model", "government"),
    "name": QT_TRANSLATE_NOOP("project_model", "name"),
    "other_names": QT_TRANSLATE_NOOP("project_model", "other names"),
    "country": QT_TRANSLATE_NOOP("project_model", "country"),
    "partner": QT_TRANSLATE_NOOP("project_model", "partner"),
    "technology": QT_TRANSLATE_NOOP("project_model", "technology"),
    "capacity": QT_TRANSLATE_NOOP("project_model", "capacity"),
    "capacity_unit": QT_TRANSLATE_NOOP("project_model", "capacity unit"),
    "investment": QT_TRANSLATE_NOOP("project_model", "investment"),
    "investment_unit": QT_TRANSLATE_NOOP("project_model", "investment unit"),
    "location": QT_TRANSLATE_NOOP("project_model", "location"),
    "note": QT_TRANSLATE_NOOP("project_model", "note"),
}


def words(code: str) -> str:
    """A registry code in the desk's language: "offshore wind" for offshore_wind (a code
    the vocabulary does not know is shown with spaces for its underscores)."""
    if code in WORDS:
        return translate("project_model", str(WORDS[code]))
    return code.replace("_", " ")


@dataclass(frozen=True)
class ProjectFilter:
    """What the filter row asks for; '' is "any"."""

    status: str = ""
    technology: str = ""
    company: str = ""  # a part of a company's name, any case
    country: str = ""  # a part of the host or partner country's code or name

    def mask(self, view: pd.DataFrame) -> np.ndarray:
        keep = np.ones(len(view), dtype=bool)
        if self.status:
            keep &= (view["status"] == self.status).to_numpy()
        if self.technology:
            keep &= (view["technology"] == self.technology).to_numpy()
        if self.company.strip():
            needle = self.company.strip().casefold()
            keep &= np.array([needle in str(c).casefold() for c in view["companies"]], bool)
        if self.country.strip():
            needle = self.country.strip().casefold()
            keep &= np.array(
                [
                    any(needle in t.casefold() for c in (a, b) for t in (c, country_name(c)))
                    for a, b in zip(view["country"], view["partner"], strict=True)
                ],
                bool,
            )
        return keep


@dataclass(frozen=True)
class ProjectColumn:
    title: object  # English, marked for the catalogue: :meth:`ProjectTableModel.title`
    display: Callable[[Row], str]
    sort_key: Callable[[Row], Any]  # None: no value (sorted last)
    width: int
    align: int = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    tooltip: Callable[[Row], str] | None = None


def _capacity(r: Row) -> str:
    return format_quantity(float(r["capacity"]), str(r["capacity_unit"]))


def _status(r: Row) -> str:
    return " ".join(t for t in (words(r["status"]), r["status_date"]) if t)


def _next(r: Row) -> str:
    if not r["next_stage"]:
        return ""
    text = translate("project_model", "{stage} {date} (planned)")
    return text.format(stage=words(r["next_stage"]), date=r["next_date"]).replace("  ", " ")


def _status_key(r: Row) -> tuple[int, str]:
    return STAGE_ORDER.get(r["status"], -1), date_sort_key(r["status_date"])


def _number_key(r: Row) -> float | None:
    value = float(r["capacity"])
    return None if math.isnan(value) else value


COLUMNS: tuple[ProjectColumn, ...] = (
    ProjectColumn(
        QT_TRANSLATE_NOOP("project_model", "Name"),
        lambda r: str(r["name"]),
        lambda r: str(r["name"]).casefold(),
        260,
        tooltip=lambda r: str(r["name"]),
    ),
    ProjectColumn(
        QT_TRANSLATE_NOOP("project_model", "Technology"),
        lambda r: words(r["technology"]),
        lambda r: r["technology"],
        112,
    ),
    ProjectColumn(
        QT_TRANSLATE_NOOP("project_model", "Capacity"), _capacity, _number_key, 80, RIGHT
    ),
    ProjectColumn(QT_TRANSLATE_NOOP("project_model", "Status"), _status, _status_key, 170),
    ProjectColumn(
        QT_TRANSLATE_NOOP("project_model", "Next (planned)"),
        _next,
        lambda r: (r["next_date"] or "9999", r["next_stage"]),
        195,
    ),
    ProjectColumn(
        QT_TRANSLATE_NOOP("project_model", "Companies"),
        lambda r: str(r["companies"]),
        lambda r: str(r["companies"]).casefold(),
        300,
        tooltip=lambda r: str(r["companies"]).replace("; ", "\n"),
    ),
    ProjectColumn(
        QT_TRANSLATE_NOOP("project_model", "Country / partner"),
        lambda r: " / ".join(t for t in (r["country"], r["partner"]) if t),
        lambda r: (r["country"], r["partner"]),
        110,
        tooltip=lambda r: " / ".join(country_name(c) for c in (r["country"], r["partner"]) if c),
    ),
    ProjectColumn(
        QT_TRANSLATE_NOOP("project_model", "Sources"),
        lambda r: str(len(r["source_ids"])),
        lambda r: len(r["source_ids"]),
        60,
        RIGHT,
    ),
)


class ProjectTableModel(RecordTableModel):
    """Adapts the session's project overview to a table: rows are positions in
    :attr:`order` over :attr:`view`, columns are :data:`COLUMNS`."""

    KEY = "project_id"
    TITLES = tuple(str(c.title) for c in COLUMNS)
    TABLES = PROJECT_TABLES

    def __init__(self, session: DeskSession, parent: Any = None) -> None:
        super().__init__(session, ProjectFilter(), parent)
        self.sort_by: tuple[int, bool] | None = None  # column, ascending
        self._rows: list[Row] = []
        self.refresh()

    # --- contents -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute the overview (after a change of the registry or a new workspace)."""
        self._reorder(overview(self._session.store.records))

    def _take(self, view: pd.DataFrame) -> None:
        self.view = view
        self._rows = cast(list[Row], view.to_dict("records"))

    def _arrange(self, shown: list[int]) -> list[int]:
        if self.sort_by is None:
            return shown
        column, ascending = self.sort_by
        keys = {i: COLUMNS[column].sort_key(self._rows[i]) for i in shown}
        # stable either way (ties keep the registry's order); rows without a value last
        present = sorted(
            (i for i in shown if keys[i] is not None),
            key=keys.__getitem__,
            reverse=not ascending,
        )
        return present + [i for i in shown if keys[i] is None]

    def _fill(self) -> None:
        self._cells = [[c.display(self._rows[i]) for c in COLUMNS] for i in self.order]

    def shown_view(self) -> pd.DataFrame:
        """The overview rows shown, in the order shown."""
        return self.view.iloc[self.order]

    def choices(self, column: str) -> list[str]:
        """Distinct statuses or technologies of the registry (for the filter boxes)."""
        values = {str(v) for v in self.view[column]} - {""} if len(self.view) else set()
        if column == "status":
            return sorted(values, key=lambda s: (STAGE_ORDER.get(s, -1), s))
        return sorted(values)

    def project_id_at(self, row: int) -> int:
        return self.id_at(row)

    def project_row(self, project_id: int) -> Row | None:
        """The overview of one project (shown or not)."""
        return next((r for r in self._rows if int(r["project_id"]) == project_id), None)

    # --- Qt interface ---------------------------------------------------------------------

    def _role_data(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = COLUMNS[column].tooltip
            return tip(self._rows[self.order[row]]) if tip else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return COLUMNS[column].align
        return None

    def title(self, section: int) -> str:
        return translate("project_model", str(COLUMNS[section].title))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_by = (column, order == Qt.SortOrder.AscendingOrder)
        self._reorder()


# --- roll-up ------------------------------------------------------------------------------

ROLLUP_HEADERS = {
    Grouping.STATUS: (
        QT_TRANSLATE_NOOP("project_model", "Status"),
        QT_TRANSLATE_NOOP("project_model", "Technology"),
        QT_TRANSLATE_NOOP("project_model", "Projects"),
        QT_TRANSLATE_NOOP("project_model", "Capacity"),
        QT_TRANSLATE_NOOP("project_model", "Without capacity"),
    ),
    Grouping.YEAR: (
        QT_TRANSLATE_NOOP("project_model", "Year"),
        QT_TRANSLATE_NOOP("project_model", "Stage"),
        QT_TRANSLATE_NOOP("project_model", "Projects"),
        QT_TRANSLATE_NOOP("project_model", "Capacity"),
        QT_TRANSLATE_NOOP("project_model", "Without capacity"),
    ),
}


class RollupTableModel(QAbstractTableModel):
    """The roll-up cells of the projects shown, by status and technology or by year."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grouping = Grouping.STATUS
        self.cells: list[RollupCell] = []
        self._names: dict[int, str] = {}

    def rebuild(
        self, view: pd.DataFrame, records: dict[str, pd.DataFrame], grouping: Grouping
    ) -> None:
        self.beginResetModel()
        self.grouping = grouping
        self.cells = rollup_cells(view, records, grouping)
        self._names = dict(zip(view["project_id"].astype(int), view["name"], strict=True))
        self.endResetModel()

    def cell_at(self, row: int) -> RollupCell | None:
        return self.cells[row] if 0 <= row < len(self.cells) else None

    def row_of(self, stage: str, year: int | None, technology: str = "") -> int:
        for row, c in enumerate(self.cells):
            if (c.stage, c.year, c.technology) == (stage, year, technology):
                return row
        return -1

    def names(self, cell: RollupCell) -> list[str]:
        return [self._names.get(i, str(i)) for i in cell.project_ids]

    def _text(self, cell: RollupCell, column: int) -> str:
        if column == 0:
            return str(cell.year) if cell.year is not None else words(cell.stage)
        if column == 1:
            return words(cell.stage if cell.year is not None else cell.technology)
        if column == 2:
            return str(cell.projects)
        if column == 3:
            return (
                format_quantity(cell.capacity, cell.unit)
                if cell.no_capacity < cell.projects
                else "—"
            )
        return str(cell.no_capacity) if cell.no_capacity else ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ROLLUP_HEADERS[self.grouping])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role
            not in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.TextAlignmentRole,
            )
            or not index.isValid()
        ):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if index.column() >= 2 else None
        cell = self.cells[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self.names(cell))
        return self._text(cell, index.column())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        headers = ROLLUP_HEADERS[self.grouping]
        if (
            role != Qt.ItemDataRole.DisplayRole
            or orientation != Qt.Orientation.Horizontal
            or not 0 <= section < len(headers)
        ):
            return None
        return translate("project_model", str(headers[section]))
