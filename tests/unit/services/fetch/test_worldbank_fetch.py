"""World Bank Indicators API v2 against the replay server, through to the workspace:
paging, metadata, errors, and a refresh whose answer revises a value."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from tests.unit.services.fetch.conftest import JSON, recorded

from app.domain.edits import AddRecords, CompositeEdit
from app.domain.model import FIGURE_KEY
from app.services.desk import Desk
from app.services.fetch.base import FetchRequest
from app.services.fetch.errors import FetchError
from app.services.fetch.http import HttpClient
from app.services.fetch.refresh import fetch_ids, refresh_one
from app.services.fetch.run import fetch, plan
from app.services.fetch.worldbank import _split_page

WB = "wbapi_v2_us_gni_per_capita_1990_1997.json"
PATH = "/country/USA/indicator/NY.GNP.PCAP.CD"
GNI = FetchRequest(
    "worldbank", reporters=("USA",), indicators=("NY.GNP.PCAP.CD",), start="1990", end="1997"
)


def serve(httpserver: HTTPServer, body: bytes, path: str = PATH) -> None:
    httpserver.expect_request(path).respond_with_data(body, content_type=JSON)


def test_the_recorded_answer_is_read_with_its_query_as_source(
    httpserver: HTTPServer, base: str, client: HttpClient
) -> None:
    serve(httpserver, recorded(WB))
    fetched = fetch(GNI, client, base)
    obs = fetched.result.observations
    assert len(obs) == 8  # the README's independent count
    assert set(obs["reporter"]) == {"USA"}
    assert set(obs["indicator"]) == {"NY.GNP.PCAP.CD"}
    v1997 = obs.loc[obs["period_start"] == obs["period_start"].max(), "value"]
    assert float(v1997.iloc[0]) == 31270.0
    src = fetched.result.source
    assert src.kind == "fetch"
    assert src.publisher == "World Bank"
    assert src.dataset == "WDI"
    assert src.url == f"{base}{PATH}?format=json&per_page=1000&date=1990:1997"
    assert src.retrieved.endswith("Z")
    assert "T" in src.retrieved
    asked = httpserver.log[0][0]
    assert asked.path == PATH
    assert asked.args["page"] == "1"
    assert asked.args["date"] == "1990:1997"
    # the metadata call had no recording here: the names come from the data, and it says so
    assert any("metadata of NY.GNP.PCAP.CD not available" in n for n in fetched.download.notes)


def test_every_page_is_fetched_and_joined(
    httpserver: HTTPServer, base: str, client: HttpClient
) -> None:
    meta, records = json.loads(recorded(WB))
    # the recorded records split into two pages in memory (no paged recording exists)
    pages = [records[:5], records[5:]]
    for n, rows in enumerate(pages, start=1):
        head = {**meta, "page": n, "pages": 2, "per_page": 5}
        httpserver.expect_request(
            PATH,
            query_string={
                "format": "json",
                "per_page": "1000",
                "date": "1990:1997",
                "page": str(n),
            },
        ).respond_with_json([head, rows])
    fetched = fetch(GNI, client, base)
    assert len(fetched.result.observations) == 8
    assert fetched.download.calls == 2
    assert not [p for p in fetched.result.problems if "other pages" in p.message]


def test_the_indicator_metadata_names_the_catalogue_row(
    httpserver: HTTPServer, base: str, client: HttpClient
) -> None:
    serve(httpserver, recorded(WB))
    # the metadata answer's layout (api.worldbank.org/v2/indicator/CODE), written for this test
    httpserver.expect_request("/indicator/NY.GNP.PCAP.CD").respond_with_json(
        [
            {"page": 1, "pages": 1, "per_page": "50", "total": 1},
            [
                {
                    "id": "NY.GNP.PCAP.CD",
                    "name": "GNI per capita, Atlas method (current US$)",
                    "unit": "",
                    "source": {"id": "2", "value": "World Development Indicators"},
                    "sourceNote": "GNI per capita (formerly GNP per capita) ...",
                    "sourceOrganization": "World Bank national accounts data.",
                }
            ],
        ]
    )
    fetched = fetch(GNI, client, base)
    assert fetched.result.indicators["name"].tolist() == [
        "GNI per capita, Atlas method (current US$)"
    ]
    assert any("World Bank national accounts data" in n for n in fetched.download.notes)
    assert fetched.result.indicators["description"].tolist() == [
        "GNI per capita (formerly GNP per capita) ..."
    ]


def test_an_error_answer_is_the_api_s_message(
    httpserver: HTTPServer, base: str, client: HttpClient
) -> None:
    # the API's documented error layout: [{"message": [{id, key, value}]}]
    httpserver.expect_request("/country/USA/indicator/NOPE").respond_with_json(
        [
            {
                "message": [
                    {
                        "id": "120",
                        "key": "Invalid value",
                        "value": "The provided parameter value is not valid",
                    }
                ]
            }
        ]
    )
    with pytest.raises(FetchError, match=r"refused .*The provided parameter value is not valid"):
        fetch(FetchRequest("worldbank", ("USA",), indicators=("NOPE",)), client, base)


def test_a_truncated_answer_is_refused_before_anything_is_read(
    httpserver: HTTPServer, base: str, client: HttpClient
) -> None:
    body = recorded(WB)
    serve(httpserver, body[: len(body) - 40])  # the recorded body without its last bytes
    with pytest.raises(FetchError, match="cut off"):
        fetch(GNI, client, base)


def test_a_request_without_indicators_is_refused() -> None:
    with pytest.raises(FetchError, match="name at least one indicator"):
        fetch(FetchRequest("worldbank", ("USA",)))


def _revised(body: bytes, year: str, value: float) -> bytes:
    doc: list[Any] = json.loads(body)
    for r in doc[1]:
        if r["date"] == year:
            r["value"] = value
    return json.dumps(doc).encode()


def test_refresh_stores_the_revision_and_keeps_the_earlier_value(
    httpserver: HTTPServer, base: str, client: HttpClient, tiny_desk: Desk
) -> None:
    serve(httpserver, recorded(WB))
    edit, summary = plan(fetch(GNI, client, base), tiny_desk.store)
    assert isinstance(edit, CompositeEdit)
    assert any(isinstance(e, AddRecords) and "fetches" in e.rows for e in edit.edits)
    tiny_desk.apply(edit)
    assert summary.added == 8
    [fid] = fetch_ids(tiny_desk.store, "worldbank")
    assert fetch_ids(tiny_desk.store, series=("NY.GNP.PCAP.CD", "USA", "")) == [fid]
    assert fetch_ids(tiny_desk.store, series=("trade_turnover", "CHN", "AZE")) == []

    # the same query asked again, the portal having revised 1997 (changed in memory)
    httpserver.clear()
    serve(httpserver, _revised(recorded(WB), "1997", 31500.0))
    done = refresh_one(tiny_desk.store, fid, client, base_url=base)
    assert done.summary.revised == 1
    assert done.summary.added == 0
    assert done.summary.unchanged == 7
    assert done.changes == (
        "World Bank revised GNI per capita, Atlas method (current US$), USA, 1997 "
        "from $31,270 to $31,500",
    )
    tiny_desk.apply(done.edit)
    obs = tiny_desk.store.observations
    gni = obs[obs["indicator"] == "NY.GNP.PCAP.CD"]
    assert len(gni) == 8  # revised in place, not a second copy
    assert not gni.duplicated(list(FIGURE_KEY)).any()
    vintages = tiny_desk.store.records["vintages"]
    assert vintages["value"].tolist() == [31270.0]
    fetches = tiny_desk.store.records["fetches"]
    assert len(fetches) == 1
    assert "1 revised" in fetches["outcome"].iloc[0]

    # asked once more with nothing new: nothing to store
    again = refresh_one(tiny_desk.store, fid, client, base_url=base)
    assert again.summary.changes == 0
    assert again.changes == ()
    assert again.sentence().endswith("no change since the last fetch.")


def test_the_request_round_trips_through_its_stored_text() -> None:
    request = GNI.with_options(flows="M,X")
    assert FetchRequest.from_json(request.to_json()) == request
    with pytest.raises(FetchError):
        FetchRequest.from_json("{not json")


@pytest.mark.parametrize(
    ("body", "rows"),
    [
        (b'[{"page":1,"pages":1,"total":0},null]', 0),
        (b' [ {"page": 1, "pages": 1} , [ ] ] ', 0),
        (b'[{"page":1,"pages":1},[{"date":"2020","value":1}]]', 1),
    ],
)
def test_a_page_is_split_without_parsing_its_records(body: bytes, rows: int) -> None:
    head, inner = _split_page(body, "here")
    assert head["page"] == 1
    assert len(json.loads(b"[" + inner + b"]")) == rows


@pytest.mark.parametrize(
    "body",
    [b"", b"{}", b'[{"page":1},[{"a":1}', b'["x",[]]', b'[{"page":1},{"a":1}]'],
)
def test_a_page_that_is_not_pagination_and_records_is_refused(body: bytes) -> None:
    with pytest.raises(FetchError):
        _split_page(body, "here")
