"""SDMX-JSON data messages, 1.0 (``{header, dataSets, structure}``) and 2.0 (``{meta,
data: {dataSets, structures}}``), read by hand and mapped like SDMX-CSV (:mod:`.sdmx_obs`).

Why not sdmx1's JSON reader (2.28): it drops the names that ``structure.dimensions`` gives
each code (the catalogue's names and reporter names come from them), reads series
attributes from the data set's attribute indices instead of the series' own (a series
whose UNIT_MULT is 6 comes out with the data set's first value), and does not read 2.0
(``meta`` may lack id/prepared, time values are ``{"value": ...}``, attributes have no
``name``, ``dimensionGroup`` attributes are new). The format is plain JSON with index
arrays, so decoding it (:mod:`.sdmx_json_series`) is shorter than reshaping it for that
reader and then re-reading the tree for what the reader drops.

Observation arrays hold the measures first (2.0 may declare several; the first is
OBS_VALUE, often sent as a string), then attribute indices. A dimension whose ``role``
is REF_AREA, TIME_PERIOD, FREQ ... is read in that role whatever its ID (OECD LOCATION).
"""

from __future__ import annotations

import re
from typing import Any

from app.services.importers.base import Head, Importer
from app.services.importers.formats.sdmx_json_series import Structure, list_of, series_blocks
from app.services.importers.formats.sdmx_obs import MESSAGE_OPTIONS, Cube, no_data, read_blocks
from app.services.importers.problems import Cancel, ImportFailed, ImportResult, Progress
from app.services.importers.text import Input, input_name, load_json

_DATAFLOW_URN = re.compile(r"Dataflow=([^:]+):([^(]+)\(([^)]*)\)")
_DATA_PATH = re.compile(r"/data/([^/?]+)")
_STRUCTURE_KEYS = ("dataflows", "dataStructures", "codelists", "conceptSchemes")


class SdmxJsonImporter(Importer):
    name = "sdmx-json"
    label = "SDMX-JSON data message (1.0 or 2.0)"
    publisher = ""
    options = MESSAGE_OPTIONS

    def sniff(self, head: Head) -> int:
        text = head.text()
        if not text.startswith("{"):
            return 0
        if '"dataSets"' in text and ('"structure"' in text or '"structures"' in text):
            return 100
        if ('"meta"' in text or '"header"' in text) and (
            '"errors"' in text or any(f'"{k}"' in text for k in _STRUCTURE_KEYS)
        ):
            return 95
        return 0

    def read(
        self,
        src: Input,
        options: dict[str, Any] | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportResult:
        opts = self.settings(options)
        header, structures, datasets = _envelope(src)
        parsed = [Structure.of(s) for s in structures]
        index = _structure_index(datasets[0], parsed)
        first = parsed[index]
        agency, flow = _flow(structures[index], header)
        prepared = str(header.get("prepared") or "")
        cube = Cube(src, flow, first.dim_ids, first.attr_ids, opts, agency, prepared)
        total = sum(_count(ds) for ds in datasets)
        blocks = (
            block
            for ds in datasets
            for block in series_blocks(ds, parsed[_structure_index(ds, parsed)])
        )
        read_blocks(cube, blocks, total, progress, cancel)
        return cube.result(self.name)


def _envelope(src: Input) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """(header, structures, data sets) of a 1.0 or 2.0 message; ImportFailed otherwise."""
    name = input_name(src)
    tree = load_json(src)
    if not isinstance(tree, dict):
        raise ImportFailed(f"{name} is not an SDMX-JSON message (no top-level object)")
    data = tree.get("data")
    body: dict[str, Any] = data if isinstance(data, dict) else tree
    if tree.get("errors") and "dataSets" not in body:
        said = "; ".join(
            str(e.get("title") or e.get("detail") or e.get("message") or e)
            for e in list_of(tree["errors"])
            if isinstance(e, dict)
        )
        raise ImportFailed(f"{name} is an SDMX error message, not data: {said[:300]}")
    if "dataSets" not in body:
        if any(k in body for k in _STRUCTURE_KEYS):
            raise no_data(src, "an SDMX structure message")
        raise ImportFailed(f"{name} is not an SDMX-JSON data message (no dataSets)")
    header = tree.get("meta") or tree.get("header") or {}
    structures = body.get("structures") if "structures" in body else [body.get("structure")]
    datasets = [d for d in list_of(body.get("dataSets")) if isinstance(d, dict)]
    structs = [s for s in list_of(structures) if isinstance(s, dict)]
    if not datasets or not structs:
        raise ImportFailed(f"{name} holds no data set with its structure")
    return header if isinstance(header, dict) else {}, structs, datasets


def _structure_index(ds: dict[str, Any], parsed: list[Structure]) -> int:
    i = ds.get("structure", 0)
    return i if isinstance(i, int) and 0 <= i < len(parsed) else 0


def _count(ds: dict[str, Any]) -> int:
    series = ds.get("series")
    n = len(ds.get("observations") or {}) if isinstance(ds.get("observations"), dict) else 0
    if isinstance(series, dict):
        n += sum(len(s.get("observations") or {}) for s in series.values() if isinstance(s, dict))
    return n


def _flow(structure: dict[str, Any], header: dict[str, Any]) -> tuple[str, str]:
    """(agency, DATAFLOW text) from a Dataflow URN, else the request URL; agency else the
    sender."""
    links = list_of(structure.get("links")) + list_of(header.get("links"))
    sender = header.get("sender")
    agency = str(sender.get("id", "")) if isinstance(sender, dict) else ""
    for link in links:
        m = _DATAFLOW_URN.search(str(link.get("urn", "")) if isinstance(link, dict) else "")
        if m:
            return m.group(1), f"{m.group(1)}:{m.group(2)}({m.group(3)})"
    for link in links:
        m = _DATA_PATH.search(str(link.get("href", "")) if isinstance(link, dict) else "")
        if m:
            parts = m.group(1).split(",")
            if len(parts) == 3:
                return parts[0], f"{parts[0]}:{parts[1]}({parts[2]})"
            return agency, parts[-1]
    return agency, ""
