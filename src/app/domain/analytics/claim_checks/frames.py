"""The stored figures a claim is checked against, by series, and the labels of the sources."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import numpy as np
import pandas as pd

from app.domain.analytics.claim_checks.common import Rows, change_interval, level_interval
from app.domain.analytics.conflicts import COUNTERPART_INDICATORS, is_symmetric
from app.domain.analytics.figures import as_objects, keyed
from app.domain.model import source_labels
from app.domain.records import normalise_records

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


class Data:
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


#: the columns of a plain row (:meth:`Data.rows`)
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
