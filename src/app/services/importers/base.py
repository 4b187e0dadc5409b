"""What every importer shares: declared options, the file's source record, the read loop.

An importer is a small class with a name, the options (:class:`app.services.options.Option`)
a dialog builds its form from, a ``sniff`` that scores how well a file's head matches, and
a pure ``read`` that never touches a workspace.
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, ClassVar

import pandas as pd

from app.domain.model import Source
from app.services.importers.formats.distinct import used_texts
from app.services.importers.problems import (
    Cancel,
    ImportFailed,
    ImportResult,
    ProblemLog,
    Progress,
    Severity,
)
from app.services.importers.rows import RowBuilder
from app.services.importers.text import (
    CsvLayout,
    Input,
    head_lines,
    input_name,
    iter_csv_blocks,
    sniff_delimiter,
    split_line,
)
from app.services.options import Option, with_defaults


@dataclass(frozen=True)
class Head:
    """The first lines of a file, decoded, for sniffing and mapping."""

    name: str
    suffix: str
    encoding: str
    lines: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, src: Input) -> Head:
        name = input_name(src)
        suffix = "" if isinstance(src, bytes) else Path(src).suffix.lower()
        if suffix in (".xlsx", ".xlsm", ".ods", ".parquet", ".pq"):
            return cls(name, suffix, "binary")
        enc, lines = head_lines(src)
        return cls(name, suffix, enc, lines)

    def text(self, limit: int = 200_000) -> str:
        """The first lines as one text, BOM and leading blanks off: what JSON and XML
        sniffers look at (a minified message is one long line)."""
        return "\n".join(self.lines)[:limit].lstrip("\ufeff \t\r\n")

    @cached_property
    def delimiter(self) -> str:
        """The delimiter of the head's lines, sniffed once (every importer's ``sniff``
        asks for the first cells)."""
        return sniff_delimiter(self.lines)

    def first_cells(self, line: int = 0) -> list[str]:
        if line >= len(self.lines):
            return []
        return [c.strip().strip("\ufeff") for c in split_line(self.lines[line], self.delimiter)]


class Importer(ABC):
    """Base class; subclasses set the class attributes and implement ``read`` (abstract:
    an importer that forgets it fails when it is registered, not when a user imports)."""

    name: ClassVar[str] = ""
    label: ClassVar[str] = ""
    publisher: ClassVar[str] = ""
    options: ClassVar[tuple[Option, ...]] = ()

    def sniff(self, head: Head) -> int:
        """0 (not this format) .. 100 (certainly this format)."""
        return 0

    def settings(self, options: dict[str, Any] | None) -> dict[str, Any]:
        """The declared defaults overlaid with the caller's values that are not None."""
        return with_defaults(self.options, options)

    @abstractmethod
    def read(
        self,
        src: Input,
        options: dict[str, Any] | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportResult:
        """Read the whole input into observations, sources and a problem log."""


def file_source(src: Input, publisher: str, dataset: str = "", url: str = "") -> Source:
    """The provenance every imported figure carries: which file, from where, when."""
    return Source(
        publisher=publisher,
        title=input_name(src),
        url=url,
        dataset=dataset,
        retrieved=dt.date.today().isoformat(),
        kind="file",
    )


def csv_layout(head: Head, header_line: int = 0, delimiter: str | None = None) -> CsvLayout:
    if header_line >= len(head.lines):
        raise ImportFailed(f"{head.name} has no header line (the file is empty or too short)")
    delim = delimiter or sniff_delimiter(head.lines[header_line:])
    cols = [c.strip().strip("\ufeff") for c in split_line(head.lines[header_line], delim)]
    return CsvLayout(head.encoding, delim, header_line, cols)


def read_long_csv(
    src: Input,
    layout: CsvLayout,
    builder: RowBuilder,
    convert: Callable[[pd.DataFrame], pd.DataFrame | None],
    progress: Progress | None,
    cancel: Cancel | None,
    skip_bad: Callable[[str], bool] | None = None,
    dictionary: Collection[str] = (),
    only: Collection[str] | None = None,
    numbers: Collection[str] = (),
    block_size: int | None = None,
) -> None:
    """Stream a CSV table through ``convert`` (file columns -> long batch) into ``builder``;
    the columns named in ``dictionary`` come as categoricals, only those in ``only`` (None:
    all) are read, ``numbers`` may come as floats; ``block_size`` None: the size for the
    file's size (see :func:`iter_csv_blocks`)."""
    builder.expect_lines_of(src)
    blocks = numbered_blocks(
        src,
        layout,
        builder.log,
        progress,
        cancel,
        skip_bad,
        dictionary,
        only,
        numbers,
        block_size,
    )
    for frame in blocks:
        long = convert(frame)
        if long is not None:
            builder.add(long)


def numbered_blocks(
    src: Input,
    layout: CsvLayout,
    log: ProblemLog,
    progress: Progress | None,
    cancel: Cancel | None,
    skip_bad: Callable[[str], bool] | None = None,
    dictionary: Collection[str] = (),
    only: Collection[str] | None = None,
    numbers: Collection[str] = (),
    block_size: int | None = None,
) -> Iterator[pd.DataFrame]:
    """CSV blocks with a ``line`` column: the file line of each row (one row per line);
    the columns named in ``dictionary`` as categoricals, only those in ``only`` (None: all),
    ``numbers`` as floats where they read as such, in blocks of ``block_size`` bytes (see
    :func:`iter_csv_blocks`)."""
    expected = len(layout.columns)

    def bad_row(text: str) -> bool:
        if skip_bad is not None and skip_bad(text):
            return True
        fields = len(split_line(text, layout.delimiter))
        log.add(
            None,
            "",
            f"row with {fields} fields where the header has {expected}; skipped: {text[:60]!r}",
        )
        return True

    line = layout.header_line + 2
    blocks = iter_csv_blocks(
        src,
        layout,
        progress,
        cancel,
        bad_row,
        block_size,
        dictionary=dictionary,
        only=only,
        numbers=numbers,
    )
    for frame in blocks:
        frame["line"] = range(line, line + len(frame))
        line += len(frame)
        yield frame


def finish(
    builder: RowBuilder,
    fmt: str,
    source: Source,
    indicators: pd.DataFrame | None = None,
    duplicate_key: tuple[str, ...] | None = None,
    row_sources: pd.DataFrame | None = None,
) -> ImportResult:
    obs = builder.finish() if duplicate_key is None else builder.finish(duplicate_key)
    if builder.empty:
        builder.log.add(None, "", f"{builder.empty} empty cells (no value) left out", Severity.INFO)
    result = ImportResult(
        fmt,
        source,
        obs,
        problems=builder.log.finish(),
        skipped=builder.skipped,
        empty_cells=builder.empty,
        entities=builder.entity_rows(),
    )
    if indicators is not None and len(indicators):
        used = used_texts(obs["indicator"])
        result.indicators = (
            indicators[indicators["code"].isin(used)].drop_duplicates("code").reset_index(drop=True)
        )
    if row_sources is not None:
        result.row_sources = row_sources
    return result


def catalogue_rows(rows: list[dict[str, str]]) -> pd.DataFrame:
    """Indicator catalogue rows for portal codes Corridor does not know."""
    cols = ("code", "name", "topic", "unit", "kind", "description")
    return pd.DataFrame([{c: r.get(c, "") for c in cols} for r in rows], columns=list(cols))


def kind_of_unit(unit: str) -> str:
    if unit == "percent":
        return "rate"
    if unit in ("persons", "count", "companies"):
        return "count"
    return "flow"
