"""The source of the selected observation: publisher, date, speaker, quote and link, and,
for a figure changed by hand, what its source gave (the quote no longer backs its value).

All text is escaped; the link opens only http(s) URLs, and only when the user clicks it.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from app.domain.derive.lineage import derivation_text
from app.domain.store import ObservationStore
from app.domain.vintages import Retrieval, figure_vintages, source_retrievals
from app.qt.claim_model import verdict_mark
from app.qt.i18n import QT_TRANSLATE_NOOP, current_language, translate
from app.qt.table_text import CellText
from app.services.safe_cells import is_web_url

#: the labels of the source's facts (English, translated where shown)
LABELS = {
    "publisher": QT_TRANSLATE_NOOP("source_panel", "Publisher"),
    "title": QT_TRANSLATE_NOOP("source_panel", "Title"),
    "published": QT_TRANSLATE_NOOP("source_panel", "Published"),
    "speaker": QT_TRANSLATE_NOOP("source_panel", "Speaker"),
    "origin": QT_TRANSLATE_NOOP("source_panel", "Statistics"),
    "dataset": QT_TRANSLATE_NOOP("source_panel", "Dataset"),
    "retrieved": QT_TRANSLATE_NOOP("source_panel", "Retrieved"),
    "period_text": QT_TRANSLATE_NOOP("source_panel", "Period as written"),
}


def is_safe_url(url: str) -> bool:
    return is_web_url(url) and QUrl(url).isValid()


class SourcePanel(QWidget):
    #: a link that was refused (text for the message bus)
    link_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setOpenExternalLinks(False)
        self.view.anchorClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        #: the figure shown (-1: none) and the claim verdict shown with it
        self.figure: tuple[int, tuple[str, str] | None] = (-1, None)
        self.show_source(None)

    def show_figure(
        self, store: ObservationStore, obs_id: int, claim: tuple[str, str] | None = None
    ) -> None:
        """Where figure ``obs_id`` came from (-1: no figure chosen): its source, note and
        period as written, the check of its reported change (``claim``), the source's
        retrievals, the figure's earlier values, its derivation and a hand edit."""
        self.figure = (obs_id, claim)
        if obs_id < 0:
            self.show_source(None)
            return
        row = store.rows([obs_id]).iloc[0]
        source_id = int(row["source_id"])
        source = store.source(source_id)
        vintages = store.records.get("vintages")
        self.show_source(
            source,
            str(row["note"]),
            str(row["period_text"]),
            claim,
            source_retrievals(vintages, source_id, str((source or {}).get("retrieved") or "")),
            figure_vintages(vintages, obs_id),
            derivation=derivation_text(store, obs_id),
            edited=edited_text(store, obs_id),
        )

    def show_source(
        self,
        source: dict[str, Any] | None,
        note: str = "",
        period_text: str = "",
        claim: tuple[str, str] | None = None,
        retrievals: list[Retrieval] | None = None,
        earlier: list[str] | None = None,
        derivation: str = "",
        edited: str = "",
    ) -> None:
        """``retrievals``: the source's retrieval days (re-imports that revised figures);
        ``earlier``: this figure's earlier values (vintages), newest first; ``derivation``:
        how a derived figure was computed and from which sources
        (:func:`app.domain.derive.lineage.derivation_text`); ``edited``: for a figure
        changed by hand, :func:`edited_text` (shown first: the quote no longer backs it)."""
        if not source:
            self.view.setHtml(
                "<p><i>"
                + html.escape(
                    translate("source_panel", "Select a figure to see where it came from.")
                )
                + "</i></p>"
            )
            return
        e = html.escape
        rows = [
            ("publisher", source.get("publisher")),
            ("title", source.get("title")),
            ("published", source.get("published")),
            ("speaker", source.get("speaker")),
            ("origin", source.get("origin")),
            ("dataset", source.get("dataset")),
            ("retrieved", _retrieved_text(source, retrievals or [])),
            ("period_text", period_text),
        ]
        body = "".join(
            f"<tr><td><b>{e(translate('source_panel', str(LABELS[k])))}</b></td>"
            f"<td>{e(str(v))}</td></tr>"
            for k, v in rows
            if v
        )
        quote = source.get("quote") or ""
        url = str(source.get("url") or "")
        parts = [f"<p style='color:#a0522d'><b>{e(edited)}</b></p>"] if edited else []
        parts.append(f"<table cellspacing='4'>{body}</table>")
        if derivation:
            title = translate("source_panel", "Derived:")
            parts.append(f"<p><b>{e(title)}</b> {e(derivation)}</p>")
        if quote:
            lang = e(str(source.get("language") or ""))
            parts.append(f"<blockquote lang='{lang}'>“{e(str(quote))}”</blockquote>")
        if url:
            if is_safe_url(url):
                parts.append(f"<p><a href='{e(url, quote=True)}'>{e(url)}</a></p>")
            else:
                refused = translate("source_panel", "(not a web link; not opened)")
                parts.append(f"<p>{e(url)} <i>{e(refused)}</i></p>")
        if note and note not in derivation:
            title = translate("source_panel", "Note:")
            parts.append(f"<p><b>{e(title)}</b> {e(note)}</p>")
        if earlier:
            items = "".join(f"<li>{e(line)}</li>" for line in earlier)
            title = translate("source_panel", "Earlier values from this source:")
            parts.append(f"<p><b>{e(title)}</b></p><ul>{items}</ul>")
        if claim:
            verdict, explanation = claim
            title = translate("source_panel", "Claim check ({verdict}):").format(
                verdict=verdict_mark(verdict)
            )
            parts.append(f"<p><b>{e(title)}</b> {e(explanation)}</p>")
        self.view.setHtml("".join(parts))

    def _open(self, url: QUrl) -> None:
        if is_safe_url(url.toString()):
            QDesktopServices.openUrl(url)
        else:
            self.link_refused.emit(
                translate("source_panel", "Not opened: {url} is not an http(s) link.").format(
                    url=url.toString()
                )
            )


def _retrieved_text(source: dict[str, Any], retrievals: list[Retrieval]) -> str:
    """ "2026-10-01; again 2026-11-30 (12 figures revised)" — every vintage of the source."""
    first = str(source.get("retrieved") or "")
    later = [r for r in retrievals if r.revised]
    if not later:
        return first
    again = ", ".join(_revised(r) for r in later)
    if not first:
        return translate("source_panel", "again {days}").format(days=again)
    return translate("source_panel", "{first}; again {days}").format(first=first, days=again)


def _revised(retrieval: Retrieval) -> str:
    """ "2026-11-30 (12 figures revised)"."""
    n = retrieval.revised  # a plain name: lupdate reads no expression as the count
    return translate("source_panel", "{day} (%n figures revised)", "", n).format(day=retrieval.day)


def edited_text(store: ObservationStore, obs_id: int) -> str:
    """For a figure changed by hand, what its source gave and what it says now: "Edited —
    the source gave $2.44 bn; this figure now says $2.50 bn (edited by anna on
    2026-11-30)"; '' for a figure that says what its source gave."""
    given = store.source_state(obs_id)
    if given is None:
        return ""
    row = store.rows([obs_id]).iloc[0]
    words = CellText(current_language())
    unit = str(row["unit"])
    periods = [
        (int(f["period_start"]), int(f["period_end"]), bool(f["period_point"]))
        for f in (given, row)
    ]

    def said(value: float, qualifier: str, period: tuple[int, int, bool]) -> str:
        """ "more than $2.44 bn", with the period when the edit changed it."""
        text = " ".join(t for t in (words.qualifier(qualifier), words.amount(value, unit)) if t)
        return f"{text} ({words.period(*period)})" if periods[0] != periods[1] else text

    source = said(float(given["value"]), str(given["qualifier"]), periods[0])
    now = said(float(row["value"]), str(row["qualifier"]), periods[1])
    day = str(given["when"])[:10]
    if given["who"]:
        return translate(
            "source_panel",
            "Edited — the source gave {source}; this figure now says {now} "
            "(edited by {who} on {day})",
        ).format(source=source, now=now, who=given["who"], day=day)
    return translate(
        "source_panel",
        "Edited — the source gave {source}; this figure now says {now} (edited on {day})",
    ).format(source=source, now=now, day=day)
