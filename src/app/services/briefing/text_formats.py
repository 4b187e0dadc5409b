"""Markdown and self-contained HTML briefings (and the markup the PDF writer lays out).

All stored text (names, notes, quotes, publishers) is escaped: an observation note or a
quote containing ``<script>`` stays text in every format. Markdown also escapes its own
markup characters, so a quote with ``*`` or ``[1]`` cannot fake emphasis or a footnote.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Callable, Iterator, Mapping
from itertools import groupby
from pathlib import Path
from typing import Any

from app.services.atomic import atomic_path, write_text_atomic
from app.services.briefing.base import (
    Exporter,
    change_suffix,
    citation_text,
    dateline,
    safe_url,
)
from app.services.briefing.locale_format import format_day, label
from app.services.briefing.model import Briefing, Cited, IndicatorSection

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!])")


def md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text.replace("\n", " "))


def image_file_name(key: str) -> str:
    """A portable file name for a section's chart: "project_capacity-Gobustan_SPP.png"."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", key.replace("·", "-")).strip("_") + ".png"


def by_topic(briefing: Briefing) -> Iterator[tuple[str, list[IndicatorSection]]]:
    for topic, group in groupby(briefing.sections, key=lambda s: s.topic):
        yield topic, list(group)


# --- Markdown ---------------------------------------------------------------------------


def _md_cited(c: Cited) -> str:
    return md_escape(c.text) + "".join(f" [{n}]" for n in c.notes)


def _md_section(s: IndicatorSection, image: str | None, loc: str) -> list[str]:
    out = [f"### {md_escape(s.title)}", "", f"**{label('latest', loc)}:**", ""]
    out += [f"- {_md_cited(h.text)}{change_suffix(h, loc)}" for h in s.headlines]
    out += [""] + [f"- {_md_cited(c)}" for c in s.analysis]
    if s.conflicts:
        out += ["", f"**{label('conflicts', loc)}:**", ""]
        out += [f"- {_md_cited(c)}" for c in s.conflicts]
    if image:
        out += ["", f"![{md_escape(s.title)}]({image})"]
    out += [
        "",
        f"| {label('period', loc)} | {label('value', loc)} | {label('reporter', loc)} "
        f"| {label('status', loc)} | {label('source', loc)} | {label('note', loc)} |",
        "|---|---:|---|---|---:|---|",
    ]
    out += [
        f"| {md_escape(r.period)} | {md_escape(r.value_text)} | {md_escape(r.reporter)} "
        f"| {md_escape(r.status)} | [{r.note}] | {md_escape(r.remark)} |"
        for r in s.figures
    ]
    return [*out, ""]


def _md_events(briefing: Briefing) -> list[str]:
    """The numbered list of events (the numbers the charts print)."""
    if not briefing.events:
        return []
    out = [f"## {md_escape(label('events', briefing.locale))}", ""]
    out += [f"{e.number}. {_md_cited(e.line)}" for e in briefing.events]
    return [*out, ""]


def render_markdown(
    briefing: Briefing, quotes: bool = True, images: Mapping[str, str] | None = None
) -> str:
    """The briefing as Markdown; ``images`` maps section keys to relative image paths."""
    loc = briefing.locale
    out = [f"# {md_escape(briefing.title)}", "", md_escape(dateline(briefing)), ""]
    for topic, sections in by_topic(briefing):
        out += [f"## {md_escape(topic)}", ""]
        for s in sections:
            out += _md_section(s, (images or {}).get(s.key), loc)
    out += _md_events(briefing)
    out += [md_escape(n) for n in briefing.notes]
    out += ["", f"## {label('sources', loc)}", ""]
    for c in briefing.citations:
        url = safe_url(c.url)
        line = f"{c.number}. {md_escape(citation_text(c, format_day(c.published, loc)))}."
        line += f" <{url}>" if url else ""
        line += f" “{md_escape(c.quote)}”" if quotes and c.quote else ""
        out.append(line)
    return "\n".join(out) + "\n"


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


def _sup(c: Cited) -> str:
    return "".join(f'<sup><a href="#src{n}">[{n}]</a></sup>' for n in c.notes)


def _html_table(s: IndicatorSection, loc: str) -> list[str]:
    e = html.escape
    head = "".join(
        f"<th>{e(label(k, loc))}</th>"
        for k in ("period", "value", "reporter", "status", "source", "note")
    )
    rows = [
        f'<tr><td>{e(r.period)}</td><td align="right" nowrap>{e(r.value_text)}</td>'
        f"<td>{e(r.reporter)}</td><td>{e(r.status)}</td>"
        f'<td align="right"><a href="#src{r.note}">[{r.note}]</a></td>'
        f"<td>{e(r.remark)}</td></tr>"
        for r in s.figures
    ]
    return [
        '<table border="1" cellspacing="0" cellpadding="3">',
        f"<tr>{head}</tr>",
        *rows,
        "</table>",
    ]


def _html_section(s: IndicatorSection, src: str | None, loc: str) -> list[str]:
    e = html.escape
    out = [
        f"<h3>{e(s.title)}</h3>",
        f"<p><b>{e(label('latest', loc))}:</b></p>",
        "<ul>",
        *(
            f"<li>{e(h.text.text)}{_sup(h.text)}{e(change_suffix(h, loc))}</li>"
            for h in s.headlines
        ),
        "</ul>",
    ]
    if s.analysis:
        out += ["<ul>", *(f"<li>{e(c.text)}{_sup(c)}</li>" for c in s.analysis), "</ul>"]
    if s.conflicts:
        out += [
            f"<p><b>{e(label('conflicts', loc))}:</b></p>",
            "<ul>",
            *(f"<li>{e(c.text)}{_sup(c)}</li>" for c in s.conflicts),
            "</ul>",
        ]
    if src:
        out.append(f'<p><img src="{e(src, quote=True)}" width="600" alt="{e(s.title)}"></p>')
    return out + _html_table(s, loc)


def _html_events(briefing: Briefing) -> list[str]:
    """The numbered list of events (an ordered list: the numbers the charts print)."""
    if not briefing.events:
        return []
    e = html.escape
    return [
        f"<h2>{e(label('events', briefing.locale))}</h2>",
        "<ol>",
        *(f"<li>{e(ev.line.text)}{_sup(ev.line)}</li>" for ev in briefing.events),
        "</ol>",
    ]


def render_html(
    briefing: Briefing, quotes: bool = True, image_src: Callable[[str], str | None] | None = None
) -> str:
    """The briefing as one HTML page; ``image_src(key)`` gives each chart's src (or None)."""
    e, loc = html.escape, briefing.locale
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{e(loc)}"><head><meta charset="utf-8">',
        f"<title>{e(briefing.title)}</title></head><body>",
        f"<h1>{e(briefing.title)}</h1>",
        f"<p>{e(dateline(briefing))}</p>",
    ]
    for topic, sections in by_topic(briefing):
        out.append(f"<h2>{e(topic)}</h2>")
        for s in sections:
            out += _html_section(s, image_src(s.key) if image_src else None, loc)
    out += _html_events(briefing)
    out += [f"<p>{e(n)}</p>" for n in briefing.notes]
    out += [f"<h2>{e(label('sources', loc))}</h2>", "<ol>"]
    for c in briefing.citations:
        url = safe_url(c.url)
        link = f' <a href="{e(url, quote=True)}">{e(url)}</a>' if url else ""
        quote = f"<br><q>{e(c.quote)}</q>" if quotes and c.quote else ""
        text = e(citation_text(c, format_day(c.published, loc)))
        out.append(f'<li id="src{c.number}"><a name="src{c.number}"></a>{text}.{link}{quote}</li>')
    return "\n".join([*out, "</ol>", "</body></html>"]) + "\n"


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


class HtmlExporter(Exporter):
    name = "html"

    def export(
        self, briefing: Briefing, path: Path, options: Mapping[str, Any] | None = None
    ) -> None:
        opts = self.resolved(options)

        def src(key: str) -> str | None:
            png = briefing.images.get(key)
            return data_uri(png) if png else None

        write_text_atomic(path, render_html(briefing, bool(opts["quotes"]), src))
