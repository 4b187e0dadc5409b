"""Events and project facts proposed from press text: the seed item and real sentences
from the bundled sources, with the date found and how it was found."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.services.extraction.events import event_date, extract_events
from app.services.extraction.project_facts import extract_project_facts

SEED = (
    Path(__file__).parents[4].parent / "shared" / "seed" / "press-2025-12-25-china-azerbaijan.txt"
)
PAIR = ("AZE", "CHN")


@pytest.fixture(scope="module")
def seed() -> str:
    if not SEED.exists():
        pytest.skip("the shared seed item is not beside the project")
    return SEED.read_text(encoding="utf-8")


def test_seed_briefing_is_a_forum_event_on_its_dateline(seed: str) -> None:
    events = extract_events(seed, date(2025, 12, 25), pair=PAIR)
    forum = [e for e in events if e.event_type == "forum"]
    assert len(forum) == 1  # "The briefing focused on …" is the same briefing, not another
    assert forum[0].date_start == "2025-12-25"
    assert forum[0].note == ""  # "December 25" is in the text
    assert set(forum[0].countries.split()) == {"AZE", "CHN"}


def test_seed_agreements_are_proposed_with_an_honest_date(seed: str) -> None:
    [agreement] = [
        e for e in extract_events(seed, date(2025, 12, 25)) if e.event_type == "agreement"
    ]
    assert "five new energy projects" in agreement.quote
    assert agreement.note == "date not in the text: the publication date"


def test_seed_project_facts_keep_the_count_and_the_plan(seed: str) -> None:
    facts = extract_project_facts(seed, date(2025, 12, 25), pair=PAIR)
    group = next(f for f in facts if f.capacity == 1570)
    assert group.count == 5
    assert set(group.technologies) == {"solar", "wind"}
    assert (group.stage, group.stage_expected) == ("agreement", False)
    assert (group.country, group.partner) == ("AZE", "CHN")
    assert group.name == ""  # the source names no project: none is invented
    wind = next(f for f in facts if f.capacity == 240)
    assert wind.technologies == ["wind"]
    assert (wind.stage, wind.stage_expected, wind.date) == ("commissioned", True, "2025")
    assert wind.count is None


def test_opening_on_a_weekday_resolves_against_the_publication_date() -> None:
    text = (
        "Azerbaijani President Ilham Aliyev on Thursday inaugurated the 240-megawatt "
        "Khizi-Absheron Wind Power Plant, a flagship renewable energy project constructed by "
        "PowerChina Huadong Engineering Corporation Limited (HDEC)."
    )
    [event] = extract_events(text, date(2026, 1, 10))  # a Saturday
    assert (event.event_type, event.date_start) == ("opening", "2026-01-08")
    assert event.note == "date: weekday before publication"
    [fact] = extract_project_facts(text, date(2026, 1, 10), pair=PAIR)
    assert fact.name == "Khizi-Absheron Wind Power Plant"
    assert (fact.stage, fact.date, fact.capacity) == ("commissioned", "2026-01-08", 240)
    assert fact.companies == ["PowerChina Huadong Engineering Corporation Limited (HDEC)"]


def test_companies_known_to_the_registry_are_recognised() -> None:
    text = (
        "Saudi Arabia's ACWA Power has announced $238 million in financing for the "
        "Absheron-Khizi Wind Farm, a 240MW project in Azerbaijan."
    )
    [fact] = extract_project_facts(text, date(2024, 11, 1), companies=("ACWA Power",))
    assert fact.companies == ["ACWA Power"]
    assert fact.stage == "financing"
    assert fact.name == "Absheron-Khizi Wind Farm"


def test_signing_with_named_companies() -> None:
    text = (
        "The Ministry of Energy of the Republic of Azerbaijan, China Datang Overseas Investment "
        "Co. Ltd., and SOCAR Green LLC signed an Execution Agreement on the Evaluation, "
        "Development, and Implementation of the 100 MW Solar Power Plant Project in the "
        "Republic of Azerbaijan."
    )
    [event] = extract_events(text, date(2025, 11, 12))
    assert event.event_type == "agreement"
    assert event.date_start == "2025-11-12"
    [fact] = extract_project_facts(text, date(2025, 11, 12), pair=PAIR)
    assert fact.companies == ["China Datang Overseas Investment Co. Ltd.", "SOCAR Green LLC"]
    assert (fact.technologies, fact.stage, fact.country, fact.partner) == (
        ["solar"],
        "agreement",
        "AZE",
        "CHN",
    )


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("The wind farm was inaugurated on 8 January 2026.", None, "2026-01-08"),
        ("It was signed on April 23, 2025 in Beijing.", None, "2025-04-23"),
        ("The agreement was signed on April 23 in Beijing.", date(2025, 4, 24), "2025-04-23"),
        ("Соглашение было подписано 23 апреля 2025 года в Пекине.", None, "2025-04-23"),
        ("Saziş 23 aprel 2025-ci ildə imzalanıb.", None, "2025-04-23"),
        ("2025年4月23日，双方签署了三个光伏项目协议。", None, "2025-04-23"),
        ("The memorandum was signed in April 2025.", None, "2025-04"),
        ("The memorandum was signed.", None, ""),
    ],
)
def test_event_dates_in_several_languages(
    sentence: str, published: date | None, expected: str
) -> None:
    assert event_date(sentence, published)[0] == expected
    found = extract_events(sentence, published)
    assert [e.date_start for e in found][:1] == ([expected] if expected else [])


def test_visit_and_agreement_in_one_sentence() -> None:
    text = (
        "The agreements were signed during the state visit of President Ilham Aliyev to China "
        "on 23 April 2025."
    )
    kinds = {e.event_type: e.date_start for e in extract_events(text, None)}
    assert kinds == {"agreement": "2025-04-23", "visit": "2025-04-23"}


def test_no_event_without_an_event_word() -> None:
    assert extract_events("Trade grew by 20 percent in 2025.", date(2025, 12, 25)) == []
