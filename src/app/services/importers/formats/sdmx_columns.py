"""Which SDMX-CSV column plays which role, found by component ID in any letter case.

Dimensions (the columns before OBS_VALUE that play no role) make the indicator code;
attributes never do: neither the columns after OBS_VALUE nor a known attribute ID
(:data:`ATTRIBUTES`) wherever it stands. ``ID: Name`` cells are cut to their ID by
:func:`split_labels`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from app.services.importers.codes import per_categories
from app.services.importers.formats.distinct import categorical, distinct
from app.services.importers.text import unique_names

_ROLES: dict[str, tuple[str, ...]] = {
    "reporter": ("REF_AREA", "COUNTRY", "REPORTER", "GEO", "REPORTING_COUNTRY", "AREA"),
    "partner": (
        "COUNTERPART_AREA",
        "COUNTERPART_COUNTRY",
        "PARTNER",
        "COUNTERPART",
        "PARTNER_COUNTRY",
    ),
    "time": ("TIME_PERIOD", "TIME"),
    "value": ("OBS_VALUE",),
    "freq": ("FREQ", "FREQUENCY"),
    "unit": ("UNIT", "UNIT_MEASURE"),
    "unit_mult": ("UNIT_MULT", "UNIT_MULTIPLIER"),
    "imf_scale": ("SCALE",),
    "status": ("OBS_STATUS", "OBS_FLAG", "STATUS"),
    "structure_id": ("DATAFLOW", "STRUCTURE_ID"),
    "action": ("ACTION",),
    "structure_name": ("STRUCTURE_NAME",),
}
_META = {"STRUCTURE", "SERIES_KEY", "OBS_KEY", "LAST UPDATE", "LAST_UPDATE", "UPDATED"}
#: Attribute IDs: never part of an indicator code, wherever the file puts them.
#: (Not CURRENCY: ECB's EXR has it as a dimension; after OBS_VALUE, as in OECD files, it
#: is an attribute by its position.)
ATTRIBUTES = frozenset(
    {
        "OBS_STATUS",
        "OBS_FLAG",
        "OBS_CONF",
        "CONF_STATUS",
        "UNIT_MULT",
        "UNIT_MULTIPLIER",
        "DECIMALS",
        "DECIMALS_DISPLAYED",
        "PRECISION",
        "BASE_PER",
        "BASE_YEAR",
        "REF_YEAR_PRICE",
        "COMMENT",
        "OBS_COMMENT",
        "COMMENT_OBS",
        "COMMENT_TS",
        "COMMENT_DSET",
        "TIME_FORMAT",
        "TITLE",
        "TITLE_COMPL",
        "PRE_BREAK_VALUE",
        "EMBARGO_TIME",
        "COLLECTION",
        "COMPILATION",
        "SOURCE_AGENCY",
        "DATA_COMP",
        "NOTE",
        "FOOTNOTE",
    }
)
_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_@.\-]*$")


_LABELLED = re.compile(r"^(?P<id>[A-Za-z0-9_@.$\-]+): (?P<name>.*)$", re.DOTALL)


def split_labels(s: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(codes, names) of cells written ``ID: Name`` (SDMX-CSV ``labels=both``); other
    cells are their own code with no name. Each distinct text is split once, and both
    come back as categoricals over the distinct results: no string is made per row. A
    categorical none of whose texts has a colon or blanks around it (the usual file) is
    its own codes: it comes back as it is, with no names."""
    if _plain_categorical(s):
        zeros = np.zeros(len(s), dtype=np.int8)  # valid codes of the one blank name
        blank = pd.Categorical.from_codes(zeros, dtype=_BLANK, validate=False)
        return s, pd.Series(blank, index=s.index)
    codes, texts = distinct(s)
    if not len(texts):
        empty = pd.Series("", index=s.index, dtype=object)
        return empty, empty
    ids, names = [], []
    for text in texts.str.strip():
        m = _LABELLED.match(str(text))
        ids.append(m.group("id") if m else str(text))
        names.append(m.group("name").strip() if m else "")
    return categorical(codes, ids, s.index), categorical(codes, names, s.index)


#: One empty name (an object category, as :func:`.distinct.categorical` makes them).
_BLANK = pd.CategoricalDtype(pd.Index([""], dtype=object))


def _plain_categorical(s: pd.Series) -> bool:
    """A categorical with no missing cell whose categories are each their own code (no
    ``ID: Name``, nothing to strip): what :func:`split_labels` would make of it anyway."""
    if not isinstance(s.dtype, pd.CategoricalDtype):
        return False
    codes = s.array.codes
    if len(codes) and codes.min() < 0:
        return False
    # once per read for the same categories (blocks that repeat a dictionary share them)
    cats = s.dtype.categories
    return bool(per_categories("sdmx plain labels", cats, lambda: _plain_labels(list(cats))))


def _plain_labels(cats: list[Any]) -> bool:
    """Is each category a text that is its own code (no colon, nothing to strip)?"""
    if not all(isinstance(c, str) and ":" not in c for c in cats):
        return False
    # ASCII texts that neither begin nor end with a blank are told here (the usual codes);
    # the others as the texts' .str.strip() strips them, by Arrow
    if all(c.isascii() and c[:1] not in _BLANKS and c[-1:] not in _BLANKS for c in cats):
        return True
    texts = pa.array(cats, type=pa.string())
    return bool(pc.all(pc.equal(texts, pc.utf8_trim_whitespace(texts))).as_py() is not False)


#: The ASCII characters Arrow's ``utf8_trim_whitespace`` (``.str.strip()``) strips.
_BLANKS = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f ")


def component_id(header: str) -> str:
    """'FREQ: Frequency' -> 'FREQ'; 'STRUCTURE[;]' -> 'STRUCTURE'; upper case."""
    return header.split(": ", 1)[0].split("[", 1)[0].strip().upper()


@dataclass
class Columns:
    reporter: str = ""
    partner: str = ""
    time: str = ""
    value: str = ""
    freq: str = ""
    unit: str = ""
    unit_mult: str = ""
    imf_scale: str = ""
    status: str = ""
    structure_id: str = ""
    action: str = ""
    structure_name: str = ""
    indicator_dims: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    labels_both: bool = False
    default_flow: str = ""

    def read(self) -> list[str]:
        """The columns a block is read from (role, dimension and label columns): the
        others (LAST UPDATE, SERIES_KEY, attributes that play no role) need not be
        converted at all."""
        roles = [getattr(self, role) for role in _ROLES]
        return list(
            dict.fromkeys(c for c in (*roles, *self.indicator_dims, *self.labels.values()) if c)
        )

    def csv_options(self, names: list[str], decimal_comma: bool) -> dict[str, Any]:
        """How :func:`.base.read_long_csv` reads the blocks: only the columns :meth:`read`
        names (none: all); all but the values and the columns whose first cell only is
        read (the structure's ID and name: plain text) dictionary-encoded by the parser,
        as codes, flags and labels repeat and are then worked on per distinct text; the
        values as floats where they are plain numbers (not with a decimal comma)."""
        plain = {self.value, self.structure_id, self.structure_name}
        return {
            "dictionary": [n for n in names if n not in plain],
            "only": self.read() or None,
            "numbers": [self.value] if self.value and not decimal_comma else [],
        }

    def field_names(self) -> dict[str, str]:
        """Model field -> file column, so that problems name the column as written."""
        return {
            "reporter": self.reporter,
            "partner": self.partner,
            "period": self.time,
            "value": self.value,
            "unit": self.unit,
            "status": self.status,
            "indicator": ",".join(self.indicator_dims) or "indicator",
        }


def classify(headers: list[str]) -> Columns:
    names = unique_names(headers)
    ids = [component_id(h) for h in names]
    cols = Columns(labels_both=any(": " in h for h in names[1:]))
    paired = "STRUCTURE_NAME" in ids
    is_label = _label_flags(names, ids, paired)
    value_pos = ids.index("OBS_VALUE") if "OBS_VALUE" in ids else len(ids)
    previous = ""
    for pos, (name, cid) in enumerate(zip(names, ids, strict=True)):
        if is_label[pos]:
            if previous:
                cols.labels[previous] = name
            continue
        previous = name
        role = next((r for r, keys in _ROLES.items() if cid in keys), "")
        if role and not getattr(cols, role):
            setattr(cols, role, name)
        elif not role and cid not in _META and cid not in ATTRIBUTES and pos < value_pos:
            cols.indicator_dims.append(name)
    return cols


def _label_flags(names: list[str], ids: list[str], paired: bool) -> list[bool]:
    """True for columns that carry the names of the code column before them."""
    flags = [False] * len(names)
    if paired:
        start = ids.index("ACTION") + 1 if "ACTION" in ids else ids.index("STRUCTURE_NAME") + 1
        while start < len(ids) and ids[start] in ("SERIES_KEY", "OBS_KEY"):
            start += 1
        for pos in range(start + 1, len(names), 2):
            flags[pos] = True
        return flags
    for pos, (name, cid) in enumerate(zip(names, ids, strict=True)):
        if pos and cid not in _META and not _ID.match(name.split(": ", 1)[0]):
            flags[pos] = True
    return flags
