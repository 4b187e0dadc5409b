"""Searching the World Bank's indicator list (``/sources/2/indicators``) by words.

No recording of that list exists under ../shared/fixtures: the two pages served here are
constructed in the API's documented layout ([pagination, [indicators]], ``per_page`` as
text the way the API writes it), not a recording. The codes and names are real WDI ones;
the notes are shortened.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from tests.unit.services.fetch.conftest import JSON

from app.services.fetch.base import Context
from app.services.fetch.errors import FetchError
from app.services.fetch.http import HttpClient
from app.services.fetch.worldbank import IndicatorInfo, search_indicators

PATH = "/sources/2/indicators"
WDI = {"id": "2", "value": "World Development Indicators"}


def indicator(code: str, name: str, note: str = "") -> dict[str, Any]:
    return {
        "id": code,
        "name": name,
        "unit": "",
        "source": WDI,
        "sourceNote": note or f"{name} (a shortened note).",
        "sourceOrganization": "World Bank national accounts data",
        "topics": [{"id": "3", "value": "Economy & Growth"}],
    }


#: page 1 then page 2 of the list: constructed in the API's documented layout, not a recording
PAGES = [
    [
        indicator("NE.EXP.GNFS.ZS", "Exports of goods and services (% of GDP)"),
        indicator("NY.GNP.PCAP.CD", "GNI per capita, Atlas method (current US$)"),
        indicator("TX.VAL.MRCH.CD.WT", "Merchandise exports (current US$)"),
    ],
    [
        indicator("NY.GDP.MKTP.CD", "GDP (current US$)", "x" * 500),
        indicator("NY.GDP.MKTP.KD.ZG", "GDP growth (annual %)"),
        {"name": "an entry without an id is skipped"},
    ],
]


def page(n: int) -> bytes:
    head = {"page": n, "pages": len(PAGES), "per_page": "1000", "total": 6, "sourceid": "2"}
    return json.dumps([head, PAGES[n - 1]]).encode()


def serve(httpserver: HTTPServer) -> None:
    for n in (1, 2):
        httpserver.expect_request(
            PATH, query_string={"format": "json", "per_page": "1000", "page": str(n)}
        ).respond_with_data(page(n), content_type=JSON)


@pytest.fixture
def ctx(base: str, client: HttpClient) -> Context:
    return Context(client, base)


def test_every_page_is_read(httpserver: HTTPServer, ctx: Context) -> None:
    serve(httpserver)
    found = search_indicators(ctx, "exports")
    assert [r.args["page"] for r, _ in httpserver.log] == ["1", "2"]
    assert [i.code for i in found] == ["NE.EXP.GNFS.ZS", "TX.VAL.MRCH.CD.WT"]
    assert found[0] == IndicatorInfo(
        "NE.EXP.GNFS.ZS",
        "Exports of goods and services (% of GDP)",
        "World Development Indicators",
        "Exports of goods and services (% of GDP) (a shortened note).",
    )


def test_code_matches_come_first_then_the_lists_order(httpserver: HTTPServer, ctx: Context) -> None:
    serve(httpserver)
    found = search_indicators(ctx, "GDP")
    # NE.EXP.GNFS.ZS comes first in the list but matches by its name only
    assert [i.code for i in found] == ["NY.GDP.MKTP.CD", "NY.GDP.MKTP.KD.ZG", "NE.EXP.GNFS.ZS"]
    assert len(found[0].note) == 300  # notes are cut


def test_every_word_must_match_and_the_limit_holds(httpserver: HTTPServer, ctx: Context) -> None:
    serve(httpserver)
    assert [i.code for i in search_indicators(ctx, "gdp  GROWTH")] == ["NY.GDP.MKTP.KD.ZG"]
    assert [i.code for i in search_indicators(ctx, "gdp", limit=1)] == ["NY.GDP.MKTP.CD"]
    assert search_indicators(ctx, "tariff") == []


@pytest.mark.parametrize("words", ["", "   "])
def test_no_words_ask_nothing(httpserver: HTTPServer, ctx: Context, words: str) -> None:
    assert search_indicators(ctx, words) == []
    assert httpserver.log == []


def test_an_error_message_is_a_fetch_error(httpserver: HTTPServer, ctx: Context) -> None:
    httpserver.expect_request(PATH).respond_with_data(
        '[{"message":[{"id":"120","key":"Invalid value","value":"The provided parameter '
        'value is not valid"}]}]',
        content_type=JSON,
    )
    with pytest.raises(FetchError, match="refused the indicator list: The provided parameter"):
        search_indicators(ctx, "gdp")


def test_a_cut_off_answer_says_so(httpserver: HTTPServer, ctx: Context) -> None:
    httpserver.expect_request(PATH).respond_with_data(page(1)[:100], content_type=JSON)
    with pytest.raises(FetchError, match=r"not JSON .* cut off"):
        search_indicators(ctx, "gdp")
