"""Project commands: add, edit, delete, link to a figure, import, export, and keep a
roll-up as a figure.

Each asks for what it needs (the project dialog, a confirmation, a file, an indicator),
turns the answer into one :class:`~app.domain.edits.Edit` and pushes it on the session's
undo stack; files are read and written by :mod:`app.services.projects_io` in the task
runner. Takes the desk context, a parent widget, the projects panel (whose request signals
it answers) and a callable naming the figure selected in the main table, never the window.

:class:`ProjectsDock` holds the panel and these commands in the window's Projects dock,
both made when the dock is first shown (the panel, the dialog and the roll-ups are imported
then too).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from app.domain.edits import AddRecords, Edit
from app.domain.projects import delete_projects, link_edit
from app.qt.catalogue_model import indicator_display_name
from app.qt.context import DeskContext
from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.qt.settings import EXPORT_LAST_DIR

if TYPE_CHECKING:  # the panel, its dialog and the roll-ups: imported when first used
    from app.domain.rollup_figures import RollupCell
    from app.ui.project_dialog import ProjectDialog
    from app.ui.projects_panel import ProjectsPanel

#: app.services.projects_io.FILE_FILTER as the file dialogs show it (a test keeps them equal)
FILE_FILTER = QT_TRANSLATE_NOOP("project_actions", "Excel workbook (*.xlsx);;CSV table (*.csv)")


def cell_words(cell: RollupCell) -> str:
    """A roll-up cell in the desk's language: "2025 · agreement", "agreement · solar"."""
    from app.qt.project_model import words

    head = str(cell.year) if cell.year is not None else words(cell.stage)
    tail = words(cell.stage if cell.year is not None else cell.technology)
    return " · ".join(t for t in (head, tail) if t)


class ProjectActions:
    def __init__(
        self,
        ctx: DeskContext,
        parent: QWidget,
        panel: ProjectsPanel,
        *,
        current_obs_id: Callable[[], int | None],
    ) -> None:
        self.ctx = ctx
        self.parent = parent
        self.panel = panel
        self.current_obs_id = current_obs_id
        panel.add_requested.connect(self.add_project)
        panel.edit_requested.connect(self.edit_project)
        panel.delete_requested.connect(self.delete_projects)
        panel.link_requested.connect(self.link_to_figure)
        panel.import_requested.connect(self.import_file)
        panel.export_requested.connect(self.export_file)
        panel.store_rollup_requested.connect(self.store_rollup)

    @property
    def records(self) -> dict[str, pd.DataFrame]:
        return self.ctx.session.store.records

    # --- add, edit, delete, link ----------------------------------------------------------

    def add_project(self) -> None:
        from app.ui.project_dialog import ProjectDialog

        self._run_dialog(ProjectDialog(self.records, None, self._defaults(), self.parent))

    def edit_project(self, project_id: int) -> None:
        from app.ui.project_dialog import ProjectDialog

        self._run_dialog(ProjectDialog(self.records, project_id, parent=self.parent))

    def _run_dialog(self, dialog: ProjectDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.edit is not None:
            self._push(dialog.edit, select=dialog.project_id)

    def _defaults(self) -> dict[str, Any]:
        """A new project's country and partner: the registry's most common ones."""
        projects = self.records["projects"]
        out: dict[str, Any] = {}
        for column in ("country", "partner"):
            common = Counter(str(c) for c in projects[column] if c).most_common(1)
            out[column] = common[0][0] if common else ""
        return out

    def delete_projects(self, ids: list[int]) -> None:
        if not ids:
            return
        names = self.ctx.session.store.record_rows("projects", ids)["name"].tolist()
        shown = "\n".join(f"• {n}" for n in names[:8]) + ("\n…" if len(names) > 8 else "")
        answer = QMessageBox.question(
            self.parent,
            translate("project_actions", "Delete projects"),
            translate(
                "project_actions",
                "Delete {count} project(s) with their companies, stages, facts and links?"
                "\n\n{names}\n\n(Undo restores them.)",
            ).format(count=len(ids), names=shown),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._push(delete_projects(self.records, ids))

    def link_to_figure(self, ids: list[int]) -> None:
        obs_id = self.current_obs_id()
        if obs_id is None:
            self.ctx.bus.info(
                translate(
                    "project_actions", "Select a figure in the main table first, then link it."
                )
            )
            return
        edit = link_edit(
            self.records,
            "observations",
            [obs_id],
            "projects",
            ids,
            f"Link figure #{obs_id} to {len(ids)} project(s)",
        )
        if not edit.forward():
            self.ctx.bus.info(
                translate(
                    "project_actions",
                    "Figure #{obs_id} is already linked to the selected projects.",
                ).format(obs_id=obs_id)
            )
            return
        if self._push(edit):
            self.ctx.bus.info(
                translate(
                    "project_actions", "Linked figure #{obs_id} to {count} project(s)."
                ).format(obs_id=obs_id, count=len(ids))
            )

    # --- roll-up as a figure --------------------------------------------------------------

    def store_rollup(self, cell: RollupCell, indicator: str | None = None) -> None:
        """Keep ``cell`` as a derived figure (asks for the indicator when not given)."""
        code = indicator or self._ask_indicator(cell)
        if not code:
            return
        from app.domain.rollup_figures import rollup_figure_edit

        store = self.ctx.session.store
        try:
            edit = rollup_figure_edit(store, cell, code, dt.date.today().isoformat())
        except ValueError as exc:
            self.ctx.bus.warning(
                translate("project_actions", "Not stored: {error}").format(error=exc)
            )
            return
        if self._push(edit):
            self.ctx.bus.info(
                translate("project_actions", "{edit}: derived figure #{obs_id}.").format(
                    edit=edit.text, obs_id=store.next_obs_id() - 1
                )
            )

    def _ask_indicator(self, cell: RollupCell) -> str:
        catalogue = self.ctx.session.store.indicators
        fits = catalogue[catalogue["unit"] == cell.unit] if len(catalogue) else catalogue
        codes = [str(c) for c in fits["code"]]
        if not codes:
            self.ctx.bus.warning(
                translate(
                    "project_actions", "No indicator of the catalogue is measured in {unit}."
                ).format(unit=cell.unit)
            )
            return ""
        names = [indicator_display_name(str(n)) for n in fits["name"]]
        items = [f"{n} ({c})" for c, n in zip(fits["code"], names, strict=True)]
        from app.domain.rollup_figures import default_indicator

        default = default_indicator(cell)
        choice, ok = QInputDialog.getItem(
            self.parent,
            translate("project_actions", "Store roll-up as figure"),
            translate(
                "project_actions", "{cell}: {count} projects.\nIndicator of the derived figure:"
            ).format(cell=cell_words(cell), count=cell.projects),
            items,
            codes.index(default) if default in codes else 0,
            False,
        )
        return codes[items.index(choice)] if ok and choice in items else ""

    # --- files ------------------------------------------------------------------------------

    def export_file(self, path: str = "") -> None:
        if not path:
            path = self._ask_path(save=True)
        if not path:
            return
        from app.services.projects_io import export_projects  # openpyxl: not at start-up

        target = Path(path)
        records = dict(self.records)  # the frames are replaced on change, never mutated
        labels = self.ctx.session.store.source_label_by_id()
        n = len(records["projects"])

        def work(*_: object) -> None:
            export_projects(records, target, labels)

        self.ctx.runner.start(
            work,
            on_done=lambda _r: self.ctx.bus.info(
                translate("project_actions", "Exported {count} projects to {file}.").format(
                    count=n, file=target.name
                )
            ),
            on_error=lambda m, d: self.ctx.bus.error(
                translate("project_actions", "Could not export the projects: {error}").format(
                    error=m
                ),
                d,
            ),
        )

    def import_file(self, path: str = "") -> None:
        if not path:
            path = self._ask_path(save=False)
        if not path:
            return
        from app.services.projects_io import import_projects  # openpyxl: not at start-up

        source = Path(path)
        records = dict(self.records)
        known = set(self.ctx.session.store.sources["source_id"].astype(int))

        def work(*_: object) -> AddRecords:
            return import_projects(source, records, known)

        def done(edit: AddRecords) -> None:
            if self._push(edit):
                self.ctx.bus.info(
                    translate("project_actions", "{edit} from {file}.").format(
                        edit=edit.text, file=source.name
                    )
                )

        def failed(message: str, _details: str) -> None:
            self.ctx.bus.warning(
                translate("project_actions", "Nothing imported from {file}: {error}").format(
                    file=source.name, error=message
                )
            )

        self.ctx.runner.start(work, on_done=done, on_error=failed)

    def _ask_path(self, save: bool) -> str:
        folder = self.ctx.settings.get(EXPORT_LAST_DIR)
        filters = translate("project_actions", str(FILE_FILTER))
        if save:
            path, chosen = QFileDialog.getSaveFileName(
                self.parent,
                translate("project_actions", "Export projects"),
                str(Path(folder) / "projects.xlsx"),
                filters,
            )
            if path and not Path(path).suffix:
                path += ".csv" if "csv" in chosen.lower() else ".xlsx"
        else:
            path, _ = QFileDialog.getOpenFileName(
                self.parent, translate("project_actions", "Import projects"), folder, filters
            )
        if path:
            self.ctx.settings.set(EXPORT_LAST_DIR, str(Path(path).parent))
        return path

    # --- pushing ----------------------------------------------------------------------------

    def _push(self, edit: Edit, select: int | None = None) -> bool:
        before = set(self.records["projects"]["project_id"].astype(int))
        if not self.ctx.session.push(edit):
            return False
        added = sorted(set(self.records["projects"]["project_id"].astype(int)) - before)
        target = added[0] if added else select
        if target is not None:
            self.panel.select_project(target)
        return True


class ProjectsDock:
    """The Projects dock (bottom, hidden until View > Projects): the dock exists from the
    start (View > Projects and a saved window state that shows it find it by name); its
    panel and the panel's commands are made when it is first shown or used, so start-up
    does not pay for a registry that stays hidden. Takes the main window as the dock's home
    and the commands' parent, and the callables the panel needs, never the window's
    members."""

    def __init__(
        self,
        ctx: DeskContext,
        window: QMainWindow,
        title: str,
        current_obs_id: Callable[[], int | None],
        select_obs: Callable[[int], object],
    ) -> None:
        self.ctx = ctx
        self.window = window
        self._current_obs_id = current_obs_id
        self._select_obs = select_obs
        self._panel: ProjectsPanel | None = None
        self.actions: ProjectActions | None = None
        self.dock = QDockWidget(title, window)
        self.dock.setObjectName("projects_dock")  # the name the saved window state knows
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()  # View > Projects; the saved window state may show it
        self.dock.visibilityChanged.connect(self._visibility_changed)

    def _visibility_changed(self, visible: bool) -> None:
        if visible and self._panel is None:
            self.panel  # noqa: B018 - made in its dock as the dock is first shown

    @property
    def panel(self) -> ProjectsPanel:
        """The projects panel in its dock with its commands wired, made on first use."""
        if self._panel is None:
            from app.ui.projects_panel import ProjectsPanel

            panel = ProjectsPanel(self.ctx.session, rollup_when_shown=True)
            self.actions = ProjectActions(
                self.ctx, self.window, panel, current_obs_id=self._current_obs_id
            )
            panel.observation_selected.connect(self._select_obs)
            self._panel = panel
            self.dock.setWidget(panel)
        return self._panel
