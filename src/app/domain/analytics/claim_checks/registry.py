"""Claims on the project registry: the first or only project of a kind, counts and totals."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.domain.analytics.claim_checks.common import (
    NAN,
    Check,
    CheckOptions,
    Claim,
    as_float,
    as_int,
    interval,
)
from app.domain.analytics.claim_checks.frames import Data
from app.domain.analytics.claim_checks.sentences import cannot, ids_of, join_words, sentence
from app.domain.analytics.claims import CANNOT_CHECK, CONSISTENT, INCONSISTENT
from app.domain.project_members import projects_of
from app.domain.records import RENEWABLE_POWER, ProjectStage, Technology, date_months
from app.domain.units import format_quantity

#: "large-scale" power plant, when the claim gives no threshold
LARGE_SCALE_MW = 50.0


# --- first / only -----------------------------------------------------------------------

_TECH_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("offshore wind", frozenset({Technology.OFFSHORE_WIND})),
    ("onshore wind", frozenset({Technology.WIND})),
    ("wind", frozenset({Technology.WIND, Technology.OFFSHORE_WIND})),
    ("floating solar", frozenset({Technology.FLOATING_SOLAR})),
    ("solar", frozenset({Technology.SOLAR, Technology.FLOATING_SOLAR})),
    ("hydro", frozenset({Technology.HYDRO})),
    ("gas", frozenset({Technology.GAS})),
    ("waste", frozenset({Technology.WASTE_TO_ENERGY})),
    ("storage", frozenset({Technology.STORAGE})),
    ("battery", frozenset({Technology.STORAGE})),
    ("renewable", frozenset(RENEWABLE_POWER)),
    ("factory", frozenset({Technology.MANUFACTURING})),
)
_LARGE = ("large-scale", "large scale", "utility-scale", "utility scale")


def _technologies(noun: str) -> frozenset[str]:
    text = noun.lower()
    for word, techs in _TECH_WORDS:
        if word in text:
            return frozenset(str(t) for t in techs)
    return frozenset()


def _threshold(c: Claim) -> float:
    given = as_float(c.params.get("min_capacity"))
    if math.isfinite(given):
        return given
    noun = str(c.params.get("of", "")).lower()
    return LARGE_SCALE_MW if any(w in noun for w in _LARGE) else NAN


def linked_projects(c: Claim, d: Data) -> list[int]:
    return projects_of(d.table("links"), c.claim_id, c.obs_id)


def _commissioned(d: Data) -> pd.DataFrame:
    """Commissioning of each project (index project_id): first/last month, date text, source,
    expected (a planned date only). A dated fact beats a plan; the earliest date wins."""
    st = d.table("project_stages")
    st = st[(st["stage"] == ProjectStage.COMMISSIONED).to_numpy()]
    rows = []
    for r in st.to_dict("records"):
        months = date_months(str(r["date"]))
        if months is not None:
            sid, planned = int(r["source_id"]), bool(r["expected"])
            rows.append((int(r["project_id"]), *months, str(r["date"]), sid, planned))
    cols = ["project_id", "first", "last", "date", "source_id", "expected"]
    out = pd.DataFrame(rows, columns=cols).sort_values(["expected", "first"], kind="mergesort")
    return out.drop_duplicates("project_id").set_index("project_id")


def _cancelled(d: Data) -> set[int]:
    st = d.table("project_stages")
    done = st[((st["stage"] == ProjectStage.CANCELLED) & ~st["expected"]).to_numpy()]
    return {int(i) for i in done["project_id"]}


def _project_text(p: pd.Series, when: pd.DataFrame) -> str:
    """ "Khizi-Absheron WPP (240 MW, commissioned 2026-01-08)"."""
    cap = float(p["capacity"])
    size = format_quantity(cap, str(p["capacity_unit"]) or "MW") if math.isfinite(cap) else ""
    pid = int(p["project_id"])
    if pid not in when.index:
        state = "not commissioned in the registry"
    elif bool(when.loc[pid, "expected"]):
        state = f"commissioning planned {when.loc[pid, 'date']!s}"
    else:
        state = f"commissioned {when.loc[pid, 'date']!s}"
    return f"{p['name']} ({size + ', ' if size else ''}{state})"


@dataclass(frozen=True)
class _FirstCase:
    claim: Claim
    project: pd.Series
    others: pd.DataFrame  # the other qualifying projects
    when: pd.DataFrame
    taking: str  # "taking 'large-scale wind' as wind/offshore_wind of at least 50 MW in AZE"
    ids: tuple[int, ...]
    sids: tuple[int, ...]

    def check(self, verdict: str, body: str) -> Check:
        text = sentence(f"{self.taking}, {body}", self.claim)
        return Check(verdict, text, source_ids=self.sids, project_ids=self.ids)


def check_first(c: Claim, d: Data, opt: CheckOptions) -> Check:
    projects = d.table("projects")
    noun, kind = str(c.params.get("of", "")), str(c.params.get("kind", "first"))
    if projects.empty:
        return cannot(c, f"the project registry is empty, so '{kind} {noun}' is not checked")
    techs = _technologies(noun)
    if not techs:
        return cannot(c, f"'{noun}' names no technology of the registry, so it is not checked")
    minimum = _threshold(c)
    claimed = _claimed_project(c, d, projects, techs)
    scope = str(c.params.get("scope") or (claimed["country"] if claimed is not None else ""))
    taking = f"taking '{noun}' as {'/'.join(sorted(t.replace('_', ' ') for t in techs))}"
    if math.isfinite(minimum):
        taking += f" of at least {format_quantity(minimum, 'MW')}"
    taking += f" in {scope}"
    pool = projects[(projects["country"] == scope) & projects["technology"].isin(techs)]
    pool = pool[~pool["project_id"].isin(_cancelled(d))]
    if math.isfinite(minimum):
        pool = pool[pool["capacity"] >= minimum]
    if claimed is None:
        body = f"{taking}, no project of the registry is linked to the claim or matches its figure"
        return cannot(c, body, project_ids=ids_of(pool, "project_id"))
    when = _commissioned(d)
    pid = int(claimed["project_id"])
    ids = (pid, *ids_of(pool, "project_id"))
    sids = tuple(as_int(when.loc[i, "source_id"]) for i in ids if i in when.index)
    others = pool[pool["project_id"] != pid]
    case = _FirstCase(c, claimed, others, when, taking, ids, sids)
    if pid not in set(ids_of(pool, "project_id")):
        facts = f"{claimed['technology']}, {claimed['country']}"
        return case.check(
            INCONSISTENT, f"{_project_text(claimed, when)} ({facts}) does not qualify"
        )
    return _only_verdict(case) if kind == "only" else _first_verdict(case)


def _claimed_project(
    c: Claim, d: Data, projects: pd.DataFrame, techs: frozenset[str]
) -> pd.Series | None:
    """The project linked to the claim; else the one project of its technology and capacity."""
    hit = projects[projects["project_id"].isin(linked_projects(c, d))]
    if hit.empty and math.isfinite(c.value):
        same = projects[projects["technology"].isin(techs) & (projects["capacity"] == c.value)]
        scope = str(c.params.get("scope", ""))
        if scope:
            same = same[same["country"] == scope]
        hit = same if len(same) == 1 else hit
    return hit.iloc[0] if len(hit) else None


def _only_verdict(case: _FirstCase) -> Check:
    me = _project_text(case.project, case.when)
    if case.others.empty:
        return case.check(CONSISTENT, f"{me} is the only such project in the registry: consistent")
    listed = join_words([_project_text(r, case.when) for _, r in case.others.head(3).iterrows()])
    body = f"the registry also holds {listed}, so {case.project['name']} is not the only one"
    return case.check(INCONSISTENT, body + ": inconsistent")


def _first_verdict(case: _FirstCase) -> Check:
    when = case.when
    done = when[~when["expected"].to_numpy(dtype=bool)]
    rivals = done[done.index.isin(ids_of(case.others, "project_id"))].sort_values("first")
    pid = int(case.project["project_id"])
    mine = done.loc[pid] if pid in done.index else None
    earlier = rivals if mine is None else rivals[rivals["last"] < mine["first"]]
    named = {int(r["project_id"]): r for _, r in case.others.iterrows()}
    me = _project_text(case.project, when)
    if len(earlier):
        first = _project_text(named[int(earlier.index[0])], when)
        return case.check(INCONSISTENT, f"{first} came before {me}: inconsistent")
    if mine is None:
        body = f"{me} is not commissioned yet and no other such project is either, so 'first' "
        return case.check(CANNOT_CHECK, body + "cannot be checked yet")
    ties = rivals[rivals["first"] <= mine["last"]]
    if len(ties):
        tie = _project_text(named[int(ties.index[0])], when)
        body = f"{tie} and {me} were commissioned within the precision of their dates"
        return case.check(CANNOT_CHECK, body + ", so 'first' cannot be decided")
    n = len(case.others) + 1
    body = f"{me} is the earliest commissioned of the {n} such projects in the registry"
    return case.check(CONSISTENT, body + ": consistent")


# --- sum / count ------------------------------------------------------------------------


def check_sum_count(c: Claim, d: Data, opt: CheckOptions) -> Check:
    p = c.params
    count, members = as_int(p.get("count")), str(p.get("members") or "projects")
    total, unit = as_float(p.get("total")), str(p.get("total_unit", "MW"))
    stated = f"{count} {members} totalling {format_quantity(total, unit)}"
    projects = d.table("projects")
    known = projects[projects["project_id"].isin(linked_projects(c, d))]
    ids = ids_of(known, "project_id")
    caps = known["capacity"].to_numpy(dtype="float64")
    have = float(np.nansum(caps))
    count_q = str(p.get("count_qualifier", "exact"))
    n_lo, n_hi = (count, count) if count_q == "exact" else interval(float(count), count_q)
    t_lo, t_hi = interval(total, str(p.get("total_qualifier", "exact")))
    names = join_words([_member(r, unit) for _, r in known.iterrows()])
    n = len(known)
    if n > n_hi:
        body = f"{stated}: {n} {members} are linked to the claim ({names}), more than {count}"
        return Check(INCONSISTENT, sentence(body + ": inconsistent", c), project_ids=ids)
    if math.isfinite(total) and have > t_hi:
        body = (
            f"{stated}: the {n} known {members} ({names}) already total "
            f"{format_quantity(have, unit)}, more than the claimed total: inconsistent"
        )
        return Check(INCONSISTENT, sentence(body, c), project_ids=ids)
    if n and n >= n_lo and math.isfinite(total) and np.isfinite(caps).all():
        ok = t_lo <= have <= t_hi
        body = (
            f"{stated}: all {n} are in the registry ({names}), {format_quantity(have, unit)} "
            f"together, {'within' if ok else 'short of'} the claimed total"
        )
        verdict = CONSISTENT if ok else INCONSISTENT
        return Check(verdict, sentence(f"{body}: {verdict}", c), project_ids=ids)
    if not n:
        body = (
            f"{stated}: none of the {count} {members} is linked to a project of the registry, "
            f"so neither the count nor the total is checked"
        )
        return cannot(c, body)
    left = format_quantity(max(total - have, 0.0), unit) if math.isfinite(total) else "their size"
    body = (
        f"{stated}: {n} of the {count} {members} are known ({names}, "
        f"{format_quantity(have, unit)}); the other {count - n} and {left} are not in the registry"
    )
    return cannot(c, body, project_ids=ids)


def _member(p: pd.Series, unit: str) -> str:
    cap = float(p["capacity"])
    return f"{p['name']} {format_quantity(cap, unit)}" if math.isfinite(cap) else str(p["name"])
