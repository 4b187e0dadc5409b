"""Export commands: summary, briefing, table, chart picture, chart to the clipboard.

Adapts the export dialogs and the summary renderers to the desk context: each command gets
the pair, the table's row order or the chart panel from what it was handed, never from the
window. Settings remember the last folder; outcomes go to the message bus.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtWidgets import QFileDialog, QWidget

from app.qt.context import DeskContext
from app.qt.i18n import translate
from app.qt.settings import EXPORT_LAST_DIR
from app.services.atomic import write_text_atomic
from app.services.export_registry import default_format, export_format, format_for_path, formats
from app.ui.chart_panel import ChartPanel


class ExportActions:
    def __init__(
        self,
        ctx: DeskContext,
        parent: QWidget,
        *,
        chart: ChartPanel,
        pair: Callable[[], tuple[str, str]],
        table_order: Callable[[], np.ndarray],
    ) -> None:
        self.ctx = ctx
        self.parent = parent
        self.chart = chart
        self.pair = pair
        self.table_order = table_order

    def export_summary(self) -> None:
        settings = self.ctx.settings
        path, chosen = QFileDialog.getSaveFileName(
            self.parent,
            translate("export_actions", "Export summary"),
            settings.get(EXPORT_LAST_DIR),
            ";;".join(f.file_filter for f in formats("summary").values()),
        )
        if not path:
            return
        fmt = (
            format_for_path("summary", "", chosen)
            or format_for_path("summary", Path(path).suffix)
            or default_format("summary")
        )
        from app.services.summary import build_summary  # its analyses load on first use

        render = export_format("summary", fmt).load()
        text = render(build_summary(self.ctx.session.store, *self.pair()))
        try:
            write_text_atomic(Path(path), text)
        except OSError as exc:
            self.ctx.bus.error(
                translate("export_actions", "Could not write {path}: {error}").format(
                    path=path, error=exc
                )
            )
            return
        settings.set(EXPORT_LAST_DIR, str(Path(path).parent))
        self.ctx.bus.info(
            translate("export_actions", "Summary written to {path}").format(path=path)
        )

    def export_briefing(self) -> None:
        from app.ui.export_dialog import run_export_dialog

        run_export_dialog(self.ctx, self.pair(), self.parent)

    def export_table(self) -> None:
        from app.ui.table_export import export_table_data

        export_table_data(self.ctx, self.table_order(), self.parent)

    def export_chart(self) -> None:
        from app.ui.chart_export import export_chart

        export_chart(self.chart, self.ctx, self.parent)

    def copy_chart(self) -> None:
        from app.ui.chart_export import copy_chart

        copy_chart(self.chart, self.ctx.bus)
