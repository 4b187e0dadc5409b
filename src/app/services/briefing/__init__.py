"""Briefing notes (DOCX, PDF, HTML, Markdown, XLSX) and table data export.

:func:`build_briefing` makes the plain-data :class:`Briefing`; :func:`render_charts` adds
chart images from a renderer passed in by the Qt layer; an :class:`Exporter` writes one
format. The formats are declared in :mod:`app.services.export_registry`; :data:`EXPORTERS`
holds those that need no Qt (PDF, written with Qt's own PDF writer, is loaded by the Qt
side through :func:`create_exporter`).
"""

from __future__ import annotations

from app.services.briefing.base import Exporter, create_exporter
from app.services.briefing.build import build_briefing
from app.services.briefing.charts import render_charts
from app.services.briefing.docx_export import DocxExporter
from app.services.briefing.locale_format import (
    DEFAULT_LOCALE,
    LOCALES,
    check_locale,
    format_amount,
    format_figure,
)
from app.services.briefing.model import (
    TEMPLATES,
    Briefing,
    BriefingEvent,
    BriefingRequest,
    ChartSpec,
    Cited,
    EventChart,
    FigureRow,
    IndicatorSection,
    KeyMessage,
    RenderChart,
)
from app.services.briefing.table_data import export_table, table_frame, table_writer
from app.services.briefing.text_formats import HtmlExporter, MarkdownExporter, render_markdown
from app.services.briefing.xlsx_export import XlsxExporter
from app.services.export_registry import formats

#: the briefing formats services can write without Qt, by name, in the registry's order
EXPORTERS: dict[str, Exporter] = {
    name: create_exporter(name) for name in formats("briefing", qt=False)
}

__all__ = [
    "DEFAULT_LOCALE",
    "EXPORTERS",
    "LOCALES",
    "TEMPLATES",
    "Briefing",
    "BriefingEvent",
    "BriefingRequest",
    "ChartSpec",
    "Cited",
    "DocxExporter",
    "EventChart",
    "Exporter",
    "FigureRow",
    "HtmlExporter",
    "IndicatorSection",
    "KeyMessage",
    "MarkdownExporter",
    "RenderChart",
    "XlsxExporter",
    "build_briefing",
    "check_locale",
    "create_exporter",
    "export_table",
    "format_amount",
    "format_figure",
    "render_charts",
    "render_markdown",
    "table_frame",
    "table_writer",
]
