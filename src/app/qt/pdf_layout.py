"""Page layout of a briefing QTextDocument: tables, rows and anchors across pages.

- :func:`with_table_heads`: a table whose first row is all ``<th>`` gets it in a
  ``<thead>``, which Qt turns into a header row repeated on every page it spans.
- :func:`keep_rows_together`: Qt breaks a table row's cells line by line at the end of a
  page; a row that would be cut is pushed whole to the next page by stretching the row
  before it to the bottom of the page (as Qt itself does when it moves a row).
- :func:`anchor_pages`: the page on which each named anchor lands (for the dossier's table
  of contents).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtGui import (
    QTextBlockFormat,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
    QTextTableCell,
)

_BARE_HEAD = re.compile(r"(<table\b[^>]*>\s*)(<tr>\s*<th\b.*?</tr>)", re.DOTALL | re.IGNORECASE)
#: at most this many rows are pushed to a next page (each push lays the document out again)
MAX_PUSHES = 400
#: marks the spacer blocks :func:`keep_rows_together` adds
SPACER = int(QTextFormat.Property.UserProperty) + 20
#: extra room (CSS pixels) so the pushed row's top clears the page end
PUSH_SLACK = 6.0


def with_table_heads(html: str) -> str:
    """``html`` with each table's leading row of ``<th>`` cells wrapped in ``<thead>``."""
    return _BARE_HEAD.sub(r"\1<thead>\2</thead>", html)


def tables(doc: QTextDocument) -> list[QTextTable]:
    """Every table of ``doc``, nested ones too, in document order."""

    def walk(frame: QTextFrame) -> Iterator[QTextFrame]:
        for child in frame.childFrames():
            yield child
            yield from walk(child)

    return [f for f in walk(doc.rootFrame()) if isinstance(f, QTextTable)]


def _cell_span(doc: QTextDocument, cell: QTextTableCell) -> tuple[float, float]:
    """Top and bottom of the cell's text (spacers left out), in document coordinates."""
    layout = doc.documentLayout()
    block = cell.firstCursorPosition().block()
    last = cell.lastCursorPosition().block().blockNumber()
    top = bottom = layout.blockBoundingRect(block).top()
    while block.isValid() and block.blockNumber() <= last:
        if not block.blockFormat().hasProperty(SPACER):
            bottom = max(bottom, layout.blockBoundingRect(block).bottom())
        block = block.next()
    return top, bottom


def _row_span(doc: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    spans = [_cell_span(doc, table.cellAt(row, c)) for c in range(table.columns())]
    return min(t for t, _ in spans), max(b for _, b in spans)


def split_rows(doc: QTextDocument) -> list[tuple[QTextTable, int]]:
    """(table, row) of every body row whose cells start on one page and end on another
    (rows taller than a page cannot be helped and are left out)."""
    height = doc.pageSize().height()
    out = []
    for table in tables(doc):
        for row in range(max(1, table.format().headerRowCount()), table.rows()):
            top, bottom = _row_span(doc, table, row)
            if bottom - top < 0.9 * height and int(top // height) != int((bottom - 1) // height):
                out.append((table, row))
    return out


def keep_rows_together(doc: QTextDocument, slack: float = PUSH_SLACK) -> int:
    """Pushes every row that a page end would cut to the next page; returns how many.

    The row before gets a spacer, an empty block whose top margin stretches the row
    towards the page end, just enough for Qt to start the cut row at the top of the next
    page under the repeated header (found by bisection: Qt's own page arithmetic inside
    cells decides). A bottom margin on the row's last block would be ignored, and a page
    break inside a cell breaks twice."""
    height = doc.pageSize().height()
    device = doc.documentLayout().paintDevice()
    room = slack * (device.logicalDpiY() / 96 if device is not None else 1.0)
    skipped: set[tuple[int, int]] = set()
    pushed = 0
    while pushed < MAX_PUSHES:
        rows = [(t, r) for t, r in split_rows(doc) if (t.firstPosition(), r) not in skipped]
        if not rows:
            break
        table, row = rows[0]
        if _push(doc, table, row, height, room):
            pushed += 1
        else:
            skipped.add((table.firstPosition(), row))
    return pushed


def _push(doc: QTextDocument, table: QTextTable, row: int, height: float, room: float) -> bool:
    """Adds the spacer before ``row`` that moves it to the next page; False (and no
    spacer) when none does."""
    top, _ = _row_span(doc, table, row)
    page = int(top // height)
    cursor = table.cellAt(row - 1, 0).lastCursorPosition()
    cursor.insertBlock(_spacer(0.0), _tiny())

    def moved(margin: float) -> bool:
        cursor.setBlockFormat(_spacer(margin))
        return int(_row_span(doc, table, row)[0] // height) > page

    low, high = 0.0, (page + 1) * height - top + room
    if not moved(high):
        cursor.deletePreviousChar()  # the spacer's block separator: the spacer is gone
        return False
    for _ in range(10):
        middle = (low + high) / 2
        low, high = (low, middle) if moved(middle) else (middle, high)
    moved(high)
    return True


def _spacer(margin: float) -> QTextBlockFormat:
    spacer = QTextBlockFormat()
    spacer.setProperty(SPACER, True)
    spacer.setTopMargin(margin)
    spacer.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    return spacer


def _tiny() -> QTextCharFormat:
    tiny = QTextCharFormat()
    tiny.setFontPointSize(1)
    return tiny


def anchor_pages(doc: QTextDocument, prefix: str = "toc-") -> dict[str, int]:
    """anchor name -> page (1..) where it lands, for the anchors named ``prefix``…"""
    height = doc.pageSize().height()
    layout = doc.documentLayout()
    out: dict[str, int] = {}
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            for name in it.fragment().charFormat().anchorNames():
                if name.startswith(prefix):
                    top = layout.blockBoundingRect(block).top()
                    out.setdefault(name, int(top // height) + 1)
            it += 1
        block = block.next()
    return out
