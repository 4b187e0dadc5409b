"""Charts inside a QTextDocument as vector objects, painted when the page is printed.

The briefing's HTML marks each chart with ``<img src="chart:<file name>" width=…>``
(:func:`app.services.briefing.text_formats.image_file_name`). :func:`embed_charts`
replaces each such image by a custom text object whose handler (:class:`ChartObjects`, a
QTextObjectInterface registered on the document's layout) paints the ChartSpec with
:func:`app.qt.chart_render.paint_chart` on the printer's painter: the PDF holds paths and
selectable text, not a bitmap.

Sizes: the image's ``width``/``height`` are CSS pixels (1/96 inch), as Qt reads them for
images; the object is that size at the layout device's resolution (no wider than the
text), half as high as wide when no height is given.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, QRect, QRectF, QSizeF
from PySide6.QtGui import (
    QPainter,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)

from app.domain.chart import ChartSpec
from app.qt.chart_render import SCREEN_DPI, paint_chart
from app.services.briefing.text_formats import image_file_name

CHART_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
#: properties of a chart object's format: the chart's file name, its size in CSS pixels
CHART_NAME = int(QTextFormat.Property.UserProperty) + 1
CHART_WIDTH = int(QTextFormat.Property.UserProperty) + 2
CHART_HEIGHT = int(QTextFormat.Property.UserProperty) + 3
#: a chart's width when the HTML gives none (CSS pixels: 16 cm)
DEFAULT_WIDTH = 605.0
PREFIX = "chart:"


class ChartObjects(QPyTextObject):
    """Sizes and paints the chart objects of one document (``specs``: file name -> spec).

    A QPyTextObject (PySide's QObject declaring QTextObjectInterface to Qt): a plain
    ``QObject, QTextObjectInterface`` subclass is silently refused by registerHandler."""

    def __init__(self, specs: Mapping[str, ChartSpec], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.specs = dict(specs)

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        scale = _scale(doc)
        width = (fmt.doubleProperty(CHART_WIDTH) or DEFAULT_WIDTH) * scale
        text_width = doc.pageSize().width() - 2 * doc.documentMargin()
        if text_width > 0 and width > text_width:
            width = text_width
        height = fmt.doubleProperty(CHART_HEIGHT) * scale or width / 2
        return QSizeF(width, height)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos: int,
        fmt: QTextFormat,
    ) -> None:
        spec = self.specs.get(fmt.stringProperty(CHART_NAME))
        if spec is not None:
            paint_chart(painter, spec, QRectF(rect), _scale(doc))


def _scale(doc: QTextDocument) -> float:
    """Device units per CSS pixel of the document's layout device."""
    device = doc.documentLayout().paintDevice()
    return device.logicalDpiY() / SCREEN_DPI if device is not None else 1.0


def chart_images(doc: QTextDocument) -> list[tuple[int, QTextImageFormat]]:
    """(position, format) of every ``chart:`` image of ``doc``, in document order."""
    out = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name().startswith(PREFIX):
                image = fmt.toImageFormat()
                out += [(fragment.position() + i, image) for i in range(fragment.length())]
            it += 1
        block = block.next()
    return out


def embed_charts(doc: QTextDocument, specs: Mapping[str, ChartSpec]) -> ChartObjects:
    """Registers a :class:`ChartObjects` for ``specs`` (chart key -> spec) on ``doc`` and
    replaces its ``chart:`` images by chart objects; returns the handler (owned by the
    document). Images of charts without a spec are left as they are."""
    handler = ChartObjects({image_file_name(k): s for k, s in specs.items()}, doc)
    doc.documentLayout().registerHandler(CHART_OBJECT, handler)
    cursor = QTextCursor(doc)
    for pos, image in reversed(chart_images(doc)):
        name = image.name().removeprefix(PREFIX)
        if name not in handler.specs:
            continue
        fmt = QTextCharFormat()
        fmt.setObjectType(CHART_OBJECT)
        fmt.setProperty(CHART_NAME, name)
        fmt.setProperty(CHART_WIDTH, float(image.width()))
        fmt.setProperty(CHART_HEIGHT, float(image.height()))
        cursor.setPosition(pos)
        cursor.setPosition(pos + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText("\ufffc", fmt)
    return handler
