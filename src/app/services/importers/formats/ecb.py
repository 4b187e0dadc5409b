"""The ECB Data Portal's CSV download: one date column pair, one column per series.

Layout (seen in two independent public repositories; not in import-formats.md):

    "DATE","TIME PERIOD","US dollar/Euro (EXR.D.USD.EUR.SP00.A)"
    "2004-09-06","06 Sep 2004","1.2156"

``DATE`` is an ISO date; ``TIME PERIOD`` is the portal's label (``06 Sep 2004``, monthly
``2002Jan``). Each further column is ``<title> (<series key>)``; the key's second part is
the frequency (ECB structures begin with FREQ). The series key becomes the indicator code,
its title the catalogue name; the period is read from DATE at the key's frequency, and
the label is kept as the period text. Reporter and unit are not in the file: the unit
option says it; the key names the area.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from app.services.importers.base import (
    Head,
    Importer,
    catalogue_rows,
    csv_layout,
    file_source,
    finish,
    read_long_csv,
)
from app.services.importers.problems import Cancel, ImportFailed, ImportResult, ProblemLog, Progress
from app.services.importers.rows import RowBuilder
from app.services.importers.text import Input, input_name, unique_names
from app.services.importers.unitmap import parse_scale
from app.services.options import Option

_SERIES = re.compile(r"^(?P<title>.*?)\s*\((?P<key>[A-Z0-9_]+(?:\.[A-Za-z0-9_@\-]+)+)\)\s*$")


def series_key(header: str) -> tuple[str, str] | None:
    """(series key, title) of a series column header, or None."""
    m = _SERIES.match(header.strip())
    return (m.group("key"), m.group("title").strip()) if m else None


class EcbImporter(Importer):
    name = "ecb"
    label = "ECB Data Portal CSV"
    publisher = "ECB"
    options = (
        Option("unit", "Unit of the values (the file does not say)", "text", ""),
        Option("scale", "Scale of the values", "text", "1"),
    )

    def sniff(self, head: Head) -> int:
        cells = [c.upper() for c in head.first_cells()]
        if cells[:2] == ["DATE", "TIME PERIOD"] and any(
            series_key(c) for c in head.first_cells()[2:]
        ):
            return 100
        return 0

    def read(
        self,
        src: Input,
        options: dict[str, Any] | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportResult:
        opts = self.settings(options)
        layout = csv_layout(Head.of(src))
        names = unique_names(layout.columns)
        series = {n: s for n in names[2:] if (s := series_key(n)) is not None}
        if [n.upper() for n in names[:2]] != ["DATE", "TIME PERIOD"] or not series:
            raise ImportFailed(
                f"{input_name(src)} is not an ECB portal CSV "
                "(DATE, TIME PERIOD, then '<title> (<series key>)' columns expected)"
            )
        date, label = names[0], names[1]
        builder = RowBuilder(ProblemLog(input_name(src)), {"period": date})
        unit = str(opts["unit"]).strip()
        scale = parse_scale(str(opts["scale"]))

        def convert(frame: pd.DataFrame) -> pd.DataFrame:
            long = frame.melt(
                id_vars=[date, label, "line"],
                value_vars=list(series),
                var_name="_col",
                value_name="value",
            )
            key = long["_col"].map({c: k for c, (k, _t) in series.items()})
            return pd.DataFrame(
                {
                    "indicator": key,
                    "period": long[date],
                    "period_text": long[label],
                    "freq": key.str.split(".").str[1].fillna(""),
                    "value": long["value"],
                    "unit": unit,
                    "scale": scale,
                    "line": long["line"],
                }
            )

        read_long_csv(src, layout, builder, convert, progress, cancel)
        flows = sorted({k.split(".")[0] for k, _t in series.values()})
        source = file_source(src, self.publisher, ",".join(flows))
        catalogue = catalogue_rows(
            [{"code": k, "name": t or k, "topic": "ECB", "unit": unit} for k, t in series.values()]
        )
        return finish(builder, self.name, source, catalogue)
