"""The one HTTP client of Corridor: the only code that touches the network.

Built on ``requests`` because ``sdmx1`` (which reads SDMX structure messages for the
agencies' dataflows and codelists) is built on it: one session type, one proxy, certificate,
timeout and retry policy for every connector. ``requests`` honours the system proxy
(``HTTPS_PROXY``/``NO_PROXY`` and the platform's settings through ``urllib``) and verifies
certificates against ``certifi``'s bundle.

Policy, for every request:
- HTTPS only. Plain HTTP is allowed to loopback hosts alone (the recorded-response replay
  the tests run; a developer's local mirror).
- A connect timeout and a read timeout (between bytes), each stated in the message when hit.
- 429 and 5xx are retried politely: the server's ``Retry-After`` (seconds or an HTTP date)
  when it gives one and it is not absurd, else exponential backoff; at most ``retries``
  times; waiting can be cancelled.
- The body is streamed in chunks: progress after each, Cancel between any two, a size cap.
- A certificate error is refused with its reason; an unreachable host says the computer
  looks offline; a cut-off body says how much arrived.
"""

from __future__ import annotations

import email.utils
import ipaddress
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

import requests

from app import __version__
from app.services.fetch.errors import FetchCancelled, FetchError, Offline

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

USER_AGENT = f"Corridor/{__version__} (desktop; bilateral indicators)"
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
LOOPBACK_NAMES = frozenset({"localhost"})
CHUNK = 64 * 1024


@dataclass(frozen=True)
class Reply:
    """A successful answer: its body, final URL, status, content type and timing."""

    url: str
    status: int
    body: bytes
    content_type: str = ""
    seconds: float = 0.0
    attempts: int = 1

    def text(self) -> str:
        return self.body.decode("utf-8-sig", errors="replace")


@dataclass
class HttpClient:
    """A session with Corridor's policy; one per fetch (a GUI task makes its own)."""

    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    retries: int = 3
    backoff: float = 1.0  # seconds; doubled on each retry
    max_wait: float = 60.0  # longest Retry-After honoured; longer is an error
    max_bytes: int = 512 * 1024 * 1024
    sleep: Callable[[float], None] = time.sleep
    session: requests.Session = field(default_factory=requests.Session)

    def __post_init__(self) -> None:
        self.session.headers["User-Agent"] = USER_AGENT

    def close(self) -> None:
        self.session.close()

    def get(
        self,
        url: str,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> Reply:
        """GET ``url`` with the policy above; a :class:`FetchError` (or ``Offline``,
        ``FetchCancelled``) when no usable answer came."""
        full = with_params(url, params)
        check_url(full)
        host = urlsplit(full).netloc
        started = time.monotonic()
        for attempt in range(1, self.retries + 2):
            _check(cancel)
            response = self._send(full, host, headers)
            try:
                if response.status_code in RETRY_STATUS and attempt <= self.retries:
                    wait = self._wait_for(response, attempt, host)
                    log.info(
                        "%s answered %s; retry %d in %.1f s",
                        host,
                        response.status_code,
                        attempt,
                        wait,
                    )
                    self._pause(wait, cancel)
                    continue
                if response.status_code >= 400:
                    raise FetchError(
                        status_message(response, host, attempt),
                        response.status_code,
                        _body_text(response),
                    )
                body = self._read(response, host, progress, cancel)
            finally:
                response.close()
            return Reply(
                url=full,
                status=response.status_code,
                body=body,
                content_type=response.headers.get("Content-Type", ""),
                seconds=time.monotonic() - started,
                attempts=attempt,
            )
        raise AssertionError("unreachable: the last attempt returns or raises")

    # --- the parts -----------------------------------------------------------------------

    def _send(self, url: str, host: str, headers: Mapping[str, str] | None) -> requests.Response:
        try:
            response = self.session.get(
                url,
                headers=dict(headers or {}),
                timeout=(self.connect_timeout, self.read_timeout),
                stream=True,
                allow_redirects=True,
            )
        except requests.exceptions.SSLError as exc:
            raise FetchError(
                f"The certificate of {host} was refused, so nothing was fetched: "
                f"{_reason(exc)}. Corridor only talks to portals whose certificate checks out "
                "(a proxy that inspects HTTPS needs its certificate installed in the system)."
            ) from exc
        except requests.exceptions.ConnectTimeout as exc:
            raise Offline(
                f"{host} did not accept a connection within {self.connect_timeout:g} s: the "
                "computer may be offline, or a firewall or proxy blocks it."
            ) from exc
        except requests.exceptions.ReadTimeout as exc:
            raise FetchError(
                f"{host} did not answer within {self.read_timeout:g} s. The portal may be busy: "
                "try again later, or ask for fewer years or series."
            ) from exc
        except requests.exceptions.ProxyError as exc:
            raise Offline(f"The proxy refused the connection to {host}: {_reason(exc)}.") from exc
        except requests.exceptions.ConnectionError as exc:
            raise Offline(
                f"Corridor could not reach {host}: the computer looks offline, or a firewall "
                f"or proxy blocks it ({_reason(exc)}). Nothing was changed; figures already "
                "in the workspace stay usable offline."
            ) from exc
        except requests.exceptions.RequestException as exc:
            raise FetchError(f"The request to {host} failed: {_reason(exc)}.") from exc
        if response.url != url:
            try:
                check_url(response.url)  # a redirect may not leave HTTPS
            except FetchError:
                response.close()
                raise
        return response

    def _wait_for(self, response: requests.Response, attempt: int, host: str) -> float:
        """Seconds to wait before the next attempt: the server's Retry-After, else backoff."""
        asked = retry_after(response.headers.get("Retry-After", ""))
        if asked is None:
            return float(self.backoff * 2 ** (attempt - 1))
        if asked > self.max_wait:
            raise FetchError(
                f"{host} answered {response.status_code} and asks Corridor to wait "
                f"{asked:.0f} s before asking again (the daily limit may be used up). "
                "Try again later."
            )
        return asked

    def _pause(self, seconds: float, cancel: Cancel | None) -> None:
        """Sleep ``seconds`` in tenths, so that Cancel cuts a long wait short."""
        left = seconds
        while left > 0:
            _check(cancel)
            step = min(left, 0.1)
            self.sleep(step)
            left -= step

    def _read(
        self,
        response: requests.Response,
        host: str,
        progress: Progress | None,
        cancel: Cancel | None,
    ) -> bytes:
        total = _int(response.headers.get("Content-Length", ""))
        chunks: list[bytes] = []
        done = 0
        try:
            for chunk in response.iter_content(CHUNK):
                _check(cancel)
                chunks.append(chunk)
                done += len(chunk)
                if done > self.max_bytes:
                    raise FetchError(
                        f"The answer from {host} is larger than {self.max_bytes // 2**20} MB: "
                        "ask for fewer series or years."
                    )
                if progress is not None:
                    progress(done, total)
        except requests.exceptions.ReadTimeout as exc:
            raise FetchError(
                f"{host} stopped sending after {done:,} bytes and did not go on within "
                f"{self.read_timeout:g} s. Nothing was stored; try again."
            ) from exc
        except (
            requests.exceptions.ChunkedEncodingError,
            requests.exceptions.ContentDecodingError,
            requests.exceptions.ConnectionError,
        ) as exc:
            of = f" of {total:,}" if total else ""
            raise FetchError(
                f"The answer from {host} was cut off after {done:,}{of} bytes "
                f"({_reason(exc)}). Nothing was stored; try again."
            ) from exc
        return b"".join(chunks)


def check_url(url: str) -> None:
    """HTTPS only, except to loopback (the tests' replay server, a local mirror)."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and is_loopback(parts.hostname or ""):
        return
    raise FetchError(
        f"Corridor fetches over HTTPS only; {url!r} is not an https:// address "
        "(plain http is allowed to this computer alone)."
    )


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def with_params(url: str, params: Mapping[str, str] | None) -> str:
    if not params:
        return url
    return url + ("&" if "?" in url else "?") + urlencode(list(params.items()), safe=":+,*")


def retry_after(value: str, now: float | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (a number or an HTTP date), or None."""
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def status_message(response: requests.Response, host: str, attempts: int = 1) -> str:
    """A sentence for an error status, with the portal's own message when it sent one."""
    code = response.status_code
    said = _said(response)
    tried = f" (after {attempts} attempts)" if attempts > 1 else ""
    if code in (401, 403):
        what = "refused the request: the subscription key is missing, wrong or expired"
    elif code == 404:
        what = "has no such data: a code in the query (dataset, indicator, country) may be wrong"
    elif code == 429:
        what = "says too many requests were made; try again later"
    elif code >= 500:
        what = "had a server error; the portal may be down for maintenance, try again later"
    else:
        what = "did not accept the query"
    return f"{host} answered {code}{tried}: {what}." + (f" It said: {said}" if said else "")


def _body_text(response: requests.Response, limit: int = 65_536) -> str:
    """An error body as text (at most ``limit`` bytes; '' when it cannot be read)."""
    try:
        return response.content[:limit].decode("utf-8", errors="replace")
    except requests.exceptions.RequestException:
        return ""


def _said(response: requests.Response) -> str:
    """The first 300 characters of an error body that is text (JSON, XML or plain)."""
    text = " ".join(_body_text(response, 2000).split())
    if not text or text.lower().startswith(("<!doctype html", "<html")):
        return ""
    return text[:300]


def _check(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise FetchCancelled


def _int(text: str) -> int:
    try:
        return max(0, int(text))
    except ValueError:
        return 0


def _reason(exc: BaseException) -> str:
    """The readable reason of a requests/urllib3 exception (urllib3 wraps it in a
    MaxRetryError whose ``reason`` is the real one, prefixed by the connection object)."""
    arg = exc.args[0] if exc.args else exc
    text = str(getattr(arg, "reason", None) or arg) or type(exc).__name__
    if ">: " in text:
        text = text.split(">: ", 1)[1]
    return text[:200]
