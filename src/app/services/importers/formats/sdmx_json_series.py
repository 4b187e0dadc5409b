"""The structure and the series of an SDMX-JSON data set (1.0 or 2.0), as blocks for
:mod:`.sdmx_obs`: index keys (``"0:3"``) and index arrays turned back into codes, with the
names the structure gives them. Helper of :mod:`.sdmx_json`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from app.services.importers.formats.sdmx_columns import _ROLES
from app.services.importers.formats.sdmx_obs import Block


def list_of(v: Any) -> list[Any]:
    return v if isinstance(v, list) else []


# --- structure ---------------------------------------------------------------------------

_ROLE_IDS = {
    "REF_AREA": "REF_AREA",
    "COUNTERPART_AREA": "COUNTERPART_AREA",
    "TIME": "TIME_PERIOD",
    "TIME_PERIOD": "TIME_PERIOD",
    "FREQ": "FREQ",
    "FREQUENCY": "FREQ",
    "UNIT_MEASURE": "UNIT_MEASURE",
    "UNIT_MULT": "UNIT_MULT",
}
_ROLE_KEYS = {k for keys in _ROLES.values() for k in keys}
_LEVELS = ("dataSet", "series", "observation")


@dataclass
class _Component:
    id: str
    codes: list[str]
    names: list[str]

    def code(self, i: Any) -> str:
        if isinstance(i, int) and not isinstance(i, bool):
            return self.codes[i] if 0 <= i < len(self.codes) else ""
        return "" if i is None or isinstance(i, bool) else str(i)

    def name(self, i: Any) -> str:
        ok = isinstance(i, int) and 0 <= i < len(self.names)
        return self.names[i] if ok else ""


@dataclass
class Structure:
    """Components by level, and each dimension's position in the full key."""

    dims: dict[str, list[_Component]] = field(default_factory=dict)
    attrs: dict[str, list[_Component]] = field(default_factory=dict)
    position: dict[str, int] = field(default_factory=dict)
    measures: int = 1

    @classmethod
    def of(cls, s: dict[str, Any]) -> Structure:
        st = cls()
        dims, attrs = _dict(s.get("dimensions")), _dict(s.get("attributes"))
        taken = {  # a role is read under its own ID only where no component has that ID
            str(c["id"])
            for part in (dims, attrs)
            for level in part.values()
            for c in list_of(level)
            if _ok(c)
        }
        order = 0
        for level in _LEVELS:
            st.dims[level] = []
            for d in (d for d in list_of(dims.get(level)) if _ok(d)):
                c = _component(d, taken)
                pos = d.get("keyPosition")
                st.position[c.id] = pos if isinstance(pos, int) else order
                st.dims[level].append(c)
                order += 1
        for level in (*_LEVELS, "dimensionGroup"):
            st.attrs[level] = [_component(a, taken) for a in list_of(attrs.get(level)) if _ok(a)]
        measures = list_of(_dict(s.get("measures")).get("observation"))
        st.measures = max(1, len(measures))
        return st

    @property
    def dim_ids(self) -> list[str]:
        return [c.id for level in _LEVELS for c in self.dims[level]]

    @property
    def attr_ids(self) -> list[str]:
        return [c.id for comps in self.attrs.values() for c in comps]


def _component(d: dict[str, Any], taken: set[str]) -> _Component:
    cid = str(d["id"])
    roles = list_of(d.get("roles")) or [d.get("role")]
    for role in roles:
        canonical = _ROLE_IDS.get(str(role).upper())
        if canonical and cid.upper() not in _ROLE_KEYS and canonical not in taken:
            cid = canonical
            break
    taken.add(cid)
    values = [v for v in list_of(d.get("values")) if isinstance(v, dict)]
    codes = [str(next((v[k] for k in ("id", "value", "name") if k in v), "")) for v in values]
    return _Component(cid, codes, [_name(v) for v in values])


def _name(v: dict[str, Any]) -> str:
    name = v.get("name", v.get("names", ""))
    if isinstance(name, dict):
        name = name.get("en", next(iter(name.values()), ""))
    return str(name or "").strip()


def _ok(d: Any) -> bool:
    return isinstance(d, dict) and "id" in d


def _dict(v: Any) -> dict[str, Any]:
    return v if isinstance(v, dict) else {}


# --- observations ------------------------------------------------------------------------

Groups = list[tuple[dict[int, int], dict[str, str]]]


def series_blocks(ds: dict[str, Any], st: Structure) -> Iterator[Block]:
    """One block per series of a data set, then one for its bare observations."""
    shared: dict[str, str] = {}
    names: dict[str, str | list[str]] = {}
    known: dict[int, int] = {}
    for c in st.dims["dataSet"]:
        shared[c.id], names[c.id], known[st.position[c.id]] = c.code(0), c.name(0), 0
    for c, i in _aligned(st.attrs["dataSet"], list_of(ds.get("attributes"))):
        shared[c.id] = c.code(i)
    if str(ds.get("action", "")).lower() == "delete":
        shared["ACTION"] = "D"
    groups = _groups(ds, st)
    for key, elem in _dict(ds.get("series")).items():
        if not isinstance(elem, dict):
            continue
        s_shared, s_names, s_known = dict(shared), dict(names), dict(known)
        for c, i in zip(st.dims["series"], _indices(key), strict=False):
            s_shared[c.id], s_names[c.id], s_known[st.position[c.id]] = c.code(i), c.name(i), i
        for c, i in _aligned(st.attrs["series"], list_of(elem.get("attributes"))):
            s_shared[c.id] = c.code(i)
        yield _block(_dict(elem.get("observations")), st, s_shared, s_names, s_known, groups)
    if isinstance(ds.get("observations"), dict):
        yield _block(ds["observations"], st, dict(shared), dict(names), dict(known), groups)


def _groups(ds: dict[str, Any], st: Structure) -> Groups:
    """dimensionGroupAttributes (2.0): ({key position: index}, attribute values)."""
    out: Groups = []
    for key, indices in _dict(ds.get("dimensionGroupAttributes")).items():
        cons = {p: i for p, i in enumerate(_indices(key, empty=-1)) if i >= 0}
        values = {
            c.id: c.code(i)
            for c, i in zip(st.attrs["dimensionGroup"], list_of(indices), strict=False)
        }
        out.append((cons, {k: v for k, v in values.items() if v}))
    return out


def _block(
    observations: dict[str, Any],
    st: Structure,
    shared: dict[str, str],
    names: dict[str, str | list[str]],
    known: dict[int, int],
    groups: Groups,
) -> Block:
    per_obs: Groups = []
    for cons, values in groups:
        if any(p in known and known[p] != i for p, i in cons.items()):
            continue
        if all(p in known for p in cons):
            shared.update(values)
        else:
            per_obs.append((cons, values))
    obs_dims = st.dims["observation"]
    rows: list[dict[str, str]] = []
    values_out: list[str] = []
    obs_names: dict[str, list[str]] = {c.id: [] for c in obs_dims}
    for key, arr in observations.items():
        arr = arr if isinstance(arr, list) else [arr]
        row: dict[str, str] = {}
        pos = dict(known)
        for c, i in zip(obs_dims, _indices(key), strict=False):
            row[c.id], pos[st.position[c.id]] = c.code(i), i
            obs_names[c.id].append(c.name(i))
        for c, i in _aligned(st.attrs["observation"], arr[st.measures :]):
            row[c.id] = c.code(i)
        for cons, vals in per_obs:
            if all(pos.get(p) == i for p, i in cons.items()):
                row.update(vals)
        rows.append(row)
        values_out.append(_value(arr[0] if arr else None))
    keys = dict.fromkeys(k for r in rows for k in r)
    varying = {k: [r.get(k, shared.get(k, "")) for r in rows] for k in keys}
    return Block(shared, varying, values_out, {**names, **obs_names})


def _aligned(comps: list[_Component], indices: list[Any]) -> zip[tuple[_Component, Any]]:
    """Attributes paired with their indices. OECD.Stat (1.0) leaves attributes that have
    no values out of the arrays (as sdmx1 assumes); 2.0 keeps them, as nulls."""
    if len(indices) < len(comps):
        comps = [c for c in comps if c.codes]
    return zip(comps, indices, strict=False)


def _indices(key: Any, empty: int = 0) -> list[int]:
    parts = str(key).split(":")
    return [int(p) if p.isdigit() else empty if not p else -1 for p in parts]


def _value(v: Any) -> str:
    if v is None or isinstance(v, bool | dict | list):
        return ""
    return str(v)
