"""The bundled claims (data/claims.csv): what the seed press item and the bundled sources'
quotes state, as typed claims, proposed by Corridor's own claim extraction.

- Every claim of the seed item (``shared/seed/``): its level and growth statements, the
  expected record and record streak, the count and total of projects, the first wind
  project, the rank of China among import sources. Its source is the bundled row of the
  same page (the MIL-OSI translation of the Xinhua item) whose quote is the sentence, or the
  page's first row.
- From the other sources' quotes, the claims a figure row cannot hold (records, streaks,
  firsts, ranks, sums and counts, shares); their levels and growth rates are the
  observations already.

A claim is tied to the observation stated with it when one of the same source has the same
indicator, value and period; it then takes that figure's reporter and partner. Nothing
here is a verdict: checks are computed at run time.
Called by build_dataset.py, so ``--check`` fails when the extraction would now propose
different claims.
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from app.domain.records import CLAIM_COLUMNS, ClaimType, normalise_records, params_text
from app.services.extraction import ClaimCandidate, extract_claims

SEED_URL = "https://translation1.mil-osi.com/?p=16044"
SEED_PUBLISHED = date(2025, 12, 25)
FROM_QUOTES = frozenset(
    {
        ClaimType.RECORD,
        ClaimType.RECORD_STREAK,
        ClaimType.FIRST,
        ClaimType.RANK,
        ClaimType.SUM_COUNT,
        ClaimType.SHARE,
    }
)
NOTE = "proposed by Corridor's claim extraction from the quote"


def _published(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


def _obs_for(c: ClaimCandidate, obs: pd.DataFrame, source_ids: set[int]) -> int:
    """The observation of these sources stated with the claim (-1 if none)."""
    if c.indicator is None or math.isnan(c.value):
        return -1
    mine = obs[obs["source_id"].isin(source_ids) & (obs["indicator"].astype(str) == c.indicator)]
    same = mine[(mine["value"] - c.value).abs() <= 1e-9 * max(abs(c.value), 1.0)]
    if c.period is not None and len(same) > 1:
        same = same[(same["period_start"] == c.period.start) & (same["period_end"] == c.period.end)]
    return int(same["obs_id"].min()) if len(same) else -1


def _row(c: ClaimCandidate, source_id: int, obs_id: int, obs: pd.DataFrame) -> dict[str, Any]:
    """A claim row; a claim tied to a curated observation takes that figure's countries
    (extraction only guesses who reports and who is the partner)."""
    tied = obs[obs["obs_id"] == obs_id]
    if len(tied):
        c.reporter, c.partner = str(tied["reporter"].iat[0]), str(tied["partner"].iat[0])
    return {
        "claim_type": str(c.type),
        "source_id": source_id,
        "obs_id": obs_id,
        "quote": c.quote,
        "indicator": c.indicator or "",
        "reporter": c.reporter or "",
        "partner": c.partner or "",
        "period_start": c.period.start if c.period is not None else -1,
        "period_end": c.period.end if c.period is not None else -1,
        "period_text": c.period_text,
        "value": c.value,
        "unit": c.unit,
        "qualifier": c.qualifier,
        "status": c.status,
        "params": params_text(c.params),
        "note": NOTE,
    }


def build_claims(observations: pd.DataFrame, sources: pd.DataFrame, seed: Path) -> pd.DataFrame:
    rows: list[dict[str, Any]] = []
    page = sources[sources["url"] == SEED_URL]
    if page.empty:
        raise ValueError(f"no bundled source has the seed item's address {SEED_URL}")
    page_ids = {int(i) for i in page["source_id"]}
    for c in extract_claims(seed.read_text(encoding="utf-8"), SEED_PUBLISHED, SEED_URL):
        quoted = page[page["quote"].map(lambda q, s=c.quote: bool(q) and q in s)]
        sid = int(quoted["source_id"].min()) if len(quoted) else min(page_ids)
        rows.append(_row(c, sid, _obs_for(c, observations, page_ids), observations))
    seen: set[tuple[str, str, str]] = set()
    for s in sources[(sources["quote"] != "") & (sources["url"] != SEED_URL)].itertuples():
        for c in extract_claims(str(s.quote), _published(str(s.published)), str(s.url)):
            key = (str(s.quote), str(c.type), params_text(c.params))
            if c.type not in FROM_QUOTES or key in seen:
                continue
            seen.add(key)
            oid = _obs_for(c, observations, {int(s.source_id)})
            rows.append(_row(c, int(s.source_id), oid, observations))
    frame = pd.DataFrame(rows)
    frame.insert(0, "claim_id", range(1, len(frame) + 1))
    return normalise_records("claims", frame)[list(CLAIM_COLUMNS)]
