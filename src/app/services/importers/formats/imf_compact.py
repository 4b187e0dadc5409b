"""IMF ``SDMX_JSON.svc`` CompactData (DOTS, IFS, BOP: the service retired in 2025).

The service turned SDMX 2.0 CompactData XML into JSON: ``{"CompactData": {"Header",
"DataSet": {"Series": [...]}}}``, XML attributes as ``@``-prefixed keys, and ``Series``
and ``Obs`` a list, a single object, or absent. Series keys carry dimensions and
attributes alike (FREQ, REF_AREA, INDICATOR, COUNTERPART_AREA, UNIT_MULT, TIME_FORMAT);
they are mapped like SDMX-CSV (:mod:`.sdmx_obs`): TXG_FOB_USD towards a partner is the
catalogue's ``exports_to_partner``, UNIT_MULT 6 a scale of 1e6. No library reads this
JSON dialect (sdmx1 reads SDMX-ML and SDMX-JSON), hence the few lines here.
"""

from __future__ import annotations

from typing import Any

from app.services.importers.base import Head, Importer
from app.services.importers.formats.sdmx_obs import (
    MESSAGE_OPTIONS,
    Block,
    Cube,
    flow_text,
    looks_like_attribute,
    read_blocks,
)
from app.services.importers.problems import Cancel, ImportFailed, ImportResult, Progress
from app.services.importers.text import Input, input_name, load_json


class ImfCompactImporter(Importer):
    name = "imf-compact"
    label = "IMF CompactData JSON (SDMX_JSON.svc: DOTS, IFS)"
    publisher = "IMF"
    options = MESSAGE_OPTIONS

    def sniff(self, head: Head) -> int:
        text = head.text()
        return 100 if text.startswith("{") and '"CompactData"' in text[:400] else 0

    def read(
        self,
        src: Input,
        options: dict[str, Any] | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportResult:
        opts = self.settings(options)
        compact = _compact(src)
        header = _dict(compact.get("Header"))
        datasets = [d for d in _items(compact.get("DataSet")) if isinstance(d, dict)]
        if not datasets:
            raise ImportFailed(f"{input_name(src)}: the CompactData holds no DataSet")
        blocks = [_block(s) for ds in datasets for s in _items(ds.get("Series")) if _dict(s)]
        keys = dict.fromkeys(k for b in blocks for k in b.shared)
        dims = [k for k in keys if not looks_like_attribute(k)] + ["TIME_PERIOD"]
        attrs = [k for k in keys if looks_like_attribute(k)]
        attrs += [k for k in dict.fromkeys(k for b in blocks for k in b.varying) if k not in dims]
        flow = flow_text("IMF", str(header.get("DataSetID", "")).strip())
        cube = Cube(src, flow, dims, attrs, opts, "IMF")
        total = sum(len(b.values) for b in blocks)
        read_blocks(cube, blocks, total, progress, cancel)
        return cube.result(self.name)


def _compact(src: Input) -> dict[str, Any]:
    name = input_name(src)
    tree = load_json(src)
    compact = tree.get("CompactData") if isinstance(tree, dict) else None
    if not isinstance(compact, dict):
        raise ImportFailed(f"{name} is not IMF CompactData (no CompactData object)")
    return compact


def _block(series: dict[str, Any]) -> Block:
    shared = {k[1:]: _text(v) for k, v in series.items() if k.startswith("@") and ":" not in k}
    rows = [
        {k[1:]: _text(v) for k, v in o.items() if k.startswith("@")}
        for o in _items(series.get("Obs"))
        if isinstance(o, dict)
    ]
    keys = dict.fromkeys(k for r in rows for k in r if k != "OBS_VALUE")
    varying = {k: [r.get(k, shared.get(k, "")) for r in rows] for k in keys}
    return Block(shared, varying, [r.get("OBS_VALUE", "") for r in rows])


def _items(v: Any) -> list[Any]:
    """A list as written, a single object as a list of one, nothing as empty."""
    if isinstance(v, list):
        return v
    return [] if v is None else [v]


def _dict(v: Any) -> dict[str, Any]:
    return v if isinstance(v, dict) else {}


def _text(v: Any) -> str:
    return "" if v is None or isinstance(v, dict | list) else str(v).strip()
