"""The HTTP policy against a real local server: errors, retries, timeouts, cut-off bodies,
HTTPS only, certificate refusal, the system proxy, cancel."""

from __future__ import annotations

import socket
import ssl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from tests.unit.services.fetch.conftest import JSON, recorded
from werkzeug import Request, Response

from app.services.fetch.errors import FetchCancelled, FetchError, Offline
from app.services.fetch.http import HttpClient, check_url, retry_after

WB = "wbapi_v2_us_gni_per_capita_1990_1997.json"


def test_a_recorded_answer_arrives_whole(httpserver: HTTPServer, client: HttpClient) -> None:
    body = recorded(WB)
    httpserver.expect_request("/v2/data").respond_with_data(body, content_type=JSON)
    seen: list[tuple[int, int]] = []
    reply = client.get(
        httpserver.url_for("/v2/data"),
        {"format": "json"},
        progress=lambda d, t: seen.append((d, t)),
    )
    assert reply.body == body
    assert reply.status == 200
    assert reply.attempts == 1
    assert reply.url.endswith("/v2/data?format=json")
    assert seen[-1] == (len(body), len(body))
    assert httpserver.log[0][0].headers["User-Agent"].startswith("Corridor/")


def test_404_names_the_host_and_what_may_be_wrong(
    httpserver: HTTPServer, client: HttpClient
) -> None:
    httpserver.expect_request("/missing").respond_with_data("Not Found", status=404)
    with pytest.raises(FetchError) as err:
        client.get(httpserver.url_for("/missing"))
    text = str(err.value)
    assert "answered 404" in text
    assert "localhost" in text
    assert "a code in the query" in text
    assert "It said: Not Found" in text
    assert len(httpserver.log) == 1  # a 404 is not retried


def test_429_waits_as_told_then_succeeds(httpserver: HTTPServer) -> None:
    slept: list[float] = []
    http = HttpClient(backoff=0.01, sleep=slept.append)
    httpserver.expect_ordered_request("/busy").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "1"}
    )
    httpserver.expect_ordered_request("/busy").respond_with_data("[]", content_type=JSON)
    reply = http.get(httpserver.url_for("/busy"))
    assert reply.body == b"[]"
    assert reply.attempts == 2
    assert 0.9 <= sum(slept) <= 1.1  # the server's Retry-After, not the backoff
    http.close()


def test_a_retry_after_beyond_reason_is_an_error_not_an_hour_of_waiting(
    httpserver: HTTPServer, client: HttpClient
) -> None:
    httpserver.expect_request("/quota").respond_with_data(
        "", status=429, headers={"Retry-After": "3600"}
    )
    with pytest.raises(FetchError, match="asks Corridor to wait 3600 s"):
        client.get(httpserver.url_for("/quota"))
    assert len(httpserver.log) == 1


def test_server_errors_are_retried_with_backoff_then_reported(httpserver: HTTPServer) -> None:
    slept: list[float] = []
    http = HttpClient(retries=3, backoff=0.5, sleep=slept.append)
    httpserver.expect_request("/down").respond_with_data("maintenance", status=503)
    with pytest.raises(FetchError) as err:
        http.get(httpserver.url_for("/down"))
    assert len(httpserver.log) == 4
    assert "answered 503 (after 4 attempts)" in str(err.value)
    assert sum(slept) == pytest.approx(0.5 + 1.0 + 2.0, abs=0.35)  # doubling backoff
    http.close()


def test_a_500_then_a_good_answer_is_a_good_answer(
    httpserver: HTTPServer, client: HttpClient
) -> None:
    httpserver.expect_ordered_request("/flaky").respond_with_data("oops", status=500)
    httpserver.expect_ordered_request("/flaky").respond_with_data(recorded(WB), content_type=JSON)
    assert client.get(httpserver.url_for("/flaky")).body == recorded(WB)


def test_a_body_cut_off_says_how_much_arrived(httpserver: HTTPServer, client: HttpClient) -> None:
    body = recorded(WB)

    def truncated(_request: Request) -> Response:
        # the recorded body cut in half, while the header promises all of it
        response = Response(body[: len(body) // 2], content_type=JSON)
        response.headers["Content-Length"] = str(len(body))  # after the body: werkzeug sets it
        return response

    httpserver.expect_request("/cut").respond_with_handler(truncated)
    with pytest.raises(FetchError) as err:
        client.get(httpserver.url_for("/cut"))
    assert "cut off after" in str(err.value)
    assert f"of {len(body):,} bytes" in str(err.value)


def test_a_slow_server_hits_the_read_timeout(httpserver: HTTPServer) -> None:
    def slow(_request: Request) -> Response:
        time.sleep(0.8)
        return Response("late")

    http = HttpClient(read_timeout=0.2, retries=0)
    httpserver.expect_request("/slow").respond_with_handler(slow)
    with pytest.raises(FetchError, match=r"did not answer within 0.2 s"):
        http.get(httpserver.url_for("/slow"))
    http.close()
    time.sleep(0.7)  # let the single-threaded server finish before the next test


def test_nothing_listening_reads_as_offline(client: HttpClient) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # free: nothing listens once the socket closes
    with pytest.raises(Offline) as err:
        client.get(f"http://127.0.0.1:{port}/v2/data")
    assert "could not reach 127.0.0.1" in str(err.value)
    assert "offline" in str(err.value)
    assert "stay usable offline" in str(err.value)


@pytest.mark.parametrize(
    "url",
    ["http://api.worldbank.org/v2/country", "ftp://example.org/x", "file:///etc/passwd"],
)
def test_https_only_except_to_this_computer(url: str, client: HttpClient) -> None:
    with pytest.raises(FetchError, match="HTTPS only"):
        client.get(url)


def test_loopback_may_use_plain_http() -> None:
    for url in ("http://127.0.0.1:8080/x", "http://localhost/x", "http://[::1]:9/x"):
        check_url(url)
    check_url("https://api.worldbank.org/v2")


def test_cancel_while_waiting_to_retry(httpserver: HTTPServer) -> None:
    asked = {"n": 0}

    def cancel() -> bool:
        asked["n"] += 1
        return asked["n"] > 3  # the user presses Cancel during the wait

    http = HttpClient(backoff=5.0)  # real sleeping: cancel must cut it short
    httpserver.expect_request("/wait").respond_with_data("", status=503)
    started = time.monotonic()
    with pytest.raises(FetchCancelled):
        http.get(httpserver.url_for("/wait"), cancel=cancel)
    assert time.monotonic() - started < 2.0
    http.close()


def test_cancel_between_chunks_keeps_nothing(httpserver: HTTPServer, client: HttpClient) -> None:
    body = recorded("sdmxjson20_imf_afrreo_ttt_ggx.json")  # 300 kB: several chunks
    httpserver.expect_request("/big").respond_with_data(body, content_type=JSON)
    chunks = {"n": 0}

    def progress(_done: int, _total: int) -> None:
        chunks["n"] += 1

    with pytest.raises(FetchCancelled):
        client.get(httpserver.url_for("/big"), progress=progress, cancel=lambda: chunks["n"] >= 1)
    assert chunks["n"] == 1


def test_retry_after_reads_seconds_and_http_dates() -> None:
    assert retry_after("120") == 120.0
    assert retry_after("") is None
    assert retry_after("soon") is None
    now = 1_700_000_000.0
    date = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(now + 30))
    assert retry_after(date, now=now) == pytest.approx(30.0)


def test_the_system_proxy_is_used(
    httpserver: HTTPServer, client: HttpClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HTTP_PROXY (as the platform sets it) routes the request through the proxy: here the
    replay server plays the proxy and receives the absolute URL of another host."""
    monkeypatch.setenv("HTTP_PROXY", httpserver.url_for("/"))
    monkeypatch.setenv("NO_PROXY", "")
    httpserver.expect_request("/v2/data").respond_with_data("[]", content_type=JSON)
    reply = client.get("http://127.0.0.2:9/v2/data")  # nothing listens there: only the proxy
    assert reply.body == b"[]"
    assert httpserver.log[0][0].headers["Host"] == "127.0.0.2:9"


# --- certificates ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.fixture
def tls_server(self_signed: tuple[Path, Path]) -> Iterator[HTTPServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*map(str, self_signed))
    server = HTTPServer(ssl_context=context)
    server.start()
    yield server
    server.clear()
    server.stop()


def test_a_certificate_that_does_not_check_out_is_refused(
    tls_server: HTTPServer, client: HttpClient
) -> None:
    tls_server.expect_request("/v2/data").respond_with_data("[]")
    with pytest.raises(FetchError) as err:
        client.get(tls_server.url_for("/v2/data"))
    text = str(err.value)
    assert "certificate of localhost" in text
    assert "refused" in text
    assert "certificate verify failed" in text.lower()
    assert not tls_server.log  # the request itself was never sent
