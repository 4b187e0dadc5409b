"""A briefing's document as a list of format-neutral blocks, one list per template.

Every writer (HTML and the PDF laid out from it, Markdown, DOCX) walks the same blocks, so
the templates are decided once, here:

- **note**: title block (pair and document, date, period covered), the key messages, each
  with its small chart where its series has enough points, the notes, the sources cited.
- **dossier**: the note's title block and key messages, a table of contents, a section per
  topic with each indicator's story (latest figures, change like for like, record,
  projection, claims, conflicts), its chart and a compact table; the events timeline; the
  projects roll-up; an appendix with every figure and the full source list.
- **table**: the title block, every figure in one table, the sources.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby

from app.services.briefing.base import change_suffix, citation_text, safe_url
from app.services.briefing.locale_format import format_day, label
from app.services.briefing.model import Briefing, Cited, FigureRow, IndicatorSection
from app.services.briefing.phrases import Words, status_word, topic_name


@dataclass(frozen=True)
class Heading:
    level: int  # 0 = the document's title, 1 = a part, 2 = an indicator
    text: str
    anchor: str = ""  # "toc-3": the contents link here (dossier)


@dataclass(frozen=True)
class Para:
    text: Cited
    style: str = ""  # "" body, "dateline", "small", "caption"


@dataclass(frozen=True)
class Bullets:
    items: tuple[Cited, ...]
    numbered: bool = False
    start: int = 1


@dataclass(frozen=True)
class KeyPoint:
    """A key message: its number, the sentence, and its chart (key into the briefing's
    charts) when it has one."""

    number: int
    text: Cited
    chart: str = ""
    caption: str = ""


@dataclass(frozen=True)
class Chart:
    key: str
    caption: str


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    #: columns aligned right (numbers)
    numeric: tuple[int, ...] = ()
    #: the column holding citation numbers ("[3]"), linked to the source list
    note_column: int = -1
    compact: bool = False


@dataclass(frozen=True)
class Contents:
    """The dossier's contents: (level, text, anchor) per heading."""

    entries: tuple[tuple[int, str, str], ...]


@dataclass(frozen=True)
class Source:
    number: int
    text: str
    url: str = ""
    quote: str = ""


@dataclass(frozen=True)
class Sources:
    heading: str
    items: tuple[Source, ...] = field(default_factory=tuple)


Block = Heading | Para | Bullets | KeyPoint | Chart | Table | Contents | Sources

TABLE_KEYS = ("period", "value", "reporter", "status", "source", "note")
APPENDIX_KEYS = ("indicator", "period", "value", "reporter", "status", "source")


def title_block(b: Briefing) -> list[Block]:
    tr = Words(b.locale).tr
    line = tr.format(
        "As of {date}. Period covered: {period}.",
        date=b.as_of.rstrip("."),
        period=b.period_text,
    )
    return [Heading(0, b.title), Para(Cited(line), "dateline")]


def key_points(b: Briefing) -> list[Block]:
    if not b.messages:
        return []
    loc = b.locale
    out: list[Block] = [Heading(1, label("key_messages", loc))]
    for n, m in enumerate(b.messages, 1):
        chart = m.chart.key if m.chart is not None else ""
        caption = label("chart_of", loc).format(name=m.chart.name) if m.chart is not None else ""
        out.append(KeyPoint(n, m.text, chart, caption))
    return out


def _status_words(rows: list[FigureRow], loc: str) -> dict[str, str]:
    """Each status of ``rows`` in the reader's words, looked up once (not once per row of a
    10,000-row table)."""
    w = Words(loc)
    return {s: status_word(w, s) for s in {r.status for r in rows}}


def figures_table(rows: list[FigureRow], loc: str, compact: bool = True) -> Table:
    status = _status_words(rows, loc)
    return Table(
        header=tuple(label(k, loc) for k in TABLE_KEYS),
        rows=tuple(
            (r.period, r.value_text, r.reporter, status[r.status], f"[{r.note}]", r.remark)
            for r in rows
        ),
        numeric=(1, 4),
        note_column=4,
        compact=compact,
    )


def appendix_table(rows: list[FigureRow], loc: str) -> Table:
    status = _status_words(rows, loc)
    return Table(
        header=tuple(label(k, loc) for k in APPENDIX_KEYS),
        rows=tuple(
            (
                f"{r.name} — {r.subject}" if r.subject else r.name,
                r.period,
                r.value_text,
                r.reporter,
                status[r.status],
                f"[{r.note}]",
            )
            for r in rows
        ),
        numeric=(2, 5),
        note_column=5,
        compact=True,
    )


def section_blocks(s: IndicatorSection, loc: str, anchor: str) -> list[Block]:
    out: list[Block] = [Heading(2, s.title, anchor)]
    items = [
        Cited(h.text.text + change_suffix(h, loc), h.text.notes, h.text.kind) for h in s.headlines
    ]
    out.append(Bullets((*items, *s.analysis, *s.conflicts)))
    if s.chart is not None:
        out.append(Chart(s.chart.key, label("chart_of", loc).format(name=s.title)))
    if s.figures:
        out.append(figures_table(s.figures, loc))
    return out


def sources_block(b: Briefing, quotes: bool) -> Sources:
    loc = b.locale
    return Sources(
        label("sources", loc),
        tuple(
            Source(
                c.number,
                citation_text(c, format_day(c.published, loc)) + ".",
                safe_url(c.url),
                c.quote if quotes else "",
            )
            for c in b.citations
        ),
    )


def _dossier_body(b: Briefing) -> tuple[list[Block], list[tuple[int, str, str]]]:
    loc, w = b.locale, Words(b.locale)
    body: list[Block] = []
    toc: list[tuple[int, str, str]] = []

    def heading(level: int, text: str) -> Heading:
        anchor = f"toc-{len(toc) + 1}"
        toc.append((level, text, anchor))
        return Heading(level, text, anchor)

    for topic, group in groupby(b.sections, key=lambda s: s.topic):
        body.append(heading(1, topic_name(w, topic)))
        for s in group:
            h = heading(2, s.title)
            body += section_blocks(s, loc, h.anchor)
    if b.events:
        body.append(heading(1, label("events", loc)))
        body.append(Bullets(tuple(ev.line for ev in b.events), numbered=True))
    if b.projects:
        body.append(heading(1, label("projects", loc)))
        body.append(Bullets(tuple(b.projects)))
    rows = b.figure_rows()
    if rows:
        body.append(heading(1, label("appendix", loc)))
        body.append(appendix_table(rows, loc))
    return body, toc


def outline(b: Briefing, quotes: bool = True) -> list[Block]:
    """The blocks of ``b``'s template, in reading order."""
    loc = b.locale
    out = title_block(b)
    if b.template == "table":
        rows = b.figure_rows()
        if rows:
            out.append(appendix_table(rows, loc))
    else:
        out += key_points(b)
    if b.template == "dossier":
        body, toc = _dossier_body(b)
        out.append(Contents(tuple(toc)))
        out += body
    out += [Para(Cited(n), "small") for n in b.notes]
    # the note stays short: its sources without their quotes (the dossier has them)
    out.append(sources_block(b, quotes and b.template != "note"))
    out.append(Para(Cited(label("prepared", loc)), "small"))
    return out
