"""The importers Corridor knows, by name, in the order the format box lists them.

Worked example — the IEA energy balance CSV, one new module plus one registry line:

    # src/app/services/importers/formats/iea.py
    class IeaImporter(Importer):
        name, label, publisher = "iea", "IEA energy balance (CSV)", "IEA"
        options = (Option("unit", "Unit when the file has none", "text", "kWh"),)

        def sniff(self, head: Head) -> int:  # 0 .. 100: how surely this is the format
            return 90 if head.first_cells()[:2] == ["COUNTRY", "FLOW"] else 0

        def read(self, src, options=None, progress=None, cancel=None) -> ImportResult:
            opts = self.settings(options)    # declared defaults + the caller's values
            builder = RowBuilder(...)        # checks every row, logs every problem
            read_long_csv(src, csv_layout(Head.of(src)), builder, convert, progress, cancel)
            return finish(builder, self.name, file_source(src, self.publisher))

    # below, in IMPORTERS:  ..., IeaImporter(), GenericImporter(),

Detection, ``corridor import --format iea`` and the import dialog's format box and option
form then offer it; the generic table stays last (it accepts any table).
"""

from __future__ import annotations

from app.services.importers.base import Importer
from app.services.importers.formats.comtrade import ComtradeImporter
from app.services.importers.formats.comtrade_api import ComtradeApiImporter
from app.services.importers.formats.corridor_format import CorridorImporter
from app.services.importers.formats.ecb import EcbImporter
from app.services.importers.formats.eurostat_tsv import EurostatTsvImporter
from app.services.importers.formats.generic import GenericImporter
from app.services.importers.formats.imf_compact import ImfCompactImporter
from app.services.importers.formats.jsonstat import JsonStatImporter
from app.services.importers.formats.sdmx import ImfTableImporter, SdmxImporter
from app.services.importers.formats.sdmx_json import SdmxJsonImporter
from app.services.importers.formats.sdmx_ml import SdmxMlImporter
from app.services.importers.formats.wbapi import WorldBankApiImporter
from app.services.importers.formats.worldbank import DataBankImporter, WdiImporter

IMPORTERS: dict[str, Importer] = {
    imp.name: imp
    for imp in (
        CorridorImporter(),
        WdiImporter(),
        DataBankImporter(),
        ComtradeImporter(),
        SdmxImporter(),
        ImfTableImporter(),
        SdmxMlImporter(),
        SdmxJsonImporter(),
        ImfCompactImporter(),
        JsonStatImporter(),
        EurostatTsvImporter(),
        WorldBankApiImporter(),
        ComtradeApiImporter(),
        EcbImporter(),
        GenericImporter(),
    )
}

#: What ``--format`` and the format box accept: a name above, or auto-detection.
FORMAT_CHOICES = ("auto", *IMPORTERS)


def get_importer(name: str) -> Importer:
    try:
        return IMPORTERS[name]
    except KeyError:
        raise KeyError(
            f"unknown import format {name!r} (choose from {', '.join(IMPORTERS)})"
        ) from None
