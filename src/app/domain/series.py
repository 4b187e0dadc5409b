"""What a chart draws for one indicator: points placed in time, by series and kind.

Full-year, year-to-date (and other ranges) and point-in-time figures are kept apart so that
the chart can draw them distinguishably; every point carries its source label.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from app.domain.periods import PeriodKind, period_kind, period_label

#: How each period kind is drawn: (marker family, connected by a line?)
MARKS = {
    PeriodKind.YEAR: "year", PeriodKind.YTD: "ytd", PeriodKind.RANGE: "ytd",
    PeriodKind.HALF: "part", PeriodKind.QUARTER: "part", PeriodKind.MONTH: "part",
    PeriodKind.POINT: "point",
}


def chart_points(obs: pd.DataFrame, source_labels: dict[int, str],
                 sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per observation: x (month index of the period's middle; a point-in-time
    figure at its month), value,
    series (reporter, plus subject if any), mark, label (tooltip text) and obs_id."""
    if obs.empty:
        return pd.DataFrame(columns=["x", "value", "series", "mark", "label", "obs_id",
                                     "preferred", "used", "record"])
    kinds = [period_kind(s, e, p) for s, e, p in
             zip(obs["period_start"], obs["period_end"], obs["period_point"], strict=True)]
    series = obs["reporter"].astype(str).where(obs["reporter"].astype(str) != "", "—")
    subject = obs["subject"].astype(str)
    series = series.where(subject == "", series + " · " + subject)
    labels = [
        f"{period_label(s, e, p)}: {v:,.6g} {u}\n{r} reports · {source_labels.get(int(sid), '')}"
        for s, e, p, v, u, r, sid in zip(obs["period_start"], obs["period_end"],
                                         obs["period_point"], obs["value"], obs["unit"],
                                         obs["reporter"], obs["source_id"], strict=True)
    ]
    start = obs["period_start"].to_numpy().astype(float)
    end = obs["period_end"].to_numpy().astype(float)
    x = np.where(obs["period_point"].to_numpy(), start, (start + end + 1) / 2)
    used, records = _used_and_records(obs, sources)
    ids = obs["obs_id"].to_numpy()
    return pd.DataFrame({
        "x": x, "value": obs["value"].to_numpy(), "series": series.to_numpy(),
        "mark": [MARKS[k] for k in kinds], "label": labels, "obs_id": ids,
        "preferred": obs["preferred"].to_numpy(), "used": np.isin(ids, list(used)),
        "record": np.isin(ids, list(records)),
    }).sort_values(["series", "x"], kind="stable").reset_index(drop=True)


def _used_and_records(obs: pd.DataFrame, sources: pd.DataFrame | None) -> tuple[set[int],
                                                                              set[int]]:
    """Rows the analytics use (preferred first) and rows that set a record in their series."""
    from app.domain.analytics import choose_figures, record_history

    figures = choose_figures(obs, sources)
    used = {int(i) for i in figures["obs_id"]}
    records: set[int] = set()
    for _, series in figures[~figures["period_point"]].groupby(
            ["reporter", "partner", "subject", "window_month", "window_len"], observed=True):
        hist = record_history(series)
        records |= {int(i) for i in hist.loc[hist["status"] == "record", "obs_id"]}
    return used, records
