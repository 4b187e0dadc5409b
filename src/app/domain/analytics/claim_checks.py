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
:mod:`claims` does for changes. Windows are compared like for like: Jan–Oct with Jan–Oct,
full years with full years, never one with the other.

A growth base is the claimant's own series when it comes from the same source or from a
source naming the same statistics (``origin``: "State Customs Committee"); a speaker alone
("cited by ambassador") names no statistics, so two statements of one embassy are two
sources. Two or more sources of the reporter that agree on a base also make it a series.

Parameters (the claim's ``params`` JSON) by type; blank fields of a claim row are taken
from the observation it links (``obs_id``):

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
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd

from app.domain.analytics.claims import (
    CANNOT_CHECK,
    CONSISTENT,
    INCONSISTENT,
    claim_bounds,
    claimed_percent,
)
from app.domain.analytics.conflicts import COUNTERPART_INDICATORS, is_symmetric
from app.domain.analytics.figures import as_objects, keyed
from app.domain.analytics.intervals import (
    AT_LEAST,
    AT_MOST,
    UNBOUNDED,
    bound_kind,
    growth_bounds,
    pct_text,
    qualifier_array,
    rounded_level_bounds,
)
from app.domain.model import change_words, qualified_quantity, source_labels
from app.domain.periods import PeriodKind, period_kind, period_label
from app.domain.records import (
    RENEWABLE_POWER,
    ProjectStage,
    Technology,
    claim_params,
    date_months,
    normalise_records,
)
from app.domain.units import format_quantity

CONFLICTING = "conflicting_sources"
VERDICTS = (CONSISTENT, INCONSISTENT, CANNOT_CHECK, CONFLICTING)
#: "large-scale" power plant, when the claim gives no threshold
LARGE_SCALE_MW = 50.0

CHECK_COLUMNS = (
    "claim_id",
    "claim_type",
    "source_id",
    "status",
    "obs_id",
    "indicator",
    "reporter",
    "partner",
    "period",
    "claimed",
    "verdict",
    "explanation",
    "obs_ids",
    "source_ids",
    "project_ids",
    "implied_lo",
    "implied_hi",
    "series_reporter",
)

_NAN = float("nan")
_INF = float("inf")

#: stored figures as plain rows (the columns of :func:`_keyed_rows`)
Rows = list[dict[str, Any]]


@dataclass(frozen=True)
class CheckOptions:
    #: records and streaks may fill a year missing from the reporter's series with the other
    #: side's figure (the explanation says so)
    allow_other_reporter: bool = False
    #: least tolerance of a claimed change, in percentage points
    tolerance_pp: float = 0.1


@dataclass(frozen=True)
class Claim:
    """One claim, its blanks filled from the observation it links."""

    claim_id: int
    claim_type: str
    source_id: int
    obs_id: int
    indicator: str
    reporter: str
    partner: str
    subject: str
    start: int
    end: int
    point: bool
    value: float
    unit: str
    qualifier: str
    status: str
    params: dict[str, Any] = field(default_factory=dict)
    change: float = _NAN
    change_unit: str = ""
    change_qualifier: str = ""
    #: the level and the change as intervals (:func:`_with_intervals`)
    lo: float = _NAN
    hi: float = _NAN
    change_pct: float = _NAN
    change_lo: float = _NAN
    change_hi: float = _NAN

    @property
    def has_period(self) -> bool:
        return 0 <= self.start <= self.end

    @property
    def period(self) -> str:
        return period_label(self.start, self.end, self.point) if self.has_period else ""

    @property
    def level(self) -> str:
        return qualified_quantity(self.value, self.unit, self.qualifier)


@dataclass(frozen=True)
class Check:
    verdict: str
    explanation: str
    obs_ids: tuple[int, ...] = ()
    source_ids: tuple[int, ...] = ()
    project_ids: tuple[int, ...] = ()
    implied_lo: float = _NAN
    implied_hi: float = _NAN
    series_reporter: str = ""


# --- entry point ------------------------------------------------------------------------

_DEFAULT_OPTIONS = CheckOptions()


def check_all_claims(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None,
    claims: pd.DataFrame,
    records: dict[str, pd.DataFrame],
    options: CheckOptions = _DEFAULT_OPTIONS,
) -> pd.DataFrame:
    """One row per claim (columns :data:`CHECK_COLUMNS`): stored claims, then implicit ones."""
    stored = normalise_records("claims", claims)
    data = _Data(observations, sources, {**records, "claims": stored}, options.tolerance_pp)
    listed = [_claim_from_row(r, data) for r in stored.to_dict("records")]
    referred = {c.obs_id for c in listed if c.obs_id >= 0}
    listed = _with_intervals(listed + _implicit_claims(data, referred), options.tolerance_pp)
    rows = [_row(c, _check(c, data, options)) for c in listed]
    if not rows:
        return pd.DataFrame({c: [] for c in CHECK_COLUMNS})
    return pd.DataFrame(rows, columns=list(CHECK_COLUMNS))


def _check(c: Claim, d: _Data, opt: CheckOptions) -> Check:
    checker = _CHECKERS.get(c.claim_type)
    if checker is None:
        return _cannot(c, f"the claim type {c.claim_type!r} is unknown")
    return checker(c, d, opt)


def _row(c: Claim, check: Check) -> dict[str, object]:
    own = (c.obs_id,) if c.obs_id >= 0 else ()
    return {
        "claim_id": c.claim_id,
        "claim_type": c.claim_type,
        "source_id": c.source_id,
        "status": c.status,
        "obs_id": c.obs_id,
        "indicator": c.indicator,
        "reporter": c.reporter,
        "partner": c.partner,
        "period": c.period,
        "claimed": _claimed(c),
        "verdict": check.verdict,
        "explanation": check.explanation,
        "obs_ids": _unique(own + check.obs_ids),
        "source_ids": _unique((c.source_id, *check.source_ids)),
        "project_ids": _unique(check.project_ids),
        "implied_lo": check.implied_lo,
        "implied_hi": check.implied_hi,
        "series_reporter": check.series_reporter,
    }


def _unique(ids: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(dict.fromkeys(int(i) for i in ids if int(i) >= 0))


# --- sources ----------------------------------------------------------------------------

_NO_STATISTICS = ("cited by", "unspecified", "not stated", "unknown", "no source")
_GENERIC_ORIGINS = frozenset({"official statistics", "statistics", "official data"})


def _origin_key(origin: str) -> str:
    """The statistics a source names, normalised ('' when it names none)."""
    text = origin.strip().lower()
    for sep in (",", "(", ";", " via "):
        text = text.split(sep)[0]
    text = text.strip()
    if len(text) <= 3 or text.startswith(_NO_STATISTICS) or text in _GENERIC_ORIGINS:
        return ""
    return text


class _Sources:
    """Labels, speakers and statistical origins of the sources, by id."""

    def __init__(self, sources: pd.DataFrame | None) -> None:
        self.label: dict[int, str] = {}
        self.speaker: dict[int, str] = {}
        self.published: dict[int, str] = {}
        self.origin: dict[int, str] = {}
        if sources is None or sources.empty:
            return
        ids = [int(i) for i in sources["source_id"]]
        self.label = dict(zip(ids, source_labels(sources).astype(str), strict=True))
        pubs = sources["publisher"].astype(str).tolist()
        speakers = sources["speaker"].astype(str).tolist()
        self.speaker = {i: s for i, s, p in zip(ids, speakers, pubs, strict=True) if s and s != p}
        self.published = dict(zip(ids, sources["published"].astype(str), strict=True))
        origins = sources["origin"].astype(str)
        self.origin = {i: _origin_key(o) for i, o in zip(ids, origins, strict=True)}

    def cite(self, sid: int) -> str:
        """ "Embassy of China in Azerbaijan (Ambassador Lu Mei); Trend, 2025-12-25"."""
        label = self.label.get(sid, "an unknown source" if sid < 0 else f"source {sid}")
        speaker = self.speaker.get(sid, "")
        return f"{speaker}; {label}" if speaker else label

    def by(self, sid: int) -> str:
        """ "Embassy of China in Azerbaijan (Ambassador Lu Mei) (Trend, 2025-12-25)"."""
        label = self.label.get(sid, "an unknown source" if sid < 0 else f"source {sid}")
        speaker = self.speaker.get(sid, "")
        return f"{speaker} ({label})" if speaker else label

    def same_statistics(self, a: int, b: int) -> bool:
        if a >= 0 and a == b:
            return True
        origin = self.origin.get(a, "")
        return bool(origin) and origin == self.origin.get(b, "")

    def same_speaker(self, a: int, b: int) -> bool:
        """One speaker (", citing ..." aside): an echo of one statement, not a second voice."""
        speaker = self.speaker.get(a, "").split(",")[0]
        return a == b or (bool(speaker) and speaker == self.speaker.get(b, "").split(",")[0])


# --- the stored figures -----------------------------------------------------------------


class _Data:
    """The stored figures, grouped by (indicator, country pair, subject), and the records."""

    def __init__(
        self,
        observations: pd.DataFrame,
        sources: pd.DataFrame | None,
        records: dict[str, pd.DataFrame],
        tolerance_pp: float = 0.1,
    ) -> None:
        self.all: pd.DataFrame = _keyed_rows(observations, sources, tolerance_pp)
        self.figs: pd.DataFrame = self.all[np.isfinite(self.all["value"].to_numpy())]
        key = ["indicator", "pair_a", "pair_b", "subject"]
        self.groups: dict[Hashable, np.ndarray] = (
            dict(self.figs.groupby(key, sort=False).indices) if len(self.figs) else {}
        )
        self.position = {int(i): n for n, i in enumerate(self.all["obs_id"])}
        self.src = _Sources(sources)
        self.records = records
        self._tables: dict[str, pd.DataFrame] = {}
        # plain rows, built per series on first use: a claim looks at a few dozen figures,
        # and pandas costs more per call than the work itself
        self._columns = {c: self.figs[c].to_numpy() for c in _ROW_COLUMNS}
        self._series: dict[tuple[str, str, str, str], Rows] = {}

    def obs(self, obs_id: int) -> dict[Hashable, Any] | None:
        n = self.position.get(obs_id)
        return None if n is None else dict(self.all.iloc[n])

    def rows(self, indicator: str, reporter: str, partner: str, subject: str) -> Rows:
        """Stored figures of one indicator stated by ``reporter`` about ``partner``."""
        key = (indicator, reporter, partner, subject)
        hit = self._series.get(key)
        if hit is None:
            a, b = sorted((reporter, partner))
            idx = self.groups.get((indicator, a, b, subject))
            if idx is None:
                hit = []
            else:
                cols = self._columns
                idx = idx[(cols["reporter"][idx] == reporter) & (cols["partner"][idx] == partner)]
                values = [cols[c][idx].tolist() for c in _ROW_COLUMNS]
                hit = [dict(zip(_ROW_COLUMNS, t, strict=True)) for t in zip(*values, strict=True)]
            self._series[key] = hit
        return hit

    def other_side(self, indicator: str, reporter: str, partner: str, subject: str) -> Rows:
        """The same quantity stated by the other side of the pair (mirror figures)."""
        mirror = _mirror_indicator(indicator)
        if not mirror or not reporter or not partner:
            return []
        return self.rows(mirror, partner, reporter, subject)

    def frame(self, rows: Rows) -> pd.DataFrame:
        """Rows as a frame with the figures' columns (also when there are none)."""
        return pd.DataFrame(rows, columns=list(self._columns))

    def table(self, name: str) -> pd.DataFrame:
        """A record table in its in-memory types (empty when not given), normalised once."""
        if name not in self._tables:
            given = self.records.get(name)
            frame = given if given is not None else pd.DataFrame()
            self._tables[name] = normalise_records(name, frame)
        return self._tables[name]


#: the columns of a plain row (:meth:`_Data.rows`)
_ROW_COLUMNS = (
    "obs_id",
    "indicator",
    "reporter",
    "partner",
    "subject",
    "period_start",
    "period_end",
    "period_point",
    "year",
    "window_month",
    "window_len",
    "value",
    "unit",
    "qualifier",
    "source_id",
    "preferred",
    "published",
    "lo",
    "hi",
    "change_value",
    "change_unit",
    "change_qualifier",
    "change_lo",
    "change_hi",
)


def _keyed_rows(
    observations: pd.DataFrame, sources: pd.DataFrame | None, tolerance_pp: float
) -> pd.DataFrame:
    """Keyed figures with their level and reported-change intervals and the country pair."""
    k = keyed(observations, sources, same_reporter=True)
    rep = k["reporter"].to_numpy(dtype=object)
    par = k["partner"].to_numpy(dtype=object)
    swap = par < rep
    lo, hi = level_interval(k["value"].to_numpy(), k["qualifier"].to_numpy())
    change = observations["change_value"].to_numpy(dtype="float64")
    c_unit = as_objects(observations["change_unit"])
    c_qual = as_objects(observations["change_qualifier"])
    _pct, c_lo, c_hi = change_interval(change, c_unit, c_qual, tolerance_pp)
    out = k.assign(
        pair_a=np.where(swap, par, rep),
        pair_b=np.where(swap, rep, par),
        lo=lo,
        hi=hi,
        status=as_objects(observations["status"]),
        change_value=change,
        change_unit=c_unit,
        change_qualifier=c_qual,
        change_lo=c_lo,
        change_hi=c_hi,
    )
    return out.reset_index(drop=True)


_REVERSE_COUNTERPART = {v: k for k, v in COUNTERPART_INDICATORS.items()}


def _mirror_indicator(indicator: str) -> str:
    if is_symmetric(indicator):
        return indicator
    return COUNTERPART_INDICATORS.get(indicator) or _REVERSE_COUNTERPART.get(indicator, "")


def level_interval(values: np.ndarray, qualifiers: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Interval of each level: bounds as printed, points widened by the rounding of print,
    "about" ± max(rounding, 10 %), "nearly" down to − max(rounding, 10 %)."""
    v = np.asarray(values, dtype="float64")
    q = qualifier_array(qualifiers)
    lo, hi = rounded_level_bounds(v, q)
    loose = np.maximum(hi - v, 0.1 * np.abs(v))
    lo = np.where(np.isin(q, ["about", "nearly"]), v - loose, lo)
    hi = np.where(q == "about", v + loose, hi)
    return lo, hi


def _interval(value: float, qualifier: str) -> tuple[float, float]:
    lo, hi = level_interval(np.array([value]), np.array([qualifier], dtype=object))
    return float(lo[0]), float(hi[0])


def _window(rows: Rows, start: int, end: int, point: bool) -> Rows:
    """Rows of exactly this period."""
    return [
        r
        for r in rows
        if r["period_start"] == start
        and r["period_end"] == end
        and bool(r["period_point"]) == point
    ]


def _year_rows(rows: pd.DataFrame, year: int) -> pd.DataFrame:
    out: pd.DataFrame = rows[(rows["year"] == year).to_numpy()]
    return out


# --- claims -----------------------------------------------------------------------------


def _num(x: object) -> float:
    try:
        return float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return _NAN


def _int(x: object) -> int:
    v = _num(x)
    return int(v) if math.isfinite(v) else 0


def _claim_from_row(r: dict[Hashable, Any], d: _Data) -> Claim:
    obs = d.obs(int(r["obs_id"]))
    params = claim_params(str(r["params"]))
    value, unit, qual = float(r["value"]), str(r["unit"]), str(r["qualifier"])
    if not math.isfinite(value) and obs is not None:
        value, unit, qual = float(obs["value"]), str(obs["unit"]), str(obs["qualifier"])
    start, end, point = int(r["period_start"]), int(r["period_end"]), False
    if obs is not None and (start < 0 or (start, end) == (obs["period_start"], obs["period_end"])):
        start, end = int(obs["period_start"]), int(obs["period_end"])
        point = bool(obs["period_point"])

    def text(key: str) -> str:
        own = str(r[key])
        return own if own or obs is None else str(obs[key])

    change = _num(params.get("change", params.get("change_value")))
    c_unit = str(params.get("change_unit", "%"))
    c_qual = str(params.get("change_qualifier", "exact"))
    if not math.isfinite(change) and obs is not None:
        change = float(obs["change_value"])
        c_unit, c_qual = str(obs["change_unit"]), str(obs["change_qualifier"])
    sid = int(r["source_id"])
    return Claim(
        claim_id=int(r["claim_id"]),
        claim_type=str(r["claim_type"]),
        source_id=sid if sid >= 0 or obs is None else int(obs["source_id"]),
        obs_id=int(r["obs_id"]),
        indicator=text("indicator"),
        reporter=text("reporter"),
        partner=text("partner"),
        subject=str(obs["subject"]) if obs is not None else str(params.get("subject", "")),
        start=start,
        end=end,
        point=point,
        value=value,
        unit=unit,
        qualifier=qual or "exact",
        status=text("status"),
        params=params,
        change=change,
        change_unit=c_unit,
        change_qualifier=c_qual or "exact",
    )


def _with_intervals(claims: list[Claim], tolerance_pp: float) -> list[Claim]:
    """The claims with their level and change intervals, computed in one pass."""
    if not claims:
        return claims
    value = np.array([c.value for c in claims], dtype="float64")
    lo, hi = level_interval(value, np.array([c.qualifier for c in claims], dtype=object))
    pct, c_lo, c_hi = change_interval(
        np.array([c.change for c in claims], dtype="float64"),
        np.array([c.change_unit for c in claims], dtype=object),
        np.array([c.change_qualifier for c in claims], dtype=object),
        tolerance_pp,
    )
    return [
        replace(c, lo=a, hi=b, change_pct=p, change_lo=x, change_hi=y)
        for c, a, b, p, x, y in zip(
            claims,
            lo.tolist(),
            hi.tolist(),
            pct.tolist(),
            c_lo.tolist(),
            c_hi.tolist(),
            strict=True,
        )
    ]


def change_interval(
    value: np.ndarray, unit: np.ndarray, qualifier: np.ndarray, tolerance_pp: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Claimed changes in percent and the interval each allows (as :func:`claim_bounds`)."""
    pct = claimed_percent(value, unit)
    lo, hi = claim_bounds(value, unit, qualifier, tolerance_pp)
    bad = ~np.isfinite(pct)
    return pct, np.where(bad, np.nan, lo), np.where(bad, np.nan, hi)


def _implicit_claims(d: _Data, referred: set[int]) -> list[Claim]:
    """Observations with a reported change that no stored claim refers to: growth claims."""
    a = d.all
    mask = np.isfinite(a["change_value"].to_numpy()) & ~a["obs_id"].isin(referred).to_numpy()
    return [
        Claim(
            claim_id=-int(r["obs_id"]),
            claim_type="growth",
            source_id=int(r["source_id"]),
            obs_id=int(r["obs_id"]),
            indicator=str(r["indicator"]),
            reporter=str(r["reporter"]),
            partner=str(r["partner"]),
            subject=str(r["subject"]),
            start=int(r["period_start"]),
            end=int(r["period_end"]),
            point=bool(r["period_point"]),
            value=float(r["value"]),
            unit=str(r["unit"]),
            qualifier=str(r["qualifier"]) or "exact",
            status=str(r["status"]),
            change=float(r["change_value"]),
            change_unit=str(r["change_unit"]),
            change_qualifier=str(r["change_qualifier"]) or "exact",
        )
        for r in a[mask].to_dict("records")
    ]


def _claimed(c: Claim) -> str:
    """The claim in words."""
    p = c.params
    kind = c.claim_type
    if kind == "growth":
        return f"{change_words(c.change, c.change_unit, c.change_qualifier)} ({c.level})"
    if kind == "record":
        start, end = _record_period(c)
        return f"a record {period_label(start, end)}" if c.has_period else "a record"
    if kind == "record_streak":
        return f"{_int(p.get('length', p.get('n')))} consecutive records ending {c.period}"
    if kind == "first":
        return f"the {p.get('kind', 'first')} {p.get('of', '')} in {p.get('scope', c.partner)}"
    if kind == "rank":
        return f"{c.partner} {_ordinal(_int(p.get('rank')))} among {_among(c)}"
    if kind == "sum_count":
        total = format_quantity(_num(p.get("total")), str(p.get("total_unit", "MW")))
        return f"{_int(p.get('count'))} {p.get('members') or 'projects'} totalling {total}"
    if kind == "share" and math.isfinite(_num(p.get("share"))):
        return qualified_quantity(_num(p.get("share")), "percent", c.qualifier)
    return c.level


# --- sentences --------------------------------------------------------------------------

_STATUS_WORDS = {
    "target": "a target",
    "planned": "a plan",
    "forecast": "a forecast",
    "expected": "an expectation",
    "estimate": "an estimate",
}


def _sentence(body: str, c: Claim) -> str:
    """One sentence: the body, the claim's status said plainly, a capital and a full stop."""
    text = body.strip().rstrip(".")
    words = _STATUS_WORDS.get(c.status)
    if words:
        text += f"; the claim is {words}, not an outcome"
    return text[:1].upper() + text[1:] + "."


def _cannot(c: Claim, body: str, **kw: Any) -> Check:
    return Check(CANNOT_CHECK, _sentence(body, c), **kw)


def _words(indicator: str) -> str:
    return indicator.replace("_", " ")


def _round3(x: float, up: bool) -> float:
    """``x`` to three significant digits, rounded outward so that a bound stays true."""
    if not math.isfinite(x) or x == 0:
        return x
    f = 10.0 ** (math.floor(math.log10(abs(x))) - 2)
    return (math.ceil(x / f - 1e-9) if up else math.floor(x / f + 1e-9)) * f


def _range_words(lo: float, hi: float, unit: str) -> str:
    """ "below $2.05 bn", "of at least 37,800 persons", "between ... and ..."."""
    if not math.isfinite(hi) and lo <= 0:
        return "of any level"
    if not math.isfinite(hi):
        return f"of at least {format_quantity(_round3(lo, up=False), unit)}"
    if lo <= 0:
        return f"below {format_quantity(_round3(hi, up=True), unit)}"
    low, high = format_quantity(_round3(lo, False), unit), format_quantity(_round3(hi, True), unit)
    return f"between {low} and {high}"


def _change_text(lo: float, hi: float) -> str:
    kind = str(bound_kind(np.array([lo]), np.array([hi]))[0])
    if kind == UNBOUNDED:
        return "an unknown change (both levels are bounds)"
    if kind == AT_LEAST:
        return f"at least {pct_text(lo)}"
    if kind == AT_MOST:
        return f"at most {pct_text(hi)}"
    if hi - lo < 0.1:
        return pct_text((lo + hi) / 2)
    return f"{pct_text(lo)} to {pct_text(hi)}"


Row = Mapping[Any, Any] | pd.Series


def _qty(row: Row) -> str:
    return qualified_quantity(float(row["value"]), str(row["unit"]), str(row["qualifier"]))


def _fig(d: _Data, row: Row, period: bool = True) -> str:
    """ "CHN's more than $3 bn for Jan–Oct 2024 (speaker; publisher, date)"."""
    when = ""
    if period:
        start, end = int(row["period_start"]), int(row["period_end"])
        when = " for " + period_label(start, end, bool(row["period_point"]))
    who = f"{row['reporter']}'s " if row["reporter"] else ""
    return f"{who}{_qty(row)}{when} ({d.src.cite(int(row['source_id']))})"


def _as_rows(rows: Rows | pd.DataFrame) -> Rows:
    if isinstance(rows, pd.DataFrame):
        return [{str(k): v for k, v in r.items()} for r in rows.to_dict("records")]
    return rows


def _figs(d: _Data, rows: Rows | pd.DataFrame, period: bool = True, most: int = 3) -> str:
    rows = _as_rows(rows)
    texts = [_fig(d, r, period) for r in rows[:most]]
    if len(rows) > most:
        texts.append(f"{len(rows) - most} more")
    return _join(texts)


def _join(texts: list[str]) -> str:
    if len(texts) <= 1:
        return "".join(texts)
    return ", ".join(texts[:-1]) + " and " + texts[-1]


def _ids(rows: Rows | pd.DataFrame, col: str = "obs_id") -> tuple[int, ...]:
    if isinstance(rows, pd.DataFrame):
        return tuple(int(i) for i in rows[col])
    return tuple(int(r[col]) for r in rows)


def _is_are(n: int) -> str:
    return "is" if n == 1 else "are"


def _windows_of_year(rows: Rows, year: int, most: int = 3) -> tuple[str, int]:
    """ "2024 (44,798 persons) and H1 2024 (16,609 persons)": other windows of that year."""
    near = [r for r in rows if r["year"] == year and not r["period_point"]]
    near.sort(key=lambda r: (-int(r["window_len"]), int(r["period_start"])))
    seen: dict[tuple[int, int], dict[str, Any]] = {}
    for r in near:
        seen.setdefault((int(r["period_start"]), int(r["period_end"])), r)
    texts = [f"{period_label(a, b)} ({_qty(r)})" for (a, b), r in list(seen.items())[:most]]
    return _join(texts), len(texts)


# --- growth -----------------------------------------------------------------------------


def _check_growth(c: Claim, d: _Data, opt: CheckOptions) -> Check:
    change = change_words(c.change, c.change_unit, c.change_qualifier)
    if not c.has_period or not math.isfinite(c.change_pct):
        why = "no period" if not c.has_period else "no change in % or times"
        return _cannot(c, f"cannot check {change or 'the claim'}: it gives {why}")
    if not (math.isfinite(c.value) and c.value > 0):
        return _cannot(c, f"{change} for {c.period} states no level, so it implies no base")
    c_lo, c_hi, v_lo, v_hi = c.change_lo, c.change_hi, c.lo, c.hi
    base_lo = v_lo / (1.0 + c_hi / 100.0) if math.isfinite(c_hi) else 0.0
    base_hi = v_hi / (1.0 + c_lo / 100.0) if math.isfinite(v_hi) and c_lo > -100.0 else _INF
    prior = period_label(c.start - 12, c.end - 12, c.point)
    who = f"{c.reporter}'s " if c.reporter else ""
    head = (
        f"{who}{c.level} for {c.period} and {change} ({d.src.cite(c.source_id)}) imply "
        f"{prior} {_range_words(base_lo, base_hi, c.unit)}"
    )
    bases = _bases(c, d, base_lo, base_hi)
    if not bases:
        check = _growth_missing(c, d, head, prior)
    else:
        check = _growth_verdict(c, d, bases, head, prior, (v_lo, v_hi))
    return replace(check, implied_lo=base_lo, implied_hi=base_hi)


def _bases(c: Claim, d: _Data, lo: float, hi: float) -> Rows:
    """Stored figures for the same window a year earlier: the claimant's statistics first,
    then its reporter, then the other side. Flags ``inside``, ``own``, ``same_rep``."""
    both = d.rows(c.indicator, c.reporter, c.partner, c.subject) + d.other_side(
        c.indicator, c.reporter, c.partner, c.subject
    )
    bases = [
        {
            **r,
            "inside": r["lo"] <= hi and r["hi"] >= lo,
            "own": d.src.same_statistics(c.source_id, int(r["source_id"])),
            "same_rep": r["reporter"] == c.reporter,
        }
        for r in _window(both, c.start - 12, c.end - 12, c.point)
    ]
    bases.sort(key=lambda r: str(r["published"]), reverse=True)
    bases.sort(key=lambda r: (not r["own"], not r["same_rep"]))
    return bases


def _growth_verdict(
    c: Claim,
    d: _Data,
    bases: Rows,
    head: str,
    prior: str,
    level: tuple[float, float],
) -> Check:
    ins = [b for b in bases if b["inside"]]
    outs = [b for b in bases if not b["inside"]]
    ids, sids = _ids(bases), _ids(bases, "source_id")
    if ins and outs:
        body = (
            f"{head}; {_figs(d, outs)} {_is_are(len(outs))} outside that, while "
            f"{_figs(d, ins)} {_is_are(len(ins))} within it: the sources disagree about the "
            f"{prior} base"
        )
        return Check(CONFLICTING, _sentence(body, c), ids, sids)
    if not ins:
        return _growth_all_outside(c, d, bases, head, prior, level)
    same = [b for b in bases if b["same_rep"] or b["own"]]
    if not same:
        body = (
            f"{head}; only the other side's figure is stored, {_figs(d, bases)}, within it, "
            f"but not {c.reporter}'s own {prior} figure, so the claim is not checked against "
            "its own series"
        )
        return _cannot(c, body, obs_ids=ids, source_ids=sids)
    basis = same[0]
    body = f"{head}; {_fig(d, basis)} is within it, a change of {_change_of(level, basis)}"
    return Check(CONSISTENT, _sentence(body + ": consistent", c), ids, sids)


def _change_of(level: tuple[float, float], base: dict[str, Any]) -> str:
    lo, hi = growth_bounds(
        np.array([level[0]]), np.array([level[1]]), np.array([base["lo"]]), np.array([base["hi"]])
    )
    return _change_text(float(lo[0]), float(hi[0]))


def _growth_all_outside(
    c: Claim,
    d: _Data,
    bases: Rows,
    head: str,
    prior: str,
    level: tuple[float, float],
) -> Check:
    """Every stored base is outside the implied range: refuted only by the claimant's own
    series (its statistics, or several agreeing sources of its reporter)."""
    ids, sids = _ids(bases), _ids(bases, "source_id")
    own = [b for b in bases if b["own"]]
    same = [b for b in bases if b["same_rep"]]
    n_same = len({int(b["source_id"]) for b in same})
    agreeing = n_same >= 2 and max(b["lo"] for b in same) <= min(b["hi"] for b in same)
    if own or agreeing:
        basis = own[0] if own else same[0]
        why = (
            "the claimant's own statistics"
            if own
            else f"{n_same} sources of {c.reporter} agree on it"
        )
        body = (
            f"{head}; {_fig(d, basis)} is outside that, a change of "
            f"{_change_of(level, basis)} ({why}): inconsistent"
        )
        return Check(INCONSISTENT, _sentence(body, c), ids, sids)
    body = (
        f"{head}; {_figs(d, bases)} {_is_are(len(bases))} outside that: the sources disagree "
        f"about the {prior} base, so no change is computed"
    )
    return Check(CONFLICTING, _sentence(body, c), ids, sids)


def _growth_missing(c: Claim, d: _Data, head: str, prior: str) -> Check:
    """No base for the same window: say so, with what else is stored for that year."""
    rows = d.rows(c.indicator, c.reporter, c.partner, c.subject)
    pair = ", ".join(x for x in (c.reporter, c.partner) if x)
    body = f"{head}, but no {prior} figure of {_words(c.indicator)} ({pair}) is stored"
    near, n = _windows_of_year(rows, (c.start - 12) // 12)
    if n:
        body += f"; only {near} {_is_are(n)} stored, not the same window"
    extra, ids, sids = _corroboration(c, d, rows)
    return _cannot(c, body + extra, obs_ids=ids, source_ids=sids)


def _corroboration(c: Claim, d: _Data, rows: Rows) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """Another speaker's reported change for the same figure: a claim too, not a base."""
    other = [
        r
        for r in _window(rows, c.start, c.end, c.point)
        if math.isfinite(r["change_value"])
        and r["obs_id"] != c.obs_id
        and not d.src.same_speaker(c.source_id, int(r["source_id"]))
    ]
    if not other:
        return "", (), ()
    agree = [r["change_lo"] <= c.change_hi and r["change_hi"] >= c.change_lo for r in other]
    first = other[agree.index(True)] if any(agree) else other[0]
    said = change_words(
        float(first["change_value"]), str(first["change_unit"]), str(first["change_qualifier"])
    )
    word = "agrees with" if any(agree) else "differs from"
    text = (
        f"; {said} for the same window from {d.src.by(int(first['source_id']))} {word} the "
        "claimed change, but that is another claim, not a base"
    )
    return text, (int(first["obs_id"]),), (int(first["source_id"]),)


# --- level ------------------------------------------------------------------------------


def _check_level(c: Claim, d: _Data, opt: CheckOptions) -> Check:
    if not (math.isfinite(c.value) and c.has_period):
        return _cannot(c, "a level claim needs a level and a period to be checked")
    rows = _window(d.rows(c.indicator, c.reporter, c.partner, c.subject), c.start, c.end, c.point)
    head = f"{c.reporter}'s {c.level} for {c.period} ({d.src.cite(c.source_id)})"
    others = _other_sources(c, d, rows)
    if not others:
        pair = ", ".join(x for x in (c.reporter, c.partner) if x)
        body = (
            f"no other source gives {_words(c.indicator)} ({pair}) for {c.period}, so {head} "
            "is not checked"
        )
        return _cannot(c, body)
    return _level_verdict(c, d, others, head)


def _other_sources(c: Claim, d: _Data, rows: Rows) -> Rows:
    """Rows of other sources than the claim's; other speakers first."""
    others = [r for r in rows if r["obs_id"] != c.obs_id and r["source_id"] != c.source_id]
    return sorted(others, key=lambda r: d.src.same_speaker(c.source_id, int(r["source_id"])))


def _level_verdict(c: Claim, d: _Data, others: Rows, head: str) -> Check:
    lo, hi = c.lo, c.hi
    agree = [r for r in others if r["lo"] <= hi and r["hi"] >= lo]
    disagree = [r for r in others if not (r["lo"] <= hi and r["hi"] >= lo)]
    ids, sids = _ids(others), _ids(others, "source_id")
    if not disagree:
        body = (
            f"{head} agrees with {_figs(d, agree, period=False)} within the qualifiers and the "
            "rounding of print: consistent"
        )
        return Check(CONSISTENT, _sentence(body, c), ids, sids)
    body = f"{head} is not met by {_figs(d, disagree, period=False)}"
    if agree:
        body += (
            f", while {_figs(d, agree, period=False)} {'agrees' if len(agree) == 1 else 'agree'}"
        )
    return Check(CONFLICTING, _sentence(body + ": the sources conflict", c), ids, sids)


# --- records and streaks ----------------------------------------------------------------

BEATS, FAILS, CONFLICT, UNCERTAIN, FIRST = "beats", "fails", "conflict", "uncertain", "first"
_SEVERITY = {BEATS: 0, UNCERTAIN: 1, CONFLICT: 2, FAILS: 3}
_OUTCOME_VERDICT = {BEATS: CONSISTENT, FAILS: INCONSISTENT, CONFLICT: CONFLICTING}


def _record_period(c: Claim) -> tuple[int, int]:
    """The window the record is about: the claim's period, or (window 'year') its year."""
    if str(c.params.get("window", "period")) == "year" and c.has_period:
        y = c.end // 12
        return y * 12, y * 12 + 11
    return c.start, c.end


def _expected(c: Claim) -> bool:
    return bool(c.params.get("expected")) or c.status in ("expected", "forecast")


def _window_words(start: int, end: int, point: bool) -> str:
    """ "full years" / "Jan–Oct figures": the window without its year."""
    if period_kind(start, end, point) is PeriodKind.YEAR:
        return "full years"
    base = 2000 * 12 + start % 12
    label = period_label(base, base + end - start, point).replace(" 2000", "")
    return f"{label} figures"


@dataclass(frozen=True)
class _Series:
    """One window of one reporter's series (other-side fills flagged ``filled``)."""

    reporter: str
    other: str
    rows: pd.DataFrame
    spare: pd.DataFrame  # the other side's figures for missing years, not used
    window: str

    @property
    def name(self) -> str:
        return f"{self.reporter}'s series of {self.window}"

    def years(self) -> list[int]:
        return sorted({int(y) for y in self.rows["year"]})

    def filled_years(self) -> list[int]:
        return sorted({int(y) for y in self.rows.loc[self.rows["filled"], "year"]})


def _series(c: Claim, d: _Data, opt: CheckOptions, start: int, end: int) -> _Series:
    reporter = str(c.params.get("reporter") or c.reporter)
    partner = c.partner if reporter == c.reporter else c.reporter

    def window(rows: pd.DataFrame) -> pd.DataFrame:
        mask = (rows["window_month"] == start % 12) & (rows["window_len"] == end - start)
        out: pd.DataFrame = rows[(mask & (rows["period_point"] == c.point)).to_numpy()]
        return out

    own = window(d.frame(d.rows(c.indicator, reporter, partner, c.subject))).assign(filled=False)
    other = window(d.frame(d.other_side(c.indicator, reporter, partner, c.subject)))
    other = other[~other["year"].isin(set(own["year"])).to_numpy()].assign(filled=True)
    use = opt.allow_other_reporter and len(other) > 0
    return _Series(
        reporter=reporter,
        other=partner,
        rows=pd.concat([own, other]) if use else own,
        spare=other.iloc[:0] if use else other,
        window=_window_words(start, end, c.point),
    )


@dataclass(frozen=True)
class _Standing:
    """How one year stands against the earlier years of its series."""

    outcome: str
    year: int  # the deciding earlier year (the best one when it beats them all)
    against: pd.DataFrame  # that year's rows
    earlier: int  # earlier years stored


def _standing(rows: pd.DataFrame, year: int, cur: pd.DataFrame) -> _Standing:
    earlier = rows[(rows["year"] < year).to_numpy()]
    n = int(earlier["year"].nunique())
    if not n:
        return _Standing(FIRST, year, earlier, 0)
    by_year = {_int(y): g for y, g in earlier.groupby("year")}
    results = [_row_standing(float(r["lo"]), float(r["hi"]), by_year) for _, r in cur.iterrows()]
    if {BEATS, FAILS} <= {o for o, _ in results}:
        return _Standing(CONFLICT, year, cur, n)  # the sources disagree about this year
    outcome, y = max(results, key=lambda t: _SEVERITY[t[0]])
    if outcome == BEATS:
        y = int(earlier["year"].to_numpy()[int(np.argmax(earlier["lo"].to_numpy()))])
        best = by_year[y].sort_values("lo", ascending=False).head(1)
        return _Standing(BEATS, y, best, n)
    return _Standing(outcome, y, by_year[y], n)


def _row_standing(lo: float, hi: float, by_year: dict[int, pd.DataFrame]) -> tuple[str, int]:
    """The worst outcome of one level against each earlier year (its highest such year)."""
    worst, at, top = BEATS, -1, -_INF
    for y, g in by_year.items():
        above = lo > g["hi"].to_numpy()
        below = hi <= g["lo"].to_numpy()
        if below.all():
            o = FAILS
        elif above.all():
            o = BEATS
        elif above.any() and below.any():
            o = CONFLICT
        else:
            o = UNCERTAIN
        level = float(g["lo"].max())
        if _SEVERITY[o] > _SEVERITY[worst] or (o == worst != BEATS and level > top):
            worst, at, top = o, y, level
    return worst, at


def _cur_rows(c: Claim, s: _Series, year: int) -> pd.DataFrame:
    rows = _year_rows(s.rows, year)
    mine = rows[(rows["obs_id"] == c.obs_id).to_numpy()]
    return mine if len(mine) else rows


def _fill_note(s: _Series) -> str:
    filled = s.filled_years()
    if not filled:
        return ""
    return f"; {s.other}'s figures fill {_year_list(filled)} (the other reporter is allowed)"


def _year_list(years: list[int]) -> str:
    return _join([str(y) for y in years])


def _spare_text(s: _Series, years: list[int]) -> str:
    """ "AZE's $3.744 bn for 2024": the other side's figures for missing years."""
    spare = s.spare[s.spare["year"].isin(years).to_numpy()].drop_duplicates("year")
    if spare.empty:
        return ""
    return f"{s.other}'s " + _join([f"{_qty(r)} for {int(r['year'])}" for _, r in spare.iterrows()])


def _gap_note(s: _Series, year: int) -> str:
    """Years missing between the latest earlier stored year and ``year``."""
    earlier = [y for y in s.years() if y < year]
    gaps = list(range(max(earlier) + 1, year)) if earlier else []
    if not gaps:
        return ""
    text = f"; {_year_list(gaps)} {_is_are(len(gaps))} not stored in {s.reporter}'s series"
    spare = _spare_text(s, gaps)
    return text + (f" ({spare} not used: other reporters are not allowed)" if spare else "")


def _check_record(c: Claim, d: _Data, opt: CheckOptions) -> Check:
    if not c.has_period:
        return _cannot(c, "a record claim that names no period cannot be checked")
    start, end = _record_period(c)
    s = _series(c, d, opt, start, end)
    year, label = start // 12, period_label(start, end, c.point)
    cur = _cur_rows(c, s, year)
    if cur.empty:
        return _record_missing(c, d, s, start, end)
    st = _standing(s.rows, year, cur)
    what = f"{label} at " + _join(
        [f"{_qty(r)} ({d.src.cite(int(r['source_id']))})" for _, r in cur.iterrows()]
    )
    body = _record_body(st, what, s, d) + _gap_note(s, year) + _fill_note(s)
    if _expected(c):
        later = max(d.src.published.get(int(i), "") for i in cur["source_id"])
        when = "published later" if later > d.src.published.get(c.source_id, "~") else "stored"
        body += f"; it was expected when stated, and is checked against the {label} figure {when}"
    return Check(
        _OUTCOME_VERDICT.get(st.outcome, CANNOT_CHECK),
        _sentence(body, c),
        _ids(cur) + _ids(st.against),
        _ids(cur, "source_id") + _ids(st.against, "source_id"),
        series_reporter=s.reporter,
    )


def _record_body(st: _Standing, what: str, s: _Series, d: _Data) -> str:
    if st.outcome == FIRST:
        return f"{what} has no earlier year to beat in {s.name}, so a record cannot be checked"
    against = f"{st.year}: {_figs(d, st.against, period=False)}"
    if st.outcome == BEATS:
        return (
            f"{what} is above every earlier year of {s.name} ({st.earlier} stored; best "
            f"{against}): consistent"
        )
    if st.outcome == FAILS:
        return f"{what} is not above {against} in {s.name}: inconsistent"
    if st.outcome == CONFLICT:
        return (
            f"whether {what} is a record depends on the source in {s.name} ("
            f"{_figs(d, st.against, period=False)}): the sources conflict"
        )
    return (
        f"{what} and {against} cannot be ordered in {s.name}: the intervals overlap (a bound, "
        "or equal within the rounding of print)"
    )


def _record_missing(c: Claim, d: _Data, s: _Series, start: int, end: int) -> Check:
    label, year = period_label(start, end, c.point), start // 12
    body = f"no {label} figure is stored in {s.name}"
    near, n = _windows_of_year(d.rows(c.indicator, s.reporter, s.other, c.subject), year)
    if n:
        body += f" (only {near}, not the same window)"
    spare = _spare_text(s, [year])
    if spare:
        body += f"; {spare} would fill it only if other reporters were allowed"
    body += ", so the record cannot be checked" + (" yet" if _expected(c) else "")
    return _cannot(c, body, series_reporter=s.reporter)


def _check_streak(c: Claim, d: _Data, opt: CheckOptions) -> Check:
    n = _int(c.params.get("length", c.params.get("n")))
    if n < 1 or not c.has_period:
        return _cannot(c, "a streak needs its length and its last period to be checked")
    start, end = _record_period(c)
    s = _series(c, d, opt, start, end)
    last = start // 12
    years = list(range(last - n + 1, last + 1))
    missing = [y for y in years if y not in set(s.years())]
    if missing:
        return _streak_missing(c, s, missing, n, last)
    results = [(y, _standing(s.rows, y, _cur_rows(c, s, y))) for y in years]
    rows = pd.concat([_year_rows(s.rows, y) for y in years])
    against = [st.against for _, st in results]
    ids = _ids(rows) + tuple(i for a in against for i in _ids(a))
    sids = _ids(rows, "source_id") + tuple(i for a in against for i in _ids(a, "source_id"))
    head = f"{n} consecutive records ending {last} in {s.name}"
    body = _streak_body(results, head, s, d) + _fill_note(s)
    outcomes = {st.outcome for _, st in results}
    verdict = CANNOT_CHECK
    for outcome in (FAILS, CONFLICT):
        if outcome in outcomes:
            verdict = _OUTCOME_VERDICT[outcome]
            break
    else:
        verdict = CONSISTENT if outcomes == {BEATS} else CANNOT_CHECK
    return Check(verdict, _sentence(body, c), ids, sids, series_reporter=s.reporter)


_STREAK_BREAKS = (
    (FAILS, "was not a record: it is not above", "inconsistent"),
    (CONFLICT, "is a record or not depending on the source:", "the sources conflict"),
    (FIRST, "is the first stored year, with nothing earlier to beat", "cannot check"),
    (UNCERTAIN, "cannot be ordered against", "cannot check"),
)


def _streak_body(results: list[tuple[int, _Standing]], head: str, s: _Series, d: _Data) -> str:
    for outcome, words, verdict in _STREAK_BREAKS:
        hit = [(y, st) for y, st in results if st.outcome == outcome]
        if hit:
            y, st = hit[-1]
            against = "" if outcome == FIRST else f" {st.year}: {_figs(d, st.against, False)}"
            return f"{head}: {y} {words}{against}: {verdict}"
    listed = []
    for y, _st in results:
        cur = _year_rows(s.rows, y).iloc[0]
        tail = f", {cur['reporter']}'s figure" if bool(cur["filled"]) else ""
        listed.append(f"{y} ({_qty(cur)}{tail})")
    return f"{head}: {_join(listed)} each beat every earlier stored year: consistent"


def _streak_missing(c: Claim, s: _Series, missing: list[int], n: int, last: int) -> Check:
    body = (
        f"{_year_list(missing)} {_is_are(len(missing))} not stored in {s.name}, so "
        f"{n} consecutive records ending {last} cannot be checked"
    )
    spare = _spare_text(s, missing)
    if spare:
        body += (
            f" ({spare} would fill it only if other reporters were allowed: a streak across "
            "reporters does not count otherwise)"
        )
    return _cannot(c, body, series_reporter=s.reporter)


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
    given = _num(c.params.get("min_capacity"))
    if math.isfinite(given):
        return given
    noun = str(c.params.get("of", "")).lower()
    return LARGE_SCALE_MW if any(w in noun for w in _LARGE) else _NAN


def _linked_projects(c: Claim, d: _Data) -> list[int]:
    links = d.table("links")
    links = links[(links["to_table"] == "projects").to_numpy()]
    mask = np.zeros(len(links), dtype=bool)
    if c.claim_id >= 0:
        mask |= ((links["from_table"] == "claims") & (links["from_id"] == c.claim_id)).to_numpy()
    if c.obs_id >= 0:
        from_obs = (links["from_table"] == "observations") & (links["from_id"] == c.obs_id)
        mask |= from_obs.to_numpy()
    ids = pd.to_numeric(links.loc[mask, "to_id"], errors="coerce").dropna()
    return list(dict.fromkeys(int(i) for i in ids))


def _commissioned(d: _Data) -> pd.DataFrame:
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


def _cancelled(d: _Data) -> set[int]:
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
        text = _sentence(f"{self.taking}, {body}", self.claim)
        return Check(verdict, text, source_ids=self.sids, project_ids=self.ids)


def _check_first(c: Claim, d: _Data, opt: CheckOptions) -> Check:
    projects = d.table("projects")
    noun, kind = str(c.params.get("of", "")), str(c.params.get("kind", "first"))
    if projects.empty:
        return _cannot(c, f"the project registry is empty, so '{kind} {noun}' is not checked")
    techs = _technologies(noun)
    if not techs:
        return _cannot(c, f"'{noun}' names no technology of the registry, so it is not checked")
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
        return _cannot(c, body, project_ids=_ids(pool, "project_id"))
    when = _commissioned(d)
    pid = int(claimed["project_id"])
    ids = (pid, *_ids(pool, "project_id"))
    sids = tuple(_int(when.loc[i, "source_id"]) for i in ids if i in when.index)
    others = pool[pool["project_id"] != pid]
    case = _FirstCase(c, claimed, others, when, taking, ids, sids)
    if pid not in set(_ids(pool, "project_id")):
        facts = f"{claimed['technology']}, {claimed['country']}"
        return case.check(
            INCONSISTENT, f"{_project_text(claimed, when)} ({facts}) does not qualify"
        )
    return _only_verdict(case) if kind == "only" else _first_verdict(case)


def _claimed_project(
    c: Claim, d: _Data, projects: pd.DataFrame, techs: frozenset[str]
) -> pd.Series | None:
    """The project linked to the claim; else the one project of its technology and capacity."""
    hit = projects[projects["project_id"].isin(_linked_projects(c, d))]
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
    listed = _join([_project_text(r, case.when) for _, r in case.others.head(3).iterrows()])
    body = f"the registry also holds {listed}, so {case.project['name']} is not the only one"
    return case.check(INCONSISTENT, body + ": inconsistent")


def _first_verdict(case: _FirstCase) -> Check:
    when = case.when
    done = when[~when["expected"].to_numpy(dtype=bool)]
    rivals = done[done.index.isin(_ids(case.others, "project_id"))].sort_values("first")
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


def _among(c: Claim) -> str:
    among = str(c.params.get("among", ""))
    return among or f"{c.reporter}'s {_words(_rank_of(c.params, c.indicator))}"


def _ordinal(k: int) -> str:
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}"


def _check_rank(c: Claim, d: _Data, opt: CheckOptions) -> Check:
    k, of = _int(c.params.get("rank")), _rank_of(c.params, c.indicator)
    if k < 1:
        return _cannot(c, f"the claim gives no rank for {c.partner}")
    what = f"{c.partner} {_ordinal(k)} among {_among(c)}" + (f" in {c.period}" if c.period else "")
    field = _partner_figures(c, d, of)
    mine = field[field["partner"] == c.partner]
    rivals = field[field["partner"] != c.partner]
    if len(mine) and len(rivals):
        return _rank_from_figures(c, d, k, what, mine.iloc[0], rivals)
    return _rank_from_claims(c, d, k, of, what)


def _partner_figures(c: Claim, d: _Data, of: str) -> pd.DataFrame:
    """The used figure of ``of`` for each partner of the reporter, in the claim's period."""
    f = d.figs
    mask = (f["indicator"] == of) & (f["reporter"] == c.reporter) & (f["partner"] != "")
    mask &= (f["partner"] != c.reporter) & (f["period_start"] == c.start)
    rows = f[(mask & (f["period_end"] == c.end)).to_numpy()]
    order = ["preferred", "published", "obs_id"]
    rows = rows.sort_values(order, ascending=False, kind="mergesort")
    out: pd.DataFrame = rows.drop_duplicates(["partner", "subject"])
    return out


def _rank_from_figures(
    c: Claim, d: _Data, k: int, what: str, mine: pd.Series, rivals: pd.DataFrame
) -> Check:
    above = rivals[rivals["lo"] > mine["hi"]].sort_values("lo", ascending=False)
    maybe = rivals[rivals["hi"] > mine["lo"]]
    ids = (int(mine["obs_id"]), *_ids(rivals))
    sids = (int(mine["source_id"]), *_ids(rivals, "source_id"))
    base = (
        f"{what}: among the {len(rivals) + 1} partners stored, {c.partner}'s {_qty(mine)} "
        f"({d.src.cite(int(mine['source_id']))})"
    )
    if len(above) >= k:
        body = f"{base} is below {_figs(d, above.head(k), period=False)}: inconsistent"
        return Check(INCONSISTENT, _sentence(body, c), ids, sids)
    if len(above) == k - 1 == len(maybe):
        body = f"{base} is {_ordinal(k)} (partners not stored are not compared): consistent"
        return Check(CONSISTENT, _sentence(body, c), ids, sids)
    if len(maybe) < k - 1:
        body = (
            f"{base} is behind only {len(maybe)} of them, and the partners that would make it "
            f"{_ordinal(k)} are not stored"
        )
    else:
        body = (
            f"{base} cannot be placed: {_figs(d, maybe.head(3), period=False)} overlap it "
            "within the qualifiers and the rounding of print"
        )
    return _cannot(c, body, obs_ids=ids, source_ids=sids)


def _rank_from_claims(c: Claim, d: _Data, k: int, of: str, what: str) -> Check:
    """No figures to rank: other sources' rank claims on the same thing, if any."""
    t = d.table("claims")
    mask = (t["claim_type"] == "rank") & (t["claim_id"] != c.claim_id)
    mask &= (t["reporter"] == c.reporter) & (t["source_id"] != c.source_id)
    mask &= (t["period_start"] == c.start) & (t["period_end"] == c.end)
    ranks = []
    for r in t[mask.to_numpy()].to_dict("records"):
        p = claim_params(str(r["params"]))
        if _rank_of(p, str(r["indicator"])) == of:
            ranks.append((r, _int(p.get("rank"))))
    agree = [r for r, j in ranks if str(r["partner"]) == c.partner and j == k]
    clash = [(r, j) for r, j in ranks if (str(r["partner"]) == c.partner) != (j == k)]
    when = f" in {c.period}" if c.period else ""
    none = f"no {_words(of)} figures of {c.reporter} for other partners are stored{when}"
    sids = tuple(int(r["source_id"]) for r, _ in ranks)
    if clash:
        r, j = clash[0]
        body = (
            f"{what} is contradicted by {d.src.by(int(r['source_id']))}, which puts "
            f"{r['partner']} {_ordinal(j)}, and {none}: the sources conflict"
        )
        return Check(CONFLICTING, _sentence(body, c), source_ids=sids)
    if agree:
        names = _join([d.src.by(int(r["source_id"])) for r in agree[:3]])
        body = f"{what} is corroborated by {names}, not checked against data: {none}"
        return _cannot(c, body, source_ids=sids)
    return _cannot(c, f"{what} is not checked: {none}, and no other source ranks them")


# --- sum / count ------------------------------------------------------------------------


def _check_sum_count(c: Claim, d: _Data, opt: CheckOptions) -> Check:
    p = c.params
    count, members = _int(p.get("count")), str(p.get("members") or "projects")
    total, unit = _num(p.get("total")), str(p.get("total_unit", "MW"))
    stated = f"{count} {members} totalling {format_quantity(total, unit)}"
    projects = d.table("projects")
    known = projects[projects["project_id"].isin(_linked_projects(c, d))]
    ids = _ids(known, "project_id")
    caps = known["capacity"].to_numpy(dtype="float64")
    have = float(np.nansum(caps))
    count_q = str(p.get("count_qualifier", "exact"))
    n_lo, n_hi = (count, count) if count_q == "exact" else _interval(float(count), count_q)
    t_lo, t_hi = _interval(total, str(p.get("total_qualifier", "exact")))
    names = _join([_member(r, unit) for _, r in known.iterrows()])
    n = len(known)
    if n > n_hi:
        body = f"{stated}: {n} {members} are linked to the claim ({names}), more than {count}"
        return Check(INCONSISTENT, _sentence(body + ": inconsistent", c), project_ids=ids)
    if math.isfinite(total) and have > t_hi:
        body = (
            f"{stated}: the {n} known {members} ({names}) already total "
            f"{format_quantity(have, unit)}, more than the claimed total: inconsistent"
        )
        return Check(INCONSISTENT, _sentence(body, c), project_ids=ids)
    if n and n >= n_lo and math.isfinite(total) and np.isfinite(caps).all():
        ok = t_lo <= have <= t_hi
        body = (
            f"{stated}: all {n} are in the registry ({names}), {format_quantity(have, unit)} "
            f"together, {'within' if ok else 'short of'} the claimed total"
        )
        verdict = CONSISTENT if ok else INCONSISTENT
        return Check(verdict, _sentence(f"{body}: {verdict}", c), project_ids=ids)
    if not n:
        body = (
            f"{stated}: none of the {count} {members} is linked to a project of the registry, "
            f"so neither the count nor the total is checked"
        )
        return _cannot(c, body)
    left = format_quantity(max(total - have, 0.0), unit) if math.isfinite(total) else "their size"
    body = (
        f"{stated}: {n} of the {count} {members} are known ({names}, "
        f"{format_quantity(have, unit)}); the other {count - n} and {left} are not in the registry"
    )
    return _cannot(c, body, project_ids=ids)


def _member(p: pd.Series, unit: str) -> str:
    cap = float(p["capacity"])
    return f"{p['name']} {format_quantity(cap, unit)}" if math.isfinite(cap) else str(p["name"])


# --- share ------------------------------------------------------------------------------

_SHARE_OF = {
    "partner_share_of_imports": "imports_from_partner",
    "partner_share_of_exports": "exports_to_partner",
    "partner_share_of_trade": "trade_turnover",
}


def _check_share(c: Claim, d: _Data, opt: CheckOptions) -> Check:
    share = _num(c.params.get("share"))
    if not math.isfinite(share) and c.unit == "percent":
        share = c.value
    if not (math.isfinite(share) and c.has_period):
        return _cannot(c, "the claim gives no share or no period to check")
    of = str(c.params.get("of") or _SHARE_OF.get(c.indicator, c.indicator))
    total_of = str(c.params.get("total_indicator") or of)
    part = _window(d.rows(of, c.reporter, c.partner, c.subject), c.start, c.end, c.point)
    total_partner = str(c.params.get("total_partner", ""))
    whole = d.rows(total_of, c.reporter, total_partner, c.subject)
    whole = _window(whole, c.start, c.end, c.point)
    qual = c.qualifier if c.unit == "percent" else str(c.params.get("qualifier", "exact"))
    said = (
        f"{c.reporter}'s {qualified_quantity(share, 'percent', qual)} share of {c.partner} in "
        f"{_words(of)} for {c.period} ({d.src.cite(c.source_id)})"
    )
    if part and whole:
        return _share_computed(c, d, said, _interval(share, qual), part[0], whole[0])
    if c.unit == "percent" and math.isfinite(c.value):
        rows = _window(
            d.rows(c.indicator, c.reporter, c.partner, c.subject), c.start, c.end, c.point
        )
        others = _other_sources(c, d, rows)
        if others:
            return _level_verdict(c, d, others, said)
    missing = "the total" if part else "the part"
    body = f"{said} is not checked: {missing} is not stored for {c.period} and no other source "
    return _cannot(c, body + "gives the share")


def _share_computed(
    c: Claim,
    d: _Data,
    said: str,
    claimed: tuple[float, float],
    a: dict[str, Any],
    t: dict[str, Any],
) -> Check:
    t_lo, t_hi = float(t["lo"]), float(t["hi"])
    s_lo = float(a["lo"]) / t_hi * 100.0 if t_hi > 0 else 0.0
    s_hi = float(a["hi"]) / t_lo * 100.0 if t_lo > 0 else _INF
    ok = s_lo <= claimed[1] and s_hi >= claimed[0]
    verdict = CONSISTENT if ok else INCONSISTENT
    computed = f"{s_lo:.2f}–{s_hi:.2f} %" if s_hi - s_lo >= 0.01 else f"{s_lo:.2f} %"
    body = f"{said}: {_fig(d, a, False)} of {_fig(d, t, False)} is {computed}: {verdict}"
    ids, sids = (int(a["obs_id"]), int(t["obs_id"])), (int(a["source_id"]), int(t["source_id"]))
    return Check(verdict, _sentence(body, c), ids, sids)


_CHECKERS: dict[str, Callable[[Claim, _Data, CheckOptions], Check]] = {
    "growth": _check_growth,
    "level": _check_level,
    "record": _check_record,
    "record_streak": _check_streak,
    "first": _check_first,
    "rank": _check_rank,
    "sum_count": _check_sum_count,
    "share": _check_share,
}
