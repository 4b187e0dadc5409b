"""Area: fetching. A World Bank API answer of 100,000 records (20,000 with --quick) in pages
of 1,000, served on loopback by a standard-library HTTP server, fetched the way File >
Fetch does it (every page through the HTTP client, joined, read by the ``wbapi`` reader),
against the limit measured in the same run: the same reader on the joined body held in
memory; each side the best of three runs. The ratio is what the network path adds (HTTP,
paging, joining) to the read.
Then the refresh of the same query against a workspace that holds its figures (every row
unchanged, so each is compared with its stored figure): the plan, against the same read,
so that asking again never costs more in planning than in reading the answer.

The records follow the API's layout (indicator, country, countryiso3code, date, value,
unit, obs_status, decimal) with seeded values; the countries are ISO codes.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pycountry

from benchmarks.report import Result

PER_PAGE = 1000


def _records(n: int, seed: int = 11) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    countries = [(c.alpha_3, c.alpha_2, c.name) for c in pycountry.countries]
    years = list(range(1960, 2024))
    out = []
    for i in range(n):
        iso3, iso2, name = countries[(i // len(years)) % len(countries)]
        ind = i // (len(years) * len(countries))
        out.append(
            {
                "indicator": {"id": f"BENCH.{ind}.CD", "value": f"Bench {ind} (current US$)"},
                "country": {"id": iso2, "value": name},
                "countryiso3code": iso3,
                "date": str(years[i % len(years)]),
                "value": round(rng.uniform(0, 1e9), 1),
                "unit": "",
                "obs_status": "",
                "decimal": 0,
            }
        )
    return out


def _pages(records: list[dict[str, Any]]) -> list[bytes]:
    pages = max(1, -(-len(records) // PER_PAGE))
    meta = {"pages": pages, "per_page": PER_PAGE, "total": len(records), "sourceid": "2"}
    return [
        json.dumps([{**meta, "page": p + 1}, records[p * PER_PAGE : (p + 1) * PER_PAGE]]).encode()
        for p in range(pages)
    ]


def _serve(pages: list[bytes]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            url = urlsplit(self.path)
            if "/indicator/" in url.path and url.path.startswith("/country/"):
                page = int(parse_qs(url.query).get("page", ["1"])[0])
                body = pages[page - 1]
                self.send_response(200)
            else:
                body = b"[]"
                self.send_response(404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


TIMES = 3


def _best(work: Callable[[], Any]) -> tuple[float, Any]:
    """(the shortest of TIMES runs of ``work``, in seconds; what the last run returned)."""
    best = float("inf")
    out = None
    for _ in range(TIMES):
        t = time.perf_counter()
        out = work()
        best = min(best, time.perf_counter() - t)
    return best, out


def _fetch_once(fetch: Any, request: Any, client_type: Any, base: str) -> Any:
    """One fetch through a fresh HTTP client (closed afterwards), as File > Fetch makes it."""
    client = client_type(retries=0)
    try:
        return fetch(request, client, base)
    finally:
        client.close()


def run(quick: bool) -> list[Result]:
    from app.domain.store import ObservationStore
    from app.services.fetch.base import FetchRequest
    from app.services.fetch.http import HttpClient
    from app.services.fetch.run import fetch, plan
    from app.services.fetch.worldbank import WorldBankConnector
    from app.services.importers import get_importer

    n = 20_000 if quick else 100_000
    records = _records(n)
    pages = _pages(records)
    server = _serve(pages)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    request = FetchRequest("worldbank", ("USA",), indicators=("BENCH.0.CD",))
    joined = json.dumps([{"page": 1, "pages": 1, "total": n}, records]).encode()
    reader = get_importer(WorldBankConnector.reader)
    try:
        # both sides alike: best of TIMES (the first fetch alone used to pay the first use
        # of the HTTP client and the reader's imports, then the read ran warm after it)
        fetch_s, fetched = _best(lambda: _fetch_once(fetch, request, HttpClient, base))
        read_s, read = _best(lambda: reader.read(joined))
        assert len(read.observations) == len(fetched.result.observations) == n
        empty = ObservationStore()
        t = time.perf_counter()
        first, _summary = plan(fetched, empty)
        first_s = time.perf_counter() - t
        empty.apply(first)
        t = time.perf_counter()
        _edit, again = plan(fetched, empty)
        again_s = time.perf_counter() - t
        assert again.unchanged == n
        assert again.changes == 0
    finally:
        server.shutdown()
    label = f"{n:,} records, {len(pages)} pages"
    return [
        Result(
            "fetch",
            f"World Bank API fetch ({label}) vs the reader on the joined body",
            fetch_s,
            read_s,
            "s",
            2.0,
            note="loopback HTTP, paging and joining on top of the read",
        ),
        Result(
            "fetch",
            f"refresh plan, every row unchanged ({n:,}) vs reading the answer",
            again_s,
            read_s,
            "s",
            1.0,
            note=f"first plan against an empty store: {first_s:.3f} s",
        ),
    ]
