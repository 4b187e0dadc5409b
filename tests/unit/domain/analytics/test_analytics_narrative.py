"""Generated sentences with footnoted sources."""

from __future__ import annotations

import pandas as pd

from app.domain.analytics import Sentence, pair_narrative, render_text
from app.domain.model import normalise_observations
from app.domain.periods import parse_period


def obs(*rows: tuple[str, str, float, float, str]) -> pd.DataFrame:
    out = []
    for i, (rep, period, value, change, cq) in enumerate(rows, start=1):
        p = parse_period(period)
        out.append(
            {
                "obs_id": i,
                "indicator": "trade_turnover",
                "reporter": rep,
                "partner": "AZE" if rep == "CHN" else "CHN",
                "period_start": p.start,
                "period_end": p.end,
                "value": value,
                "unit": "USD",
                "qualifier": "exact",
                "change_value": change,
                "change_unit": "%" if cq else "",
                "change_qualifier": cq,
                "source_id": 10 + i,
            }
        )
    return normalise_observations(pd.DataFrame(out))


def test_pair_narrative_states_latest_change_record_projection_and_claims() -> None:
    o = obs(
        ("CHN", "2023-01/2023-10", 2.5e9, float("nan"), ""),
        ("CHN", "2023", 3.1e9, float("nan"), ""),
        ("CHN", "2024-01/2024-10", 3.0e9, float("nan"), ""),
        ("CHN", "2024", 3.7e9, float("nan"), ""),
        ("CHN", "2025-01/2025-10", 3.66e9, 20.0, "more_than"),
    )
    s = pair_narrative(o, None, "CHN", "AZE", names={"trade_turnover": "Trade turnover"})
    kinds = [x.kind for x in s]
    assert kinds == ["latest", "change", "record", "record", "projection", "claim"]
    assert s[0].text == "Trade turnover: $3.66 bn in Jan–Oct 2025 (CHN)."
    assert s[0].source_ids == (15,)
    assert s[1].text.startswith("Change on Jan–Oct 2024 ($3 bn): +22.0 %")
    assert s[1].source_ids == (13,)
    assert s[2].text.startswith("Jan–Oct 2025 (CHN) is the highest of 3 stored Jan–Oct figures")
    assert s[3].text.startswith("2024 (CHN) is the highest of 2 stored years")
    assert "would be a record" in s[4].text
    assert s[5].text.endswith(": consistent.")


def test_render_numbers_footnotes_in_order_of_first_use() -> None:
    text = render_text(
        [
            Sentence("t", "latest", "A.", (7,)),
            Sentence("t", "x", "B.", (3, 7)),
            Sentence("t", "y", "C."),
        ],
        {7: "Trend, 2025-12-25", 3: "Report.az"},
    )
    assert text.splitlines() == [
        "A. [1]",
        "B. [2][1]",
        "C.",
        "",
        "[1] Trend, 2025-12-25",
        "[2] Report.az",
    ]
