"""The history of a figure: which values it has had, who gave them and how, and whether it
still says what its source said.

Two things live here:

- :class:`SourceMarks`, kept by the :class:`~app.domain.store.ObservationStore`: for every
  figure changed by hand (an edit or a restore, not a re-import or a fetch), the values its
  source gave, so the table can mark the figure "edited" and the Source panel can say what
  the source gave. Built at load from the workspace's history table and kept current by
  every edit the store applies.
- the states a figure has had (:func:`figure_states`), newest first, from the history rows
  of :meth:`Storage.history`, and :func:`restore_edit`, which brings an earlier state back
  as a new undoable edit.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from app.domain.edits import MANUAL_ACTIONS, Edit, SetValues, Update, op_actions
from app.domain.model import OBSERVATION_COLUMNS
from app.domain.periods import period_label

if TYPE_CHECKING:  # the store keeps SourceMarks: imported for types only
    from app.domain.store import ObservationStore

#: What a source gives and an edit by hand may change: a figure whose value, qualifier or
#: period differs from its source's is "edited".
SOURCED_COLUMNS = (
    "value",
    "qualifier",
    "period_start",
    "period_end",
    "period_point",
    "period_detail",
)

#: One change of one figure: (obs_id, column, old value, new value).
Change = tuple[int, str, Any, Any]


def parse_text(column: str, text: Any) -> Any:
    """A value as the history table keeps it (text) back in the column's type."""
    if not isinstance(text, str):
        return text
    kind = OBSERVATION_COLUMNS.get(column, "VARCHAR")
    if kind == "DOUBLE":
        try:
            return float(text)
        except ValueError:
            return math.nan
    if kind in ("BIGINT", "INTEGER"):
        try:
            return int(float(text))
        except ValueError:
            return 0
    if kind == "BOOLEAN":
        return text.strip().lower() in ("true", "1", "t")
    return text


def as_text(value: Any) -> str:
    """A value as the history table keeps it (``parse_text`` reads it back)."""
    value = value.item() if hasattr(value, "item") else value
    if value is None:
        return ""
    return str(value)


def same(a: Any, b: Any) -> bool:
    """Equal, NaN equal to NaN and numbers compared as numbers."""
    a = a.item() if hasattr(a, "item") else a
    b = b.item() if hasattr(b, "item") else b
    if isinstance(a, float | int) and isinstance(b, float | int):
        fa, fb = float(a), float(b)
        return (math.isnan(fa) and math.isnan(fb)) or fa == fb
    return str(a) == str(b)


@dataclass
class SourceMarks:
    """What the sources gave for the figures changed by hand.

    Per figure and column a stack of the source's values: the first manual edit puts the
    value it replaced; a re-import or a fetch that revises the figure afterwards puts its
    own (the source's word is now that), and undoing that import takes it off again. Undoing
    a manual edit changes nothing here: the figure then holds its source's value again,
    which :meth:`edited` sees by comparing. Figures never changed by hand are not held."""

    base: dict[int, dict[str, list[Any]]] = field(default_factory=dict)
    #: who and when (ISO date-time) of each manual edit still in effect, last one last
    edits: dict[int, list[tuple[str, str]]] = field(default_factory=dict)

    def record(self, action: str, who: str, when: str, changes: Iterable[Change]) -> None:
        """Follow one audited change (an edit, an import, their undo) of some figures."""
        undo = action.startswith("undo ")
        manual = action.removeprefix("undo ") in MANUAL_ACTIONS
        touched: set[int] = set()
        for obs_id, column, old, new in changes:
            if column not in SOURCED_COLUMNS:
                continue
            stacks = self.base.get(obs_id)
            if manual:
                touched.add(obs_id)
                if not undo and old is not None:
                    self.base.setdefault(obs_id, {}).setdefault(column, [old])
                continue
            stack = None if stacks is None else stacks.get(column)
            if stack is None:
                continue  # a figure nobody edited: the source's value is what it holds
            if not undo:
                stack.append(new)
            elif len(stack) > 1:
                stack.pop()
            else:
                stack[0] = new
        for obs_id in touched:
            who_when = self.edits.setdefault(obs_id, [])
            if not undo:
                who_when.append((who, when))
            elif who_when:
                who_when.pop()

    def record_edit(self, edit: Edit, forward: bool, who: str, when: str = "") -> None:
        """Follow an edit the store applied (each part under its own action)."""
        when = when or dt.datetime.now().isoformat(timespec="seconds")
        by_action: dict[str, list[Change]] = {}
        for op, action in op_actions(edit, forward):
            if isinstance(op, Update) and op.column in SOURCED_COLUMNS:
                old: Sequence[Any] = op.old if op.old is not None else [None] * len(op.values)
                by_action.setdefault(action, []).extend(
                    (int(i), op.column, o, n)
                    for i, o, n in zip(op.obs_ids, old, op.values, strict=True)
                )
        for action, changes in by_action.items():
            self.record(action, who, when, changes)

    def source_values(self, obs_id: int) -> dict[str, Any]:
        """The source's values of the columns changed by hand (others: as the figure is)."""
        return {c: stack[-1] for c, stack in self.base.get(obs_id, {}).items() if stack}

    def last_edit(self, obs_id: int) -> tuple[str, str]:
        """(who, when) of the latest manual edit of the figure, ('', '') if none."""
        done = self.edits.get(obs_id)
        return done[-1] if done else ("", "")


def marks_from_history(rows: Any) -> SourceMarks:
    """The marks of a workspace rebuilt from its manual history (the frame of
    :meth:`Storage.manual_history`: obs_id, column, old, new, action, who, changed_at,
    audit_id; oldest first)."""
    marks = SourceMarks()
    if rows is None or not len(rows):
        return marks
    for _audit_id, part in rows.groupby(["audit_id", "action"], sort=False):
        first = part.iloc[0]
        changes = [
            (int(i), str(c), _stored(str(c), o), _stored(str(c), n))
            for i, c, o, n in zip(
                part["obs_id"], part["column"], part["old"], part["new"], strict=True
            )
        ]
        marks.record(str(first["action"]), str(first["who"]), _iso(first["changed_at"]), changes)
    return marks


def _stored(column: str, text: Any) -> Any:
    """A history row's text as a value; None when the row does not know it."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return None
    if text == "" and OBSERVATION_COLUMNS.get(column, "VARCHAR") != "VARCHAR":
        return None
    return parse_text(column, text)


def _iso(when: Any) -> str:
    """A timestamp as ISO date-time to the second ('' when there is none)."""
    if hasattr(when, "isoformat"):
        text: str = when.isoformat(timespec="seconds")
        return text
    return "" if when is None else str(when)[:19]


# --- the states of a figure -------------------------------------------------------------

#: The columns a state of a figure shows and a restore brings back.
STATE_COLUMNS = (
    "value",
    "unit",
    "qualifier",
    "period_start",
    "period_end",
    "period_point",
    "period_detail",
    "status",
)

#: How a state came about, in words (the UI translates these; keys are what
#: :attr:`FigureState.action` holds).
ACTION_WORDS = {
    "edit": "edit",
    "import": "import",
    "fetch": "fetch",
    "text": "accepted from text",
    "restore": "restore",
    "undo": "undo",
    "add": "added by hand",
    "derive": "derived",
}


@dataclass(frozen=True)
class FigureState:
    """The values a figure had from one change to the next, and that change."""

    values: dict[str, Any]  # STATE_COLUMNS -> value
    who: str
    when: str  # ISO date-time, or a date ('' when unknown)
    action: str  # a key of ACTION_WORDS
    description: str
    audit_id: int  # 0 when told from the source (no audit row names the figure)
    current: bool = False

    @property
    def day(self) -> str:
        """The date of the change (YYYY-MM-DD), '' when unknown."""
        return self.when[:10]

    def period(self) -> str:
        """ "2024", "Jan–Oct 2025"."""
        v = self.values
        return period_label(int(v["period_start"]), int(v["period_end"]), bool(v["period_point"]))

    def same_values(self, other: dict[str, Any]) -> bool:
        return all(same(self.values[c], other[c]) for c in STATE_COLUMNS)


def action_word(action: str, source_kind: str = "") -> str:
    """The key of :data:`ACTION_WORDS` for an audit action ("undo import" is an undo; an
    "add" of a press source's figures is accepted from text)."""
    if action.startswith("undo"):
        return "undo"
    if action == "add" and source_kind == "press":
        return "text"
    if action in ACTION_WORDS:
        return action
    return {"press": "text", "file": "import", "manual": "add", "derived": "derive"}.get(
        source_kind, "import"
    )


def figure_states(store: ObservationStore, obs_id: int, history: Any) -> list[FigureState]:
    """The states figure ``obs_id`` has had, newest (its current values) first.

    ``history`` is :meth:`Storage.history` of the figure. Walking it backwards from the
    current values, each change that set a shown column gives the state it made; what is
    left at the end is the state the figure was created with, dated by the audit row that
    inserted it or, for figures older than the history, by its source's retrieval."""
    row = store.rows([int(obs_id)]).iloc[0]
    source = store.source(int(row["source_id"]))
    kind = str(source.get("kind", ""))
    running = {c: _plain(row[c]) for c in STATE_COLUMNS}
    states: list[FigureState] = []
    changes = history[history["column"] != ""] if len(history) else history
    for audit_id, part in reversed(list(changes.groupby("audit_id", sort=True))):
        shown = part[part["column"].isin(STATE_COLUMNS)]
        if not len(shown):
            continue
        first = part.iloc[0]
        states.append(
            FigureState(
                dict(running),
                str(first["who"]),
                _iso(first["changed_at"]),
                action_word(str(first["action"]), kind),
                str(first["description"]),
                int(str(audit_id)),
            )
        )
        for column, old in zip(shown["column"], shown["old"], strict=True):
            before = _stored(str(column), old)
            if before is not None:
                running[str(column)] = before
    states.append(_created(running, history, source, kind))
    if states:
        states[0] = replace(states[0], current=True)
    return states


def _created(
    values: dict[str, Any], history: Any, source: dict[str, Any], kind: str
) -> FigureState:
    """The state a figure was created with: its insert's audit row, else its source."""
    inserts = history[history["column"] == ""] if len(history) else history
    if len(inserts):
        first = inserts.iloc[0]
        return FigureState(
            dict(values),
            str(first["who"]),
            _iso(first["changed_at"]),
            action_word(str(first["action"]), kind),
            str(first["description"]),
            int(first["audit_id"]),
        )
    day = str(source.get("retrieved") or source.get("published") or "")
    title = str(source.get("title") or source.get("publisher") or "")
    return FigureState(dict(values), "", day, action_word("", kind), title, 0)


def restore_edit(store: ObservationStore, obs_id: int, state: FigureState) -> SetValues:
    """An edit bringing ``state`` back to figure ``obs_id`` (a new, undoable edit whose
    action is "restore"); ValueError when the figure already holds it."""
    row = store.rows([int(obs_id)]).iloc[0]
    columns: dict[str, tuple[Sequence[Any], Sequence[Any]]] = {
        c: ([_plain(row[c])], [state.values[c]])
        for c in STATE_COLUMNS
        if not same(row[c], state.values[c])
    }
    if not columns:
        raise ValueError("the figure already has these values")
    names = store.indicator_names()
    indicator = str(row["indicator"])
    name = names.get(indicator, indicator)
    name = name[:1].lower() + name[1:] if name[1:2].islower() else name
    period = period_label(
        int(row["period_start"]), int(row["period_end"]), bool(row["period_point"])
    )
    when = f" of {state.day}" if state.day else ""
    text = f"Restore {name} {period} to its value{when}"
    return SetValues([int(obs_id)], columns, text, action="restore")


def _plain(v: Any) -> Any:
    return v.item() if hasattr(v, "item") else v
