"""Which importer fits a file: each one scores the file's first lines; the best wins.

Detection goes by content, not only by the first header cell (import-formats.md, section
8, and issue 16): ``"Data Source"`` first or the WDI header without its preamble -> WDI
bulk; ``[YRnnnn]`` columns -> DataBank (CSV or a workbook); ``typeCode`` (also after a
pandas index column) or the legacy ``Trade Flow Code`` header -> Comtrade;
``DATAFLOW``/``STRUCTURE`` -> SDMX-CSV; ``DATE,TIME PERIOD,…`` -> ECB portal; Corridor's
own columns -> Corridor; anything else with a header -> a generic table. Spreadsheets
(XLSX, ODS, XLS) are scored on the first rows of their data sheet by the importers that
read workbooks. A file of a known kind that holds no table (PDF, ZIP, HTML page, World
Bank metadata companion) fails with a message naming that kind.
"""

from __future__ import annotations

from app.services.importers.base import Head
from app.services.importers.formats.corridor_format import is_corridor_columns
from app.services.importers.kinds import refuse_known_kind
from app.services.importers.problems import ImportFailed
from app.services.importers.registry import IMPORTERS
from app.services.importers.tables import SPREADSHEETS, kind_of, sheet_head, table_columns
from app.services.importers.text import HEAD_BYTES, Input, input_name, input_size

#: The importers that read workbooks as well as CSV.
SHEET_READERS = ("corridor", "wdi", "databank", "table")


def detect(src: Input) -> str:
    """The name of the importer for a file. Raises ImportFailed for an empty file or one
    of a kind that holds no table."""
    name = input_name(src)
    if input_size(src) == 0:
        raise ImportFailed(f"{name} is empty")
    kind = kind_of(src)
    if kind == "parquet":
        return "corridor" if is_corridor_columns(table_columns(src)) else "table"
    if kind in SPREADSHEETS:
        head = sheet_head(src)
        candidates = [n for n in SHEET_READERS if n in IMPORTERS]
    else:
        head = Head.of(src)
        refuse_known_kind(src, head)
        candidates = list(IMPORTERS)
    if not any(line.strip() for line in head.lines):
        raise ImportFailed(f"{name} holds no text lines")
    _refuse_endless_line(src, head)
    scores = {n: IMPORTERS[n].sniff(head) for n in candidates}
    best = max(scores, key=lambda n: scores[n])
    if scores[best] <= 0:
        raise ImportFailed(f"{name}: the format is not recognised; choose it")
    return best


def _refuse_endless_line(src: Input, head: Head) -> None:
    """One line longer than the head that is not a JSON or XML message (those are often one
    long line) is no table: say so, rather than read a 256 KB header row."""
    if len(head.lines) != 1 or input_size(src) <= HEAD_BYTES:
        return
    start = head.lines[0].lstrip("\ufeff \t")[:1]
    if start not in ("{", "[", "<"):
        raise ImportFailed(
            f"{input_name(src)}: its first line is longer than {HEAD_BYTES // 1024} KB and "
            "it is not a JSON or XML message; it is not a table Corridor can read"
        )
