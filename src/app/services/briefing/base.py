"""Exporters are small classes with declared options and a pure ``export``.

The export dialog builds its form from :attr:`Exporter.options`; the CLI passes defaults.
``export`` writes through :func:`app.services.atomic.atomic_path`, so a failed export never
leaves a half-written file at the target path.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from app.services.briefing.locale_format import format_change, label
from app.services.briefing.model import Briefing, Cited, Headline
from app.services.safe_cells import is_web_url
from app.services.summary import Citation


@dataclass(frozen=True)
class ExportOption:
    """One option of an exporter: the dialog shows a check box, spin box or choice."""

    key: str
    label: str
    default: bool | int | str
    minimum: int = 0
    maximum: int = 0
    choices: tuple[str, ...] = ()


class Exporter:
    name: ClassVar[str] = ""
    title: ClassVar[str] = ""
    suffix: ClassVar[str] = ""
    #: True when the format shows chart images (the caller renders them first)
    uses_charts: ClassVar[bool] = True
    options: ClassVar[tuple[ExportOption, ...]] = ()

    def resolved(self, options: Mapping[str, Any] | None) -> dict[str, Any]:
        """Declared defaults overlaid with ``options``; unknown keys are refused."""
        known = {o.key: o.default for o in self.options}
        unknown = set(options or {}) - set(known)
        if unknown:
            raise KeyError(f"{self.name} export has no options {sorted(unknown)}")
        return {**known, **(options or {})}

    def export(self, briefing: Briefing, path: Path,
               options: Mapping[str, Any] | None = None) -> None:
        raise NotImplementedError


QUOTES = ExportOption("quotes", "Quote each source's sentence", True)


def marks(cited: Cited) -> str:
    """"[1][4]" for a sentence's citation numbers."""
    return "".join(f"[{n}]" for n in cited.notes)


def citation_text(c: Citation, locale_day: str) -> str:
    """"Trend, Title, 25 December 2025, speaker" — the parts a reader needs to find it."""
    parts = [p for p in (c.publisher, c.title, locale_day, c.speaker) if p]
    return (", ".join(parts) or "unknown source").rstrip(".")  # callers add the stop


def safe_url(url: str) -> str:
    """The URL when it is a web address; '' otherwise (no javascript: links in documents)."""
    return url if is_web_url(url) else ""


def change_suffix(headline: Headline, locale: str) -> str:
    """" — change on a year earlier: +21.9 %" (computed, not as reported), or ''."""
    if headline.change_percent is None:
        return ""
    return f" — {label('change', locale).lower()}: {format_change(headline.change_percent, locale)}"


def dateline(briefing: Briefing) -> str:
    """"As of 25 December 2025. Periods: 2020 – 2025." (no doubled full stop)."""
    loc = briefing.locale
    stop = "" if briefing.as_of.endswith(".") else "."
    return (f"{label('as_of', loc)} {briefing.as_of}{stop} "
            f"{label('periods', loc)}: {briefing.period_text}.")
