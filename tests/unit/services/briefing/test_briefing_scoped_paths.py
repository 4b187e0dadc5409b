"""The dossier's cheaper steps against the calls they replace (issue 21): claim checks on the
checked sections' rows only, a table's plainness found by substring tests, citation cells
made once per number."""

from __future__ import annotations

import pytest
from tests.briefing_text import cell_by_cell_table

from app.domain.analytics import find_conflicts
from app.domain.store import ObservationStore
from app.services.briefing import sections
from app.services.briefing.build import _keys, _selection
from app.services.briefing.model import BriefingRequest, FigureTable
from app.services.briefing.outline import Table
from app.services.briefing.sections import SectionBuilder
from app.services.briefing.text_formats import _md_table
from app.services.bundled import bundled_tables


@pytest.mark.parametrize("special", ["*", "_", "|", "[", "\\", "\n", "!", "#", "<", "`"])
@pytest.mark.parametrize("where", [0, 2, 3])
def test_a_column_table_with_markup_in_any_column_is_escaped(special: str, where: int) -> None:
    columns = [["2025", "2024"], ["$1 billion", "$2 billion"], ["[1]", "[2]"], ["", "a"]]
    columns[where] = [columns[where][0], columns[where][1] + special]
    rows = tuple(zip(*columns, strict=True))
    table = Table(("a", "b", "c", "d"), rows, numeric=(1,), note_column=2, columns=tuple(columns))
    # the citation column as it is; compared as text: a plain table's rows are one item
    assert "\n".join(_md_table(table)) == "\n".join(cell_by_cell_table(table))


def test_a_plain_column_table_is_its_rows_joined() -> None:
    columns = (["2025", "2024", "2023"], ["1", "2", "3"], ["[1]", "[2]", "[1]"])
    rows = tuple(zip(*columns, strict=True))
    table = Table(("a", "b", "c"), rows, numeric=(1,), note_column=2, columns=columns)
    assert "\n".join(_md_table(table)) == "\n".join(cell_by_cell_table(table))


def test_note_cells_are_each_citation_number_in_brackets() -> None:
    notes = [3, 1, 3, 0, 12, 1]
    figures = FigureTable().replaced("note", notes)
    assert figures.note_cells() == [f"[{n}]" for n in notes]
    assert FigureTable().replaced("note", []).note_cells() == []


def test_claim_checks_on_the_sections_rows_are_the_checks_on_the_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    t = bundled_tables()
    store = ObservationStore(t.observations, t.sources, t.indicators, t.records)
    request = BriefingRequest(template="dossier", charts=False)
    builder = SectionBuilder(store, request)
    upto, shown = _selection(store, request)
    conflicts = find_conflicts(shown, store.sources)
    conflicts = conflicts[conflicts["preferred_obs_id"] < 0]
    real = sections.check_by_scope
    calls = []

    def both(observations, sources, records, scopes):  # type: ignore[no-untyped-def]
        got = real(observations, sources, records, scopes)
        calls.append((len(observations), got, real(upto, sources, records, scopes)))
        return got

    monkeypatch.setattr(sections, "check_by_scope", both)
    builder.plan(upto, shown, conflicts, _keys(shown, builder.topics))
    assert len(calls) == 1
    rows, scoped, whole = calls[0]
    assert rows < len(upto)  # checked on fewer rows than the pair's
    assert sum(map(len, scoped)) > 0  # stored and implicit claims were checked
    assert repr(scoped) == repr(whole)  # repr: a NaN bound equals itself
