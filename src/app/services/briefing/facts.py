"""What the briefing states beyond the figures, in the reader's language: checked claims,
project milestones and the projects roll-up. Each comes with the citation numbers of the
sources behind it; nothing is re-derived here (the analytics and the project registry
decide, a phrase says it)."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd

from app.domain.analytics import CONFLICTING
from app.domain.analytics.passes import once_per_pass
from app.domain.projects import overview
from app.domain.records import date_months
from app.domain.store import ObservationStore
from app.services.briefing.claim_phrases import ClaimFacts, claimed_words
from app.services.briefing.locale_format import format_day
from app.services.briefing.messages import ClaimNote
from app.services.briefing.model import Cited
from app.services.briefing.phrases import STAGE_WORDS, Words

Numbers = Callable[[list[int]], tuple[int, ...]]


def _speakers(src: pd.DataFrame) -> dict[int, str]:
    """Source id -> its speaker, else its publisher (the first row of an id)."""
    out: dict[int, str] = {}
    for sid, speaker, publisher in zip(
        src["source_id"].tolist(), src["speaker"].tolist(), src["publisher"].tolist(), strict=True
    ):
        if int(sid) not in out:
            out[int(sid)] = str(speaker or "").strip() or str(publisher or "").strip()
    return out


def shortened(quote: str, limit: int = 140) -> str:
    """A long quote cut at a word, with an ellipsis (the source list has it whole)."""
    if len(quote) <= limit:
        return quote
    return quote[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def _three_figures(value: float) -> float:
    """A bound rounded to three significant figures, as a reader would print it."""
    if not math.isfinite(value) or value == 0:
        return value
    return round(value, 2 - math.floor(math.log10(abs(value))))


def _implied(w: Words, lo: float, hi: float, unit: str) -> str:
    tr = w.tr
    lo, hi = _three_figures(lo), _three_figures(hi)
    low_open = not math.isfinite(lo) or lo <= 0
    high_open = not math.isfinite(hi)
    if low_open and high_open:
        return ""
    if low_open:
        return tr.format("below {value}", value=w.amount(hi, unit))
    if high_open:
        return tr.format("above {value}", value=w.amount(lo, unit))
    return tr.format("between {low} and {high}", low=w.amount(lo, unit), high=w.amount(hi, unit))


#: the fields of a figure that a checked claim's words read (:func:`claimed_words`, the
#: claim's period, :func:`_base_dispute`)
_READ = (
    "obs_id",
    "period_start",
    "period_end",
    "period_point",
    "value",
    "unit",
    "qualifier",
    "change_value",
    "change_unit",
    "change_qualifier",
    "source_id",
)


def claim_rows(
    figures: pd.DataFrame,
    sections: Mapping[tuple[str, ...], tuple[np.ndarray, Sequence[Mapping[str, Any]]]],
) -> dict[tuple[str, ...], dict[int, dict[str, Any]]]:
    """For each section (its rows ``at`` of ``figures``, its checks): obs id -> the fields
    :data:`_READ` (a plain dict) of each of its figures that its checks name, for
    :func:`claim_notes`. Read in one pass for every section: a frame of a section's rows
    indexed by obs id, and a ``.loc`` per claim, cost milliseconds each."""
    ids = figures["obs_id"].to_numpy()
    out: dict[tuple[str, ...], dict[int, dict[str, Any]]] = {key: {} for key in sections}
    picked, owners = [], []
    for key, (at, checks) in sections.items():
        named = {int(c["obs_id"]) for c in checks}
        named.update(int(i) for c in checks for i in c["obs_ids"])
        found = at[np.isin(ids[at], np.fromiter(named, np.int64, len(named)))]
        picked.append(found)
        owners += [key] * len(found)
    if owners:
        # the columns read at the rows named (a row take of the whole 40-column frame
        # costs more than the eleven columns' takes)
        at = np.concatenate(picked)
        values = zip(*[figures[c].take(at).tolist() for c in _READ], strict=True)
        rows = [dict(zip(_READ, row, strict=True)) for row in values]
        for key, row in zip(owners, rows, strict=True):
            out[key][int(row["obs_id"])] = row
    return out


def claim_notes(
    w: Words,
    checks: pd.DataFrame | Sequence[Mapping[str, Any]],
    obs: Mapping[int, Mapping[str, Any]],
    store: ObservationStore,
    numbers: Numbers,
) -> list[ClaimNote]:
    """The checked claims of one indicator as sentences' facts (obs-linked growth claims
    and the stored claims), with their citation numbers; ``obs``: the indicator's figures
    that the checks name (:func:`claim_rows`)."""
    listed = checks.to_dict("records") if isinstance(checks, pd.DataFrame) else checks
    table = store.records["claims"]
    # once per briefing (its sections' claims share them), every call outside one
    claims: pd.DataFrame = once_per_pass(
        "briefing.claims", (table,), lambda: table.set_index("claim_id", drop=False)
    )
    out = []
    speakers = once_per_pass(
        "briefing.speakers", (store.sources,), lambda: _speakers(store.sources)
    )
    for c in listed:
        claim_id, obs_id = int(c["claim_id"]), int(c["obs_id"])
        own = obs.get(obs_id)
        stored = claims.loc[claim_id] if claim_id > 0 and claim_id in claims.index else None
        fields: dict[str, object] = {}
        if own is not None:
            fields.update(own)
        if stored is not None:
            fields.update({str(k): v for k, v in stored.to_dict().items() if v is not None})
            fields.update(_params(stored["params"]))
        kind = str(c["claim_type"])
        claimed = claimed_words(w, kind, fields)
        if not claimed:
            quote = str(fields.get("quote") or "").strip()
            claimed = f"“{shortened(quote)}”" if quote else ""
        if not claimed:
            continue
        start, end = _window(fields)
        period = w.period(start, end, bool(fields.get("period_point", False))) if start >= 0 else ""
        facts = ClaimFacts(
            claim_type=kind,
            verdict=str(c["verdict"]),
            claimed=claimed,
            period=period,
            who=speakers.get(int(c["source_id"]), ""),
            expectation=str(c["status"]) in ("expected", "target", "planned", "plan"),
        )
        if kind == "growth" and str(c["verdict"]) == CONFLICTING and start >= 0:
            facts = _base_dispute(w, facts, c, obs, obs_id, start, end, speakers)
        out.append(
            ClaimNote(
                key=f"claim:{claim_id}" if claim_id > 0 else f"claim:obs{obs_id}",
                facts=facts,
                notes=numbers([int(s) for s in c["source_ids"]]),
            )
        )
    return out


def _params(raw: object) -> dict[str, object]:
    """A stored claim's parameters (JSON text or a mapping), with the change under the
    observation's column names."""
    if isinstance(raw, str):
        try:
            raw = json.loads(raw) if raw.strip() else {}
        except ValueError:
            raw = {}
    params = dict(raw) if isinstance(raw, dict) else {}
    if "change" in params:
        params.setdefault("change_value", params["change"])
    return params


def _window(fields: dict[str, object]) -> tuple[int, int]:
    try:
        return int(fields["period_start"]), int(fields["period_end"])  # type: ignore[call-overload]
    except (KeyError, TypeError, ValueError):
        return -1, -1


def _base_dispute(
    w: Words,
    facts: ClaimFacts,
    c: Mapping[Any, Any],
    obs: Mapping[int, Mapping[str, Any]],
    own_id: int,
    start: int,
    end: int,
    speakers: Mapping[int, str],
) -> ClaimFacts:
    """A growth claim the sources contradict about the base: the base it implies and the
    first stored base figure outside it, with its speaker or publisher (``speakers``, by
    source id: :func:`_speakers`)."""
    unit = str(obs[own_id]["unit"]) if own_id in obs else ""
    lo, hi = float(c["implied_lo"]), float(c["implied_hi"])
    other = ""
    for oid in c["obs_ids"]:
        oid = int(oid)
        if oid == own_id or oid not in obs:
            continue
        base = obs[oid]
        value = float(base["value"])
        inside = (not math.isfinite(lo) or value >= lo) and (not math.isfinite(hi) or value <= hi)
        if inside or int(base["period_end"]) != end - 12:
            continue
        who = speakers.get(int(base["source_id"]), "")
        other = w.figure(value, str(base["unit"]), str(base["qualifier"]))
        other = w.tr.format("{figure} ({who})", figure=other, who=who) if who else other
        break
    if not other:
        return facts
    return replace(facts, prior=w.prior(start, end), implied=_implied(w, lo, hi, unit), other=other)


# --- projects ---------------------------------------------------------------------------


def _stage_word(w: Words, stage: str) -> str:
    return w.word(STAGE_WORDS, stage)


def pair_projects(store: ObservationStore, a: str, b: str) -> pd.DataFrame:
    """The registry's projects of the pair (in one country, with a party or partner of
    the other)."""
    frame = overview(store.records)
    if frame.empty:
        return frame
    pair = {a, b}
    return frame[
        frame["country"].isin(pair) & (frame["partner"].isin(pair) | (frame["partner"] == ""))
    ]


def milestones(
    w: Words, store: ObservationStore, projects: pd.DataFrame, numbers: Numbers
) -> list[tuple[str, Cited, int]]:
    """Each dated, reached stage of the pair's projects: (key, sentence, month index)."""
    stages = store.records["project_stages"]
    stages = stages[stages["project_id"].isin(projects["project_id"]) & ~stages["expected"]]
    names = dict(zip(projects["project_id"], projects["name"], strict=True))
    caps = dict(zip(projects["project_id"], projects["capacity"], strict=True))
    units = dict(zip(projects["project_id"], projects["capacity_unit"], strict=True))
    out = []
    for _, st in stages.iterrows():
        months = date_months(str(st["date"]))
        if months is None:
            continue
        pid = int(st["project_id"])
        cap = float(caps.get(pid, math.nan))
        what = str(names[pid])
        if math.isfinite(cap):
            what = w.tr.format(
                "{name} ({capacity})", name=what, capacity=w.amount(cap, str(units[pid]))
            )
        text = w.tr.format(
            "{date}: {project} — {stage}.",
            date=format_day(str(st["date"]), w.locale),
            project=what,
            stage=_stage_word(w, str(st["stage"])),
        )
        sid = int(st["source_id"])
        notes = numbers([sid]) if sid >= 0 else ()
        out.append((f"project:{pid}:{st['stage']}", Cited(text, notes, "project"), months[1]))
    return out


def rollup_sentences(w: Words, projects: pd.DataFrame, numbers: Numbers) -> list[Cited]:
    """One sentence per project status: "3 projects commissioned, 570 MW in all: …"."""
    out = []
    for status, group in projects.groupby("status", sort=False):
        mw = group[group["capacity_unit"] == "MW"]["capacity"].dropna()
        names = ", ".join(str(n) for n in group["name"])
        total = w.amount(float(mw.sum()), "MW") if len(mw) else ""
        text = (
            w.tr.nformat(
                "{n} project, status {status}, {total} in all: {names}.",
                "{n} projects, status {status}, {total} in all: {names}.",
                len(group),
                status=_stage_word(w, str(status)),
                total=total,
                names=names,
            )
            if total
            else w.tr.nformat(
                "{n} project, status {status}: {names}.",
                "{n} projects, status {status}: {names}.",
                len(group),
                status=_stage_word(w, str(status)),
                names=names,
            )
        )
        sids = sorted({int(s) for ids in group["source_ids"] for s in ids})
        out.append(Cited(text, numbers(sids), "projects"))
    return out
