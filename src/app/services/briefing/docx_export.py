"""Word briefing (python-docx): the template's blocks (:mod:`.outline`) in real Word styles.

Users restyle the document through its styles, so every block has one: Title, Subtitle (the
dateline), Heading 1 (parts), Heading 2 (indicators), List Number / List Bullet, Caption
(charts), "Small" (notes and sources), "Table Text" / "Table Text Small" in "Table Grid"
tables whose header row repeats on each page and whose rows never split. The page is A4 with
2 cm margins, a running header and "Page n of N" (PAGE / NUMPAGES fields) in the footer.
The dossier's contents are a Word TOC field (refreshed on open: ``w:updateFields``) whose
placeholder lists the headings, linked to their bookmarks. Citation marks are superscript
"[n]" linked to the source list's bookmarks.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.section import Section
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from app.services.atomic import atomic_path
from app.services.briefing.base import Exporter
from app.services.briefing.docx_xml import (
    add_bookmark,
    add_field,
    add_link,
    bookmark_name,
    column_widths,
    field_char,
    field_start,
    mark_row,
    set_language,
    update_fields_on_open,
    xml_safe,
)
from app.services.briefing.locale_format import label
from app.services.briefing.model import Briefing, Cited
from app.services.briefing.outline import (
    Block,
    Bullets,
    Chart,
    Contents,
    Heading,
    KeyPoint,
    Para,
    Sources,
    Table,
    outline,
)

#: a key message's small chart; the dossier's charts take the ``chart_width_cm`` option
KEY_CHART_CM = 8.5
#: A4 less 2 cm margins
TEXT_WIDTH_CM = 17.0
TOC_FIELD = 'TOC \\o "1-2" \\h \\z \\u'
GREY = RGBColor(0x59, 0x59, 0x59)
#: where paragraphs go: the document body or a table cell
_Container = DocumentObject | _Cell
PARA_STYLES = {"dateline": "Subtitle", "small": "Small", "caption": "Caption", "": "Normal"}


def _paragraph_style(
    doc: DocumentObject, name: str, size: float, after: float = 0, style_id: str = ""
) -> None:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.font.size = Pt(size)
    style.paragraph_format.space_after = Pt(after)
    if style_id:
        style.element.styleId = style_id


def _styles(doc: DocumentObject) -> None:
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1
    doc.styles["Title"].font.size = Pt(22)
    for name, before in (("Heading 1", 14), ("Heading 2", 10)):
        doc.styles[name].paragraph_format.space_before = Pt(before)
        doc.styles[name].paragraph_format.space_after = Pt(4)
    for name in ("Header", "Footer"):
        doc.styles[name].font.size = Pt(8)
        doc.styles[name].font.color.rgb = GREY
    caption = doc.styles["Caption"]
    caption.paragraph_format.space_after = Pt(8)
    caption.font.color.rgb = GREY
    _paragraph_style(doc, "Small", 8.5, after=3)
    _paragraph_style(doc, "Table Text", 10)
    _paragraph_style(doc, "Table Text Small", 9)
    _paragraph_style(doc, "toc 1", 10.5, after=2, style_id="TOC1")
    _paragraph_style(doc, "toc 2", 10, after=1, style_id="TOC2")
    doc.styles["toc 2"].paragraph_format.left_indent = Cm(0.6)


def _page(section: Section, b: Briefing) -> None:
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    section.header_distance = section.footer_distance = Cm(1)
    header = section.header.paragraphs[0]
    header.style = "Header"
    header.text = xml_safe(b.running_header)
    footer = section.footer.paragraphs[0]
    footer.style = "Footer"
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fields = {"{page}": "PAGE", "{pages}": "NUMPAGES"}
    for part in re.split(r"(\{pages?\})", label("page_of", b.locale)):
        if part in fields:
            add_field(footer, fields[part], "1")
        elif part:
            footer.add_run(part)


# --- blocks -------------------------------------------------------------------------------


class _Writer:
    """Appends the outline's blocks to a document, one method per kind of block."""

    def __init__(self, doc: DocumentObject, b: Briefing, chart_width_cm: float) -> None:
        self.doc, self.b, self.chart_width_cm = doc, b, chart_width_cm
        self.bookmarks = 0
        self.key_list = 0  # numbering instance of the current run of key messages

    def bookmark(self, paragraph: Paragraph, name: str) -> None:
        self.bookmarks += 1
        add_bookmark(paragraph, name, self.bookmarks)

    def cited(self, paragraph: Paragraph, cited: Cited) -> Paragraph:
        paragraph.add_run(xml_safe(cited.text))
        for n in cited.notes:
            add_link(paragraph, f"src_{n}", f"[{n}]", superscript=True)
        return paragraph

    def numbered(self, style: str, start: int) -> int:
        """A new numbering instance of ``style``'s list, starting at ``start``."""
        numbering = self.doc.part.numbering_part.element
        style_num = self.doc.styles[style].element.pPr.numPr.numId.val
        num = numbering.add_num(numbering.num_having_numId(style_num).abstractNumId.val)
        num.add_lvlOverride(ilvl=0).add_startOverride(start)
        return int(num.numId)

    def listed(self, style: str, num_id: int, paragraph: Paragraph | None = None) -> Paragraph:
        """``paragraph`` (default: a new one) as an item of list ``num_id``."""
        if paragraph is None:
            paragraph = self.doc.add_paragraph(style=style)
        else:
            paragraph.style = style
        props = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        props.get_or_add_ilvl().val = 0
        props.get_or_add_numId().val = num_id
        return paragraph

    def picture(self, into: _Container, key: str, width_cm: float, caption: str) -> None:
        """The chart's picture and its Caption paragraph, kept together."""
        png = self.b.images.get(key)
        if not png:
            return
        paragraph = into.add_paragraph()
        paragraph.add_run().add_picture(io.BytesIO(png), width=Cm(width_cm))
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.space_after = Pt(0)
        if caption:
            into.add_paragraph(xml_safe(caption), style="Caption")

    def heading(self, block: Heading) -> None:
        paragraph = self.doc.add_heading(xml_safe(block.text), level=block.level)
        if block.anchor:
            self.bookmark(paragraph, bookmark_name(block.anchor))

    def para(self, block: Para) -> None:
        self.cited(self.doc.add_paragraph(style=PARA_STYLES.get(block.style, "Normal")), block.text)

    def bullets(self, block: Bullets) -> None:
        """List Bullet items; numbered items (the events) in List Number with the number
        written out and Word's numbering off (numId 0), so the numbers match the charts'
        event marks whatever list format a user gives the style."""
        style = "List Number" if block.numbered else "List Bullet"
        for n, item in enumerate(block.items, block.start):
            paragraph = self.doc.add_paragraph(style=style)
            if block.numbered:
                self.listed(style, 0, paragraph)
                paragraph.add_run(f"{n}. ").bold = True
            self.cited(paragraph, item)

    def key_point(self, block: KeyPoint) -> None:
        """The numbered message; with a chart, a borderless row of two cells: the message,
        and the small chart over its caption (as the HTML and PDF lay it out)."""
        if block.number == 1 or not self.key_list:
            self.key_list = self.numbered("List Number", block.number)
        if not (block.chart and self.b.images.get(block.chart)):
            self.cited(self.listed("List Number", self.key_list), block.text)
            return
        table = self.doc.add_table(rows=1, cols=2)
        table.autofit = False
        mark_row(table.rows[0]._tr, header=False)
        text_cell, chart_cell = table.rows[0].cells
        text_cell.width, chart_cell.width = Cm(TEXT_WIDTH_CM - KEY_CHART_CM), Cm(KEY_CHART_CM)
        self.cited(self.listed("List Number", self.key_list, text_cell.paragraphs[0]), block.text)
        chart_cell._tc.remove(chart_cell.paragraphs[0]._p)
        self.picture(chart_cell, block.chart, KEY_CHART_CM - 0.4, block.caption)

    def chart(self, block: Chart) -> None:
        self.picture(self.doc, block.key, self.chart_width_cm, block.caption)

    def table(self, block: Table) -> None:
        table: DocxTable = self.doc.add_table(rows=0, cols=len(block.header))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        widths = column_widths(block, TEXT_WIDTH_CM)
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        style = "Table Text Small" if block.compact else "Table Text"
        for r, row in enumerate((block.header, *block.rows)):
            added = table.add_row()  # type: ignore[no-untyped-call]
            mark_row(added._tr, header=r == 0)
            for c, (cell, text) in enumerate(zip(added.cells, row, strict=True)):
                cell.width = widths[c]
                paragraph = cell.paragraphs[0]
                paragraph.style = style
                if c in block.numeric:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                note = re.fullmatch(r"\[(\d+)\]", text) if c == block.note_column else None
                if r and note:
                    add_link(paragraph, f"src_{note[1]}", text)
                else:
                    paragraph.add_run(xml_safe(text)).bold = r == 0
        self.doc.add_paragraph(style="Small")  # a gap: Word glues adjacent tables

    def contents(self, block: Contents) -> None:
        self.doc.add_paragraph(label("contents", self.b.locale), style="TOC Heading")
        entries = block.entries or ((1, "", ""),)
        for i, (level, text, anchor) in enumerate(entries):
            paragraph = self.doc.add_paragraph(style="toc 2" if level > 1 else "toc 1")
            if i == 0:
                field_start(paragraph, TOC_FIELD)
            if text:
                add_link(paragraph, bookmark_name(anchor), xml_safe(text))
            if i == len(entries) - 1:
                field_char(paragraph, "end")

    def sources(self, block: Sources) -> None:
        self.doc.add_heading(xml_safe(block.heading), level=1)
        for s in block.items:
            paragraph = self.doc.add_paragraph(style="Small")
            self.bookmark(paragraph, f"src_{s.number}")
            paragraph.add_run(f"[{s.number}] ").bold = True
            paragraph.add_run(xml_safe(s.text))
            if s.url:
                paragraph.add_run(f" {xml_safe(s.url)}")
            if s.quote:
                paragraph.add_run(f" “{xml_safe(s.quote)}”").italic = True

    def write(self, block: Block) -> None:
        if isinstance(block, Heading):
            self.heading(block)
        elif isinstance(block, Para):
            self.para(block)
        elif isinstance(block, Bullets):
            self.bullets(block)
        elif isinstance(block, KeyPoint):
            self.key_point(block)
        elif isinstance(block, Chart):
            self.chart(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Contents):
            self.contents(block)
        else:
            self.sources(block)


def briefing_document(
    b: Briefing, quotes: bool = True, chart_width_cm: float = 16
) -> DocumentObject:
    """The Word document of ``b``'s template."""
    doc = Document()
    doc.core_properties.title = xml_safe(b.title)
    _styles(doc)
    set_language(doc, b.locale)
    _page(doc.sections[0], b)
    writer = _Writer(doc, b, chart_width_cm)
    blocks = outline(b, quotes)
    for block in blocks:
        writer.write(block)
    if any(isinstance(block, Contents) for block in blocks):
        update_fields_on_open(doc)
    return doc


class DocxExporter(Exporter):
    name = "docx"

    def export(
        self, briefing: Briefing, path: Path, options: Mapping[str, Any] | None = None
    ) -> None:
        opts = self.resolved(options)
        doc = briefing_document(briefing, bool(opts["quotes"]), float(opts["chart_width_cm"]))
        with atomic_path(path) as tmp:
            doc.save(str(tmp))
