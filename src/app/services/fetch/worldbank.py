"""World Bank Indicators API v2 (JSON): one indicator per call, every page of it.

``GET {base}/country/CHN;AZE/indicator/NY.GDP.MKTP.CD?format=json&date=2000:2024
&per_page=1000&page=1`` answers ``[pagination, [records]]`` (the ``wbapi`` reader's
format). The pages of each indicator are fetched in turn and their records joined into one
answer. The indicator's own metadata (``{base}/indicator/CODE?format=json``: name, unit,
source note, source organisation) fills the catalogue row; when that call fails the figures
still come, named as their records name them, and the fetch says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from app.services.fetch.base import Call, Connector, Context, Download, FetchRequest, now_iso
from app.services.fetch.errors import FetchError

PER_PAGE = 1000
MAX_PAGES = 200
#: the World Development Indicators' source id (the API's /sources list)
WDI_SOURCE = "2"


@dataclass(frozen=True)
class IndicatorInfo:
    """One indicator of the API's list: code, name, and where its figures come from."""

    code: str
    name: str
    source: str = ""
    note: str = ""


class WorldBankConnector(Connector):
    name = "worldbank"
    label = "World Bank Indicators API"
    publisher = "World Bank"
    production = "https://api.worldbank.org/v2"
    reader = "wbapi"
    limits = (
        "No key needed. Countries by ISO code (a pair fetches both countries); "
        "years as 2000–2024, or months 2024-01 to 2024-10 for monthly series."
    )

    def calls(self, request: FetchRequest, base: str, key: str = "") -> list[Call]:
        countries = ";".join(_countries(request)) or "all"
        date = _date_range(request)
        out = []
        for code in request.indicators:
            params = [("format", "json"), ("per_page", str(PER_PAGE))]
            if date:
                params.append(("date", date))
            url = f"{base}/country/{quote(countries, safe=';')}/indicator/{quote(code)}"
            out.append(Call(url, tuple(params)))
        return out

    def dataset(self, request: FetchRequest) -> str:
        return "WDI"

    def title(self, request: FetchRequest) -> str:
        """Country figures, not a pair's: "… NY.GDP.MKTP.CD for CHN, AZE, 2000–2024"."""
        countries = FetchRequest(
            request.source,
            tuple(_countries(request)),
            (),
            request.indicators,
            request.start,
            request.end,
        )
        return f"{self.label}: {countries.describe()}"

    def collect(self, request: FetchRequest, ctx: Context) -> Download:
        parts: list[bytes] = []  # each page's records, as the page sent them
        urls: list[str] = []
        notes: list[str] = []
        names: list[tuple[str, str, str]] = []
        calls = 0
        meta: dict[str, Any] = {}
        for call in self.calls(request, ctx.base):
            urls.append(call.full_url())
            page, pages = 1, 1
            while page <= pages:
                body = ctx.get(Call(call.url, (*call.params, ("page", str(page))))).body
                calls += 1
                head, rows = _split_page(body, call.full_url())
                meta = meta or head
                pages = min(int(head.get("pages") or 1), MAX_PAGES)
                if rows:
                    parts.append(rows)
                page += 1
            names += self._metadata(ctx, call, notes)
        # the pages' record arrays spliced into one answer, not parsed and written again:
        # the reader parses the records once (this halves what paging costs)
        first = json.dumps({**meta, "page": 1, "pages": 1}, ensure_ascii=False).encode()
        body = b"[" + first + b",[" + b",".join(parts) + b"]]"
        return Download(body, tuple(urls), now_iso(), calls, tuple(notes), tuple(names))

    def _metadata(self, ctx: Context, call: Call, notes: list[str]) -> list[tuple[str, str, str]]:
        """(code, name, source note) from the indicator's metadata; a note if it failed."""
        code = call.url.rsplit("/", 1)[-1]
        try:
            doc = _json(ctx.get(Call(f"{ctx.base}/indicator/{code}", (("format", "json"),))).body)
            _head, rows = _page(doc, code)
        except FetchError as exc:
            notes.append(f"metadata of {code} not available ({exc}); names come from the data")
            return []
        out: list[tuple[str, str, str]] = []
        for r in rows:
            if isinstance(r, dict) and r.get("id") and r.get("name"):
                note = " ".join(str(r.get("sourceNote") or "").split())
                out.append((str(r["id"]), str(r["name"]), note))
                source = r.get("sourceOrganization") or ""
                if source:
                    notes.append(f"{r['id']}: {str(source).strip()[:300]}")
        return out


def _countries(request: FetchRequest) -> list[str]:
    return list(dict.fromkeys(c.upper() for c in (*request.reporters, *request.partners) if c))


def _date_range(request: FetchRequest) -> str:
    """``2000:2024``, ``2024M01:2024M10``, ``2023Q1:2024Q2`` from period texts."""
    a, b = (_api_period(p, request.frequency) for p in (request.start, request.end))
    if not a and not b:
        return ""
    return f"{a or b}:{b or a}"


def _api_period(text: str, freq: str) -> str:
    text = text.strip()
    if not text:
        return ""
    if freq == "M" and len(text) >= 7 and text[4] == "-":
        return f"{text[:4]}M{text[5:7]}"
    if freq == "Q" and "-Q" in text.upper():
        return text.upper().replace("-Q", "Q")
    return text[:4]


def _json(body: bytes) -> Any:
    try:
        return json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise FetchError(
            f"the World Bank answered with something that is not JSON ({exc}); "
            "the answer may have been cut off"
        ) from exc


def _page(doc: Any, where: str) -> tuple[dict[str, Any], list[Any]]:
    if not isinstance(doc, list) or not doc or not isinstance(doc[0], dict):
        raise FetchError(f"the World Bank's answer to {where} is not [pagination, records]")
    message = doc[0].get("message")
    if isinstance(message, list) and message and isinstance(message[0], dict):
        m = message[0]
        raise FetchError(
            f"the World Bank refused {where}: {m.get('value') or m.get('key') or m} "
            f"(error {m.get('id', '?')})"
        )
    rows = doc[1] if len(doc) > 1 and isinstance(doc[1], list) else []
    return doc[0], rows


def search_indicators(ctx: Context, words: str, limit: int = 50) -> list[IndicatorInfo]:
    """The World Development Indicators whose code or name holds every word of ``words``
    (case-insensitive), best first: code matches, then names in the API's order. The
    list is the API's ``/sources/2/indicators`` (about 1,500 entries, every page)."""
    wanted = [w.lower() for w in words.split() if w]
    if not wanted:
        return []
    found: list[tuple[int, IndicatorInfo]] = []
    page, pages = 1, 1
    while page <= pages:
        call = Call(
            f"{ctx.base}/sources/{WDI_SOURCE}/indicators",
            (("format", "json"), ("per_page", str(PER_PAGE)), ("page", str(page))),
        )
        head, rows = _page(_json(ctx.get(call).body), "the indicator list")
        pages = min(int(head.get("pages") or 1), MAX_PAGES)
        page += 1
        for r in rows:
            if not isinstance(r, dict) or not r.get("id"):
                continue
            info = IndicatorInfo(
                str(r["id"]),
                str(r.get("name") or r["id"]),
                str((r.get("source") or {}).get("value") or "")
                if isinstance(r.get("source"), dict)
                else "",
                str(r.get("sourceNote") or "")[:300],
            )
            text = f"{info.code} {info.name}".lower()
            if all(w in text for w in wanted):
                rank = 0 if any(w in info.code.lower() for w in wanted) else 1
                found.append((rank, info))
    found.sort(key=lambda p: p[0])  # stable: the API's order within a rank
    return [info for _rank, info in found[:limit]]


_DECODER = json.JSONDecoder()


def _split_page(body: bytes, where: str) -> tuple[dict[str, Any], bytes]:
    """(pagination, the records array's inner bytes) of one page, without parsing the
    records: the pagination object is decoded, the rest must be ``, [ ... ]]`` or
    ``, null]``. An error answer raises FetchError with the API's message."""
    try:
        text = body.decode("utf-8-sig")
        start = len(text) - len(text.lstrip())
        if not text.startswith("[", start):
            raise ValueError("not a JSON array")
        pos = start + 1
        while text[pos].isspace():
            pos += 1
        head, end = _DECODER.raw_decode(text, pos)
    except (UnicodeDecodeError, ValueError, IndexError) as exc:
        raise FetchError(
            f"the World Bank answered with something that is not JSON ({exc}); "
            "the answer may have been cut off"
        ) from exc
    if not isinstance(head, dict):
        raise FetchError(f"the World Bank's answer to {where} is not [pagination, records]")
    if "message" in head:
        _page([head], where)  # raises with the API's message
    rest = text[end:].strip()
    if not rest.endswith("]"):
        raise FetchError(
            f"the World Bank's answer to {where} is cut off (it does not end with ']')"
        )
    rest = rest[:-1].strip()  # without the outer array's end
    if rest == "" or "".join(rest.split()) == ",null":
        return head, b""
    if not rest.startswith(","):
        raise FetchError(f"the World Bank's answer to {where} is not [pagination, records]")
    inner = rest[1:].strip()
    if not (inner.startswith("[") and inner.endswith("]")):
        raise FetchError(f"the World Bank's answer to {where} has no list of records")
    return head, inner[1:-1].strip().encode("utf-8")
