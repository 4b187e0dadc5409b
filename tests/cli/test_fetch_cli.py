"""corridor fetch and corridor refresh against the replay server (recorded World Bank answer)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from tests.conftest import SHARED_FIXTURES, TEST_DATA

from app.cli.main import main
from app.services.storage import DuckDBStorage

WB = (SHARED_FIXTURES / "wbapi_v2_us_gni_per_capita_1990_1997.json").read_bytes()
PATH = "/country/USA/indicator/NY.GNP.PCAP.CD"
ARGS = ["--pair", "USA-CAN", "--indicators", "NY.GNP.PCAP.CD", "--from", "1990", "--to", "1997"]


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(var, raising=False)


def figures(path: Path) -> int:
    with DuckDBStorage.open(path, read_only=True) as ws:
        return len(ws.load().observations)


def serve(httpserver: HTTPServer, body: bytes) -> str:
    # the pair's two countries are asked together; the recording holds the USA's rows only
    httpserver.expect_request("/country/USA;CAN/indicator/NY.GNP.PCAP.CD").respond_with_data(
        body, content_type="application/json"
    )
    # no recording of the indicator's metadata: a 404 (unanswered, the server would 500)
    httpserver.expect_request("/indicator/NY.GNP.PCAP.CD").respond_with_data("", status=404)
    return httpserver.url_for("").rstrip("/")


def test_dry_run_prints_what_would_be_stored(
    httpserver: HTTPServer, tiny_workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = serve(httpserver, WB)
    before = figures(tiny_workspace_path)
    code = main(
        [
            "fetch",
            "worldbank",
            *ARGS,
            "--dry-run",
            "--base-url",
            base,
            "--workspace",
            str(tiny_workspace_path),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert f"query: {base}/country/USA;CAN/indicator/NY.GNP.PCAP.CD?format=json" in out
    assert "source: World Bank, dataset WDI, retrieved 20" in out
    assert "read: 8 observations" in out
    assert "NY.GNP.PCAP.CD  USA -> -  1997  $31,270  [actual]" in out
    assert "would store: 8 new figures; 1 new sources, 1 new indicators." in out
    assert figures(tiny_workspace_path) == before


def test_fetch_then_refresh_reports_the_revision(
    httpserver: HTTPServer, tiny_workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = serve(httpserver, WB)
    ws = ["--workspace", str(tiny_workspace_path)]
    before = figures(tiny_workspace_path)
    assert main(["fetch", "worldbank", *ARGS, "--base-url", base, *ws]) == 0
    assert "stored: 8 new figures" in capsys.readouterr().out
    assert figures(tiny_workspace_path) == before + 8

    assert main(["refresh", "--list", *ws]) == 0
    listed = capsys.readouterr().out
    assert "worldbank  World Bank Indicators API: NY.GNP.PCAP.CD for USA, CAN" in listed

    doc = json.loads(WB)
    doc[1][0]["value"] = 31500  # 1997 revised, in memory
    httpserver.clear()
    serve(httpserver, json.dumps(doc).encode())
    assert main(["refresh", "worldbank", "--base-url", base, *ws]) == 0
    out = capsys.readouterr().out
    assert "1 revised" in out
    assert (
        "World Bank revised GNI per capita, Atlas method (current US$), USA, 1997 "
        "from $31,270 to $31,500" in out
    )
    assert figures(tiny_workspace_path) == before + 8
    with DuckDBStorage.open(tiny_workspace_path, read_only=True) as w:
        assert w.load().records["vintages"]["value"].tolist() == [31270.0]


def test_a_failed_fetch_says_why_and_stores_nothing(
    httpserver: HTTPServer, tiny_workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/country/USA;CAN/indicator/NY.GNP.PCAP.CD").respond_with_data(
        "Not Found", status=404
    )
    before = figures(tiny_workspace_path)
    code = main(
        [
            "fetch",
            "worldbank",
            *ARGS,
            "--base-url",
            httpserver.url_for("").rstrip("/"),
            "--workspace",
            str(tiny_workspace_path),
        ]
    )
    assert code == 2
    assert "answered 404" in capsys.readouterr().err
    assert figures(tiny_workspace_path) == before


def test_plain_http_to_a_remote_host_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["fetch", "worldbank", *ARGS, "--dry-run", "--base-url", "http://example.org"])
    assert code == 2
    assert "HTTPS only" in capsys.readouterr().err


def test_fetch_help_names_the_sources_and_the_key_handling(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["fetch", "--help"])
    out = capsys.readouterr().out
    for name in ("worldbank", "comtrade", "imf", "ecb", "estat", "oecd"):
        assert name in out
    assert "system keyring" in out
    assert "only commands that use the network" in out


def test_dry_run_against_the_imf_replay(
    httpserver: HTTPServer, tiny_workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = (SHARED_FIXTURES / "sdmxjson20_imf_whdreo_gx1213_bca.json").read_bytes()
    path = "/data/dataflow/IMF.WHD/WHDREO/+/GX1213.BCA_GDP_BP6.A"
    httpserver.expect_request(path).respond_with_data(body, content_type="application/json")
    code = main(
        [
            "fetch",
            "imf",
            "--option",
            "dataflow=IMF.WHD:WHDREO",
            "--option",
            "key=GX1213.BCA_GDP_BP6.A",
            "--dry-run",
            "--base-url",
            httpserver.url_for("").rstrip("/"),
            "--workspace",
            str(tiny_workspace_path),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "source: IMF, dataset WHDREO" in out
    assert "read: 55 observations" in out  # the fixture README's count
    assert "would store: 55 new figures" in out


def test_dry_run_against_the_comtrade_replay_uses_the_public_endpoint(
    httpserver: HTTPServer, tiny_workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = (SHARED_FIXTURES / "comtrade_api_services_empty_response.json").read_bytes()
    httpserver.expect_request("/public/v1/preview/C/A/HS").respond_with_data(
        body, content_type="application/json"
    )
    code = main(
        [
            "fetch",
            "comtrade",
            "--pair",
            "CHN-AZE",
            "--from",
            "2023",
            "--to",
            "2024",
            "--option",
            "both_directions=0",
            "--dry-run",
            "--base-url",
            httpserver.url_for("").rstrip("/"),
            "--workspace",
            str(tiny_workspace_path),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    asked = httpserver.log[0][0]
    assert asked.args["reporterCode"] == "156"
    assert asked.args["partnerCode"] == "31"
    assert "Ocp-Apim-Subscription-Key" not in asked.headers
    assert "read: 0 observations" in out
    assert "the API returned no records" in out


def test_browse_an_sdmx_service_from_the_command_line(
    httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # structure messages constructed for the tests (tests/data/sdmx_structure, not recordings)
    structures = TEST_DATA / "sdmx_structure"
    httpserver.expect_request("/dataflow/ECB/all/latest").respond_with_data(
        (structures / "ecb_dataflows_21.xml").read_bytes(), content_type="application/xml"
    )
    httpserver.expect_request("/dataflow/ECB/EXR/1.0").respond_with_data(
        (structures / "ecb_exr_descendants_21.xml").read_bytes(), content_type="application/xml"
    )
    base = ["--base-url", httpserver.url_for("").rstrip("/")]
    assert main(["fetch", "ecb", "--dataflows", "exchange", *base]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 1
    assert listed[0].startswith("ECB:EXR(1.0)")
    assert listed[0].endswith("Exchange Rates")
    assert main(["fetch", "ecb", "--dimensions", "ECB:EXR(1.0)", *base]) == 0
    dims = capsys.readouterr().out.splitlines()
    assert dims[0] == "1. FREQ (Frequency): A, M"
    assert dims[2].startswith("3. CURRENCY_DENOM (Currency denominator): ")
    assert "AZN" in dims[2]


def test_browse_options_belong_to_their_services(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fetch", "comtrade", "--dataflows"]) == 2
    assert "SDMX service" in capsys.readouterr().err
    assert main(["fetch", "ecb", "--search", "gdp"]) == 2
    assert "World Bank indicators" in capsys.readouterr().err
