"""Browsing SDMX structures (dataflows, dimensions, code lists) through sdmx1.

No structure recording exists under ../shared/fixtures. The messages served here are in
tests/data/sdmx_structure/, constructed by hand after the SDMX-ML 2.1 and 3.0 schemas for
these tests (each file says so): they check the queries and the reading, not any agency's
real dataflows or code lists.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from pytest_httpserver import HTTPServer
from tests.conftest import TEST_DATA
from tests.unit.services.fetch.conftest import XML, recorded

from app.services.fetch.base import Context, FetchRequest
from app.services.fetch.errors import FetchError
from app.services.fetch.http import HttpClient
from app.services.fetch.registry import get_connector
from app.services.fetch.sdmx_structure import Dimension, Flow, dataflows, dimensions

STRUCTURES = TEST_DATA / "sdmx_structure"
ML_21 = "application/vnd.sdmx.structure+xml;version=2.1"
ML_30 = "application/vnd.sdmx.structure+xml;version=3.0.0"


def constructed(name: str) -> bytes:
    return (STRUCTURES / name).read_bytes()


@pytest.fixture
def ctx(base: str, client: HttpClient) -> Context:
    return Context(client, base)


def asked(httpserver: HTTPServer) -> tuple[str, bytes, str]:
    (req, _response), *_ = httpserver.log
    return req.path, req.query_string, req.headers.get("Accept", "")


def test_ecb_lists_its_dataflows(httpserver: HTTPServer, ctx: Context) -> None:
    httpserver.expect_request("/dataflow/ECB/all/latest").respond_with_data(
        constructed("ecb_dataflows_21.xml"), content_type=XML
    )
    flows = dataflows("ecb", ctx)
    assert asked(httpserver) == ("/dataflow/ECB/all/latest", b"", ML_21)
    assert flows == [
        Flow("BSI", "ECB", "1.0", "Balance Sheet Items"),  # English of two languages
        Flow("EXR", "ECB", "1.0", "Exchange Rates"),
    ]
    assert flows[1].ref() == "ECB:EXR(1.0)"


def test_ecb_dataflow_dimensions_with_their_codes(httpserver: HTTPServer, ctx: Context) -> None:
    httpserver.expect_request("/dataflow/ECB/EXR/1.0").respond_with_data(
        constructed("ecb_exr_descendants_21.xml"), content_type=XML
    )
    dims = dimensions("ecb", Flow("EXR", "ECB", "1.0", "Exchange Rates"), ctx)
    assert asked(httpserver) == ("/dataflow/ECB/EXR/1.0", b"references=descendants", ML_21)
    assert [(d.id, d.name, d.position) for d in dims] == [
        ("FREQ", "Frequency", 1),
        ("CURRENCY", "Currency", 2),
        ("CURRENCY_DENOM", "Currency denominator", 3),
    ]  # the time dimension is not part of the key
    assert dims[0] == Dimension("FREQ", "Frequency", 1, [("A", "Annual"), ("M", "Monthly")])
    assert ("AZN", "Azerbaijani manat") in dims[2].codes


def test_imf_browses_through_sdmx_3(httpserver: HTTPServer, ctx: Context) -> None:
    httpserver.expect_request("/structure/dataflow/all/*/+").respond_with_data(
        constructed("imf_dataflows_30.xml"), content_type=XML
    )
    httpserver.expect_request("/structure/dataflow/IMF.STA/IMTS/+").respond_with_data(
        constructed("imf_imts_descendants_30.xml"), content_type=XML
    )
    flows = dataflows("imf", ctx)
    assert [f.ref() for f in flows] == ["IMF.STA:IMTS(1.0.0)", "IMF.WHD:WHDREO(5.0.0)"]
    dims = dimensions("imf", "IMF.STA:IMTS", ctx)
    (first, _), (second, _) = httpserver.log
    assert (first.path, first.headers["Accept"]) == ("/structure/dataflow/all/*/+", ML_30)
    assert (second.path, second.query_string) == (
        "/structure/dataflow/IMF.STA/IMTS/+",
        b"references=descendants",
    )
    ids = [d.id for d in dims]
    assert ids == ["COUNTRY", "INDICATOR", "COUNTERPART_COUNTRY", "FREQUENCY"]
    assert ("XG_FOB_USD", "Exports of goods, FOB, US dollar") in dims[1].codes
    # the preset's key has one part per dimension, in this (constructed) order
    preset = get_connector("imf").calls(FetchRequest("imf", ("AZE",), ("CHN",)), "https://x")
    key = preset[0].url.split("?")[0].rsplit("/", 1)[1]
    assert [part.split("+")[0] for part in key.split(".")] == ["AZE", "XG_FOB_USD", "CHN", "A"]


@pytest.mark.parametrize(
    ("name", "path"),
    [("estat", "/dataflow/ESTAT/all/latest"), ("oecd", "/dataflow/all/all/latest")],
)
def test_eurostat_and_oecd_list_paths(
    httpserver: HTTPServer, ctx: Context, name: str, path: str
) -> None:
    httpserver.expect_request(path).respond_with_data(constructed("ecb_dataflows_21.xml"))
    assert len(dataflows(name, ctx)) == 2
    assert asked(httpserver) == (path, b"", ML_21)


def test_oecd_dataflow_without_agency_is_asked_of_all(httpserver: HTTPServer, ctx: Context) -> None:
    httpserver.expect_request("/dataflow/all/EXR/latest").respond_with_data(
        constructed("ecb_exr_descendants_21.xml")
    )
    assert len(dimensions("oecd", "EXR", ctx)) == 3


# --- failures ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (constructed("ecb_dataflows_21.xml")[:900], "could not be read as an SDMX structure"),
        (b"this is not SDMX", "could not be read as an SDMX structure"),
        (b'{"meta": {}, "data": {"dataflows": []}}', "could not be read"),
        (
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><x>&e;</x>',
            "declares a DTD or entities",
        ),
        (  # constructed, not a recording: an SDMX-ML 2.1 error message
            b'<mes:Error xmlns:mes="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"'
            b' xmlns:com="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">'
            b'<mes:ErrorMessage code="500"><com:Text>Internal trouble</com:Text>'
            b"</mes:ErrorMessage></mes:Error>",
            "SDMX error message instead of its list of dataflows: Internal trouble",
        ),
    ],
)
def test_unreadable_answers_name_the_agency_and_what_failed(
    httpserver: HTTPServer,
    ctx: Context,
    capsys: pytest.CaptureFixture[str],
    body: bytes,
    said: str,
) -> None:
    httpserver.expect_request("/dataflow/ECB/all/latest").respond_with_data(body)
    with pytest.raises(FetchError, match=r"^ECB") as caught:
        dataflows("ecb", ctx)
    assert said in str(caught.value)
    assert "its list of dataflows" in str(caught.value)
    assert capsys.readouterr().out == ""  # sdmx1's parser dump goes to the debug log


def test_a_data_message_is_not_a_structure(httpserver: HTTPServer, ctx: Context) -> None:
    httpserver.expect_request("/dataflow/ECB/all/latest").respond_with_data(
        recorded("sdmxml_insee_bdm_series_generic.xml")
    )
    with pytest.raises(FetchError, match="ECB answered a DataMessage instead of its list"):
        dataflows("ecb", ctx)


def test_a_dataflow_without_its_dsd_says_so(httpserver: HTTPServer, ctx: Context) -> None:
    httpserver.expect_request("/dataflow/ECB/EXR/latest").respond_with_data(
        constructed("ecb_dataflows_21.xml")  # references were not followed
    )
    with pytest.raises(FetchError, match=r"ECB: the structure of ECB:EXR came without its"):
        dimensions("ecb", "ECB:EXR", ctx)


def test_http_errors_and_unknown_sources(httpserver: HTTPServer, ctx: Context) -> None:
    httpserver.expect_request("/dataflow/ECB/NOPE/latest").respond_with_data("", 404)
    with pytest.raises(FetchError, match="answered 404"):
        dimensions("ecb", "ECB:NOPE", ctx)
    with pytest.raises(FetchError, match="'worldbank' is not an SDMX source"):
        dataflows("worldbank", ctx)


def test_sdmx1_is_imported_only_when_browsing() -> None:
    code = "import sys, app.services.fetch.sdmx_structure; print('sdmx' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"
