"""Record and streak claims: a year against the earlier years of its reporter's series."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.domain.analytics.claim_checks.common import (
    CONFLICTING,
    INF,
    Check,
    CheckOptions,
    Claim,
    as_int,
    year_rows,
)
from app.domain.analytics.claim_checks.frames import Data
from app.domain.analytics.claim_checks.sentences import (
    cannot,
    figs_text,
    ids_of,
    is_are,
    join_words,
    qty_text,
    sentence,
    windows_of_year,
)
from app.domain.analytics.claims import CANNOT_CHECK, CONSISTENT, INCONSISTENT
from app.domain.periods import PeriodKind, period_kind, period_label

BEATS, FAILS, CONFLICT, UNCERTAIN, FIRST = "beats", "fails", "conflict", "uncertain", "first"
_SEVERITY = {BEATS: 0, UNCERTAIN: 1, CONFLICT: 2, FAILS: 3}
_OUTCOME_VERDICT = {BEATS: CONSISTENT, FAILS: INCONSISTENT, CONFLICT: CONFLICTING}


def record_period(c: Claim) -> tuple[int, int]:
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


def _series(c: Claim, d: Data, opt: CheckOptions, start: int, end: int) -> _Series:
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
    by_year = {as_int(y): g for y, g in earlier.groupby("year")}
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
    worst, at, top = BEATS, -1, -INF
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
    rows = year_rows(s.rows, year)
    mine = rows[(rows["obs_id"] == c.obs_id).to_numpy()]
    return mine if len(mine) else rows


def _fill_note(s: _Series) -> str:
    filled = s.filled_years()
    if not filled:
        return ""
    return f"; {s.other}'s figures fill {_year_list(filled)} (the other reporter is allowed)"


def _year_list(years: list[int]) -> str:
    return join_words([str(y) for y in years])


def _spare_text(s: _Series, years: list[int]) -> str:
    """ "AZE's $3.744 bn for 2024": the other side's figures for missing years."""
    spare = s.spare[s.spare["year"].isin(years).to_numpy()].drop_duplicates("year")
    if spare.empty:
        return ""
    return f"{s.other}'s " + join_words(
        [f"{qty_text(r)} for {int(r['year'])}" for _, r in spare.iterrows()]
    )


def _gap_note(s: _Series, year: int) -> str:
    """Years missing between the latest earlier stored year and ``year``."""
    earlier = [y for y in s.years() if y < year]
    gaps = list(range(max(earlier) + 1, year)) if earlier else []
    if not gaps:
        return ""
    text = f"; {_year_list(gaps)} {is_are(len(gaps))} not stored in {s.reporter}'s series"
    spare = _spare_text(s, gaps)
    return text + (f" ({spare} not used: other reporters are not allowed)" if spare else "")


def check_record(c: Claim, d: Data, opt: CheckOptions) -> Check:
    if not c.has_period:
        return cannot(c, "a record claim that names no period cannot be checked")
    start, end = record_period(c)
    s = _series(c, d, opt, start, end)
    year, label = start // 12, period_label(start, end, c.point)
    cur = _cur_rows(c, s, year)
    if cur.empty:
        return _record_missing(c, d, s, start, end)
    st = _standing(s.rows, year, cur)
    what = f"{label} at " + join_words(
        [f"{qty_text(r)} ({d.src.cite(int(r['source_id']))})" for _, r in cur.iterrows()]
    )
    body = _record_body(st, what, s, d) + _gap_note(s, year) + _fill_note(s)
    if _expected(c):
        later = max(d.src.published.get(int(i), "") for i in cur["source_id"])
        when = "published later" if later > d.src.published.get(c.source_id, "~") else "stored"
        body += f"; it was expected when stated, and is checked against the {label} figure {when}"
    return Check(
        _OUTCOME_VERDICT.get(st.outcome, CANNOT_CHECK),
        sentence(body, c),
        ids_of(cur) + ids_of(st.against),
        ids_of(cur, "source_id") + ids_of(st.against, "source_id"),
        series_reporter=s.reporter,
    )


def _record_body(st: _Standing, what: str, s: _Series, d: Data) -> str:
    if st.outcome == FIRST:
        return f"{what} has no earlier year to beat in {s.name}, so a record cannot be checked"
    against = f"{st.year}: {figs_text(d, st.against, period=False)}"
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
            f"{figs_text(d, st.against, period=False)}): the sources conflict"
        )
    return (
        f"{what} and {against} cannot be ordered in {s.name}: the intervals overlap (a bound, "
        "or equal within the rounding of print)"
    )


def _record_missing(c: Claim, d: Data, s: _Series, start: int, end: int) -> Check:
    label, year = period_label(start, end, c.point), start // 12
    body = f"no {label} figure is stored in {s.name}"
    near, n = windows_of_year(d.rows(c.indicator, s.reporter, s.other, c.subject), year)
    if n:
        body += f" (only {near}, not the same window)"
    spare = _spare_text(s, [year])
    if spare:
        body += f"; {spare} would fill it only if other reporters were allowed"
    body += ", so the record cannot be checked" + (" yet" if _expected(c) else "")
    return cannot(c, body, series_reporter=s.reporter)


def check_streak(c: Claim, d: Data, opt: CheckOptions) -> Check:
    n = as_int(c.params.get("length", c.params.get("n")))
    if n < 1 or not c.has_period:
        return cannot(c, "a streak needs its length and its last period to be checked")
    start, end = record_period(c)
    s = _series(c, d, opt, start, end)
    last = start // 12
    years = list(range(last - n + 1, last + 1))
    missing = [y for y in years if y not in set(s.years())]
    if missing:
        return _streak_missing(c, s, missing, n, last)
    results = [(y, _standing(s.rows, y, _cur_rows(c, s, y))) for y in years]
    rows = pd.concat([year_rows(s.rows, y) for y in years])
    against = [st.against for _, st in results]
    ids = ids_of(rows) + tuple(i for a in against for i in ids_of(a))
    sids = ids_of(rows, "source_id") + tuple(i for a in against for i in ids_of(a, "source_id"))
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
    return Check(verdict, sentence(body, c), ids, sids, series_reporter=s.reporter)


_STREAK_BREAKS = (
    (FAILS, "was not a record: it is not above", "inconsistent"),
    (CONFLICT, "is a record or not depending on the source:", "the sources conflict"),
    (FIRST, "is the first stored year, with nothing earlier to beat", "cannot check"),
    (UNCERTAIN, "cannot be ordered against", "cannot check"),
)


def _streak_body(results: list[tuple[int, _Standing]], head: str, s: _Series, d: Data) -> str:
    for outcome, words, verdict in _STREAK_BREAKS:
        hit = [(y, st) for y, st in results if st.outcome == outcome]
        if hit:
            y, st = hit[-1]
            against = "" if outcome == FIRST else f" {st.year}: {figs_text(d, st.against, False)}"
            return f"{head}: {y} {words}{against}: {verdict}"
    listed = []
    for y, _st in results:
        cur = year_rows(s.rows, y).iloc[0]
        tail = f", {cur['reporter']}'s figure" if bool(cur["filled"]) else ""
        listed.append(f"{y} ({qty_text(cur)}{tail})")
    return f"{head}: {join_words(listed)} each beat every earlier stored year: consistent"


def _streak_missing(c: Claim, s: _Series, missing: list[int], n: int, last: int) -> Check:
    body = (
        f"{_year_list(missing)} {is_are(len(missing))} not stored in {s.name}, so "
        f"{n} consecutive records ending {last} cannot be checked"
    )
    spare = _spare_text(s, missing)
    if spare:
        body += (
            f" ({spare} would fill it only if other reporters were allowed: a streak across "
            "reporters does not count otherwise)"
        )
    return cannot(c, body, series_reporter=s.reporter)
