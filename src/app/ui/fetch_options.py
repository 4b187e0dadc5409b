"""What the Fetch form asks beyond the pair and the years, as data: each connector's options
(by registry name), the frequencies, and the reading of codes and "More options" text.

A connector's new option is one :class:`OptionField` here, not a new widget. Labels and tips
are marked for the catalogue (context "fetch_options") and translated by :meth:`OptionField.
shown`, the one place that reads them for the screen; placeholders are examples typed as the
portal wants them, so codes come back as they are and only the one with words is marked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.services.fetch.base import Connector


@dataclass(frozen=True)
class OptionField:
    """One connector option shown as a line edit: the request's ``options[key]``."""

    key: str
    label: str
    placeholder: str = ""
    tip: str = ""

    def shown(self) -> tuple[str, str, str]:
        """(label, placeholder, tip) in the desk's language."""
        return (
            translate("fetch_options", self.label),
            translate("fetch_options", self.placeholder) if self.placeholder else "",
            translate("fetch_options", self.tip) if self.tip else "",
        )


# str(): PySide6 types QT_TRANSLATE_NOOP as returning object; the mark gives the text back
_SDMX_FIELDS = (
    OptionField(
        "dataflow",
        str(QT_TRANSLATE_NOOP("fetch_options", "Dataflow")),
        str(QT_TRANSLATE_NOOP("fetch_options", "IMF.STA:IMTS or ECB:EXR")),
        str(
            QT_TRANSLATE_NOOP("fetch_options", "The agency's dataflow (agency:id, or the id alone)")
        ),
    ),
    OptionField(
        "key",
        str(QT_TRANSLATE_NOOP("fetch_options", "Series key")),
        "M.USD.EUR.SP00.A",
        str(
            QT_TRANSLATE_NOOP(
                "fetch_options",
                "The dimensions' codes joined by dots, in the dataflow's order; an empty part "
                "takes every code and + joins several (A.USA.XG_FOB_USD+MG_CIF_USD.CHN). For the "
                "IMF, an empty dataflow asks its bilateral trade (IMTS) for the pair above",
            )
        ),
    ),
)

#: the options each connector takes, by registry name (SDMX services share theirs)
OPTION_FIELDS: dict[str, tuple[OptionField, ...]] = {
    "comtrade": (
        OptionField(
            "flows",
            str(QT_TRANSLATE_NOOP("fetch_options", "Flows")),
            "M,X",
            str(
                QT_TRANSLATE_NOOP(
                    "fetch_options",
                    "M imports, X exports, RM re-imports, RX re-exports; separated by commas",
                )
            ),
        ),
        OptionField(
            "commodities",
            str(QT_TRANSLATE_NOOP("fetch_options", "Commodities")),
            "TOTAL",
            str(
                QT_TRANSLATE_NOOP(
                    "fetch_options",
                    "TOTAL for all goods, AG2 for every HS chapter, or HS codes such as 27,84",
                )
            ),
        ),
        OptionField(
            "both_directions",
            str(QT_TRANSLATE_NOOP("fetch_options", "Both directions")),
            "1",
            str(
                QT_TRANSLATE_NOOP(
                    "fetch_options",
                    "1: also ask the partner's customs about the reporter (the mirror figures); "
                    "0: the reporter's customs only",
                )
            ),
        ),
    ),
    **{name: _SDMX_FIELDS for name in ("imf", "ecb", "estat", "oecd")},
}

#: (name, SDMX/portal code) of the frequencies a fetch can ask for
FREQUENCIES = (
    (str(QT_TRANSLATE_NOOP("fetch_options", "Annual")), "A"),
    (str(QT_TRANSLATE_NOOP("fetch_options", "Quarterly")), "Q"),
    (str(QT_TRANSLATE_NOOP("fetch_options", "Monthly")), "M"),
)


def frequency_items() -> list[tuple[str, str]]:
    """("Annual (A)" in the desk's language, "A") for the frequency box."""
    return [(f"{translate('fetch_options', name)} ({code})", code) for name, code in FREQUENCIES]


def option_fields(connector: Connector) -> tuple[OptionField, ...]:
    """The option fields of ``connector`` (none for a connector not listed)."""
    return OPTION_FIELDS.get(connector.name, ())


def split_codes(text: str) -> tuple[str, ...]:
    """ "NY.GDP.MKTP.CD, NY.GNP.PCAP.CD" or separated by spaces -> the codes, in order."""
    return tuple(dict.fromkeys(c for c in text.replace(",", " ").replace(";", " ").split()))


def parse_more(text: str) -> list[tuple[str, str]]:
    """ "a=1, b=2" (commas, semicolons or new lines between) -> [("a", "1"), ("b", "2")]."""
    out = []
    for part in re.split(r"[;\n]|,(?=\s*[A-Za-z_][\w.-]*\s*=)", text):
        if not part.strip():
            continue
        k, sep, v = part.partition("=")
        if not sep or not k.strip():
            raise ValueError(
                translate("fetch_options", "More options: write KEY=VALUE, not {part}").format(
                    part=repr(part.strip())
                )
            )
        out.append((k.strip(), v.strip()))
    return out
