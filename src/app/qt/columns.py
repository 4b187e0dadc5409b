"""The columns of the observations table, one object each.

A :class:`Column` adapts one column of the store (read from :class:`TableData`, numpy
arrays extracted once per change) to what a Qt view asks a cell for: display text, edit
text, tooltip, colours, alignment; and the other way, text typed into the cell to a domain
edit (:func:`app.domain.cell_edit.cell_edit`). The table model only dispatches to them, so a
new column is one class and one line in :data:`COLUMNS`, never another branch in
``data()``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.domain.analytics import CANNOT_CHECK, CONFLICTING, CONSISTENT, INCONSISTENT
from app.domain.analytics.table import ANALYTICS_LIMIT, TableAnalytics
from app.domain.cell_edit import cell_edit
from app.domain.countries import country_name, place_names
from app.domain.edits import SetValues
from app.domain.model import (
    CATEGORICAL_COLUMNS,
    FORWARD_STATUSES,
    Qualifier,
    change_words,
    qualifier_words,
    status_words,
)
from app.domain.periods import period_code, period_label
from app.domain.store import ObservationStore
from app.domain.units import format_quantity, scaled
from app.domain.view import figure_groups
from app.domain.view_filters import search_columns

GROUP_TINTS = (QColor(255, 244, 214), QColor(255, 233, 190))
CLAIM_MARKS = {
    CONSISTENT: "✓ consistent",
    INCONSISTENT: "✗ inconsistent",
    CANNOT_CHECK: "? cannot check",
    CONFLICTING: "⇄ sources disagree",
}
CLAIM_COLOURS = {
    CONSISTENT: QColor(46, 125, 50),
    INCONSISTENT: QColor(198, 40, 40),
    CANNOT_CHECK: QColor(120, 120, 120),
    CONFLICTING: QColor(173, 96, 0),
}
#: a target, plan or forecast: the value is drawn in this colour and labelled
FORWARD_COLOUR = QColor(63, 81, 181)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
MAX_CELL_TEXT = 500  # long text fields are cut in views, never in storage


class TableData:
    """The store's columns as numpy arrays (category codes + labels, values, periods),
    extracted once per change for cheap per-cell reads; plus the analytics texts of the
    current selection, replaced when a computation lands."""

    def __init__(self, store: ObservationStore) -> None:
        obs = store.observations
        # what the arrays were built from (held, so that no id is ever reused)
        self._built_from = (store, obs, store.sources, store.indicators)
        self._generation = store.generation
        self.cats = {c: _codes_and_labels(obs[c]) for c in CATEGORICAL_COLUMNS}
        self.obs_id = obs["obs_id"].to_numpy()
        self.value = obs["value"].to_numpy()
        self.start = obs["period_start"].to_numpy()
        self.end = obs["period_end"].to_numpy()
        self.point = obs["period_point"].to_numpy()
        self.period_text = obs["period_text"].to_numpy()
        self.change = obs["change_value"].to_numpy()
        self.source_id = obs["source_id"].to_numpy()
        self.note = obs["note"].to_numpy()
        #: a target, plan or forecast (one array per change: cheap per-cell reads)
        self.forward = obs["status"].astype(str).isin([str(x) for x in FORWARD_STATUSES]).to_numpy()
        self.group, self.group_size = figure_groups(obs)
        self.names = store.indicator_names()
        self.sources = store.source_label_by_id()
        self.quotes = dict(zip(store.sources["source_id"], store.sources["quote"], strict=True))
        #: what the text search and the source filter read (sources, notes, names; coded)
        self.text_columns = search_columns(obs, store.sources, self.names)
        self.places = place_names(store.records.get("entities"))
        self.analytics = TableAnalytics()
        self.too_many = False  # the selection is over ANALYTICS_LIMIT rows
        self._labels: dict[tuple[int, int, bool], str] = {}

    def is_current(self, store: ObservationStore) -> bool:
        """Whether the arrays still describe ``store`` (same tables, no change since)."""
        now = (store, store.observations, store.sources, store.indicators)
        return store.generation == self._generation and all(
            a is b for a, b in zip(now, self._built_from, strict=True)
        )

    def text(self, col: str, row: int) -> str:
        codes, labels = self.cats[col]
        return str(labels[codes[row]])

    def period(self, row: int) -> str:
        codes, labels = self.cats["period_detail"]
        day = labels[codes[row]]
        if day:  # a day or week: finer than the month range
            return str(day)
        k = (int(self.start[row]), int(self.end[row]), bool(self.point[row]))
        label = self._labels.get(k)
        if label is None:
            label = self._labels[k] = period_label(*k)
        return label


def _codes_and_labels(s: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Category codes and their labels, with '' appended for code -1 (missing)."""
    return s.cat.codes.to_numpy(), np.append(np.asarray(s.cat.categories, dtype=object), "")


class Column:
    """One table column: reads a row of :class:`TableData` for each role it serves."""

    alignment: int | None = None

    def __init__(
        self,
        key: str,
        title: str,
        width: int,
        editable: bool = False,
        sort_key: str | None = None,
        filters: tuple[str, ...] = (),
    ) -> None:
        self.key, self.title, self.width = key, title, width
        self.editable, self.sort_key = editable, sort_key
        #: the column filters its header offers (:mod:`app.domain.view_filters`)
        self.filters = filters

    def display(self, t: TableData, row: int) -> str:
        return t.text(self.key, row)

    def edit_text(self, t: TableData, row: int) -> str:
        return self.display(t, row)

    def tooltip(self, t: TableData, row: int) -> str | None:
        return None

    def foreground(self, t: TableData, row: int) -> QColor | None:
        return None

    def align(self, t: TableData, row: int) -> int | None:
        return self.alignment

    def background(self, t: TableData, row: int) -> QColor | None:
        """Rows giving the same figure (several sources) are tinted together."""
        return GROUP_TINTS[int(t.group[row]) % 2] if t.group_size[row] > 1 else None

    def obs_id(self, t: TableData, row: int) -> int:
        return int(t.obs_id[row])

    def parse_edit(self, store: ObservationStore, obs_id: int, text: str) -> SetValues | None:
        """The domain edit typed ``text`` makes (None: no change); ValueError if refused."""
        return cell_edit(store, obs_id, self.key, text)


class CodeColumn(Column):
    """A categorical column shown as words but edited as its stored code."""

    def edit_text(self, t: TableData, row: int) -> str:
        return t.text(self.key, row)


class PlaceColumn(CodeColumn):
    """Reporter or partner: the code, named in the tooltip (a country, a region, or an
    entity a file used, with the name the file gave it)."""

    def tooltip(self, t: TableData, row: int) -> str | None:
        code = t.text(self.key, row)
        return t.places.get(code) or (country_name(code) if code else None)


class IndicatorColumn(CodeColumn):
    def display(self, t: TableData, row: int) -> str:
        code = t.text("indicator", row)
        return t.names.get(code, code)

    def tooltip(self, t: TableData, row: int) -> str | None:
        return t.text("indicator", row)


class PeriodColumn(Column):
    def display(self, t: TableData, row: int) -> str:
        return t.period(row)

    def edit_text(self, t: TableData, row: int) -> str:
        return period_code(int(t.start[row]), int(t.end[row]), bool(t.point[row]))

    def tooltip(self, t: TableData, row: int) -> str | None:
        return f"As the source wrote it: {t.period_text[row]}"


class ValueColumn(Column):
    alignment = RIGHT

    def display(self, t: TableData, row: int) -> str:
        return format_quantity(float(t.value[row]), t.text("unit", row))

    def edit_text(self, t: TableData, row: int) -> str:
        v, word = scaled(float(t.value[row]))
        return f"{v:.6g} {word}".strip()

    def tooltip(self, t: TableData, row: int) -> str | None:
        exact = f"{float(t.value[row]):,.2f} {t.text('unit', row)}"
        if t.forward[row]:
            return f"{exact}\nA {status_words(t.text('status', row))}, not an outcome."
        return exact

    def foreground(self, t: TableData, row: int) -> QColor | None:
        return FORWARD_COLOUR if t.forward[row] else None


class QualifierColumn(CodeColumn):
    def display(self, t: TableData, row: int) -> str:
        q = t.text("qualifier", row)
        return qualifier_words(q) if q in Qualifier._value2member_map_ else q


class ChangeColumn(Column):
    def display(self, t: TableData, row: int) -> str:
        return change_words(
            float(t.change[row]), t.text("change_unit", row), t.text("change_qualifier", row)
        )


class YoyColumn(Column):
    alignment = RIGHT

    def display(self, t: TableData, row: int) -> str:
        return t.analytics.yoy.get(row, ("", ""))[0]

    def tooltip(self, t: TableData, row: int) -> str | None:
        if t.too_many:
            return f"Not computed for more than {ANALYTICS_LIMIT:,} rows: narrow the pair"
        return t.analytics.yoy.get(row, ("", "No comparable figure a year earlier"))[1]


class ClaimColumn(Column):
    def display(self, t: TableData, row: int) -> str:
        verdict = t.analytics.claims.get(row)
        return CLAIM_MARKS.get(verdict[0], verdict[0]) if verdict else ""

    def tooltip(self, t: TableData, row: int) -> str | None:
        verdict = t.analytics.claims.get(row)
        return verdict[1] if verdict else "The source claims no growth rate"

    def foreground(self, t: TableData, row: int) -> QColor | None:
        verdict = t.analytics.claims.get(row)
        return CLAIM_COLOURS.get(verdict[0]) if verdict else None


class SourceColumn(Column):
    def display(self, t: TableData, row: int) -> str:
        label = t.sources.get(int(t.source_id[row]), "")
        n = int(t.group_size[row])
        return f"{label}  ⧉{n}" if n > 1 else label

    def tooltip(self, t: TableData, row: int) -> str | None:
        quote = t.quotes.get(int(t.source_id[row]), "")
        n = int(t.group_size[row])
        extra = f"\n{n} sources give this figure (rows tinted together)." if n > 1 else ""
        return (f"“{quote[:MAX_CELL_TEXT]}”" if quote else "No quote kept") + extra


class NoteColumn(Column):
    def display(self, t: TableData, row: int) -> str:
        return str(t.note[row])[:MAX_CELL_TEXT]

    def edit_text(self, t: TableData, row: int) -> str:
        return str(t.note[row])


COLUMNS: tuple[Column, ...] = (
    IndicatorColumn("indicator", "Indicator", 240, sort_key="indicator", filters=("indicator",)),
    CodeColumn("subject", "Subject", 80, sort_key="subject", filters=("subject",)),
    PlaceColumn("reporter", "Reporter", 62, sort_key="reporter", filters=("reporter",)),
    PlaceColumn("partner", "Partner", 62, sort_key="partner", filters=("partner",)),
    PeriodColumn("period", "Period", 100, editable=True, sort_key="period", filters=("period",)),
    ValueColumn("value", "Value", 120, editable=True, sort_key="value", filters=("value", "unit")),
    QualifierColumn(
        "qualifier", "Qualifier", 78, editable=True, sort_key="qualifier", filters=("qualifier",)
    ),
    CodeColumn("status", "Status", 62, editable=True, sort_key="status", filters=("status",)),
    ChangeColumn("change", "Reported change", 100),
    YoyColumn("yoy", "YoY (same period)", 90),
    ClaimColumn("claim", "Claim check", 120),
    SourceColumn("source", "Source", 170, sort_key="source_id", filters=("source",)),
    NoteColumn("note", "Note", 200, editable=True),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}
