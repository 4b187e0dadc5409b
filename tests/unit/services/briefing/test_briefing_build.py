"""The briefing model: the seed's figures, analytics sentences, conflicts, citation numbers,
period ranges and locale formatting — without Qt."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.periods import month_index
from app.domain.store import ObservationStore
from app.services.briefing import BriefingRequest, build_briefing, format_amount, format_figure
from app.services.briefing.locale_format import format_change, format_day
from app.services.bundled import bundled_tables

TODAY = dt.date(2025, 12, 25)


@pytest.fixture(scope="module")
def store() -> ObservationStore:
    t = bundled_tables()
    return ObservationStore(t.observations, t.sources, t.indicators)


@pytest.fixture(scope="module")
def trade(store: ObservationStore):
    request = BriefingRequest(
        indicators=("trade_turnover", "tourist_arrivals_from_partner"),
        charts=False,
        template="dossier",
    )
    return build_briefing(store, request, today=TODAY)


def test_sections_hold_the_seed_figures(trade) -> None:
    keys = [s.key for s in trade.sections]
    assert keys == ["tourist_arrivals_from_partner", "trade_turnover"]
    turnover = trade.sections[1]
    texts = [h.text.text for h in turnover.headlines]
    assert "$2.44 billion, Jan–Oct 2025 (CHN)" in texts
    assert any(t.startswith("$4.87 billion, 2025") for t in texts)
    tourists = trade.sections[0].headlines[0].text.text
    assert tourists == "more than 57,000 people, Jan–Oct 2025 (AZE)"


def test_every_number_points_to_a_listed_citation(trade) -> None:
    numbers = [c.number for c in trade.citations]
    assert numbers == list(range(1, len(numbers) + 1))
    used = {
        n
        for s in trade.sections
        for c in (*(h.text for h in s.headlines), *s.analysis, *s.conflicts)
        for n in c.notes
    }
    used |= {r.note for r in trade.figure_rows()}
    assert used == set(numbers)


def test_citation_numbers_match_the_source_of_each_row(store: ObservationStore, trade) -> None:
    by_number = {c.number: c.source_id for c in trade.citations}
    for row in trade.figure_rows():
        assert by_number[row.note] == int(store.get(row.obs_id, "source_id"))


def test_analytics_are_stated_with_sources(trade) -> None:
    turnover = trade.sections[1]
    kinds = {c.kind for c in turnover.analysis}
    assert {"record", "projection", "claim"} <= kinds
    claim = next(c for c in turnover.analysis if c.kind == "claim" and "Jan–Oct 2025" in c.text)
    assert "the sources disagree about the Jan–Oct 2024 base" in claim.text
    assert claim.notes
    assert any("2021" in c.text and "disagree" in c.text for c in turnover.conflicts)
    assert all(c.notes for c in turnover.conflicts)


def test_period_range_limits_rows_but_keeps_history(store: ObservationStore) -> None:
    request = BriefingRequest(
        indicators=("trade_turnover",),
        first_month=month_index(2024, 1),
        last_month=month_index(2024, 12),
        charts=False,
        template="dossier",
    )
    b = build_briefing(store, request, today=TODAY)
    rows = b.figure_rows()
    assert rows
    assert all(r.period_end >= month_index(2024, 1) for r in rows)
    assert all(r.period_start <= month_index(2024, 12) for r in rows)
    year = next(h for h in b.sections[0].headlines if h.figure.period == "2024")
    # compared with 2023, before the range: the sources disagree about the 2023 base, so
    # the briefing states that instead of a computed change
    assert year.change_percent is None
    assert any("disagree about the 2023 base" in c.text for c in b.sections[0].analysis)
    assert b.period_text == "2024"


def test_charts_requested_for_chosen_indicators_only(store: ObservationStore) -> None:
    request = BriefingRequest(
        indicators=("trade_turnover", "tourist_arrivals_from_partner"),
        chart_indicators=("trade_turnover",),
        template="dossier",
    )
    b = build_briefing(store, request, today=TODAY)
    charted = [s.key for s in b.sections if s.chart is not None]
    assert charted == ["trade_turnover"]
    assert set(b.sections[1].chart.observations["indicator"].astype(str)) == {"trade_turnover"}


def test_empty_selection_says_so(store: ObservationStore) -> None:
    b = build_briefing(store, BriefingRequest(a="FRA", b="DEU"), today=TODAY)
    assert not b.sections
    assert b.notes == ["No figures are stored for this selection."]


def test_russian_briefing_formats_numbers_and_dates(store: ObservationStore) -> None:
    request = BriefingRequest(
        indicators=("trade_turnover",), locale="ru", charts=False, template="dossier"
    )
    b = build_briefing(store, request, today=TODAY)
    assert b.as_of == "25 декабря 2025\u202fг."
    texts = [h.text.text for h in b.sections[0].headlines]
    assert "2,44\u00a0млрд\u00a0долл., янв.–окт. 2025 (CHN)" in texts


@pytest.mark.parametrize(
    ("value", "unit", "locale", "expected"),
    [
        (2.44e9, "USD", "en", "$2.44 billion"),
        (2.44e9, "USD", "ru", "2,44\u00a0млрд\u00a0долл."),
        (57000, "persons", "en", "57,000 people"),
        (57000, "persons", "ru", "57\u00a0000 чел."),
        (1570, "MW", "en", "1,570 MW"),
        (17.69, "percent", "en", "17.69\u00a0%"),
        (29e6, "AZN", "en", "AZN\u00a029 million"),
    ],
)
def test_format_amount(value: float, unit: str, locale: str, expected: str) -> None:
    assert format_amount(value, unit, locale) == expected


def test_bounds_changes_and_days() -> None:
    assert format_figure(57000, "persons", "more_than", "en") == "more than 57,000 people"
    assert format_figure(57000, "persons", "more_than", "ru") == "более 57\u00a0000 чел."
    assert format_change(21.94, "en") == "+21.9\u00a0%"
    assert format_change(-3.5, "ru") == "-3,5\u00a0%"
    assert format_change(None) == ""
    assert format_day("2025-12-25", "en") == "December 25, 2025"
    assert format_day("2025-12", "en") == "2025-12"


def test_trade_paragraph_states_the_conflict_over_the_2024_base() -> None:
    """The seed's Jan–Oct 2025 figure: the briefing prints no change computed against the
    disputed Jan–Oct 2024 base (it was −18.7 % in 0.1); it states the claim, the conflict
    and both sources, and the stored claims about the indicator (record, streak)."""
    store = bundled_tables().store()
    request = BriefingRequest(indicators=("trade_turnover",), charts=False, template="dossier")
    section = build_briefing(store, request, today=TODAY).sections[0]
    ytd = next(h for h in section.headlines if "Jan–Oct 2025" in h.text.text)
    assert ytd.change_percent is None
    texts = [c.text for c in section.analysis]
    conflict = [t for t in texts if "disagree about the Jan–Oct 2024 base" in t]
    assert conflict
    assert "more than +20 %" in conflict[0]
    assert "more than $3 bn for Jan–Oct 2024" in conflict[0]
    assert not any("18.7" in t for t in texts)
    assert any("3 consecutive records" in t for t in texts)
    # like for like: the Jan–Oct figure is ranked among Jan–Oct figures only
    assert not any("Jan–Oct 2025 (CHN) is below the best stored year" in t for t in texts)


def test_a_negative_amount_takes_its_sign_before_the_currency_symbol() -> None:
    """A derived trade balance: "-$397.5 million", not "$-397.5 million"."""
    assert format_amount(-397.5e6, "USD", "en") == "-$397.5 million"
    assert format_amount(-5e6, "EUR", "zh") == "-500万欧元"
    assert format_amount(-397.5e6, "USD", "ru") == "-397,5\u00a0млн\u00a0долл."  # a word after
