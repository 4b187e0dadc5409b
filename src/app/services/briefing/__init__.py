"""Briefing notes (DOCX, PDF, HTML, Markdown, XLSX) and table data export.

:func:`build_briefing` makes the plain-data :class:`Briefing`; :func:`render_charts` adds
chart images from a renderer passed in by the Qt layer; an :class:`Exporter` writes one
format. The formats are declared in :mod:`app.services.export_registry`; :data:`EXPORTERS`
holds those that need no Qt (PDF, written with Qt's own PDF writer, is loaded by the Qt
side through :func:`create_exporter`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from app.services.briefing.text_formats import (
        HtmlExporter,
        MarkdownExporter,
        render_markdown,
    )
    from app.services.briefing.xlsx_export import XlsxExporter

    #: the briefing formats services can write without Qt, by name, in the registry's order
    EXPORTERS: dict[str, Exporter]

#: where each public name lives: loaded on first use (PEP 562), so that the desk, whose
#: settings need only ``model.TEMPLATES``, starts without the exporters and the builder
_HOMES = {
    "Exporter": "base",
    "create_exporter": "base",
    "build_briefing": "build",
    "render_charts": "charts",
    "DocxExporter": "docx_export",
    "DEFAULT_LOCALE": "locale_format",
    "LOCALES": "locale_format",
    "check_locale": "locale_format",
    "format_amount": "locale_format",
    "format_figure": "locale_format",
    "TEMPLATES": "model",
    "Briefing": "model",
    "BriefingEvent": "model",
    "BriefingRequest": "model",
    "ChartSpec": "model",
    "Cited": "model",
    "EventChart": "model",
    "FigureRow": "model",
    "IndicatorSection": "model",
    "KeyMessage": "model",
    "RenderChart": "model",
    "export_table": "table_data",
    "table_frame": "table_data",
    "table_writer": "table_data",
    "HtmlExporter": "text_formats",
    "MarkdownExporter": "text_formats",
    "render_markdown": "text_formats",
    "XlsxExporter": "xlsx_export",
}


def __getattr__(name: str) -> Any:
    if name == "EXPORTERS":
        from app.services.briefing.base import create_exporter
        from app.services.export_registry import formats

        value: Any = {n: create_exporter(n) for n in formats("briefing", qt=False)}
    elif name in _HOMES:
        value = getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # once: later lookups do not come here
    return value


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
