"""The pair's analytics computed once and split by indicator or section say what the same
analytics say on each indicator's or section's own rows (issue 21)."""

from __future__ import annotations

import pandas as pd

from app.domain.analytics import check_all_claims, indicator_sentences, pair_narrative
from app.domain.analytics.claim_checks.dispatch import Scope, check_by_scope, checks_frame
from app.domain.records import normalise_records
from app.domain.selection import claims_pair_mask, pair_mask
from app.domain.store import ObservationStore
from app.services.bundled import bundled_tables
from app.services.summary import citation_of, citations_of


def _store() -> ObservationStore:
    return bundled_tables().store()


def test_each_scope_is_checked_as_its_own_rows_would_be() -> None:
    store = _store()
    obs = store.observations
    upto = obs[pair_mask(obs, "CHN", "AZE")]
    stored = store.records["claims"]
    stored = stored[claims_pair_mask(stored, "CHN", "AZE")]
    keys = sorted(
        {(str(i), str(s)) for i, s in zip(upto["indicator"], upto["subject"], strict=True)}
    )
    scopes, expected = [], []
    for code, subject in keys:
        rows = upto[
            (upto["indicator"].astype(str) == code) & (upto["subject"].astype(str) == subject)
        ]
        mine = stored[(stored["indicator"] == code).to_numpy()]
        expected.append(check_all_claims(rows, store.sources, mine, store.records))
        scopes.append(Scope(code, subject, normalise_records("claims", mine)))
    found = check_by_scope(upto, store.sources, store.records, scopes)
    assert sum(len(f) for f in expected) > 10
    for want, got in zip(expected, found, strict=True):
        pd.testing.assert_frame_equal(
            checks_frame(got).reset_index(drop=True), want.reset_index(drop=True)
        )


def test_the_pair_narrative_says_what_each_indicator_says_alone() -> None:
    store = _store()
    obs = store.observations[pair_mask(store.observations, "CHN", "AZE")]
    names = store.indicator_names()
    said = pair_narrative(obs, store.sources, "CHN", "AZE", names, records=store.records)
    codes = sorted(obs["indicator"].astype(str).unique())
    alone = [
        s
        for code in codes
        for s in indicator_sentences(obs, store.sources, code, names.get(code, code))
        if s.kind != "change" or "disagree" not in s.text
    ]
    by_indicator = [s for s in said if s.kind not in ("claim", "conflict")]
    # the pair narrative also withholds the changes whose base the sources dispute
    assert [s for s in by_indicator if s.kind != "change"] == [
        s for s in alone if s.kind != "change"
    ]
    assert any(s.kind == "record" for s in by_indicator)


def test_citations_from_one_pass_match_one_by_one() -> None:
    store = _store()
    ids = [*(int(i) for i in store.sources["source_id"][:7]), 99_999]
    numbers = {sid: n for n, sid in enumerate(ids, 1)}
    assert citations_of(store, numbers) == [citation_of(store, n, s) for s, n in numbers.items()]
