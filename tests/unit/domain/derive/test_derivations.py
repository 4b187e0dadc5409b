"""Derivations stored with their lineage: computed per kind against hand-computed values,
added and undone as one edit, recomputed when an input changes (through the desk: one
transaction, one undo step), refused when the units do not combine, and never chosen over
a reported figure of the same key."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from app.domain.analytics.choice import choose_figures
from app.domain.analytics.claim_checks.frames import Data
from app.domain.analytics.claim_checks.sentences import fig_text
from app.domain.derive.builder import new_derivation
from app.domain.derive.derivations import (
    DERIVED_PUBLISHER,
    Derivation,
    DerivationKind,
    SeriesRef,
    compute,
    series_of,
    stored_derivations,
)
from app.domain.derive.expression import UnitError
from app.domain.derive.lineage import (
    DerivedEdit,
    add_derivation_edit,
    derivation_text,
    lineage_of,
    refresh_edit,
    remove_derivation_edit,
    touches_inputs,
)
from app.domain.edits import AddObservations, DeleteObservations, SetValues
from app.domain.model import (
    Observation,
    Source,
    normalise_observations,
    normalise_sources,
)
from app.domain.periods import Period, month_index
from app.domain.store import ObservationStore
from app.services.briefing.build import build_briefing
from app.services.briefing.model import BriefingRequest
from app.services.desk import Desk
from app.services.storage import DuckDBStorage
from app.services.summary import build_summary

K = DerivationKind
JAN24 = month_index(2024, 1)
JAN25 = month_index(2025, 1)
INDICATORS = pd.DataFrame(
    [
        {"code": c, "name": n, "topic": t, "unit": u, "kind": k, "description": ""}
        for c, n, t, u, k in (
            ("exports_to_partner", "Exports to partner", "Trade", "USD", "flow"),
            ("imports_from_partner", "Imports from partner", "Trade", "USD", "flow"),
            ("trade_turnover", "Trade turnover", "Trade", "USD", "flow"),
            ("tourist_arrivals_from_partner", "Tourist arrivals", "Tourism", "persons", "flow"),
        )
    ]
)
EXPORTS = SeriesRef("exports", "exports_to_partner", "AZE", "CHN")
IMPORTS = SeriesRef("imports", "imports_from_partner", "AZE", "CHN")
TURNOVER = SeriesRef("x", "trade_turnover", "AZE", "CHN")
TOURISTS = SeriesRef("tourists", "tourist_arrivals_from_partner", "AZE", "CHN")


def tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Exports (100 + m) and imports (50 + 2m) $m for Jan 2024 .. Oct 2025 (m = 0..21);
    turnover Jan–Sep and Jan–Oct 2025, 2022 and 2024; three months of tourists."""
    obs: list[dict[str, object]] = []
    src = [
        Source(publisher=p, published="2025-11-20", kind="file", source_id=i).as_row()
        for i, p in ((1, "Customs"), (2, "Trend"), (3, "Xinhua"))
    ]

    def add(ind: str, start: int, end: int, value: float, sid: int, unit: str = "USD") -> None:
        period = Period(start, end)
        row = Observation(
            ind, period, value, unit, "AZE", "CHN", source_id=sid, obs_id=len(obs) + 1
        )
        obs.append(row.as_row())

    for m in range(22):
        add("exports_to_partner", JAN24 + m, JAN24 + m, (100 + m) * 1e6, 1)
        add("imports_from_partner", JAN24 + m, JAN24 + m, (50 + 2 * m) * 1e6, 1)
    add("trade_turnover", JAN25, JAN25 + 8, 2.2e9, 2)
    add("trade_turnover", JAN25, JAN25 + 9, 2.44e9, 3)
    add("trade_turnover", month_index(2022, 1), month_index(2022, 12), 2.0e9, 2)
    add("trade_turnover", JAN24, JAN24 + 11, 2.42e9, 2)
    for m in range(3):
        add("tourist_arrivals_from_partner", JAN25 + m, JAN25 + m, 5000.0 + m, 3, "persons")
    return pd.DataFrame(obs), pd.DataFrame(src)


@pytest.fixture
def store() -> ObservationStore:
    o, s = tables()
    return ObservationStore(normalise_observations(o), normalise_sources(s), INDICATORS.copy())


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    o, s = tables()
    path = tmp_path / "derive.duckdb"
    DuckDBStorage.create(path, INDICATORS, o, s).close()
    d = Desk.open(path)
    yield d
    d.close()


def value_at(frame: pd.DataFrame, start: int, end: int) -> float:
    hit = frame[(frame["period_start"] == start) & (frame["period_end"] == end)]
    assert len(hit) == 1, (start, end)
    return float(hit["value"].iloc[0])


def derived_rows(store: ObservationStore, d: Derivation | None = None) -> pd.DataFrame:
    obs = store.observations
    rows = obs[obs["status"] == "derived"]
    return rows if d is None else rows[rows["source_id"] == d.source_id]


def balance(store: ObservationStore) -> Derivation:
    return new_derivation(
        store, K.FORMULA, [EXPORTS, IMPORTS], formula="exports - imports", name="Trade balance"
    )


def stored(store: ObservationStore, d: Derivation) -> Derivation:
    store.apply(add_derivation_edit(store, d))
    return stored_derivations(store)[-1]


# --- computing ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "ref", "params", "period", "expected"),
    [
        (K.CHANGE, EXPORTS, {}, (JAN24 + 1, JAN24 + 1), 1.0),  # 101 on 100
        (K.YOY, EXPORTS, {}, (JAN25 + 2, JAN25 + 2), (114 - 102) / 102 * 100),
        (
            K.CAGR,
            TURNOVER,
            {"first": "2022", "last": "2024"},
            (month_index(2022, 1), JAN24 + 11),
            10.0,
        ),
        (K.CONVERT, EXPORTS, {"to": "year"}, (JAN24, JAN24 + 11), sum(range(100, 112)) * 1e6),
        (K.CONVERT, EXPORTS, {"to": "quarter"}, (JAN25, JAN25 + 2), (112 + 113 + 114) * 1e6),
        (K.YTD_DIFF, TURNOVER, {}, (JAN25 + 9, JAN25 + 9), 0.24e9),
        (K.YTD_SUM, EXPORTS, {}, (JAN25, JAN25 + 2), (112 + 113 + 114) * 1e6),
        (K.ROLLING, EXPORTS, {"window": "12"}, (JAN24 + 1, JAN25), (1266 - 100 + 112) * 1e6),
        (K.CUMULATIVE, EXPORTS, {}, (JAN24, JAN24 + 13), sum(range(100, 114)) * 1e6),
    ],
)
def test_compute_each_kind_against_hand_computed_values(
    store: ObservationStore,
    kind: DerivationKind,
    ref: SeriesRef,
    params: dict[str, str],
    period: tuple[int, int],
    expected: float,
) -> None:
    d = new_derivation(store, kind, [ref], params=params)
    assert value_at(compute(store, d), *period) == pytest.approx(expected, rel=1e-9)


def test_formula_balance_and_its_output_series(store: ObservationStore) -> None:
    d = balance(store)
    assert (d.indicator, d.unit, d.reporter, d.partner) == ("trade_balance", "USD", "AZE", "CHN")
    frame = compute(store, d)
    assert value_at(frame, JAN25 + 2, JAN25 + 2) == pytest.approx(36e6)  # 114 − 78
    assert len(frame[frame["value"].notna()]) == 22


def test_defaults_keep_or_name_the_output_indicator(store: ObservationStore) -> None:
    convert = new_derivation(store, K.CONVERT, [EXPORTS], params={"to": "year"})
    assert convert.indicator == "exports_to_partner"  # a year of months: the same series
    assert convert.params["how"] == "sum"  # a flow
    assert new_derivation(store, K.CHANGE, [EXPORTS]).indicator == "exports_to_partner_mom"
    rolling = new_derivation(store, K.ROLLING, [EXPORTS])
    assert rolling.indicator == "exports_to_partner_rolling12"
    with pytest.raises(ValueError, match="keeps its input's indicator"):
        new_derivation(store, K.CONVERT, [EXPORTS], params={"to": "year"}, indicator="other")


def test_series_of_takes_one_figure_per_period_and_leaves_out_its_own(
    store: ObservationStore,
) -> None:
    later = Source(publisher="Later", published="2025-12-01", source_id=9).as_row()
    row = Observation("exports_to_partner", Period(JAN24, JAN24), 1.5e8, "USD", "AZE", "CHN")
    row.source_id, row.obs_id = 9, 500
    store.apply(AddObservations(pd.DataFrame([row.as_row()]), pd.DataFrame([later]), "add"))
    s = series_of(store, EXPORTS)
    assert len(s) == 22
    assert value_at(s, JAN24, JAN24) == 1.5e8  # the most recently published
    assert len(series_of(store, EXPORTS, exclude_source_id=9)) == 22
    assert value_at(series_of(store, EXPORTS, exclude_source_id=9), JAN24, JAN24) == 1e8


def test_formula_mixing_units_is_refused_naming_both(store: ObservationStore) -> None:
    with pytest.raises(UnitError) as err:
        new_derivation(store, K.FORMULA, [EXPORTS, TOURISTS], formula="exports + tourists")
    assert "USD" in str(err.value)
    assert "persons" in str(err.value)


def test_unknown_series_and_names_are_refused(store: ObservationStore) -> None:
    missing = SeriesRef("a", "exports_to_partner", "AZE", "TUR")
    with pytest.raises(ValueError, match="no figures are stored for exports_to_partner AZE–TUR"):
        new_derivation(store, K.YOY, [missing])
    with pytest.raises(ValueError, match="no input is called"):
        new_derivation(store, K.FORMULA, [EXPORTS, IMPORTS], formula="exports - imprts")


# --- storing --------------------------------------------------------------------------------


def test_add_stores_row_source_figures_and_lineage(store: ObservationStore) -> None:
    edit = add_derivation_edit(store, balance(store))
    assert isinstance(edit, DerivedEdit)
    assert edit.action == "derive"
    store.apply(edit)
    d = stored_derivations(store)[0]
    assert (d.name, d.kind, d.formula) == ("Trade balance", K.FORMULA, "exports - imports")
    src = store.source(d.source_id)
    assert (src["publisher"], src["kind"], src["published"]) == (DERIVED_PUBLISHER, "derived", "")
    assert "exports - imports" in src["title"]
    rows = derived_rows(store, d)
    assert len(rows) == 22
    assert set(rows["indicator"].astype(str)) == {"trade_balance"}
    assert "trade_balance" in set(store.indicators["code"])
    catalogue = store.indicators.set_index("code").loc["trade_balance"]
    assert (catalogue["unit"], catalogue["topic"]) == ("USD", "Trade")
    mar = rows[rows["period_start"] == JAN25 + 2].iloc[0]
    lin = lineage_of(store, int(mar["obs_id"]))
    assert lin is not None
    assert lin.derivation_id == d.derivation_id
    assert len(lin.input_obs_ids) == 2  # exports and imports of Mar 2025
    assert lin.source_ids == (1,)
    links = store.records["links"]
    to_derivation = links[(links["to_table"] == "derivations") & (links["to_id"] == "1")]
    assert len(to_derivation) == 22


def test_the_same_derivation_is_stored_once(store: ObservationStore) -> None:
    d = stored(store, balance(store))
    with pytest.raises(ValueError, match=f"already stored as {d.derivation_id}"):
        add_derivation_edit(store, balance(store))


def test_gaps_are_not_stored_but_counted(store: ObservationStore) -> None:
    d = stored(store, new_derivation(store, K.CONVERT, [EXPORTS], params={"to": "year"}))
    rows = derived_rows(store, d)
    assert rows["period_start"].tolist() == [JAN24]  # 2025 is incomplete: no figure
    assert "1 gap" in d.note
    assert "10 of 12 months" in d.note


def test_add_then_undo_restores_everything(store: ObservationStore) -> None:
    before = store.observations.copy()
    records = {t: f.copy() for t, f in store.records.items()}
    edit = add_derivation_edit(store, balance(store))
    store.apply(edit)
    store.apply(edit, forward=False)
    pd.testing.assert_frame_equal(store.observations, before, check_categorical=False)
    for table, frame in records.items():
        assert len(store.records[table]) == len(frame), table


def test_remove_then_undo(store: ObservationStore) -> None:
    d = stored(store, balance(store))
    n_links = len(store.records["links"])
    edit = remove_derivation_edit(store, d.derivation_id)
    store.apply(edit)
    assert derived_rows(store).empty
    assert store.records["derivations"].empty
    assert store.records["links"].empty
    store.apply(edit, forward=False)
    assert len(derived_rows(store)) == 22
    assert len(store.records["links"]) == n_links


def test_derived_figure_loses_to_a_reported_one_of_the_same_key(store: ObservationStore) -> None:
    d = stored(store, new_derivation(store, K.CONVERT, [EXPORTS], params={"to": "year"}))
    reported = Observation(
        "exports_to_partner", Period(JAN24, JAN24 + 11), 1.3e9, "USD", "AZE", "CHN"
    )
    reported.source_id, reported.obs_id = 2, 900
    store.apply(AddObservations(pd.DataFrame([reported.as_row()]), pd.DataFrame(), "add"))
    fig = choose_figures(store.observations, store.sources)
    exports = fig[fig["indicator"] == "exports_to_partner"]
    year = exports[(exports["period_start"] == JAN24) & (exports["period_end"] == JAN24 + 11)]
    assert year["obs_id"].tolist() == [900]
    assert int(derived_rows(store, d)["obs_id"].iloc[0]) != 900  # still stored, not chosen


def test_derivation_text_shows_the_rule_and_the_input_sources(store: ObservationStore) -> None:
    d = stored(store, new_derivation(store, K.YTD_DIFF, [TURNOVER]))
    obs_id = int(derived_rows(store, d)["obs_id"].iloc[0])
    text = derivation_text(store, obs_id)
    assert text.startswith("Oct 2025 = Jan–Oct 2025 − Jan–Sep 2025")
    assert "derived from sources [2] Trend, 2025-11-20 and [3] Xinhua, 2025-11-20" in text
    assert derivation_text(store, 1) == ""  # a reported figure


# --- recomputing ----------------------------------------------------------------------------


def _exports_id(store: ObservationStore, month: int) -> int:
    obs = store.observations
    hit = obs[(obs["indicator"] == "exports_to_partner") & (obs["period_start"] == month)]
    return int(hit["obs_id"].iloc[0])


def _derived_value(store: ObservationStore, indicator: str, start: int, end: int) -> float:
    rows = derived_rows(store)
    rows = rows[(rows["indicator"] == indicator) & (rows["period_start"] == start)]
    return float(rows[rows["period_end"] == end]["value"].iloc[0])


def test_refresh_is_none_when_up_to_date_and_without_derivations(store: ObservationStore) -> None:
    assert refresh_edit(store) is None
    edit = SetValues([1], {"value": ([1e8], [2e8])}, "edit")
    assert not touches_inputs(store, edit, edit.forward())  # no derivations: no work
    stored(store, balance(store))
    assert refresh_edit(store) is None
    assert touches_inputs(store, edit, edit.forward())


def test_refresh_adds_a_figure_when_a_window_completes(store: ObservationStore) -> None:
    d = stored(store, new_derivation(store, K.CONVERT, [EXPORTS], params={"to": "year"}))
    rows = [
        Observation(
            "exports_to_partner",
            Period(m, m),
            1e8,
            "USD",
            "AZE",
            "CHN",
            source_id=1,
            obs_id=700 + m - JAN25,
        )
        for m in (JAN25 + 10, JAN25 + 11)
    ]
    store.apply(AddObservations(pd.DataFrame([r.as_row() for r in rows]), pd.DataFrame(), "add"))
    refresh = refresh_edit(store)
    assert refresh is not None
    store.apply(refresh)
    assert _derived_value(store, "exports_to_partner", JAN25, JAN25 + 11) == pytest.approx(
        (sum(range(112, 122)) + 200) * 1e6
    )
    assert stored_derivations(store)[0].note == ""  # the gap is gone
    assert len(derived_rows(store, d)) == 2


def test_a_derivation_that_no_longer_computes_keeps_its_figures_and_says_why(
    store: ObservationStore,
) -> None:
    d = stored(store, balance(store))
    units = store.indicators["unit"].where(store.indicators["code"] != "imports_from_partner")
    store.indicators["unit"] = units.fillna("persons")  # the catalogue changed its mind
    refresh = refresh_edit(store)
    assert refresh is not None
    store.apply(refresh)
    note = stored_derivations(store)[0].note
    assert note.startswith("not recomputed: ")
    assert "persons" in note
    assert len(derived_rows(store, d)) == 22


def test_recompute_through_the_desk_is_one_transaction_and_undoes(desk: Desk) -> None:
    store = desk.store
    desk.apply(add_derivation_edit(store, balance(store)))
    yoy = SeriesRef("b", "trade_balance", "AZE", "CHN")
    desk.apply(add_derivation_edit(store, new_derivation(store, K.YOY, [yoy])))
    mar = JAN25 + 2
    oid = _exports_id(store, mar)
    audit_before = len(desk.workspace.audit())
    edit = SetValues([oid], {"value": ([114e6], [214e6])}, "Edit exports")
    applied = desk.apply(edit)
    assert isinstance(applied, DerivedEdit)
    assert applied.text == "Edit exports"
    assert len(desk.workspace.audit()) == audit_before + 1  # one transaction
    assert _derived_value(store, "trade_balance", mar, mar) == pytest.approx(136e6)
    # the chained YoY of the balance read the balance as recomputed: 136 on 2024's 48 (102 − 54)
    assert _derived_value(store, "trade_balance_yoy", mar, mar) == pytest.approx(
        (136 - 48) / 48 * 100
    )
    desk.apply(applied, forward=False)
    assert float(store.get(oid, "value")) == 114e6
    assert _derived_value(store, "trade_balance", mar, mar) == pytest.approx(36e6)
    assert refresh_edit(store) is None
    reopened = desk.workspace.load_store()
    assert _derived_value(reopened, "trade_balance", mar, mar) == pytest.approx(36e6)
    # an edit of figures no derivation reads is applied as it is
    tourists = store.observations[
        store.observations["indicator"] == "tourist_arrivals_from_partner"
    ]
    other = SetValues([int(tourists["obs_id"].iloc[0])], {"value": ([5000.0], [6000.0])}, "edit")
    assert desk.apply(other) is other


def test_deleting_an_input_removes_its_derived_figure(desk: Desk) -> None:
    store = desk.store
    d = balance(store)
    desk.apply(add_derivation_edit(store, d))
    d = stored_derivations(store)[0]
    oid = _exports_id(store, JAN25 + 9)
    applied = desk.apply(DeleteObservations(store.rows([oid]).copy(), "Delete"))
    rows = derived_rows(store, d)
    assert JAN25 + 9 not in set(rows["period_start"])
    assert len(rows) == 21
    desk.apply(applied, forward=False)
    assert len(derived_rows(store, d)) == 22
    assert math.isclose(_derived_value(store, "trade_balance", JAN25 + 9, JAN25 + 9), 121e6 - 92e6)


# --- citing a derived figure ----------------------------------------------------------------


def test_summary_briefing_and_claim_sentences_say_derived(store: ObservationStore) -> None:
    d = stored(store, new_derivation(store, K.YTD_DIFF, [TURNOVER]))
    oct_id = int(derived_rows(store, d)["obs_id"].iloc[0])
    summary = build_summary(store, "AZE", "CHN")
    line = next(x for x in summary.lines if x.obs_id == oct_id)
    assert line.value_text.startswith("derived: ")
    numbers = {c.source_id: c.number for c in summary.citations}
    refs = f"[{numbers[2]}][{numbers[3]}]"
    assert line.sentences == (
        "Derived: Oct 2025 = Jan–Oct 2025 − Jan–Sep 2025 (Trade turnover, months from "
        f"year-to-date figures), from sources {refs}",
    )
    briefing = build_briefing(
        store,
        BriefingRequest("AZE", "CHN", ("trade_turnover",), charts=False, template="dossier"),
    )
    section = next(s for s in briefing.sections if s.indicator == "trade_turnover")
    headline = next(h for h in section.headlines if h.figure.obs_id == oct_id)
    assert headline.text.text.startswith("derived: ")
    assert headline.text.text.endswith("— Oct 2025 = Jan–Oct 2025 − Jan–Sep 2025")
    cited = {c.number: c.source_id for c in briefing.citations}
    assert {cited[n] for n in headline.text.notes} == {d.source_id, 2, 3}
    data = Data(store.observations, store.sources, store.records)
    row = data.obs(oct_id)
    assert row is not None
    assert fig_text(data, row).endswith("for Oct 2025 (derived; Corridor (derived))")
    plain = data.rows("trade_turnover", "AZE", "CHN", "")
    month = next(r for r in plain if r["obs_id"] == oct_id)
    assert "(derived; " in fig_text(data, month)
    reported = next(r for r in plain if r["obs_id"] != oct_id)
    assert "derived" not in fig_text(data, reported)
