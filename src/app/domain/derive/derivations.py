"""Derived series: figures the sources do not publish, computed from stored ones.

A :class:`Derivation` names its inputs (series of one indicator, reporter, partner and
subject), its kind (period change, YoY, CAGR, frequency conversion, YTD difference or
accumulation, rolling, cumulative, formula), the formula and parameters, and the output
series. It is a row of the ``derivations`` record table (``records.DERIVATION_COLUMNS``);
its figures are observations with status ``derived`` under the derivation's own source row
(:mod:`app.domain.derive.lineage` builds the edits that store, recompute and remove them).

:func:`~app.domain.derive.builder.new_derivation` makes a new one (its parameters, by kind,
are listed there); :func:`compute` computes its figures on the store as it is.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import numpy as np
import pandas as pd

from app.domain.analytics.choice import choose_figures
from app.domain.derive.expression import evaluate, expression_unit, parse_expression
from app.domain.derive.frequency import Aggregation, Frequency, convert_frequency
from app.domain.derive.transforms import (
    cagr,
    cumulative,
    period_change,
    rolling,
    year_on_year,
    ytd_accumulate,
    ytd_difference,
)
from app.domain.periods import parse_period
from app.domain.records import claim_params, params_text
from app.domain.store import ObservationStore

#: the publisher of every derivation's source row
DERIVED_PUBLISHER = "Corridor (derived)"


class DerivationKind(StrEnum):
    CHANGE = "change"  # period on period (m/m, q/q)
    YOY = "yoy"  # on the same window a year earlier
    CAGR = "cagr"  # compound annual growth between two figures
    CONVERT = "convert"  # months to quarters, halves, years
    YTD_DIFF = "ytd_diff"  # Jan–Oct minus Jan–Sep = Oct
    YTD_SUM = "ytd_sum"  # months to Jan..m year-to-date figures
    ROLLING = "rolling"  # 12-month rolling sum or mean
    CUMULATIVE = "cumulative"  # running sum or mean
    FORMULA = "formula"  # exports - imports, a / b * 100, ...


#: kinds whose figures belong to the input's own series (a year summed from its months is
#: the same quantity as a reported year), so they keep the input's indicator
SAME_SERIES = frozenset({DerivationKind.CONVERT, DerivationKind.YTD_DIFF, DerivationKind.YTD_SUM})
PERCENT_KINDS = frozenset({DerivationKind.CHANGE, DerivationKind.YOY, DerivationKind.CAGR})

KIND_WORDS: dict[DerivationKind, str] = {
    DerivationKind.CHANGE: "change on the previous period",
    DerivationKind.YOY: "change on the same period a year earlier",
    DerivationKind.CAGR: "compound annual growth rate",
    DerivationKind.CONVERT: "frequency conversion",
    DerivationKind.YTD_DIFF: "months from successive year-to-date figures",
    DerivationKind.YTD_SUM: "year-to-date accumulation of months",
    DerivationKind.ROLLING: "rolling window",
    DerivationKind.CUMULATIVE: "cumulative",
    DerivationKind.FORMULA: "formula",
}


@dataclass(frozen=True)
class SeriesRef:
    """One input series: an indicator stated by ``reporter`` about ``partner``, bound to a
    name the formula uses."""

    name: str
    indicator: str
    reporter: str
    partner: str
    subject: str = ""

    def label(self) -> str:
        """ "exports_to_partner AZE–CHN"."""
        pair = "–".join(p for p in (self.reporter, self.partner) if p)
        about = f" ({self.subject})" if self.subject else ""
        return f"{self.indicator} {pair}{about}".strip()

    def as_dict(self) -> dict[str, str]:
        out = {
            "name": self.name,
            "indicator": self.indicator,
            "reporter": self.reporter,
            "partner": self.partner,
        }
        return {**out, "subject": self.subject} if self.subject else out

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> SeriesRef:
        return cls(
            str(d.get("name", "")),
            str(d.get("indicator", "")),
            str(d.get("reporter", "")),
            str(d.get("partner", "")),
            str(d.get("subject", "")),
        )


@dataclass(frozen=True)
class Derivation:
    derivation_id: int
    name: str
    kind: DerivationKind
    inputs: tuple[SeriesRef, ...]
    formula: str
    params: Mapping[str, Any]
    indicator: str
    reporter: str
    partner: str
    unit: str
    #: what the last computation left out ("2 gaps: 2025 has 10 of 12 months, ...")
    note: str = ""
    source_id: int = -1
    created: str = ""

    @property
    def subject(self) -> str:
        """The inputs' subject when they share one, else ''."""
        subjects = {r.subject for r in self.inputs}
        return subjects.pop() if len(subjects) == 1 else ""

    def rule(self) -> str:
        """The derivation in words: "exports − imports (exports: exports_to_partner AZE–CHN;
        imports: imports_from_partner AZE–CHN)", "year total (sum) of trade_turnover AZE–CHN"."""
        if self.kind is DerivationKind.FORMULA:
            binds = "; ".join(f"{r.name}: {r.label()}" for r in self.inputs)
            return f"{self.formula} ({binds})"
        p = dict(self.params)
        head = KIND_WORDS[self.kind]
        if self.kind is DerivationKind.CONVERT:
            head = f"{p.get('to')} figures ({p.get('how')} of months)"
        elif self.kind is DerivationKind.ROLLING:
            head = f"{p.get('window')}-month rolling {p.get('how')}"
        elif self.kind is DerivationKind.CUMULATIVE:
            head = f"cumulative {p.get('how')}" + (" from January" * bool(p.get("restart_yearly")))
        elif self.kind is DerivationKind.CAGR:
            head = f"{head}, {p.get('first')} to {p.get('last')}"
        return f"{head} of {self.inputs[0].label()}"

    def to_row(self) -> dict[str, Any]:
        return {
            "derivation_id": self.derivation_id,
            "name": self.name,
            "kind": str(self.kind),
            "inputs": json.dumps([r.as_dict() for r in self.inputs], ensure_ascii=False),
            "formula": self.formula,
            "params": params_text(dict(self.params)),
            "indicator": self.indicator,
            "reporter": self.reporter,
            "partner": self.partner,
            "unit": self.unit,
            "source_id": self.source_id,
            "created": self.created,
            "note": self.note,
        }

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Derivation:
        try:
            refs = json.loads(str(row.get("inputs") or "[]"))
        except ValueError:
            refs = []
        return cls(
            derivation_id=int(row["derivation_id"]),
            name=str(row.get("name", "")),
            kind=DerivationKind(str(row["kind"])),
            inputs=tuple(SeriesRef.from_dict(r) for r in refs if isinstance(r, dict)),
            formula=str(row.get("formula", "")),
            params=claim_params(str(row.get("params", ""))),
            indicator=str(row.get("indicator", "")),
            reporter=str(row.get("reporter", "")),
            partner=str(row.get("partner", "")),
            unit=str(row.get("unit", "")),
            note=str(row.get("note", "")),
            source_id=int(row.get("source_id", -1)),
            created=str(row.get("created", "")),
        )


def stored_derivations(store: ObservationStore) -> list[Derivation]:
    """Every derivation of the store, in id order."""
    frame = store.records["derivations"].sort_values("derivation_id")
    return [
        Derivation.from_row({str(k): v for k, v in r.items()}) for r in frame.to_dict("records")
    ]


def stored_derivation(store: ObservationStore, derivation_id: int) -> Derivation:
    """One derivation by id (KeyError if there is none)."""
    row = store.record_rows("derivations", [derivation_id]).iloc[0]
    return Derivation.from_row({str(k): v for k, v in row.items()})


# --- input series -------------------------------------------------------------------------


def series_of(
    store: ObservationStore, ref: SeriesRef, exclude_source_id: int | None = None
) -> pd.DataFrame:
    """The input series of ``ref``: one chosen figure per period (the rule of
    :func:`choose_figures`: preferred, else most recently published), sorted by period.
    ``exclude_source_id``: a derivation's own source, so that its figures are never its input."""
    obs = store.observations
    mask = series_mask(obs, ref)
    if exclude_source_id is not None:
        mask &= obs["source_id"].to_numpy() != exclude_source_id
    if not mask.any():
        return _empty_series()
    fig = choose_figures(obs[mask], store.sources)
    # a point and a month at one index are both "that month"; the figure for the month wins
    fig = fig.sort_values(["period_start", "period_end", "period_point"], kind="mergesort")
    fig = fig[~fig.duplicated(["period_start", "period_end"], keep="first")]
    return pd.DataFrame(
        {
            "period_start": fig["period_start"].to_numpy(dtype="int64"),
            "period_end": fig["period_end"].to_numpy(dtype="int64"),
            "period_point": fig["period_point"].to_numpy(dtype=bool),
            "value": fig["value"].to_numpy(dtype="float64"),
            "qualifier": fig["qualifier"].to_numpy(dtype=object),
            "obs_id": fig["obs_id"].to_numpy(dtype="int64"),
            "source_id": fig["source_id"].to_numpy(dtype="int64"),
        }
    )


def series_mask(obs: pd.DataFrame, ref: SeriesRef) -> np.ndarray:
    mask = np.ones(len(obs), dtype=bool)
    for col in ("indicator", "reporter", "partner", "subject"):
        mask &= (obs[col] == getattr(ref, col)).to_numpy(dtype=bool)
    return mask


def _empty_series() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "period_start": np.zeros(0, dtype="int64"),
            "period_end": np.zeros(0, dtype="int64"),
            "period_point": np.zeros(0, dtype=bool),
            "value": np.zeros(0, dtype="float64"),
            "qualifier": np.zeros(0, dtype=object),
            "obs_id": np.zeros(0, dtype="int64"),
            "source_id": np.zeros(0, dtype="int64"),
        }
    )


# --- computing ------------------------------------------------------------------------------


def compute(store: ObservationStore, derivation: Derivation) -> pd.DataFrame:
    """The derived frame of ``derivation`` on the store as it is (gaps as NaN rows).

    Raises ValueError (ExpressionError, UnitError) when the derivation cannot be computed."""
    d = derivation
    series = {r.name: series_of(store, r, d.source_id) for r in d.inputs}
    if d.kind is DerivationKind.FORMULA:
        expr = parse_expression(d.formula)
        expression_unit(expr, input_units(store, d.inputs))
        return evaluate(expr, series)
    if len(d.inputs) != 1:
        raise ValueError(f"a {d.kind} derivation takes one input series, not {len(d.inputs)}")
    s = series[d.inputs[0].name]
    out = _transform(d, s)
    if d.kind in SAME_SERIES:
        out = _without_copies(out, s)
    return out.reset_index(drop=True)


def _transform(d: Derivation, s: pd.DataFrame) -> pd.DataFrame:
    p = dict(d.params)
    k = d.kind
    if k is DerivationKind.CHANGE:
        return period_change(s, lag=int(p.get("lag", 1)))
    if k is DerivationKind.YOY:
        return year_on_year(s)
    if k is DerivationKind.CAGR:
        return cagr(s, last_month(p.get("first"), "first"), last_month(p.get("last"), "last"))
    if k is DerivationKind.CONVERT:
        return convert_frequency(s, Frequency(str(p.get("to"))), Aggregation(str(p.get("how"))))
    if k is DerivationKind.YTD_DIFF:
        return ytd_difference(s)
    if k is DerivationKind.YTD_SUM:
        return ytd_accumulate(s)
    if k is DerivationKind.ROLLING:
        return rolling(s, int(p.get("window", 12)), Aggregation(str(p.get("how", "sum"))))
    return cumulative(s, Aggregation(str(p.get("how", "sum"))), bool(p.get("restart_yearly")))


def _without_copies(out: pd.DataFrame, s: pd.DataFrame) -> pd.DataFrame:
    """Drop derived rows that merely repeat one input figure of the same period (January's
    year-to-date figure is January itself): the series already holds them."""
    own = set(zip(s["period_start"].tolist(), s["period_end"].tolist(), strict=True))
    starts, ends = out["period_start"], out["period_end"]
    repeat = [
        (int(a), int(b)) in own and len(ids) == 1
        for a, b, ids in zip(starts, ends, out["from_obs_ids"], strict=True)
    ]
    return out[~np.asarray(repeat, dtype=bool)] if len(out) else out


def last_month(value: Any, what: str) -> int:
    """The last month of a period given as text ("2024", "2024-10") or a year number."""
    if value is None or str(value).strip() == "":
        raise ValueError(f"a CAGR needs the {what} period (for example {what}=2020)")
    return parse_period(str(value).strip()).end


def input_units(store: ObservationStore, refs: tuple[SeriesRef, ...]) -> dict[str, str]:
    """The unit of each input (the catalogue's, else the unit its figures carry)."""
    units = catalogue_column(store, "unit")
    out = {}
    for r in refs:
        unit = units.get(r.indicator, "")
        if not unit:
            stored = store.observations.loc[
                store.observations["indicator"] == r.indicator, "unit"
            ].astype(str)
            unit = str(stored.mode().iloc[0]) if len(stored) else ""
        out[r.name] = unit
    return out


def catalogue_column(store: ObservationStore, column: str) -> dict[str, str]:
    ind = store.indicators
    if ind.empty or column not in ind.columns:
        return {}
    return dict(zip(ind["code"].astype(str), ind[column].fillna("").astype(str), strict=True))


__all__ = [
    "DERIVED_PUBLISHER",
    "Derivation",
    "DerivationKind",
    "SeriesRef",
    "compute",
    "series_of",
    "stored_derivation",
    "stored_derivations",
]
