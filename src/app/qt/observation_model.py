"""The observations table: a thin adapter over a row-order array.

``data()`` checks the role first and reads pre-extracted numpy arrays (category codes,
values, periods); it never touches pandas per cell. Filtering and sorting recompute the
order array in :mod:`app.domain.view`. Edits become :class:`SetValues` edits pushed on the
session's undo stack; the model never opens a dialog (invalid input is signalled).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from app.domain.analytics import CANNOT_CHECK, CONSISTENT, INCONSISTENT, check_claims, yoy_for
from app.domain.edits import Insert, Op, SetValues
from app.domain.model import Qualifier, Status, change_words, qualifier_words
from app.domain.periods import PeriodError, parse_period, period_code, period_label
from app.domain.units import UnitError, format_quantity, parse_number, scaled
from app.domain.view import ViewSpec, compute_order, figure_groups, selection
from app.qt.session import DeskSession
from app.qt.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
OBS_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FOREGROUND = Qt.ItemDataRole.ForegroundRole
SERVED = frozenset({DISPLAY, EDIT, TOOLTIP, BACKGROUND, ALIGN, OBS_ID_ROLE, FOREGROUND})

GROUP_TINTS = (QColor(255, 244, 214), QColor(255, 233, 190))
CLAIM_MARKS = {CONSISTENT: "✓ consistent", INCONSISTENT: "✗ inconsistent",
               CANNOT_CHECK: "? cannot check"}
CLAIM_COLOURS = {CONSISTENT: QColor(46, 125, 50), INCONSISTENT: QColor(198, 40, 40),
                 CANNOT_CHECK: QColor(120, 120, 120)}
#: analytics columns are computed for selections up to this size (larger: left blank,
#: with a tooltip that says why) ...
ANALYTICS_LIMIT = 2_000_000
#: ... and off the GUI thread above this many rows
BACKGROUND_ROWS = 5_000
#: filters and sorts of stores larger than this are computed off the GUI thread
BACKGROUND_ORDER_ROWS = 1_000_000
MAX_CELL_TEXT = 500  # long text fields are cut in views, never in storage


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    editable: bool = False
    sort_key: str | None = None


COLUMNS: tuple[Column, ...] = (
    Column("indicator", "Indicator", sort_key="indicator"),
    Column("subject", "Subject", sort_key="subject"),
    Column("reporter", "Reporter", sort_key="reporter"),
    Column("partner", "Partner", sort_key="partner"),
    Column("period", "Period", editable=True, sort_key="period"),
    Column("value", "Value", editable=True, sort_key="value"),
    Column("qualifier", "Qualifier", editable=True, sort_key="qualifier"),
    Column("status", "Status", editable=True, sort_key="status"),
    Column("change", "Reported change"),
    Column("yoy", "YoY (same period)"),
    Column("claim", "Claim check"),
    Column("source", "Source", sort_key="source_id"),
    Column("note", "Note", editable=True),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}


class _Arrays:
    """Columns of the store extracted once per change, for cheap per-cell reads."""

    def __init__(self, obs: pd.DataFrame, names: dict[str, str], sources: dict[int, str],
                 quotes: dict[int, str]) -> None:
        def cat(col: str) -> tuple[np.ndarray, np.ndarray]:
            s = obs[col]
            return s.cat.codes.to_numpy(), np.append(np.asarray(s.cat.categories, dtype=object),
                                                      "")
        self.cats = {c: cat(c) for c in ("indicator", "subject", "reporter", "partner",
                                         "unit", "qualifier", "status", "change_unit",
                                         "change_qualifier")}
        self.obs_id = obs["obs_id"].to_numpy()
        self.value = obs["value"].to_numpy()
        self.start = obs["period_start"].to_numpy()
        self.end = obs["period_end"].to_numpy()
        self.point = obs["period_point"].to_numpy()
        self.period_text = obs["period_text"].to_numpy()
        self.change = obs["change_value"].to_numpy()
        self.source_id = obs["source_id"].to_numpy()
        self.note = obs["note"].to_numpy()
        self.group, self.group_size = figure_groups(obs)
        self.names = names
        self.sources = sources
        self.quotes = quotes

    def text(self, col: str, row: int) -> str:
        codes, labels = self.cats[col]
        return str(labels[codes[row]])


class ObservationTableModel(QAbstractTableModel):
    #: a user entry was refused: (message)
    edit_rejected = Signal(str)
    #: the set of rows shown changed: (row count)
    rows_changed = Signal(int)
    #: a filter or sort is being computed in the background (True) or is done (False)
    busy = Signal(bool)

    def __init__(self, session: DeskSession, parent: Any = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self.spec = ViewSpec()
        self.order = np.zeros(0, dtype=np.int64)
        self._a: _Arrays | None = None
        self._text_cols: dict[str, pd.Series] = {}
        self._extracted_for: tuple[object, ...] = ()
        self._labels: dict[tuple[int, int, bool], str] = {}
        self.yoy: dict[int, tuple[str, str]] = {}
        self.claims: dict[int, tuple[str, str]] = {}
        self._too_many = False
        self._order_token = 0
        self.extra_columns: dict[str, Callable[[int], Any]] = {}
        session.changed.connect(self._on_changed)
        session.replaced.connect(self.refresh)
        self.refresh()

    # --- contents -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute the order (after a filter, sort or reload); arrays are re-extracted
        only when the store changed, so a filter or sort at 10M rows costs the order alone."""
        self._order_token += 1
        obs = self._session.store.observations
        if self._runner is not None and len(obs) > BACKGROUND_ORDER_ROWS and \
                _same_store(self._extracted_for, self._store_key()):
            # a sort by value at 10M rows takes seconds: compute it in a worker, keep
            # showing the current rows meanwhile
            token, spec, text_cols = self._order_token, self.spec, self._text_cols
            self.busy.emit(True)
            self._runner.start(lambda _p, _c: compute_order(obs, spec, text_cols),
                               on_done=lambda order: self._set_order(order, token))
            return
        self.beginResetModel()
        if not _same_store(self._extracted_for, self._store_key()):
            self._extract()
        else:
            self._analytics()
        self.order = compute_order(obs, self.spec, self._text_cols)
        self.endResetModel()
        self.rows_changed.emit(len(self.order))

    def _set_order(self, order: np.ndarray, token: int) -> None:
        if token != self._order_token:
            return  # a newer filter or sort was asked for meanwhile
        self.beginResetModel()
        self._analytics()
        self.order = order
        self.endResetModel()
        self.busy.emit(False)
        self.rows_changed.emit(len(self.order))

    def _store_key(self) -> tuple[object, ...]:
        """What the extracted arrays were built from (held, so no id is ever reused)."""
        store = self._session.store
        return (store, store.observations, store.sources, store.indicators,
                store.generation)

    def _extract(self) -> None:
        store = self._session.store
        sources = store.source_label_by_id()
        quotes = dict(zip(store.sources["source_id"], store.sources["quote"], strict=True))
        self._a = _Arrays(store.observations, store.indicator_names(), sources, quotes)
        self._text_cols = self._text_columns()
        self._extracted_for = self._store_key()
        self._analytics()

    def _analytics(self) -> None:
        """YoY and claim verdicts for the selected rows (row position -> text).

        Small selections are computed at once; large ones in the task runner, so that a
        filter at 10M rows repaints first and the two columns fill in when ready (a result
        computed for an older state of the store is dropped)."""
        self.yoy, self.claims = {}, {}
        store = self._session.store
        obs = store.observations
        mask = selection(obs, self.spec)
        self._too_many = mask is not None and int(mask.sum()) > ANALYTICS_LIMIT
        if mask is None or self._too_many:
            return
        job = _AnalyticsJob(obs, store.sources, mask)
        if self._runner is None or job.size <= BACKGROUND_ROWS:
            self._take_analytics(job.run(), store.generation)
            return
        generation = store.generation
        self._runner.start(lambda _p, _c: job.run(),
                           on_done=lambda result: self._take_analytics(result, generation))

    def _take_analytics(self, result: tuple[dict[int, tuple[str, str]],
                                           dict[int, tuple[str, str]]], generation: int) -> None:
        if generation != self._session.store.generation:
            return  # the store changed meanwhile; a newer computation is under way
        self.yoy, self.claims = result
        if self.rowCount():
            first, last = COLUMN_INDEX["yoy"], COLUMN_INDEX["claim"]
            self.dataChanged.emit(self.index(0, first), self.index(self.rowCount() - 1, last))

    def _text_columns(self) -> dict[str, pd.Series]:
        store = self._session.store
        labels = store.source_label_by_id()
        src = store.observations["source_id"].map(labels).astype("category")
        names = store.indicator_names()
        ind = store.observations["indicator"]
        ind_names = ind.cat.rename_categories(
            [f"{c} {names.get(c, '')}" for c in ind.cat.categories]) if len(ind) else ind
        return {"source": src, "indicator_name": ind_names}

    def _on_changed(self, ops: list[Op]) -> None:
        if any(isinstance(op, Insert) for op in ops) or len(self.order) == 0 or any(
                not hasattr(op, "column") for op in ops):
            self.refresh()
            return
        # value edits keep the order (like a spreadsheet); only the cells change
        self._extract()  # also recomputes YoY and claim verdicts
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1,
                                                           self.columnCount() - 1))

    def set_spec(self, spec: ViewSpec) -> None:
        self.spec = spec
        self.refresh()

    def obs_id_at(self, row: int) -> int:
        assert self._a is not None
        return int(self._a.obs_id[self.order[row]])

    def claim_of(self, obs_id: int) -> tuple[str, str] | None:
        """(verdict, explanation) of an observation's reported change, if it has one."""
        assert self._a is not None
        hits = np.flatnonzero(self._a.obs_id == obs_id)
        return self.claims.get(int(hits[0])) if len(hits) else None

    def row_of(self, obs_id: int) -> int:
        assert self._a is not None
        hits = np.flatnonzero(self._a.obs_id[self.order] == obs_id)
        return int(hits[0]) if len(hits) else -1

    # --- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section].title if 0 <= section < len(COLUMNS) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()].editable and not self._session.desk.read_only:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in SERVED or not index.isValid():
            return None
        a = self._a
        if a is None:
            return None
        row = int(self.order[index.row()])
        key = COLUMNS[index.column()].key
        if role == DISPLAY:
            return self._display(a, key, row)
        if role == EDIT:
            return self._edit_text(a, key, row)
        if role == TOOLTIP:
            return self._tooltip(a, key, row)
        if role == BACKGROUND:
            if a.group_size[row] > 1:
                return GROUP_TINTS[int(a.group[row]) % 2]
            return None
        if role == FOREGROUND:
            if key == "claim" and row in self.claims:
                return CLAIM_COLOURS.get(self.claims[row][0])
            return None
        if role == ALIGN:
            if key in ("value", "yoy"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        return int(a.obs_id[row])  # OBS_ID_ROLE

    def _period(self, a: _Arrays, row: int) -> str:
        k = (int(a.start[row]), int(a.end[row]), bool(a.point[row]))
        label = self._labels.get(k)
        if label is None:
            label = self._labels[k] = period_label(*k)
        return label

    def _display(self, a: _Arrays, key: str, row: int) -> str:
        if key == "indicator":
            code = a.text("indicator", row)
            return a.names.get(code, code)
        if key == "period":
            return self._period(a, row)
        if key == "value":
            return format_quantity(float(a.value[row]), a.text("unit", row))
        if key == "qualifier":
            q = a.text("qualifier", row)
            return qualifier_words(q) if q in Qualifier._value2member_map_ else q
        if key == "change":
            return _change(a, row)
        if key == "yoy":
            return self.yoy.get(row, ("", ""))[0]
        if key == "claim":
            verdict = self.claims.get(row)
            return CLAIM_MARKS.get(verdict[0], verdict[0]) if verdict else ""
        if key == "source":
            label = a.sources.get(int(a.source_id[row]), "")
            n = int(a.group_size[row])
            return f"{label}  ⧉{n}" if n > 1 else label
        if key == "note":
            return str(a.note[row])[:MAX_CELL_TEXT]
        return a.text(key, row)

    def _edit_text(self, a: _Arrays, key: str, row: int) -> str:
        if key == "value":
            v, word = scaled(float(a.value[row]))
            return f"{v:.6g} {word}".strip()
        if key == "period":
            return period_code(int(a.start[row]), int(a.end[row]), bool(a.point[row]))
        if key == "note":
            return str(a.note[row])
        return a.text(key, row) if key in a.cats else self._display(a, key, row)

    def _tooltip(self, a: _Arrays, key: str, row: int) -> str | None:
        if key == "source":
            quote = a.quotes.get(int(a.source_id[row]), "")
            n = int(a.group_size[row])
            extra = f"\n{n} sources give this figure (rows tinted together)." if n > 1 else ""
            return (f"“{quote[:MAX_CELL_TEXT]}”" if quote else "No quote kept") + extra
        if key == "period":
            return f"As the source wrote it: {a.period_text[row]}"
        if key == "yoy":
            if self._too_many:
                return f"Not computed for more than {ANALYTICS_LIMIT:,} rows: narrow the pair"
            return self.yoy.get(row, ("", "No comparable figure a year earlier"))[1]
        if key == "claim":
            verdict = self.claims.get(row)
            return verdict[1] if verdict else "The source claims no growth rate"
        if key == "value":
            return f"{float(a.value[row]):,.2f} {a.text('unit', row)}"
        if key == "indicator":
            return a.text("indicator", row)
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid() or not COLUMNS[index.column()].editable:
            return False
        assert self._a is not None
        row = int(self.order[index.row()])
        obs_id = int(self._a.obs_id[row])
        try:
            edit = self._make_edit(COLUMNS[index.column()].key, row, obs_id, str(value))
        except (UnitError, PeriodError, ValueError) as exc:
            self.edit_rejected.emit(str(exc))
            return False
        if edit is None:
            return False
        return self._session.push(edit)

    def _make_edit(self, key: str, row: int, obs_id: int, text: str) -> SetValues | None:
        a = self._a
        assert a is not None
        text = text.strip()
        if key == "value":
            new: Any = parse_number(text)
            old: Any = float(a.value[row])
            if new < 0 and a.text("unit", row) not in ("percent",):
                raise ValueError(f"{text!r}: a negative {a.text('unit', row)} figure is not "
                                 "possible here")
            return _set(obs_id, {"value": (old, new)}, f"Set value to {text}")
        if key == "period":
            p = parse_period(text)
            old_t = (int(a.start[row]), int(a.end[row]), bool(a.point[row]))
            return _set(obs_id, {"period_start": (old_t[0], p.start),
                                 "period_end": (old_t[1], p.end),
                                 "period_point": (old_t[2], p.point)},
                        f"Set period to {p.label()}")
        if key in ("qualifier", "status"):
            allowed = [m.value for m in (Qualifier if key == "qualifier" else Status)]
            words = {v.replace("_", " "): v for v in allowed}
            new = words.get(text.lower().replace("_", " "), text.lower())
            if new not in allowed:
                raise ValueError(f"{text!r} is not a {key}; choose one of {', '.join(allowed)}")
            return _set(obs_id, {key: (a.text(key, row), new)}, f"Set {key} to {new}")
        if key == "note":
            return _set(obs_id, {"note": (str(a.note[row]), text)}, "Edit note")
        return None


class _AnalyticsJob:
    """The YoY and claim texts of the selected rows, computable on any thread."""

    def __init__(self, obs: pd.DataFrame, sources: pd.DataFrame, mask: np.ndarray) -> None:
        self.obs, self.sources, self.mask = obs, sources, mask.copy()
        self.size = int(self.mask.sum())

    def run(self) -> tuple[dict[int, tuple[str, str]], dict[int, tuple[str, str]]]:
        yoy: dict[int, tuple[str, str]] = {}
        claims: dict[int, tuple[str, str]] = {}
        obs = self.obs
        rows = obs[self.mask]
        if rows.empty:
            return yoy, claims
        y = yoy_for(rows, self.sources, universe=obs[_could_match(obs, rows)])
        pos = np.flatnonzero(self.mask)
        for p, pct, prev, prev_val, unit in zip(pos, y["yoy_pct"], y["prev_period"],
                                                y["prev_value"], rows["unit"], strict=True):
            if np.isfinite(pct):
                yoy[int(p)] = (f"{pct:+.1f} %", f"Compared with {prev}: "
                               f"{format_quantity(float(prev_val), str(unit))}")
        verdicts = check_claims(rows, self.sources)
        where = dict(zip(obs["obs_id"].to_numpy()[pos], pos, strict=True))
        for obs_id, verdict, text in zip(verdicts["obs_id"], verdicts["verdict"],
                                         verdicts["explanation"], strict=True):
            claims[int(where[int(obs_id)])] = (str(verdict), str(text))
        return yoy, claims


def _could_match(obs: pd.DataFrame, rows: pd.DataFrame) -> np.ndarray:
    """Rows of ``obs`` that can hold an earlier figure of ``rows``: same indicator, both
    sides among the countries of ``rows`` (a figure key never crosses those), so a YoY
    lookup for 50k selected rows reads ~100k rows, not the whole 10M store."""
    def among(column: str, values: set[str]) -> np.ndarray:
        col = obs[column]
        wanted = np.flatnonzero(col.cat.categories.isin(list(values)))
        return np.isin(col.cat.codes.to_numpy(), wanted)

    def used(column: str) -> set[str]:
        col = rows[column]
        codes = np.unique(col.cat.codes.to_numpy())
        return {str(c) for c in col.cat.categories[codes[codes >= 0]]}

    sides = used("reporter") | used("partner")
    return (among("indicator", used("indicator"))
            & among("reporter", sides) & among("partner", sides))


def _same_store(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a[:-1], b[:-1], strict=True)) \
        and a[-1] == b[-1]


def _set(obs_id: int, cols: dict[str, tuple[Any, Any]], text: str) -> SetValues | None:
    if all(_same(old, new) for old, new in cols.values()):
        return None
    return SetValues([obs_id], {c: ([o], [n]) for c, (o, n) in cols.items()}, text)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    return bool(a == b)


def _change(a: _Arrays, row: int) -> str:
    return change_words(float(a.change[row]), a.text("change_unit", row),
                        a.text("change_qualifier", row))
