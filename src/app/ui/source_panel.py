"""The source of the selected observation: publisher, date, speaker, quote and link.

All text is escaped; the link opens only http(s) URLs, and only when the user clicks it.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from app.domain.vintages import Retrieval
from app.services.safe_cells import is_web_url


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
        self.show_source(None)

    def show_source(
        self,
        source: dict[str, Any] | None,
        note: str = "",
        period_text: str = "",
        claim: tuple[str, str] | None = None,
        retrievals: list[Retrieval] | None = None,
        earlier: list[str] | None = None,
        derivation: str = "",
    ) -> None:
        """``retrievals``: the source's retrieval days (re-imports that revised figures);
        ``earlier``: this figure's earlier values (vintages), newest first; ``derivation``:
        how a derived figure was computed and from which sources
        (:func:`app.domain.derive.lineage.derivation_text`)."""
        if not source:
            self.view.setHtml("<p><i>Select a figure to see where it came from.</i></p>")
            return
        e = html.escape
        rows = [
            ("Publisher", source.get("publisher")),
            ("Title", source.get("title")),
            ("Published", source.get("published")),
            ("Speaker", source.get("speaker")),
            ("Statistics", source.get("origin")),
            ("Dataset", source.get("dataset")),
            ("Retrieved", _retrieved_text(source, retrievals or [])),
            ("Period as written", period_text),
        ]
        body = "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(str(v))}</td></tr>" for k, v in rows if v)
        quote = source.get("quote") or ""
        url = str(source.get("url") or "")
        parts = [f"<table cellspacing='4'>{body}</table>"]
        if derivation:
            parts.append(f"<p><b>Derived:</b> {e(derivation)}</p>")
        if quote:
            lang = e(str(source.get("language") or ""))
            parts.append(f"<blockquote lang='{lang}'>“{e(str(quote))}”</blockquote>")
        if url:
            if is_safe_url(url):
                parts.append(f"<p><a href='{e(url, quote=True)}'>{e(url)}</a></p>")
            else:
                parts.append(f"<p>{e(url)} <i>(not a web link; not opened)</i></p>")
        if note and note not in derivation:
            parts.append(f"<p><b>Note:</b> {e(note)}</p>")
        if earlier:
            items = "".join(f"<li>{e(line)}</li>" for line in earlier)
            parts.append(f"<p><b>Earlier values from this source:</b></p><ul>{items}</ul>")
        if claim:
            verdict, explanation = claim
            parts.append(
                f"<p><b>Claim check ({e(verdict.replace('_', ' '))}):</b> {e(explanation)}</p>"
            )
        self.view.setHtml("".join(parts))

    def _open(self, url: QUrl) -> None:
        if is_safe_url(url.toString()):
            QDesktopServices.openUrl(url)
        else:
            self.link_refused.emit(f"Not opened: {url.toString()} is not an http(s) link.")


def _retrieved_text(source: dict[str, Any], retrievals: list[Retrieval]) -> str:
    """ "2026-10-01; again 2026-11-30 (12 figures revised)" — every vintage of the source."""
    first = str(source.get("retrieved") or "")
    later = [r for r in retrievals if r.revised]
    if not later:
        return first
    again = ", ".join(
        f"{r.day} ({r.revised:,} figure{'s' if r.revised != 1 else ''} revised)" for r in later
    )
    return f"{first}; again {again}" if first else f"again {again}"
