"""File > Export table…: the observations as the table shows them (filtered, sorted), in a
table format of the export registry (CSV, XLSX, Parquet).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtWidgets import QFileDialog, QWidget

from app.qt.context import DeskContext
from app.qt.i18n import translate
from app.qt.settings import EXPORT_LAST_DIR
from app.qt.tasks import IsCancelled, Progress
from app.services.briefing import export_table, table_frame
from app.services.export_registry import default_format, export_format, format_for_path, formats


def export_table_data(ctx: DeskContext, order: np.ndarray, parent: QWidget) -> None:
    """File > Export table…: the rows at positions ``order`` (the table's current filtered,
    sorted row order) in a table format of the registry. The rows are taken on the GUI
    thread, as the table shows them now (an edit or delete meanwhile cannot change what is
    written); the file is built and written in the runner."""
    table_formats = formats("table")
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("table_export", "Export table"),
        ctx.settings.get(EXPORT_LAST_DIR),
        ";;".join(f.file_filter for f in table_formats.values()),
    )
    if not path:
        return
    fmt = format_for_path("table", Path(path).suffix, chosen) or default_format("table")
    target = Path(path) if Path(path).suffix else Path(path + export_format("table", fmt).suffix)
    store = ctx.session.store
    rows = store.observations.iloc[np.asarray(order)].copy()
    sources, names = store.sources.copy(), store.indicator_names()

    def write(_progress: Progress, _cancelled: IsCancelled) -> str:
        return export_table(table_frame(rows, sources, names), target, fmt)

    count = len(rows)
    # %Ln: the number in the desk's locale (1,234 in English), and the plural form it takes
    done = translate("table_export", "%Ln rows written to {path}", "", count).format(path=target)
    ctx.runner.start(
        write,
        on_done=lambda _f: ctx.bus.info(done),
        on_error=lambda msg, tb: ctx.bus.error(
            translate("table_export", "Could not export the table: {error}").format(error=msg), tb
        ),
    )
