"""Briefing notes (DOCX, PDF, HTML, Markdown, XLSX) and table data export.

:func:`build_briefing` makes the plain-data :class:`Briefing`; :func:`render_charts` adds
chart images from a renderer passed in by the Qt layer; an :class:`Exporter` from
:data:`EXPORTERS` writes one format. PDF is written by :mod:`app.qt.pdf_export` (Qt's own
PDF writer) and registered there.
"""

from __future__ import annotations

from app.services.briefing.base import Exporter, ExportOption
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
    Briefing,
    BriefingRequest,
    ChartSpec,
    Cited,
    FigureRow,
    IndicatorSection,
    RenderChart,
)
from app.services.briefing.table_data import TABLE_FORMATS, export_table, table_frame
from app.services.briefing.text_formats import HtmlExporter, MarkdownExporter, render_markdown
from app.services.briefing.xlsx_export import XlsxExporter

#: the formats services can write without Qt, by name
EXPORTERS: dict[str, Exporter] = {e.name: e for e in (
    DocxExporter(), HtmlExporter(), MarkdownExporter(), XlsxExporter())}

__all__ = [
    "DEFAULT_LOCALE", "EXPORTERS", "LOCALES", "TABLE_FORMATS", "Briefing", "BriefingRequest",
    "ChartSpec", "Cited", "DocxExporter", "ExportOption", "Exporter", "FigureRow",
    "HtmlExporter", "IndicatorSection", "MarkdownExporter", "RenderChart", "XlsxExporter",
    "build_briefing", "check_locale", "export_table", "format_amount", "format_figure",
    "render_charts", "render_markdown", "table_frame",
]
