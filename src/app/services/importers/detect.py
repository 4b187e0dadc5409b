"""Which importer fits a file: each one scores the file's first lines; the best wins.

Checklist (import-formats.md, section 8): ``"Data Source"`` first -> WDI bulk; ``[YRnnnn]``
columns -> DataBank; ``typeCode`` -> Comtrade; ``DATAFLOW``/``STRUCTURE`` -> SDMX-CSV;
Corridor's own columns -> Corridor; anything else with a header -> a generic table.
"""

from __future__ import annotations

from app.services.importers.base import Head
from app.services.importers.formats.corridor_format import is_corridor_columns
from app.services.importers.problems import ImportFailed
from app.services.importers.registry import IMPORTERS
from app.services.importers.tables import kind_of, table_columns
from app.services.importers.text import Input, input_name, input_size


def detect(src: Input) -> str:
    """The name of the importer for a file. Raises ImportFailed for an empty file."""
    if input_size(src) == 0:
        raise ImportFailed(f"{input_name(src)} is empty")
    if kind_of(src) in ("xlsx", "parquet"):
        return "corridor" if is_corridor_columns(table_columns(src)) else "table"
    head = Head.of(src)
    if not any(line.strip() for line in head.lines):
        raise ImportFailed(f"{input_name(src)} holds no text lines")
    scores = {name: imp.sniff(head) for name, imp in IMPORTERS.items()}
    best = max(scores, key=lambda n: scores[n])
    if scores[best] <= 0:
        raise ImportFailed(f"{input_name(src)}: the format is not recognised; choose it")
    return best
