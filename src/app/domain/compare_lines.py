"""The comparison's lines: the figures chosen once (:func:`~app.domain.compare.compare_figures`)
transformed for a mode. A mode switch costs only :func:`lines_of`. The modes:

* levels: the figures in canonical units;
* index: 100 at a base period (the series' figure whose period holds the base month);
* growth: change on the same window a year earlier (:func:`yoy_for`, like for like);
* share: percent of a total series' figure for the very same period, or of the sum of the
  shown series where every one of them has that period.

Nothing is invented: a series without a base figure, a year-earlier figure or a total gets
a ``note`` instead of a line. :mod:`app.domain.compare` re-exports the public names.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import reduce

import numpy as np
import pandas as pd

from app.domain.analytics.intervals import UNBOUNDED, bound_words, pct_text
from app.domain.compare import (
    YEARS,
    Columns,
    CompareMode,
    CompareSeries,
    CompareSpec,
    SeriesFigures,
    WindowKey,
    compare_figures,
    window_words,
)
from app.domain.countries import country_name
from app.domain.model import labelled_quantity, qualified_quantity
from app.domain.periods import period_label

_MODE_UNITS = {CompareMode.INDEX: "index", CompareMode.GROWTH: "percent"}
_REF_WORDS = {CompareMode.INDEX: "base", CompareMode.GROWTH: "a year earlier"}


def window_period_words(window: WindowKey | None, month: int) -> str:
    """The period of ``window`` that holds ``month`` ("2019", "Jan–Oct 2019", "Q1 2019")."""
    first, months = window or YEARS
    if months == 0:
        return period_label(month, month, True)
    start = month - (month % 12) % months if first == 0 else month // 12 * 12 + first - 1
    start -= 12 if start > month else 0
    if start + months - 1 < month:
        return period_label(month, month)
    return period_label(start, start + months - 1)


@dataclass(frozen=True, eq=False)
class CompareLine:
    """One series in a mode: x in months (a period's middle; a point at its month), y in
    ``unit``; per point the figure's status, obs id and source id and, in ``detail``, its
    period, level, qualifier and reporter and the reference figure (base, year-earlier or
    total: ``ref_*``)."""

    series: CompareSeries
    label: str
    mode: CompareMode
    unit: str
    level_unit: str
    window: WindowKey | None
    x: np.ndarray
    y: np.ndarray
    statuses: np.ndarray
    obs_ids: np.ndarray
    source_ids: np.ndarray
    detail: dict[str, np.ndarray] = field(default_factory=dict)
    #: "2019 = 100", "of Trade turnover · Azerbaijan–World", "of the sum of the shown series"
    reference: str = ""
    note: str = ""

    @property
    def mark(self) -> str:
        """The single chart's mark of this window kind: year, ytd, part or point."""
        if self.window is None or self.window == YEARS:
            return "year"
        if self.window[0]:
            return "ytd"
        return "part" if self.window[1] else "point"

    @property
    def forward(self) -> np.ndarray:
        """Targets, plans and forecasts: drawn hollow, never as outcomes."""
        return self.detail["forward"]

    @property
    def derived(self) -> np.ndarray:
        """Figures computed from others (status "derived")."""
        return self.detail["derived"]

    def tooltip(self, i: int, source_labels: Mapping[int, str]) -> str:
        """Value and period of point ``i``, who reports it and its source (and those of the
        base, year-earlier or total figure it was set against)."""
        d, unit = self.detail, self.level_unit
        period = period_label(int(d["start"][i]), int(d["end"][i]), bool(d["point"][i]))
        level = labelled_quantity(
            float(d["value"][i]), unit, str(d["qualifier"][i]), str(self.statuses[i])
        )
        who = f"{country_name(str(d['reporter'][i])) or 'no reporter'} reports · "
        source = who + source_labels.get(int(self.source_ids[i]), "unknown source")
        if self.mode is CompareMode.LEVELS:
            return f"{self.label}\n{period}: {level}\n{source}"
        y, ref_id = float(self.y[i]), int(d["ref_source_id"][i])
        ref_period = period_label(int(d["ref_start"][i]), int(d["ref_end"][i]), bool(d["point"][i]))
        ref = qualified_quantity(float(d["ref_value"][i]), unit, str(d["ref_qualifier"][i]))
        if self.mode is CompareMode.GROWTH:
            head = _growth_words(y, str(d["bound"][i]), ref_period)
        else:
            head = f"index {y:.1f} ({self.reference})" if self.mode is CompareMode.INDEX else ""
            head = head or f"{y:.1f} % {self.reference}"
        if ref_id >= 0:
            word = _REF_WORDS.get(self.mode, "total")
            source += f"; {word}: {source_labels.get(ref_id, 'unknown source')}"
        return f"{self.label}\n{period}: {head}\n{level} against {ref} ({ref_period})\n{source}"

    def labels(self, source_labels: Mapping[int, str]) -> list[str]:
        return [self.tooltip(i, source_labels) for i in range(len(self.x))]


def _growth_words(pct: float, bound: str, ref_period: str) -> str:
    """ "+20.0 % on 2020"; "at least +20.0 % on 2020" when a level is a bound; an open
    change said as such."""
    text = f"{bound_words(bound)}{pct_text(pct)} on {ref_period}"
    return f"{text} if the bounds were levels: the change is open" if bound == UNBOUNDED else text


_DETAIL = ("start", "end", "point", "value", "qualifier", "reporter", "forward", "derived")
#: a mode's result for one line: kept figures, y, reference columns, reference, note
_Moded = tuple[np.ndarray, np.ndarray, dict[str, np.ndarray], str, str]


def compare_lines(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None,
    spec: CompareSpec,
    names: Mapping[str, str] | None = None,
) -> list[CompareLine]:
    """The lines of ``spec`` (``names``: indicator code -> name, for the labels)."""
    return lines_of(compare_figures(observations, sources, spec.all_series()), spec, names)


def lines_of(
    figs: SeriesFigures, spec: CompareSpec, names: Mapping[str, str] | None = None
) -> list[CompareLine]:
    """The lines of ``spec`` from figures chosen once: a mode switch costs only this."""
    one = len({s.indicator for s in spec.series}) == 1
    labels = [_line_label(s, figs.windows[i], names, one) for i, s in enumerate(spec.series)]
    parts = [figs.part(i) for i in range(len(spec.series))]
    out = []
    for i, (keep, y, refs, reference, note) in enumerate(_moded(figs, spec, parts, labels, names)):
        if not figs.offsets[i + 1] - figs.offsets[i]:
            note = f"{labels[i]}: no figures stored"
        elif figs.other_units[i] and not note:
            note = f"{labels[i]}: {figs.other_units[i]} figures in other units left out"
        part = {c: a[keep] for c, a in parts[i].items()}
        line = _line(spec.series[i], labels[i], spec.mode, figs, i, part)
        out.append(replace(line, y=y, detail=line.detail | refs, reference=reference, note=note))
    return out


def _line_label(
    s: CompareSeries, window: WindowKey | None, names: Mapping[str, str] | None, one: bool
) -> str:
    text = replace(s, window=None).label(names, indicator=not one)
    return text if window is None or window == YEARS else f"{text} ({window_words(window)})"


def _line(
    s: CompareSeries, label: str, mode: CompareMode, figs: SeriesFigures, i: int, part: Columns
) -> CompareLine:
    start, end = part["start"].astype(float), part["end"].astype(float)
    return CompareLine(
        series=s,
        label=label,
        mode=mode,
        unit=_MODE_UNITS.get(mode, "percent") if mode is not CompareMode.LEVELS else figs.units[i],
        level_unit=figs.units[i],
        window=figs.windows[i],
        x=np.where(part["point"].astype(bool), start, (start + end + 1) / 2),
        y=part["value"],
        statuses=part["status"],
        obs_ids=part["obs_id"],
        source_ids=part["source_id"],
        detail={c: part[c] for c in _DETAIL},
    )


def _moded(
    figs: SeriesFigures,
    spec: CompareSpec,
    parts: list[Columns],
    labels: list[str],
    names: Mapping[str, str] | None,
) -> list[_Moded]:
    if spec.mode is CompareMode.INDEX:
        base = spec.base_period if spec.base_period is not None else default_base(parts)
        return [_indexed(p, base, figs.windows[i], labels[i]) for i, p in enumerate(parts)]
    if spec.mode is CompareMode.GROWTH:
        return [_growth(p, labels[i]) for i, p in enumerate(parts)]
    if spec.mode is CompareMode.SHARE and spec.total is not None:
        total = figs.part(len(spec.series), all_windows=True)
        name = spec.total.label(names)
        return [_share_of(p, total, name, figs.units[i], labels[i]) for i, p in enumerate(parts)]
    if spec.mode is CompareMode.SHARE:
        return _share_of_sum(parts, figs.units, labels)
    return [(_all(p), p["value"], {}, "", "") for p in parts]


def _all(part: Columns) -> np.ndarray:
    return np.ones(len(part["value"]), dtype=bool)


def _refs(cols: Columns, at: np.ndarray, prefix: str = "") -> Columns:
    """The reference figure's columns (ref_value, ref_start, ...) at positions ``at``."""
    names = ("value", "start", "end", "qualifier", "source_id")
    return {f"ref_{c}": cols[prefix + c][at] for c in names}


def _none(part: Columns, note: str) -> _Moded:
    some = len(part["value"]) > 0
    return np.zeros(len(part["value"]), dtype=bool), np.zeros(0), {}, "", note if some else ""


def _indexed(part: Columns, base: int | None, window: WindowKey | None, label: str) -> _Moded:
    start, end, value = part["start"], part["end"], part["value"]
    hit = np.flatnonzero((start <= (base or 0)) & (end >= (base or 0)))
    if base is None or not len(hit):
        words = window_period_words(window, base or 0)
        return _none(part, f"{label}: no figure at the base period {words}")
    b = int(hit[0])
    period = period_label(int(start[b]), int(end[b]), bool(part["point"][b]))
    if not value[b] > 0:
        return _none(part, f"{label}: the figure of the base period {period} is not above zero")
    refs = _refs(part, np.full(len(value), b))
    return _all(part), value / value[b] * 100.0, refs, f"{period} = 100", ""


def _growth(part: Columns, label: str) -> _Moded:
    keep = np.isfinite(part["yoy"])
    if not keep.any():
        return _none(part, f"{label}: no figure of the same period a year earlier")
    refs = _refs(part, np.flatnonzero(keep), "prev_") | {"bound": part["yoy_bound"][keep]}
    return keep, part["yoy"][keep], refs, "on a year earlier", ""


def _period_keys(cols: Columns) -> np.ndarray:
    start, end = cols["start"].astype(np.int64), cols["end"].astype(np.int64)
    keys: np.ndarray = (start * 100_000 + end) * 2 + cols["point"].astype(np.int64)
    return keys


def _share_of(part: Columns, total: Columns, name: str, unit: str, label: str) -> _Moded:
    """Percent of the total's figure for the very same period (same unit, above zero)."""
    usable = (total["unit"] == unit) & (total["value"] > 0)
    if len(usable) and not usable.any():
        units = ", ".join(sorted({str(u) for u in total["unit"]}))
        return _none(part, f"{label}: {name} is in {units}, not {unit}: no share")
    same = {c: a[usable] for c, a in total.items()}
    pos = pd.Index(_period_keys(same)).get_indexer(_period_keys(part))
    keep = pos >= 0
    if not keep.any():
        return _none(part, f"{label}: {name} has no figure for the same periods")
    y = part["value"][keep] / same["value"][pos[keep]] * 100.0
    missing = int((~keep).sum())
    periods = "period" if missing == 1 else "periods"
    note = f"{label}: {missing} {periods} without a figure of {name} left out" if missing else ""
    return keep, y, _refs(same, pos[keep]), f"of {name}", note


def _share_of_sum(parts: list[Columns], units: Sequence[str], labels: list[str]) -> list[_Moded]:
    """Percent of the sum of the shown series, only for periods where every one has a
    figure (same unit, sum above zero)."""
    shown = list(dict.fromkeys(units[i] for i, p in enumerate(parts) if len(p["value"])))
    if len(shown) > 1:
        words = f"{', '.join(shown[:-1])} and {shown[-1]}"
        return [_none(p, f"the shown series are in {words}: a sum needs one unit") for p in parts]
    keys = [_period_keys(p) for p in parts]
    common = reduce(np.intersect1d, keys) if keys else np.zeros(0, dtype=np.int64)
    total = np.zeros(len(common))
    for p, k in zip(parts, keys, strict=True):  # a line's keys are sorted by period
        total += p["value"][np.searchsorted(k, common)]
    common, total = common[total > 0], total[total > 0]
    out: list[_Moded] = []
    for p, k, label in zip(parts, keys, labels, strict=True):
        keep = np.isin(k, common)
        if not keep.any():
            out.append(_none(p, f"{label}: no period in which every shown series has a figure"))
            continue
        at = np.searchsorted(common, k[keep])
        refs = _refs(p, np.flatnonzero(keep)) | {
            "ref_value": total[at],
            "ref_qualifier": np.full(len(at), "", dtype=object),
            "ref_source_id": np.full(len(at), -1, dtype=np.int64),
        }
        out.append((keep, p["value"][keep] / total[at] * 100.0, refs, _OF_SUM, ""))
    return out


_OF_SUM = "of the sum of the shown series"


# --- choices for the panel --------------------------------------------------------------


def default_base(parts: Sequence[Columns]) -> int | None:
    """The first month that the most series with figures cover (all of them, if one is)."""
    filled = [p for p in parts if len(p["start"])]
    if not filled:
        return None
    months = np.unique(np.concatenate([p["start"] for p in filled]))
    covered = np.zeros(len(months), dtype=np.int64)
    for p in filled:
        at = np.searchsorted(p["start"], months, side="right") - 1
        covered += (at >= 0) & (p["end"][np.clip(at, 0, None)] >= months)
    return int(months[int(np.argmax(covered))])


def base_choices(figs: SeriesFigures, lines: int) -> list[tuple[int, str]]:
    """(first month, label) of every period of the first ``lines`` series, by month; periods
    starting in one month share an entry ("2019 / Jan–Oct 2019")."""
    parts = [figs.part(i) for i in range(lines)]
    keys = np.unique(np.concatenate([np.zeros(0, dtype=np.int64), *map(_period_keys, parts)]))
    out: dict[int, list[str]] = {}
    for key in keys.tolist():
        start, end = divmod(key // 2, 100_000)
        out.setdefault(start, []).append(period_label(start, end, bool(key % 2)))
    return [(m, " / ".join(words)) for m, words in out.items()]


def axis_title(mode: CompareMode, unit: str, scale_word: str = "") -> str:
    """ "USD bn", "index (base period = 100)", "% change on a year earlier", "% of total"."""
    if mode is CompareMode.LEVELS:
        return f"{unit} {scale_word}".strip()
    if mode is CompareMode.INDEX:
        return "index (base period = 100)"
    return "% change on a year earlier" if mode is CompareMode.GROWTH else "% of total"


def axis_units(lines: Sequence[CompareLine]) -> list[str]:
    """The distinct units of the lines that have points, in order."""
    return list(dict.fromkeys(line.unit for line in lines if len(line.x)))
