"""Finding the catalogue's English sentences in a briefing's text (Markdown or the text
of a PDF), for the tests that say a translated briefing has none left."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

from app.services.briefing.model import Briefing
from app.services.briefing.outline import Table
from app.services.briefing.text_formats import md_escape

POT = Path(__file__).resolve().parents[1] / "resources" / "locale" / "corridor.pot"


@cache
def template_patterns() -> tuple[re.Pattern[str], ...]:
    """Each English sentence of the catalogue with at least three words of its own, as a
    pattern where a placeholder matches up to 300 characters (and any run of spaces
    matches any other, as a PDF's text breaks lines)."""
    with POT.open("rb") as f:
        catalog = read_po(f)
    out = []
    for message in catalog:
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        for text in ids:
            if not text or message.context == "indicator":
                continue
            literal = re.sub(r"\{[^{}]*\}", " ", text)
            if len(re.findall(r"[A-Za-z]{2,}", literal)) < 3:
                continue
            # a placeholder at either end matches anything: leave it out, so that each
            # pattern starts with its own words (and searching stays linear)
            parts = [
                r"\s+".join(re.escape(w) for w in p.split())
                for p in re.split(r"\{[^{}]*\}", text)
                if p.strip()
            ]
            out.append(re.compile(".{0,300}?".join(parts), re.S))
    return tuple(out)


def without_stored_text(text: str, b: Briefing) -> str:
    """``text`` without what stays as published: sources' names and titles, speakers,
    events' titles (quotes are left out by the caller)."""
    stored = [s for c in b.citations for s in (c.publisher, c.title, c.speaker)]
    stored += [s for ev in b.events for s in (ev.title, ev.source)]
    for s in sorted({s for s in stored if s}, key=len, reverse=True):
        text = text.replace(s, "")
    return text


def english_templates(text: str) -> list[str]:
    """The catalogue's English sentences found in ``text``."""
    flat = " ".join(text.split())
    return [p.pattern for p in template_patterns() if p.search(flat)]


def cell_by_cell_table(table: Table) -> list[str]:
    """A Markdown table escaped cell by cell (the citation column as it is): the oracle
    of the briefing's faster table writer."""
    align = "|".join("---:" if i in table.numeric else "---" for i in range(len(table.header)))
    out = ["| " + " | ".join(md_escape(h) for h in table.header) + " |", f"|{align}|"]
    for row in table.rows:
        cells = [c if i == table.note_column else md_escape(c) for i, c in enumerate(row)]
        out.append("| " + " | ".join(cells) + " |")
    return [*out, ""]
