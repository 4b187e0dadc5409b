"""The event strip of the screen chart: markers, lanes, spans, tooltips and menus.

Events of the pair (:meth:`ChartEventStrip.show_events`) sit in a thin strip under the plot:
a second view box inside the plot item, sharing its x axis (linked), with a fixed height and
y range, so the markers never cover figures and stay put whatever the value scale; being
part of the plot item, they are in chart exports too. One marker per event (shape and colour
per type, as in documents), stacked in lanes where events crowd at the current zoom, with a
tooltip (date, type, title, source, quote). Through the plot itself each point event has a
dashed line and each range a shaded band. Whatever the number of events, that is five
items: one scatter and one line item in the strip, one line item (connect="pairs"), one
bar item and one invisible extent in the plot. The Events button toggles types; right-click
offers "Add annotation here…" and, on a marker, Edit…/Delete — the panel only asks
(signals); :mod:`app.ui.event_dialog` opens the dialog and pushes the undoable edit.

:class:`ChartEventStrip` is the base of :class:`app.ui.chart_panel.ChartPanel`, which owns
the plot (``plot``, ``_view``) and the spec (its mode hides events in same-period layout).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from functools import partial

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from app.domain.chart import ChartSpec
from app.domain.records import EventType
from app.qt.event_painter import (
    EVENT_LANES,
    EVENT_RANGE_ALPHA,
    EVENT_RANGE_COLOUR,
    event_style,
    event_type_name,
    pack_lanes,
)
from app.qt.i18n import translate
from app.ui.chart_event_parts import (
    EVENT_SIZE,
    EVENT_SYMBOLS,
    QUOTE_CHARS,
    STRIP_HEIGHT,
    EventStrip,
    PlotViewBox,
    XExtent,
    brush,
    data_tip,
    event_icon,
    event_pen,
    event_tip,
    menu_action,
    month_to_timestamp,
    timestamp_day,
)

__all__ = [
    "EVENT_SIZE",
    "EVENT_SYMBOLS",
    "QUOTE_CHARS",
    "STRIP_HEIGHT",
    "ChartEventStrip",
    "PlotViewBox",
    "brush",
    "data_tip",
    "event_icon",
    "event_tip",
    "month_to_timestamp",
    "timestamp_day",
]


class ChartEventStrip(QWidget):
    """The events half of the chart panel: the strip, its items and its menus."""

    #: "Add annotation here…": the ISO day clicked
    annotation_requested = Signal(str)
    #: Edit… / Delete on an event marker: event_id
    event_edit_requested = Signal(int)
    event_delete_requested = Signal(int)
    #: the event types the user hid (list[str]), to be remembered
    hidden_event_types_changed = Signal(list)

    plot: pg.PlotWidget
    _view: PlotViewBox
    spec: ChartSpec
    events_button: QToolButton

    def reset_view(self) -> None:
        raise NotImplementedError

    def _events_button(self) -> QToolButton:
        """ "Events": a menu of checkable event types, each with its marker as icon."""
        button = QToolButton()
        button.setText(translate("chart_events_strip", "Events"))
        button.setToolTip(translate("chart_events_strip", "Event types marked on the timeline"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        self._type_actions: dict[str, QAction] = {}
        for kind in EventType:
            act = QAction(event_icon(kind), event_type_name(str(kind)), menu)
            act.setCheckable(True)
            act.setChecked(True)
            act.toggled.connect(lambda _on: self._event_types_toggled())
            menu.addAction(act)
            self._type_actions[str(kind)] = act
        button.setMenu(menu)
        return button

    def _init_events(self) -> None:
        """The strip under the plot (row 3 of the plot item's grid; the date axis moves to
        row 4) and the five items that draw every event."""
        item = self.plot.getPlotItem()
        self.events = pd.DataFrame()
        self.event_labels: dict[int, str] = {}
        self._tips: dict[int, str] = {}
        self._shown = self.events
        self._lanes: list[int] = []
        self.strip = EventStrip(self._strip_menu)
        self.strip.setXLink(self._view)
        axis = item.getAxis("bottom")
        item.layout.removeItem(axis)
        item.layout.addItem(self.strip, 3, 1)
        item.layout.addItem(axis, 4, 1)
        item.axes["bottom"]["pos"] = (4, 1)
        self._strip_label = pg.LabelItem(
            translate("chart_events_strip", "Events"), size="7pt", color="#607d8b", justify="right"
        )
        item.layout.addItem(self._strip_label, 3, 0)
        self._event_dots = pg.ScatterPlotItem(
            hoverable=True, tip=data_tip, hoverPen=pg.mkPen("k", width=2), size=EVENT_SIZE
        )
        range_ink = QColor(EVENT_RANGE_COLOUR)
        range_ink.setAlpha(110)
        self._strip_ranges = pg.PlotCurveItem(pen=pg.mkPen(range_ink, width=4))
        self.strip.addItem(self._strip_ranges)
        self.strip.addItem(self._event_dots)
        range_ink.setAlpha(EVENT_RANGE_ALPHA)
        self._event_bands = pg.BarGraphItem(
            x0=np.zeros(0), x1=np.zeros(0), y0=0.0, y1=1.0, brush=pg.mkBrush(range_ink), pen=None
        )
        self._event_lines = pg.PlotCurveItem(
            pen=pg.mkPen("#78909c", width=1, style=Qt.PenStyle.DashLine)
        )
        self._extent = XExtent()
        item.addItem(self._event_bands, ignoreBounds=True)
        item.addItem(self._event_lines, ignoreBounds=True)
        item.addItem(self._extent)
        self._view.sigYRangeChanged.connect(lambda *_: self._fit_spans())
        self._view.sigXRangeChanged.connect(lambda *_: self._lay_out_lanes())
        self._view.sigResized.connect(lambda *_: self._lay_out_lanes())
        self._view.annotate_action.triggered.connect(
            lambda: self._annotate_at(self._view.clicked_x)
        )
        self._set_strip_visible(False)

    def show_events(self, events: pd.DataFrame, source_labels: Mapping[int, str]) -> None:
        """Mark ``events`` (:func:`app.domain.events.events_for`: one row per event with
        ``start_month``/``end_month``) on the timeline; ``source_labels`` (source_id ->
        label) name their sources in the tooltips."""
        self.events = events
        self.event_labels = dict(source_labels)
        self._tips = (
            {
                int(row["event_id"]): event_tip(
                    row, self.event_labels.get(int(row["source_id"]), "")
                )
                for _, row in events.iterrows()
            }
            if len(events)
            else {}
        )
        self._draw_events()
        self.reset_view()

    def hidden_event_types(self) -> list[str]:
        return [kind for kind, act in self._type_actions.items() if not act.isChecked()]

    def set_hidden_event_types(self, kinds: Iterable[str]) -> None:
        """Hide the events of ``kinds`` (the remembered choice) without announcing it."""
        hidden = {str(k) for k in kinds}
        for kind, act in self._type_actions.items():
            was = act.blockSignals(True)
            act.setChecked(kind not in hidden)
            act.blockSignals(was)
        self._draw_events()

    def _event_types_toggled(self) -> None:
        self._draw_events()
        self.hidden_event_types_changed.emit(self.hidden_event_types())

    def _visible_events(self) -> pd.DataFrame:
        ev = self.events
        if ev.empty or self.spec.mode.same_period:
            return ev.iloc[0:0]
        hidden = self.hidden_event_types()
        keep = ~ev["event_type"].astype(str).isin(hidden) & (ev["start_month"] >= 0)
        return ev[keep.to_numpy()]

    def _set_strip_visible(self, on: bool) -> None:
        self.strip.setFixedHeight(STRIP_HEIGHT if on else 0)
        self.strip.setVisible(on)
        self._strip_label.setVisible(on)
        for item in (self._event_lines, self._event_bands):
            item.setVisible(on)

    def _draw_events(self) -> None:
        """Lines and bands through the plot, markers and range bars in the strip."""
        ev = self._shown = self._visible_events()
        self._lanes = []
        self.events_button.setText(
            translate("chart_events_strip", "Events ({count})").format(count=len(ev))
            if len(self.events)
            else translate("chart_events_strip", "Events")
        )
        self._set_strip_visible(len(ev) > 0)
        if ev.empty:
            empty = np.zeros(0)
            self._event_dots.setData(x=empty, y=empty)
            self._strip_ranges.setData(empty, empty)
            self._event_lines.setData(empty, empty)
            self._event_bands.setOpts(x0=empty, x1=empty)
            self._extent.set_extent(None)
            return
        start = month_to_timestamp(ev["start_month"].to_numpy())
        end = month_to_timestamp(ev["end_month"].to_numpy() + 1)
        ranged = (
            (ev["date_end"].astype(str) != "") | (ev["end_month"] > ev["start_month"])
        ).to_numpy()
        self._ev_start, self._ev_end, self._ev_ranged = start, np.where(ranged, end, start), ranged
        self._event_bands.setOpts(x0=start[ranged], x1=end[ranged])
        self._extent.set_extent((float(start.min()), float(self._ev_end.max())))
        self._fit_spans()
        self._lay_out_lanes()

    def _fit_spans(self) -> None:
        """Dashed lines and bands run over the whole visible value range."""
        if self._shown.empty:
            return
        y0, y1 = self._view.viewRange()[1]
        points = self._ev_start[~self._ev_ranged]
        self._event_lines.setData(
            np.repeat(points, 2), np.tile([y0, y1], len(points)), connect="pairs"
        )
        self._event_bands.setOpts(y0=y0, y1=y1)

    def _lay_out_lanes(self) -> None:
        """Markers in lanes so that events close at the current zoom do not hide each other
        (redrawn only when a marker changes lane)."""
        ev = self._shown
        if ev.empty:
            return
        (x0, x1), width = self._view.viewRange()[0], max(float(self._view.width()), 1.0)
        pixels = (self._ev_start - x0) / ((x1 - x0) or 1.0) * width
        lanes = pack_lanes(pixels.tolist(), EVENT_SIZE * 1.1, EVENT_LANES)
        if lanes == self._lanes:
            return
        self._lanes = lanes
        y = EVENT_LANES - np.asarray(lanes, dtype=float) - 0.5
        styles = [event_style(str(t)) for t in ev["event_type"]]
        ids = [int(i) for i in ev["event_id"]]
        self._event_dots.setData(
            x=self._ev_start,
            y=y,
            data=[(i, self._tips.get(i, "")) for i in ids],
            symbol=[EVENT_SYMBOLS.get(shape, "o") for _, shape in styles],
            brush=[brush(colour) for colour, _ in styles],
            pen=[event_pen(colour) for colour, _ in styles],
            size=EVENT_SIZE,
        )
        r = self._ev_ranged
        self._strip_ranges.setData(
            np.column_stack([self._ev_start[r], self._ev_end[r]]).ravel(),
            np.repeat(y[r], 2),
            connect="pairs",
        )

    def _annotate_at(self, x: float) -> None:
        if math.isfinite(x):
            self.annotation_requested.emit(timestamp_day(x))

    def _strip_menu(self, scene_pos: QPointF, screen_pos: QPoint) -> None:
        x = float(self.strip.mapSceneToView(scene_pos).x())
        hits = self._event_dots.pointsAt(self._event_dots.mapFromScene(scene_pos))
        self._menu = self.event_menu([int(p.data()[0]) for p in hits], timestamp_day(x))
        self._menu.popup(screen_pos)

    def event_menu(self, event_ids: list[int], day: str) -> QMenu:
        """The strip's context menu: Edit…/Delete for each event under the mouse, and
        "Add annotation here…" for ``day``."""
        menu = QMenu(self)
        titles = dict(
            zip(self.events.get("event_id", []), self.events.get("title", []), strict=True)
        )
        for eid in dict.fromkeys(event_ids):
            title = str(titles.get(eid, eid))
            short = title if len(title) <= 48 else title[:47].rstrip() + "…"
            if len(event_ids) > 1:
                menu.addSection(short)
            edit = translate("chart_events_strip", "Edit “{title}”…").format(title=short)
            delete = translate("chart_events_strip", "Delete “{title}”").format(title=short)
            menu_action(menu, edit, partial(self.event_edit_requested.emit, eid))
            menu_action(menu, delete, partial(self.event_delete_requested.emit, eid))
        if event_ids:
            menu.addSeparator()
        menu_action(
            menu,
            translate("chart_events_strip", "Add annotation here…"),
            lambda: self.annotation_requested.emit(day),
        )
        return menu

    def event_markers(self) -> dict[int, float]:
        """event_id -> x (POSIX seconds) of its marker in the strip (shown events only)."""
        return {int(p.data()[0]): float(p.pos().x()) for p in self._event_dots.points()}

    def event_spans(self) -> tuple[list[float], list[tuple[float, float]]]:
        """What runs through the plot: x of the dashed lines of point events, and (start,
        end) of the shaded bands of ranges (POSIX seconds)."""
        xs = self._event_lines.xData if self._event_lines.isVisible() else None
        lines = [float(x) for x in (xs if xs is not None else [])[::2]]
        x0, x1 = self._event_bands.opts["x0"], self._event_bands.opts["x1"]
        bands = [(float(a), float(b)) for a, b in zip(x0, x1, strict=True)]
        return lines, bands if self._event_bands.isVisible() else []

    def event_tips(self) -> dict[int, str]:
        """event_id -> tooltip text of its marker (shown events only)."""
        return {int(p.data()[0]): str(p.data()[1]) for p in self._event_dots.points()}
