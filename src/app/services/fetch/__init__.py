"""Fetching from the portals' web services (World Bank, UN Comtrade, IMF and SDMX agencies).

The only part of Corridor that touches the network (:mod:`.http`). A connector turns a
:class:`~.base.FetchRequest` into calls, the answers are read by the same readers as the
portals' downloads (:mod:`app.services.importers`), and the result goes through the same
plan (preview, duplicates, revisions as vintages, one transaction) as a file.
"""
