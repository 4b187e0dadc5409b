"""Markdown and self-contained HTML briefings (and the markup the PDF writer lays out).

Both walk the template's blocks (:func:`app.services.briefing.outline.outline`). All stored
text (names, notes, quotes, publishers) is escaped: an observation note or a quote
containing ``<script>`` stays text in every format. Markdown also escapes its own markup
characters, so a quote with ``*`` or ``[1]`` cannot fake emphasis or a footnote.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from app.domain.analytics.bulk import collector_paused
from app.services.atomic import atomic_path, write_text_atomic
from app.services.briefing.base import Exporter
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

#: chart sizes in CSS pixels (1/96 inch): a key message's small chart, a section's chart
SMALL_CHART_PX = (330, 165)
FULL_CHART_PX = (600, 300)


#: Markdown's special characters backslashed, a line break made a space
_MD_TABLE = {ord(c): f"\\{c}" for c in "\\`*_{}[]<>#|!"} | {ord("\n"): " "}


#: the characters :func:`md_escape` changes, and a search for any of them
_MD_CHARS = "".join(map(chr, _MD_TABLE))
_MD_ANY = re.compile("[" + re.escape(_MD_CHARS) + "]").search


def md_escape(text: str) -> str:
    # one translate: a dossier escapes 100,000 cells, re.sub costs three times as much;
    # and only where there is something to escape: translate looks up every character
    # (8 µs for a sentence with a dash), the search of a plain one costs a tenth of that
    return text.translate(_MD_TABLE) if _MD_ANY(text) else text


def image_file_name(key: str) -> str:
    """A portable file name for a chart: "project_capacity-Gobustan_SPP.png"."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", key.replace("·", "-")).strip("_") + ".png"


# --- Markdown ---------------------------------------------------------------------------


def _md_cited(c: Cited) -> str:
    # " [3] [7]": one join (a record's sentence cites 20 sources)
    notes = c.notes
    return md_escape(c.text) + (" [" + "] [".join(map(str, notes)) + "]" if notes else "")


def _plain_columns(t: Table) -> bool:
    """Nothing to escape in any cell of ``t`` (its citation column aside): one search per
    column instead of one per row."""
    if t.columns:
        columns: Iterable[Sequence[str]] = t.columns
    elif set(map(len, t.rows)) - {len(t.header)}:  # a ragged row: row by row
        return False
    else:
        columns = zip(*t.rows, strict=True)
    text = "".join(["".join(c) for i, c in enumerate(columns) if i != t.note_column])
    # a substring test per character: a regex scan of a dossier's 700 kB of cells costs
    # ten times as much
    return not any(c in text for c in _MD_CHARS)


@cache
def _md_head(header: tuple[str, ...], numeric: tuple[int, ...]) -> tuple[str, str]:
    """A table's heading and alignment lines (a dossier's 400 tables share theirs)."""
    align = "|".join("---:" if i in numeric else "---" for i in range(len(header)))
    return "| " + " | ".join(md_escape(h) for h in header) + " |", f"|{align}|"


def _md_table(t: Table) -> list[str]:
    """The table's Markdown: each item a line, or the rows of a table with nothing to
    escape in one item of lines joined by newlines (the document joins items so)."""
    out = list(_md_head(tuple(t.header), tuple(t.numeric)))
    note = t.note_column
    if _plain_columns(t):
        # no Python step per row; a join of the row's cells, not a format call with a
        # field per cell (four times the cost); and the rows as one text, their lines
        # joined as the document joins its lines: no string per line made and then
        # copied again (a dossier has 20,000 rows, this is a third of their cost)
        rows = zip(*t.columns, strict=True) if t.columns else t.rows
        if len(t.rows):
            out.append("| " + " |\n| ".join(map(" | ".join, rows)) + " |")
        return [*out, ""]
    for row in t.rows:
        # most rows hold nothing to escape: one search of the row's text (the citation
        # column left out, its "[3]" is the link) instead of an escape per cell (a
        # dossier's tables have 100,000 cells)
        plain = row if note < 0 else row[:note] + row[note + 1 :]
        if _MD_ANY("".join(plain)) is not None:
            row = tuple(cell if i == note else md_escape(cell) for i, cell in enumerate(row))
        out.append("| " + " | ".join(row) + " |")
    return [*out, ""]


def _md_block(block: Block, images: Mapping[str, str], loc: str) -> list[str]:
    if isinstance(block, Heading):
        return ["#" * (block.level + 1) + " " + md_escape(block.text), ""]
    if isinstance(block, Para):
        return [_md_cited(block.text), ""]
    if isinstance(block, Bullets):
        marks = (f"{block.start + i}." if block.numbered else "-" for i in range(len(block.items)))
        return [f"{m} {_md_cited(c)}" for m, c in zip(marks, block.items, strict=True)] + [""]
    if isinstance(block, KeyPoint):
        out = [f"{block.number}. {_md_cited(block.text)}", ""]
        if block.chart in images:
            out += [f"   ![{md_escape(block.caption)}]({images[block.chart]})", ""]
        return out
    if isinstance(block, Chart):
        return (
            [f"![{md_escape(block.caption)}]({images[block.key]})", ""]
            if block.key in images
            else []
        )
    if isinstance(block, Table):
        return _md_table(block)
    if isinstance(block, Contents):
        out = [f"## {md_escape(label('contents', loc))}", ""]
        out += [f"{'  ' * (lvl - 1)}- {md_escape(text)}" for lvl, text, _a in block.entries]
        return [*out, ""]
    if isinstance(block, Sources):
        out = [f"## {md_escape(block.heading)}", ""]
        for s in block.items:
            line = f"{s.number}. {md_escape(s.text)}"
            line += f" <{s.url}>" if s.url else ""
            line += f" “{md_escape(s.quote)}”" if s.quote else ""
            out.append(line)
        return [*out, ""]
    raise TypeError(f"no Markdown for {type(block).__name__}")


@collector_paused()  # a dossier's tables are 20,000 rows of cells: see bulk
def render_markdown(
    briefing: Briefing, quotes: bool = True, images: Mapping[str, str] | None = None
) -> str:
    """The briefing as Markdown; ``images`` maps chart keys to relative image paths."""
    out: list[str] = []
    for block in outline(briefing, quotes):
        out += _md_block(block, images or {}, briefing.locale)
    return "\n".join(out).rstrip() + "\n"


class MarkdownExporter(Exporter):
    name = "md"

    def export(
        self, briefing: Briefing, path: Path, options: Mapping[str, Any] | None = None
    ) -> None:
        opts = self.resolved(options)
        images: dict[str, str] = {}
        if briefing.images:
            folder = path.with_name(f"{path.stem}_files")
            folder.mkdir(parents=True, exist_ok=True)
            for key, png in briefing.images.items():
                name = image_file_name(key)
                with atomic_path(folder / name) as tmp:
                    tmp.write_bytes(png)
                images[key] = f"{folder.name}/{name}"
        write_text_atomic(path, render_markdown(briefing, bool(opts["quotes"]), images))


# --- HTML -------------------------------------------------------------------------------

ImageSource = Callable[[str], str | None]
STYLE = (
    "body { font-family: 'DejaVu Sans', sans-serif; } "
    "p.dateline { color: #444444; } p.small, li.src { font-size: 8pt; } "
    "p.caption { font-size: 8pt; color: #555555; } "
    "table.figures { border-collapse: collapse; } "
    "table.figures th { background: #eeeeee; } "
    "table.figures td, table.figures th { border: 1px solid #999999; padding: 2px; } "
    "table.compact { font-size: 8pt; }"
)


def _sup(c: Cited) -> str:
    return "".join(f'<sup><a href="#src{n}">[{n}]</a></sup>' for n in c.notes)


def _cited(c: Cited) -> str:
    return html.escape(c.text) + _sup(c)


def _img(src: str | None, size: tuple[int, int], alt: str) -> str:
    if not src:
        return ""
    e = html.escape
    return f'<img src="{e(src, quote=True)}" width="{size[0]}" height="{size[1]}" alt="{e(alt)}">'


def _html_table(t: Table) -> list[str]:
    e = html.escape
    cls = "figures compact" if t.compact else "figures"
    out = [
        f'<table class="{cls}" border="1" cellspacing="0" cellpadding="2" width="100%">',
        "<thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in t.header) + "</tr></thead>",
        "<tbody>",
    ]
    for row in t.rows:
        cells = []
        for i, cell in enumerate(row):
            attrs = ' align="right"' if i in t.numeric else ""
            text = e(cell)
            if i == t.note_column and cell.strip("[]").isdigit():
                text = f'<a href="#src{cell.strip("[]")}">{text}</a>'
            cells.append(f"<td{attrs}>{text}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    return [*out, "</tbody></table>"]


def _html_contents(block: Contents, loc: str, pages: Mapping[str, int] | None) -> list[str]:
    e = html.escape
    out = [f"<h2>{e(label('contents', loc))}</h2>", '<table width="100%" cellpadding="1">']
    for level, text, anchor in block.entries:
        page = str(pages.get(anchor, "")) if pages else ""
        indent = "&nbsp;" * 6 * (level - 1)
        out.append(
            f'<tr><td>{indent}<a href="#{anchor}">{e(text)}</a></td>'
            f'<td align="right" width="10%">{page}</td></tr>'
        )
    return [*out, "</table>"]


def _html_block(
    block: Block, src: ImageSource, loc: str, pages: Mapping[str, int] | None
) -> list[str]:
    e = html.escape
    if isinstance(block, Heading):
        tag = f"h{block.level + 1}"
        name = f'<a name="{block.anchor}"></a>' if block.anchor else ""
        return [f"<{tag}>{name}{e(block.text)}</{tag}>"]
    if isinstance(block, Para):
        cls = f' class="{block.style}"' if block.style else ""
        return [f"<p{cls}>{_cited(block.text)}</p>"]
    if isinstance(block, Bullets):
        tag = "ol" if block.numbered else "ul"
        start = f' start="{block.start}"' if block.numbered and block.start != 1 else ""
        return [f"<{tag}{start}>", *(f"<li>{_cited(c)}</li>" for c in block.items), f"</{tag}>"]
    if isinstance(block, KeyPoint):
        image = _img(src(block.chart), SMALL_CHART_PX, block.caption) if block.chart else ""
        text = f"<p><b>{block.number}.</b> {_cited(block.text)}</p>"
        if not image:
            return [text]
        return [
            '<table width="100%" cellspacing="0" cellpadding="2"><tr>',
            f'<td valign="top">{text}</td>',
            f'<td valign="top" width="{SMALL_CHART_PX[0]}">{image}'
            f'<p class="caption">{e(block.caption)}</p></td>',
            "</tr></table>",
        ]
    if isinstance(block, Chart):
        image = _img(src(block.key), FULL_CHART_PX, block.caption)
        return [f"<p>{image}</p>", f'<p class="caption">{e(block.caption)}</p>'] if image else []
    if isinstance(block, Table):
        return _html_table(block)
    if isinstance(block, Contents):
        return _html_contents(block, loc, pages)
    if isinstance(block, Sources):
        out = [f"<h2>{e(block.heading)}</h2>", "<ol>"]
        for s in block.items:
            link = f' <a href="{e(s.url, quote=True)}">{e(s.url)}</a>' if s.url else ""
            quote = f"<br><q>{e(s.quote)}</q>" if s.quote else ""
            out.append(
                f'<li class="src" id="src{s.number}"><a name="src{s.number}"></a>'
                f"{e(s.text)}{link}{quote}</li>"
            )
        return [*out, "</ol>"]
    raise TypeError(f"no HTML for {type(block).__name__}")


@collector_paused()  # as render_markdown
def render_html(
    briefing: Briefing,
    quotes: bool = True,
    image_src: ImageSource | None = None,
    pages: Mapping[str, int] | None = None,
) -> str:
    """The briefing as one HTML page; ``image_src(key)`` gives each chart's src (or None);
    ``pages`` (anchor -> page number) fills the dossier's contents when the caller knows
    them (the PDF writer, after a first layout)."""
    e, loc = html.escape, briefing.locale
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{e(loc)}"><head><meta charset="utf-8">',
        f"<title>{e(briefing.title)}</title>",
        f"<style>{STYLE}</style></head><body>",
    ]
    src = image_src or (lambda _key: None)
    for block in outline(briefing, quotes):
        out += _html_block(block, src, loc, pages)
    return "\n".join([*out, "</body></html>"]) + "\n"


def data_uri(data: bytes, mime: str = "image/png") -> str:
    return f"data:{mime};base64," + base64.b64encode(data).decode("ascii")


class HtmlExporter(Exporter):
    name = "html"

    def export(
        self, briefing: Briefing, path: Path, options: Mapping[str, Any] | None = None
    ) -> None:
        opts = self.resolved(options)

        def src(key: str) -> str | None:
            svg = briefing.svgs.get(key)
            if svg:
                return data_uri(svg, "image/svg+xml")
            png = briefing.images.get(key)
            return data_uri(png) if png else None

        write_text_atomic(path, render_html(briefing, bool(opts["quotes"]), src))
