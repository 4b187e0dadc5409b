"""Templates of a briefing (note, dossier, table), the note's key messages and their
ranking, pins and drops, and the whole text in the reader's language."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.briefing_text import english_templates, without_stored_text

from app.domain.chart import plotted_points
from app.domain.store import ObservationStore
from app.services.briefing import BriefingRequest, build_briefing, render_markdown
from app.services.briefing.messages import MAX_MESSAGES, MIN_MESSAGES
from app.services.briefing.model import MIN_CHART_POINTS
from app.services.briefing.outline import Contents, KeyPoint, Table, outline
from app.services.bundled import bundled_tables
from app.services.i18n import LANGUAGES

TODAY = dt.date(2026, 12, 1)
POT = (
    __import__("pathlib").Path(__file__).resolve().parents[4]
    / "resources"
    / "locale"
    / "corridor.pot"
)


@pytest.fixture(scope="module")
def store() -> ObservationStore:
    return bundled_tables().store()


def brief(store: ObservationStore, **kw: object):
    return build_briefing(store, BriefingRequest(**kw), today=TODAY)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def note(store: ObservationStore):
    return brief(store)


def test_the_first_message_is_the_trade_headline_with_the_claim_and_its_conflict(note) -> None:
    first = note.messages[0]
    assert first.key == "headline:trade_turnover"
    text = first.text.text
    # the latest full year, who reported it, and its standing among the stored years
    assert text.startswith("Trade turnover: $4.87 billion, 2025 (CHN)")
    assert "the highest of" in text
    # the seed's claim, as reported, and why it cannot be confirmed: the 2024 base
    assert "more than +20" in text
    assert "Jan–Oct 2024" in text
    assert "more than $3 billion" in text
    assert "sources disagree about the base" in text
    # no change is computed against the disputed base
    assert "18.7" not in text
    assert len(first.text.notes) >= 2  # the figure's source and the claim's sources


def test_the_note_has_four_to_eight_ranked_messages_each_cited(note) -> None:
    assert MIN_MESSAGES <= len(note.messages) <= MAX_MESSAGES
    scores = [m.score for m in note.messages]
    assert scores == sorted(scores, reverse=True)
    assert all(m.text.notes for m in note.messages)
    assert all(m.reason for m in note.messages)
    # the note's sources are those its messages cite, numbered in reading order
    cited = list(dict.fromkeys(n for m in note.messages for n in m.text.notes))
    assert cited == list(range(1, len(note.citations) + 1))


def test_pins_come_first_and_drops_never_print(store: ObservationStore, note) -> None:
    last = note.candidates[-1].key
    pinned = brief(store, pinned=(last,), dropped=("headline:trade_turnover",))
    keys = [m.key for m in pinned.messages]
    assert keys[0] == last
    assert pinned.messages[0].pinned
    assert "headline:trade_turnover" not in keys
    # the candidates stay listed, so the dialog can undo a drop
    assert "headline:trade_turnover" in [m.key for m in pinned.candidates]


def test_no_chart_has_fewer_than_three_points(store: ObservationStore) -> None:
    for template in ("note", "dossier"):
        b = brief(store, template=template)
        specs = b.chart_specs()
        assert specs
        assert all(plotted_points(s) >= MIN_CHART_POINTS for s in specs.values())
    dossier = brief(store, template="dossier")
    said = [c.text for s in dossier.sections for c in s.analysis if c.kind == "chart"]
    assert said
    assert all("too few for a chart" in t for t in said)


def test_each_template_lays_out_its_own_parts(store: ObservationStore) -> None:
    note, dossier, table = (brief(store, template=t) for t in ("note", "dossier", "table"))
    kinds = {
        t: {type(b).__name__ for b in outline(x)}
        for t, x in (("note", note), ("dossier", dossier), ("table", table))
    }
    assert "KeyPoint" in kinds["note"]
    assert "Contents" not in kinds["note"]
    assert {"KeyPoint", "Contents", "Chart", "Table"} <= kinds["dossier"]
    assert "KeyPoint" not in kinds["table"]
    assert "Table" in kinds["table"]
    contents = next(b for b in outline(dossier) if isinstance(b, Contents))
    assert [e[1] for e in contents.entries][:1] == ["Business"]
    rows = next(b for b in outline(table) if isinstance(b, Table)).rows
    assert len(rows) == len(table.figure_rows())
    assert len(note.citations) < len(dossier.citations)
    points = [b for b in outline(note) if isinstance(b, KeyPoint)]
    assert [p.number for p in points] == list(range(1, len(points) + 1))


@pytest.mark.parametrize("locale", [lang for lang in LANGUAGES if lang != "en"])
@pytest.mark.parametrize("template", ["note", "dossier", "table"])
def test_no_english_template_sentence_in_a_translated_briefing(
    store: ObservationStore, locale: str, template: str
) -> None:
    b = brief(store, template=template, locale=locale)
    # stored text stays as published (quotes, titles, names of sources and projects):
    # take it out before looking for English
    text = without_stored_text(render_markdown(b, quotes=False), b)
    assert english_templates(text) == []
    # and the headings are the language's own
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert not [h for h in headings if "Key messages" in h or "Sources" in h or "Contents" in h]


def test_the_russian_note_says_the_trade_headline_in_russian(store: ObservationStore) -> None:
    b = brief(store, locale="ru")
    first = b.messages[0].text.text
    assert first.startswith("Товарооборот")
    assert "4,87\u00a0млрд\u00a0долл." in first
    assert "янв.–окт. 2024" in first
    assert b.title.startswith("Китай – Азербайджан")
