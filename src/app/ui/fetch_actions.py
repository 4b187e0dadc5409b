"""Fetch commands: File > Fetch from a portal, Refresh fetched figures, Refresh this series.

The Fetch dialog builds one edit (the figures, their ``kind = fetch`` source and the stored
query) that is pushed here as one undoable step; the Refresh dialog pushes one step per
query it asks again. Takes the desk context, a parent widget and the callables it needs
(the pair, the current indicator), never the window. ``base_urls`` (a base URL per
connector name) points the connectors at a mirror or at the tests' replay server; without
it each connector uses ``CORRIDOR_<NAME>_URL`` or its production address.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from app.qt.context import DeskContext
from app.qt.i18n import translate
from app.ui.advice import menu_path

if TYPE_CHECKING:
    from app.ui.fetch_form import ClientFactory

# The dialogs and the fetch services (HTTP, SDMX, the portal readers) are imported when a
# command runs: a third of a second of start-up that most sessions never use.


class FetchActions:
    def __init__(
        self,
        ctx: DeskContext,
        parent: QWidget,
        *,
        pair: Callable[[], tuple[str, str]],
        indicator: Callable[[], str],
        base_urls: Mapping[str, str] | None = None,
        client_factory: ClientFactory | None = None,
    ) -> None:
        self.ctx = ctx
        self.parent = parent
        self.pair = pair
        self.indicator = indicator
        self.base_urls = dict(base_urls or {})
        self.client_factory = client_factory

    def fetch(self) -> None:
        """File > Fetch from a portal…: preview in the dialog, then one undoable import."""
        from app.ui.fetch_dialog import FetchDialog

        dialog = FetchDialog(
            self.ctx.session.store,
            self.ctx.runner,
            self.ctx.settings,
            self.pair(),
            self.base_urls,
            self.client_factory,
            self.parent,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        edit = dialog.planned_edit()
        if edit is not None and self.ctx.session.push(edit):
            self.ctx.bus.info(dialog.message())

    def refresh(self) -> None:
        """File > Refresh fetched figures…: every stored query, refreshed on request."""
        self._refresh_dialog(None)

    def refresh_current(self) -> None:
        """File > Refresh this series from its portal: the window's indicator and pair."""
        code = self.indicator()
        if not code:
            self.ctx.bus.info(
                translate(
                    "fetch_actions", "Choose an indicator in the catalogue first, then refresh it."
                )
            )
            return
        a, b = self.pair()
        self.refresh_series(code, a, b)

    def refresh_series(self, indicator: str, reporter: str, partner: str) -> None:
        """Ask again the queries that gave the series' figures: those of the pair in either
        direction and of each country alone (what the window shows for a pair)."""
        ids = series_fetch_ids(self.ctx, indicator, reporter, partner)
        if not ids:
            who = "–".join(c for c in (reporter, partner) if c)
            self.ctx.bus.info(
                translate(
                    "fetch_actions",
                    "{indicator} for {pair} was not fetched from a portal, so there is nothing "
                    "to refresh ({menu} fetches it).",
                ).format(indicator=indicator, pair=who, menu=menu_path("file.fetch"))
            )
            return
        self._refresh_dialog(ids, start=True)

    def _refresh_dialog(self, ids: list[int] | None, start: bool = False) -> None:
        from app.ui.refresh_dialog import RefreshDialog

        dialog = RefreshDialog(
            self.ctx.session,
            self.ctx.runner,
            self.base_urls,
            self.client_factory,
            ids,
            self.parent,
        )
        if start and ids:
            dialog.refresh_ids(ids)
        dialog.exec()
        if dialog.refreshed or dialog.failures:
            changed = sum(1 for r in dialog.refreshed if r.summary.changes)
            failed = len(dialog.failures)
            text = refreshed_text(len(dialog.refreshed), failed > 0)
            self.ctx.bus.info(text.format(changed=changed, failed=failed))


def refreshed_text(n: int, failures: bool) -> str:
    """What a refresh did, with {changed} and {failed} to fill ("1 fetched query" in
    English: Qt has no English catalogue to choose the singular)."""
    if n == 1:
        if failures:
            return translate(
                "fetch_actions",
                "Refreshed 1 fetched query: {changed} with changes, {failed} failed.",
            )
        return translate("fetch_actions", "Refreshed 1 fetched query: {changed} with changes.")
    if failures:
        return translate(
            "fetch_actions",
            "Refreshed %n fetched queries: {changed} with changes, {failed} failed.",
            "",
            n,
        )
    return translate(
        "fetch_actions", "Refreshed %n fetched queries: {changed} with changes.", "", n
    )


def series_fetch_ids(ctx: DeskContext, indicator: str, reporter: str, partner: str) -> list[int]:
    from app.services.fetch.refresh import fetch_ids

    store = ctx.session.store
    series = [(indicator, reporter, partner), (indicator, partner, reporter)]
    series += [(indicator, c, "") for c in (reporter, partner) if c]
    ids: dict[int, None] = {}
    for s in series:
        ids.update(dict.fromkeys(fetch_ids(store, series=s)))
    return list(ids)
