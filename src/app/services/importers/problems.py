"""What an importer hands back: the rows it read, their source and what was wrong.

Importers never raise on bad content: every unreadable number, unknown country, odd period
or duplicate becomes a :class:`Problem` with file, line and column, so the preview and the
CLI can list them and the user can decide to skip those rows. The same problem on many rows
(one unknown code in 60 year columns of a row, in 200 rows) is one problem with a count and
its first lines, not one line per cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import numpy as np
import pandas as pd

from app.domain.model import Source, empty_observations

#: progress(done, total): done and total in the same unit (bytes or rows); total 0 = unknown
Progress = Callable[[int, int], None]
#: cancel() -> True once the user asked to stop
Cancel = Callable[[], bool]

#: Distinct problems kept per import; beyond that they are counted in one summary line.
MAX_PROBLEMS = 20_000
#: Lines named per problem; the rest are counted.
LINES_NAMED = 5


class Severity(StrEnum):
    ERROR = "error"  # the row was not imported
    WARNING = "warning"  # imported, but check it
    INFO = "info"  # a fact about the file (rows left out on purpose, ...)


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    line: int | None
    column: str
    message: str
    severity: Severity = Severity.ERROR
    #: rows with this problem; ``line`` is the first of them, ``lines`` the first few
    count: int = 1
    lines: tuple[int, ...] = ()

    def text(self) -> str:
        where = self.file + (f":{self.line}" if self.line is not None else "")
        col = f" [{self.column}]" if self.column else ""
        return f"{where}{col}: {self.severity}: {self.message}{self.rows_text()}"

    def rows_text(self) -> str:
        """' (64 rows: lines 5, 6, 7, 8, 9, …)' for a problem of many rows, else ''."""
        if self.count <= 1:
            return ""
        named = ", ".join(str(n) for n in self.lines)
        more = ", …" if self.count > len(self.lines) else ""
        return (
            f" ({self.count:,} rows: lines {named}{more})" if named else f" ({self.count:,} rows)"
        )


class ImportCancelled(Exception):
    """The user pressed Cancel; nothing was read into the workspace."""


class ImportFailed(Exception):
    """The file cannot be read at all (not this format, empty, damaged)."""


@dataclass
class ImportResult:
    """Rows in the model's observation columns (obs_id unset) plus their provenance.

    ``source_id`` in ``observations`` is -1 for rows that come from the file's own
    ``source``, or a local position into ``row_sources`` (Corridor's own files keep the
    original source of every row). ``indicators`` holds catalogue rows for portal codes.
    """

    format: str
    source: Source
    observations: pd.DataFrame = field(default_factory=empty_observations)
    row_sources: pd.DataFrame = field(default_factory=pd.DataFrame)
    indicators: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: reporters and partners that are not ISO countries, kept as the file wrote them:
    #: code, name (as the file gave it), kind (aggregate, unknown); see importers.entities
    entities: pd.DataFrame = field(default_factory=pd.DataFrame)
    problems: list[Problem] = field(default_factory=list)
    skipped: int = 0
    empty_cells: int = 0
    #: what the importer decided (resolved column mapping, ...), for the preview
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def has_errors(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)


class ProblemLog:
    """Collects problems, one per (column, message, severity) with a count and its first
    lines, with a cap so that a file of bad rows cannot exhaust memory."""

    def __init__(self, file: str, limit: int = MAX_PROBLEMS) -> None:
        self.file = file
        self.limit = limit
        self._groups: dict[tuple[str, str, Severity], list[Any]] = {}
        self.dropped = 0

    @property
    def items(self) -> list[Problem]:
        return [self._problem(k, g) for k, g in self._groups.items()]

    def add(
        self, line: int | None, column: str, message: str, severity: Severity = Severity.ERROR
    ) -> None:
        self.add_rows([] if line is None else [line], column, message, severity, count=1)

    def add_rows(
        self,
        lines: Sequence[int] | np.ndarray,
        column: str,
        message: str,
        severity: Severity = Severity.ERROR,
        count: int | None = None,
    ) -> None:
        """One problem on many rows (``count`` defaults to the number of lines)."""
        n = len(lines) if count is None else count
        key = (column, message, severity)
        group = self._groups.get(key)
        if group is None:
            if len(self._groups) >= self.limit:
                self.dropped += n
                return
            group = self._groups[key] = [0, []]
        group[0] += n
        room = LINES_NAMED - len(group[1])
        if room > 0:
            group[1].extend(int(x) for x in lines[:room])

    def _problem(self, key: tuple[str, str, Severity], group: list[Any]) -> Problem:
        column, message, severity = key
        lines = tuple(group[1])
        first = lines[0] if lines else None
        return Problem(self.file, first, column, message, severity, group[0], lines)

    def finish(self) -> list[Problem]:
        out = sorted(self.items, key=lambda p: (p.line is not None, p.line or 0))
        if self.dropped:
            out.append(
                Problem(
                    self.file, None, "", f"{self.dropped} more problems not listed", Severity.ERROR
                )
            )
        return out
