"""The importers Corridor knows, by name, in the order the format box lists them."""

from __future__ import annotations

from app.services.importers.base import Importer
from app.services.importers.comtrade import ComtradeImporter
from app.services.importers.corridor_format import CorridorImporter
from app.services.importers.generic import GenericImporter
from app.services.importers.sdmx import ImfTableImporter, SdmxImporter
from app.services.importers.worldbank import DataBankImporter, WdiImporter

IMPORTERS: dict[str, Importer] = {imp.name: imp for imp in (
    CorridorImporter(), WdiImporter(), DataBankImporter(), ComtradeImporter(),
    SdmxImporter(), ImfTableImporter(), GenericImporter(),
)}

#: What ``--format`` and the format box accept: a name above, or auto-detection.
FORMAT_CHOICES = ("auto", *IMPORTERS)


def get_importer(name: str) -> Importer:
    try:
        return IMPORTERS[name]
    except KeyError:
        raise KeyError(f"unknown import format {name!r} (choose from "
                       f"{', '.join(IMPORTERS)})") from None
