"""The claims of a country pair as a Qt table: each claim with its verdict.

:class:`ClaimTableModel` adapts :func:`app.domain.analytics.check_all_claims` to a table.
The checks run in the task runner (one :class:`~app.qt.tasks.TaskSlot`: a newer refresh
drops an older result) when the session's operations touch the figures, the claims, the
projects or the links, when another workspace is opened and when the pair or the options
change. :func:`claim_view` computes everything a row shows, once per refresh, off the GUI
thread; the filter (:class:`ClaimFilter`) picks the rows shown. It decides nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt, Signal

from app.domain.analytics import (
    CheckOptions,
    check_all_claims,
)
from app.domain.edits import Op, touches_observations
from app.domain.selection import claims_pair_mask
from app.domain.store import ObservationStore
from app.qt.catalogue_model import indicator_display_name
from app.qt.columns import CLAIM_COLOURS, verdict_words
from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.qt.record_table_model import ID_ROLE, RecordTableModel
from app.qt.session import DeskSession
from app.qt.tasks import TaskRunner, TaskSlot

CLAIM_ID_ROLE = ID_ROLE
#: the record tables a verdict depends on (besides the figures and sources)
CLAIM_TABLES = frozenset({"claims", "projects", "links"})
#: statuses shown in the status column (an actual claim shows nothing)
LABELLED_STATUSES = ("expected", "planned", "target", "forecast")
#: the claim types as the desk names them (ClaimType)
TYPE_WORDS = {
    "growth": QT_TRANSLATE_NOOP("claim_model", "growth"),
    "level": QT_TRANSLATE_NOOP("claim_model", "level"),
    "record": QT_TRANSLATE_NOOP("claim_model", "record"),
    "record_streak": QT_TRANSLATE_NOOP("claim_model", "record streak"),
    "first": QT_TRANSLATE_NOOP("claim_model", "first"),
    "rank": QT_TRANSLATE_NOOP("claim_model", "rank"),
    "sum_count": QT_TRANSLATE_NOOP("claim_model", "sum / count"),
    "share": QT_TRANSLATE_NOOP("claim_model", "share"),
}
#: a claim's status (what the source says of its figure: done, expected, planned…)
STATUS_WORDS = {
    "actual": QT_TRANSLATE_NOOP("claim_model", "actual"),
    "expected": QT_TRANSLATE_NOOP("claim_model", "expected"),
    "forecast": QT_TRANSLATE_NOOP("claim_model", "forecast"),
    "target": QT_TRANSLATE_NOOP("claim_model", "target"),
    "planned": QT_TRANSLATE_NOOP("claim_model", "planned"),
}
#: (title, column of the view frame, width)
COLUMNS: tuple[tuple[object, str, int], ...] = (
    (QT_TRANSLATE_NOOP("claim_model", "Verdict"), "mark", 135),
    (QT_TRANSLATE_NOOP("claim_model", "Type"), "type_words", 90),
    (QT_TRANSLATE_NOOP("claim_model", "Indicator"), "indicator_name", 150),
    (QT_TRANSLATE_NOOP("claim_model", "Period"), "period", 110),
    (QT_TRANSLATE_NOOP("claim_model", "Who"), "reporter", 45),
    (QT_TRANSLATE_NOOP("claim_model", "Claim"), "claimed", 250),
    (QT_TRANSLATE_NOOP("claim_model", "Status"), "status_label", 70),
    (QT_TRANSLATE_NOOP("claim_model", "Source"), "source_label", 200),
)


def _word(table: Mapping[str, object], code: str) -> str:
    return translate("claim_model", str(table[code])) if code in table else code.replace("_", " ")


def type_words(claim_type: str) -> str:
    """A claim type in the desk's language ("record streak" for record_streak)."""
    return _word(TYPE_WORDS, claim_type)


def status_words(status: str) -> str:
    """A claim's status in the desk's language."""
    return _word(STATUS_WORDS, status)


def verdict_mark(verdict: str) -> str:
    """A verdict as marked in the Claims view ("⇄ sources disagree"), the code if unknown."""
    return verdict_words(verdict)


@dataclass(frozen=True)
class ClaimInputs:
    """A snapshot of what the checks read, taken on the GUI thread and read by a worker
    while the GUI thread goes on: frames are replaced on change, and the observations are
    a shallow copy (copy-on-write: an edit made meanwhile copies the column it writes
    instead of changing what the worker reads). The pair's rows are gathered in the
    worker, so a refresh after an edit costs the GUI thread no pass over them; so are the
    pair's claims, picked from the stored table (replaced on change, never written)."""

    observations: pd.DataFrame
    at: np.ndarray  # positions of the pair's rows in ``observations``
    sources: pd.DataFrame
    stored: pd.DataFrame  # every stored claim
    pair: tuple[str, str]
    records: dict[str, pd.DataFrame]
    labels: dict[int, str]
    names: dict[str, str]  # indicator code -> stored name (shown in the desk's language)

    @classmethod
    def of(cls, store: ObservationStore, a: str, b: str) -> ClaimInputs:
        return cls(
            store.observations.copy(deep=False),
            store.pair_positions(a, b),
            store.sources,
            store.records["claims"],
            (a, b),
            dict(store.records),
            store.source_label_by_id(),
            store.indicator_names(),
        )


def claim_view(inputs: ClaimInputs, options: CheckOptions) -> pd.DataFrame:
    """The checked claims with every text a row shows (the quote too)."""
    claims = inputs.stored[claims_pair_mask(inputs.stored, *inputs.pair)]
    checks = check_all_claims(
        inputs.observations.iloc[inputs.at],
        inputs.sources,
        claims,
        inputs.records,
        options,
    ).reset_index(drop=True)
    quotes = dict(zip(claims["claim_id"], claims["quote"], strict=True))
    # names in the desk's language for the claims' indicators only (a workspace holds
    # thousands; translating them all cost the GUI thread 13 ms an edit)
    codes = set(checks["indicator"].astype(str)) & inputs.names.keys()
    shown = {c: indicator_display_name(inputs.names[c]) for c in codes}
    status = checks["status"].astype(str)
    return checks.assign(
        mark=[verdict_mark(str(v)) for v in checks["verdict"]],
        type_words=[type_words(str(t)) for t in checks["claim_type"]],
        indicator_name=[shown.get(str(c), str(c)) for c in checks["indicator"]],
        status_label=[status_words(s) if s in LABELLED_STATUSES else "" for s in status],
        source_label=[inputs.labels.get(int(s), "") for s in checks["source_id"]],
        quote=[quotes.get(int(i), "") for i in checks["claim_id"]],
    )


@dataclass(frozen=True)
class ClaimFilter:
    """What the filter row asks for; '' (or None) is "any"."""

    verdict: str = ""
    claim_type: str = ""
    source_id: int | None = None  # "Selected source only"

    def mask(self, view: pd.DataFrame) -> np.ndarray:
        keep = np.ones(len(view), dtype=bool)
        if self.verdict:
            keep &= (view["verdict"] == self.verdict).to_numpy()
        if self.claim_type:
            keep &= (view["claim_type"] == self.claim_type).to_numpy()
        if self.source_id is not None:
            keep &= (view["source_id"] == self.source_id).to_numpy()
        return keep


class ClaimTableModel(RecordTableModel):
    """Adapts the pair's checked claims to a table: rows are positions in :attr:`order`
    over :attr:`view`, columns are :data:`COLUMNS`."""

    #: a check failed: message, details
    failed = Signal(str, str)

    KEY = "claim_id"
    TITLES = tuple(str(title) for title, _c, _w in COLUMNS)
    TABLES = CLAIM_TABLES
    SKIP_SAME_FILTER = True

    def __init__(
        self,
        session: DeskSession,
        runner: TaskRunner,
        pair: Callable[[], tuple[str, str]],
        parent: Any = None,
    ) -> None:
        super().__init__(session, ClaimFilter(), parent)
        self._pair = pair
        self._slot: TaskSlot[pd.DataFrame] = TaskSlot(runner)
        self.options = CheckOptions()
        self._colours: list[Any] = []

    # --- contents -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Check the claims again in the task runner; the newest result is shown."""
        inputs = ClaimInputs.of(self._session.store, *self._pair())
        options = self.options

        def work(*_: object) -> pd.DataFrame:
            return claim_view(inputs, options)

        self._slot.start(work, on_done=self._show, on_error=self.failed.emit)

    def set_options(self, options: CheckOptions) -> None:
        if options != self.options:
            self.options = options
            self.refresh()

    def touches(self, ops: Sequence[Op]) -> bool:
        return touches_observations(ops) or super().touches(ops)

    def _show(self, view: pd.DataFrame) -> None:
        self.view = view
        self._reorder()

    def _fill(self) -> None:
        view = self.view
        columns = [view[c].astype(str).tolist() for _t, c, _w in COLUMNS] if len(view) else []
        self._cells = [[col[i] for col in columns] for i in self.order]
        verdicts = view["verdict"].tolist() if len(view) else []
        self._colours = [CLAIM_COLOURS.get(verdicts[i]) for i in self.order]

    def claim_id_at(self, row: int) -> int:
        return self.id_at(row)

    def claim(self, claim_id: int) -> dict[str, Any] | None:
        """The checked claim (shown or not)."""
        if not len(self.view):
            return None
        hit = self.view[self.view["claim_id"] == claim_id]
        return dict(hit.iloc[0]) if len(hit) else None

    # --- Qt interface ---------------------------------------------------------------------

    def title(self, section: int) -> str:
        return translate("claim_model", str(COLUMNS[section][0]))

    def _role_data(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return self._colours[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            i = self.order[row]
            name = "explanation" if column == 0 else COLUMNS[column][1]
            return str(self.view[name].iat[i]) or None
        return None
