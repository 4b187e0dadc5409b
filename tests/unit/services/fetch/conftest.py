"""The replay server: recorded portal answers (../shared/fixtures) served on loopback.

Every connector test points its connector at ``httpserver.url_for("")`` (pytest-httpserver:
a real HTTP server in a thread) and serves the agencies' recorded bodies byte for byte. A
body a test changes (a revised value, a page split) is changed in memory and says so.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from pytest_httpserver import HTTPServer
from tests.conftest import SHARED_FIXTURES

from app.services.fetch.http import HttpClient

JSON = "application/json"
XML = "application/xml"


def recorded(name: str) -> bytes:
    """A recorded answer from ../shared/fixtures, as it was published."""
    return (SHARED_FIXTURES / name).read_bytes()


@pytest.fixture
def base(httpserver: HTTPServer) -> str:
    """The replay server's base URL (no trailing slash)."""
    return httpserver.url_for("").rstrip("/")


@pytest.fixture
def client() -> Iterator[HttpClient]:
    """A client with the production policy but short waits (retries do not sleep)."""
    http = HttpClient(connect_timeout=2.0, read_timeout=2.0, backoff=0.01, sleep=lambda _s: None)
    yield http
    http.close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The replay server is on loopback: a proxy set on the build machine must not apply."""
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


class MemoryKeyring(KeyringBackend):
    """A keyring in memory: what the system keyring would hold, seen by the test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.saved.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(f"no password for {username}")
