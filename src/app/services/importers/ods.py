"""ODS spreadsheets: the rows of one sheet of ``content.xml``, streamed with expat.

Why not odfpy's loader: it builds a DOM of the whole document, 11.9 s for the 350 KB
civil service fixture (12 MB of XML, 43,666 numbers; pandas' "odf" engine, which uses it,
takes 11.5 s), where these expat handlers read a sheet in about 1 s. odfpy still gives the
namespace names. Only the wanted sheet pays for the cell handlers; a DTD or an entity
declaration is refused before anything is parsed from it; repeated rows and columns are
expanded only where they hold something, within fixed bounds.
"""

from __future__ import annotations

import html
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any
from xml.parsers import expat

from odf.namespaces import OFFICENS, TABLENS, TEXTNS

from app.services.importers.problems import ImportFailed
from app.services.importers.text import Input, input_name, open_binary

#: (row number in the sheet, counting from 1; the cells as text)
Row = tuple[int, list[str]]

MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
MAX_CELLS = 50_000_000
_T, _O, _X = f"{TABLENS} ", f"{OFFICENS} ", f"{TEXTNS} "
_CELLS = frozenset({_T + "table-cell", _T + "covered-table-cell"})
_TABLE, _ROW, _NAME = _T + "table", _T + "table-row", _T + "name"
_ROWS_REPEATED, _COLS_REPEATED = _T + "number-rows-repeated", _T + "number-columns-repeated"
_P, _S, _TAB, _BREAK, _C = _X + "p", _X + "s", _X + "tab", _X + "line-break", _X + "c"
_TYPE, _VALUE, _STRING = _O + "value-type", _O + "value", _O + "string-value"
_NUMERIC = ("float", "percentage", "currency")
_TABLE_TAG = re.compile(rb'<table:table\s[^>]*?\btable:name="([^"]*)"')
_OVERLAP = 1 << 16


def ods_names(src: Input) -> list[str]:
    """The sheet names, found by scanning the XML for table start tags (every ODS writer
    uses the ``table:`` prefix; parsing the whole document would take a second)."""
    names: list[str] = []
    seen: set[int] = set()
    with _content_xml(src) as xml:
        offset, carry = 0, b""
        while chunk := xml.read(1 << 22):
            data = carry + chunk
            for m in _TABLE_TAG.finditer(data):
                at = offset - len(carry) + m.start()
                if at not in seen:
                    seen.add(at)
                    names.append(html.unescape(m.group(1).decode("utf-8", "replace")))
            offset += len(chunk)
            carry = data[-_OVERLAP:]
    if names:
        return names
    reader = _OdsReader(input_name(src), None)  # another prefix: parse to be sure
    with _content_xml(src) as xml:
        for _nothing in reader.feed(xml):
            pass
    return reader.names


def ods_rows(src: Input, sheet: str) -> Iterator[Row]:
    reader = _OdsReader(input_name(src), sheet)
    with _content_xml(src) as xml:
        for rows in reader.feed(xml):
            if rows is not None:
                yield from rows
                return


@contextmanager
def _content_xml(src: Input) -> Iterator[IO[bytes]]:
    name = input_name(src)
    try:
        with open_binary(src) as fh, zipfile.ZipFile(fh) as z, z.open("content.xml") as xml:
            yield xml
    except (zipfile.BadZipFile, zlib.error, KeyError, OSError, EOFError, ValueError) as exc:
        raise ImportFailed(f"{name} is not a readable ODS workbook: {exc}") from exc


class _OdsReader:
    """An expat handler set that turns the rows of one sheet of content.xml into text."""

    def __init__(self, file: str, wanted: str | None) -> None:
        self.file, self.wanted = file, wanted
        self.names: list[str] = []
        self.parser: Any = None
        self.sheet = ""  # the sheet being parsed
        self.active = False
        self.rows: list[Row] = []
        self.number = 0
        self.budget = MAX_CELLS
        self.cells: list[str] = []
        self.blanks = 0
        self.cell: dict[str, str] | None = None
        self.text: list[str] = []
        self.paras = 0
        self.row_repeat = 1
        self.done = False

    def feed(self, xml: Any) -> Iterator[Iterator[Row] | None]:
        """Parses chunk by chunk; yields the wanted sheet's rows once it begins."""
        parser = self.parser = expat.ParserCreate(namespace_separator=" ")
        parser.StartDoctypeDeclHandler = self._refuse
        parser.EntityDeclHandler = self._refuse
        parser.StartElementHandler = self._start
        parser.buffer_text = True
        chunks = iter(lambda: xml.read(1 << 20), b"")
        for chunk in chunks:
            self._parse(parser, chunk)
            if self.active or self.done:
                yield self._drain(parser, chunks)
                return
            yield None
        self._parse(parser, b"", final=True)

    def _drain(self, parser: Any, chunks: Iterator[bytes]) -> Iterator[Row]:
        while True:
            yield from self.rows
            self.rows = []
            if self.done:
                return
            chunk = next(chunks, b"")
            self._parse(parser, chunk, final=not chunk)
            if not chunk:
                yield from self.rows
                return

    def _parse(self, parser: Any, chunk: bytes, final: bool = False) -> None:
        try:
            parser.Parse(chunk, final)
        except (expat.ExpatError, LookupError, ValueError) as exc:  # LookupError: encoding
            raise ImportFailed(f"{self.file} is not a readable ODS workbook: {exc}") from exc

    def _refuse(self, *_args: Any) -> None:
        raise ImportFailed(f"{self.file} declares a DTD/entities; refused")

    def _start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == _TABLE:
            self.sheet = attrs.get(_NAME, "")
            self.names.append(self.sheet)
            self.active = self.wanted is not None and self.sheet == self.wanted
            # only the wanted sheet pays for the handlers of cells and text
            self.parser.EndElementHandler = self._end if self.active else None
            self.parser.CharacterDataHandler = self._chars if self.active else None
        elif not self.active:
            return
        elif tag == _ROW:
            self.row_repeat = _count(attrs.get(_ROWS_REPEATED), MAX_ROWS)
        elif tag in _CELLS:
            self.cell, self.text, self.paras = attrs, [], 0
        elif self.cell is None:
            return
        elif tag == _P:
            self.paras += 1
            if self.paras > 1:
                self.text.append("\n")
        elif tag == _S:
            self.text.append(" " * _count(attrs.get(_C), 1000))
        elif tag == _TAB:
            self.text.append("\t")
        elif tag == _BREAK:
            self.text.append("\n")

    def _chars(self, data: str) -> None:
        if self.cell is not None:
            self.text.append(data)

    def _end(self, tag: str) -> None:
        if tag in _CELLS and self.cell is not None:
            self._end_cell(self.cell)
            self.cell = None
        elif tag == _ROW:
            self._end_row()
        elif tag == _TABLE:
            self.active, self.done = False, True

    def _end_cell(self, attrs: dict[str, str]) -> None:
        text = _ods_value(attrs, self.text)
        if _COLS_REPEATED not in attrs:  # the common case, kept short
            if not text:
                self.blanks += 1
            elif len(self.cells) + self.blanks < MAX_COLUMNS:
                if self.blanks:
                    self.cells.extend([""] * self.blanks)
                    self.blanks = 0
                self.cells.append(text)
            return
        repeat = _count(attrs[_COLS_REPEATED], MAX_COLUMNS)
        if text and len(self.cells) + self.blanks < MAX_COLUMNS:
            self.cells.extend([""] * self.blanks)
            self.cells.extend([text] * min(repeat, MAX_COLUMNS - len(self.cells)))
            self.blanks = 0
        else:
            self.blanks += repeat

    def _end_row(self) -> None:
        repeat = min(self.row_repeat, MAX_ROWS - self.number)
        if any(c.strip() for c in self.cells):
            self.budget -= repeat * len(self.cells)
            if self.budget < 0:
                raise ImportFailed(f"{self.file}: more than {MAX_CELLS:,} cells in one sheet")
            self.rows.extend((self.number + i + 1, list(self.cells)) for i in range(repeat))
        self.number += repeat
        self.cells, self.blanks = [], 0
        if self.number >= MAX_ROWS:
            self.active, self.done = False, True


def _count(text: str | None, cap: int) -> int:
    """A repeat count from the XML: 1 when absent or unreadable, at most ``cap``."""
    try:
        return max(1, min(int(text or 1), cap))
    except ValueError:
        return 1


def _ods_value(attrs: dict[str, str], text: list[str]) -> str:
    kind = attrs.get(_TYPE, "")
    if kind in _NUMERIC:
        return attrs.get(_VALUE, "")
    if kind == "date":
        return attrs.get(_O + "date-value", "").removesuffix("T00:00:00")
    if kind == "time":
        return attrs.get(_O + "time-value", "")
    if kind == "boolean":
        return str(attrs.get(_O + "boolean-value", "") == "true")
    if _STRING in attrs:
        return attrs[_STRING]
    return "".join(text)
