"""Scoring of the extractor against the region's press set in tests/data/extraction/region/.

One JSON file per language, each item a real published sentence with its URL and date and
every figure in it labelled (value, unit, period, qualifier, status, whether the figure is
between the two parties, and the growth the sentence gives for it). The set and how it was
collected are described in tests/data/extraction/region/README.md.

``python tests/unit/services/extraction/region_scoring.py`` prints the per-language table
and every miss.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from extraction_scoring import same_value

from app.services.extraction import extract

REGION = Path(__file__).resolve().parents[3] / "data" / "extraction" / "region"
LANGUAGES = ("zh", "ru", "tr", "az", "uz", "kk", "ka", "en", "fr")


@dataclass
class RegionScore:
    sentences: int = 0
    expected: int = 0
    found: int = 0
    value_hits: int = 0
    period_hits: int = 0
    changes: int = 0
    change_hits: int = 0
    targets: int = 0
    targets_as_actual: int = 0
    actuals_as_target: int = 0
    not_bilateral: int = 0
    scope_hits: int = 0
    scope_false_alarms: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def value_recall(self) -> float:
        return self.value_hits / self.expected if self.expected else 1.0

    @property
    def period_recall(self) -> float:
        return self.period_hits / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.value_hits / self.found if self.found else 1.0

    @property
    def change_recall(self) -> float:
        return self.change_hits / self.changes if self.changes else 1.0

    def add(self, other: RegionScore) -> None:
        for name in self.__dataclass_fields__:
            if name != "misses":
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)

    def row(self, name: str) -> str:
        return (
            f"| {name} | {self.sentences} | {self.expected} | {self.value_recall:.1%} "
            f"| {self.period_recall:.1%} | {self.precision:.1%} | {self.change_recall:.1%} "
            f"| {self.targets - self.targets_as_actual}/{self.targets} "
            f"| {self.scope_hits}/{self.not_bilateral} |"
        )


HEADER = (
    "| language | sentences | figures | value recall | value+period | precision "
    "| growth attached | targets kept | not bilateral said |\n"
    "|---|---|---|---|---|---|---|---|---|"
)


def load_region(folder: Path = REGION) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for lang in LANGUAGES:
        items.extend(json.loads((folder / f"{lang}.json").read_text("utf-8")))
    return items


def load_round(n: int) -> list[dict[str, Any]]:
    """A held-out round (round1/ … round4/): scored once untouched (the README keeps that first
    score), then its misses were studied, so it belongs to the evaluation set now."""
    return load_region(REGION / f"round{n}")


def load_unseen() -> list[dict[str, Any]]:
    """The last round (unseen/): collected after every change, scored, never studied."""
    return load_region(REGION / "unseen")


def load_evaluation() -> list[dict[str, Any]]:
    """The evaluation set the issue's targets apply to: the labelled set and rounds 1 to 3."""
    return load_region() + [i for n in (1, 2, 3) for i in load_round(n)]


def load_studied() -> list[dict[str, Any]]:
    """Everything whose misses were studied: the evaluation set and round 4."""
    return load_evaluation() + load_round(4)


def score_item(item: dict[str, Any]) -> RegionScore:
    s = RegionScore(sentences=1)
    published = date.fromisoformat(item["published"]) if item.get("published") else None
    found = [c.to_json() for c in extract(item["text"], published)]
    s.expected, s.found = len(item["figures"]), len(found)
    free = list(found)
    name = item["id"]
    for fig in item["figures"]:
        hit = next(
            (c for c in free if c["unit"] == fig["unit"] and same_value(c["value"], fig["value"])),
            None,
        )
        if fig["status"] == "target":
            s.targets += 1
        if not fig["bilateral"]:
            s.not_bilateral += 1
        if fig.get("reported_change"):
            s.changes += 1
        if hit is None:
            s.misses.append(f"{name}: missed {fig['value']:g} {fig['unit']}")
            continue
        free.remove(hit)
        s.value_hits += 1
        got = hit["period"]["code"] if hit["period"] else None
        if got == fig["period"]:
            s.period_hits += 1
        else:
            s.misses.append(f"{name}: period {got} for {fig['value']:g}, expected {fig['period']}")
        _score_details(s, name, fig, hit)
    s.misses.extend(f"{name}: extra {c['value']:g} {c['unit']}" for c in free)
    return s


def _score_details(s: RegionScore, name: str, fig: dict[str, Any], hit: dict[str, Any]) -> None:
    want, got = fig.get("reported_change"), hit["reported_change"]
    if want:
        if got and got["unit"] == want["unit"] and same_value(got["value"], want["value"]):
            s.change_hits += 1
        else:
            s.misses.append(f"{name}: change {got} for {fig['value']:g}, expected {want}")
    if fig["status"] == "target" and hit["status"] == "actual":
        s.targets_as_actual += 1
        s.misses.append(f"{name}: target {fig['value']:g} reported as actual")
    if fig["status"] == "actual" and hit["status"] == "target":
        s.actuals_as_target += 1
        s.misses.append(f"{name}: actual {fig['value']:g} reported as a target")
    bilateral = not hit["scope"]
    if not fig["bilateral"] and not bilateral:
        s.scope_hits += 1
    elif not fig["bilateral"]:
        s.misses.append(f"{name}: {fig['value']:g} is not bilateral; not said")
    elif not bilateral:
        s.scope_false_alarms += 1
        s.misses.append(f"{name}: {fig['value']:g} said not bilateral ({hit['scope']})")


def score_by_language(items: list[dict[str, Any]]) -> dict[str, RegionScore]:
    out = {lang: RegionScore() for lang in LANGUAGES}
    for item in items:
        out[item["language"]].add(score_item(item))
    return out


def table(items: list[dict[str, Any]]) -> str:
    scores = score_by_language(items)
    total = RegionScore()
    for s in scores.values():
        total.add(s)
    rows = [scores[lang].row(lang) for lang in LANGUAGES] + [total.row("all")]
    return "\n".join([HEADER, *rows])


if __name__ == "__main__":
    print("The evaluation set (the labelled set and rounds 1 to 3):")
    print(table(load_evaluation()))
    print("\nEverything studied (with round 4):")
    print(table(load_studied()))
    if (REGION / "unseen").is_dir():
        print("\nThe unseen round (collected last, never studied):")
        print(table(load_unseen()))
    total = RegionScore()
    for s in score_by_language(load_evaluation()).values():
        total.add(s)
    for miss in total.misses:
        print("  ", miss)
