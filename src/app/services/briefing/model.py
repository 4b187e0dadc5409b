"""The briefing as plain data: what every format (DOCX, PDF, HTML, Markdown, XLSX) prints.

Built once by :func:`app.services.briefing.build.build_briefing` from the store and the
analytics; the exporters only lay it out. Every number carries the citation numbers of the
sources behind it (``notes``), numbered in order of first use, so the reader can follow
each figure to its source in any format.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar, overload

from app.domain.chart import ChartSpec as ChartSpec  # re-exported: one home, app.domain
from app.services.summary import Citation

T = TypeVar("T")


@dataclass(frozen=True)
class BriefingRequest:
    """What the user asked for: a pair, indicators (empty = all), a period range, a locale."""

    a: str = "CHN"
    b: str = "AZE"
    indicators: tuple[str, ...] = ()
    first_month: int | None = None
    last_month: int | None = None
    locale: str = "en"
    charts: bool = True
    #: indicators to chart; empty = every indicator of the briefing
    chart_indicators: tuple[str, ...] = ()
    #: note (key messages, one to two pages), dossier (the note, then every indicator's
    #: story, events, projects and an appendix) or table (the figures only)
    template: str = "note"
    #: key messages the user pinned (always in the note, first) or dropped, by message key
    pinned: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cited:
    """A sentence and the citation numbers of the sources behind its numbers."""

    text: str
    notes: tuple[int, ...] = ()
    kind: str = ""


@dataclass(frozen=True)
class FigureRow:
    """One stored figure of the table of figures used."""

    indicator: str
    name: str
    subject: str
    period: str
    period_start: int
    period_end: int
    value: float
    unit: str
    qualifier: str
    value_text: str
    reporter: str
    partner: str
    status: str
    note: int  # citation number of the source
    obs_id: int
    remark: str = ""  # the observation's own note (free text)
    point: bool = False  # a stock as of a date, not a flow over the period


def figure_row(fields: dict[str, Any]) -> FigureRow:
    """``FigureRow(**fields)`` with every field given, without the generated ``__init__``
    (a guarded setattr per field; a dossier makes 10,000 rows, then renumbers them): the
    row takes ``fields`` as its own. FigureRow is a frozen dataclass of plain fields, no
    ``__post_init__`` (a test keeps the two equal)."""
    out = object.__new__(FigureRow)
    object.__setattr__(out, "__dict__", fields)
    return out


def copied(obj: T, **changes: Any) -> T:
    """``dataclasses.replace(obj, **changes)`` for the briefing's frozen dataclasses of
    plain fields (no ``__post_init__``, no init-only fields): one copy of the fields, not
    a call of the generated ``__init__`` (renumbering and ranking replace thousands of them)."""
    out = object.__new__(type(obj))
    fields = obj.__dict__.copy()
    fields.update(changes)
    object.__setattr__(out, "__dict__", fields)
    return out


#: FigureRow's fields, in order: the columns of a :class:`FigureTable`
FIGURE_FIELDS = tuple(f.name for f in fields(FigureRow))


class FigureTable(Sequence[FigureRow]):
    """A section's figures as columns: one list per :data:`FIGURE_FIELDS` name, all of one
    length. A dossier holds 10,000 figures: they are made, numbered and printed a column
    at a time (a list of 10,000 row objects, copied again to renumber them, cost more than
    the rest of the briefing); a :class:`FigureRow` is made only when one is read (by
    index or iteration), as exporters that want rows read them."""

    __slots__ = ("_cells", "columns")

    def __init__(self, columns: dict[str, list[Any]] | None = None) -> None:
        self.columns: dict[str, list[Any]] = (
            columns if columns is not None else {name: [] for name in FIGURE_FIELDS}
        )
        self._cells: list[str] | None = None

    def note_cells(self) -> list[str]:
        """ "[3]" for each figure's citation number, made once (the section's table and
        the appendix print the same cells)."""
        if self._cells is None:
            notes = self.columns["note"]
            # each distinct number's cell made once (a table cites a few sources)
            cells = {n: f"[{n}]" for n in set(notes)}
            self._cells = list(map(cells.__getitem__, notes))
        return self._cells

    @classmethod
    def of_rows(cls, rows: Sequence[FigureRow]) -> FigureTable:
        return cls({name: [getattr(r, name) for r in rows] for name in FIGURE_FIELDS})

    def column(self, name: str) -> list[Any]:
        return self.columns[name]

    def replaced(self, name: str, values: list[Any]) -> FigureTable:
        """The same figures with column ``name`` replaced (the others shared)."""
        return FigureTable({**self.columns, name: values})

    def __len__(self) -> int:
        return len(self.columns["obs_id"])

    def _row(self, i: int) -> FigureRow:
        return figure_row({name: self.columns[name][i] for name in FIGURE_FIELDS})

    @overload
    def __getitem__(self, i: int) -> FigureRow: ...
    @overload
    def __getitem__(self, i: slice) -> list[FigureRow]: ...
    def __getitem__(self, i: int | slice) -> FigureRow | list[FigureRow]:
        if isinstance(i, slice):
            return [self._row(j) for j in range(len(self))[i]]
        return self._row(range(len(self))[i])

    def __iter__(self) -> Iterator[FigureRow]:
        for values in zip(*(self.columns[name] for name in FIGURE_FIELDS), strict=True):
            yield figure_row(dict(zip(FIGURE_FIELDS, values, strict=True)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FigureTable):
            return self.columns == other.columns
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]  # mutable columns, like a list

    def __repr__(self) -> str:
        return f"FigureTable({list(self)!r})"


@dataclass(frozen=True)
class Headline:
    """A latest figure of one kind of period (year, year-to-date, part, point) and its
    computed change on the same window a year earlier (None when not computable)."""

    figure: FigureRow
    text: Cited
    change_percent: float | None


@dataclass(frozen=True)
class BriefingEvent:
    """One event of the pair in the briefing's range: the line the lists print
    (:func:`app.domain.events.event_line` with the source label and its citation number),
    and what a chart marks (number, type, months)."""

    number: int  # 1.. in date order; the charts print the same number
    date_start: str
    date_end: str
    event_type: str
    title: str
    source: str  # the source's label ('' for an annotation)
    source_id: int  # -1 for an annotation
    first_month: int
    last_month: int
    line: Cited

    @property
    def ranged(self) -> bool:
        """A range (an end date, or a date coarser than a month), not one day or month."""
        return bool(self.date_end) or self.last_month > self.first_month


@dataclass(frozen=True, eq=False)
class EventChart(ChartSpec):
    """A section's chart with the briefing's events marked on it (numbered as the list of
    events). Any renderer can draw it as a plain ChartSpec; the Qt renderer adds the marks."""

    events: tuple[BriefingEvent, ...] = ()

    @classmethod
    def of(cls, spec: ChartSpec, events: tuple[BriefingEvent, ...]) -> EventChart:
        return cls(**{f.name: getattr(spec, f.name) for f in fields(ChartSpec)}, events=events)


#: the templates of a briefing, in the order the dialog and ``--template`` offer them
TEMPLATES = ("note", "dossier", "table")
#: a series with fewer stored points than this gets a sentence instead of a chart
MIN_CHART_POINTS = 3
#: the key of a key message's small chart ends so (renderers draw it at its own size)
SMALL_CHART = "·message"


def is_small_chart(spec: ChartSpec) -> bool:
    return spec.key.endswith(SMALL_CHART)


@dataclass(frozen=True, eq=False)
class KeyMessage:
    """One key message of the note: one sentence with its citations, why it was chosen,
    and a small chart when its series has at least :data:`MIN_CHART_POINTS` points."""

    key: str  # stable across builds: "headline:trade_turnover", "claim:3", "event:12"…
    kind: str  # headline / claim / conflict / record / change / project / event
    topic: str
    score: float  # higher first; see app.services.briefing.messages for the ranking
    reason: str  # why it ranks where it does, in the reader's language
    text: Cited
    chart: ChartSpec | None = None
    pinned: bool = False


#: Turns a chart spec into PNG bytes. The spec is the screen's own (app.domain.chart), so a
#: document charts the same figures; the Qt layer passes the renderer in
#: (:func:`app.qt.chart_render.briefing_chart_renderer`).
RenderChart = Callable[[ChartSpec], bytes]


@dataclass
class IndicatorSection:
    key: str  # indicator code, plus "·subject" when there is one
    indicator: str
    name: str
    subject: str
    topic: str
    unit: str
    headlines: list[Headline] = field(default_factory=list)
    analysis: list[Cited] = field(default_factory=list)  # change, record, projection
    conflicts: list[Cited] = field(default_factory=list)
    figures: FigureTable = field(default_factory=FigureTable)
    chart: ChartSpec | None = None

    @property
    def title(self) -> str:
        return f"{self.name} — {self.subject}" if self.subject else self.name


@dataclass
class Briefing:
    title: str
    as_of: str
    period_text: str
    request: BriefingRequest
    sections: list[IndicatorSection] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: chart key -> PNG bytes, filled by :func:`app.services.briefing.charts.render_charts`
    images: dict[str, bytes] = field(default_factory=dict)
    #: chart key -> SVG bytes (vector charts for HTML), filled the same way
    svgs: dict[str, bytes] = field(default_factory=dict)
    #: the pair's events in the period range, in date order (numbered as on the charts)
    events: list[BriefingEvent] = field(default_factory=list)
    #: the note's key messages in the order printed (after the user's pins and drops)
    messages: list[KeyMessage] = field(default_factory=list)
    #: every candidate message, ranked (the dialog lists them to pin or drop)
    candidates: list[KeyMessage] = field(default_factory=list)
    #: the projects roll-up of the dossier, one sentence per group of projects
    projects: list[Cited] = field(default_factory=list)
    #: running header of every page ("China – Azerbaijan · 1 December 2026")
    running_header: str = ""

    @property
    def template(self) -> str:
        return self.request.template

    @property
    def locale(self) -> str:
        return self.request.locale

    def figure_rows(self) -> list[FigureRow]:
        return [row for s in self.sections for row in s.figures]

    def figure_column(self, name: str) -> list[Any]:
        """One column of every section's figures, in order (the appendix's rows)."""
        out: list[Any] = []
        for s in self.sections:
            out += s.figures.columns[name]
        return out

    def chart_specs(self) -> dict[str, ChartSpec]:
        """Every chart the document shows, by key (``images`` uses the same keys): the key
        messages' small charts and, in the dossier, the sections' charts."""
        specs = {m.chart.key: m.chart for m in self.messages if m.chart is not None}
        if self.template == "dossier":
            specs.update({s.chart.key: s.chart for s in self.sections if s.chart is not None})
        return specs
