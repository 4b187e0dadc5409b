"""Scoring of the extractor against the labelled set in tests/data/extraction/.

Shared by the evaluation test and by anyone who wants the numbers printed:
``python tests/unit/services/extraction/extraction_scoring.py``.
"""

from __future__ import annotations

import csv
import json
import math
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.services.extraction import extract

DATA = Path(__file__).resolve().parents[3] / "data" / "extraction"
CORE_LANGUAGES = frozenset({"en", "ru", "az", "tr"})


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    value_hits: int = 0
    period_hits: int = 0
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

    def line(self, name: str) -> str:
        return (
            f"{name}: {self.expected} figures, value recall {self.value_recall:.1%}, "
            f"period recall {self.period_recall:.1%}, precision {self.precision:.1%} "
            f"({self.found} found)"
        )


def load_items() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = json.loads((DATA / "labelled.json").read_text("utf-8"))
    with (DATA / "split.csv").open(encoding="utf-8") as fh:
        split = {row["id"]: row["split"] for row in csv.DictReader(fh)}
    for item in items:
        item["split"] = split[item["id"]]
    return items


def same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def score(items: list[dict[str, Any]]) -> Score:
    s = Score()
    for item in items:
        published = date.fromisoformat(item["published"]) if item["published"] else None
        found = [c.to_json() for c in extract(item["text"], published)]
        s.expected += len(item["figures"])
        s.found += len(found)
        free = list(found)
        for fig in item["figures"]:
            hit = next(
                (
                    c
                    for c in free
                    if c["unit"] == fig["unit"] and same_value(c["value"], fig["value"])
                ),
                None,
            )
            if hit is None:
                s.misses.append(f"{item['id']}: missed {fig['value']} {fig['unit']}")
                continue
            free.remove(hit)
            s.value_hits += 1
            got = hit["period"]["code"] if hit["period"] else None
            if got == fig["period"]:
                s.period_hits += 1
            else:
                s.misses.append(
                    f"{item['id']}: period {got} for {fig['value']}, expected {fig['period']}"
                )
        s.misses.extend(f"{item['id']}: extra {c['value']} {c['unit']}" for c in free)
    return s


if __name__ == "__main__":
    everything = load_items()
    for part in ("dev", "test"):
        chosen = [i for i in everything if i["split"] == part]
        core = [i for i in chosen if i["language"] in CORE_LANGUAGES]
        print(score(chosen).line(f"{part} (all languages)"))
        print(score(core).line(f"{part} (en/ru/az/tr)"))
    for miss in score(everything).misses:
        print("  ", miss)
