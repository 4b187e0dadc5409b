"""The region's press (issue 22): real sentences in nine languages, at least twelve pairs.

The evaluation set is tests/data/extraction/region/<language>.json and the held-out rounds
round1/ to round3/ (how they were collected and labelled: the README there).
Targets: value recall >= 0.95 and value+period >= 0.90 overall, value+period >= 0.85 in
every language, precision >= 0.95, and a target never reported as an actual.
"""

from __future__ import annotations

import pytest
from region_scoring import (
    LANGUAGES,
    RegionScore,
    load_evaluation,
    load_studied,
    score_by_language,
    table,
)


@pytest.fixture(scope="module")
def scores() -> dict[str, RegionScore]:
    return score_by_language(load_evaluation())


def test_the_set_is_as_wide_as_the_issue_asks() -> None:
    items = load_evaluation()
    assert len(items) >= 150
    assert {i["language"] for i in items} == set(LANGUAGES)
    pairs = {frozenset(i["pair"].split("-")) for i in items}
    assert len(pairs) >= 12
    assert all(i["url"].startswith("http") for i in items)


def test_overall_targets(scores: dict[str, RegionScore]) -> None:
    total = RegionScore()
    for s in scores.values():
        total.add(s)
    print(table(load_evaluation()))
    assert total.value_recall >= 0.95
    assert total.period_recall >= 0.90
    assert total.precision >= 0.95
    assert total.targets >= 20
    assert total.targets_as_actual == 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language(scores: dict[str, RegionScore], language: str) -> None:
    s = scores[language]
    assert s.expected >= 20
    assert s.period_recall >= 0.85, s.misses
    assert s.value_recall >= 0.90, s.misses
    assert s.targets_as_actual == 0, s.misses


def test_everything_studied_keeps_its_level() -> None:
    """Round 4 was studied too; on all of it together these floors keep regressions out
    (the issue's targets are not reached there yet: README, *Reading the region's press*)."""
    total = RegionScore()
    for s in score_by_language(load_studied()).values():
        total.add(s)
    assert total.value_recall >= 0.95
    assert total.period_recall >= 0.87
    assert total.precision >= 0.96
    assert total.targets_as_actual == 0
