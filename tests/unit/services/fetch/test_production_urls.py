"""The production addresses are constants, checked here against the providers' documented
hosts and paths (the tests themselves never leave this computer)."""

from __future__ import annotations

import json
from importlib import resources
from urllib.parse import urlsplit

import pytest

from app.services.fetch.base import Connector, FetchRequest
from app.services.fetch.registry import CONNECTORS

#: connector -> the base URL its provider documents
DOCUMENTED = {
    # datahelpdesk.worldbank.org, "API Basic Call Structures": api.worldbank.org/v2/country/…
    "worldbank": "https://api.worldbank.org/v2",
    # comtradedeveloper.un.org: comtradeapi.un.org/data/v1/get/… and /public/v1/preview/…
    "comtrade": "https://comtradeapi.un.org",
    # IMF data portal, SDMX 3.0 REST (data.imf.org "API"): api.imf.org/external/sdmx/3.0
    "imf": "https://api.imf.org/external/sdmx/3.0",
    # ECB Data Portal web service: data-api.ecb.europa.eu/service/data/…
    "ecb": "https://data-api.ecb.europa.eu/service",
    # Eurostat SDMX 2.1 API: ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/data/…
    "estat": "https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1",
    # OECD Data Explorer API: sdmx.oecd.org/public/rest/data/…
    "oecd": "https://sdmx.oecd.org/public/rest",
}
#: sdmx1's registry of the same services (sources.json), where it lists them
SDMX1_IDS = {"imf": "IMF_DATA3", "ecb": "ECB", "estat": "ESTAT", "oecd": "OECD"}


def test_every_connector_has_a_documented_address() -> None:
    assert set(CONNECTORS) == set(DOCUMENTED)


@pytest.mark.parametrize("name", sorted(DOCUMENTED))
def test_the_production_address_is_the_documented_one(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    connector = CONNECTORS[name]
    assert connector.production == DOCUMENTED[name]
    assert urlsplit(connector.production).scheme == "https"
    env = f"CORRIDOR_{name.upper()}_URL"
    monkeypatch.delenv(env, raising=False)
    assert connector.base_url() == DOCUMENTED[name]
    monkeypatch.setenv(env, "http://127.0.0.1:9/replay/")
    assert connector.base_url() == "http://127.0.0.1:9/replay"  # the tests' way in
    assert connector.base_url("http://localhost:1") == "http://localhost:1"


@pytest.mark.parametrize("name", sorted(SDMX1_IDS))
def test_the_sdmx_addresses_agree_with_sdmx1s_registry(name: str) -> None:
    sources = json.loads(resources.files("sdmx").joinpath("sources.json").read_text("utf-8"))
    by_id = {s["id"]: s["url"] for s in sources}
    assert by_id[SDMX1_IDS[name]].rstrip("/") == CONNECTORS[name].production


def test_the_world_bank_query_has_the_documented_shape() -> None:
    [call] = CONNECTORS["worldbank"].calls(
        FetchRequest("worldbank", ("CHN",), ("AZE",), ("NY.GDP.MKTP.CD",), "2000", "2024"),
        DOCUMENTED["worldbank"],
    )
    assert call.full_url() == (
        "https://api.worldbank.org/v2/country/CHN;AZE/indicator/NY.GDP.MKTP.CD"
        "?format=json&per_page=1000&date=2000:2024"
    )


def test_the_comtrade_queries_have_the_documented_shape() -> None:
    connector: Connector = CONNECTORS["comtrade"]
    request = FetchRequest("comtrade", ("CHN",), ("AZE",), start="2023", end="2024")
    public = connector.calls(request, DOCUMENTED["comtrade"])
    assert public[0].url == "https://comtradeapi.un.org/public/v1/preview/C/A/HS"
    full = connector.calls(request, DOCUMENTED["comtrade"], key="k")
    assert full[0].url == "https://comtradeapi.un.org/data/v1/get/C/A/HS"
    params = dict(full[0].params)
    assert params["reporterCode"] == "156"
    assert params["partnerCode"] == "31"
    assert "k" not in full[0].full_url().split("?")[1].split("&")
