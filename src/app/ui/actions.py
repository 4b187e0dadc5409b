"""Menu and toolbar actions as data: id, text, shortcut, icon, menu, handler.

The main window builds its menus and toolbar from :data:`ACTIONS` and connects each
action to its ``handler``: "controller.method" names a method of one of the window's
controllers (``workspaces``: :class:`~app.ui.workspace_actions.WorkspaceActions`,
``edits``: :class:`~app.ui.edit_actions.EditActions`, ``exports``:
:class:`~app.ui.export_actions.ExportActions`, ``views``:
:class:`~app.ui.view_actions.ViewActions`, ``analysis``:
:class:`~app.ui.analysis_actions.AnalysisActions`, ``fetches``:
:class:`~app.ui.fetch_actions.FetchActions`, ``table``: the table panel); a bare name is a
method of the window itself (view commands). Tests trigger actions by id.

Texts, tips and menu titles are module-level data: marked with QT_TRANSLATE_NOOP in context
"actions" and translated where the actions are built (:mod:`app.ui.window_actions`). Every
action has an icon of its own drawn for Corridor (:func:`app.ui.icons.action_icon`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

from app.qt.i18n import QT_TRANSLATE_NOOP

Std = QKeySequence.StandardKey


#: the menus (titles translated where the menu bar is built)
FILE = QT_TRANSLATE_NOOP("actions", "&File")
EDIT = QT_TRANSLATE_NOOP("actions", "&Edit")
VIEW = QT_TRANSLATE_NOOP("actions", "&View")
HELP = QT_TRANSLATE_NOOP("actions", "&Help")


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    menu: str
    handler: str  # "controller.method" or a window method
    shortcut: QKeySequence.StandardKey | str | None = None
    #: resources/icons/actions/<icon>.svg (app.ui.icons.action_icon; a freedesktop name
    #: where there is one, which is also the theme fallback)
    icon: str | None = None
    toolbar: bool = False
    tip: str = ""
    #: changes the workspace: disabled where it is read-only (a viewer of a server)
    writes: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "file.new",
        QT_TRANSLATE_NOOP("actions", "&New workspace…"),
        FILE,
        "workspaces.new_workspace",
        Std.New,
        "document-new",
    ),
    ActionSpec(
        "file.open",
        QT_TRANSLATE_NOOP("actions", "&Open workspace…"),
        FILE,
        "workspaces.open_workspace",
        Std.Open,
        "document-open",
        toolbar=True,
    ),
    ActionSpec(
        "file.connect_server",
        QT_TRANSLATE_NOOP("actions", "&Connect to Server…"),
        FILE,
        "workspaces.connect_server",
        "Ctrl+Shift+O",
        "network-server",
        tip=QT_TRANSLATE_NOOP(
            "actions",
            "Open a team workspace on a PostgreSQL server; others' changes appear as they "
            "make them",
        ),
    ),
    ActionSpec(
        "file.save_as",
        QT_TRANSLATE_NOOP("actions", "Save workspace &as…"),
        FILE,
        "workspaces.save_workspace_as",
        Std.SaveAs,
        "document-save-as",
    ),
    ActionSpec(
        "file.import",
        QT_TRANSLATE_NOOP("actions", "&Import figures…"),
        FILE,
        "edits.import_file",
        "Ctrl+I",
        "document-import",
        toolbar=True,
        tip=QT_TRANSLATE_NOOP("actions", "Import a portal download or table"),
        writes=True,
    ),
    ActionSpec(
        "file.fetch",
        QT_TRANSLATE_NOOP("actions", "&Fetch from a portal…"),
        FILE,
        "fetches.fetch",
        "Ctrl+Shift+I",
        "network-receive",
        tip=QT_TRANSLATE_NOOP(
            "actions",
            "Ask the World Bank, UN Comtrade, the IMF or an SDMX agency for a pair's figures; "
            "preview, then import",
        ),
        writes=True,
    ),
    ActionSpec(
        "file.refresh_fetched",
        QT_TRANSLATE_NOOP("actions", "Re&fresh fetched figures…"),
        FILE,
        "fetches.refresh",
        None,
        "view-refresh",
        tip=QT_TRANSLATE_NOOP(
            "actions", "Ask stored portal queries again; revised values keep their earlier vintages"
        ),
        writes=True,
    ),
    ActionSpec(
        "file.refresh_series",
        QT_TRANSLATE_NOOP("actions", "Refresh this series from its &portal"),
        FILE,
        "fetches.refresh_current",
        None,
        "series-refresh",
        tip=QT_TRANSLATE_NOOP(
            "actions",
            "Ask again the portal queries that gave the current indicator's figures for the pair",
        ),
        writes=True,
    ),
    ActionSpec(
        "file.export_summary",
        QT_TRANSLATE_NOOP("actions", "Export &summary…"),
        FILE,
        "exports.export_summary",
        "Ctrl+E",
        "document-export",
        toolbar=True,
    ),
    ActionSpec(
        "file.export_briefing",
        QT_TRANSLATE_NOOP("actions", "Export &briefing…"),
        FILE,
        "exports.export_briefing",
        "Ctrl+Shift+E",
        "x-office-document",
        toolbar=True,
        tip=QT_TRANSLATE_NOOP(
            "actions", "Word, PDF, HTML, Markdown or Excel briefing with charts and sources"
        ),
    ),
    ActionSpec(
        "file.export_table",
        QT_TRANSLATE_NOOP("actions", "Export &table…"),
        FILE,
        "exports.export_table",
        None,
        "table-export",
        tip=QT_TRANSLATE_NOOP(
            "actions", "The rows as shown (filtered, sorted) to CSV, XLSX or Parquet"
        ),
    ),
    ActionSpec(
        "file.restore",
        QT_TRANSLATE_NOOP("actions", "&Restore from backup…"),
        FILE,
        "workspaces.restore_backup",
        None,
        "document-revert",
    ),
    ActionSpec(
        "file.quit",
        QT_TRANSLATE_NOOP("actions", "&Quit"),
        FILE,
        "close",
        Std.Quit,
        "application-exit",
    ),
    ActionSpec(
        "edit.undo",
        QT_TRANSLATE_NOOP("actions", "&Undo"),
        EDIT,
        "undo",
        Std.Undo,
        "edit-undo",
        toolbar=True,
    ),
    ActionSpec(
        "edit.redo",
        QT_TRANSLATE_NOOP("actions", "&Redo"),
        EDIT,
        "redo",
        "Ctrl+Shift+Z",
        "edit-redo",
        toolbar=True,
    ),
    ActionSpec(
        "edit.copy",
        QT_TRANSLATE_NOOP("actions", "&Copy cells"),
        EDIT,
        "copy_cells",
        Std.Copy,
        "edit-copy",
        tip=QT_TRANSLATE_NOOP("actions", "Copy the selected cells as tab-separated text"),
    ),
    ActionSpec(
        "edit.copy_chart",
        QT_TRANSLATE_NOOP("actions", "Copy c&hart"),
        EDIT,
        "exports.copy_chart",
        "Ctrl+Shift+C",
        "chart-copy",
        tip=QT_TRANSLATE_NOOP("actions", "Copy the chart as a picture"),
    ),
    ActionSpec(
        "edit.add",
        QT_TRANSLATE_NOOP("actions", "&Add observation…"),
        EDIT,
        "edits.add_observation",
        "Ins",
        "list-add",
        toolbar=True,
        writes=True,
    ),
    ActionSpec(
        "edit.from_text",
        QT_TRANSLATE_NOOP("actions", "Add figures from &text…"),
        EDIT,
        "edits.add_from_text",
        "Ctrl+T",
        "edit-paste",
        toolbar=True,
        tip=QT_TRANSLATE_NOOP("actions", "Paste a press item; review the figures Corridor finds"),
        writes=True,
    ),
    ActionSpec(
        "edit.delete",
        QT_TRANSLATE_NOOP("actions", "&Delete observations"),
        EDIT,
        "edits.delete_observations",
        Std.Delete,
        "edit-delete",
        writes=True,
    ),
    ActionSpec(
        "view.filter",
        QT_TRANSLATE_NOOP("actions", "&Filter…"),
        VIEW,
        "focus_filter",
        Std.Find,
        "edit-find",
    ),
    ActionSpec(
        "view.show_all",
        QT_TRANSLATE_NOOP("actions", "Show &all figures"),
        VIEW,
        "table.show_all",
        "Ctrl+Shift+A",
        "filter-clear",
        tip=QT_TRANSLATE_NOOP(
            "actions",
            "Clear the table's filters (indicator, columns, text, years): every figure of "
            "the pair (also Esc in the table)",
        ),
    ),
    ActionSpec(
        "view.save_view",
        QT_TRANSLATE_NOOP("actions", "Sa&ve view…"),
        VIEW,
        "views.save_view_dialog",
        "Ctrl+Alt+S",
        "bookmark-new",
        tip=QT_TRANSLATE_NOOP(
            "actions", "Save the pair, filters, sort and chart under a name in the workspace"
        ),
        writes=True,
    ),
    ActionSpec(
        "view.manage_views",
        QT_TRANSLATE_NOOP("actions", "&Manage views…"),
        VIEW,
        "views.manage_views",
        None,
        "bookmarks-organize",
        tip=QT_TRANSLATE_NOOP("actions", "Apply, rename, overwrite or delete saved views"),
    ),
    ActionSpec(
        "view.export_chart",
        QT_TRANSLATE_NOOP("actions", "E&xport chart…"),
        VIEW,
        "exports.export_chart",
        None,
        "image-x-generic",
        tip=QT_TRANSLATE_NOOP("actions", "PNG (size, DPI) or SVG"),
    ),
    ActionSpec(
        "view.reset_chart",
        QT_TRANSLATE_NOOP("actions", "&Reset chart view"),
        VIEW,
        "reset_chart",
        "Ctrl+0",
        "zoom-fit-best",
    ),
    ActionSpec(
        "view.projects",
        QT_TRANSLATE_NOOP("actions", "&Projects"),
        VIEW,
        "toggle_projects",
        "Ctrl+Shift+P",
        "project-registry",
        tip=QT_TRANSLATE_NOOP(
            "actions", "The project registry: companies, stages, sources and roll-ups"
        ),
    ),
    ActionSpec(
        "view.claims",
        QT_TRANSLATE_NOOP("actions", "&Claims"),
        VIEW,
        "toggle_claims",
        "Ctrl+Shift+K",
        "claims",
        tip=QT_TRANSLATE_NOOP(
            "actions", "Every claim of the pair's sources with its verdict and the figures checked"
        ),
    ),
    ActionSpec(
        "view.compare",
        QT_TRANSLATE_NOOP("actions", "C&ompare series"),
        VIEW,
        "analysis.toggle_compare",
        "Ctrl+Shift+M",
        "view-statistics",
        tip=QT_TRANSLATE_NOOP(
            "actions",
            "Several indicators or pairs on one chart: levels, index, growth, share; "
            "drag catalogue entries onto it",
        ),
    ),
    ActionSpec(
        "view.pivot",
        QT_TRANSLATE_NOOP("actions", "Pi&vot grid"),
        VIEW,
        "analysis.toggle_pivot",
        "Ctrl+Shift+G",
        "pivot-grid",
        tip=QT_TRANSLATE_NOOP(
            "actions",
            "Indicators × periods, one preferred figure per cell, with conflict and claim marks",
        ),
    ),
    ActionSpec(
        "edit.derive",
        QT_TRANSLATE_NOOP("actions", "Derive &series…"),
        EDIT,
        "analysis.derive",
        "Ctrl+D",
        "derive-series",
        tip=QT_TRANSLATE_NOOP(
            "actions",
            "Compute what the sources do not publish (change, CAGR, months to years, "
            "YTD differences, rolling sums, formulas) with its lineage",
        ),
        writes=True,
    ),
    ActionSpec(
        "edit.derived_series",
        QT_TRANSLATE_NOOP("actions", "Derived series…"),
        EDIT,
        "analysis.manage_derived",
        None,
        "derived-list",
        tip=QT_TRANSLATE_NOOP(
            "actions",
            "The stored derived series with their rules: remove one or recompute them all",
        ),
    ),
    ActionSpec(
        "edit.new_indicator",
        QT_TRANSLATE_NOOP("actions", "New &indicator…"),
        EDIT,
        "catalogue.new_indicator",
        None,
        "indicator-new",
        tip=QT_TRANSLATE_NOOP(
            "actions", "Add an indicator to the catalogue: code, name, unit, kind and topic"
        ),
        writes=True,
    ),
    ActionSpec(
        "edit.preferences",
        QT_TRANSLATE_NOOP("actions", "&Preferences…"),
        EDIT,
        "preferences",
        Std.Preferences,
        "preferences-system",
        tip=QT_TRANSLATE_NOOP("actions", "The desk's language (numbers and dates follow it)"),
    ),
    ActionSpec(
        "view.history",
        QT_TRANSLATE_NOOP("actions", "&History of the figure"),
        VIEW,
        "toggle_history",
        "Ctrl+H",
        "view-history",
        tip=QT_TRANSLATE_NOOP(
            "actions",
            "Every value the selected figure has had, who changed it and when; restore one",
        ),
    ),
    ActionSpec(
        "view.next_pane",
        QT_TRANSLATE_NOOP("actions", "Next pane"),
        VIEW,
        "panes.next",
        "F6",
        "pane-next",
        tip=QT_TRANSLATE_NOOP(
            "actions", "Move the keyboard to the next pane: catalogue, table, chart, source"
        ),
    ),
    ActionSpec(
        "view.previous_pane",
        QT_TRANSLATE_NOOP("actions", "Previous pane"),
        VIEW,
        "panes.previous",
        "Shift+F6",
        "pane-previous",
    ),
    ActionSpec(
        "view.focus_catalogue",
        QT_TRANSLATE_NOOP("actions", "Go to the catalogue"),
        VIEW,
        "panes.catalogue",
        "Ctrl+1",
        "focus-catalogue",
    ),
    ActionSpec(
        "view.focus_table",
        QT_TRANSLATE_NOOP("actions", "Go to the table"),
        VIEW,
        "panes.table",
        "Ctrl+2",
        "focus-table",
    ),
    ActionSpec(
        "view.focus_chart",
        QT_TRANSLATE_NOOP("actions", "Go to the chart"),
        VIEW,
        "panes.chart",
        "Ctrl+3",
        "focus-chart",
    ),
    ActionSpec(
        "view.focus_source",
        QT_TRANSLATE_NOOP("actions", "Go to the source"),
        VIEW,
        "panes.source",
        "Ctrl+4",
        "focus-source",
    ),
    ActionSpec(
        "help.about",
        QT_TRANSLATE_NOOP("actions", "&About Corridor"),
        HELP,
        "about",
        None,
        "help-about",
    ),
)
