"""Every claim a source made, checked like for like, with the reasoning in one sentence.

:func:`check_all_claims` gives one row per claim: the rows of the ``claims`` record table,
plus every observation with a reported change that no stored claim refers to, checked as a
growth claim with ``claim_id = -obs_id`` (the checks of 0.1). Verdicts:

- ``consistent`` / ``inconsistent``: the stored figures of the claimant's own series (or the
  project registry) confirm / refute the claim;
- ``conflicting_sources``: the stored sources disagree about what the claim rests on (a
  base, an earlier year, the level itself), so no computed change is printed as fact;
- ``cannot_check``: the sentence says what is missing.

Levels are intervals throughout: "more than $3 bn" is [3 bn, ∞), "$2.44 bn" is
2.435–2.445 bn (the rounding of print), "about"/"nearly" allow 10 % as the growth check of
:mod:`app.domain.analytics.claims` does for changes. Windows are compared like for like:
Jan–Oct with Jan–Oct, full years with full years, never one with the other.

A growth base is the claimant's own series when it comes from the same source or from a
source naming the same statistics (``origin``: "State Customs Committee"); a speaker alone
("cited by ambassador") names no statistics, so two statements of one embassy are two
sources. Two or more sources of the reporter that agree on a base also make it a series.

Parameters (the claim's ``params`` JSON): the keys each type has, as the extractor proposes
them, are documented in docs/claims.md ("Parameters per type"). The checks read these keys
(blank fields of a claim row are taken from the observation it links, ``obs_id``), some of
them beyond what the extractor writes:

============== ==========================================================================
growth         change, change_unit ('%' or 'times'), change_qualifier
level          — (value, unit, qualifier of the claim row)
record         window ('year' or 'period', default 'period'), expected (bool), reporter
record_streak  length, window, expected, reporter
first          kind ('first'/'only'), of ('large-scale wind'), scope (ISO alpha-3),
               min_capacity (MW; 'large-scale' means 50 MW unless given)
rank           rank, of (indicator code, or 'imports'/'exports'/'trade'), among (words)
sum_count      count, total, total_unit, total_qualifier, count_qualifier, members (words)
share          share (percent; default the claim's value), of (indicator of part and
               total), total_indicator, total_partner (default '' = the world)
============== ==========================================================================

Projects a claim is about are found through ``links`` (from ``claims``/claim_id or
``observations``/obs_id to ``projects``).

Modules: :mod:`.dispatch` (the entry point, a checker per type), :mod:`.claim_rows` (the
claims to check), :mod:`.common` (verdicts, records, intervals), :mod:`.frames` (the stored
figures and the sources), :mod:`.sentences` (the explanation's wording), and a module per
family of types: :mod:`.growth`, :mod:`.level`, :mod:`.records` (record, record_streak),
:mod:`.registry` (first, sum_count), :mod:`.rank_share` (rank, share).
"""

from app.domain.analytics.claim_checks.common import (
    CHECK_COLUMNS,
    CONFLICTING,
    VERDICTS,
    Check,
    CheckOptions,
    Claim,
    Rows,
    change_interval,
    level_interval,
)
from app.domain.analytics.claim_checks.dispatch import check_all_claims
from app.domain.analytics.claim_checks.records import BEATS, CONFLICT, FAILS, FIRST, UNCERTAIN
from app.domain.analytics.claim_checks.registry import LARGE_SCALE_MW
from app.domain.analytics.claim_checks.sentences import Row

__all__ = [
    "BEATS",
    "CHECK_COLUMNS",
    "CONFLICT",
    "CONFLICTING",
    "FAILS",
    "FIRST",
    "LARGE_SCALE_MW",
    "UNCERTAIN",
    "VERDICTS",
    "Check",
    "CheckOptions",
    "Claim",
    "Row",
    "Rows",
    "change_interval",
    "check_all_claims",
    "level_interval",
]
