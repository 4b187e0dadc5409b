"""Rank and share claims: a partner's place among the reporter's partners, a part of a total."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from app.domain.analytics.claim_checks.common import (
    CONFLICTING,
    INF,
    Check,
    CheckOptions,
    Claim,
    as_float,
    as_int,
    interval,
    window_rows,
)
from app.domain.analytics.claim_checks.frames import Data
from app.domain.analytics.claim_checks.level import level_verdict, other_sources
from app.domain.analytics.claim_checks.sentences import (
    cannot,
    fig_text,
    figs_text,
    ids_of,
    indicator_words,
    join_words,
    qty_text,
    sentence,
)
from app.domain.analytics.claims import CONSISTENT, INCONSISTENT
from app.domain.model import qualified_quantity
from app.domain.records import claim_params

# --- rank -------------------------------------------------------------------------------

_RANK_OF = {
    "imports": "imports_from_partner",
    "import": "imports_from_partner",
    "exports": "exports_to_partner",
    "export": "exports_to_partner",
    "trade": "trade_turnover",
    "trading": "trade_turnover",
}


def _rank_of(params: dict[str, Any], indicator: str) -> str:
    """The indicator a rank is about: ``of`` (a code, or a word such as 'imports')."""
    of = str(params.get("of", "")).strip()
    for word in of.lower().split():
        if word in _RANK_OF:
            return _RANK_OF[word]
    return of or indicator


def among_text(c: Claim) -> str:
    """ "AZE's import sources": whose (a country code, as extraction writes it) and what."""
    among = str(c.params.get("among", "")).strip()
    of = str(c.params.get("of", "")).strip()
    if len(among) == 3 and among.isalpha() and among.isupper():
        return f"{among}'s {of or indicator_words(_rank_of(c.params, c.indicator))}"
    return among or f"{c.reporter}'s {indicator_words(_rank_of(c.params, c.indicator))}"


def ordinal(k: int) -> str:
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}"


def check_rank(c: Claim, d: Data, opt: CheckOptions) -> Check:
    k, of = as_int(c.params.get("rank")), _rank_of(c.params, c.indicator)
    if k < 1:
        return cannot(c, f"the claim gives no rank for {c.partner}")
    what = f"{c.partner} {ordinal(k)} among {among_text(c)}" + (
        f" in {c.period}" if c.period else ""
    )
    field = _partner_figures(c, d, of)
    mine = field[field["partner"] == c.partner]
    rivals = field[field["partner"] != c.partner]
    if len(mine) and len(rivals):
        return _rank_from_figures(c, d, k, what, mine.iloc[0], rivals)
    return _rank_from_claims(c, d, k, of, what)


def _partner_figures(c: Claim, d: Data, of: str) -> pd.DataFrame:
    """The used figure of ``of`` for each partner of the reporter, in the claim's period."""
    f = d.figures_of(of, c.reporter)
    mask = f["partner"] != ""
    mask &= (f["partner"] != c.reporter) & (f["period_start"] == c.start)
    rows = f[(mask & (f["period_end"] == c.end)).to_numpy()]
    order = ["preferred", "published", "obs_id"]
    rows = rows.sort_values(order, ascending=False, kind="mergesort")
    out: pd.DataFrame = rows.drop_duplicates(["partner", "subject"])
    return out


def _rank_from_figures(
    c: Claim, d: Data, k: int, what: str, mine: pd.Series, rivals: pd.DataFrame
) -> Check:
    above = rivals[rivals["lo"] > mine["hi"]].sort_values("lo", ascending=False)
    maybe = rivals[rivals["hi"] > mine["lo"]]
    ids = (int(mine["obs_id"]), *ids_of(rivals))
    sids = (int(mine["source_id"]), *ids_of(rivals, "source_id"))
    base = (
        f"{what}: among the {len(rivals) + 1} partners stored, {c.partner}'s {qty_text(mine)} "
        f"({d.src.cite(int(mine['source_id']))})"
    )
    if len(above) >= k:
        body = f"{base} is below {figs_text(d, above.head(k), period=False)}: inconsistent"
        return Check(INCONSISTENT, sentence(body, c), ids, sids)
    if len(above) == k - 1 == len(maybe):
        body = f"{base} is {ordinal(k)} (partners not stored are not compared): consistent"
        return Check(CONSISTENT, sentence(body, c), ids, sids)
    if len(maybe) < k - 1:
        body = (
            f"{base} is behind only {len(maybe)} of them, and the partners that would make it "
            f"{ordinal(k)} are not stored"
        )
    else:
        body = (
            f"{base} cannot be placed: {figs_text(d, maybe.head(3), period=False)} overlap it "
            "within the qualifiers and the rounding of print"
        )
    return cannot(c, body, obs_ids=ids, source_ids=sids)


def _rank_from_claims(c: Claim, d: Data, k: int, of: str, what: str) -> Check:
    """No figures to rank: other sources' rank claims on the same thing, if any."""
    t = d.table("claims")
    mask = (t["claim_type"] == "rank") & (t["claim_id"] != c.claim_id)
    mask &= (t["reporter"] == c.reporter) & (t["source_id"] != c.source_id)
    mask &= (t["period_start"] == c.start) & (t["period_end"] == c.end)
    ranks = []
    for r in t[mask.to_numpy()].to_dict("records"):
        p = claim_params(str(r["params"]))
        if _rank_of(p, str(r["indicator"])) == of:
            ranks.append((r, as_int(p.get("rank"))))
    agree = [r for r, j in ranks if str(r["partner"]) == c.partner and j == k]
    clash = [(r, j) for r, j in ranks if (str(r["partner"]) == c.partner) != (j == k)]
    when = f" in {c.period}" if c.period else ""
    none = f"no {indicator_words(of)} figures of {c.reporter} for other partners are stored{when}"
    sids = tuple(int(r["source_id"]) for r, _ in ranks)
    if clash:
        r, j = clash[0]
        body = (
            f"{what} is contradicted by {d.src.by(int(r['source_id']))}, which puts "
            f"{r['partner']} {ordinal(j)}, and {none}: the sources conflict"
        )
        return Check(CONFLICTING, sentence(body, c), source_ids=sids)
    if agree:
        names = join_words([d.src.by(int(r["source_id"])) for r in agree[:3]])
        body = f"{what} is corroborated by {names}, not checked against data: {none}"
        return cannot(c, body, source_ids=sids)
    return cannot(c, f"{what} is not checked: {none}, and no other source ranks them")


# --- share ------------------------------------------------------------------------------

_SHARE_OF = {
    "partner_share_of_imports": "imports_from_partner",
    "partner_share_of_exports": "exports_to_partner",
    "partner_share_of_trade": "trade_turnover",
}


def check_share(c: Claim, d: Data, opt: CheckOptions) -> Check:
    share = as_float(c.params.get("share"))
    if not math.isfinite(share) and c.unit == "percent":
        share = c.value
    if not (math.isfinite(share) and c.has_period):
        return cannot(c, "the claim gives no share or no period to check")
    of = str(c.params.get("of") or _SHARE_OF.get(c.indicator, c.indicator))
    total_of = str(c.params.get("total_indicator") or of)
    part = window_rows(d.rows(of, c.reporter, c.partner, c.subject), c.start, c.end, c.point)
    total_partner = str(c.params.get("total_partner", ""))
    whole = d.rows(total_of, c.reporter, total_partner, c.subject)
    whole = window_rows(whole, c.start, c.end, c.point)
    qual = c.qualifier if c.unit == "percent" else str(c.params.get("qualifier", "exact"))
    whose = f"{c.reporter}'s " if c.reporter and c.reporter != c.partner else ""
    who = f"{c.partner}'s " if c.partner else "the "
    said = (
        f"{who}{qualified_quantity(share, 'percent', qual)} share of {whose}"
        f"{indicator_words(of)} for {c.period} ({d.src.cite(c.source_id)})"
    )
    if part and whole:
        return _share_computed(c, d, said, interval(share, qual), part[0], whole[0])
    if c.unit == "percent" and math.isfinite(c.value):
        rows = window_rows(
            d.rows(c.indicator, c.reporter, c.partner, c.subject), c.start, c.end, c.point
        )
        others = other_sources(c, d, rows)
        if others:
            return level_verdict(c, d, others, said)
    missing = "the total" if part else "the part"
    body = f"{said} is not checked: {missing} is not stored for {c.period} and no other source "
    return cannot(c, body + "gives the share")


def _share_computed(
    c: Claim,
    d: Data,
    said: str,
    claimed: tuple[float, float],
    a: dict[str, Any],
    t: dict[str, Any],
) -> Check:
    t_lo, t_hi = float(t["lo"]), float(t["hi"])
    s_lo = float(a["lo"]) / t_hi * 100.0 if t_hi > 0 else 0.0
    s_hi = float(a["hi"]) / t_lo * 100.0 if t_lo > 0 else INF
    ok = s_lo <= claimed[1] and s_hi >= claimed[0]
    verdict = CONSISTENT if ok else INCONSISTENT
    computed = f"{s_lo:.2f}–{s_hi:.2f} %" if s_hi - s_lo >= 0.01 else f"{s_lo:.2f} %"
    body = f"{said}: {fig_text(d, a, False)} of {fig_text(d, t, False)} is {computed}: {verdict}"
    ids, sids = (int(a["obs_id"]), int(t["obs_id"])), (int(a["source_id"]), int(t["source_id"]))
    return Check(verdict, sentence(body, c), ids, sids)
