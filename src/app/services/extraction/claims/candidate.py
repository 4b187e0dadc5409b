"""A claim found in a text (:class:`ClaimCandidate`, its JSON) and the records it is built of."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from app.domain.periods import Period
from app.domain.records import ClaimType
from app.services.extraction.extract import Candidate

STATUSES = ("actual", "expected", "forecast", "target", "planned")


@dataclass(slots=True)
class ClaimCandidate:
    """One claim found in a text, editable before it becomes a claim row."""

    type: ClaimType
    indicator: str | None
    reporter: str | None
    partner: str | None
    period: Period | None
    period_text: str
    value: float
    unit: str
    qualifier: str
    status: str
    params: dict[str, Any]
    quote: str
    language: str
    url: str
    span: tuple[int, int]

    def to_json(self) -> dict[str, Any]:
        return {
            "type": str(self.type),
            "indicator": self.indicator,
            "reporter": self.reporter,
            "partner": self.partner,
            "period": self.period.code() if self.period else None,
            "period_text": self.period_text,
            "value": None if math.isnan(self.value) else self.value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "status": self.status,
            "params": self.params,
            "quote": self.quote,
            "language": self.language,
            "url": self.url,
        }


@dataclass(slots=True)
class Fig:
    """A figure of the sentence, offsets relative to it, and what it is in the claim layer."""

    c: Candidate
    start: int
    end: int
    role: str  # "level" | "growth" | "share"
    used: bool = False


@dataclass(slots=True)
class Found:
    """A claim being built, with its anchor (sentence offsets) for ordering and spans."""

    type: ClaimType
    start: int
    end: int
    period: Period | None = None
    period_text: str = ""
    value: float = math.nan
    unit: str = ""
    qualifier: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    indicator: str | None = None
    reporter: str | None = None
    partner: str | None = None
    #: the figure's own status when the claim is told by one figure ("" = the sentence's)
    status: str = ""

    def take(self, fig: Fig) -> None:
        """The claim's figure: its value, unit, period and parties; the figure is told."""
        fig.used = True
        c = fig.c
        self.value, self.unit, self.qualifier = c.value, c.unit, c.qualifier
        self.period, self.period_text = c.period, c.period_text
        self.indicator, self.reporter, self.partner = c.indicator, c.reporter, c.partner
