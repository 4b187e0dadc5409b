"""UN Comtrade API connector against the replay server (pytest-httpserver on loopback).

Real recordings (../shared/fixtures): the empty successful answer and the 401 body of a call
without a key. No data-bearing Comtrade recording exists, so the data answers here are built
in the tests in the documented v1 record layout (the fields and types of a real
``data/v1/get/C/A/HS`` answer, as comtradr's recordings show them); their values are made up
for the tests and are not anyone's statistics.
"""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
import pytest
from pytest_httpserver import HTTPServer
from tests.unit.services.fetch.conftest import JSON, recorded

from app.domain.edits import AddRecords, CompositeEdit
from app.domain.periods import month_index
from app.domain.store import ObservationStore
from app.services.fetch import run
from app.services.fetch.base import Context, FetchRequest
from app.services.fetch.comtrade import ComtradeConnector, comtrade_code
from app.services.fetch.errors import FetchError
from app.services.fetch.http import HttpClient
from app.services.importers import Severity

KEY = "c0mtrade-S3CRET-key-7f3a9b"
HEADER = "Ocp-Apim-Subscription-Key"
FULL = "/data/v1/get/C/A/HS"
PREVIEW = "/public/v1/preview/C/A/HS"
CHN, AZE = "156", "31"
ISO = {CHN: "CHN", AZE: "AZE"}
EMPTY = json.dumps({"elapsedTime": "0.01 secs", "count": 0, "data": [], "error": ""})


def ask(*, start: str = "2022", end: str = "2023", **options: str) -> FetchRequest:
    return FetchRequest("comtrade", ("CHN",), ("AZE",), start=start, end=end).with_options(
        **options
    )


def query(
    reporter: str, partner: str, period: str, limit: int = 500, **more: str
) -> dict[str, str]:
    """The query string the connector must send (every parameter, exactly)."""
    return {
        "reporterCode": reporter,
        "partnerCode": partner,
        "period": period,
        "flowCode": "M,X",
        "cmdCode": "TOTAL",
        "partner2Code": "0",
        "customsCode": "C00",
        "motCode": "0",
        "maxRecords": str(limit),
        "includeDesc": "TRUE",
        **more,
    }


def record(reporter: str, partner: str, flow: str, period: int, value: float) -> dict[str, Any]:
    """One record in the v1 layout (field names, order and types of a real answer)."""
    return {
        "typeCode": "C",
        "freqCode": "A",
        "refPeriodId": period * 10000 + 101,
        "refYear": period,
        "refMonth": 52,
        "period": str(period),
        "reporterCode": int(reporter),
        "reporterISO": ISO[reporter],
        "reporterDesc": "China" if reporter == CHN else "Azerbaijan",
        "flowCode": flow,
        "flowDesc": "Import" if flow == "M" else "Export",
        "partnerCode": int(partner),
        "partnerISO": ISO[partner],
        "partnerDesc": "China" if partner == CHN else "Azerbaijan",
        "partner2Code": 0,
        "partner2ISO": "W00",
        "partner2Desc": "World",
        "classificationCode": "H6",
        "classificationSearchCode": "HS",
        "isOriginalClassification": True,
        "cmdCode": "TOTAL",
        "cmdDesc": "All Commodities",
        "aggrLevel": 0,
        "isLeaf": False,
        "customsCode": "C00",
        "customsDesc": "TOTAL CPC",
        "mosCode": "0",
        "motCode": 0,
        "motDesc": "TOTAL MOT",
        "qtyUnitCode": -1,
        "qtyUnitAbbr": "N/A",
        "qty": None,
        "isQtyEstimated": False,
        "altQtyUnitCode": -1,
        "altQtyUnitAbbr": "N/A",
        "altQty": None,
        "isAltQtyEstimated": False,
        "netWgt": None,
        "isNetWgtEstimated": False,
        "grossWgt": None,
        "isGrossWgtEstimated": False,
        "cifvalue": value if flow == "M" else None,
        "fobvalue": value if flow == "X" else None,
        "primaryValue": value,
        "legacyEstimationFlag": 0,
        "isReported": True,
        "isAggregate": False,
    }


def answer(records: list[dict[str, Any]]) -> str:
    return json.dumps(
        {"elapsedTime": "0.12 secs", "count": len(records), "data": records, "error": ""}
    )


#: made-up figures: (reporter, partner, flow, year) -> USD
FIGURES = {
    (CHN, AZE, "M", 2022): 1_012_000_000.0,
    (CHN, AZE, "X", 2022): 1_204_500_000.0,
    (CHN, AZE, "M", 2023): 1_150_250_000.0,
    (CHN, AZE, "X", 2023): 1_902_000_000.0,
    (AZE, CHN, "M", 2022): 1_330_000_000.0,
    (AZE, CHN, "X", 2022): 815_750_000.0,
    (AZE, CHN, "M", 2023): 2_060_000_000.0,
    (AZE, CHN, "X", 2023): 148_200_000.0,
}


def data_answer(reporter: str) -> str:
    return answer([record(*k, v) for k, v in FIGURES.items() if k[0] == reporter])


def serve_pair(httpserver: HTTPServer, path: str = FULL, limit: int = 100_000) -> None:
    """CHN's and then AZE's answer, each only to the exact query it belongs to."""
    headers = {HEADER: KEY} if path == FULL else None
    for reporter, partner in ((CHN, AZE), (AZE, CHN)):
        httpserver.expect_ordered_request(
            path, query_string=query(reporter, partner, "2022,2023", limit), headers=headers
        ).respond_with_data(data_answer(reporter), content_type=JSON)


def one(obs: pd.DataFrame, **where: object) -> pd.Series:
    hit = obs
    for col, value in where.items():
        hit = hit[hit[col].astype(str) == str(value)]
    assert len(hit) == 1, f"{len(hit)} rows match {where}"
    return hit.iloc[0]


# --- the real recordings ---------------------------------------------------------------


def test_the_recorded_empty_answer_fetches_nothing_and_says_so(
    httpserver: HTTPServer, base: str, client: HttpClient
) -> None:
    httpserver.expect_request(PREVIEW, query_string=query(CHN, AZE, "2022,2023")).respond_with_data(
        recorded("comtrade_api_services_empty_response.json"), content_type=JSON
    )
    fetched = run.fetch(ask(both_directions="0"), client, base)
    httpserver.check_assertions()
    result = fetched.result
    assert len(result.observations) == 0
    infos = [p.message for p in result.problems if p.severity is Severity.INFO]
    assert any("no records" in m for m in infos)
    assert (result.source.kind, result.source.publisher) == ("fetch", "UN Comtrade")
    assert result.source.url.startswith(f"{base}{PREVIEW}?reporterCode=156&partnerCode=31")
    assert fetched.download.calls == 1


def test_the_recorded_401_says_the_key_was_refused_with_the_api_message(
    httpserver: HTTPServer, base: str, client: HttpClient
) -> None:
    body = recorded("comtrade_api_error_401_missing_key.json")
    httpserver.expect_request(FULL).respond_with_data(body, status=401, content_type=JSON)
    with pytest.raises(FetchError) as info:
        run.fetch(ask(), client, base, key=KEY)
    message = str(info.value)
    assert "answered 401" in message
    assert "subscription key is missing, wrong or expired" in message
    assert "Access denied due to missing subscription key" in message
    assert KEY not in message
    assert len(httpserver.log) == 1  # a 401 is not retried


# --- a data answer, the key, the endpoints -------------------------------------------------


def test_a_pair_fetches_both_customs_figures_with_the_key_in_the_header_only(
    httpserver: HTTPServer, base: str, client: HttpClient
) -> None:
    serve_pair(httpserver)
    fetched = run.fetch(ask(), client, base, key=KEY)
    httpserver.check_assertions()

    obs = fetched.result.observations
    assert len(obs) == 8
    imports = one(
        obs,
        reporter="CHN",
        partner="AZE",
        indicator="imports_from_partner",
        period_start=month_index(2023, 1),
    )
    assert imports["value"] == 1_150_250_000.0
    assert (imports["period_end"], imports["unit"]) == (month_index(2023, 12), "USD")
    mirror = one(
        obs,
        reporter="AZE",
        partner="CHN",
        indicator="exports_to_partner",
        period_start=month_index(2022, 1),
    )
    assert mirror["value"] == 815_750_000.0
    assert set(obs["indicator"]) == {"imports_from_partner", "exports_to_partner"}

    # the key went in the header of both calls and nowhere else
    assert len(httpserver.log) == 2
    for req, _resp in httpserver.log:
        assert req.headers.get(HEADER) == KEY
        assert KEY not in req.url
        assert KEY not in req.query_string.decode()
    download = fetched.download
    assert download.calls == 2
    assert [u.split("?")[0] for u in download.urls] == [f"{base}{FULL}"] * 2
    shown = [
        *download.urls,
        *download.notes,
        fetched.result.source.url,
        fetched.result.source.title,
        fetched.request.to_json(),
        json.dumps(fetched.result.details, default=str),
    ]
    assert not [s for s in shown if KEY in s]
    assert KEY.encode() not in download.body


def test_without_a_key_the_public_preview_is_asked_and_no_key_header_is_sent(
    httpserver: HTTPServer, base: str, client: HttpClient
) -> None:
    serve_pair(httpserver, PREVIEW, 500)
    fetched = run.fetch(ask(), client, base)
    httpserver.check_assertions()
    assert len(fetched.result.observations) == 8
    assert all(HEADER not in req.headers for req, _resp in httpserver.log)
    assert all(u.startswith(f"{base}{PREVIEW}?") for u in fetched.download.urls)
    assert not fetched.download.notes  # 4 rows a call: far from the limit


def test_long_spans_are_split_into_calls_of_twelve_periods(
    httpserver: HTTPServer, base: str, client: HttpClient
) -> None:
    years = [str(y) for y in range(2000, 2025)]
    chunks = [years[:12], years[12:24], years[24:]]
    for chunk in chunks:
        httpserver.expect_ordered_request(
            PREVIEW, query_string=query(CHN, AZE, ",".join(chunk))
        ).respond_with_data(EMPTY, content_type=JSON)
    fetched = run.fetch(ask(start="2000", end="2024", both_directions="0"), client, base)
    httpserver.check_assertions()
    assert fetched.download.calls == 3
    assert len(fetched.download.urls) == 3
    assert "period=2024&" in fetched.download.urls[2]


def test_both_directions_by_default_and_months_as_yyyymm() -> None:
    connector = ComtradeConnector()
    annual = connector.calls(ask(start="2000", end="2024"), "https://comtradeapi.un.org")
    assert [dict(c.params)["reporterCode"] for c in annual] == [CHN] * 3 + [AZE] * 3
    assert [dict(c.params)["partnerCode"] for c in annual] == [AZE] * 3 + [CHN] * 3
    monthly = FetchRequest(
        "comtrade", ("CHN",), ("AZE",), start="2024-01", end="2024-10", frequency="M"
    ).with_options(both_directions="0")
    (call,) = connector.calls(monthly, "https://comtradeapi.un.org", KEY)
    params = dict(call.params)
    assert call.url == "https://comtradeapi.un.org/data/v1/get/C/M/HS"
    assert params["period"] == ",".join(f"2024{m:02d}" for m in range(1, 11))
    assert KEY not in call.full_url()
    assert KEY not in json.dumps(call.headers)


def test_flows_and_commodities_come_from_the_options() -> None:
    request = ask(flows="m, rx", commodities="27,84", both_directions="0")
    (call,) = ComtradeConnector().calls(request, "https://comtradeapi.un.org")
    params = dict(call.params)
    assert call.url == "https://comtradeapi.un.org/public/v1/preview/C/A/HS"
    assert (params["flowCode"], params["cmdCode"]) == ("M,RX", "27,84")
    assert (params["partner2Code"], params["customsCode"], params["motCode"]) == ("0", "C00", "0")
    (blank,) = ComtradeConnector().calls(
        ask(flows=" ", commodities="", both_directions="0"), "https://comtradeapi.un.org"
    )
    assert (dict(blank.params)["flowCode"], dict(blank.params)["cmdCode"]) == ("M,X", "TOTAL")


def test_a_full_preview_answer_says_rows_may_be_missing(
    httpserver: HTTPServer, base: str, client: HttpClient
) -> None:
    rows = []
    for chapter in range(1, 251):  # 250 commodity codes x 2 flows = the preview's 500 rows
        for flow in ("M", "X"):
            rec = record(CHN, AZE, flow, 2023, 1000.0 + chapter)
            rows.append({**rec, "cmdCode": f"{chapter:04d}", "aggrLevel": 4})
    httpserver.expect_request(PREVIEW).respond_with_data(answer(rows), content_type=JSON)
    request = ask(start="2023", end="2023", commodities="AG4", both_directions="0")
    fetched = run.fetch(request, client, base)
    assert len(fetched.result.observations) == 500
    (note,) = fetched.download.notes
    assert "returned 500 rows" in note
    assert "rows may be missing; a subscription key lifts the limit" in note
    assert note in fetched.result.details["notes"]


def test_a_truncated_answer_is_an_error_that_says_so(
    httpserver: HTTPServer, base: str, client: HttpClient
) -> None:
    body = data_answer(CHN)
    httpserver.expect_request(FULL).respond_with_data(body[: len(body) // 2], content_type=JSON)
    with pytest.raises(FetchError, match=r"cut off or is not JSON") as info:
        run.fetch(ask(both_directions="0"), client, base, key=KEY)
    assert KEY not in str(info.value)


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ({"count": 0, "data": None, "error": "Period is not valid"}, "Period is not valid"),
        ({"statusCode": 403, "message": "Out of call volume quota."}, "Out of call volume quota"),
    ],
)
def test_an_error_in_a_successful_answer_carries_the_api_message(
    httpserver: HTTPServer, base: str, client: HttpClient, body: dict[str, Any], said: str
) -> None:
    httpserver.expect_request(FULL).respond_with_data(json.dumps(body), content_type=JSON)
    with pytest.raises(FetchError, match=said):
        run.fetch(ask(both_directions="0"), client, base, key=KEY)


def test_a_key_echoed_by_the_portal_is_not_repeated(
    httpserver: HTTPServer, base: str, client: HttpClient
) -> None:
    echo = json.dumps({"statusCode": 401, "message": f"Key {KEY} is not valid."})
    httpserver.expect_request(FULL).respond_with_data(echo, status=401, content_type=JSON)
    with pytest.raises(FetchError) as info:
        run.fetch(ask(), client, base, key=KEY)
    assert "is not valid" in str(info.value)
    assert KEY not in str(info.value)


def test_the_plan_stores_the_figures_and_the_query_without_the_key(
    httpserver: HTTPServer, base: str, client: HttpClient
) -> None:
    serve_pair(httpserver)
    fetched = run.fetch(ask(), client, base, key=KEY)
    edit, summary = run.plan(fetched, ObservationStore())
    assert isinstance(edit, CompositeEdit)
    assert summary.added == 8
    rows = [
        e.rows["fetches"] for e in edit.edits if isinstance(e, AddRecords) and "fetches" in e.rows
    ]
    (row,) = rows
    assert len(row) == 1
    assert row["connector"].iat[0] == "comtrade"
    assert row["url"].iat[0] == fetched.download.urls[0]
    stored = FetchRequest.from_json(row["request"].iat[0])
    assert (stored.reporters, stored.partners, stored.start, stored.end) == (
        ("CHN",),
        ("AZE",),
        "2022",
        "2023",
    )
    assert not [c for c in row.columns if KEY in str(row[c].iat[0])]


# --- what the connector accepts ---------------------------------------------------------------


def test_comtrade_numbers_follow_iso_with_comtrades_exceptions() -> None:
    expected = {
        "CHN": "156",
        "AZE": "31",
        "DEU": "276",
        "USA": "842",
        "FRA": "251",
        "IND": "699",
        "NOR": "579",
        "CHE": "757",
        "TWN": "490",
        "WLD": "0",
    }
    assert {iso: comtrade_code(iso) for iso in expected} == expected
    assert comtrade_code(" aze ") == "31"


def test_the_request_needs_a_reporter_and_known_codes_but_no_indicator() -> None:
    connector = ComtradeConnector()
    assert connector.takes_indicators is False
    assert connector.key_headers(KEY) == {HEADER: KEY}
    assert connector.key_headers("") == {}
    connector.check(ask())  # no indicators: fine
    with pytest.raises(FetchError, match="name a reporter"):
        connector.check(FetchRequest("comtrade", (), ("AZE",), start="2020", end="2021"))
    with pytest.raises(FetchError, match="'XKZ'"):
        connector.check(FetchRequest("comtrade", ("CHN",), ("XKZ",), start="2020"))
    with pytest.raises(FetchError, match="'Azerbaijan'"):
        connector.check(FetchRequest("comtrade", ("Azerbaijan",), start="2020"))
    with pytest.raises(FetchError, match="unknown flows Q"):
        connector.check(ask(flows="M,Q"))
    with pytest.raises(FetchError, match=r"annual \(A\) or monthly"):
        connector.check(FetchRequest("comtrade", ("CHN",), start="2020", frequency="Q"))
    with pytest.raises(FetchError, match="first and last year"):
        connector.check(FetchRequest("comtrade", ("CHN",), ("AZE",)))


def test_no_partner_asks_for_trade_with_the_world_once() -> None:
    request = FetchRequest("comtrade", ("CHN",), start="2023", end="2023")
    (call,) = ComtradeConnector().calls(request, "https://comtradeapi.un.org")
    assert dict(call.params)["partnerCode"] == "0"


def test_calls_are_paced_by_the_clients_sleep(httpserver: HTTPServer, base: str) -> None:
    slept: list[float] = []
    http = HttpClient(connect_timeout=2.0, read_timeout=2.0, sleep=slept.append)
    httpserver.expect_request(PREVIEW).respond_with_data(EMPTY, content_type=JSON)
    try:
        ComtradeConnector().collect(ask(), Context(http, base))
    finally:
        http.close()
    assert slept == [1.0]  # two calls, one pause between them
