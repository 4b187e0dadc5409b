"""An edit of a derivation's input, pushed on the session, is one undo step with the
recomputation of the derived figures: undo restores the input and the derived figures, redo
replays the same operations without recomputing."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from pathlib import Path

import pandas as pd
import pytest

from app.domain.derive import lineage
from app.domain.derive.builder import new_derivation
from app.domain.derive.derivations import DerivationKind, SeriesRef
from app.domain.derive.lineage import DerivedEdit, add_derivation_edit
from app.domain.edits import Edit, SetValues
from app.domain.model import Observation, Source
from app.domain.periods import Period, month_index
from app.domain.store import ObservationStore
from app.qt.messages import MessageBus
from app.qt.session import DeskSession, EditCommand
from app.services import desk as desk_module
from app.services.desk import Desk
from app.services.storage import DuckDBStorage

JAN25 = month_index(2025, 1)
INDICATORS = pd.DataFrame(
    [
        {"code": c, "name": c, "topic": "Trade", "unit": "USD", "kind": "flow", "description": ""}
        for c in ("exports_to_partner", "imports_from_partner")
    ]
)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[DeskSession]:
    rows = [
        Observation(
            ind,
            Period(JAN25 + m, JAN25 + m),
            v * 1e6,
            "USD",
            "AZE",
            "CHN",
            source_id=1,
            obs_id=1 + m + 3 * i,
        ).as_row()
        for i, (ind, base) in enumerate((("exports_to_partner", 100), ("imports_from_partner", 60)))
        for m, v in enumerate(range(base, base + 3))
    ]
    source = Source(publisher="Customs", published="2025-11-20", source_id=1).as_row()
    path = tmp_path / "session.duckdb"
    DuckDBStorage.create(path, INDICATORS, pd.DataFrame(rows), pd.DataFrame([source])).close()
    desk = Desk.open(path)
    s = DeskSession(desk, MessageBus())
    refs = [
        SeriesRef("x", "exports_to_partner", "AZE", "CHN"),
        SeriesRef("m", "imports_from_partner", "AZE", "CHN"),
    ]
    d = new_derivation(desk.store, DerivationKind.FORMULA, refs, formula="x - m", name="Balance")
    assert s.push(add_derivation_edit(desk.store, d))
    yield s
    desk.close()


def balance_of(session: DeskSession) -> list[float]:
    obs = session.store.observations
    rows = obs[obs["indicator"] == "balance"].sort_values("period_start")
    return [round(v / 1e6, 6) for v in rows["value"]]


def test_recomputation_is_one_undo_step(
    session: DeskSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert balance_of(session) == [40.0, 40.0, 40.0]
    calls: list[int] = []
    original = lineage.refresh_edit

    def counted(store: ObservationStore, indicators: Collection[str] | None = None) -> Edit | None:
        calls.append(1)
        return original(store, indicators)

    monkeypatch.setattr(desk_module, "refresh_edit", counted)
    stack = session.undo_stack
    assert session.push(SetValues([2], {"value": ([101e6], [131e6])}, "Edit Feb exports"))
    assert stack.count() == 2  # the derivation, then the edit with its recomputation
    command = stack.command(1)
    assert isinstance(command, EditCommand)
    assert isinstance(command.edit, DerivedEdit)
    assert command.text() == "Edit Feb exports"
    assert balance_of(session) == [40.0, 70.0, 40.0]
    assert calls == [1]
    stack.undo()
    assert float(session.store.get(2, "value")) == 101e6
    assert balance_of(session) == [40.0, 40.0, 40.0]
    stack.redo()
    assert balance_of(session) == [40.0, 70.0, 40.0]
    assert calls == [1]  # redo replays, never recomputes
    stack.undo()
    stack.undo()  # the derivation itself
    assert balance_of(session) == []
    assert session.store.records["derivations"].empty
    reopened = session.desk.workspace.load_store()
    assert float(reopened.get(2, "value")) == 101e6
    assert reopened.records["derivations"].empty
