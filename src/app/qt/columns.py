"""The columns of the observations table, one object each.

A :class:`Column` adapts one column of the store (read from :class:`TableData`, numpy
arrays extracted once per change) to what a Qt view asks a cell for: display text, edit
text, tooltip, colours, alignment; and the other way, text typed into the cell to a domain
edit (:func:`app.domain.cell_edit.cell_edit`). The table model only dispatches to them, so a
new column is one class and one line in :data:`COLUMNS`, never another branch in
``data()``.

Numbers, periods and dates follow the desk's language (:mod:`app.qt.table_text`): English keeps
the table's compact forms ("$2.44 bn"), other languages get the briefing's
(:mod:`app.services.briefing.locale_format`: "2,44 млрд долл."), formatted once per value.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.domain.analytics import CANNOT_CHECK, CONFLICTING, CONSISTENT, INCONSISTENT
from app.domain.analytics.table import ANALYTICS_LIMIT, TableAnalytics
from app.domain.cell_edit import cell_edit
from app.domain.countries import place_names
from app.domain.edits import Op, SetValues, Update
from app.domain.ids import RangeIds, row_ids
from app.domain.model import CATEGORICAL_COLUMNS, FIGURE_KEY, FORWARD_STATUSES, sparse_entries
from app.domain.periods import period_code
from app.domain.selection import holds_any
from app.domain.store import ObservationStore
from app.domain.units import scaled
from app.domain.view import figure_groups
from app.domain.view_filters import CodedText, search_columns
from app.qt.catalogue_model import indicator_display_name
from app.qt.i18n import QT_TRANSLATE_NOOP, current_language, translate
from app.qt.table_text import CellText

GROUP_TINTS = (QColor(255, 244, 214), QColor(255, 233, 190))
CLAIM_MARKS = {
    CONSISTENT: QT_TRANSLATE_NOOP("columns", "✓ consistent"),
    INCONSISTENT: QT_TRANSLATE_NOOP("columns", "✗ inconsistent"),
    CANNOT_CHECK: QT_TRANSLATE_NOOP("columns", "? cannot check"),
    CONFLICTING: QT_TRANSLATE_NOOP("columns", "⇄ sources disagree"),
}


def verdict_words(verdict: str) -> str:
    """A claim verdict as the desk marks it ("✗ inconsistent"), the code if unknown; the
    figures table, the Claims view and the Source panel say it alike."""
    return translate("columns", CLAIM_MARKS[verdict]) if verdict in CLAIM_MARKS else verdict


CLAIM_COLOURS = {
    CONSISTENT: QColor(46, 125, 50),
    INCONSISTENT: QColor(198, 40, 40),
    CANNOT_CHECK: QColor(120, 120, 120),
    CONFLICTING: QColor(173, 96, 0),
}
#: what a target, plan or forecast is said to be in its value's tooltip
FORWARD_NOTES = {
    "target": QT_TRANSLATE_NOOP("columns", "A target, not an outcome."),
    "planned": QT_TRANSLATE_NOOP("columns", "A plan, not an outcome."),
    "forecast": QT_TRANSLATE_NOOP("columns", "A forecast, not an outcome."),
}
#: a target, plan or forecast: the value is drawn in this colour and labelled
FORWARD_COLOUR = QColor(63, 81, 181)
#: painted after the value of a figure edited since its source gave it (not in its text)
EDITED_MARK = " ✎"
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
MAX_CELL_TEXT = 500  # long text fields are cut in views, never in storage
#: how each filterable column is named on screen (header menus, filter chips, tooltips)
FILTER_TITLES = {
    "indicator": QT_TRANSLATE_NOOP("columns", "Indicator"),
    "reporter": QT_TRANSLATE_NOOP("columns", "Reporter"),
    "partner": QT_TRANSLATE_NOOP("columns", "Partner"),
    "subject": QT_TRANSLATE_NOOP("columns", "Subject"),
    "unit": QT_TRANSLATE_NOOP("columns", "Unit"),
    "qualifier": QT_TRANSLATE_NOOP("columns", "Qualifier"),
    "status": QT_TRANSLATE_NOOP("columns", "Status"),
    "source": QT_TRANSLATE_NOOP("columns", "Source"),
    "value": QT_TRANSLATE_NOOP("columns", "Value"),
    "period": QT_TRANSLATE_NOOP("columns", "Period"),
}


class TableData:
    """The store's columns as numpy arrays (category codes + labels, values, periods),
    extracted once per change for cheap per-cell reads; plus the analytics texts of the
    current selection, replaced when a computation lands, and the cell texts of the
    desk's language (:class:`CellText`, formatted once per value)."""

    def __init__(self, store: ObservationStore) -> None:
        obs = store.observations
        # what the arrays were built from (held, so that no id is ever reused)
        self._built_from = (store, obs, store.sources, store.indicators)
        self._generation = store.generation
        self.cats = {c: _codes_and_labels(obs[c]) for c in CATEGORICAL_COLUMNS}
        #: row -> id; a :class:`~app.domain.ids.RangeIds` while the store holds a range
        self.obs_id: np.ndarray | RangeIds = row_ids(obs["obs_id"])
        self.value: np.ndarray
        self.start: np.ndarray
        self.end: np.ndarray
        self.point: np.ndarray
        self.source_id: np.ndarray
        for column, name in PLAIN_ARRAYS:
            setattr(self, name, obs[column].to_numpy())
        # read per painted cell from the store's own arrays: no copy of 8 bytes a row
        self.period_text = CodedText.of(obs["period_text"])
        self.change = RowFloats(obs["change_value"])
        #: a target, plan or forecast (one array per change: cheap per-cell reads)
        self.forward = _forward_marks(obs["status"])
        self.group, self.group_size = figure_groups(obs)
        self.language = current_language()
        #: indicator names in the desk's language (as stored where they have no translation)
        self.names = _names(store.indicator_names(), self.language)
        #: figures whose value was changed by hand (no longer what the source's quote says)
        self.edited: frozenset[int] = store.edited_ids()
        self.words = CellText(self.language)
        self.sources = self.words.source_labels(store.sources)
        self.quotes = dict(zip(store.sources["source_id"], store.sources["quote"], strict=True))
        #: what the text search and the source filter read (sources, notes, names; coded)
        self.text_columns = search_columns(obs, store.sources, self.names)
        self.note = self.text_columns["note"]  # coded once, for the search and the cells
        self.places = place_names(store.records.get("entities"))
        self.analytics = TableAnalytics()
        #: the order of all rows per sort (read-only), kept while these arrays are current
        self.sorted_orders: dict[tuple[tuple[str, bool], ...], np.ndarray] = {}
        self.too_many = False  # the selection is over ANALYTICS_LIMIT rows

    def is_current(self, store: ObservationStore) -> bool:
        """Whether the arrays still describe ``store`` (same tables, no change since) in
        the desk's current language."""
        now = (store, store.observations, store.sources, store.indicators)
        return (
            store.generation == self._generation
            and self.language == current_language()
            and all(a is b for a, b in zip(now, self._built_from, strict=True))
        )

    def after(self, store: ObservationStore, ops: Sequence[Op]) -> TableData | None:
        """These arrays brought up to ``store`` after ``ops``, the one change since they were
        extracted, when it only set columns of rows they hold (an edit of values): the
        columns set are read again, and the figure groups, the search's texts and the
        forward marks only when a column they read was set; the analytics and sorted
        orders start again. None when rows, sources or the catalogue changed, or another
        change came between: then everything is extracted again.

        An edit of one value of a 10M workspace costs a few array views, not a pass over
        every row (PERFORMANCE.md: only the affected figures are recomputed)."""
        built = (store, store.observations, store.sources, store.indicators)
        if (
            store.generation != self._generation + 1
            or self.language != current_language()
            or not all(isinstance(op, Update) and op.column != "obs_id" for op in ops)
            or not all(a is b for a, b in zip(built, self._built_from, strict=True))
        ):
            return None
        columns = {op.column for op in ops if isinstance(op, Update)}
        obs = store.observations
        new = copy.copy(self)
        new._generation = store.generation
        new.cats = self.cats | {
            c: _codes_and_labels(obs[c]) for c in columns if c in CATEGORICAL_COLUMNS
        }
        for column, name in PLAIN_ARRAYS:
            if column in columns:
                setattr(new, name, obs[column].to_numpy())
        if "period_text" in columns:
            new.period_text = CodedText.of(obs["period_text"])
        if "change_value" in columns:
            new.change = RowFloats(obs["change_value"])
        if "status" in columns:
            new.forward = _forward_marks(obs["status"])
        if columns & set(FIGURE_KEY):
            new.group, new.group_size = figure_groups(obs)
        if columns & {"note", "source_id", "indicator"}:
            new.text_columns = search_columns(obs, store.sources, self.names)
            new.note = new.text_columns["note"]
        new.edited = store.edited_ids()
        new.analytics = TableAnalytics()
        new.sorted_orders = {}
        return new

    def text(self, col: str, row: int) -> str:
        codes, labels = self.cats[col]
        return str(labels[codes[row]])

    def period(self, row: int) -> str:
        codes, labels = self.cats["period_detail"]
        day = labels[codes[row]]
        if day:  # a day or week: finer than the month range
            return self.words.day(str(day))
        return self.words.period(int(self.start[row]), int(self.end[row]), bool(self.point[row]))


#: store columns :class:`TableData` holds as plain arrays: (column, attribute)
PLAIN_ARRAYS = (
    ("value", "value"),
    ("period_start", "start"),
    ("period_end", "end"),
    ("period_point", "point"),
    ("source_id", "source_id"),
)


def _forward_marks(status: pd.Series) -> np.ndarray:
    """Per row: a target, plan or forecast (read on the category codes)."""
    return holds_any(status, {str(x) for x in FORWARD_STATUSES})


def _names(names: dict[str, str], language: str) -> dict[str, str]:
    if language == "en":
        return names
    return {code: indicator_display_name(name, language) for code, name in names.items()}


class RowFloats:
    """A float column read row by row; a sparse one from its stored entries (NaN
    elsewhere), without making a dense copy of every row."""

    def __init__(self, s: pd.Series) -> None:
        if isinstance(s.dtype, pd.SparseDtype):
            self._at, self._values = sparse_entries(s.array)
            self._dense: np.ndarray | None = None
        else:
            self._dense = s.to_numpy(dtype="float64")

    def __getitem__(self, row: int) -> float:
        if self._dense is not None:
            return float(self._dense[row])
        i = int(self._at.searchsorted(row))  # the method: a quarter of np.searchsorted's cost
        found = i < len(self._at) and int(self._at[i]) == row
        return float(self._values[i]) if found else float("nan")


def _codes_and_labels(s: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Category codes and their labels, with '' appended for code -1 (missing)."""
    return s.cat.codes.to_numpy(), np.append(np.asarray(s.cat.categories, dtype=object), "")


class Column:
    """One table column: reads a row of :class:`TableData` for each role it serves.
    ``title`` is the English header, marked for translation and translated where shown
    (:meth:`header`)."""

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

    def header(self) -> str:
        """The title in the desk's language."""
        return translate("columns", self.title)

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

    def edited(self, t: TableData, row: int) -> bool:
        """Whether the cell holds a value changed by hand (only the value column says)."""
        return False

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
        return t.places.get(code) or (t.words.place(code) if code else None)


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
        return translate("columns", "As the source wrote it: {text}").format(
            text=t.period_text[row]
        )


class ValueColumn(Column):
    """The figure in the desk's language. A figure edited by hand says so in its tooltip
    and through :meth:`edited`, which the value's delegate paints as a mark (✎, italic):
    the text copied or exported stays the figure alone."""

    alignment = RIGHT

    def display(self, t: TableData, row: int) -> str:
        return t.words.amount(float(t.value[row]), t.text("unit", row))

    def edited(self, t: TableData, row: int) -> bool:
        return bool(t.edited) and int(t.obs_id[row]) in t.edited

    def edit_text(self, t: TableData, row: int) -> str:
        v, word = scaled(float(t.value[row]))
        return f"{v:.6g} {word}".strip()

    def tooltip(self, t: TableData, row: int) -> str | None:
        lines = [t.words.exact(float(t.value[row]), t.text("unit", row))]
        if t.forward[row]:
            note = FORWARD_NOTES.get(t.text("status", row))
            lines.append(translate("columns", note) if note else "")
        if int(t.obs_id[row]) in t.edited:
            lines.append(
                translate("columns", "Edited: no longer the value the source's quote gives")
            )
        return "\n".join(line for line in lines if line)

    def foreground(self, t: TableData, row: int) -> QColor | None:
        return FORWARD_COLOUR if t.forward[row] else None


class QualifierColumn(CodeColumn):
    def display(self, t: TableData, row: int) -> str:
        return t.words.qualifier(t.text("qualifier", row))


class StatusColumn(CodeColumn):
    def display(self, t: TableData, row: int) -> str:
        return t.words.status(t.text("status", row))


class ChangeColumn(Column):
    """The growth the source claimed ("more than +20 %"), edited as typed text."""

    def display(self, t: TableData, row: int) -> str:
        return t.words.change(
            float(t.change[row]), t.text("change_unit", row), t.text("change_qualifier", row)
        )

    def edit_text(self, t: TableData, row: int) -> str:
        return CellText.typed_change(
            float(t.change[row]), t.text("change_unit", row), t.text("change_qualifier", row)
        )


class YoyColumn(Column):
    alignment = RIGHT

    def display(self, t: TableData, row: int) -> str:
        return t.analytics.yoy.get(row, ("", ""))[0]

    def tooltip(self, t: TableData, row: int) -> str | None:
        if t.too_many:
            return translate(
                "columns", "Not computed for more than {count} rows: narrow the pair"
            ).format(count=t.words.count(ANALYTICS_LIMIT))
        hit = t.analytics.yoy.get(row)
        return hit[1] if hit else translate("columns", "No comparable figure a year earlier")


class ClaimColumn(Column):
    def display(self, t: TableData, row: int) -> str:
        verdict = t.analytics.claims.get(row)
        return t.words.claim_mark(verdict[0], CLAIM_MARKS) if verdict else ""

    def tooltip(self, t: TableData, row: int) -> str | None:
        verdict = t.analytics.claims.get(row)
        return verdict[1] if verdict else translate("columns", "The source claims no growth rate")

    def foreground(self, t: TableData, row: int) -> QColor | None:
        verdict = t.analytics.claims.get(row)
        return CLAIM_COLOURS.get(verdict[0]) if verdict else None


class SourceColumn(Column):
    """The cited source; edited by picking one of the workspace's sources (its id)."""

    def display(self, t: TableData, row: int) -> str:
        label = t.sources.get(int(t.source_id[row]), "")
        n = int(t.group_size[row])
        return f"{label}  ⧉{n}" if n > 1 else label

    def edit_text(self, t: TableData, row: int) -> str:
        return str(int(t.source_id[row]))

    def tooltip(self, t: TableData, row: int) -> str | None:
        quote = t.quotes.get(int(t.source_id[row]), "")
        n = int(t.group_size[row])
        said = f"“{quote[:MAX_CELL_TEXT]}”" if quote else translate("columns", "No quote kept")
        if n <= 1:
            return said
        extra = translate("columns", "%n sources give this figure (rows tinted together).", "", n)
        return f"{said}\n{extra}"


class NoteColumn(Column):
    def display(self, t: TableData, row: int) -> str:
        return str(t.note[row])[:MAX_CELL_TEXT]

    def edit_text(self, t: TableData, row: int) -> str:
        return str(t.note[row])


def _title(key: str) -> str:
    return FILTER_TITLES[key]


COLUMNS: tuple[Column, ...] = (
    IndicatorColumn(
        "indicator", _title("indicator"), 240, True, sort_key="indicator", filters=("indicator",)
    ),
    CodeColumn("subject", _title("subject"), 80, True, sort_key="subject", filters=("subject",)),
    PlaceColumn(
        "reporter", _title("reporter"), 62, True, sort_key="reporter", filters=("reporter",)
    ),
    PlaceColumn("partner", _title("partner"), 62, True, sort_key="partner", filters=("partner",)),
    PeriodColumn("period", _title("period"), 100, True, sort_key="period", filters=("period",)),
    ValueColumn("value", _title("value"), 120, True, sort_key="value", filters=("value", "unit")),
    QualifierColumn(
        "qualifier", _title("qualifier"), 78, True, sort_key="qualifier", filters=("qualifier",)
    ),
    StatusColumn("status", _title("status"), 62, True, sort_key="status", filters=("status",)),
    ChangeColumn("change", QT_TRANSLATE_NOOP("columns", "Reported change"), 100, True),
    YoyColumn("yoy", QT_TRANSLATE_NOOP("columns", "YoY (same period)"), 90),
    ClaimColumn("claim", QT_TRANSLATE_NOOP("columns", "Claim check"), 120),
    SourceColumn("source", _title("source"), 170, True, sort_key="source_id", filters=("source",)),
    NoteColumn("note", QT_TRANSLATE_NOOP("columns", "Note"), 200, editable=True),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}
