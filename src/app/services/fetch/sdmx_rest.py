"""SDMX web services: the IMF (SDMX 3.0), the ECB, Eurostat and the OECD (SDMX 2.1 REST).

One class, :class:`SdmxConnector`, asks all four; a :class:`Service` says how each differs
(REST version, own agency, Accept) and four declarative subclasses set the Connector's class
attributes. Answers are read by the issue-16 readers (``reader = ""``: detect() picks
SDMX-ML, SDMX-JSON or SDMX-CSV). Production URLs are the agencies' documented ones and the
same as sdmx1 2.28's registry (``sdmx/sources.json``: IMF_DATA3, ECB, ESTAT, OECD).

- The request: option ``dataflow`` ("ECB:EXR", "IMF.STA:IMTS(1.0.0)", or SDMX 2.1's
  "OECD.SDD.NAD,DSD_NAMA@DF_QNA,1.0") and option ``key`` ("" or "all": everything).
  ``indicators`` are further series keys of the dataflow, merged with the key position by
  position (codes joined by "+", the SDMX OR): "A.USA.X.CHN" and "A.USA.M.CHN" ask
  "A.USA.X+M.CHN"; keys differing in several positions ask their cross product (the preview
  shows it). A pair goes into no key (its positions are unknown), except the IMF preset's.
- IMF preset: no dataflow and a pair ask IMTS (goods trade by partner, successor of DOTS),
  key COUNTRY.INDICATOR.COUNTERPART_COUNTRY.FREQUENCY with ISO alpha-3 codes and
  XG_FOB_USD (exports) + MG_CIF_USD (imports) unless indicators are named. That order and
  those codes come from third-party clients of api.imf.org (readimf; scripts that checked
  live answers), not from IMF documentation.
- Periods: SDMX 2.1 takes startPeriod/endPeriod; SDMX 3.0 has c[TIME_PERIOD]=ge:..+le:..
  The IMF forms (2015-A1, 2024-M01) and "only IMF.STA dataflows take a time filter" follow
  imfp 1.x (whose recordings are in ../shared/fixtures), unverified; other IMF dataflows
  come with every year and a note. The IMF query is written into the URL so that its "+"
  arrives as %2B (a literal "+" in a query reads as a space).
- ECB and Eurostat dataflows are asked by ID alone (their documented form), the OECD's as
  agency,id,version, which its many agencies need.
- "No results" (a 404, an SDMX error message, an empty body, a JSON message without
  series) is a FetchError naming the dataflow and the key.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import quote, urlencode

from app.services.fetch.base import Call, Connector, Context, Download, FetchRequest, now_iso
from app.services.fetch.errors import FetchError
from app.services.importers.formats.sdmx_ml import root_element

IMTS = "IMF.STA:IMTS"
IMTS_INDICATORS = {"exports": "XG_FOB_USD", "imports": "MG_CIF_USD", "balance": "TBG_USD"}
ML_21 = "application/vnd.sdmx.structurespecificdata+xml;version=2.1"
GENERIC_21 = "application/vnd.sdmx.genericdata+xml;version=2.1"
JSON_20 = "application/vnd.sdmx.data+json;version=2.0.0"  # what the IMF recordings hold
CSV_10 = "application/vnd.sdmx.data+csv;version=1.0.0"
SMALL = 64 * 1024  # error and empty answers are small; data answers are not read twice
_FLOW = re.compile(r"^(?:([\w.@-]+):)?([\w.@-]+?)(?:\(([\w.+*~-]*)\))?$")
ERROR_TEXT = re.compile(r"<(?:[\w.-]+:)?Text[^>]*>([^<]*)<")
IMF_PARAMS = (("dimensionAtObservation", "TIME_PERIOD"), ("attributes", "dsd"), ("measures", "all"))


@dataclass(frozen=True)
class FlowRef:
    """A dataflow: agency (may be ''), ID and version ('' = latest)."""

    agency: str
    id: str
    version: str = ""

    @classmethod
    def parse(cls, text: str) -> FlowRef:
        text = text.strip()
        if text.count(",") == 2:  # SDMX 2.1 REST flowRef: AGENCY,ID,VERSION
            agency, flow, version = (p.strip() for p in text.split(","))
            return cls(agency, flow, "" if version == "latest" else version)
        m = _FLOW.match(text)
        if not m:
            raise FetchError(
                f"{text!r} is not a dataflow: write AGENCY:ID or AGENCY:ID(VERSION), "
                "e.g. ECB:EXR or IMF.STA:IMTS(1.0.0)"
            )
        return cls(m.group(1) or "", m.group(2), m.group(3) or "")

    def text(self) -> str:
        version = f"({self.version})" if self.version else ""
        return f"{self.agency}:{self.id}{version}" if self.agency else self.id + version


@dataclass(frozen=True)
class Service:
    """How one agency's web service is asked."""

    api: str  # "2.1" or "3.0" (SDMX REST for SDMX 2.1, SDMX REST 2.0 for SDMX 3.0)
    accept: str  # the data formats asked for, best first
    agency: str = ""  # the service's own agency: its dataflows are asked by ID alone
    list_agency: str = "all"  # the agency whose dataflows Browse lists
    example: str = ""  # a dataflow, for messages


class SdmxConnector(Connector):
    """An SDMX REST data query; subclasses name the service."""

    service: ClassVar[Service]
    preset: ClassVar[bool] = False  # the IMF's IMTS bilateral-trade preset
    takes_indicators = False

    def calls(self, request: FetchRequest, base: str, key: str = "") -> list[Call]:
        flow, series = self.query(request)
        accept = (("Accept", self.service.accept),)
        if self.service.api == "2.1":
            dated = (("startPeriod", request.start), ("endPeriod", request.end))
            url = f"{base}/data/{_q(self.flow_ref(flow))}/{_q(series)}"
            return [Call(url, tuple((k, v) for k, v in dated if v), accept)]
        version = "+" if flow.version in ("", "latest") else flow.version
        path = "/".join(_q(p) for p in (flow.agency or "*", flow.id, version, series))
        query = urlencode([*IMF_PARAMS, *self._time_filter(request, flow)])
        return [Call(f"{base}/data/dataflow/{path}?{query}", (), accept)]

    def query(self, request: FetchRequest) -> tuple[FlowRef, str]:
        """The dataflow and the series key ('all'/'*' for everything) a request asks."""
        if self.uses_preset(request):
            codes = request.indicators or ("exports", "imports")
            indicators = _joined(IMTS_INDICATORS.get(c.lower(), c) for c in codes)
            pair = (request.reporters, request.partners)
            reporters, partners = (_joined(c.upper() for c in group) for group in pair)
            freq = request.frequency.upper()
            return FlowRef.parse(IMTS), f"{reporters}.{indicators}.{partners}.{freq}"
        flow = FlowRef.parse(request.option("dataflow"))
        return flow, self._merged_key([request.option("key"), *request.indicators])

    def uses_preset(self, request: FetchRequest) -> bool:
        pair = bool(request.reporters and request.partners)
        return self.preset and pair and not request.option("dataflow").strip()

    def flow_ref(self, flow: FlowRef) -> str:
        """The SDMX 2.1 flowRef: the ID alone for the service's own undated dataflows."""
        if not flow.agency or (flow.agency == self.service.agency and not flow.version):
            return flow.id
        return f"{flow.agency},{flow.id},{flow.version or 'latest'}"

    def collect(self, request: FetchRequest, ctx: Context) -> Download:
        call = self.calls(request, ctx.base)[0]
        try:
            reply = ctx.get(call)
        except FetchError as exc:
            if exc.status != 404:
                raise
            said = " ".join(exc.body.split())  # the whole error body, not the message's cut
            text = " ".join(ERROR_TEXT.findall(said)) or ("" if said.startswith("<") else said)
            raise self.no_data(request, f"HTTP 404{': ' if text else ''}{text}") from exc
        self._refuse_non_data(request, reply.body)
        notes = []
        if (request.reporters or request.partners) and not self.uses_preset(request):
            notes.append("the pair is not part of the query: the key says which countries come")
        flow = self.query(request)[0]
        if self.service.api == "3.0" and _span(request) and not self._time_filter(request, flow):
            notes.append(f"{flow.text()} takes no time filter: every year was fetched")
        return Download(reply.body, (call.full_url(),), now_iso(), 1, tuple(notes))

    def no_data(self, request: FetchRequest, said: str = "") -> FetchError:
        flow, series = self.query(request)
        return FetchError(
            f"{self.label}: no data matches the key {series} in dataflow {flow.text()}"
            f"{_span(request)}"
            + (f" ({said.strip()[:300]})" if said.strip() else "")
            + ". Check the key's codes and their order (Browse lists the dimensions), or ask "
            "for more years."
        )

    def dataset(self, request: FetchRequest) -> str:
        return self.query(request)[0].id

    def title(self, request: FetchRequest) -> str:
        flow, series = self.query(request)
        return f"{self.label}: {flow.text()}, key {series}{_span(request)}"

    def check(self, request: FetchRequest) -> None:
        if not request.option("dataflow").strip() and not self.uses_preset(request):
            also = " (or a pair, for bilateral goods trade from IMTS)" if self.preset else ""
            raise FetchError(f"{self.label}: name a dataflow, e.g. {self.service.example}{also}")
        self.query(request)  # raises for a dataflow or key that cannot be written

    # --- the parts -----------------------------------------------------------------------

    def _merged_key(self, keys: list[str]) -> str:
        """One key from several: codes joined by '+' position by position."""
        wild = "*" if self.service.api == "3.0" else ""
        texts = [k.strip() for k in keys if k.strip()]
        if not texts or any(k.lower() in ("all", "*") for k in texts):
            return "*" if self.service.api == "3.0" else "all"
        split = [k.split(".") for k in texts]
        if len({len(s) for s in split}) > 1:
            raise FetchError(
                f"{self.label}: the keys {', '.join(texts)} have different "
                "numbers of positions; they cannot be asked together"
            )
        out = []
        for codes in zip(*split, strict=True):
            parts = [c for code in codes for c in code.split("+")]
            out.append(wild if any(c in ("", "*") for c in parts) else _joined(parts))
        return ".".join(out)

    def _time_filter(self, request: FetchRequest, flow: FlowRef) -> list[tuple[str, str]]:
        """SDMX 3.0's c[TIME_PERIOD] for IMF.STA dataflows (imfp's rule and period forms)."""
        if flow.agency != "IMF.STA" or not (request.start or request.end):
            return []
        bounds = [
            f"ge:{_imf_period(request.start, request.frequency, 0)}" if request.start else "",
            f"le:{_imf_period(request.end, request.frequency, 1)}" if request.end else "",
        ]
        return [("c[TIME_PERIOD]", "+".join(b for b in bounds if b))]

    def _refuse_non_data(self, request: FetchRequest, body: bytes) -> None:
        """An empty answer, an SDMX error message or a JSON message without series."""
        if not body.strip():
            raise self.no_data(request, "the answer was empty")
        if len(body) > SMALL:
            return
        text = body.decode("utf-8", errors="replace").lstrip("\ufeff \r\n\t")
        if text.startswith("<") and root_element(text[:4096]) == "Error":
            said = " ".join(t.strip() for t in ERROR_TEXT.findall(text))
            if 'code="100"' in text or re.search(r"no (?:results|data|records)", said, re.I):
                raise self.no_data(request, said)
            flow, series = self.query(request)
            raise FetchError(
                f"{self.label} refused the query for {flow.text()} key {series}: "
                f"{said[:300] or 'an SDMX error message without text'}"
            )
        if text.startswith("{"):
            try:
                doc = json.loads(text)
            except ValueError:
                return  # the reader says what is wrong with it
            if isinstance(doc, dict) and _json_empty(doc):
                errors = [e for e in doc.get("errors") or [] if isinstance(e, dict)]
                said = "; ".join(str(e.get("title") or e.get("detail") or e) for e in errors)
                raise self.no_data(request, said)


def _json_empty(doc: dict[str, Any]) -> bool:
    """An SDMX-JSON message (1.0 or 2.0) that holds no observation."""
    body = doc.get("data") if isinstance(doc.get("data"), dict) else doc
    sets = body.get("dataSets") if isinstance(body, dict) else None
    if not isinstance(sets, list):
        return bool(doc.get("errors"))
    return not any(isinstance(s, dict) and (s.get("series") or s.get("observations")) for s in sets)


def _imf_period(text: str, freq: str, end: int) -> str:
    """2015 -> 2015-A1 (annual), 2015-M01/M12, 2015-Q1/Q4; 2024-01 -> 2024-M01 (imfp)."""
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return f"{text[:4]}-M{text[5:]}"
    if re.fullmatch(r"\d{4}", text):
        return text + {"A": "-A1", "Q": ("-Q1", "-Q4")[end], "M": ("-M01", "-M12")[end]}.get(
            freq.upper(), "-A1"
        )
    return text


def _joined(codes: Iterable[str]) -> str:
    return "+".join(dict.fromkeys(codes))


def _span(request: FetchRequest) -> str:
    if not (request.start or request.end):
        return ""
    return f", {request.start or '…'}–{request.end or '…'}"


def _q(part: str) -> str:
    return quote(part, safe="@,+.*~-_")


class ImfConnector(SdmxConnector):
    name = "imf"
    label = "IMF data portal (SDMX)"
    publisher = "IMF"
    production = "https://api.imf.org/external/sdmx/3.0"
    service = Service("3.0", f"{JSON_20}, application/json;q=0.9", example=IMTS)
    preset = True
    limits = "No key needed. A dataflow (IMF.STA:IMTS) and a key, or a pair: IMTS goods trade."


class EcbConnector(SdmxConnector):
    name = "ecb"
    label = "ECB Data Portal (SDMX)"
    publisher = "ECB"
    production = "https://data-api.ecb.europa.eu/service"
    service = Service("2.1", f"{ML_21}, {GENERIC_21};q=0.9", "ECB", "ECB", "ECB:EXR")
    limits = "No key needed. Name a dataflow (ECB:EXR) and a series key (M.USD.EUR.SP00.A)."


class EurostatConnector(SdmxConnector):
    name = "estat"
    label = "Eurostat (SDMX)"
    publisher = "Eurostat"
    production = "https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1"
    service = Service("2.1", f"{ML_21}, {GENERIC_21};q=0.9", "ESTAT", "ESTAT", "ESTAT:NAMA_10_GDP")
    limits = "No key needed. Name a dataset (ESTAT:NAMA_10_GDP) and a key (A.CP_MEUR.B1GQ.DE)."


class OecdConnector(SdmxConnector):
    name = "oecd"
    label = "OECD Data Explorer (SDMX)"
    publisher = "OECD"
    production = "https://sdmx.oecd.org/public/rest"
    service = Service("2.1", f"{CSV_10}, {ML_21};q=0.9", example="OECD.SDD.NAD:DSD_NAMA@DF_QNA")
    limits = "No key needed. A dataflow with its agency (OECD.SDD.NAD:DSD_NAMA@DF_QNA), a key."


SDMX_CONNECTORS: tuple[Connector, ...] = tuple(
    c() for c in (ImfConnector, EcbConnector, EurostatConnector, OecdConnector)
)
