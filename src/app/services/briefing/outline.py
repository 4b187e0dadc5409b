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

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import groupby
from typing import Any, overload

from app.services.briefing.base import change_suffixes, citation_text, safe_url
from app.services.briefing.locale_format import format_day, label
from app.services.briefing.model import Briefing, Cited, FigureTable, IndicatorSection
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
    rows: Sequence[tuple[str, ...]]
    #: columns aligned right (numbers)
    numeric: tuple[int, ...] = ()
    #: the column holding citation numbers ("[3]"), linked to the source list
    note_column: int = -1
    compact: bool = False
    #: the same cells by column, when the table was made from columns (a figures table):
    #: a writer that reads a column at a time need not transpose the rows
    columns: tuple[Sequence[str], ...] = field(default=(), compare=False, repr=False)


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


def _status_words(statuses: list[str], loc: str) -> dict[str, str]:
    """Each status of ``statuses`` in the reader's words, looked up once (not once per row
    of a 10,000-row table)."""
    return {s: _status_word(s, loc) for s in set(statuses)}


@cache
def _status_word(status: str, loc: str) -> str:
    """A status in the catalogue's words (the catalogue is fixed while the app runs)."""
    return status_word(Words(loc), status)


@cache
def _header(keys: tuple[str, ...], loc: str) -> tuple[str, ...]:
    """A table's column headings (fixed words: one lookup per table kind, not per table)."""
    return tuple(label(k, loc) for k in keys)


class ColumnRows(Sequence[tuple[str, ...]]):
    """The rows of a table held as columns (lists of one length), each row a tuple made
    when it is read: a writer that walks the rows once makes no list of 10,000 of them."""

    __slots__ = ("columns",)

    def __init__(self, columns: tuple[Sequence[str], ...]) -> None:
        self.columns = columns

    def __len__(self) -> int:
        return len(self.columns[0]) if self.columns else 0

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        return zip(*self.columns, strict=True)

    @overload
    def __getitem__(self, i: int) -> tuple[str, ...]: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[tuple[str, ...], ...]: ...
    def __getitem__(self, i: int | slice) -> tuple[str, ...] | tuple[tuple[str, ...], ...]:
        if isinstance(i, slice):
            return tuple(zip(*(c[i] for c in self.columns), strict=True))
        return tuple(c[i] for c in self.columns)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(tuple(self))


def _column_table(
    header: tuple[str, ...], columns: tuple[Sequence[str], ...], **layout: Any
) -> Table:
    """A table of ``columns`` (lists of one length): its rows read from them."""
    return Table(header, ColumnRows(columns), columns=columns, **layout)


def figures_table(figures: FigureTable, loc: str, compact: bool = True) -> Table:
    column = figures.column
    status = _status_words(column("status"), loc)
    return _column_table(
        _header(TABLE_KEYS, loc),
        (
            column("period"),
            column("value_text"),
            column("reporter"),
            list(map(status.__getitem__, column("status"))),
            figures.note_cells(),
            column("remark"),
        ),
        numeric=(1, 4),
        note_column=4,
        compact=compact,
    )


def appendix_table(b: Briefing, loc: str) -> Table:
    """Every figure of ``b``'s sections in one table, each row named by its indicator."""
    column = b.figure_column
    status = _status_words(column("status"), loc)
    keys = list(zip(column("name"), column("subject"), strict=True))
    titles = {(n, s): f"{n} — {s}" if s else n for n, s in set(keys)}
    return _column_table(
        _header(APPENDIX_KEYS, loc),
        (
            list(map(titles.__getitem__, keys)),
            column("period"),
            column("value_text"),
            column("reporter"),
            list(map(status.__getitem__, column("status"))),
            [cell for s in b.sections for cell in s.figures.note_cells()],
        ),
        numeric=(2, 5),
        note_column=5,
        compact=True,
    )


def section_blocks(
    s: IndicatorSection, loc: str, anchor: str, suffixes: Sequence[str]
) -> list[Block]:
    """An indicator's blocks; ``suffixes``: its headlines' change suffixes
    (:func:`change_suffixes`, made for every section at once)."""
    out: list[Block] = [Heading(2, s.title, anchor)]
    items = [
        Cited(h.text.text + suffix, h.text.notes, h.text.kind)
        for h, suffix in zip(s.headlines, suffixes, strict=True)
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

    suffixes = iter(change_suffixes([h for s in b.sections for h in s.headlines], loc))
    for topic, group in groupby(b.sections, key=lambda s: s.topic):
        body.append(heading(1, topic_name(w, topic)))
        for s in group:
            h = heading(2, s.title)
            body += section_blocks(s, loc, h.anchor, [next(suffixes) for _ in s.headlines])
    if b.events:
        body.append(heading(1, label("events", loc)))
        body.append(Bullets(tuple(ev.line for ev in b.events), numbered=True))
    if b.projects:
        body.append(heading(1, label("projects", loc)))
        body.append(Bullets(tuple(b.projects)))
    if any(s.figures for s in b.sections):
        body.append(heading(1, label("appendix", loc)))
        body.append(appendix_table(b, loc))
    return body, toc


def outline(b: Briefing, quotes: bool = True) -> list[Block]:
    """The blocks of ``b``'s template, in reading order."""
    loc = b.locale
    out = title_block(b)
    if b.template == "table":
        if any(s.figures for s in b.sections):
            out.append(appendix_table(b, loc))
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
