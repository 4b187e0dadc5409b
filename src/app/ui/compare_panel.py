"""The comparison chart: several series side by side (:mod:`app.domain.compare`).

Levels, an index (base period = 100), growth on a year earlier or shares of a total, each
series in its own colour, kept whatever the mode. One chart holds two units (left and
right axis); a third unit, or the "Small multiples" switch, gives one panel per series
(:mod:`app.ui.compare_items` draws them and keeps their items). The tooltip names value,
period, reporter and source (and the base, year-earlier or total figure). The legend is
the series list beside the plot, outside the data area. Series come from a catalogue drag,
the catalogue's "Add to comparison" (:meth:`ComparePanel.add_indicator`) or "Add series…"
(:mod:`app.ui.compare_add`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, cast

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.chart import PALETTE
from app.domain.compare import (
    CompareMode,
    CompareSeries,
    CompareSpec,
    SeriesFigures,
    compare_figures,
    series_for,
    stored_series,
)
from app.domain.compare_lines import CompareLine, base_choices, default_base, lines_of
from app.domain.countries import country_name
from app.domain.model import empty_observations
from app.domain.store import ObservationStore
from app.qt.catalogue_model import indicator_codes
from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.compare_add import AddSeriesDialog
from app.ui.compare_items import (
    ComparePlots,
    SeriesItems,
    auto_base_text,
    fill_box,
    fill_legend,
    key_text,
    month_words,
    select,
)
from app.ui.dock_panel_parts import button

__all__ = ["AddSeriesDialog", "ComparePanel"]

# str(): PySide6 types QT_TRANSLATE_NOOP as returning object; the mark gives the text
EMPTY_TEXT = str(
    QT_TRANSLATE_NOOP(
        "compare_panel", "Drag indicators here from the catalogue, or use “Add series…”."
    )
)

#: the modes as the mode box names them (app.domain.compare.MODE_WORDS, in English)
MODE_TEXT = {
    CompareMode.LEVELS: QT_TRANSLATE_NOOP("compare_panel", "Levels"),
    CompareMode.INDEX: QT_TRANSLATE_NOOP("compare_panel", "Index (base period = 100)"),
    CompareMode.GROWTH: QT_TRANSLATE_NOOP("compare_panel", "Growth on a year earlier (%)"),
    CompareMode.SHARE: QT_TRANSLATE_NOOP("compare_panel", "Share of a total (%)"),
}


class ComparePanel(QWidget):
    """Controls, the series list (the legend) and the plot(s) of a :class:`CompareSpec`."""

    #: the user changed what is compared or how (a saved view may want to know)
    spec_changed = Signal()
    #: a marker was clicked: obs_id
    point_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = CompareSpec()
        self.lines: list[CompareLine] = []
        self._store: ObservationStore | None = None
        self._pair: tuple[str, str] | None = None
        #: (store, generation, series, total, figures, world totals, base choices)
        self._cache: tuple[Any, ...] = ()
        self._filled_from: tuple[Any, ...] | None = None
        self._colours: dict[CompareSeries, str] = {}
        self._build_controls()
        self._build_plots()
        self.setAcceptDrops(True)
        self._redraw()

    # --- building -------------------------------------------------------------------------

    def _build_controls(self) -> None:
        self.mode_box = QComboBox()
        for mode, words in MODE_TEXT.items():
            self.mode_box.addItem(translate("compare_panel", words), mode)
        self.base_box = QComboBox()
        self.base_box.setToolTip(translate("compare_panel", "The period whose figure is 100"))
        self.total_box = QComboBox()
        self.total_box.setToolTip(
            translate("compare_panel", "Each series as a percent of this total, period by period")
        )
        self.multiples = QCheckBox(translate("compare_panel", "Small multiples"))
        self.multiples.setToolTip(
            translate("compare_panel", "One panel per series, sharing the time axis")
        )
        self.mode_box.currentIndexChanged.connect(lambda _i: self._control_changed())
        self.base_box.currentIndexChanged.connect(lambda _i: self._control_changed())
        self.total_box.currentIndexChanged.connect(lambda _i: self._control_changed())
        self.multiples.toggled.connect(lambda _on: self._control_changed())
        self.series_list = QListWidget()
        self.series_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.series_list.setToolTip(
            translate("compare_panel", "The compared series (Delete removes the selected ones)")
        )
        self.series_list.installEventFilter(self)
        self.message = QLabel(translate("compare_panel", EMPTY_TEXT))
        self.message.setWordWrap(True)
        self.key = QLabel(key_text())
        self.key.setWordWrap(True)
        self.key.setStyleSheet("color: #607d8b")

    def _build_plots(self) -> None:
        self.plots = ComparePlots(self._tip, self._clicked)
        self.plot = self.plots.plot
        top = QHBoxLayout()
        for widget in (self.mode_box, self.base_box, self.total_box, self.multiples):
            top.addWidget(widget)
        top.addStretch(1)
        add_tip = translate("compare_panel", "Choose indicator, reporter and partner")
        top.addWidget(button(translate("compare_panel", "Add series…"), add_tip, self.ask))
        side = QVBoxLayout()
        side.addWidget(self.series_list, 1)
        row = QHBoxLayout()
        remove, remove_tip = (
            translate("compare_panel", "Remove"),
            translate("compare_panel", "Remove the selected series"),
        )
        row.addWidget(button(remove, remove_tip, self.remove_selected))
        clear_tip = translate("compare_panel", "Remove every series")
        row.addWidget(button(translate("compare_panel", "Clear"), clear_tip, self.clear))
        side.addLayout(row)
        middle = QHBoxLayout()
        middle.addWidget(self.plots, 3)
        middle.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.key)

    @property
    def _items(self) -> dict[CompareSeries, tuple[str, SeriesItems]]:
        """The items of each series on one chart: its axis ("left", "right") and items."""
        return self.plots.items

    # --- what is compared -------------------------------------------------------------------

    def set_store(self, store: ObservationStore) -> None:
        """The store to draw from (a new workspace); redraws."""
        self._store = store
        self._cache = ()
        self.refresh()

    def set_pair(self, pair: tuple[str, str]) -> None:
        """The desk's pair: a dropped or requested indicator is added for it."""
        self._pair = pair

    def refresh(self) -> None:
        """Redraw from the store (after an edit: figures are chosen anew)."""
        self._redraw()

    def add_series(self, series: CompareSeries) -> bool:
        """Add ``series`` (False, with a message, when it is already compared)."""
        if series in self.spec.series:
            self.message.setText(
                translate("compare_panel", "{series} is already compared.").format(
                    series=series.label(self._names())
                )
            )
            return False
        self._colours.setdefault(series, self._free_colour())
        self._set_spec(replace(self.spec, series=(*self.spec.series, series)))
        return True

    def add_indicator(self, code: str, pair: tuple[str, str] | None = None) -> CompareSeries | None:
        """Add ``code`` for ``pair`` (default: the desk's pair, else the last series'),
        in the direction with most figures; None (and a message) when there are none."""
        last = self.spec.series[-1] if self.spec.series else None
        pair = pair or self._pair or ((last.reporter, last.partner) if last else None)
        store = self._store
        found = (
            series_for(store.observations, code, pair, self.spec.series) if store and pair else None
        )
        if found is None:
            name = self._names().get(code, code)
            text = (
                translate(
                    "compare_panel",
                    "No figures of {indicator} for {pair} that are not compared yet.",
                ).format(indicator=name, pair="–".join(country_name(c) for c in pair))
                if pair
                else translate(
                    "compare_panel",
                    "No figures of {indicator} for no pair chosen that are not compared yet.",
                ).format(indicator=name)
            )
            self.message.setText(text)
            return None
        return found if self.add_series(found) else None

    def remove_series(self, *series: CompareSeries) -> None:
        """Stop comparing ``series`` (their colours are free again)."""
        kept = tuple(s for s in self.spec.series if s not in series)
        total = None if self.spec.total in series else self.spec.total
        for s in series:
            self._colours.pop(s, None)
        self.series_list.clearSelection()
        self._set_spec(replace(self.spec, series=kept, total=total))

    def remove_selected(self) -> None:
        rows = {self.series_list.row(i) for i in self.series_list.selectedItems()}
        chosen = [s for r, s in enumerate(self.spec.series) if r in rows]
        if chosen:
            self.remove_series(*chosen)

    def clear(self) -> None:
        self._colours.clear()
        self._set_spec(replace(self.spec, series=(), total=None, base_period=None))

    def state(self) -> dict[str, Any]:
        """What a saved view keeps (JSON-able)."""
        return self.spec.to_dict()

    def set_state(self, state: dict[str, Any]) -> None:
        """Show a saved comparison. Raises ValueError for one that cannot be read."""
        spec = CompareSpec.from_dict(state)
        self._colours = {}
        for s in spec.series:
            self._colours[s] = self._free_colour()
        self._set_spec(spec, announce=False)

    def ask(self) -> None:
        """ "Add series…": a dialog of what the store holds."""
        if self._store is None:
            return
        dialog = AddSeriesDialog(self._store, self._names(), self)
        chosen = dialog.series() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if chosen is not None:
            self.add_series(chosen)

    def _free_colour(self) -> str:
        used = set(self._colours.values())
        free = [c for c in PALETTE if c not in used]
        return free[0] if free else PALETTE[len(self._colours) % len(PALETTE)]

    def _set_spec(self, spec: CompareSpec, announce: bool = True) -> None:
        self.spec = spec
        if announce:
            self.spec_changed.emit()
        self._redraw()

    def _control_changed(self) -> None:
        """A control changed: the base and the total are kept whatever the mode."""
        self._set_spec(
            replace(
                self.spec,
                mode=CompareMode(self.mode_box.currentData()),
                base_period=self.base_box.currentData(),
                total=self.total_box.currentData(),
                small_multiples=self.multiples.isChecked(),
            )
        )

    def _names(self) -> dict[str, str]:
        return self._store.indicator_names() if self._store is not None else {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete (or Backspace) in the series list removes the selected series."""
        keys = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        if watched is self.series_list and isinstance(event, QKeyEvent) and event.key() in keys:
            if event.type() == QEvent.Type.KeyPress:
                self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    # --- drops ----------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if indicator_codes(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if indicator_codes(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        codes = indicator_codes(event.mimeData())
        for code in codes:
            self.add_indicator(code)
        if codes:
            event.acceptProposedAction()

    # --- drawing --------------------------------------------------------------------------

    def _figures(self) -> SeriesFigures:
        """The figures of every series, with the base periods and totals to offer; chosen
        again only when the store or the series change (a mode switch reuses them)."""
        store, shown = self._store, self.spec.series
        key = (store.generation if store else -1, shown, self.spec.total)
        if self._cache and self._cache[0] is store and self._cache[1:4] == key:
            return cast(SeriesFigures, self._cache[4])
        wanted = self.spec.all_series()
        obs = store.observations if store else empty_observations()
        figs = compare_figures(obs, store.sources if store else None, wanted)
        totals = stored_series(obs, self._world(shown))
        auto = default_base([figs.part(i) for i in range(len(shown))])
        bases: list[tuple[int | None, str]] = [(None, auto_base_text(auto))]
        bases += base_choices(figs, len(shown))
        self._cache = (store, *key, figs, totals, bases)
        return figs

    def _redraw(self) -> None:
        figs = self._figures()
        self._fill_choices()
        self.lines = lines_of(figs, self.spec, self._names()) if self.spec.series else []
        colours = [self._colours.get(s, PALETTE[0]) for s in self.spec.series]
        fill_legend(self.series_list, self.lines, colours)
        layout = self.plots.draw(self.spec, self.lines, colours)
        notes = [layout] if layout else []
        notes += dict.fromkeys(line.note for line in self.lines if line.note)
        empty = translate("compare_panel", EMPTY_TEXT)
        self.message.setText("\n".join(notes) if self.spec.series else empty)

    def _fill_choices(self) -> None:
        """The mode box, the base periods of the series, and the totals: the shown series
        and the store's world totals of the same indicators and reporters."""
        boxes = (self.mode_box, self.base_box, self.total_box, self.multiples)
        blocked = [b.blockSignals(True) for b in boxes]
        self.mode_box.setCurrentIndex(max(self.mode_box.findData(self.spec.mode), 0))
        self.multiples.setChecked(self.spec.small_multiples)
        if self._filled_from is not self._cache:  # new figures: new choices
            self._filled_from = self._cache
            fill_box(self.base_box, [(label, month) for month, label in self._cache[6]])
            of = translate("compare_panel", "of {series}")
            totals = [(of.format(series=t.label(self._names())), t) for t in self._totals()]
            whole = translate("compare_panel", "Sum of the shown series")
            fill_box(self.total_box, [(whole, None), *totals])
        base = self.spec.base_period
        shown = [self.base_box.itemData(i) for i in range(self.base_box.count())]
        if base is not None and base not in shown:
            self.base_box.addItem(month_words(base), base)  # a saved base without figures
        select(self.base_box, base)
        select(self.total_box, self.spec.total)
        self.base_box.setVisible(self.spec.mode is CompareMode.INDEX)
        self.total_box.setVisible(self.spec.mode is CompareMode.SHARE)
        for b, was in zip(boxes, blocked, strict=True):
            b.blockSignals(was)

    def _totals(self) -> list[CompareSeries]:
        """Candidate totals: the shown series, the chosen total, and the stored world
        figures (partner '' or WLD) of the shown indicators and reporters."""
        found = self._cache[5] if self._cache else []
        return list(dict.fromkeys([*self.spec.series, *filter(None, [self.spec.total]), *found]))

    @staticmethod
    def _world(series: Sequence[CompareSeries]) -> list[CompareSeries]:
        pairs = dict.fromkeys((s.indicator, s.reporter) for s in series)
        return [CompareSeries(i, r, p) for i, r in pairs for p in ("", "WLD")]

    # --- hover, click, reading back ---------------------------------------------------------

    def _tip(self, x: float, y: float, data: tuple[int, int]) -> str:
        labels = self._store.source_label_by_id() if self._store is not None else {}
        return self.lines[data[0]].tooltip(data[1], labels)

    def _clicked(self, _item: Any, points: list[Any], *_: object) -> None:
        if len(points):
            line, i = points[0].data()
            self.point_clicked.emit(int(self.lines[line].obs_ids[i]))

    def plotted(self) -> dict[str, list[float]]:
        """line label -> the y values drawn (display scale), from the visible plot(s)."""
        return self.plots.plotted(self.spec.series, self.lines)

    def right_units(self) -> list[str]:
        """The labels of the lines on the right axis."""
        return self.plots.right_units(self.spec.series, self.lines)

    def panels(self) -> list[pg.PlotItem]:
        """The small multiples' plots, top to bottom (empty on one chart)."""
        return self.plots.panels()
