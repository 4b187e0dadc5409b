"""The SDMX connectors (IMF, ECB, Eurostat, OECD) against the replay server.

Each serves a recorded answer from ../shared/fixtures and checks what the connector asked
(path, query, Accept), that the issue-16 reader picked by detect() reads every observation
(counted here independently, with the standard library, as the fixtures README counts
them) and the source record. No ECB recording exists there: the ECB-shaped query is served
the INSEE BDM GenericData recording, an SDMX-ML 2.1 generic message like the ECB's.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from tests.unit.services.fetch.conftest import JSON, XML, recorded

from app.services.fetch.base import FetchRequest
from app.services.fetch.errors import FetchError
from app.services.fetch.http import HttpClient
from app.services.fetch.registry import get_connector
from app.services.fetch.run import fetch
from app.services.fetch.sdmx_rest import SDMX_CONNECTORS, FlowRef, ImfConnector

CSV = "application/vnd.sdmx.data+csv; charset=utf-8"
IMF_QUERY = b"dimensionAtObservation=TIME_PERIOD&attributes=dsd&measures=all"
#: constructed for these tests, not a recording: an SDMX-ML 2.1 error message (SDMX 2.1
#: REST answers "no results" with 404 and this message, error code 100)
NO_RESULTS = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<mes:Error xmlns:mes="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" '
    b'xmlns:com="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">'
    b'<mes:ErrorMessage code="100"><com:Text>No Results Found</com:Text></mes:ErrorMessage>'
    b"</mes:Error>"
)


def request(source: str, dataflow: str, key: str = "", **kw: Any) -> FetchRequest:
    return FetchRequest(source, options=(("dataflow", dataflow), ("key", key)), **kw)


def numeric(value: object) -> bool:
    try:
        return math.isfinite(float(str(value)))
    except (TypeError, ValueError):
        return False


def count_json(body: bytes) -> int:
    """SDMX-JSON 1.0/2.0: observation arrays whose first measure is numeric."""
    doc = json.loads(body)
    sets = (doc.get("data") or doc)["dataSets"]
    arrays = [o for ds in sets for o in (ds.get("observations") or {}).values()]
    arrays += [
        o
        for ds in sets
        for s in (ds.get("series") or {}).values()
        for o in s["observations"].values()
    ]
    return sum(1 for o in arrays if o and numeric(o[0]))


def count_xml(body: bytes) -> int:
    """SDMX-ML: <Obs> whose OBS_VALUE (or <ObsValue value>) is numeric."""
    n = 0
    for el in ET.fromstring(body).iter():
        if el.tag.rsplit("}", 1)[-1] != "Obs":
            continue
        value = el.get("OBS_VALUE")
        for child in el:
            if child.tag.rsplit("}", 1)[-1] == "ObsValue":
                value = child.get("value")
        n += numeric(value)
    return n


def count_csv(body: bytes) -> int:
    rows = csv.DictReader(io.StringIO(body.decode("utf-8-sig")))
    return sum(1 for row in rows if numeric(row["OBS_VALUE"]))


def asked(httpserver: HTTPServer) -> tuple[str, bytes, str]:
    (req, _response), *_ = httpserver.log
    return req.path, req.query_string, req.headers.get("Accept", "")


# --- the IMF (SDMX 3.0, SDMX-JSON 2.0) ------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "dataflow", "keys", "path", "observations", "sha256"),
    [
        (
            "sdmxjson20_imf_whdreo_gx1213_bca.json",
            "IMF.WHD:WHDREO",
            ["GX1213.BCA_GDP_BP6.A"],
            "/data/dataflow/IMF.WHD/WHDREO/+/GX1213.BCA_GDP_BP6.A",
            55,
            "9dcba8af9204df16738980adae12af854af8bea8ed129105e8d39692a1fb5b3e",
        ),
        (  # the key option and an indicator merged position by position
            "sdmxjson20_imf_afrreo_ttt_ggx.json",
            "IMF.AFR:AFRREO",
            ["*.TTT_IX.*", "*.GGX_G01_GDP_PT.*"],
            "/data/dataflow/IMF.AFR/AFRREO/+/*.TTT_IX+GGX_G01_GDP_PT.*",
            3397,
            "64adc8fd45cff05dcb30b47205ca633797422a2f4ae89742871a8298b78bdc6d",
        ),
    ],
)
def test_imf_asks_the_recorded_query_and_reads_every_observation(
    httpserver: HTTPServer,
    base: str,
    client: HttpClient,
    fixture: str,
    dataflow: str,
    keys: list[str],
    path: str,
    observations: int,
    sha256: str,
) -> None:
    body = recorded(fixture)
    httpserver.expect_request(path).respond_with_data(body, content_type=JSON)
    got = fetch(request("imf", dataflow, keys[0], indicators=tuple(keys[1:])), client, base)

    asked_path, query, accept = asked(httpserver)
    assert (asked_path, query) == (path, IMF_QUERY)
    assert accept.startswith("application/vnd.sdmx.data+json;version=2.0.0")
    assert count_json(body) == observations == len(got.result.observations)
    source = got.result.source
    assert (source.kind, source.publisher) == ("fetch", "IMF")
    assert source.url == got.url == f"{base}{path}?{IMF_QUERY.decode()}"
    assert source.dataset == FlowRef.parse(dataflow).id
    assert dataflow in source.title
    assert source.retrieved.endswith("Z")
    # imfp named its recordings by the SHA-256 of the URL it asked: the same URL as ours
    production = got.url.replace(base, ImfConnector.production)
    assert hashlib.sha256(production.encode()).hexdigest() == sha256


def test_imf_preset_asks_imts_for_the_pair() -> None:
    imf = get_connector("imf")
    req = FetchRequest("imf", ("USA",), ("CHN",), start="2020", end="2023")
    imf.check(req)
    (call,) = imf.calls(req, "https://api.imf.org/external/sdmx/3.0")
    assert call.full_url() == (
        "https://api.imf.org/external/sdmx/3.0/data/dataflow/IMF.STA/IMTS/+/"
        "USA.XG_FOB_USD+MG_CIF_USD.CHN.A?"
        + IMF_QUERY.decode()
        + "&c%5BTIME_PERIOD%5D=ge%3A2020-A1%2Ble%3A2023-A1"
    )
    assert imf.dataset(req) == "IMTS"
    assert (
        imf.title(req) == "IMF data portal (SDMX): IMF.STA:IMTS, key "
        "USA.XG_FOB_USD+MG_CIF_USD.CHN.A, 2020–2023"
    )
    monthly = FetchRequest("imf", ("aze",), ("CHN",), ("imports",), "2024-01", "2024-06", "M")
    (call,) = imf.calls(monthly, "https://x")
    assert "/AZE.MG_CIF_USD.CHN.M?" in call.url
    assert call.url.endswith("ge%3A2024-M01%2Ble%3A2024-M06")


def test_imf_dataflows_outside_imf_sta_take_no_time_filter(
    httpserver: HTTPServer, base: str, client: HttpClient
) -> None:
    body = recorded("sdmxjson20_imf_whdreo_gx1213_bca.json")
    httpserver.expect_request(
        "/data/dataflow/IMF.WHD/WHDREO/+/GX1213.BCA_GDP_BP6.A"
    ).respond_with_data(body, content_type=JSON)
    req = request("imf", "IMF.WHD:WHDREO", "GX1213.BCA_GDP_BP6.A", start="2000", end="2010")
    got = fetch(req, client, base)
    assert asked(httpserver)[1] == IMF_QUERY
    assert any("every year" in n for n in got.result.details["notes"])


# --- ECB, Eurostat, OECD (SDMX 2.1 REST) ----------------------------------------------------


def test_ecb_asks_by_dataflow_id_for_structure_specific_ml(
    httpserver: HTTPServer, base: str, client: HttpClient
) -> None:
    body = recorded("sdmxml_insee_bdm_series_generic.xml")  # stands in for an ECB answer
    httpserver.expect_request("/data/EXR/M.USD.EUR.SP00.A").respond_with_data(
        body, content_type=XML
    )
    req = request("ecb", "ECB:EXR", "M.USD.EUR.SP00.A", start="2000-01", end="2016-12")
    got = fetch(req, client, base)

    path, query, accept = asked(httpserver)
    assert (path, query) == ("/data/EXR/M.USD.EUR.SP00.A", b"startPeriod=2000-01&endPeriod=2016-12")
    assert accept.split(",")[0] == "application/vnd.sdmx.structurespecificdata+xml;version=2.1"
    assert "genericdata+xml;version=2.1" in accept
    assert count_xml(body) == 756 == len(got.result.observations)
    source = got.result.source
    assert (source.kind, source.publisher, source.dataset) == ("fetch", "ECB", "EXR")
    assert source.url == f"{base}/data/EXR/M.USD.EUR.SP00.A?startPeriod=2000-01&endPeriod=2016-12"


def test_eurostat_reads_the_structure_specific_recording(
    httpserver: HTTPServer, base: str, client: HttpClient
) -> None:
    body = recorded("sdmxml_estat_nama_10_gdp_structurespecific.xml")
    httpserver.expect_request("/data/NAMA_10_GDP/A.CP_MEUR.B1GQ.LU").respond_with_data(
        body, content_type=XML
    )
    req = request("estat", "ESTAT:NAMA_10_GDP", "A.CP_MEUR.B1GQ.LU", start="2012", end="2015")
    got = fetch(req, client, base)

    path, query, accept = asked(httpserver)
    assert (path, query) == (
        "/data/NAMA_10_GDP/A.CP_MEUR.B1GQ.LU",
        b"startPeriod=2012&endPeriod=2015",
    )
    assert accept.startswith("application/vnd.sdmx.structurespecificdata+xml;version=2.1")
    assert count_xml(body) == 4 == len(got.result.observations)
    millions = sorted(got.result.observations["value"] / 1e6)  # CP_MEUR, stored in euros
    assert millions == pytest.approx([46526.2, 49094.5, 51791.3, 54142.3])
    source = got.result.source
    assert (source.kind, source.publisher, source.dataset) == ("fetch", "Eurostat", "NAMA_10_GDP")
    assert source.url == got.url
    assert "ESTAT:NAMA_10_GDP" in source.title


@pytest.mark.parametrize(
    ("fixture", "dataflow", "path", "observations"),
    [
        (
            "sdmxcsv10_oecd_refseries_gdp.csv",
            "OECD.CTP.TPS:DSD_REF_GLOBAL@DF_REFSERIES_GLOBAL(1.1)",
            "/data/OECD.CTP.TPS,DSD_REF_GLOBAL@DF_REFSERIES_GLOBAL,1.1/all",
            2688,
        ),
        (
            "sdmxcsv10_oecd_gov_debt.csv",
            "OECD.GOV.GIP,DSD_GOV@DF_GOV_PF_YU,1.0",  # SDMX 2.1's own flowRef form
            "/data/OECD.GOV.GIP,DSD_GOV@DF_GOV_PF_YU,1.0/all",
            690,
        ),
    ],
)
def test_oecd_asks_agency_flow_version_for_sdmx_csv(
    httpserver: HTTPServer,
    base: str,
    client: HttpClient,
    fixture: str,
    dataflow: str,
    path: str,
    observations: int,
) -> None:
    body = recorded(fixture)
    httpserver.expect_request(path).respond_with_data(body, content_type=CSV)
    got = fetch(request("oecd", dataflow), client, base)

    asked_path, query, accept = asked(httpserver)
    assert (asked_path, query) == (path, b"")
    assert accept.startswith("application/vnd.sdmx.data+csv;version=1.0.0")
    assert count_csv(body) == observations == len(got.result.observations)
    source = got.result.source
    assert (source.kind, source.publisher, source.url) == ("fetch", "OECD", f"{base}{path}")
    assert source.dataset == FlowRef.parse(dataflow).id


def test_oecd_answering_sdmx_json_is_read_too(
    httpserver: HTTPServer, base: str, client: HttpClient
) -> None:
    body = recorded("sdmxjson10_oecd_part2.json")
    httpserver.expect_request("/data/PART2/all").respond_with_data(body, content_type=JSON)
    got = fetch(request("oecd", "PART2", "all"), client, base)
    assert count_json(body) == 7 == len(got.result.observations)


# --- no results, refusals --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body", "said"),
    [
        (404, NO_RESULTS, "No Results Found"),  # SDMX 2.1 REST
        (200, NO_RESULTS, "No Results Found"),  # an error message sent with 200
        (404, b"No results found.", "No results found."),  # plain text
        (200, b"", "empty"),
        (200, b'{"meta": {}, "data": {"dataSets": [], "structures": []}}', "EXR"),
        (200, b'{"errors": [{"code": 100, "title": "No Results Found"}]}', "No Results"),
    ],
)
def test_no_results_names_the_dataflow_and_the_key(
    httpserver: HTTPServer, base: str, client: HttpClient, status: int, body: bytes, said: str
) -> None:
    httpserver.expect_request("/data/EXR/D.AZN.EUR.SP00.A").respond_with_data(body, status)
    with pytest.raises(FetchError) as caught:
        fetch(request("ecb", "ECB:EXR", "D.AZN.EUR.SP00.A", start="2024"), client, base)
    text = str(caught.value)
    assert "no data matches the key D.AZN.EUR.SP00.A in dataflow ECB:EXR, 2024–…" in text
    assert said in text
    assert "<?xml" not in text


def test_an_sdmx_error_other_than_no_results_says_what_the_portal_said(
    httpserver: HTTPServer, base: str, client: HttpClient
) -> None:
    body = NO_RESULTS.replace(b'code="100"', b'code="150"').replace(
        b"No Results Found", b"Semantic error: dimension 6 of 5"
    )
    httpserver.expect_request("/data/EXR/A.B.C.D.E.F").respond_with_data(body)
    with pytest.raises(
        FetchError,
        match=r"refused the query for ECB:EXR key A\.B\.C\.D\.E\.F: "
        r"Semantic error",
    ):
        fetch(request("ecb", "ECB:EXR", "A.B.C.D.E.F"), client, base)


def test_a_server_error_stays_the_http_clients_message(
    httpserver: HTTPServer, base: str, client: HttpClient
) -> None:
    httpserver.expect_request("/data/NAMA_10_GDP/all").respond_with_data("down", 503)
    with pytest.raises(FetchError, match="answered 503"):
        fetch(request("estat", "ESTAT:NAMA_10_GDP"), client, base)


# --- the request mapping ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["ecb", "estat", "oecd"])
def test_check_requires_a_dataflow(name: str) -> None:
    with pytest.raises(FetchError, match="name a dataflow"):
        get_connector(name).check(FetchRequest(name, ("USA",), ("CHN",)))


def test_imf_check_takes_a_pair_instead_of_a_dataflow() -> None:
    imf = get_connector("imf")
    imf.check(FetchRequest("imf", ("USA",), ("CHN",)))
    with pytest.raises(FetchError, match=r"IMF\.STA:IMTS \(or a pair"):
        imf.check(FetchRequest("imf", ("USA",)))


def test_check_refuses_what_cannot_be_written() -> None:
    ecb = get_connector("ecb")
    with pytest.raises(FetchError, match="is not a dataflow"):
        ecb.check(request("ecb", "ECB:EXR(1.0"))
    with pytest.raises(FetchError, match="different numbers of positions"):
        ecb.check(request("ecb", "ECB:EXR", "M.USD", indicators=("M.USD.EUR",)))


@pytest.mark.parametrize(
    ("source", "dataflow", "keys", "url"),
    [
        ("ecb", "ECB:EXR", ["", "all"], "/data/EXR/all"),
        ("ecb", "ECB:EXR(1.0)", ["M.USD"], "/data/ECB,EXR,1.0/M.USD"),
        ("ecb", "ECB:EXR", ["M.USD.EUR", "M.JPY.EUR", "M..EUR"], "/data/EXR/M..EUR"),
        ("estat", "ESTAT:NAMA_10_GDP", ["A.*.B1GQ.LU"], "/data/NAMA_10_GDP/A..B1GQ.LU"),
        (
            "estat",
            "NAMA_10_GDP",
            ["A.CP_MEUR.B1GQ.LU", "A.CP_MEUR.B1GQ.DE+LU"],
            "/data/NAMA_10_GDP/A.CP_MEUR.B1GQ.LU+DE",
        ),
        (
            "oecd",
            "OECD.SDD.NAD:DSD_NAMA@DF_QNA",
            ["Q.USA"],
            "/data/OECD.SDD.NAD,DSD_NAMA@DF_QNA,latest/Q.USA",
        ),
        (
            "imf",
            "IMF.STA:IMTS(1.0.0)",
            ["USA..CHN.A"],
            "/data/dataflow/IMF.STA/IMTS/1.0.0/USA.*.CHN.A",
        ),
        ("imf", "IMTS", [""], "/data/dataflow/*/IMTS/+/*"),
    ],
)
def test_dataflow_and_keys_become_the_path(
    source: str, dataflow: str, keys: list[str], url: str
) -> None:
    req = request(source, dataflow, keys[0], indicators=tuple(keys[1:]))
    (call,) = get_connector(source).calls(req, "https://h")
    assert call.url.split("?")[0] == "https://h" + url


def test_a_pair_outside_the_imf_preset_is_noted_not_used(
    httpserver: HTTPServer, base: str, client: HttpClient
) -> None:
    body = recorded("sdmxml_estat_nama_10_gdp_structurespecific.xml")
    httpserver.expect_request("/data/NAMA_10_GDP/all").respond_with_data(body, content_type=XML)
    req = FetchRequest("estat", ("CHN",), ("AZE",), options=(("dataflow", "ESTAT:NAMA_10_GDP"),))
    got = fetch(req, client, base)
    assert any("pair is not part of the query" in n for n in got.result.details["notes"])


# --- the connectors ----------------------------------------------------------------------------


def test_every_sdmx_connector_detects_its_reader() -> None:
    """(The production URLs are checked in test_production_urls.py.)"""
    for c in SDMX_CONNECTORS:
        assert get_connector(c.name) is c
        assert (c.reader, c.takes_indicators) == ("", False)
        assert c.publisher
        assert c.label


def test_base_url_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CORRIDOR_ESTAT_URL", "http://127.0.0.1:9/sdmx/")
    assert get_connector("estat").base_url() == "http://127.0.0.1:9/sdmx"
