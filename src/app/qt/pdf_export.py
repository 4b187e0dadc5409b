"""PDF briefing with Qt's own PDF writer: selectable text, vector charts, no browser.

The page is the briefing's HTML (:func:`app.services.briefing.text_formats.render_html`)
laid out by QTextDocument at the writer's resolution (300 dpi), its charts as vector
objects painted by :class:`~app.qt.chart_painter.ChartPainter` at print time
(:mod:`app.qt.pdf_charts`), its table rows kept whole with header rows repeated
(:mod:`app.qt.pdf_layout`). Pages are printed one by one under a running header (the
briefing's ``running_header``, else its title) and over a footer "Page n of N" in the
briefing's language. The dossier's table of contents gets its page numbers from a first
layout (where each "toc-N" anchor lands) before the final one. The file is written beside
the target and moved in place on success. The format is declared (title, suffix, options,
``needs_qt``) in :mod:`app.services.export_registry`, which names this class.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from app.qt.pdf_charts import embed_charts
from app.qt.pdf_layout import anchor_pages, keep_rows_together, with_table_heads
from app.services.atomic import atomic_path
from app.services.briefing import Briefing, Exporter
from app.services.briefing.locale_format import label
from app.services.briefing.text_formats import image_file_name, render_html

PAGE_DPI = 300
STYLE = (
    "body { font-family: 'DejaVu Sans', sans-serif; } h1 { font-size: 18pt; } "
    "h2 { font-size: 14pt; } h3 { font-size: 12pt; } th { background: #eeeeee; }"
)
#: point size of the running header and the page numbers
MARGIN_TEXT_PT = 8.0


def page_text(locale: str, page: int, pages: int) -> str:
    """ "Page 2 of 5" in the briefing's language."""
    return label("page_of", locale).format(page=page, pages=pages)


def briefing_html(briefing: Briefing, quotes: bool, pages: Mapping[str, int] | None = None) -> str:
    """The briefing's HTML with its charts as ``chart:`` images and table heads marked;
    ``pages`` (anchor -> page) fills the dossier's table of contents."""
    keys = set(briefing.chart_specs()) | set(briefing.images)

    def src(key: str) -> str | None:
        return f"chart:{image_file_name(key)}" if key in keys else None

    # ``pages`` only when there are any: the table of contents is the dossier's
    extra: dict[str, Any] = {"pages": pages} if pages is not None else {}
    return with_table_heads(render_html(briefing, quotes, src, **extra))


def briefing_document(
    briefing: Briefing,
    quotes: bool,
    device: QPagedPaintDevice | None = None,
    pages: Mapping[str, int] | None = None,
    page_size: QSizeF | None = None,
) -> QTextDocument:
    """The briefing as a QTextDocument: charts as vector objects (PNG resources for charts
    that have only a picture), header rows on every table, laid out in pages of
    ``page_size`` with rows kept whole.

    With ``device`` the layout measures fonts at the device's resolution (else point sizes
    would be laid out at screen DPI and print tiny on a 300 dpi page).
    """
    doc = QTextDocument()
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(QFont("DejaVu Sans", 10))
    doc.setDefaultStyleSheet(STYLE)
    specs = briefing.chart_specs()
    for key, png in briefing.images.items():
        if key not in specs:
            image = QImage.fromData(png, "PNG")  # type: ignore[arg-type]  # stubs want bytes
            url = QUrl(f"chart:{image_file_name(key)}")
            doc.addResource(QTextDocument.ResourceType.ImageResource, url, image)
    doc.setHtml(briefing_html(briefing, quotes, pages))
    embed_charts(doc, specs)
    if page_size is not None:
        doc.setPageSize(page_size)
        keep_rows_together(doc)
    return doc


@dataclass(frozen=True)
class PageFrame:
    """The printed page: the header band, the text body and the footer band (device units
    of the writer's paint rectangle)."""

    header: QRectF
    body: QRectF
    footer: QRectF
    font: QFont

    @classmethod
    def of(cls, writer: QPdfWriter) -> PageFrame:
        paint = writer.pageLayout().paintRectPixels(writer.resolution())
        font = QFont("DejaVu Sans")
        font.setPointSizeF(MARGIN_TEXT_PT)
        line = QFontMetricsF(font, writer).height()
        band = 2.2 * line
        width, height = float(paint.width()), float(paint.height())
        return cls(
            QRectF(0, 0, width, line),
            QRectF(0, band, width, height - 2 * band),
            QRectF(0, height - line, width, line),
            font,
        )


def print_pages(
    doc: QTextDocument, writer: QPdfWriter, frame: PageFrame, briefing: Briefing
) -> int:
    """Prints ``doc`` page by page on ``writer`` under the running header and over the page
    number; returns the number of pages."""
    header = briefing.running_header or briefing.title
    total, height = doc.pageCount(), doc.pageSize().height()
    painter = QPainter(writer)
    try:
        for index in range(total):
            if index:
                writer.newPage()
            _margins(painter, frame, header, page_text(briefing.locale, index + 1, total))
            painter.save()
            painter.translate(frame.body.topLeft() - QPointF(0, index * height))
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, index * height, frame.body.width(), height)
            painter.setClipRect(context.clip)
            doc.documentLayout().draw(painter, context)
            painter.restore()
    finally:
        painter.end()
    return total


def _margins(painter: QPainter, frame: PageFrame, header: str, footer: str) -> None:
    painter.setFont(frame.font)
    painter.setPen(QColor("#555555"))
    align = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(frame.header, align | Qt.AlignmentFlag.AlignLeft, header)
    painter.drawText(frame.footer, align | Qt.AlignmentFlag.AlignHCenter, footer)
    painter.setPen(QPen(QColor("#999999"), max(1.0, frame.header.height() / 20)))
    rule = frame.header.bottom() + frame.header.height() * 0.3
    painter.drawLine(QPointF(0, rule), QPointF(frame.header.width(), rule))


def laid_out(briefing: Briefing, quotes: bool, writer: QPdfWriter, size: QSizeF) -> QTextDocument:
    """The final layout: a first pass finds the pages of the table of contents' anchors,
    a second fills them in (only when the HTML has such anchors)."""
    doc = briefing_document(briefing, quotes, writer, page_size=size)
    pages = anchor_pages(doc)
    if not pages:
        return doc
    return briefing_document(briefing, quotes, writer, pages, size)


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
                    QMarginsF(18, 14, 18, 14),
                    QPageLayout.Unit.Millimeter,
                )
            )
            frame = PageFrame.of(writer)
            doc = laid_out(briefing, bool(opts["quotes"]), writer, frame.body.size())
            print_pages(doc, writer, frame, briefing)
            del writer  # finishes the file before it is moved
