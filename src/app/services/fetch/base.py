"""What every connector shares: the request a user makes, the calls it becomes, the answer.

A connector is a small class: its production base URL (a constant a test checks against the
provider's documented host and path), the reader of :mod:`app.services.importers` that reads
its answers, ``calls`` (the URLs a request becomes) and, where a portal pages or splits its
answers, ``collect`` (ask, follow the pages, put the pieces into one body the reader takes).
Base URLs can be pointed elsewhere (``CORRIDOR_<NAME>_URL``, ``--base-url``): the tests
replay recorded answers from a local server that way.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import ClassVar

from app.services.fetch.errors import FetchError
from app.services.fetch.http import Cancel, HttpClient, Progress, Reply, with_params


@dataclass(frozen=True)
class FetchRequest:
    """What the user asked for, portal-neutral; a connector maps it to its own codes.

    ``reporters``/``partners`` are ISO alpha-3 codes (a pair CHN-AZE is reporter CHN,
    partner AZE; a portal without partners takes both as countries). ``start``/``end`` are
    period texts ("2015", "2024-01"); ``frequency`` is A, Q or M. ``options`` holds what a
    connector needs beyond that (Comtrade flows, an SDMX dataflow and key), as text.
    """

    source: str
    reporters: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    indicators: tuple[str, ...] = ()
    start: str = ""
    end: str = ""
    frequency: str = "A"
    options: tuple[tuple[str, str], ...] = ()

    def option(self, key: str, default: str = "") -> str:
        return dict(self.options).get(key, default)

    def with_options(self, **values: str) -> FetchRequest:
        merged = {**dict(self.options), **{k: str(v) for k, v in values.items()}}
        return FetchRequest(
            self.source,
            self.reporters,
            self.partners,
            self.indicators,
            self.start,
            self.end,
            self.frequency,
            tuple(sorted(merged.items())),
        )

    def to_json(self) -> str:
        d = asdict(self)
        d["options"] = dict(self.options)
        return json.dumps(d, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> FetchRequest:
        try:
            d = json.loads(text)
        except ValueError as exc:
            raise FetchError(f"the stored query is not readable JSON: {exc}") from exc
        if not isinstance(d, dict) or "source" not in d:
            raise FetchError("the stored query names no source")
        return cls(
            source=str(d["source"]),
            reporters=tuple(str(c) for c in d.get("reporters") or ()),
            partners=tuple(str(c) for c in d.get("partners") or ()),
            indicators=tuple(str(c) for c in d.get("indicators") or ()),
            start=str(d.get("start") or ""),
            end=str(d.get("end") or ""),
            frequency=str(d.get("frequency") or "A"),
            options=tuple(sorted((str(k), str(v)) for k, v in (d.get("options") or {}).items())),
        )

    def describe(self) -> str:
        """ "NY.GDP.MKTP.CD for CHN, AZE, 2000–2024" (no key, no URL)."""
        what = ", ".join(self.indicators) or self.option("dataflow") or "all series"
        who = ", ".join(self.reporters) or "all reporters"
        if self.partners:
            who += " with " + ", ".join(self.partners)
        span = f"{self.start or '…'}–{self.end or '…'}" if self.start or self.end else "all years"
        return f"{what} for {who}, {span}"


@dataclass(frozen=True)
class Call:
    """One HTTP GET: a URL and its query parameters; headers that hold no secret."""

    url: str
    params: tuple[tuple[str, str], ...] = ()
    headers: tuple[tuple[str, str], ...] = ()

    def full_url(self) -> str:
        return with_params(self.url, dict(self.params))


@dataclass(frozen=True)
class Download:
    """What a connector collected: one body its reader takes, and how it got it."""

    body: bytes
    urls: tuple[str, ...]
    retrieved: str  # ISO time, UTC, to the second
    calls: int = 1
    notes: tuple[str, ...] = ()  # what the user should know (a row limit reached, say)
    #: catalogue names and descriptions from the portal's metadata: (code, name, note)
    names: tuple[tuple[str, str, str], ...] = ()


@dataclass
class Context:
    """Everything a connector may use while collecting."""

    client: HttpClient
    base: str
    key: str = ""  # a subscription key (from the keyring), sent in a header, never stored
    progress: Progress | None = None
    cancel: Cancel | None = None
    said: list[str] = field(default_factory=list)

    def get(self, call: Call, headers: Mapping[str, str] | None = None) -> Reply:
        return self.client.get(
            call.url,
            dict(call.params),
            {**dict(call.headers), **dict(headers or {})},
            self.progress,
            self.cancel,
        )


class Connector(ABC):
    """Base class; subclasses set the class attributes and implement ``calls``."""

    name: ClassVar[str] = ""
    label: ClassVar[str] = ""
    publisher: ClassVar[str] = ""
    #: the production base URL (https), checked by a test against the provider's docs
    production: ClassVar[str] = ""
    #: the reader (app.services.importers registry name) of this connector's answers;
    #: '' detects it from the answer (an SDMX service may answer in ML, JSON or CSV)
    reader: ClassVar[str] = ""
    #: what the user should know before fetching (row limits, keys), one sentence
    limits: ClassVar[str] = ""
    #: a keyring entry name when the connector can use a subscription key
    key_name: ClassVar[str] = ""
    #: True when the request's ``indicators`` are portal codes the user must type
    takes_indicators: ClassVar[bool] = True

    def base_url(self, override: str = "") -> str:
        """``override``, else ``CORRIDOR_<NAME>_URL``, else the production URL."""
        env = os.environ.get(f"CORRIDOR_{self.name.upper().replace('-', '_')}_URL", "")
        return (override or env or self.production).rstrip("/")

    @abstractmethod
    def calls(self, request: FetchRequest, base: str, key: str = "") -> list[Call]:
        """The GETs the request becomes (a paged answer: its first page)."""

    def collect(self, request: FetchRequest, ctx: Context) -> Download:
        """Ask every call and give the reader one body. Default: one call, its body."""
        calls = self.calls(request, ctx.base, ctx.key)
        if len(calls) != 1:
            raise NotImplementedError(f"{self.name} makes {len(calls)} calls: override collect")
        reply = ctx.get(calls[0], self.key_headers(ctx.key))
        return Download(reply.body, (calls[0].full_url(),), now_iso())

    def key_headers(self, key: str) -> dict[str, str]:
        """Headers that carry the key (never part of a URL, a record or a log)."""
        return {}

    def dataset(self, request: FetchRequest) -> str:
        """The dataset code the source record names."""
        return ""

    def title(self, request: FetchRequest) -> str:
        return f"{self.label}: {request.describe()}"

    def check(self, request: FetchRequest) -> None:
        """Raise :class:`FetchError` for a request this connector cannot make."""
        if self.takes_indicators and not request.indicators:
            raise FetchError(f"{self.label}: name at least one indicator code")


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
