"""What a chart draws for one indicator: points placed in time, by series and kind.

Full-year, year-to-date (and other ranges) and point-in-time figures are kept apart so that
the chart can draw them distinguishably; every point carries its source label.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from app.domain.model import FORWARD_STATUSES, labelled_quantity
from app.domain.periods import PeriodKind, detail_position, period_kind, period_label

#: How each period kind is drawn: (marker family, connected by a line?)
MARKS = {
    PeriodKind.YEAR: "year",
    PeriodKind.YTD: "ytd",
    PeriodKind.RANGE: "ytd",
    PeriodKind.HALF: "part",
    PeriodKind.QUARTER: "part",
    PeriodKind.MONTH: "part",
    PeriodKind.POINT: "point",
}


def chart_points(
    obs: pd.DataFrame, source_labels: dict[int, str], sources: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One row per observation: x (month index of the period's middle; a point-in-time
    figure at its month), value,
    series (reporter, plus subject if any), mark, label (tooltip text) and obs_id."""
    if obs.empty:
        return pd.DataFrame(
            columns=[
                "x",
                "value",
                "series",
                "mark",
                "label",
                "obs_id",
                "preferred",
                "used",
                "record",
                "forward",
            ]
        )
    marks, labels = _marks_and_labels(obs, source_labels)
    series = obs["reporter"].astype(str).where(obs["reporter"].astype(str) != "", "—")
    subject = obs["subject"].astype(str)
    series = series.where(subject == "", series + " · " + subject)
    start = obs["period_start"].to_numpy().astype(float)
    end = obs["period_end"].to_numpy().astype(float)
    x = np.where(obs["period_point"].to_numpy(), start, (start + end + 1) / 2)
    if "period_detail" in obs:  # a day or week sits at its place inside the month
        details = obs["period_detail"].astype(str).to_numpy()
        for i in np.flatnonzero(details != ""):
            x[i] = detail_position(str(details[i])) or x[i]
    used, records = _used_and_records(obs, sources)
    ids = obs["obs_id"].to_numpy()
    return (
        pd.DataFrame(
            {
                "x": x,
                "value": obs["value"].to_numpy(),
                "series": series.to_numpy(),
                "mark": marks,
                "label": labels,
                "obs_id": ids,
                "preferred": obs["preferred"].to_numpy(),
                "used": np.isin(ids, list(used)),
                "record": np.isin(ids, list(records)),
                # a target, plan or forecast: drawn hollow and labelled, never as an outcome
                "forward": obs["status"]
                .astype(str)
                .isin([str(x) for x in FORWARD_STATUSES])
                .to_numpy(),
            }
        )
        .sort_values(["series", "x"], kind="stable")
        .reset_index(drop=True)
    )


def _codes(column: Any) -> tuple[np.ndarray, list[Any]]:
    """Each row's number among the distinct values of ``column`` (NaN one of them) and the
    values, as iterating the column gives them."""
    codes, uniques = pd.factorize(column, use_na_sentinel=False)
    return codes.astype(np.int64, copy=False), list(uniques)


def _distinct(*codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row's number among the distinct combinations of the ``codes`` (in order of
    first appearance) and the first row of each combination."""
    from app.domain.analytics.figures import pack

    combined, _ = pd.factorize(pack(codes))
    _, first = np.unique(combined, return_index=True)
    return combined, first


def _marks_and_labels(
    obs: pd.DataFrame, source_labels: dict[int, str]
) -> tuple[np.ndarray, list[str]]:
    """Each row's mark and tooltip label ("Jan–Oct 2025: $2.44 bn\nCHN reports · <source>").

    Each part is written once per distinct period, quantity and reporter with source, not
    once per row (2,000 series of 25 years: 50,000 rows, 25 periods, 2,000 reporters)."""
    start, end = obs["period_start"].to_numpy(), obs["period_end"].to_numpy()
    point = obs["period_point"].to_numpy()
    period, first = _distinct(*(_codes(c)[0] for c in (start, end, point)))
    kinds: list[str] = []
    texts: list[str] = []
    for s, e, p in zip(
        start[first].tolist(), end[first].tolist(), point[first].tolist(), strict=True
    ):
        kinds.append(MARKS[period_kind(s, e, p)])
        texts.append(period_label(s, e, p))
    # a value by its bits (-0.0 is not 0.0 to every format: "-0 %")
    values = obs["value"].to_numpy(dtype=float, na_value=np.nan)
    bits = np.ascontiguousarray(values).view(np.int64)
    units, unit_names = _codes(obs["unit"])
    qualifiers, qualifier_names = _codes(obs["qualifier"])
    statuses, status_names = _codes(obs["status"])
    quantity, first = _distinct(_codes(bits)[0], units, qualifiers, statuses)
    quantities = [
        labelled_quantity(v, unit_names[u], str(qualifier_names[q]), str(status_names[st]))
        for v, u, q, st in zip(
            values[first].tolist(),
            units[first].tolist(),
            qualifiers[first].tolist(),
            statuses[first].tolist(),
            strict=True,
        )
    ]
    reporters, reporter_names = _codes(obs["reporter"])
    sources, source_ids = _codes(obs["source_id"])
    who, first = _distinct(reporters, sources)
    whos = [
        f"{reporter_names[r]} reports · {source_labels.get(int(source_ids[sid]), '')}"
        for r, sid in zip(reporters[first].tolist(), sources[first].tolist(), strict=True)
    ]
    labels = [
        f"{texts[p]}: {quantities[q]}\n{whos[w]}"
        for p, q, w in zip(period.tolist(), quantity.tolist(), who.tolist(), strict=True)
    ]
    return np.array(kinds, dtype=object)[period], labels


def _used_and_records(obs: pd.DataFrame, sources: pd.DataFrame | None) -> tuple[set[int], set[int]]:
    """Rows the analytics use (preferred first) and rows that set a record in their series."""
    from app.domain.analytics.records import record_marks

    marks = record_marks(obs, sources)
    ids = obs["obs_id"].to_numpy()
    return set(ids[marks.used].tolist()), set(ids[marks.records()].tolist())


def windows_of(obs: pd.DataFrame) -> list[tuple[int, int, str]]:
    """The comparable windows present: (first month 1..12, months, label), most common first.

    "Jan–Oct" is (1, 10), a quarter (4, 3), a full year (1, 12). Points are left out.
    """
    if obs.empty:
        return []
    ranges = obs[~obs["period_point"].to_numpy()]
    first = ranges["period_start"].to_numpy() % 12 + 1
    length = (ranges["period_end"] - ranges["period_start"] + 1).to_numpy()
    keep = length <= 12
    counts = pd.Series(list(zip(first[keep], length[keep], strict=True))).value_counts()
    out = []
    for m, n in counts.index:
        out.append((int(m), int(n), window_label(int(m), int(n))))
    return out


def window_label(first_month: int, months: int) -> str:
    from app.domain.periods import MONTH_ABBR

    if months == 12 and first_month == 1:
        return "Full year"
    if months == 1:
        return MONTH_ABBR[first_month - 1]
    last = (first_month - 1 + months - 1) % 12
    return f"{MONTH_ABBR[first_month - 1]}–{MONTH_ABBR[last]}"


def same_period_points(
    obs: pd.DataFrame, first_month: int, months: int, sources: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The figure the analytics use for one window in each year, per reporter series:
    columns year, value, series, obs_id, qualifier (Jan–Oct 2021, Jan–Oct 2022, ...)."""
    from app.domain.analytics import choose_figures

    if obs.empty:
        return pd.DataFrame(columns=["year", "value", "series", "obs_id", "qualifier"])
    figures = choose_figures(obs, sources)
    start = figures["period_start"].to_numpy()
    length = (figures["period_end"] - figures["period_start"] + 1).to_numpy()
    hit = (
        (~figures["period_point"].to_numpy()) & (start % 12 + 1 == first_month) & (length == months)
    )
    sel = figures[hit]
    series = sel["reporter"].astype(str)
    subject = sel["subject"].astype(str)
    series = series.where(subject == "", series + " · " + subject)
    return (
        pd.DataFrame(
            {
                "year": sel["period_start"].to_numpy() // 12,
                "value": sel["value"].to_numpy(),
                "series": series.to_numpy(),
                "obs_id": sel["obs_id"].to_numpy(),
                "qualifier": sel["qualifier"].astype(str).to_numpy(),
            }
        )
        .sort_values(["series", "year"])
        .reset_index(drop=True)
    )


def latest_projections(obs: pd.DataFrame, sources: pd.DataFrame | None = None) -> list[Any]:
    """Full-year projections from the latest year-to-date figure of each reporter series
    (only those the history allows: see analytics.project_full_year)."""
    from app.domain.analytics.projection import project_full_years

    if obs.empty:
        return []
    start = obs["period_start"].to_numpy().astype(np.int64)
    end = obs["period_end"].to_numpy().astype(np.int64)
    length = end - start
    ytd = np.flatnonzero(
        ~obs["period_point"].to_numpy(dtype=bool) & (start % 12 == 0) & (length > 0) & (length < 11)
    )
    series = [_group_codes(obs[c])[ytd] for c in ("reporter", "subject")]
    keep = (series[0] >= 0) & (series[1] >= 0)  # a missing reporter or subject: no series
    ytd, series = ytd[keep], [c[keep] for c in series]
    if not len(ytd):
        return []
    # per (reporter, subject), in the groups' order: the figure with the latest end (the
    # highest obs_id among equals)
    ids = obs["obs_id"].to_numpy().astype(np.int64)[ytd]
    order = np.lexsort((ids, end[ytd], series[1], series[0]))
    r, s = series[0][order], series[1][order]
    last = np.flatnonzero(np.r_[(r[1:] != r[:-1]) | (s[1:] != s[:-1]), True])
    latest = ids[order][last].tolist()
    return [p for p in project_full_years(obs, latest, sources) if p.projected is not None]


def _group_codes(column: pd.Series) -> np.ndarray:
    """Each row's group number, numbered in the order a groupby visits the groups (a
    categorical's category order, else sorted values); -1 for a missing value."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        return column.cat.codes.to_numpy().astype(np.int64)
    codes, _ = pd.factorize(column, sort=True)
    return codes.astype(np.int64)
