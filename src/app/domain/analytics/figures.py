"""One figure per key: which of several rows for the same figure the analytics use.

Several sources often give the same figure (indicator, reporter, partner, subject, period:
``FIGURE_KEY``). The analytics use one row per key, chosen by a fixed, documented rule:

1. the row marked ``preferred`` (the user's choice);
2. else the row whose source was published most recently (later statements usually
   correct earlier ones; a blank date counts as oldest);
3. else the row with the highest ``obs_id`` (the one entered last).

``choice`` says which rule decided, so that every view can say which value it used.

In "any reporter" mode the key uses the unordered country pair instead of
(reporter, partner): a figure stated by either side of the pair competes for one slot.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: Series key of comparable periods: the figure key without the year.
WINDOW_COLUMNS = (
    "indicator",
    "side_a",
    "side_b",
    "subject",
    "period_point",
    "window_month",
    "window_len",
)

CHOICE_PREFERRED = "preferred"
CHOICE_ONLY = "only figure"
CHOICE_LATEST = "most recently published"


def as_objects(col: pd.Series) -> np.ndarray:
    """A (categorical) text column as an object array of str, taken through its codes."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        cats = np.asarray([str(c) for c in col.cat.categories] + [""], dtype=object)
        codes = col.cat.codes.to_numpy()
        return cats[np.where(codes < 0, len(cats) - 1, codes)]
    return np.asarray([str(x) for x in col.fillna("")], dtype=object)


def published_by_source(observations: pd.DataFrame, sources: pd.DataFrame | None) -> np.ndarray:
    """Publication date text of each observation's source ('' where unknown)."""
    if sources is None or sources.empty:
        return np.full(len(observations), "", dtype=object)
    dates = pd.Series(
        sources["published"].astype(str).to_numpy(), index=sources["source_id"].to_numpy()
    )
    dates = dates[~dates.index.duplicated()]
    out = dates.reindex(observations["source_id"].to_numpy()).fillna("")
    return out.to_numpy(dtype=object)


def keyed(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None = None,
    same_reporter: bool = True,
    months_only: bool = True,
) -> pd.DataFrame:
    """Plain key columns of each observation (original index kept).

    ``side_a``/``side_b`` are (reporter, partner) when ``same_reporter``; otherwise the
    sorted pair, so that either side's statement fits one series. Figures finer than a
    month (a day or week in ``period_detail``) are left out when ``months_only``: growth,
    windows and claims compare months, and a daily rate is not its month's figure.
    """
    detail = observations.get("period_detail", None)
    if detail is not None and months_only:
        fine = as_objects(detail) != ""
        if fine.any():
            observations = observations[~fine]
            detail = observations["period_detail"]
    rep = as_objects(observations["reporter"])
    par = as_objects(observations["partner"])
    if same_reporter:
        side_a, side_b = rep, par
    else:
        swap = par < rep
        side_a = np.where(swap, par, rep)
        side_b = np.where(swap, rep, par)
    start = observations["period_start"].to_numpy(dtype="int64")
    end = observations["period_end"].to_numpy(dtype="int64")
    idx = observations.index

    def text(arr: np.ndarray) -> pd.Series:
        # an explicit object Series: letting pandas infer a string dtype costs more than
        # everything else here on 100k rows
        return pd.Series(arr, index=idx, dtype=object, copy=False)

    return pd.DataFrame(
        {
            "indicator": text(as_objects(observations["indicator"])),
            "side_a": text(side_a),
            "side_b": text(side_b),
            "subject": text(as_objects(observations["subject"])),
            "period_point": observations["period_point"].to_numpy(dtype=bool),
            "period_detail": text(
                as_objects(detail) if detail is not None else np.full(len(idx), "", dtype=object)
            ),
            "window_month": start % 12,
            "window_len": end - start,
            "year": start // 12,
            "period_start": start,
            "period_end": end,
            "value": observations["value"].to_numpy(dtype="float64"),
            "qualifier": text(as_objects(observations["qualifier"])),
            "unit": text(as_objects(observations["unit"])),
            "reporter": text(rep),
            "partner": text(par),
            "obs_id": observations["obs_id"].to_numpy(dtype="int64"),
            "source_id": observations["source_id"].to_numpy(dtype="int64"),
            "preferred": observations["preferred"].to_numpy(dtype=bool),
            "published": text(published_by_source(observations, sources)),
        },
        index=idx,
    )


def choose_figures(
    observations: pd.DataFrame, sources: pd.DataFrame | None = None, same_reporter: bool = True
) -> pd.DataFrame:
    """The keyed rows that the analytics use, one per figure key (see module doc).

    Adds ``n_rows`` (rows sharing the key) and ``choice`` (the rule that picked this row;
    :func:`conflicts.find_conflicts` lists the rows that lost). Rows without a value are
    ignored.
    """
    k = keyed(observations, sources, same_reporter)
    k = k[np.isfinite(k["value"].to_numpy())]
    group = [*WINDOW_COLUMNS, "year"]
    ordered = k.sort_values(["preferred", "published", "obs_id"], ascending=False, kind="mergesort")
    chosen = ordered[~ordered.duplicated(group, keep="first")].copy()
    sizes = ordered.groupby(group, sort=False, observed=True)["obs_id"].transform("size")
    chosen["n_rows"] = sizes.loc[chosen.index].to_numpy()
    chosen["choice"] = np.where(
        chosen["preferred"],
        CHOICE_PREFERRED,
        np.where(chosen["n_rows"] > 1, CHOICE_LATEST, CHOICE_ONLY),
    )
    out: pd.DataFrame = chosen
    return out


def window_year_index(figures: pd.DataFrame) -> pd.MultiIndex:
    """(window key..., year) of keyed/chosen rows, for lookups of the same window."""
    return pd.MultiIndex.from_frame(figures[[*WINDOW_COLUMNS, "year"]])


def lookup(figures: pd.DataFrame, wanted: pd.DataFrame) -> np.ndarray:
    """Position in ``figures`` of each ``wanted`` key (window columns + year); -1 if absent."""
    idx = window_year_index(figures)
    want = pd.MultiIndex.from_frame(wanted[[*WINDOW_COLUMNS, "year"]])
    return np.asarray(idx.get_indexer(want), dtype="int64")


def is_year_window(figures: pd.DataFrame) -> np.ndarray:
    """Rows whose window is a calendar year (Jan..Dec, not a point)."""
    return (
        (figures["window_month"] == 0) & (figures["window_len"] == 11) & ~figures["period_point"]
    ).to_numpy()
