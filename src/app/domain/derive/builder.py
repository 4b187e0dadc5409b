"""A new derivation: its parameters checked and defaulted, its name, output indicator, unit
and kind chosen (:func:`new_derivation`).

Parameters, by kind (stored explicitly, defaults filled in by :func:`new_derivation`):

=========== ==================================================================
change      lag (periods back, default 1)
cagr        first, last: the periods whose figures are compared ("2020", "2024")
convert     to (quarter, half, year); how (sum, last, mean; default by the
            indicator's kind: flows and counts sum, stocks take the last month,
            rates average)
rolling     window (months, default 12); how (sum or mean, default sum)
cumulative  how (sum or mean, default sum); restart_yearly (default false)
=========== ==================================================================
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from app.domain.derive.derivations import (
    PERCENT_KINDS,
    SAME_SERIES,
    Derivation,
    DerivationKind,
    SeriesRef,
    catalogue_column,
    input_units,
    last_month,
    series_mask,
)
from app.domain.derive.expression import expression_unit, parse_expression
from app.domain.derive.frequency import Aggregation, Frequency, aggregation_for_kind
from app.domain.store import ObservationStore

_INT_PARAMS = ("lag", "window")
_BOOL_PARAMS = ("restart_yearly",)


def new_derivation(
    store: ObservationStore,
    kind: DerivationKind | str,
    inputs: tuple[SeriesRef, ...] | list[SeriesRef],
    *,
    formula: str = "",
    params: Mapping[str, Any] | None = None,
    name: str = "",
    indicator: str = "",
    reporter: str | None = None,
    partner: str | None = None,
    today: dt.date | None = None,
) -> Derivation:
    """A derivation ready for :func:`~app.domain.derive.lineage.add_derivation_edit`:
    parameters checked and defaulted, the output's indicator, pair and unit chosen.

    Raises ValueError naming what is wrong: an input series with no stored figures, a
    formula that does not parse or whose names are not the inputs', units that do not
    combine (UnitError names both), a parameter missing or out of range."""
    k = DerivationKind(str(kind))
    refs = tuple(inputs)
    _check_inputs(store, k, refs, formula)
    p = _params(store, k, refs, params or {})
    d = Derivation(
        derivation_id=-1,
        name=name.strip() or _default_name(store, k, refs, formula, p),
        kind=k,
        inputs=refs,
        formula=formula.strip() if k is DerivationKind.FORMULA else "",
        params=p,
        indicator="",
        reporter=_common(refs, "reporter") if reporter is None else reporter,
        partner=_common(refs, "partner") if partner is None else partner,
        unit="",
        created=(today or dt.date.today()).isoformat(),
    )
    d = replace(d, unit=output_unit(store, d))
    out = refs[0].indicator if k in SAME_SERIES else (indicator.strip() or default_indicator(d))
    if k in SAME_SERIES and indicator.strip() and indicator.strip() != out:
        raise ValueError(f"a {k} derivation keeps its input's indicator ({out})")
    _check_output(store, out, d.unit)
    return replace(d, indicator=out)


def _check_inputs(
    store: ObservationStore, k: DerivationKind, refs: tuple[SeriesRef, ...], formula: str
) -> None:
    if not refs:
        raise ValueError("a derivation needs at least one input series")
    if k is not DerivationKind.FORMULA and len(refs) != 1:
        raise ValueError(f"a {k} derivation takes one input series, not {len(refs)}")
    names = [r.name for r in refs]
    if len(set(names)) != len(names):
        raise ValueError(f"input names must differ: {', '.join(names)}")
    for r in refs:
        if not series_mask(store.observations, r).any():
            raise ValueError(f"no figures are stored for {r.label()}")
    if k is DerivationKind.FORMULA:
        if not formula.strip():
            raise ValueError("a formula derivation needs a formula (for example exports - imports)")
        expr = parse_expression(formula)
        unknown = sorted(set(expr.names) - set(names))
        if unknown:
            raise ValueError(
                f"the formula names {', '.join(unknown)}, which no input is called "
                f"(inputs: {', '.join(names)})"
            )


def _params(
    store: ObservationStore,
    k: DerivationKind,
    refs: tuple[SeriesRef, ...],
    given: Mapping[str, Any],
) -> dict[str, Any]:
    p: dict[str, Any] = {str(key): v for key, v in given.items() if str(v).strip() != ""}
    for key in _INT_PARAMS:
        if key in p:
            p[key] = _int_param(key, p[key])
    for key in _BOOL_PARAMS:
        if key in p:
            p[key] = str(p[key]).strip().lower() in ("1", "true", "yes", "on")
    if k is DerivationKind.CHANGE:
        p.setdefault("lag", 1)
    elif k is DerivationKind.CAGR:
        for key in ("first", "last"):
            p[key] = str(p.get(key, "")).strip()
            last_month(p[key] or None, key)
    elif k is DerivationKind.CONVERT:
        p["to"] = str(Frequency(str(p.get("to", "year"))))
        kind = catalogue_column(store, "kind").get(refs[0].indicator, "flow") or "flow"
        p["how"] = str(Aggregation(str(p.get("how") or aggregation_for_kind(kind))))
    elif k is DerivationKind.ROLLING:
        p.setdefault("window", 12)
        p["how"] = str(Aggregation(str(p.get("how", "sum"))))
    elif k is DerivationKind.CUMULATIVE:
        p["how"] = str(Aggregation(str(p.get("how", "sum"))))
        p.setdefault("restart_yearly", False)
    for key in ("lag", "window"):
        if key in p and p[key] < 1:
            raise ValueError(f"{key} must be at least 1")
    return p


def _int_param(key: str, value: Any) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        raise ValueError(f"{key} must be a whole number, not {value!r}") from None


def _common(refs: tuple[SeriesRef, ...], column: str) -> str:
    values = {str(getattr(r, column)) for r in refs}
    return values.pop() if len(values) == 1 else ""


def _default_name(
    store: ObservationStore,
    k: DerivationKind,
    refs: tuple[SeriesRef, ...],
    formula: str,
    p: Mapping[str, Any],
) -> str:
    if k is DerivationKind.FORMULA:
        return formula.strip()
    name = store.indicator_names().get(refs[0].indicator, refs[0].indicator)
    what = {
        DerivationKind.CHANGE: "change on the previous period",
        DerivationKind.YOY: "change on a year earlier",
        DerivationKind.CAGR: f"CAGR {p.get('first')}–{p.get('last')}",
        DerivationKind.CONVERT: f"{p.get('to')} figures from months",
        DerivationKind.YTD_DIFF: "months from year-to-date figures",
        DerivationKind.YTD_SUM: "year to date from months",
        DerivationKind.ROLLING: f"{p.get('window')}-month rolling {p.get('how')}",
        DerivationKind.CUMULATIVE: f"cumulative {p.get('how')}",
    }[k]
    return f"{name}, {what}"


_SUFFIX = {
    DerivationKind.YOY: "yoy",
    DerivationKind.CAGR: "cagr",
    DerivationKind.CUMULATIVE: "cumulative",
}


def default_indicator(d: Derivation) -> str:
    """The output's indicator code when the user names none: ``trade_turnover_mom``,
    ``trade_turnover_rolling12``, or the formula's name as a code (``trade_balance``)."""
    if d.kind is DerivationKind.FORMULA:
        return slug(d.name) or "formula"
    base = d.inputs[0].indicator
    if d.kind is DerivationKind.CHANGE:
        return f"{base}_pop" if int(d.params.get("lag", 1)) != 1 else f"{base}_mom"
    if d.kind is DerivationKind.ROLLING:
        return f"{base}_rolling{d.params.get('window')}"
    return f"{base}_{_SUFFIX.get(d.kind, str(d.kind))}"


def slug(text: str) -> str:
    """ "Trade balance" -> "trade_balance"."""
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:60]


def _check_output(store: ObservationStore, indicator: str, unit: str) -> None:
    if not re.fullmatch(r"[a-z][a-z0-9_]*", indicator):
        raise ValueError(f"{indicator!r} is not an indicator code (lower case, digits, _)")
    known = catalogue_column(store, "unit")
    if indicator in known and known[indicator] and known[indicator] != unit:
        raise ValueError(
            f"{indicator} is measured in {known[indicator]}; the derived figures are in {unit}"
        )


# --- the output's unit and kind ---------------------------------------------------------


def output_unit(store: ObservationStore, d: Derivation) -> str:
    """The unit of the derived figures (UnitError for a formula mixing units it cannot)."""
    if d.kind in PERCENT_KINDS:
        return "percent"
    if d.kind is DerivationKind.FORMULA:
        return expression_unit(parse_expression(d.formula), input_units(store, d.inputs))
    return input_units(store, d.inputs)[d.inputs[0].name]


def output_kind(store: ObservationStore, d: Derivation) -> str:
    """The catalogue kind of a new output indicator (flow, stock, rate, count)."""
    first = catalogue_column(store, "kind").get(d.inputs[0].indicator, "flow") or "flow"
    if d.unit in ("percent", "ratio") or d.kind in PERCENT_KINDS:
        return "rate"
    if d.kind is DerivationKind.CUMULATIVE and d.params.get("how") == "sum":
        return "stock"  # flows accumulated to a date
    if d.kind is DerivationKind.ROLLING and d.params.get("how") == "mean":
        return "rate" if first == "rate" else first
    return first


__all__ = ["default_indicator", "new_derivation", "output_kind", "output_unit", "slug"]
