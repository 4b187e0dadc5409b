"""Every export format of Corridor, declared once: the CLI, the dialogs and the settings
derive their choices, file filters and defaults from :data:`EXPORT_FORMATS`.

Worked example — a briefing as OpenDocument text, one new module plus one registry line:

    # src/app/services/briefing/odt_export.py
    class OdtExporter(Exporter):
        name = "odt"                       # the registry entry it implements

        def export(self, briefing: Briefing, path: Path,
                   options: Mapping[str, Any] | None = None) -> None:
            opts = self.resolved(options)  # declared defaults + the caller's values
            with atomic_path(path) as tmp:
                write_odt(briefing, tmp, quotes=bool(opts["quotes"]))

    # below, in EXPORT_FORMATS:
    ExportFormat("briefing", "odt", "OpenDocument text", ".odt",
                 "app.services.briefing.odt_export:OdtExporter", (QUOTES,), charts=True),

The export dialog then lists it, builds its form from the options and offers the file
filter; ``corridor brief --format odt`` accepts it. A format that needs Qt (PDF through
QPdfWriter) sets ``needs_qt=True`` and names a module of ``app.qt``: services never load it
themselves; a consumer in app.qt, app.ui or app.cli (with a Qt application) does.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Literal

from app.services.options import Option

#: briefing: a Briefing to a document; table: the observations table as the user sees it;
#: summary: the latest figure of each indicator of a pair, as text
ExportKind = Literal["briefing", "table", "summary"]

QUOTES = Option("quotes", "Quote each source's sentence", "bool", True)


@dataclass(frozen=True)
class ExportFormat:
    """One export format: what the user chooses, what file it writes, where the code is.

    ``factory`` is "module:attribute" of the implementation — an ``Exporter`` class for a
    briefing, a writer ``(frame, path) -> None`` for a table, a renderer
    ``(summary) -> str`` for a summary — imported only when :meth:`load` is called.
    """

    kind: ExportKind
    name: str
    title: str
    suffix: str
    factory: str
    options: tuple[Option, ...] = ()
    needs_qt: bool = False
    charts: bool = False

    @property
    def file_filter(self) -> str:
        """The save dialog's filter: "Word document (*.docx)"."""
        return f"{self.title} (*{self.suffix})"

    def load(self) -> Any:
        """The implementation named by ``factory`` (imports its module on first use)."""
        module, _, attribute = self.factory.partition(":")
        return getattr(importlib.import_module(module), attribute)


EXPORT_FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat(
        "briefing",
        "docx",
        "Word document",
        ".docx",
        "app.services.briefing.docx_export:DocxExporter",
        (QUOTES, Option("chart_width_cm", "Chart width (cm)", "int", 16, minimum=8, maximum=17)),
        charts=True,
    ),
    ExportFormat(
        "briefing",
        "pdf",
        "PDF",
        ".pdf",
        "app.qt.pdf_export:PdfExporter",
        (QUOTES, Option("page_size", "Page size", "choice", "A4", ("A4", "Letter"))),
        needs_qt=True,
        charts=True,
    ),
    ExportFormat(
        "briefing",
        "html",
        "HTML (self-contained)",
        ".html",
        "app.services.briefing.text_formats:HtmlExporter",
        (QUOTES,),
        charts=True,
    ),
    ExportFormat(
        "briefing",
        "md",
        "Markdown (+ image files)",
        ".md",
        "app.services.briefing.text_formats:MarkdownExporter",
        (QUOTES,),
        charts=True,
    ),
    ExportFormat(
        "briefing",
        "xlsx",
        "Excel workbook",
        ".xlsx",
        "app.services.briefing.xlsx_export:XlsxExporter",
        (QUOTES,),
    ),
    ExportFormat("table", "csv", "CSV", ".csv", "app.services.briefing.table_data:write_csv"),
    ExportFormat(
        "table", "xlsx", "Excel workbook", ".xlsx", "app.services.briefing.table_data:write_xlsx"
    ),
    ExportFormat(
        "table", "parquet", "Parquet", ".parquet", "app.services.briefing.table_data:write_parquet"
    ),
    ExportFormat("summary", "md", "Markdown", ".md", "app.services.summary:render_markdown"),
    ExportFormat("summary", "html", "HTML", ".html", "app.services.summary:render_html"),
    ExportFormat("summary", "csv", "CSV", ".csv", "app.services.summary:render_csv"),
)


def formats(kind: ExportKind, qt: bool = True) -> dict[str, ExportFormat]:
    """The formats of one kind by name, in the order the dialogs list them; ``qt=False``
    leaves out those that need a Qt application."""
    return {f.name: f for f in EXPORT_FORMATS if f.kind == kind and (qt or not f.needs_qt)}


def export_format(kind: ExportKind, name: str) -> ExportFormat:
    """The named format of a kind; KeyError naming the choices for an unknown name."""
    known = formats(kind)
    if name not in known:
        raise KeyError(f"unknown {kind} format {name!r}; choose one of {', '.join(known)}")
    return known[name]


def default_format(kind: ExportKind) -> str:
    """The first format of a kind: what a fresh settings file proposes."""
    return next(iter(formats(kind)))


def format_for_path(kind: ExportKind, suffix: str, file_filter: str = "") -> str | None:
    """The format a file name's suffix (".csv") names, else the one of the chosen save
    filter, else None."""
    known = formats(kind).values()
    by_suffix = (f.name for f in known if suffix.lower() == f.suffix)
    by_filter = (f.name for f in known if file_filter and file_filter == f.file_filter)
    return next(by_suffix, None) or next(by_filter, None)
