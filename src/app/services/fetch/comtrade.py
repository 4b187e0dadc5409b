"""UN Comtrade API v1: goods trade of a reporter with a partner, as each side's customs saw it.

Two endpoints answer the same query with the same JSON (``{"count", "data": [records],
"error"}``, read by the ``comtrade-api`` reader):

- without a key, the public preview ``{base}/public/v1/preview/C/{A|M}/HS``: at most 500
  rows a call (``maxRecords=500``); a call that returns exactly that many says rows may be
  missing;
- with a subscription key (free at comtradedeveloper.un.org, kept in the system keyring),
  ``{base}/data/v1/get/C/{A|M}/HS``. The key goes in the ``Ocp-Apim-Subscription-Key``
  header only (as comtradr sends it), never in a URL, a record, a note or a message.
  ``maxRecords=100000``: the free tier's limit a call as UN Comtrade states it.

Query parameters (the names of comtradeapicall and comtradr): ``reporterCode`` and
``partnerCode`` (Comtrade's numbers, comma lists allowed), ``period`` (``2020,2021`` or
``202401,202402``; at most 12 periods a call, the API's limit that comtradr enforces too, so
longer spans are split, and fewer a call when flows × commodities × partners would pass the
row limit), ``flowCode`` (option ``flows``: M, X, RM, RX; default ``M,X``), ``cmdCode``
(option ``commodities``: TOTAL, AG2 for every HS chapter, or codes such as ``27,84``), and
the totals ``partner2Code=0``, ``customsCode=C00``, ``motCode=0`` so that no breakdown row is
counted twice. ``includeDesc=TRUE`` makes the answer carry ISO codes beside the numbers.

A pair CHN-AZE asks China's customs about Azerbaijan and, with ``both_directions`` (default
"1"), Azerbaijan's customs about China: one call a reporter and span of periods, answers
joined into one body. No partner asks for trade with the World (0). Calls are a second apart,
to be gentle with the API's rate limit; a 429 is retried by the HTTP client.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pycountry

from app.services.fetch.base import Call, Connector, Context, Download, FetchRequest, now_iso
from app.services.fetch.errors import FetchError

PREVIEW_LIMIT = 500
FULL_LIMIT = 100_000
MAX_PERIODS = 12  # the API refuses more periods in one call
MAX_CALLS = 100
PAUSE = 1.0  # seconds between calls
LIFT = "a subscription key lifts the limit"
FLOWS = ("M", "X", "RM", "RX")
#: rows one period of one flow gives for a partner, roughly (to size the calls)
_ROWS = {"TOTAL": 1, "AG2": 97, "AG4": 1230, "AG6": 5400}
_COMMODITY = re.compile(r"TOTAL|AG[246]|\d{2}(\d{2}){0,2}")
_PERIOD = re.compile(r"(\d{4})(?:[-M]?(\d{1,2}))?")

#: Comtrade's own numbers where they differ from ISO 3166 numeric (its reference list
#: files/v1/app/reference/Reporters.json, checked against the 2025 version): the area one
#: customs office reports for is wider than the ISO country. app.domain.countries maps the
#: same numbers back. Italy is 380 as in ISO today (381 in the old Comtrade).
COMTRADE_CODES = {
    "USA": 842,  # USA, Puerto Rico and US Virgin Islands (ISO 840; 841 before 1981)
    "FRA": 251,  # France and Monaco (ISO 250)
    "IND": 699,  # India from 1975 (ISO 356 is Comtrade's "India (...1974)")
    "NOR": 579,  # Norway, Svalbard and Jan Mayen (ISO 578)
    "CHE": 757,  # Switzerland and Liechtenstein (ISO 756)
    "TWN": 490,  # "Other Asia, nes", Comtrade's name for Taiwan (ISO 158 is not used)
    "WLD": 0,  # World: the reporter's trade with every partner
}


class ComtradeConnector(Connector):
    name = "comtrade"
    label = "UN Comtrade API"
    publisher = "UN Comtrade"
    production = "https://comtradeapi.un.org"
    reader = "comtrade-api"
    key_name = "comtrade"
    takes_indicators = False
    limits = (
        f"Without a key the public preview gives at most {PREVIEW_LIMIT} rows a call (Corridor "
        f"asks {MAX_PERIODS} years or months at a time); a free subscription key, kept in the "
        "system keyring, opens the full API."
    )

    def calls(self, request: FetchRequest, base: str, key: str = "") -> list[Call]:
        freq = _frequency(request)
        flows = _codes(request, "flows", "M,X", "M, X, RM or RX")
        commodities = _codes(request, "commodities", "TOTAL", "TOTAL, AG2, or HS codes as 27,84")
        limit = FULL_LIMIT if key else PREVIEW_LIMIT
        path = "data/v1/get" if key else "public/v1/preview"
        url = f"{base}/{path}/C/{freq}/HS"
        periods = _periods(request, freq)
        out = []
        for reporter, partners in _pairs(request).items():
            per_period = len(flows) * len(partners) * sum(_ROWS.get(c, 1) for c in commodities)
            size = max(1, min(MAX_PERIODS, limit // per_period))
            for i in range(0, len(periods), size):
                params = (
                    ("reporterCode", reporter),
                    ("partnerCode", ",".join(partners)),
                    ("period", ",".join(periods[i : i + size])),
                    ("flowCode", ",".join(flows)),
                    ("cmdCode", ",".join(commodities)),
                    ("partner2Code", "0"),
                    ("customsCode", "C00"),
                    ("motCode", "0"),
                    ("maxRecords", str(limit)),
                    ("includeDesc", "TRUE"),
                )
                out.append(Call(url, params))
        if len(out) > MAX_CALLS:
            raise FetchError(
                f"{self.label}: this query needs {len(out)} calls (more than {MAX_CALLS}); "
                "ask for fewer years, countries or commodities"
            )
        return out

    def collect(self, request: FetchRequest, ctx: Context) -> Download:
        calls = self.calls(request, ctx.base, ctx.key)
        limit = FULL_LIMIT if ctx.key else PREVIEW_LIMIT
        records: list[dict[str, Any]] = []
        notes: list[str] = []
        for n, call in enumerate(calls):
            if n:
                ctx.client.sleep(PAUSE)
            params = dict(call.params)
            rows = _records(self._ask(ctx, call), params)
            if len(rows) >= limit:
                notes.append(
                    f"the call for reporter {params['reporterCode']}, periods {params['period']} "
                    f"returned {limit:,} rows, the most a call gives: rows may be missing; "
                    + ("ask for fewer years or commodities" if ctx.key else LIFT)
                )
            records.extend(rows)
        body = {"count": len(records), "data": records, "error": ""}
        return Download(
            json.dumps(body, ensure_ascii=False).encode("utf-8"),
            tuple(c.full_url() for c in calls),
            now_iso(),
            len(calls),
            tuple(dict.fromkeys(notes)),
        )

    def _ask(self, ctx: Context, call: Call) -> Any:
        try:
            reply = ctx.get(call, self.key_headers(ctx.key))
        except FetchError as exc:
            if ctx.key and ctx.key in str(exc):  # an echo of the key never leaves here
                raise type(exc)(str(exc).replace(ctx.key, "[key]")) from None
            raise
        try:
            return json.loads(reply.body.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise FetchError(
                f"{self.label}: the answer was cut off or is not JSON ({len(reply.body):,} "
                f"bytes; {exc}). Nothing was stored; try again."
            ) from exc

    def key_headers(self, key: str) -> dict[str, str]:
        return {"Ocp-Apim-Subscription-Key": key} if key else {}

    def dataset(self, request: FetchRequest) -> str:
        return "HS"

    def title(self, request: FetchRequest) -> str:
        flows = request.option("flows", "M,X").upper().replace(" ", "")
        what = request.option("commodities", "TOTAL").upper().replace(" ", "")
        who = ", ".join(request.reporters)
        if request.partners:
            who += " with " + ", ".join(request.partners)
        span = "–".join(dict.fromkeys(p for p in (request.start, request.end) if p))
        return f"{self.label}: goods {flows} ({what}) for {who}, {span}"

    def check(self, request: FetchRequest) -> None:
        if not request.reporters:
            raise FetchError(
                f"{self.label}: name a reporter country (a pair CHN-AZE asks China's customs "
                "about Azerbaijan)"
            )
        self.calls(request, self.production)


def _frequency(request: FetchRequest) -> str:
    freq = request.frequency.strip().upper() or "A"
    if freq not in ("A", "M"):
        raise FetchError(f"UN Comtrade API: annual (A) or monthly (M) data only, not {freq!r}")
    return freq


def _codes(request: FetchRequest, option: str, default: str, hint: str) -> list[str]:
    """The codes of an option ("m, x" -> ["M", "X"]); FetchError naming those not understood."""
    text = (request.option(option).strip() or default).upper()
    codes = list(dict.fromkeys(c for c in re.split(r"[\s,;]+", text) if c))
    ok = FLOWS.__contains__ if option == "flows" else _COMMODITY.fullmatch
    bad = [c for c in codes if not ok(c)]
    if bad or not codes:
        raise FetchError(f"UN Comtrade API: unknown {option} {', '.join(bad) or '(none)'} ({hint})")
    return codes


def comtrade_code(iso: str) -> str:
    """Comtrade's number for an ISO alpha-3 code (FetchError naming an unknown code)."""
    code = iso.strip().upper()
    if code in COMTRADE_CODES:
        return str(COMTRADE_CODES[code])
    hit = pycountry.countries.get(alpha_3=code) if re.fullmatch(r"[A-Z]{3}", code) else None
    if hit is None:
        raise FetchError(
            f"UN Comtrade API: {iso!r} is not a country code Corridor knows (use ISO alpha-3 "
            "codes such as CHN, AZE, or WLD for the World)"
        )
    return str(int(hit.numeric))


def _pairs(request: FetchRequest) -> dict[str, list[str]]:
    """Comtrade reporter number -> partner numbers, mirror included, each pair once."""
    reporters = [comtrade_code(c) for c in request.reporters]
    partners = [comtrade_code(c) for c in request.partners] or ["0"]
    pairs = [(r, p) for r in reporters for p in partners if r != p]
    if request.option("both_directions", "1").strip().lower() not in ("0", "false", "no"):
        pairs += [(p, r) for r, p in pairs if p != "0"]
    out: dict[str, list[str]] = {}
    for r, p in dict.fromkeys(pairs):
        out.setdefault(r, []).append(p)
    return out


def _periods(request: FetchRequest, freq: str) -> list[str]:
    """Years ("2020") or months ("202401") from the request's start to its end."""
    first, last = request.start.strip(), request.end.strip()
    if not first and not last:
        raise FetchError("UN Comtrade API: name the first and last year (or month) to fetch")
    (y0, m0), (y1, m1) = _period(first or last, 1), _period(last or first, 12)
    if freq == "A":
        years = [str(y) for y in range(y0, y1 + 1)]
        if not years:
            raise FetchError(f"UN Comtrade API: {first} comes after {last}")
        return years
    a, b = y0 * 12 + m0 - 1, y1 * 12 + m1 - 1
    if a > b:
        raise FetchError(f"UN Comtrade API: {first} comes after {last}")
    return [f"{i // 12}{i % 12 + 1:02d}" for i in range(a, b + 1)]


def _period(text: str, month: int) -> tuple[int, int]:
    match = _PERIOD.fullmatch(text)
    m = int(match.group(2)) if match and match.group(2) else month
    if match is None or not 1 <= m <= 12:
        raise FetchError(f"UN Comtrade API: {text!r} is not a year (2020) or month (2024-01)")
    return int(match.group(1)), m


def _records(doc: Any, params: dict[str, str]) -> list[dict[str, Any]]:
    """The records of one answer; FetchError with the API's own message."""
    where = f"reporter {params['reporterCode']}, periods {params['period']}"
    if isinstance(doc, dict) and "statusCode" in doc and "data" not in doc:
        message = str(doc.get("message") or "no message").strip()[:300]
        raise FetchError(f"UN Comtrade API refused {where} ({doc['statusCode']}): {message}")
    if not isinstance(doc, dict):
        raise FetchError(f"UN Comtrade API: the answer for {where} is not a JSON object")
    if doc.get("error"):
        raise FetchError(f"UN Comtrade API refused {where}: {str(doc['error']).strip()[:300]}")
    data = doc.get("data") or []
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise FetchError(f"UN Comtrade API: the answer for {where} has no list of records")
    return data
