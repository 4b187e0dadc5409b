"""The portals Corridor fetches from, by name, in the order the Fetch dialog lists them.

A connector per portal (:mod:`.base`): World Bank Indicators API v2, UN Comtrade API v1 and
the SDMX web services of the IMF, the ECB, Eurostat and the OECD.
"""

from __future__ import annotations

from app.services.fetch.base import Connector
from app.services.fetch.comtrade import ComtradeConnector
from app.services.fetch.sdmx_rest import SDMX_CONNECTORS
from app.services.fetch.worldbank import WorldBankConnector

CONNECTORS: dict[str, Connector] = {
    c.name: c for c in (WorldBankConnector(), ComtradeConnector(), *SDMX_CONNECTORS)
}


def get_connector(name: str) -> Connector:
    try:
        return CONNECTORS[name]
    except KeyError:
        raise KeyError(f"unknown source {name!r} (choose from {', '.join(CONNECTORS)})") from None
