"""Low-level Office Open XML for the Word briefing: fields, links, bookmarks, table rows that
repeat and never split, the document's language, column widths.

python-docx has no API for these; each helper writes the elements in the order the schema
(ECMA-376 part 1) requires, so Word opens the file without a repair prompt.
"""

from __future__ import annotations

import re
import unicodedata

from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Length
from docx.text.paragraph import Paragraph

from app.services.briefing.outline import Table

_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: language tags Word knows (w:lang) for the briefing locales; others pass through
LANGUAGE_TAGS = {"en": "en-GB", "ru": "ru-RU", "az": "az-Latn-AZ", "zh": "zh-CN", "tr": "tr-TR"}
EAST_ASIAN = frozenset({"zh", "ja", "ko"})
#: average advance of a 9 pt character, and a cell's left + right margins (cm)
CHAR_CM, CELL_PADDING_CM = 0.19, 0.45
#: a bold heading's characters are wider (more so where a fallback font draws them)
BOLD = 1.45
#: a column's text wider than this many characters wraps
LONGEST = 40


def xml_safe(text: str) -> str:
    """Text without the control characters XML (and so Word) cannot hold."""
    return _NOT_XML.sub("", text)


def bookmark_name(anchor: str) -> str:
    """A Word bookmark name for an outline anchor ("toc-3" -> "toc_3")."""
    return re.sub(r"\W", "_", anchor)


def element(tag: str, **attrs: str) -> BaseOxmlElement:
    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), value)
    return el


def field_char(paragraph: Paragraph, kind: str) -> None:
    paragraph.add_run()._r.append(element("w:fldChar", fldCharType=kind))


def field_start(paragraph: Paragraph, instruction: str) -> None:
    """The begin / instruction / separate runs of a complex field."""
    field_char(paragraph, "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    paragraph.add_run()._r.append(text)
    field_char(paragraph, "separate")


def add_field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A field (PAGE, NUMPAGES…) with ``shown`` as its text until Word updates it."""
    field_start(paragraph, instruction)
    paragraph.add_run(shown)
    field_char(paragraph, "end")


def add_link(paragraph: Paragraph, anchor: str, text: str, superscript: bool = False) -> None:
    """An internal hyperlink to bookmark ``anchor``."""
    link = element("w:hyperlink", anchor=anchor, history="1")
    run = OxmlElement("w:r")
    if superscript:
        props = OxmlElement("w:rPr")
        props.append(element("w:vertAlign", val="superscript"))
        run.append(props)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def add_bookmark(paragraph: Paragraph, name: str, number: int) -> None:
    """Bookmark ``name`` around the paragraph's content."""
    start = element("w:bookmarkStart", id=str(number), name=name)
    p = paragraph._p
    p.insert(1 if p.pPr is not None else 0, start)
    p.append(element("w:bookmarkEnd", id=str(number)))


def mark_row(row_tr: BaseOxmlElement, header: bool) -> None:
    """Never split the row across pages; repeat it on each page when it is the header."""
    props = row_tr.get_or_add_trPr()
    props.append(element("w:cantSplit"))
    if header:
        props.append(element("w:tblHeader"))


def set_language(doc: DocumentObject, locale: str) -> None:
    tag = LANGUAGE_TAGS.get(locale, locale.replace("_", "-"))
    # East Asian text has its own language slot; Word writes Latin runs in such a document
    # as English, which also keeps LibreOffice from breaking Latin words anywhere
    latin, east = ("en-US", tag) if locale in EAST_ASIAN else (tag, "zh-CN")
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}") if defaults is not None else None
    if rpr is not None:
        for old in rpr.findall(qn("w:lang")):
            rpr.remove(old)
        rpr.append(element("w:lang", val=latin, eastAsia=east, bidi="ar-SA"))
    settings = doc.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), latin)
        theme.set(qn("w:eastAsia"), east)
    doc.core_properties.language = tag


def update_fields_on_open(doc: DocumentObject) -> None:
    """Word refreshes the TOC and page fields when it opens the file."""
    settings = doc.settings.element
    flag = element("w:updateFields", val="true")
    # schema order: updateFields comes just before hdrShapeDefaults / footnotePr / compat
    later = [settings.find(qn(f"w:{t}")) for t in ("hdrShapeDefaults", "footnotePr", "compat")]
    anchor = next((el for el in later if el is not None), None)
    if anchor is not None:
        anchor.addprevious(flag)
    else:
        settings.append(flag)


def text_width(text: str) -> int:
    """Width of ``text`` in Latin characters (CJK ideographs count two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def column_widths(block: Table, total_cm: float) -> list[Length]:
    """Each column as wide as its longest text (a long remark wraps at :data:`LONGEST`),
    never narrower than the longest word of its bold heading; then scaled to ``total_cm``,
    squeezing only the room above those floors when the table is too wide."""
    floors = [
        max((text_width(w) for w in h.split()), default=1) * CHAR_CM * BOLD + CELL_PADDING_CM
        for h in block.header
    ]
    wants = [
        max(
            floor,
            min(max((text_width(r[c]) for r in block.rows), default=0), LONGEST) * CHAR_CM
            + CELL_PADDING_CM,
        )
        for c, floor in enumerate(floors)
    ]
    total = sum(wants)
    if total <= total_cm or sum(floors) >= total_cm:
        return [Cm(w * total_cm / total) for w in wants]
    room = (total_cm - sum(floors)) / (total - sum(floors))
    return [Cm(f + (w - f) * room) for f, w in zip(floors, wants, strict=True)]
