"""Country and region codes: ISO 3166 from pycountry, plus the aggregates statistical
portals publish (World Bank regions and income groups, EU aggregates), kept as regions.

Codes in the data model are ISO alpha-3 ("AZE", "CHN"), or a region code from
:data:`REGIONS`, or '' where a figure has no counterpart. A code that is none of these (an
old World Bank code such as KSV, a Eurostat aggregate such as EXT_EA20, a name) is kept as
the file wrote it: :func:`entity_kind` says what it is, and the workspace's ``entities``
records hold the name the file gave it.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache
from typing import Any

import pycountry

#: Aggregates that portals publish as if they were countries. Kept, not rejected.
#: World Bank codes (WDI / DataBank), with the names those portals use.
REGIONS: dict[str, str] = {
    "WLD": "World",
    "AFE": "Africa Eastern and Southern",
    "AFW": "Africa Western and Central",
    "ARB": "Arab World",
    "CSS": "Caribbean small states",
    "CEB": "Central Europe and the Baltics",
    "EAR": "Early-demographic dividend",
    "EAS": "East Asia & Pacific",
    "EAP": "East Asia & Pacific (excluding high income)",
    "TEA": "East Asia & Pacific (IDA & IBRD)",
    "EMU": "Euro area",
    "ECS": "Europe & Central Asia",
    "ECA": "Europe & Central Asia (excluding high income)",
    "TEC": "Europe & Central Asia (IDA & IBRD)",
    "EUU": "European Union",
    "FCS": "Fragile and conflict affected situations",
    "HPC": "Heavily indebted poor countries (HIPC)",
    "HIC": "High income",
    "IBD": "IBRD only",
    "IBT": "IDA & IBRD total",
    "IDB": "IDA blend",
    "IDX": "IDA only",
    "IDA": "IDA total",
    "LTE": "Late-demographic dividend",
    "LCN": "Latin America & Caribbean",
    "LAC": "Latin America & Caribbean (excluding high income)",
    "TLA": "Latin America & Caribbean (IDA & IBRD)",
    "LDC": "Least developed countries: UN classification",
    "LMY": "Low & middle income",
    "LIC": "Low income",
    "LMC": "Lower middle income",
    "MEA": "Middle East & North Africa",
    "MNA": "Middle East & North Africa (excluding high income)",
    "TMN": "Middle East & North Africa (IDA & IBRD)",
    "MIC": "Middle income",
    "NAC": "North America",
    "INX": "Not classified",
    "OED": "OECD members",
    "OSS": "Other small states",
    "PSS": "Pacific island small states",
    "PST": "Post-demographic dividend",
    "PRE": "Pre-demographic dividend",
    "SST": "Small states",
    "SAS": "South Asia",
    "TSA": "South Asia (IDA & IBRD)",
    "SSF": "Sub-Saharan Africa",
    "SSA": "Sub-Saharan Africa (excluding high income)",
    "TSS": "Sub-Saharan Africa (IDA & IBRD)",
    "UMC": "Upper middle income",
    "XKX": "Kosovo",
    "CHI": "Channel Islands",
    # Eurostat aggregates, as Eurostat writes them
    "EU27_2020": "European Union (27 countries, from 2020)",
    "EA20": "Euro area (20 countries)",
    "EXT_EU27_2020": "Extra-EU27 (from 2020)",
}

#: Non-ISO codes the portals use for real countries.
_ALIASES = {
    "ROM": "ROU",
    "ZAR": "COD",
    "TMP": "TLS",
    "ADO": "AND",
    "WBG": "PSE",
    "EL": "GRC",
    "UK": "GBR",
    "XK": "XKX",
}


@lru_cache(maxsize=4096)
def to_alpha3(code: str) -> str | None:
    """ISO alpha-3 (or region code) for an alpha-3, alpha-2 or numeric code; None if unknown."""
    c = str(code).strip().upper()
    if not c:
        return None
    if c in REGIONS:
        return c
    if c in _ALIASES:
        return _ALIASES[c]
    if c.isdigit():
        hit = pycountry.countries.get(numeric=c.zfill(3))
        # UN Comtrade writes a few countries with their own numbers
        return (
            hit.alpha_3
            if hit
            else {
                "842": "USA",
                "699": "IND",
                "757": "CHE",
                "251": "FRA",
                "579": "NOR",
                "490": "TWN",
            }.get(c)
        )
    if len(c) == 3:
        hit = pycountry.countries.get(alpha_3=c)
    elif len(c) == 2:
        hit = pycountry.countries.get(alpha_2=c)
    else:
        return None
    return hit.alpha_3 if hit else None


@lru_cache(maxsize=4096)
def country_name(code: str) -> str:
    """ "Azerbaijan" for "AZE"; the region name for a region; the code itself if unknown."""
    if not code:
        return ""
    if code in REGIONS:
        return REGIONS[code]
    hit = pycountry.countries.get(alpha_3=code)
    if hit is None:
        return code
    return str(getattr(hit, "common_name", None) or hit.name)


def is_region(code: str) -> bool:
    return code in REGIONS


def all_countries() -> list[tuple[str, str]]:
    """(alpha-3, name) of every ISO 3166 country, by name."""
    return sorted(
        ((c.alpha_3, str(getattr(c, "common_name", None) or c.name)) for c in pycountry.countries),
        key=lambda t: t[1],
    )


#: Codes of groups of countries that portals write beside countries (Eurostat, OECD, G20).
_AGGREGATE_CODE = re.compile(
    r"^(?:EXT_)?(?:EU|EA|EEA|EFTA|EMU|EUR|OECD|G|BRICS|ASEAN|APEC|NAFTA|CIS|SCO)\d*"
    r"(?:_\d{4}(?:_\d{4})?)?$"
)


class EntityKind(StrEnum):
    """What a reporter or partner code stands for."""

    COUNTRY = "country"  # ISO 3166 (or a portal alias of one)
    REGION = "region"  # a World Bank region, income or lending group, or a named aggregate
    AGGREGATE = "aggregate"  # a group written with a group code: EU27_2020, EA20, EXT_EA20
    UNKNOWN = "unknown"  # kept as the file wrote it: old or special codes (KSV, NOC), names


def entity_kind(code: str) -> EntityKind:
    c = str(code).strip().upper()
    if c in REGIONS:
        return EntityKind.REGION
    if to_alpha3(c) is not None:
        return EntityKind.COUNTRY
    if _AGGREGATE_CODE.match(c):
        return EntityKind.AGGREGATE
    return EntityKind.UNKNOWN


def place_names(entities: Any) -> dict[str, str]:
    """Code -> "Kosovo (KSV: not an ISO 3166 country; name as the file gave it)" for the
    entities a workspace recorded (``records["entities"]``)."""
    if entities is None or len(entities) == 0:
        return {}
    return {
        str(code): f"{name or code} ({code}: {kind}; not an ISO 3166 country"
        + (", name as the file gave it)" if name else ")")
        for code, name, kind in zip(
            entities["code"], entities["name"], entities["kind"], strict=True
        )
    }
