"""Browse an SDMX agency: its dataflows, and a dataflow's dimensions with their code lists.

The bodies are fetched by Corridor's own :class:`~.http.HttpClient` (through
:meth:`.Context.get`: one proxy, certificate, timeout, retry and Cancel policy) and only
read by sdmx1 (``sdmx.read_sdmx``); sdmx1's Client and its requests session are not used.
Why sdmx1 here when the data readers are Corridor's own (docs/architecture.md): a structure
message is small, holds no observations, and is a web of references (dataflow -> DSD ->
concepts and code lists, SDMX-ML 2.1 and 3.0) that sdmx1 resolves. sdmx1 is imported inside
the functions: importing it takes about a second, and only browsing needs it.

Queries (the same paths sdmx1 2.28 builds for ECB, ESTAT, OECD and IMF_DATA3):

- SDMX 2.1 services: ``GET {base}/dataflow/{agency}/all/latest`` lists the dataflows (the
  ECB's and Eurostat's own agency, ``all`` at the OECD, whose dataflows belong to many
  agencies); ``GET {base}/dataflow/{agency}/{id}/{version}?references=descendants`` returns
  the dataflow with its DSD, concept schemes and code lists in one answer (``children``
  would stop at the DSD: the code lists are grandchildren of a dataflow). Asked as
  SDMX-ML 2.1 structure.
- The IMF (SDMX 3.0): ``{base}/structure/dataflow/all/*/+`` and
  ``{base}/structure/dataflow/{agency}/{id}/{version or +}?references=descendants``, asked
  as SDMX-ML 3.0 (sdmx1 does not read SDMX-JSON 2.0).

Failures are FetchErrors naming the agency and what was being read. A body that declares a
DTD or entities is refused before lxml sees it (as the importers do); an SDMX error message
(which sdmx1 2.28 cannot parse) is read for its text. When a message does not parse, sdmx1
prints its parser state to stdout: that is captured and logged at debug level instead.
Warnings: sdmx1 2.28 warns (DeprecationWarning) only from deprecated calls, none of which are
used here; the tests run with warnings as errors and see none, so no filter is installed.
"""

from __future__ import annotations

import contextlib
import io
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.services.fetch.base import Call, Context
from app.services.fetch.errors import FetchError
from app.services.fetch.sdmx_rest import ERROR_TEXT, SDMX_CONNECTORS, FlowRef, SdmxConnector
from app.services.importers.formats.sdmx_ml import root_element

if TYPE_CHECKING:
    from sdmx.message import StructureMessage
    from sdmx.model.common import BaseDataStructureDefinition

    DSD = BaseDataStructureDefinition[Any, Any, Any]

log = logging.getLogger(__name__)

STRUCTURE_ML = {
    "2.1": "application/vnd.sdmx.structure+xml;version=2.1",
    "3.0": "application/vnd.sdmx.structure+xml;version=3.0.0",
}


@dataclass(frozen=True)
class Flow:
    """A dataflow as an agency lists it."""

    id: str
    agency: str
    version: str
    name: str

    def ref(self) -> str:
        """``AGENCY:ID(VERSION)``, the form the connectors' ``dataflow`` option takes."""
        return FlowRef(self.agency, self.id, self.version).text()


@dataclass(frozen=True)
class Dimension:
    """A dimension of a dataflow's series key, with the codes its code list allows."""

    id: str
    name: str
    position: int  # 1-based place in the series key (the time dimension is not in the key)
    codes: list[tuple[str, str]] = field(default_factory=list)  # (code, English name)


def dataflows(connector_name: str, ctx: Context) -> list[Flow]:
    """The dataflows an agency publishes, by agency and ID."""
    connector = sdmx_connector(connector_name)
    path = _path(connector, connector.service.list_agency, "", "")
    msg = _ask(connector, ctx, path, (), "its list of dataflows")
    flows = [
        Flow(str(df.id), _agency(df), str(df.version or ""), _text(df.name))
        for df in msg.dataflow.values()
    ]
    return sorted(flows, key=lambda f: (f.agency, f.id))


def dimensions(connector_name: str, flow: Flow | str, ctx: Context) -> list[Dimension]:
    """The key dimensions of a dataflow (``Flow`` or ``AGENCY:ID(VERSION)``), in key order."""
    connector = sdmx_connector(connector_name)
    ref = FlowRef.parse(flow.ref() if isinstance(flow, Flow) else flow)
    what = f"the structure of {ref.text()}"
    path = _path(connector, ref.agency or connector.service.list_agency, ref.id, ref.version)
    msg = _ask(connector, ctx, path, (("references", "descendants"),), what)
    dsd = _structure(connector, msg, ref)
    from sdmx.model.common import TimeDimension

    dims = [d for d in dsd.dimensions.components if not isinstance(d, TimeDimension)]
    dims.sort(key=lambda d: d.order if isinstance(d.order, int) else len(dims))
    return [Dimension(d.id, _concept_name(d), i, _codes(d)) for i, d in enumerate(dims, 1)]


def sdmx_connector(name: str) -> SdmxConnector:
    for connector in SDMX_CONNECTORS:
        if connector.name == name and isinstance(connector, SdmxConnector):
            return connector
    names = ", ".join(c.name for c in SDMX_CONNECTORS)
    raise FetchError(f"{name!r} is not an SDMX source (choose from {names})")


def _path(connector: SdmxConnector, agency: str, flow_id: str, version: str) -> str:
    if connector.service.api == "3.0":
        version = "+" if version in ("", "latest") else version
        return f"structure/dataflow/{agency or 'all'}/{flow_id or '*'}/{version}"
    return f"dataflow/{agency or 'all'}/{flow_id or 'all'}/{version or 'latest'}"


def _ask(
    connector: SdmxConnector,
    ctx: Context,
    path: str,
    params: tuple[tuple[str, str], ...],
    what: str,
) -> StructureMessage:
    accept = (("Accept", STRUCTURE_ML[connector.service.api]),)
    reply = ctx.get(Call(f"{ctx.base}/{path}", params, accept))
    return read_structure(reply.body, connector.publisher, what)


def read_structure(body: bytes, agency: str, what: str) -> StructureMessage:
    """An SDMX structure message read by sdmx1 (FetchError naming ``agency`` and ``what``)."""
    if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
        raise FetchError(f"{agency}: {what} declares a DTD or entities; refused")
    head = body[:8192].decode("utf-8", errors="replace").lstrip("\ufeff \r\n\t")
    if head.startswith("<") and root_element(head) == "Error":
        said = " ".join(t.strip() for t in ERROR_TEXT.findall(head))
        raise FetchError(f"{agency} answered an SDMX error message instead of {what}: {said}")
    import sdmx
    from sdmx.message import StructureMessage

    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            msg = sdmx.read_sdmx(io.BytesIO(body))
    # sdmx1 raises XMLParseError, RuntimeError (format not recognised), KeyError (JSON),
    # NotImplementedError (unknown elements), ValueError ...: every one means "unreadable"
    except Exception as exc:
        log.debug(
            "sdmx1 could not read %s from %s: %s\n%s", what, agency, exc, printed.getvalue()[:4000]
        )
        raise FetchError(
            f"{agency}: {what} could not be read as an SDMX structure message "
            f"({type(exc).__name__}: {str(exc)[:200]})"
        ) from exc
    if not isinstance(msg, StructureMessage):
        raise FetchError(f"{agency} answered a {type(msg).__name__} instead of {what}")
    return msg


def _structure(connector: SdmxConnector, msg: StructureMessage, ref: FlowRef) -> DSD:
    """The DSD of the asked dataflow: linked from it, or else found in the message."""
    flow = msg.dataflow.get(ref.id) or next(iter(msg.dataflow.values()), None)
    dsd: Any = flow.structure if flow is not None else None
    if dsd is None or getattr(dsd, "is_external_reference", False):
        dsd = msg.structure.get(dsd.id) if dsd is not None else None
        dsd = dsd or next(iter(msg.structure.values()), None)
    if dsd is None or not dsd.dimensions.components:
        raise FetchError(
            f"{connector.publisher}: the structure of {ref.text()} came without its data "
            "structure definition (DSD), so its dimensions are unknown"
        )
    result: DSD = dsd
    return result


def _codes(dim: Any) -> list[tuple[str, str]]:
    """The codes of the dimension's code list (its own, else its concept's)."""
    concept = getattr(dim, "concept_identity", None)
    for rep in (dim.local_representation, getattr(concept, "core_representation", None)):
        scheme = getattr(rep, "enumerated", None)
        if scheme is not None and len(scheme):
            return [(str(code.id), _text(code.name) or str(code.id)) for code in scheme]
    return []


def _concept_name(dim: Any) -> str:
    concept = getattr(dim, "concept_identity", None)
    return _text(getattr(concept, "name", None)) or str(dim.id)


def _agency(artefact: Any) -> str:
    maintainer = getattr(artefact, "maintainer", None)
    return str(getattr(maintainer, "id", "") or "")


def _text(value: Any) -> str:
    """An sdmx1 InternationalString in English, else its first language; '' for none."""
    if value is None:
        return ""
    localized = getattr(value, "localized_default", None)
    return str(localized("en") if callable(localized) else value).strip()
