"""What the SDMX message importers share: a message's observations read like SDMX-CSV rows.

The readers (:mod:`.sdmx_ml`, :mod:`.sdmx_json`, :mod:`.imf_compact`) turn a message into
:class:`Block` s, one per series: the component values all its observations share (series
key, series, group and data-set attributes) and those that vary (time, observation-level
dimensions and attributes, the value). :class:`Cube` lays them out as the columns of an
SDMX-CSV table (DATAFLOW, ACTION, each dimension followed by a name column, TIME_PERIOD,
OBS_VALUE, the attributes) and hands them to the SDMX-CSV importer's converter
(:mod:`.sdmx`), so that role IDs, indicator codes (flow + other dimensions), IMF flows,
UNIT_MULT, the IMF SCALE policy, OBS_STATUS flags and catalogue rows are the same for
every SDMX format.

A problem's ``line`` is the observation's position in the message (1 = first): XML and
JSON messages have no rows, and often not even line breaks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from app.services.importers.base import file_source, finish
from app.services.importers.formats.sdmx import _AGENCIES, SdmxImporter, _Converter
from app.services.importers.formats.sdmx_columns import classify
from app.services.importers.formats.sdmx_units import fill_units
from app.services.importers.problems import (
    Cancel,
    ImportCancelled,
    ImportFailed,
    ImportResult,
    ProblemLog,
    Progress,
    Severity,
)
from app.services.importers.rows import RowBuilder
from app.services.importers.text import Input, input_name
from app.services.options import Option

MESSAGE_OPTIONS = (
    *SdmxImporter.options,
    Option(
        "period",
        "Period when the message has no time dimension",
        "text",
        "",
        help="some messages (OECD PART2) carry no TIME_PERIOD; say which period they describe",
    ),
)
#: Series attributes that name the series (INSEE TITLE, IMF SERIES_NAME, ECB TITLE_COMPL).
TITLE_IDS = ("TITLE", "SERIES_NAME", "TITLE_COMPL")
NAME = " (name)"
PUBLISHERS = {
    **_AGENCIES,
    "FR1": "INSEE",
    "INSEE": "INSEE",
    "WB": "World Bank",
    "WBG_WITS": "World Bank (WITS)",
    "1C0": "IMF",
    "ECB": "ECB",
    "BIS": "BIS",
}
#: Area codes an agency uses for something else than ISO means by them.
AREA_ALIASES = {
    "FR1": {"FM": "FRA"},  # INSEE: France métropolitaine (ISO FM is Micronesia)
    "WBG_WITS": {"000": "WLD"},  # WITS: partner 000 is the World
}
_BATCH = 100_000
_TIME = ("TIME_PERIOD", "TIME")
#: SDMX-CSV's own columns; a component with one of these IDs would confuse the layout
_RESERVED = {"DATAFLOW", "ACTION", "OBS_VALUE", "LINE", "STRUCTURE", "STRUCTURE_ID"}
_RESERVED |= {"STRUCTURE_NAME", "SERIES_KEY", "OBS_KEY"}
_COMPONENT_ID = re.compile(r"^[A-Za-z0-9_@$.\-]+$")
# fmt: off
_ATTRIBUTES = frozenset({
    "UNIT_MULT", "SCALE", "OVERLAP", "COLLECTION", "TIME_FORMAT", "TIME_PER_COLLECT",
    "PRECISION", "DERIVATION_TYPE", "OBS_STATUS", "OBS_CONF", "OBS_COM", "OBS_FLAG",
    "CONF_STATUS", "BREAKS", "COMPILATION", "SOURCE_AGENCY", "METHODOLOGY", "NOTE", "NOTES",
    "BASE_PER", "BASE_YEAR", "UNIT_INDEX_BASE", "LAST_UPDATE", "SERIES_NAME",
})
# fmt: on


def looks_like_attribute(cid: str) -> bool:
    """True for IDs that are attributes in every DSD seen (structure-specific messages
    without their DSD write attributes and dimensions alike on ``<Series>``)."""
    u = cid.upper()
    return (
        u in _ATTRIBUTES
        or u.startswith(("DECIMALS", "TITLE", "COMMENT"))
        or u.endswith(("_DATE", "_UPDATE", "_NOTE", "_NOTES", "_COMMENT"))
    )


def publisher_of(agency: str) -> str:
    a = agency.strip()
    return PUBLISHERS.get(a.upper(), PUBLISHERS.get(a.split(".")[0].upper(), a)) or "SDMX"


def flow_text(agency: str, flow: str, version: str = "") -> str:
    """'ESTAT:NAMA_10_GDP(1.0)', the DATAFLOW cell SDMX-CSV writes."""
    if not flow:
        return ""
    return (f"{agency}:" if agency else "") + flow + (f"({version})" if version else "")


@dataclass
class Block:
    """Observations of one series: shared component values and varying ones (one per
    observation); ``names`` holds the names of codes (a text, or one per observation)."""

    shared: dict[str, str]
    varying: dict[str, list[str]]
    values: list[str]
    names: dict[str, str | list[str]] = field(default_factory=dict)


class Cube:
    """Blocks of one message -> long batches through the SDMX-CSV converter."""

    def __init__(
        self,
        src: Input,
        flow: str,
        dims: Iterable[str],
        attrs: Iterable[str],
        opts: dict[str, Any],
        agency: str = "",
        prepared: str = "",
    ) -> None:
        """``prepared``: the message's preparation date (ISO), which dates the figures of a
        message without a time dimension when the user gives no period."""
        self.src, self.flow, self.agency = src, flow, agency
        self.headers, self.time = _headers(list(dims), list(attrs))
        self.cols = classify(self.headers)
        aliases = AREA_ALIASES.get(agency.split(".")[0].upper(), {})
        self.aliases = aliases
        self.builder = RowBuilder(
            ProblemLog(input_name(src)), self.cols.field_names(), country_aliases=aliases
        )
        self.conv = _Converter(self.cols, opts, self.builder)
        self.period = str(opts.get("period", "")).strip()
        self.prepared = prepared[:10] if re.match(r"\d{4}-\d{2}", prepared) else ""
        self.by_preparation = not self.time and not self.period and bool(self.prepared)
        if self.by_preparation:
            self.period = "@" + self.prepared[:7]
        self.pending: dict[str, list[Any]] = {h: [] for h in self.headers}
        self.count = 0
        self.queued = 0
        self.seen_codes: set[str] = set()

    def add(self, block: Block) -> bool:
        """Queue one block; True when a batch went to the row builder."""
        n = len(block.values)
        if not n:
            return False
        names = self._names(block)
        for h, col in self.pending.items():
            col.extend(self._column(h, block, names, n))
        self.queued += n
        if self.queued >= _BATCH:
            self.flush()
            return True
        return False

    def _names(self, block: Block) -> dict[str, str | list[str]]:
        title = next((block.shared[t] for t in TITLE_IDS if block.shared.get(t)), "")
        dims = self.cols.indicator_dims
        if not title or not dims:
            return block.names
        return {**block.names, **{d: "" for d in dims[1:]}, dims[0]: title}

    def _column(self, h: str, block: Block, names: dict[str, str | list[str]], n: int) -> list[Any]:
        if h in block.varying:
            return block.varying[h]
        if h == "OBS_VALUE":
            return block.values
        if h.endswith(NAME):
            name = names.get(h[: -len(NAME)], "")
            return name if isinstance(name, list) else [name] * n
        if h == "DATAFLOW":
            value = self.flow
        elif h == self.time or (h == "TIME_PERIOD" and not self.time):
            value = block.shared.get(h, self.period)
        else:
            value = block.shared.get(h, "")
        return [value] * n

    def _date_by_preparation(self) -> None:
        """A message without a time dimension (OECD PART2): its figures are dated as of the
        month it was prepared, a point in time, said in a warning; with no preparation date
        the rows wait for a period in the import options."""
        if not self.by_preparation:
            self.builder.log.add(
                None,
                "TIME_PERIOD",
                "the message has no time dimension; give the period in the import options",
            )
            return
        self.builder.log.add(
            None,
            "TIME_PERIOD",
            "the message has no time dimension: its figures are dated as of the day it was "
            f"prepared ({self.prepared}), a point in time; give the period in the import "
            "options if you know which years they describe",
            Severity.WARNING,
        )

    def flush(self) -> None:
        if not self.queued:
            return
        if not self.count and (self.by_preparation or not (self.time or self.period)):
            self._date_by_preparation()
        frame = pd.DataFrame(self.pending, columns=self.headers, dtype=object)
        frame["line"] = range(self.count + 1, self.count + self.queued + 1)
        self.count += self.queued
        self.queued = 0
        self.pending = {h: [] for h in self.headers}
        out = self.conv.long(frame)
        if out is None:
            return
        for fld, col in (
            ("reporter_name", self.cols.reporter),
            ("partner_name", self.cols.partner),
        ):
            label = self.cols.labels.get(col, "")
            if label and (frame[label] != "").any():
                out[fld] = frame.loc[out.index, label].to_numpy()
            if col and self.aliases:
                self.seen_codes |= set(frame[col].astype(str).str.strip())
        self.builder.add(out)

    def result(self, fmt: str) -> ImportResult:
        self.flush()
        self.conv.report()
        for code in sorted(self.seen_codes & set(self.aliases)):
            self.builder.log.add(
                None,
                "",
                f"{self.agency} area {code} read as {self.aliases[code]}",
                Severity.WARNING,
            )
        agency, flow = self.conv.structure
        publisher = publisher_of(agency or self.agency)
        source = file_source(self.src, publisher, flow)
        res = finish(self.builder, fmt, source, self.conv.catalogue(publisher))
        fill_units(res)
        return res


def read_blocks(
    cube: Cube,
    blocks: Iterable[Block],
    total: int,
    progress: Progress | None,
    cancel: Cancel | None,
) -> None:
    """Feed every block to the cube; progress in observations, cancel between series."""
    if progress is not None:
        progress(0, total)
    for block in blocks:
        if cancel is not None and cancel():
            raise ImportCancelled("import cancelled")
        if cube.add(block) and progress is not None:
            progress(cube.count, total)
    cube.flush()
    if progress is not None:
        progress(total, total)


def no_data(src: Input, what: str) -> ImportFailed:
    return ImportFailed(f"{input_name(src)} is {what}, not data")


def _headers(dims: list[str], attrs: list[str]) -> tuple[list[str], str]:
    """SDMX-CSV columns for the components, and the time dimension ('' if none)."""
    time = next((d for d in dims if d.upper() in _TIME), "")
    out = ["DATAFLOW", "ACTION"]
    seen = set(_RESERVED) | {(time or "TIME_PERIOD").upper()}
    for d in dims:
        if d.upper() not in seen and _COMPONENT_ID.match(d):
            seen.add(d.upper())
            out += [d, d + NAME]
    out += [time or "TIME_PERIOD", "OBS_VALUE"]
    for a in attrs:
        if a.upper() not in seen and _COMPONENT_ID.match(a):
            seen.add(a.upper())
            out.append(a)
    return out, time
