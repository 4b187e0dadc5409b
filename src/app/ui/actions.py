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
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

Std = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    menu: str
    handler: str  # "controller.method" or a window method
    shortcut: QKeySequence.StandardKey | str | None = None
    icon: str | None = None  # freedesktop theme icon name
    toolbar: bool = False
    tip: str = ""
    #: changes the workspace: disabled where it is read-only (a viewer of a server)
    writes: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "file.new", "&New workspace…", "&File", "workspaces.new_workspace", Std.New, "document-new"
    ),
    ActionSpec(
        "file.open",
        "&Open workspace…",
        "&File",
        "workspaces.open_workspace",
        Std.Open,
        "document-open",
        toolbar=True,
    ),
    ActionSpec(
        "file.connect_server",
        "&Connect to Server…",
        "&File",
        "workspaces.connect_server",
        "Ctrl+Shift+O",
        "network-server",
        tip="Open a team workspace on a PostgreSQL server; others' changes appear as they "
        "make them",
    ),
    ActionSpec(
        "file.save_as",
        "Save workspace &as…",
        "&File",
        "workspaces.save_workspace_as",
        Std.SaveAs,
        "document-save-as",
    ),
    ActionSpec(
        "file.import",
        "&Import figures…",
        "&File",
        "edits.import_file",
        "Ctrl+I",
        "document-import",
        toolbar=True,
        tip="Import a portal download or table",
        writes=True,
    ),
    ActionSpec(
        "file.fetch",
        "&Fetch from a portal…",
        "&File",
        "fetches.fetch",
        "Ctrl+Shift+I",
        "network-receive",
        tip="Ask the World Bank, UN Comtrade, the IMF or an SDMX agency for a pair's figures; "
        "preview, then import",
        writes=True,
    ),
    ActionSpec(
        "file.refresh_fetched",
        "Re&fresh fetched figures…",
        "&File",
        "fetches.refresh",
        None,
        "view-refresh",
        tip="Ask stored portal queries again; revised values keep their earlier vintages",
        writes=True,
    ),
    ActionSpec(
        "file.refresh_series",
        "Refresh this series from its &portal",
        "&File",
        "fetches.refresh_current",
        None,
        "view-refresh",
        tip="Ask again the portal queries that gave the current indicator's figures for the pair",
        writes=True,
    ),
    ActionSpec(
        "file.export_summary",
        "Export &summary…",
        "&File",
        "exports.export_summary",
        "Ctrl+E",
        "document-export",
        toolbar=True,
    ),
    ActionSpec(
        "file.export_briefing",
        "Export &briefing…",
        "&File",
        "exports.export_briefing",
        "Ctrl+Shift+E",
        "x-office-document",
        toolbar=True,
        tip="Word, PDF, HTML, Markdown or Excel briefing with charts and sources",
    ),
    ActionSpec(
        "file.export_table",
        "Export &table…",
        "&File",
        "exports.export_table",
        None,
        "document-export",
        tip="The rows as shown (filtered, sorted) to CSV, XLSX or Parquet",
    ),
    ActionSpec("file.restore", "&Restore from backup…", "&File", "workspaces.restore_backup"),
    ActionSpec("file.quit", "&Quit", "&File", "close", Std.Quit, "application-exit"),
    ActionSpec("edit.undo", "&Undo", "&Edit", "undo", Std.Undo, "edit-undo", toolbar=True),
    ActionSpec("edit.redo", "&Redo", "&Edit", "redo", "Ctrl+Shift+Z", "edit-redo", toolbar=True),
    ActionSpec(
        "edit.copy",
        "&Copy cells",
        "&Edit",
        "copy_cells",
        Std.Copy,
        "edit-copy",
        tip="Copy the selected cells as tab-separated text",
    ),
    ActionSpec(
        "edit.copy_chart",
        "Copy c&hart",
        "&Edit",
        "exports.copy_chart",
        "Ctrl+Shift+C",
        "edit-copy",
        tip="Copy the chart as a picture",
    ),
    ActionSpec(
        "edit.add",
        "&Add observation…",
        "&Edit",
        "edits.add_observation",
        "Ins",
        "list-add",
        toolbar=True,
        writes=True,
    ),
    ActionSpec(
        "edit.from_text",
        "Add figures from &text…",
        "&Edit",
        "edits.add_from_text",
        "Ctrl+T",
        "edit-paste",
        toolbar=True,
        tip="Paste a press item; review the figures Corridor finds",
        writes=True,
    ),
    ActionSpec(
        "edit.delete",
        "&Delete observations",
        "&Edit",
        "edits.delete_observations",
        Std.Delete,
        "edit-delete",
        writes=True,
    ),
    ActionSpec("view.filter", "&Filter…", "&View", "focus_filter", Std.Find, "edit-find"),
    ActionSpec(
        "view.show_all",
        "Show &all figures",
        "&View",
        "table.show_all",
        "Ctrl+Shift+A",
        "edit-clear",
        tip="Clear the table's filters (indicator, columns, text, years): every figure of "
        "the pair (also Esc in the table)",
    ),
    ActionSpec(
        "view.save_view",
        "Sa&ve view…",
        "&View",
        "views.save_view_dialog",
        "Ctrl+Alt+S",
        "document-save",
        tip="Save the pair, filters, sort and chart under a name in the workspace",
        writes=True,
    ),
    ActionSpec(
        "view.manage_views",
        "&Manage views…",
        "&View",
        "views.manage_views",
        None,
        "document-properties",
        tip="Apply, rename, overwrite or delete saved views",
    ),
    ActionSpec(
        "view.export_chart",
        "E&xport chart…",
        "&View",
        "exports.export_chart",
        None,
        "image-x-generic",
        tip="PNG (size, DPI) or SVG",
    ),
    ActionSpec(
        "view.reset_chart", "&Reset chart view", "&View", "reset_chart", "Ctrl+0", "zoom-original"
    ),
    ActionSpec(
        "view.projects",
        "&Projects",
        "&View",
        "toggle_projects",
        "Ctrl+Shift+P",
        "x-office-spreadsheet",
        tip="The project registry: companies, stages, sources and roll-ups",
    ),
    ActionSpec(
        "view.claims",
        "&Claims",
        "&View",
        "toggle_claims",
        "Ctrl+Shift+K",
        "dialog-information",
        tip="Every claim of the pair's sources with its verdict and the figures checked",
    ),
    ActionSpec(
        "view.compare",
        "C&ompare series",
        "&View",
        "analysis.toggle_compare",
        "Ctrl+Shift+M",
        "view-statistics",
        tip="Several indicators or pairs on one chart: levels, index, growth, share; "
        "drag catalogue entries onto it",
    ),
    ActionSpec(
        "view.pivot",
        "Pi&vot grid",
        "&View",
        "analysis.toggle_pivot",
        "Ctrl+Shift+G",
        "x-office-spreadsheet",
        tip="Indicators × periods, one preferred figure per cell, with conflict and claim marks",
    ),
    ActionSpec(
        "edit.derive",
        "Derive &series…",
        "&Edit",
        "analysis.derive",
        "Ctrl+D",
        "accessories-calculator",
        tip="Compute what the sources do not publish (change, CAGR, months to years, "
        "YTD differences, rolling sums, formulas) with its lineage",
        writes=True,
    ),
    ActionSpec(
        "edit.derived_series",
        "Derived series…",
        "&Edit",
        "analysis.manage_derived",
        None,
        "view-list-details",
        tip="The stored derived series with their rules: remove one or recompute them all",
    ),
    ActionSpec("help.about", "&About Corridor", "&Help", "about"),
)
