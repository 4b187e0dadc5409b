"""Build the bundled China–Azerbaijan dataset (data/*.csv) from the press figures file.

    python scripts/build_dataset.py [--source PATH] [--out DIR] [--check]

General reading rules live here (reporter text, period text, units, qualifier text, indicator
names); the few interpretations that only fit one row live in ``dataset_overrides.csv``
(keyed by the 1-based data row, with a reason). Every input row ends up either in
observations.csv (obs_id = its row number) or in excluded.csv with the reason. The
indicator catalogue (data/indicators.csv) is curated by hand; this script checks that every
figure uses a catalogued code and writes a normalised copy. ``--check`` rebuilds into a
temporary folder and fails if the committed files differ, so the shipped data can never
drift from the source file and these rules.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pycountry

from app.domain.countries import to_alpha3
from app.domain.model import (
    INDICATOR_COLUMNS,
    OBSERVATION_COLUMNS,
    SOURCE_COLUMNS,
    IndicatorKind,
    Qualifier,
    Status,
    normalise_observations,
)
from app.domain.periods import Period, PeriodError, month_index, parse_period
from app.domain.units import CANONICAL_UNITS, UnitError, canonical_unit
from build_claims import build_claims

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "press_figures.csv"
OVERRIDES = REPO / "scripts" / "dataset_overrides.csv"
CATALOGUE = REPO / "data" / "indicators.csv"
EXCLUDED_COLUMNS = ("row", "indicator", "reporter", "partner", "period", "value", "unit", "reason")
OUTPUT_FILES = (
    "indicators.csv",
    "observations.csv",
    "sources.csv",
    "excluded.csv",
    "claims.csv",
)
DEFAULT_SEED = REPO.parent / "shared" / "seed" / "press-2025-12-25-china-azerbaijan.txt"
OVERRIDE_FIELDS = ("indicator", "reporter", "partner", "subject", "period", "status")


# --- reading rules ----------------------------------------------------------------------

PAIR = ("AZE", "CHN")
NATIONALITY = {"chinese": "CHN", "china": "CHN", "azerbaijani": "AZE", "azerbaijan": "AZE"}
COUNTRY_ALIASES = {"UAE": "ARE", "UK": "GBR", "US": "USA"}
#: Directional indicators counted by the host country, whoever quotes them.
HOST_COUNTED = frozenset({"tourist_arrivals"})
#: Generic names the direction rules produce -> catalogue codes.
ALIASES = {
    "partner_capital_companies_count": "companies_from_partner",
    "partner_companies_active_count": "active_companies_from_partner",
    "reporter_grant_aid": "grant_aid_to_partner",
    "investment_cumulative_from_partner": "investment_stock_from_partner",
    "investment_cumulative_direct_from_partner": "investment_stock_from_partner",
    "investment_cumulative_in_partner": "investment_stock_in_partner",
    "trans_caspian_trains_to_partner": "freight_trains_to_partner",
    "green_share_of_generation": "renewable_share_of_generation",
    "renewable_capacity": "renewable_installed_capacity",
    "wind_project_capacity": "project_capacity",
    "auction_tariff": "project_tariff",
    "ev_sales": "ev_sales_in_partner",
}
_Q = Qualifier
BOUNDS = (  # longest phrase first within each meaning
    ("more than", _Q.MORE_THAN),
    ("surpassed", _Q.MORE_THAN),
    ("exceeded", _Q.MORE_THAN),
    ("over", _Q.MORE_THAN),
    ("above", _Q.MORE_THAN),
    (">", _Q.MORE_THAN),
    ("less than", _Q.LESS_THAN),
    ("below", _Q.LESS_THAN),
    ("<", _Q.LESS_THAN),
    ("approximately", _Q.ABOUT),
    ("approx", _Q.ABOUT),
    ("about", _Q.ABOUT),
    ("around", _Q.ABOUT),
    ("roughly", _Q.ABOUT),
    ("some", _Q.ABOUT),
    ("~", _Q.ABOUT),
    ("nearly", _Q.NEARLY),
    ("almost", _Q.NEARLY),
    ("approaching", _Q.NEARLY),
    ("close to", _Q.NEARLY),
    ("up to", _Q.UP_TO),
)
_BOUND = "|".join(re.escape(w) for w, _ in BOUNDS)
CHANGE = re.compile(
    rf"^(?:(?P<bound>{_BOUND})\s*)?(?P<sign>[+\-−])?(?P<num>\d+(?:\.\d+)?)\s*"
    r"(?P<unit>%|percent|x|-fold|times)\s*"
    r"(?P<ref>y/y|year-on-year|of (?:the )?same period(?: (?:of )?(?:the )?previous year)?"
    r"|same period(?: \d{4})?)(?P<rest>\s.*)?$",
    re.IGNORECASE,
)
BOUND_ONLY = re.compile(rf"^(?:(?P<pre>\w+)\s+)?(?P<bound>{_BOUND})$", re.IGNORECASE)
BOUND_NUMBER = re.compile(rf"^(?P<bound>{_BOUND})\s*\$?(?P<num>\d[\d,]*(?:\.\d+)?)", re.IGNORECASE)
PERIOD_WORDS = re.compile(
    r"^(annual( total)?|monthly|quarterly|Q[1-4]|H[12]|YTD\b.*|[A-Z][a-z]{2}-[A-Z][a-z]{2})$"
)
STATUS_WORDS = {
    "planned": Status.PLANNED,
    "expected": Status.PLANNED,
    "target": Status.TARGET,
    "forecast": Status.FORECAST,
    "estimate": Status.ESTIMATE,
    "provisional": Status.PROVISIONAL,
}
DATE = re.compile(
    r"(?<![\d/-])(?P<date>\d{4}(?:-(?:Q[1-4]|H[12]|\d{2})(?:-\d{2})?)?"
    r"(?:/\d{4}-\d{2})?)(?![\d/])"
)
POINT_WORDS = re.compile(r"\b(as of|end|cumulative to|late)\b")
EVENT_WORDS = re.compile(
    r"\b(inaugurated|commissioned|opened|signed|mou|agreement|operational|"
    r"operation|commissioning|promotion|announcement)\b"
)
PLANNED_WORDS = re.compile(
    r"\b(planned|expected|signed|mou|agreement|promotion|announcement|"
    r"under construction|development phase)\b"
)


class Excluded(Exception):
    """A row that cannot be placed; the message is the reason written to excluded.csv."""


def split_parts(text: str, sep: str = ";") -> list[str]:
    """Split at ``sep`` outside brackets: "2023 ('11 months'; copy)" stays one part."""
    parts, depth, cur = [], 0, ""
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if ch == sep and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    return [p.strip() for p in [*parts, cur] if p.strip()]


def country_code(name: str) -> str | None:
    """ISO alpha-3 for a code or an English country name ("UAE", "Saudi Arabia")."""
    name = name.strip()
    if name in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[name]
    if name.isupper() and len(name) in (2, 3):
        code: str | None = to_alpha3(name)
        return code
    try:
        return str(pycountry.countries.lookup(name).alpha_3)
    except LookupError:
        return None


def read_reporter(text: str) -> tuple[str | None, str]:
    """ "AZE (State Customs Committee) via Xinhua" -> ("AZE", "State Customs Committee, via
    Xinhua"); a non-country ("IRENA (cited)") -> (None, the whole text as origin)."""
    m = re.match(r"^([A-Z]{3})\b\s*(.*)$", text.strip())
    if not m or to_alpha3(m[1]) != m[1]:
        return None, text.strip()
    inner = re.match(r"^\((.*?)\)\s*(.*)$", m[2])
    origin = ", ".join(x for x in inner.groups() if x.strip()) if inner else m[2]
    return m[1], origin.strip()


def read_partner(text: str) -> tuple[str, list[str]]:
    """ "CHN" -> CHN; "(Masdar, UAE)" -> ARE with the company kept as a note."""
    t = text.strip()
    if not t:
        return "", []
    m = re.match(r"^\((.*),\s*([^,]+)\)$", t)
    if m and (code := country_code(m[2])):
        return code, [f"partner company: {m[1].strip()}"]
    code = country_code(t)
    if code is None:
        raise Excluded(f"partner {t!r} is not one country")
    return code, []


def read_value(value: str, unit: str) -> tuple[float, str]:
    """Printed value and unit -> (value in the canonical unit, canonical unit)."""
    if not value.strip():
        raise Excluded("no value")
    try:
        canon, factor = canonical_unit(re.sub(r"\s*y/y$", "", unit.strip()))
        return float(f"{float(value) * factor:.12g}"), canon
    except (UnitError, ValueError) as exc:
        raise Excluded(f"cannot read {value!r} {unit!r}: {exc}") from exc


@dataclass
class PeriodReading:
    period: Period
    status: str = ""
    notes: list[str] = field(default_factory=list)
    year_only_point: bool = False
    published_month: int | None = None


def _dated_segment(segment: str) -> tuple[str, str] | None:
    """(date, the words around it) of one period segment, the date outside brackets first."""
    core = re.sub(r"\(.*\)", " ", segment)
    inside = " ".join(re.findall(r"\((.*)\)", segment))
    for text in (core, inside):
        m = DATE.search(text)
        if m:
            return m["date"], (core + " " + inside if text is inside else core).replace(
                m["date"], " "
            ).lower()
    return None


def read_period(text: str, published: str, printed: str = "") -> PeriodReading:
    """Period text -> month range; event dates ("signed 2025-04") and "as of" are points.
    ``printed`` is the source's own text when a curated period replaces it: its status words
    ("planned ...") still count."""
    norm = re.sub(r"^@", "as of ", re.sub(r"\bend-", "end ", text.strip()))
    pub = re.match(r"^(\d{4})-(\d{2})", published.strip())
    words = f"{norm} {printed}".lower()
    status = (
        Status.TARGET
        if "target" in words
        else (Status.PLANNED if PLANNED_WORDS.search(words) else "")
    )
    for segment in split_parts(norm):
        found = _dated_segment(segment)
        if found is None:
            continue
        date, around = found
        try:
            period = parse_period(re.sub(r"^(\d{4}-\d{2})-\d{2}$", r"\1", date))
        except PeriodError as exc:
            raise Excluded(f"cannot read the period {text!r}: {exc}") from exc
        event = EVENT_WORDS.search(around)
        point = bool(event or POINT_WORDS.search(around))
        notes = [f"dated by '{segment}'"] if event else []
        return PeriodReading(
            Period(period.end, period.end, point=True) if point else period,
            status,
            notes,
            year_only_point=point and re.fullmatch(r"\d{4}", date) is not None,
            published_month=month_index(int(pub[1]), int(pub[2])) if pub else None,
        )
    raise Excluded(f"no date in the period {text!r}")


@dataclass
class QualifierReading:
    qualifier: str = Qualifier.EXACT
    change_value: float = float("nan")
    change_unit: str = ""
    change_qualifier: str = ""
    status: str = ""
    notes: list[str] = field(default_factory=list)


def _bound(word: str) -> str:
    return str(next(q for w, q in BOUNDS if w == word.lower()))


def _read_change(plain: str, out: QualifierReading) -> bool:
    """ "+21.9% y/y", "'more than 20 percent' y/y", "9.2x y/y", "188.54% of same period"."""
    m = CHANGE.match(plain)
    if m is None or out.change_unit:
        return False
    num = float(m["num"]) * (-1 if m["sign"] in ("-", "−") else 1)
    unit = "times" if m["unit"].lower() in ("x", "-fold", "times") else "%"
    if unit == "%" and m["ref"].lower().startswith("of") and not m["sign"]:
        num -= 100.0  # "188.54% of the same period" is a ratio: +88.54 %
    out.change_value, out.change_unit = round(num, 6), unit
    out.change_qualifier = _bound(m["bound"]) if m["bound"] else Qualifier.EXACT
    if m["rest"]:
        out.notes.append(re.sub(r"^\((.*)\)$", r"\1", m["rest"].strip()))
    return True


def read_qualifier(text: str, value: str) -> QualifierReading:
    """Free qualifier text -> bound, reported change, status; the rest is kept as notes."""
    out = QualifierReading()
    for part in split_parts(text):
        plain = part.replace("'", "").strip()
        bare = re.sub(r"\s*\(.*\)", "", plain).strip()
        only, number = BOUND_ONLY.match(bare), BOUND_NUMBER.match(bare)
        if PERIOD_WORDS.match(plain) or _read_change(plain, out):
            continue
        if only and out.qualifier == Qualifier.EXACT:
            out.qualifier = _bound(only["bound"])
            out.notes += [only["pre"]] if only["pre"] else []
        elif number and float(number["num"].replace(",", "")) == float(value or "nan"):
            out.qualifier = _bound(number["bound"])
            out.notes.append(part)
        elif bare.lower() in STATUS_WORDS:
            out.status = STATUS_WORDS[bare.lower()]
        else:
            out.notes.append(part)
    return out


@dataclass
class IndicatorReading:
    code: str = ""
    subject: str = ""
    status: str = ""
    growth: bool = False
    reporter: str = ""
    partner: str = ""
    swapped: bool = False
    notes: list[str] = field(default_factory=list)


def _is_code(token: str) -> bool:
    return len(token) == 3 and token.isupper() and to_alpha3(token) == token


def _directed(tokens: list[str], reporter: str, partner: str, out: IndicatorReading) -> str:
    """Country-specific names -> pair-generic ones relative to reporter/partner:
    investment_stock_CHN_in_AZE (reporter AZE) -> investment_stock_from_partner."""
    found = [i for i, t in enumerate(tokens) if _is_code(t)]
    if not found:
        return "_".join(tokens)
    i, x = found[0], tokens[found[0]]
    rest = [t for t in tokens if not _is_code(t)]
    if i > 0 and tokens[i - 1] == "from" and x in (reporter, partner):
        stem = "_".join(tokens[: i - 1])
        if x == reporter and stem in HOST_COUNTED:
            out.reporter, out.partner, out.swapped = partner, x, True
            out.notes.append(f"counted by the host country {partner}; stated by {x}")
        elif x == reporter:
            raise Excluded(f"no rule for {'_'.join(tokens)} stated by {x}")
        return stem + "_from_partner"
    link = next(
        (
            j
            for j in range(i + 1, len(tokens) - 1)
            if tokens[j] in ("in", "to") and _is_code(tokens[j + 1])
        ),
        None,
    )
    if link is not None and {x, tokens[link + 1]} == {reporter, partner}:
        stem = "_".join(tokens[:i] + tokens[i + 1 : link])
        return f"{stem}_{tokens[link]}_partner" if x == reporter else f"{stem}_from_partner"
    if i == 0 and partner and x in (reporter, partner):
        return ("partner_" if x == partner else "reporter_") + "_".join(rest)
    if i == len(tokens) - 1 and len(found) == 1 and not partner:
        out.reporter = x  # a one-country figure: the reporter is the country described
        return "_".join(rest)
    raise Excluded(f"no rule reads the indicator {'_'.join(tokens)!r} for {reporter}/{partner}")


def classify_indicator(
    raw: str, reporter: str, partner: str, forced: str | None = None
) -> IndicatorReading:
    """ "project_capacity:Gobustan SPP (Universal Energy, China)" -> project_capacity with
    subject "Gobustan SPP"; direction words become reporter/partner-relative."""
    base, _, subject_text = raw.partition(":")
    subject, _, extra = subject_text.partition(" (")
    out = IndicatorReading(subject=subject.strip(), notes=[extra[:-1]] if extra else [])
    if forced:
        out.code = forced
        return out
    if base.endswith("_growth"):
        out.growth, base = True, base.removesuffix("_growth")
    if "_target" in base:
        out.status, base = Status.TARGET, base.replace("_target", "")
    elif PLANNED_WORDS.search(base.replace("_", " ")):
        out.status = Status.PLANNED  # "renewable_projects_signed_capacity": not built yet
    tokens = [NATIONALITY.get(t.lower(), t) for t in base.split("_")]
    stem = _directed(tokens, reporter, partner, out)
    out.code = ALIASES.get(stem, stem) + ("_growth" if out.growth else "")
    return out


def detect_language(quote: str) -> str:
    """ISO 639-1 of a quote from its script and letters; '' when there is no quote."""
    q = quote.lower()
    scripts = (
        ("ar", "\u0600-\u06ff"),
        ("hy", "\u0530-\u058f"),
        ("zh", "\u4e00-\u9fff"),
        ("ru", "\u0400-\u04ff"),
        ("az", "ə"),
        ("pl", "ąęłńśźż"),
        ("tr", "ğış"),
        ("fr", "éèêàçùœ"),
    )
    if not q.strip():
        return ""
    return next((lang for lang, chars in scripts if re.search(f"[{chars}]", q)), "en")


def other_side(partner: str) -> str:
    """The pair member opposite the partner: the side of a figure whose source is unnamed."""
    return next((c for c in PAIR if partner in PAIR and c != partner), "")


def records(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV file as text dicts, in file order."""
    return [{str(k): str(v) for k, v in rec.items()} for rec in read_csv(path).to_dict("records")]


def read_csv(path: Path) -> pd.DataFrame:
    """Every cell as text, blanks as '' (never NaN), so rules see what the file says."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def read_overrides(path: Path) -> dict[int, dict[str, str]]:
    """row -> {field: value, 'reason': ...}; unknown fields are an error, not a silent no-op."""
    table: dict[int, dict[str, str]] = {}
    for rec in records(path):
        if rec["field"] not in OVERRIDE_FIELDS:
            raise SystemExit(f"{path}: unknown field {rec['field']!r} for row {rec['row']}")
        entry = table.setdefault(int(rec["row"]), {})
        entry[rec["field"]] = rec["value"]
        entry.setdefault("reason", rec["reason"])
    return table


def build_row(
    n: int, raw: dict[str, str], over: dict[str, str], kinds: dict[str, str]
) -> dict[str, Any]:
    """One input row -> one observation row (without source_id); raises Excluded."""
    notes: list[str] = []
    value, unit = read_value(raw["value"], raw["unit"])
    reading = read_period(over.get("period", raw["period"]), raw["published_date"], raw["period"])
    reporter, origin = read_reporter(raw["reporter"])
    partner, partner_note = read_partner(over.get("partner", raw["partner"]))
    reporter = over.get("reporter") or reporter or ""
    if not reporter and other_side(partner):
        reporter = other_side(partner)
        notes.append("no side named: the reporter is the side opposite the partner")
    ind = classify_indicator(raw["indicator"], reporter, partner, over.get("indicator"))
    if ind.swapped:
        origin = raw["reporter"]
    qual = read_qualifier(raw["qualifier"], raw["value"])
    if ind.growth and unit == "times":
        notes.append(f"printed as {raw['value']} times; stored as percent change")
        value, unit = round((value - 1.0) * 100.0, 6), "percent"
    status = over.get("status") or ind.status or reading.status or qual.status or Status.ACTUAL
    period = reading.period
    if kinds.get(ind.code) in (IndicatorKind.STOCK, IndicatorKind.COUNT) and not period.point:
        period = Period(period.end, period.end, point=True)
        notes.append("a stock: read at the end of the period")
    if (
        reading.year_only_point
        and status == Status.ACTUAL
        and reading.published_month is not None
        and period.end > reading.published_month
    ):
        period = Period(reading.published_month, reading.published_month, point=True)
        notes.append("year-only date after the statement: dated by the publication month")
    # the subject's bracket often repeats the partner company: keep the longer note
    notes = [
        *(x for x in ind.notes if not any(x in y for y in partner_note)),
        *partner_note,
        *reading.notes,
        *qual.notes,
        *notes,
    ]
    if "reason" in over:
        notes.append("curated: " + over["reason"])
    return {
        "obs_id": n,
        "indicator": ind.code,
        "reporter": ind.reporter or reporter,
        "partner": ind.partner if ind.swapped else partner,
        "subject": over.get("subject", ind.subject),
        "period_start": period.start,
        "period_end": period.end,
        "period_point": period.point,
        "period_text": raw["period"],
        "value": value,
        "unit": unit,
        "qualifier": str(qual.qualifier),
        "status": str(status),
        "change_value": qual.change_value,
        "change_unit": qual.change_unit,
        "change_qualifier": qual.change_qualifier,
        "preferred": False,
        "note": "; ".join(dict.fromkeys(x for x in notes if x)),
        "_origin": origin,
    }


def source_of(raw: dict[str, str], origin: str) -> dict[str, str]:
    published = raw["published_date"][:10].strip()
    published = published if published[:4].isdigit() else ""
    published = published.split(" ")[0]
    return {
        "publisher": raw["publication"],
        "title": "",
        "url": raw["url"],
        "published": published,
        "speaker": raw["source_org"],
        "origin": origin,
        "language": detect_language(raw["quote"]),
        "quote": raw["quote"],
        "retrieved": "",
        "dataset": "",
        "kind": "press",
    }


def build(
    source: Path, overrides: dict[int, dict[str, str]], catalogue: pd.DataFrame
) -> dict[str, pd.DataFrame]:
    """All output tables from the source file; rows that cannot be placed go to excluded."""
    kinds = dict(zip(catalogue["code"], catalogue["kind"], strict=True))
    obs: list[dict[str, Any]] = []
    excluded: list[dict[str, Any]] = []
    sources: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for n, raw in enumerate(records(source), start=1):
        try:
            row = build_row(n, raw, overrides.get(n, {}), kinds)
        except Excluded as exc:
            excluded.append(
                {"row": n, **{c: raw[c] for c in EXCLUDED_COLUMNS[1:-1]}, "reason": str(exc)}
            )
            continue
        key = (raw["publication"], raw["url"], raw["source_org"], raw["quote"])
        origin = row.pop("_origin")
        if key not in sources:
            sources[key] = {"source_id": len(sources) + 1, **source_of(raw, origin)}
        elif origin and origin not in sources[key]["origin"].split(" / "):
            sources[key]["origin"] = " / ".join(x for x in (sources[key]["origin"], origin) if x)
        obs.append({**row, "source_id": sources[key]["source_id"]})
    return {
        "indicators": catalogue.sort_values(["topic", "code"]).reset_index(drop=True),
        "observations": pd.DataFrame(obs, columns=list(OBSERVATION_COLUMNS)),
        "sources": pd.DataFrame(list(sources.values()), columns=list(SOURCE_COLUMNS)),
        "excluded": pd.DataFrame(excluded, columns=list(EXCLUDED_COLUMNS)),
    }


def problems(tables: dict[str, pd.DataFrame], n_rows: int) -> list[str]:
    """What would make the shipped data wrong; an empty list means it may be written."""
    out: list[str] = []
    cat, obs = tables["indicators"], tables["observations"]
    placed, dropped = set(obs["obs_id"]), set(tables["excluded"]["row"])
    if placed & dropped or placed | dropped != set(range(1, n_rows + 1)):
        out.append("rows are not each placed or excluded exactly once")
    out += [f"catalogue unit {u!r} is not canonical" for u in set(cat["unit"]) - CANONICAL_UNITS]
    out += [f"unknown kind {k!r}" for k in set(cat["kind"]) - {str(k) for k in IndicatorKind}]
    for r in obs.to_dict("records"):
        where = f"row {r['obs_id']}"
        if r["indicator"] not in set(cat["code"]):
            out.append(f"{where}: indicator {r['indicator']!r} is not in the catalogue")
        if r["unit"] not in CANONICAL_UNITS:
            out.append(f"{where}: unit {r['unit']!r} is not canonical")
        if to_alpha3(r["reporter"]) != r["reporter"]:
            out.append(f"{where}: reporter {r['reporter']!r} is not a country code")
        if r["partner"] and to_alpha3(r["partner"]) != r["partner"]:
            out.append(f"{where}: partner {r['partner']!r} is not a country code")
        if r["qualifier"] not in set(Qualifier) or r["status"] not in set(Status):
            out.append(f"{where}: qualifier/status {r['qualifier']}/{r['status']} unknown")
        Period(r["period_start"], r["period_end"], r["period_point"])  # raises if invalid
    return out


def write(tables: dict[str, pd.DataFrame], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        frame.to_csv(out / f"{name}.csv", index=False, lineterminator="\n", encoding="utf-8")


def summary(tables: dict[str, pd.DataFrame]) -> str:
    ex = tables["excluded"]
    lines = [
        f"placed {len(tables['observations'])} rows as observations "
        f"({len(tables['sources'])} sources, {len(tables['indicators'])} indicators); "
        f"excluded {len(ex)}:"
    ]
    lines += [f"  row {r.row}: {r.reason}" for r in ex.itertuples()]
    if "claims" in tables:
        kinds = tables["claims"]["claim_type"].value_counts().sort_index()
        lines.append(
            f"claims: {len(tables['claims'])} ("
            + ", ".join(f"{k} {n}" for k, n in kinds.items())
            + ")"
        )
    return "\n".join(lines)


def check(tables: dict[str, pd.DataFrame], committed: Path) -> list[str]:
    """Names of the committed files that differ from a fresh build."""
    with tempfile.TemporaryDirectory() as tmp:
        write(tables, Path(tmp))
        return [
            name
            for name in OUTPUT_FILES
            if not (committed / name).exists()
            or (committed / name).read_bytes() != (Path(tmp) / name).read_bytes()
        ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument(
        "--seed", type=Path, default=DEFAULT_SEED, help="the press item whose claims are bundled"
    )
    parser.add_argument("--out", type=Path, default=REPO / "data")
    parser.add_argument(
        "--check",
        action="store_true",
        help="rebuild into a temporary folder; fail if the files in --out differ",
    )
    args = parser.parse_args(argv)
    catalogue = read_csv(CATALOGUE)[list(INDICATOR_COLUMNS)]
    tables = build(args.source, read_overrides(OVERRIDES), catalogue)
    tables["claims"] = build_claims(
        normalise_observations(tables["observations"]), tables["sources"], args.seed
    )
    found = problems(tables, len(read_csv(args.source)))
    if found:
        print("the built dataset has problems:\n  " + "\n  ".join(found), file=sys.stderr)
        return 2
    if args.check:
        stale = check(tables, args.out)
        if stale:
            print(
                f"out of date in {args.out}: {', '.join(stale)} (run the script to rebuild)",
                file=sys.stderr,
            )
            return 1
        print(f"{args.out}: up to date")
        return 0
    write(tables, args.out)
    print(summary(tables))
    return 0


if __name__ == "__main__":
    sys.exit(main())
