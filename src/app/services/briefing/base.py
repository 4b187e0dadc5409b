"""Exporters are small classes with declared options and a pure ``export``.

An exporter class names its entry of :data:`app.services.export_registry.EXPORT_FORMATS`,
which declares its title, suffix and options once for the dialog, the CLI and the settings.
``export`` writes through :func:`app.services.atomic.atomic_path`, so a failed export never
leaves a half-written file at the target path.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar

from app.services.briefing.figure_texts import format_changes
from app.services.briefing.locale_format import label
from app.services.briefing.model import Briefing, Cited, Headline
from app.services.export_registry import ExportFormat, export_format
from app.services.options import Option, checked
from app.services.safe_cells import is_web_url
from app.services.summary import Citation


class Exporter(ABC):
    """A briefing writer; its title, suffix, options and chart use come from the registry."""

    name: ClassVar[str] = ""

    @property
    def format(self) -> ExportFormat:
        return export_format("briefing", self.name)

    @property
    def title(self) -> str:
        return self.format.title

    @property
    def suffix(self) -> str:
        return self.format.suffix

    @property
    def options(self) -> tuple[Option, ...]:
        return self.format.options

    @property
    def uses_charts(self) -> bool:
        """True when the format shows chart images (the caller renders them first)."""
        return self.format.charts

    def resolved(self, options: Mapping[str, Any] | None) -> dict[str, Any]:
        """Declared defaults overlaid with ``options``; unknown keys are refused."""
        return checked(self.options, options, f"{self.name} export")

    @abstractmethod
    def export(
        self, briefing: Briefing, path: Path, options: Mapping[str, Any] | None = None
    ) -> None:
        """Write ``briefing`` to ``path`` with the given option values."""


def create_exporter(name: str) -> Exporter:
    """A new exporter of the named briefing format. A format with ``needs_qt`` is loaded
    only by a caller that runs a Qt application (the dialog; the CLI after
    ``ensure_gui_app``)."""
    exporter = export_format("briefing", name).load()()
    if not isinstance(exporter, Exporter):
        raise TypeError(f"the {name} briefing format does not make an Exporter")
    return exporter


def marks(cited: Cited) -> str:
    """ "[1][4]" for a sentence's citation numbers."""
    return "".join(f"[{n}]" for n in cited.notes)


def citation_text(c: Citation, locale_day: str) -> str:
    """ "Trend, Title, 25 December 2025, speaker" — the parts a reader needs to find it."""
    parts = [p for p in (c.publisher, c.title, locale_day, c.speaker) if p]
    return (", ".join(parts) or "unknown source").rstrip(".")  # callers add the stop


def safe_url(url: str) -> str:
    """The URL when it is a web address; '' otherwise (no javascript: links in documents)."""
    return url if is_web_url(url) else ""


def change_suffixes(headlines: Sequence[Headline], locale: str) -> list[str]:
    """ " — change on a year earlier: +21.9 %" (computed, not as reported), or '', of each
    headline: the changes formatted a column at once (a dossier has 400 headlines)."""
    texts = format_changes([h.change_percent for h in headlines], locale)
    lead = f" — {label('change', locale).lower()}: "
    return [
        "" if h.change_percent is None else lead + text
        for h, text in zip(headlines, texts, strict=True)
    ]
