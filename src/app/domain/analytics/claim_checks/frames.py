"""The stored figures a claim is checked against, by series, and the labels of the sources."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any, cast

import numpy as np
import pandas as pd

from app.domain.analytics.claim_checks.common import Rows, change_interval, level_interval
from app.domain.analytics.column_texts import as_objects, text_codes
from app.domain.analytics.conflicts import COUNTERPART_INDICATORS, is_symmetric
from app.domain.analytics.figures import fine_rows, keyed, keyed_parts, part_values
from app.domain.analytics.passes import frame_column, once_per_pass
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


def _labels(sources: pd.DataFrame) -> list[str]:
    """``source_labels(sources).astype(str)``, one text per source made in Python when the
    columns hold texts only (a report's few sources: the column operations cost more)."""
    columns = [sources[c].tolist() for c in ("publisher", "speaker", "published")]
    if not all(isinstance(x, str) for col in columns for x in col):
        return [str(x) for x in source_labels(sources).tolist()]
    out = []
    for publisher, speaker, published in zip(*columns, strict=True):
        who = publisher or speaker or "unknown source"
        out.append(f"{who}, {published}" if published else who)
    return out


class _Sources:
    """Labels, speakers and statistical origins of the sources, by id."""

    def __init__(self, sources: pd.DataFrame | None) -> None:
        self.label: dict[int, str] = {}
        self.speaker: dict[int, str] = {}
        self.published: dict[int, str] = {}
        self.origin: dict[int, str] = {}
        if sources is None or sources.empty:
            return
        ids = [int(i) for i in sources["source_id"].tolist()]
        self.label = dict(zip(ids, _labels(sources), strict=True))
        pubs = [str(x) for x in sources["publisher"].tolist()]
        speakers = [str(x) for x in sources["speaker"].tolist()]
        self.speaker = {i: s for i, s, p in zip(ids, speakers, pubs, strict=True) if s and s != p}
        published = [str(x) for x in sources["published"].tolist()]
        self.published = dict(zip(ids, published, strict=True))
        origins = [str(x) for x in sources["origin"].tolist()]
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


def sources_of(sources: pd.DataFrame | None) -> _Sources:
    """:class:`_Sources` of a sources table, made once per report (:func:`once_per_pass`)."""
    return once_per_pass("claim sources", (sources,), lambda: _Sources(sources))


# --- the stored figures -----------------------------------------------------------------


def _text_codes(col: pd.Series) -> tuple[np.ndarray, dict[str, int]]:
    """(one int64 code per row, code of each text): :func:`text_codes` with equal texts
    (two categories or values with one ``str``, a missing value and '') made one code."""
    codes, words = text_codes(col)
    unify, uniques = pd.factorize(words)
    return unify.astype(np.int64)[codes], {str(u): i for i, u in enumerate(uniques)}


class Data:
    """The stored figures by series (indicator, reporter, partner, subject), and the records.

    Nothing is built for the whole table: the rows of a series, or of a claim's figure, are
    found on integer codes (one int64 key per row, computed once) and keyed when first
    asked for; :meth:`prefetch` keys the series of many claims in one pass."""

    def __init__(
        self,
        observations: pd.DataFrame,
        sources: pd.DataFrame | None,
        records: dict[str, pd.DataFrame],
        tolerance_pp: float = 0.1,
        src: _Sources | None = None,
    ) -> None:
        self._observations = observations
        self._sources = sources
        self._tolerance_pp = tolerance_pp
        self.src = src if src is not None else sources_of(sources)
        self.records = records
        self._tables: dict[str, pd.DataFrame] = {}
        self._series: dict[tuple[str, str, str, str], Rows] = {}
        self._obs_rows: dict[int, dict[Hashable, Any] | None] = {}
        self._codes: tuple[np.ndarray, list[dict[str, int]], np.ndarray] | None = None
        self._ids: tuple[np.ndarray, np.ndarray] | None = None
        self._changed: Rows | None = None

    # -- codes and positions -------------------------------------------------------------

    def _keys(self) -> tuple[np.ndarray, list[dict[str, int]], np.ndarray]:
        """(int64 series key per row, code of each text per key column, usable rows: a
        value and no finer period than a month)."""
        if self._codes is None:
            obs = self._observations
            key = np.zeros(len(obs), dtype=np.int64)
            maps = []
            for col in _SERIES_COLUMNS:
                codes, words = _text_codes(frame_column(obs, col))
                key = key * (len(words) + 1) + codes
                maps.append(words)
            fine = fine_rows(obs)
            usable = np.ones(len(obs), dtype=bool) if fine is None else ~fine
            self._codes = (key, maps, usable)
        return self._codes

    def _key_of(self, texts: tuple[str, str, str, str]) -> int | None:
        _key, maps, _usable = self._keys()
        out = 0
        for text, words in zip(texts, maps, strict=True):
            code = words.get(text)
            if code is None:
                return None
            out = out * (len(words) + 1) + code
        return out

    def _positions(self) -> tuple[np.ndarray, np.ndarray]:
        """(the obs ids of the kept rows, sorted and distinct; the row position of each:
        the last row of an id stated twice), searched instead of hashed."""
        if self._ids is None:
            _key, _maps, usable = self._keys()
            every = frame_column(self._observations, "obs_id").to_numpy()
            self._ids = _last_of_each(every, np.flatnonzero(usable))
        return self._ids

    def _position_of(self, obs_ids: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """(whether each obs id is a kept row, the positions of those that are)."""
        want = np.asarray(obs_ids, dtype=np.int64)
        if self._ids is None and len(want) * 64 < len(self._observations):
            # a report's few claims: their rows found by one compare, no sort of every id
            _key, _maps, usable = self._keys()
            every = frame_column(self._observations, "obs_id").to_numpy()
            ids, pos = _last_of_each(every, np.flatnonzero(usable & np.isin(every, want)))
        else:
            ids, pos = self._positions()
        at = np.minimum(np.searchsorted(ids, want), max(len(ids) - 1, 0))
        found = ids[at] == want if len(ids) else np.zeros(len(want), dtype=bool)
        return found, pos[at[found]]

    def _keyed(self, positions: np.ndarray) -> pd.DataFrame:
        """The keyed rows (with intervals) of the observations at ``positions``."""
        return _keyed_rows(self._observations.iloc[positions], self._sources, self._tolerance_pp)

    def _keyed_columns(self, positions: np.ndarray) -> dict[str, np.ndarray]:
        """The columns of :meth:`_keyed` (in its order), without the frame."""
        return _keyed_columns(self._observations, positions, self._sources, self._tolerance_pp)

    def _records(self, positions: np.ndarray) -> Rows:
        """``self._keyed(positions).to_dict("records")``, read column by column."""
        cols = self._keyed_columns(positions)
        names = list(cols)
        values = zip(*[cols[c].tolist() for c in names], strict=True)
        return [dict(zip(names, row, strict=True)) for row in values]

    # -- what the checks read ------------------------------------------------------------

    def with_change(self, exclude: set[int]) -> Rows:
        """Keyed rows with a reported change, but for the obs ids in ``exclude``."""
        return [r for r in self._changes() if r["obs_id"] not in exclude]

    def _changes(self) -> Rows:
        if self._changed is None:
            obs = self._observations
            _key, _maps, usable = self._keys()
            change = frame_column(obs, "change_value").to_numpy(dtype="float64")
            at = np.flatnonzero(usable & np.isfinite(change))
            self._changed = self._records(at) if len(at) else []
        return self._changed

    def prefetch_obs(self, obs_ids: list[int]) -> None:
        """Key the rows of these obs ids in one pass (for :meth:`obs`)."""
        want = [i for i in dict.fromkeys(obs_ids) if i not in self._obs_rows]
        if not want:
            return
        found, pos = self._position_of(want)
        rows = cast(list[dict[Hashable, Any]], self._records(pos))
        it = iter(rows)
        for i, ok in zip(want, found.tolist(), strict=True):
            self._obs_rows[i] = next(it) if ok else None

    def obs(self, obs_id: int) -> dict[Hashable, Any] | None:
        if obs_id not in self._obs_rows:
            self.prefetch_obs([obs_id])
        return self._obs_rows[obs_id]

    def status_of(self, obs_id: int) -> str:
        """The status of a stored figure ('' when it is not stored)."""
        row = self.obs(obs_id)
        return "" if row is None else str(row["status"])

    def prefetch(self, keys: list[tuple[str, str, str, str]]) -> None:
        """The rows of many series (indicator, reporter, partner, subject) in one pass."""
        want = {k: self._key_of(k) for k in dict.fromkeys(keys) if k not in self._series}
        codes = {c for c in want.values() if c is not None}
        if codes:
            key, _maps, usable = self._keys()
            hit = np.flatnonzero(np.isin(key, np.fromiter(codes, np.int64, len(codes))) & usable)
            self._fill(want, key[hit], hit)
        for k in want:
            self._series.setdefault(k, [])

    def _fill(
        self, want: dict[tuple[str, str, str, str], int | None], keys: np.ndarray, pos: np.ndarray
    ) -> None:
        figs = self._keyed_columns(pos)
        finite = np.isfinite(figs["value"])
        keys = keys[finite]
        cols = [figs[c][finite].tolist() for c in _ROW_COLUMNS]
        grouped: dict[int, Rows] = {}
        names = _ROW_COLUMNS
        for k, values in zip(keys.tolist(), zip(*cols, strict=True), strict=True):
            grouped.setdefault(k, []).append(dict(zip(names, values, strict=True)))
        for k, code in want.items():
            if code is not None:
                self._series[k] = grouped.get(code, [])

    def rows(self, indicator: str, reporter: str, partner: str, subject: str) -> Rows:
        """Stored figures of one indicator stated by ``reporter`` about ``partner``."""
        key = (indicator, reporter, partner, subject)
        hit = self._series.get(key)
        if hit is None:
            self.prefetch([key])
            hit = self._series[key]
        return hit

    def figures_of(self, indicator: str, reporter: str) -> pd.DataFrame:
        """Keyed rows with a value of one indicator stated by ``reporter`` (any partner)."""
        key, maps, usable = self._keys()
        i, r = maps[0].get(indicator), maps[1].get(reporter)
        if i is None or r is None:
            return self._keyed(np.zeros(0, dtype=np.int64))
        n_par, n_sub = len(maps[2]) + 1, len(maps[3]) + 1
        series = key // (n_par * n_sub)
        n_rep = len(maps[1]) + 1
        mask = usable & (series == i * n_rep + r)
        figs = self._keyed(np.flatnonzero(mask))
        out: pd.DataFrame = figs[np.isfinite(figs["value"].to_numpy())]
        return out

    def other_side(self, indicator: str, reporter: str, partner: str, subject: str) -> Rows:
        """The same quantity stated by the other side of the pair (mirror figures)."""
        mirror = mirror_indicator(indicator)
        if not mirror or not reporter or not partner:
            return []
        return self.rows(mirror, partner, reporter, subject)

    def frame(self, rows: Rows) -> pd.DataFrame:
        """Rows as a frame with the figures' columns (also when there are none)."""
        return pd.DataFrame(rows, columns=list(_ROW_COLUMNS))

    def table(self, name: str) -> pd.DataFrame:
        """A record table in its in-memory types (empty when not given), normalised once."""
        if name not in self._tables:
            given = self.records.get(name)
            frame = given if given is not None else pd.DataFrame()
            self._tables[name] = normalise_records(name, frame)
        return self._tables[name]


class ScopedData(Data):
    """A :class:`Data` that sees only the rows of one indicator and subject (and its own
    claims table): the checks of a briefing's section, sharing the keyed rows of the pair."""

    def __init__(self, parent: Data, indicator: str, subject: str, claims: pd.DataFrame) -> None:
        self._parent = parent
        self._scope = (indicator, subject)
        self.src = parent.src
        self.records = {**parent.records, "claims": claims}
        self._tables = {}

    def _inside(self, frame: pd.DataFrame) -> pd.DataFrame:
        ind, subj = self._scope
        out: pd.DataFrame = frame[
            ((frame["indicator"] == ind) & (frame["subject"] == subj)).to_numpy()
        ]
        return out

    def with_change(self, exclude: set[int]) -> Rows:
        return [
            r
            for r in self._parent.with_change(exclude)
            if (r["indicator"], r["subject"]) == self._scope
        ]

    def prefetch_obs(self, obs_ids: list[int]) -> None:
        self._parent.prefetch_obs(obs_ids)

    def obs(self, obs_id: int) -> dict[Hashable, Any] | None:
        row = self._parent.obs(obs_id)
        if row is None or (str(row["indicator"]), str(row["subject"])) != self._scope:
            return None
        return row

    def prefetch(self, keys: list[tuple[str, str, str, str]]) -> None:
        self._parent.prefetch([k for k in keys if (k[0], k[3]) == self._scope])

    def rows(self, indicator: str, reporter: str, partner: str, subject: str) -> Rows:
        if (indicator, subject) != self._scope:
            return []
        return self._parent.rows(indicator, reporter, partner, subject)

    def figures_of(self, indicator: str, reporter: str) -> pd.DataFrame:
        figs = self._parent.figures_of(indicator, reporter)
        return self._inside(figs)


def _last_of_each(obs_ids: np.ndarray, pos: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(the distinct obs ids at rows ``pos``, sorted; the row of each: the last row of an
    id stated twice)."""
    ids = obs_ids.astype(np.int64)[pos]
    order = np.argsort(ids, kind="stable")  # equal ids keep their row order
    ids, pos = ids[order], pos[order]
    last = np.ones(len(ids), dtype=bool)
    last[:-1] = ids[1:] != ids[:-1]
    return ids[last], pos[last]


#: the text columns of a series key, in the order of :meth:`Data._keys`
_SERIES_COLUMNS = ("indicator", "reporter", "partner", "subject")


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
    "status",
    "lo",
    "hi",
    "change_value",
    "change_unit",
    "change_qualifier",
    "change_lo",
    "change_hi",
)


def _keyed_columns(
    observations: pd.DataFrame,
    positions: np.ndarray,
    sources: pd.DataFrame | None,
    tolerance_pp: float,
) -> dict[str, np.ndarray]:
    """The columns of :func:`_keyed_rows` of the observations at ``positions``, in its
    order, as arrays: the claim checks read them as rows, and a frame of them costs more
    than the columns on a report's few rows."""
    fine = fine_rows(observations)
    if fine is not None:
        positions = positions[~fine[positions]]
    out = {name: part_values(p) for name, p in keyed_parts(observations, positions, sources)}
    out["lo"], out["hi"] = level_interval(out["value"], out["qualifier"])
    change = frame_column(observations, "change_value").to_numpy(dtype="float64")[positions]
    units, quals = (_objects_at(frame_column(observations, c), positions) for c in _CHANGE_TEXTS)
    _pct, c_lo, c_hi = change_interval(change, units, quals, tolerance_pp)
    out["status"] = _objects_at(frame_column(observations, "status"), positions)
    out["change_value"] = change
    out["change_unit"], out["change_qualifier"] = units, quals
    out["change_lo"], out["change_hi"] = c_lo, c_hi
    return out


_CHANGE_TEXTS = ("change_unit", "change_qualifier")


def _objects_at(col: pd.Series, positions: np.ndarray) -> np.ndarray:
    """:func:`as_objects` of ``col`` at ``positions``, made for those rows only."""
    codes, words = text_codes(col)
    out: np.ndarray = np.take(words, codes[positions])
    return out


def _keyed_rows(
    observations: pd.DataFrame, sources: pd.DataFrame | None, tolerance_pp: float
) -> pd.DataFrame:
    """Keyed figures with their level and reported-change intervals."""
    k = keyed(observations, sources, same_reporter=True)
    if len(k) != len(observations):
        observations = observations.loc[k.index]
    lo, hi = level_interval(k["value"].to_numpy(), k["qualifier"].to_numpy())
    change = observations["change_value"].to_numpy(dtype="float64")
    c_unit = as_objects(observations["change_unit"])
    c_qual = as_objects(observations["change_qualifier"])
    _pct, c_lo, c_hi = change_interval(change, c_unit, c_qual, tolerance_pp)
    out = k.assign(
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


def mirror_indicator(indicator: str) -> str:
    if is_symmetric(indicator):
        return indicator
    return COUNTERPART_INDICATORS.get(indicator) or _REVERSE_COUNTERPART.get(indicator, "")
