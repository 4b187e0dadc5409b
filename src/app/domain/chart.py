"""One chart of one indicator as plain data, for the screen and for documents alike.

A :class:`ChartSpec` holds everything a renderer draws: the points placed in time by
series and kind of period, with the figures the analytics use already chosen (preferred
source, else the most recently published one; see
:func:`app.domain.analytics.choose_figures`), the display scale, the records, the
full-year projections and, in same-period mode, the bars of one window per year. The
screen (a pyqtgraph panel) and documents (a QPainter picture) both draw a ChartSpec, so a
briefing picks the same figures as the chart the user sees.

Build one with :func:`chart_spec` (from the store, an indicator, a pair and a mode) or,
when the rows are already at hand, :func:`chart_spec_of_rows`; :func:`chart_rows` gathers
the rows on the thread that owns the store and :meth:`ChartRows.spec` builds the chart from
them on any thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from app.domain.analytics.projection import Projection
from app.domain.model import FORWARD_STATUSES, Status
from app.domain.selection import rows_in
from app.domain.series import chart_points, latest_projections, same_period_points, windows_of
from app.domain.store import ObservationStore
from app.domain.units import scaled

#: Series colours, in drawing order (the screen and documents use the same).
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2")
#: Legend words of each kind of mark (see app.domain.series.MARKS).
KIND_NAMES = {
    "year": "full year",
    "ytd": "year to date / range",
    "part": "quarter, half or month",
    "point": "as of a date",
}
#: Above this many series a chart draws them in one colour with one legend entry.
MANY_SERIES = 12
#: Statuses drawn tentatively in documents (dashed lines, hollow markers): intentions,
#: expectations and estimates, not measured outcomes.
TENTATIVE_STATUSES = frozenset({*(str(s) for s in FORWARD_STATUSES), str(Status.ESTIMATE)})
RECORD_COLOUR = "#f9a825"
PROJECTION_COLOUR = "#555555"

#: A comparable window of the year: (first month 1..12, number of months, label).
Window = tuple[int, int, str]


@dataclass(frozen=True)
class ChartMode:
    """How the figures are laid out: a timeline (``window`` None) or one window of every
    year side by side (``window`` = (first month 1..12, months), e.g. (1, 10) = Jan–Oct)."""

    window: tuple[int, int] | None = None

    @property
    def same_period(self) -> bool:
        return self.window is not None


TIMELINE = ChartMode()


@dataclass(frozen=True, eq=False)
class ChartSpec:
    """The figures of one indicator as a chart shows them (values in canonical units;
    divide by ``factor`` for display)."""

    key: str
    indicator: str
    name: str
    unit: str
    #: the indicator's observations the chart was built from (every source)
    observations: pd.DataFrame
    #: the sources table the choice of figures used (published dates, preferred flags)
    sources: pd.DataFrame | None
    #: :func:`app.domain.series.chart_points`: x, value, series, mark, label, obs_id,
    #: preferred, used (the analytics' choice), record
    points: pd.DataFrame
    windows: tuple[Window, ...] = ()
    mode: ChartMode = TIMELINE
    #: same-period mode: year, value, series, obs_id, qualifier (empty on a timeline)
    bars: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: timeline mode: full-year projections from the latest year-to-date figures
    projections: tuple[Projection, ...] = ()
    factor: float = 1.0
    scale_word: str = ""
    #: series (or reporter) -> colour fixed for a whole document (:func:`assign_colours`);
    #: series not named here cycle through :data:`PALETTE`
    series_colours: tuple[tuple[str, str], ...] = ()
    #: the language of the chart's words in documents (legend, unit line, labels), set by
    #: the briefing for its reader (``dataclasses.replace(spec, locale=...)``); the
    #: screen's charts keep "en"
    locale: str = "en"

    @property
    def axis_label(self) -> str:
        """The value axis: unit and display scale, e.g. "USD bn"."""
        return f"{self.unit} {self.scale_word}".strip()

    @property
    def series(self) -> list[str]:
        """Series names in drawing order (reporter, plus subject when there is one)."""
        return list(dict.fromkeys(self.points["series"])) if len(self.points) else []

    def colours(self) -> dict[str, str]:
        """series -> colour: the one ``series_colours`` fixes for the series or its reporter
        (the part before " · "), else cycling through :data:`PALETTE`."""
        fixed = dict(self.series_colours)
        return {
            s: fixed.get(s) or fixed.get(s.split(" · ")[0]) or PALETTE[i % len(PALETTE)]
            for i, s in enumerate(self.series)
        }

    @property
    def records(self) -> int:
        return int(self.points["record"].sum()) if len(self.points) else 0

    def window_label(self) -> str:
        """The label of the same-period window shown ("Jan–Oct"), or "" on a timeline."""
        if self.mode.window is None:
            return ""
        return next((w[2] for w in self.windows if w[:2] == self.mode.window), "")

    def with_mode(self, mode: ChartMode) -> ChartSpec:
        """The same figures laid out in another mode (bars or projections recomputed)."""
        bars, projections = _mode_parts(self.observations, self.sources, mode)
        return replace(self, mode=mode, bars=bars, projections=projections)


def assign_colours(names: Iterable[str]) -> dict[str, str]:
    """name -> colour of :data:`PALETTE`, in order of first appearance (the same names in
    the same order always get the same colours), for one colour per reporter across a
    document: pass the result as ``series_colours`` of every chart."""
    return {n: PALETTE[i % len(PALETTE)] for i, n in enumerate(dict.fromkeys(names))}


def plotted_points(spec: ChartSpec) -> int:
    """How many figures the chart draws as data: the bars of a same-period chart, else the
    points the analytics use (one per series and period; other sources' duplicates of the
    same figure do not count). A briefing charts nothing below three."""
    if spec.mode.same_period:
        return len(spec.bars)
    return int(spec.points["used"].astype(bool).sum()) if len(spec.points) else 0


def tentative_points(spec: ChartSpec) -> np.ndarray:
    """For each of ``spec.points``: True when its status is a target, plan, forecast or
    estimate (:data:`TENTATIVE_STATUSES`), drawn dashed or hollow in documents."""
    if spec.points.empty or "status" not in spec.observations:
        return np.zeros(len(spec.points), dtype=bool)
    status = dict(
        zip(spec.observations["obs_id"], spec.observations["status"].astype(str), strict=True)
    )
    return np.array([status.get(i, "") in TENTATIVE_STATUSES for i in spec.points["obs_id"]])


def year_lines(points: pd.DataFrame) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """series -> (x, value) of its full-year line through the figures the analytics use
    (one per year: the first value given for it; other sources stay markers). Series with
    fewer than two years have none. One sort for every series at once (a WDI extract of
    2,000 series would take 2,000 pandas group-bys)."""
    if not len(points):
        return {}
    keep = ((points["mark"] == "year") & points["used"].astype(bool)).to_numpy()
    x = points["x"].to_numpy(dtype=float)[keep]
    value = points["value"].to_numpy(dtype=float)[keep]
    codes, names = pd.factorize(points["series"].to_numpy()[keep])  # first appearance
    known = (codes >= 0) & ~np.isnan(x)
    codes, x, value = codes[known], x[known], value[known]
    # by series, then year; within a year its rows in order, those with a value first (the
    # first value given, as a group-by's first() would take it)
    order = np.lexsort((np.isnan(value), x, codes))
    codes, x, value = codes[order], x[order], value[order]
    first = np.ones(len(x), dtype=bool)
    first[1:] = (codes[1:] != codes[:-1]) | (x[1:] != x[:-1])
    codes, x, value = codes[first], x[first], value[first]
    if not len(codes):
        return {}
    starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
    ends = np.r_[starts[1:], len(codes)]
    return {
        str(names[codes[a]]): (x[a:b], value[a:b])
        for a, b in zip(starts.tolist(), ends.tolist(), strict=True)
        if b - a >= 2
    }


def chart_spec_of_rows(
    rows: pd.DataFrame,
    sources: pd.DataFrame | None,
    source_labels: dict[int, str],
    indicator: str,
    name: str,
    unit: str,
    mode: ChartMode = TIMELINE,
    key: str = "",
) -> ChartSpec:
    """The chart of ``rows`` (observations of one indicator) in ``mode``."""
    points = chart_points(rows, source_labels, sources)
    peak = float(np.nanmax(np.abs(points["value"].to_numpy(dtype=float)))) if len(points) else 1.0
    shown, word = scaled(peak)
    factor = peak / shown if shown else 1.0
    bars, projections = _mode_parts(rows, sources, mode)
    return ChartSpec(
        key=key or indicator,
        indicator=indicator,
        name=name,
        unit=unit,
        observations=rows,
        sources=sources,
        points=points,
        windows=tuple(windows_of(rows)),
        mode=mode,
        bars=bars,
        projections=projections,
        factor=factor,
        scale_word=word,
    )


@dataclass(frozen=True)
class ChartRows:
    """What a chart of one indicator is drawn from, gathered from the store: its rows (a
    copy of their own) and the tables the choice of figures reads. :meth:`spec` makes the
    chart from them alone, so it can run in a worker while the store takes further edits."""

    rows: pd.DataFrame
    sources: pd.DataFrame | None
    source_labels: dict[int, str]
    indicator: str
    name: str
    unit: str
    mode: ChartMode = TIMELINE

    def spec(self) -> ChartSpec:
        return chart_spec_of_rows(
            self.rows,
            self.sources,
            self.source_labels,
            self.indicator,
            self.name,
            self.unit,
            self.mode,
        )


def chart_rows(
    store: ObservationStore,
    indicator: str,
    pair: tuple[str, str],
    mode: ChartMode = TIMELINE,
    name: str = "",
) -> ChartRows:
    """The rows of the chart of ``indicator`` for ``pair`` (both directions and one-country
    rows) in ``mode``, named ``name`` (else the catalogue's name)."""
    return chart_gatherer(store, indicator, pair, mode, name)()


def chart_gatherer(
    store: ObservationStore,
    indicator: str,
    pair: tuple[str, str],
    mode: ChartMode = TIMELINE,
    name: str = "",
) -> Callable[[], ChartRows]:
    """:func:`chart_rows` in two steps: what it reads of the store taken now (the
    observations as a copy-on-write snapshot: an edit made meanwhile copies the column it
    writes instead of changing what the rows are read from), the rows gathered by the
    returned callable, on any thread (a worker, after an edit)."""
    obs = store.observations.copy(deep=False)
    at = store.pair_positions(*pair)
    sources, labels = store.sources, store.source_label_by_id()
    unit = indicator_unit(store, indicator)
    name = name or store.indicator_names().get(indicator, indicator)

    def gather() -> ChartRows:
        # the pair's rows (kept by the store), then the indicator's read on its codes
        # alone: only the chart's own rows are gathered
        rows = obs.iloc[rows_in(obs["indicator"], {indicator}, at)]
        shown_unit = unit or (str(rows["unit"].iloc[0]) if len(rows) else "")
        return ChartRows(rows, sources, labels, indicator, name, shown_unit, mode)

    return gather


def chart_spec(
    store: ObservationStore, indicator: str, pair: tuple[str, str], mode: ChartMode = TIMELINE
) -> ChartSpec:
    """The chart of ``indicator`` for ``pair`` in ``mode`` (see :func:`chart_rows`)."""
    return chart_rows(store, indicator, pair, mode).spec()


def indicator_unit(store: ObservationStore, indicator: str) -> str:
    """The catalogue's unit of ``indicator`` ("" when the catalogue has none)."""
    table = store.indicators
    if table.empty or "unit" not in table:
        return ""
    # one comparison over the codes (a dict of every indicator cost more than the chart)
    units = table["unit"].to_numpy()[(table["code"] == indicator).to_numpy()]
    return str(units[0]) if len(units) else ""


def _mode_parts(
    rows: pd.DataFrame, sources: pd.DataFrame | None, mode: ChartMode
) -> tuple[pd.DataFrame, tuple[Projection, ...]]:
    """What depends on the mode: bars of one window per year, or the projections."""
    if mode.window is not None:
        return same_period_points(rows, *mode.window, sources), ()
    return pd.DataFrame(), tuple(latest_projections(rows, sources))
