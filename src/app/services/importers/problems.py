"""What an importer hands back: the rows it read, their source and what was wrong.

Importers never raise on bad content: every unreadable number, unknown country, odd period
or duplicate becomes a :class:`Problem` with file, line and column, so the preview and the
CLI can list them and the user can decide to skip those rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import pandas as pd

from app.domain.model import Source, empty_observations

#: progress(done, total): done and total in the same unit (bytes or rows); total 0 = unknown
Progress = Callable[[int, int], None]
#: cancel() -> True once the user asked to stop
Cancel = Callable[[], bool]

#: Problems kept per import; beyond that they are counted in one summary line.
MAX_PROBLEMS = 20_000


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

    def text(self) -> str:
        where = self.file + (f":{self.line}" if self.line is not None else "")
        col = f" [{self.column}]" if self.column else ""
        return f"{where}{col}: {self.severity}: {self.message}"


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
    """Collects problems with a cap so that a file of bad rows cannot exhaust memory."""

    def __init__(self, file: str, limit: int = MAX_PROBLEMS) -> None:
        self.file = file
        self.limit = limit
        self.items: list[Problem] = []
        self.dropped = 0

    def add(
        self, line: int | None, column: str, message: str, severity: Severity = Severity.ERROR
    ) -> None:
        if len(self.items) < self.limit:
            self.items.append(Problem(self.file, line, column, message, severity))
        else:
            self.dropped += 1

    def finish(self) -> list[Problem]:
        out = sorted(self.items, key=lambda p: (p.line is not None, p.line or 0))
        if self.dropped:
            out.append(
                Problem(
                    self.file, None, "", f"{self.dropped} more problems not listed", Severity.ERROR
                )
            )
        return out
