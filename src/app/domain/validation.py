"""Checks of a typed figure against what the desk already knows about its indicator.

A person typing "5.7 bn" where the series holds 57,000 persons, or choosing USD for a
count of tourists, makes a slip no cell rule can refuse: the number reads, the unit
exists. These checks compare the figure with the indicator's catalogue unit and with its
own series (same indicator, reporter, partner and subject) and return structured
:class:`Suspicion` s. They never refuse anything and never word anything: the desk asks
the question in the user's language and keeping the figure is always possible.

The series is found by comparing categorical codes (one integer comparison per row),
never by scanning text, so a check on a million-row store stays interactive.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from app.domain.store import ObservationStore

SuspicionKind = Literal["unit", "scale", "growth"]

#: a figure this many times above or below its series' typical figure looks like a slip
SCALE_LIMIT = 20.0
#: a change on the same period a year earlier beyond this (in percent, either way)
GROWTH_LIMIT = 300.0
#: how many figures of the series, nearest in time, make the reference
NEIGHBOURS = 5
#: neighbours further away than this (months) say little: trade can grow 20-fold in 25 years
MAX_DISTANCE = 60


@dataclass(frozen=True)
class Suspicion:
    """What looks wrong with a figure, with the numbers the question needs.

    ``factor`` is value / reference (1.0 for a unit suspicion); ``suggested`` is the
    value with the likely slip undone (a power of ten for a scale suspicion, None when
    nothing better can be proposed); ``reference`` and ``reference_period`` (start, end,
    point) are the stored figure compared with; ``expected_unit`` is the catalogue's.
    """

    kind: SuspicionKind
    value: float
    suggested: float | None
    factor: float
    reference: float | None
    reference_period: tuple[int, int, bool] | None
    expected_unit: str

    @property
    def change_percent(self) -> float:
        """The change the figure implies on its reference, in percent."""
        return (self.factor - 1.0) * 100.0


def expected_unit(store: ObservationStore, indicator: str) -> str:
    """The unit figures of ``indicator`` are kept in: the catalogue's, else the unit most
    of its stored figures have ("" when neither says)."""
    cat = store.indicators
    if len(cat) and "unit" in cat.columns:
        hit = cat.loc[cat["code"] == indicator, "unit"]
        if len(hit) and isinstance(hit.iloc[0], str) and hit.iloc[0].strip():
            return hit.iloc[0].strip()
    obs = store.observations
    rows = _code_mask(obs, "indicator", indicator)
    if rows is None or not rows.any():
        return ""
    units = obs["unit"][rows].astype(str)
    units = units[units != ""]
    return str(units.value_counts().index[0]) if len(units) else ""


def indicator_kind(store: ObservationStore, indicator: str) -> str:
    """flow / stock / rate / count from the catalogue ("" when it does not say)."""
    cat = store.indicators
    if cat.empty or "kind" not in cat.columns:
        return ""
    hit = cat.loc[cat["code"] == indicator, "kind"]
    return str(hit.iloc[0]) if len(hit) and isinstance(hit.iloc[0], str) else ""


def check_value(
    store: ObservationStore,
    indicator: str,
    reporter: str,
    partner: str,
    period_start: int,
    period_end: int,
    value: float,
    unit: str,
    obs_id: int | None = None,
    subject: str | None = None,
) -> list[Suspicion]:
    """What looks wrong with ``value`` in ``unit`` for this indicator, pair and period.

    ``obs_id``: the figure being edited, left out of its own series. ``subject``: the
    figure's subject (a project's name); None takes the edited figure's, else "".
    A growth suspicion is only raised when the scale looks right: a slipped power of ten
    explains the jump better, and one question is enough. Rates (percent) are not
    checked for growth: a growth rate going from 2 % to 9 % is no slip.
    """
    if not math.isfinite(value):
        return []
    expected = expected_unit(store, indicator)
    found: list[Suspicion] = []
    if expected and unit and unit != expected:
        found.append(Suspicion("unit", value, None, 1.0, None, None, expected))
    if subject is None:
        subject = _stored_subject(store, obs_id)
    series = _series(store, indicator, reporter, partner, subject, unit, obs_id)
    if series is None or series.empty:
        return found
    rate = indicator_kind(store, indicator) == "rate"
    scale = _scale(series, period_start, period_end, value, expected, rate)
    if scale is not None:
        found.append(scale)
    elif not rate:
        growth = _growth(series, period_start, period_end, value, expected)
        if growth is not None:
            found.append(growth)
    return found


def _code_mask(obs: pd.DataFrame, column: str, text: str) -> np.ndarray | None:
    """Rows whose categorical ``column`` is ``text`` (None when no row can be)."""
    col = obs[column]
    if not isinstance(col.dtype, pd.CategoricalDtype):
        mask: np.ndarray = (col.astype(str) == text).to_numpy()
        return mask
    code = int(col.cat.categories.get_indexer(pd.Index([text]))[0])
    if code < 0:
        return None
    codes: np.ndarray = col.cat.codes.to_numpy()
    found: np.ndarray = codes == code
    return found


def _stored_subject(store: ObservationStore, obs_id: int | None) -> str:
    if obs_id is None:
        return ""
    try:
        return str(store.get(obs_id, "subject"))
    except KeyError:
        return ""


def _series(
    store: ObservationStore,
    indicator: str,
    reporter: str,
    partner: str,
    subject: str,
    unit: str,
    obs_id: int | None,
) -> pd.DataFrame | None:
    """The other figures of the series, in the same unit: period and value columns."""
    obs = store.observations
    if obs.empty:
        return None
    mask: np.ndarray | None = None
    for column, text in (
        ("indicator", indicator),
        ("reporter", reporter),
        ("partner", partner),
        ("subject", subject),
        ("unit", unit),
    ):
        part = _code_mask(obs, column, text)
        if part is None:
            return None
        mask = part if mask is None else mask & part
    assert mask is not None
    rows = np.flatnonzero(mask)
    if obs_id is not None:
        rows = rows[obs["obs_id"].to_numpy()[rows] != obs_id]
    out = pd.DataFrame(
        {
            "start": obs["period_start"].to_numpy()[rows].astype("int64"),
            "end": obs["period_end"].to_numpy()[rows].astype("int64"),
            "point": obs["period_point"].to_numpy()[rows].astype(bool),
            "value": obs["value"].to_numpy()[rows],
        }
    )
    values = out["value"].to_numpy()
    kept: pd.DataFrame = out[np.isfinite(values) & (values != 0)]
    return kept


def _lower_median(frame: pd.DataFrame) -> pd.Series:
    """The row holding the median value (the lower one of an even count): a stored
    figure the question can name with its period, not an average nobody published."""
    ordered = frame.sort_values("value", kind="stable", key=np.abs)
    return ordered.iloc[(len(ordered) - 1) // 2]


def _period(row: pd.Series) -> tuple[int, int, bool]:
    return int(row["start"]), int(row["end"]), bool(row["point"])


def _scale(
    series: pd.DataFrame, start: int, end: int, value: float, expected: str, rate: bool
) -> Suspicion | None:
    """``value`` more than :data:`SCALE_LIMIT` times off the typical figure of the same
    length of period among the nearest in time (within :data:`MAX_DISTANCE` months);
    the suggestion undoes the power of ten.

    For a rate the value must also be that far from every neighbour: growth rates near
    zero make ratios large without any slip.
    """
    same = series[(series["end"] - series["start"]) == (end - start)]
    distance = (same["start"] - start).abs().to_numpy()
    same, distance = same[distance <= MAX_DISTANCE], distance[distance <= MAX_DISTANCE]
    if same.empty or value == 0:
        return None
    nearest = same.iloc[np.argsort(distance, kind="stable")[:NEIGHBOURS]]
    ref = _lower_median(nearest)
    factor = abs(value) / abs(float(ref["value"]))
    if 1 / SCALE_LIMIT <= factor <= SCALE_LIMIT:
        return None
    if rate:
        ratios = np.abs(value) / np.abs(nearest["value"].to_numpy())
        if ((ratios >= 1 / SCALE_LIMIT) & (ratios <= SCALE_LIMIT)).any():
            return None
    power = round(math.log10(factor))
    # to 12 significant digits: 57 * 1e3 is 57000.000000000004 in binary
    suggested = float(f"{value / 10.0**power:.12g}") if power else None
    return Suspicion("scale", value, suggested, factor, float(ref["value"]), _period(ref), expected)


def _growth(
    series: pd.DataFrame, start: int, end: int, value: float, expected: str
) -> Suspicion | None:
    """A change beyond ±:data:`GROWTH_LIMIT` % on the same period a year earlier."""
    earlier = series[(series["start"] == start - 12) & (series["end"] == end - 12)]
    if earlier.empty:
        return None
    ref = _lower_median(earlier)
    base = float(ref["value"])
    change = (value - base) / abs(base) * 100.0
    if abs(change) <= GROWTH_LIMIT:
        return None
    return Suspicion("growth", value, None, value / base, base, _period(ref), expected)
