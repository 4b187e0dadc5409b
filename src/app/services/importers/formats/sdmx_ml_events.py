"""An SDMX-ML 2.1/3.0 data message streamed into blocks (helper of :mod:`.sdmx_ml`).

Generic messages name every component (``SeriesKey``/``Attributes``/``ObsDimension``/
``ObsValue`` with ``Value id= value=``); structure-specific ones write components as
XML attributes of ``DataSet``, ``Group``, ``Series`` and ``Obs``. Group attributes reach
the series whose key values match the group's (for structure-specific groups, their key
is the components the series also writes). Each series is dropped from the tree once
read, so memory stays that of one series. The caller has refused DTDs and entities.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field

from app.services.importers.formats.sdmx_obs import Block, looks_like_attribute
from app.services.importers.problems import ImportFailed

_FLAT = 10_000  # observations per block when a data set has no series
_URN = re.compile(r"=([^:=]+):([^(:]+)\(([^)]*)\)")
_DATASET_META = {
    "action",
    "structureRef",
    "dataScope",
    "setID",
    "validFromDate",
    "validToDate",
    "publicationYear",
    "publicationPeriod",
    "reportingBeginDate",
    "reportingEndDate",
}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _plain(attrib: dict[str, str]) -> dict[str, str]:
    """The unqualified XML attributes (components), values stripped."""
    return {k: v.strip() for k, v in attrib.items() if "}" not in k}


def _drop(parent: ET.Element, el: ET.Element) -> None:
    """Free a read element (its parent is the data set, unless the file nests oddly)."""
    try:
        parent.remove(el)
    except ValueError:
        el.clear()


@dataclass
class _Part:
    """A data set, group, series or observation being read."""

    key: dict[str, str] = field(default_factory=dict)
    attrs: dict[str, str] = field(default_factory=dict)
    rows: list[tuple[dict[str, str], str]] = field(default_factory=list)
    value: str = ""


class MessageEvents:
    """One pass over a message: blocks, and what the pass learnt (structure, components)."""

    def __init__(self, raw: bytes, name: str) -> None:
        self.raw, self.name = raw, name
        self.dims: dict[str, None] = {}
        self.series_ids: dict[str, None] = {}
        self.attrs: dict[str, None] = {}
        self.ref: tuple[str, str, str] = ("", "", "")
        self.sender = ""
        self.obs_dim = "TIME_PERIOD"
        self.header_action = ""
        self.specific = False
        self.groups: list[_Part] = []
        self._index: dict[tuple[str, ...], dict[tuple[str, ...], dict[str, str]]] = {}

    def structure(self) -> tuple[str, str, str]:
        """(agency, flow, version) of the message's structure, else (sender, '', '')."""
        return self.ref if self.ref[1] else (self.sender, "", "")

    def components(self) -> tuple[list[str], list[str]]:
        """Dimension and attribute IDs; structure-specific series IDs split by name."""
        moved = [d for d in self.series_ids if self.specific and looks_like_attribute(d)]
        dims = [d for d in {**self.series_ids, **self.dims} if d not in moved]
        return dims, list({**dict.fromkeys(moved), **self.attrs})

    def blocks(self) -> Iterator[Block]:
        try:
            yield from self._walk()
        except (ET.ParseError, LookupError, UnicodeError) as exc:  # LookupError: encoding
            raise ImportFailed(f"{self.name}: the XML cannot be read ({exc})") from exc

    def _walk(self) -> Iterator[Block]:
        stack: list[str] = []
        ds: _Part | None = None
        ds_el: ET.Element | None = None
        parts: dict[str, _Part] = {}
        for event, el in ET.iterparse(io.BytesIO(self.raw), events=("start", "end")):
            tag = _local(el.tag)
            if event == "start":
                if not stack:
                    self.specific = tag.startswith("StructureSpecific")
                stack.append(tag)
                if "Header" in stack:
                    self._header(tag, el)
                elif tag == "DataSet":
                    ds, ds_el, parts = self._dataset(el), el, {}
                elif ds is not None:
                    self._start(tag, el, stack, parts, ds)
                continue
            stack.pop()
            if "Header" in stack or tag == "Header":
                self._header_end(tag, el)
            elif ds is None or ds_el is None:
                continue
            elif tag == "Obs" and "Series" not in stack:
                obs = parts.pop("Obs", _Part())
                ds.rows.append(({**obs.key, **obs.attrs}, obs.value))
                _drop(ds_el, el)
                if len(ds.rows) >= _FLAT:
                    yield self._block(ds.attrs, ds.rows)
                    ds.rows = []
            elif tag == "Obs":
                obs = parts.pop("Obs", _Part())
                parts.setdefault("Series", _Part()).rows.append(
                    ({**obs.key, **obs.attrs}, obs.value)
                )
                el.clear()
            elif tag == "Series":
                series = parts.pop("Series", _Part())
                shared = {**ds.attrs, **self._group_attrs(series), **series.attrs, **series.key}
                yield self._block(shared, series.rows)
                _drop(ds_el, el)
            elif tag == "Group":
                self.groups.append(parts.pop("Group", _Part()))
                self._index = {}
                _drop(ds_el, el)
            elif tag == "DataSet":
                if ds.rows:
                    yield self._block(ds.attrs, ds.rows)
                ds, ds_el = None, None

    def _header(self, tag: str, el: ET.Element) -> None:
        if tag == "Sender":
            self.sender = el.get("id", "")
        elif tag == "Structure":
            self.obs_dim = el.get("dimensionAtObservation", self.obs_dim)
        elif tag == "Ref" and el.get("id") and not self.ref[1]:
            self.ref = (el.get("agencyID", ""), el.get("id", ""), el.get("version", ""))

    def _header_end(self, tag: str, el: ET.Element) -> None:
        text = (el.text or "").strip()
        if tag == "DataSetAction":
            self.header_action = text
        elif text.startswith("urn:") and not self.ref[1]:  # 3.0 names structures by URN
            m = _URN.search(text)
            if m:
                self.ref = (m.group(1), m.group(2), m.group(3))

    def _dataset(self, el: ET.Element) -> _Part:
        attrs = {k: v for k, v in _plain(el.attrib).items() if k not in _DATASET_META}
        self.attrs.update(dict.fromkeys(attrs))
        if (el.get("action") or self.header_action).lower() == "delete":
            attrs["ACTION"] = "D"
        return _Part(attrs=attrs)

    def _start(
        self, tag: str, el: ET.Element, stack: list[str], parts: dict[str, _Part], ds: _Part
    ) -> None:
        if tag in ("Series", "Group", "Obs"):
            parts[tag] = _Part()
            if self.specific:
                self._specific(tag, _plain(el.attrib), parts)
            return
        owner = next((parts[p] for p in ("Obs", "Series", "Group") if p in parts), ds)
        if tag == "ObsDimension":
            owner.key[el.get("id") or self.obs_dim] = el.get("value", "").strip()
            self.dims.setdefault(el.get("id") or self.obs_dim)
        elif tag == "ObsValue":
            owner.value = el.get("value", "").strip()
        elif tag == "Value" and el.get("id") and len(stack) > 1:
            cid, value = str(el.get("id")), el.get("value", "").strip()
            if stack[-2] == "Attributes":
                owner.attrs[cid] = value
                self.attrs.setdefault(cid)
            elif stack[-2] in ("SeriesKey", "GroupKey", "ObsKey"):
                owner.key[cid] = value
                (self.series_ids if stack[-2] == "SeriesKey" else self.dims).setdefault(cid)

    def _specific(self, tag: str, comps: dict[str, str], parts: dict[str, _Part]) -> None:
        if tag == "Series":
            parts[tag].key = comps
            self.series_ids.update(dict.fromkeys(comps))
        elif tag == "Group":
            parts[tag].attrs = comps  # its key is known once series are seen
        else:
            parts[tag].value = comps.pop("OBS_VALUE", "")
            for cid in comps:
                is_dim = cid == self.obs_dim or (
                    self.obs_dim == "AllDimensions" and not looks_like_attribute(cid)
                )
                (self.dims if is_dim else self.attrs).setdefault(cid)
            parts[tag].key = comps

    def _group_attrs(self, series: _Part) -> dict[str, str]:
        """Attributes of the groups whose key values the series shares."""
        if not self.groups:
            return {}
        if not self._index:
            for g in self.groups:
                key = g.key or {k: v for k, v in g.attrs.items() if k in series.key}
                ids = tuple(sorted(key))
                attrs = {k: v for k, v in g.attrs.items() if k not in key}
                self.attrs.update(dict.fromkeys(attrs))
                table = self._index.setdefault(ids, {})
                table.setdefault(tuple(key[i] for i in ids), {}).update(attrs)
        out: dict[str, str] = {}
        ids_of = {**series.key, **series.attrs}
        for ids, table in self._index.items():
            out.update(table.get(tuple(ids_of.get(i, "") for i in ids), {}))
        return out

    def _block(self, shared: dict[str, str], rows: list[tuple[dict[str, str], str]]) -> Block:
        keys = dict.fromkeys(k for comps, _v in rows for k in comps)
        varying = {k: [c.get(k, shared.get(k, "")) for c, _v in rows] for k in keys}
        return Block(shared, varying, [v for _c, v in rows])
