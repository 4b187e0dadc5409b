"""The briefing as plain data: what every format (DOCX, PDF, HTML, Markdown, XLSX) prints.

Built once by :func:`app.services.briefing.build.build_briefing` from the store and the
analytics; the exporters only lay it out. Every number carries the citation numbers of the
sources behind it (``notes``), numbered in order of first use, so the reader can follow
each figure to its source in any format.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields

from app.domain.chart import ChartSpec as ChartSpec  # re-exported: one home, app.domain
from app.services.summary import Citation


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
    figures: list[FigureRow] = field(default_factory=list)
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
    #: section key -> PNG bytes, filled by :func:`app.services.briefing.charts.render_charts`
    images: dict[str, bytes] = field(default_factory=dict)
    #: the pair's events in the period range, in date order (numbered as on the charts)
    events: list[BriefingEvent] = field(default_factory=list)

    @property
    def locale(self) -> str:
        return self.request.locale

    def figure_rows(self) -> list[FigureRow]:
        return [row for s in self.sections for row in s.figures]
