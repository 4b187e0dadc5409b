"""Importers for the files analysts download (Corridor, World Bank, Comtrade, SDMX, tables).

``read_file(path)`` detects the format and reads it into an :class:`ImportResult`;
``plan_import(result, store, on_duplicate)`` turns that into one undoable edit.
Nothing here writes to a workspace.
"""

from __future__ import annotations

from typing import Any

from app.domain.analytics.passes import one_pass
from app.services.importers.detect import detect
from app.services.importers.plan import OnDuplicate, PlanSummary, plan_import, plan_with_summary
from app.services.importers.problems import (
    Cancel,
    ImportCancelled,
    ImportFailed,
    ImportResult,
    Problem,
    Progress,
    Severity,
)
from app.services.importers.registry import FORMAT_CHOICES, IMPORTERS, get_importer
from app.services.importers.text import Input


def read_file(
    src: Input,
    fmt: str = "auto",
    options: dict[str, Any] | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportResult:
    """Read a file with the named importer (or the detected one). Never writes anything.
    One read is one pass (:func:`.one_pass`): what the readers work out per set of
    categories is worked out once, however many blocks share them."""
    name = detect(src) if fmt in ("", "auto") else fmt
    with one_pass():
        return get_importer(name).read(src, options, progress, cancel)


__all__ = [
    "FORMAT_CHOICES",
    "IMPORTERS",
    "ImportCancelled",
    "ImportFailed",
    "ImportResult",
    "OnDuplicate",
    "PlanSummary",
    "Problem",
    "Severity",
    "detect",
    "get_importer",
    "plan_import",
    "plan_with_summary",
    "read_file",
]
