"""PDF briefing with Qt's own PDF writer: selectable text, no browser.

The page is the briefing's HTML (:func:`app.services.briefing.text_formats.render_html`)
laid out by QTextDocument, with the chart PNGs added as document resources, printed on an
A4 QPdfWriter. The file is written beside the target and moved in place on success. The
format is declared (title, suffix, options, ``needs_qt``) in
:mod:`app.services.export_registry`, which names this class.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from app.services.atomic import atomic_path
from app.services.briefing import Briefing, Exporter
from app.services.briefing.text_formats import image_file_name, render_html

PAGE_DPI = 300
STYLE = (
    "body { font-family: 'DejaVu Sans', sans-serif; } h1 { font-size: 18pt; } "
    "h2 { font-size: 14pt; } h3 { font-size: 12pt; } th { background: #eeeeee; }"
)


def briefing_document(
    briefing: Briefing, quotes: bool, device: QPagedPaintDevice | None = None
) -> QTextDocument:
    """The briefing as a QTextDocument with its chart images as resources.

    With ``device`` the layout measures fonts at the device's resolution (else point sizes
    would be laid out at screen DPI and print tiny on a 300 dpi page).
    """
    doc = QTextDocument()
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(QFont("DejaVu Sans", 10))
    doc.setDefaultStyleSheet(STYLE)
    for key, png in briefing.images.items():
        image = QImage.fromData(png, "PNG")  # type: ignore[arg-type]  # stubs want bytes
        doc.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{image_file_name(key)}"), image
        )
    doc.setHtml(
        render_html(
            briefing,
            quotes,
            lambda key: f"chart:{image_file_name(key)}" if key in briefing.images else None,
        )
    )
    return doc


class PdfExporter(Exporter):
    """The "pdf" briefing format of the export registry (options: quotes, page_size)."""

    name = "pdf"

    def export(
        self, briefing: Briefing, path: Path, options: Mapping[str, Any] | None = None
    ) -> None:
        opts = self.resolved(options)
        size = (
            QPageSize.PageSizeId.Letter
            if opts["page_size"] == "Letter"
            else QPageSize.PageSizeId.A4
        )
        with atomic_path(path) as tmp:
            writer = QPdfWriter(str(tmp))
            writer.setResolution(PAGE_DPI)
            writer.setTitle(briefing.title)
            writer.setCreator("Corridor")
            writer.setPageLayout(
                QPageLayout(
                    QPageSize(size),
                    QPageLayout.Orientation.Portrait,
                    QMarginsF(18, 18, 18, 18),
                    QPageLayout.Unit.Millimeter,
                )
            )
            doc = briefing_document(briefing, bool(opts["quotes"]), writer)
            rect = writer.pageLayout().paintRectPixels(PAGE_DPI)
            doc.setPageSize(QSizeF(rect.width(), rect.height()))
            doc.print_(writer)
            del writer  # finishes the file before it is moved
