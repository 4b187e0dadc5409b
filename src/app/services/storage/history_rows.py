"""The history of figures as both backends store and read it (schema version 6).

Every audited change that sets columns of figures also writes one ``history`` row per
figure and column: old and new value as text, and the action of the part of the edit that
set it (a re-import's revised values are "import" although the edit is a SetValues).
An insert writes none: its audit row's detail names the inserted obs_ids as ranges
(``"inserted": [[first, last], ...]``), so a million-figure import costs one audit row.

The SQL here is portable; a backend substitutes its parameter marker for ``{p}``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from app.domain.edits import Edit, Update, op_actions
from app.domain.history import SOURCED_COLUMNS, as_text
from app.services.storage.schema import HISTORY_COLUMNS

#: at most this many obs_id ranges in an insert's audit detail (a scattered insert beyond
#: it keeps its count; those figures' creation is then told from their source)
MAX_RANGES = 2000

#: what :meth:`Storage.history` returns, one row per change of the figure, oldest first;
#: the row that inserted the figure has column '' (and no old or new value)
HISTORY_FRAME = ("audit_id", "changed_at", "who", "action", "description", "column", "old", "new")

#: the rows of one figure joined with their audit rows ({p}: the obs_id)
FIGURE_QUERY = (
    "SELECT h.audit_id, a.changed_at, a.who, h.action, a.description, h.field AS column_, "
    "h.old, h.new FROM history h JOIN audit a ON a.audit_id = h.audit_id "
    "WHERE h.obs_id = {p} ORDER BY h.audit_id, h.seq"
)
#: the audit rows that inserted figures (their detail names the obs_id ranges)
INSERT_QUERY = (
    "SELECT audit_id, changed_at, who, action, description, detail FROM audit "
    "WHERE detail LIKE '%\"inserted\"%' ORDER BY audit_id"
)
#: every change of the source's columns of every figure ever changed by hand, oldest
#: first, with who and when: what the store's marks are rebuilt from at load
_TRACKED = ", ".join(f"'{c}'" for c in SOURCED_COLUMNS)
MANUAL_QUERY = (
    "SELECT h.obs_id, h.field AS column_, h.old, h.new, h.action, a.who, a.changed_at, "
    "h.audit_id FROM history h JOIN audit a ON a.audit_id = h.audit_id "
    f"WHERE h.field IN ({_TRACKED}) AND h.obs_id IN (SELECT obs_id FROM history "
    "WHERE action IN ('edit', 'restore')) ORDER BY h.audit_id, h.seq"
)


def id_ranges(ids: Sequence[int] | np.ndarray) -> list[list[int]]:
    """Sorted ids as [first, last] ranges of consecutive numbers (capped). An import's ids
    come sorted: checked in one pass, they are not sorted again (np.unique's hashing took
    0.57 s for a million ids, a fifth of a WDI import)."""
    values = np.asarray(ids, dtype="int64")
    if not len(values):
        return []
    steps = np.diff(values)
    if not (steps > 0).all():
        values = np.sort(values)
        values = values[np.concatenate([[True], np.diff(values) != 0])]
    breaks = np.flatnonzero(np.diff(values) != 1)
    starts = np.concatenate([[0], breaks + 1])
    ends = np.concatenate([breaks, [len(values) - 1]])
    return [[int(values[s]), int(values[e])] for s, e in zip(starts, ends, strict=True)][
        :MAX_RANGES
    ]


def history_frame(edit: Edit, forward: bool) -> pd.DataFrame:
    """The history rows of an edit (or its undo), without their audit_id."""
    parts: dict[str, list[Any]] = {c: [] for c in HISTORY_COLUMNS if c != "audit_id"}
    seq = 0
    for op, action in op_actions(edit, forward):
        if not isinstance(op, Update) or not op.obs_ids:
            continue
        n = len(op.obs_ids)
        parts["seq"].extend(range(seq, seq + n))
        seq += n
        parts["obs_id"].extend(int(i) for i in op.obs_ids)
        parts["field"].extend([op.column] * n)
        old = op.old if op.old is not None else (None,) * n
        parts["old"].extend(None if v is None else as_text(v) for v in old)
        parts["new"].extend(as_text(v) for v in op.values)
        parts["action"].extend([action] * n)
    return pd.DataFrame(
        {
            "seq": np.asarray(parts["seq"], dtype="int32"),
            "obs_id": np.asarray(parts["obs_id"], dtype="int64"),
            **{c: pd.Series(parts[c], dtype=object) for c in ("field", "old", "new", "action")},
        }
    )


def with_audit_id(rows: pd.DataFrame, audit_id: int) -> pd.DataFrame:
    """History rows in the table's column order, numbered with their audit row."""
    out = rows.copy()
    out.insert(0, "audit_id", np.full(len(rows), audit_id, dtype="int64"))
    return out[list(HISTORY_COLUMNS)]


def figure_history(changes: pd.DataFrame, inserts: pd.DataFrame, obs_id: int) -> pd.DataFrame:
    """One figure's history frame (:data:`HISTORY_FRAME`): the rows of ``changes`` (from
    :data:`FIGURE_QUERY`) and the audit rows of ``inserts`` (from :data:`INSERT_QUERY`)
    whose ranges hold the figure, oldest first."""
    changes = changes.rename(columns={"column_": "column"})
    made = inserts[[_holds(d, obs_id) for d in inserts["detail"]]] if len(inserts) else inserts
    made = made.drop(columns=["detail"]).assign(column="", old=None, new=None)
    parts = [f[list(HISTORY_FRAME)] for f in (made, changes) if len(f)]
    if not parts:
        return pd.DataFrame({c: [] for c in HISTORY_FRAME})
    out = pd.concat(parts, ignore_index=True)
    out["changed_at"] = pd.to_datetime(out["changed_at"])
    return out.sort_values("audit_id", kind="stable").reset_index(drop=True)


def _holds(detail: Any, obs_id: int) -> bool:
    """Whether an audit row's detail names ``obs_id`` among the figures it inserted."""
    try:
        ops = json.loads(detail) if detail else []
    except ValueError:
        return False
    return any(
        isinstance(op, dict)
        and any(int(a) <= obs_id <= int(b) for a, b in op.get("inserted") or [])
        for op in (ops if isinstance(ops, list) else [])
    )


def manual_frame(rows: pd.DataFrame) -> pd.DataFrame:
    """The rows of :data:`MANUAL_QUERY` with their column names."""
    return rows.rename(columns={"column_": "column"})
