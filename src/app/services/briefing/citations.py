"""Citation numbers: sources numbered in order of first use, then renumbered for the
template's own reading order, so that a note lists only the sources its messages cite
and every document's numbers run 1, 2, 3… down the page."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from app.domain.store import ObservationStore
from app.services.briefing.model import Briefing, Cited, FigureRow, IndicatorSection, figure_row
from app.services.summary import Citation, citation_of


class CitationBook:
    """Numbers sources in order of first use."""

    def __init__(self, store: ObservationStore) -> None:
        self._store = store
        self._numbers: dict[int, int] = {}

    def number(self, source_id: int) -> int:
        return self._numbers.setdefault(int(source_id), len(self._numbers) + 1)

    def numbers(self, source_ids: Iterable[int]) -> tuple[int, ...]:
        return tuple(dict.fromkeys(self.number(s) for s in source_ids))

    def citations(self) -> list[Citation]:
        return [citation_of(self._store, n, sid) for sid, n in self._numbers.items()]


def _section_notes(s: IndicatorSection) -> Iterator[int]:
    for h in s.headlines:
        yield from h.text.notes
    for c in (*s.analysis, *s.conflicts):
        yield from c.notes
    for r in s.figures:
        yield r.note


def reading_order(briefing: Briefing) -> list[int]:
    """The citation numbers in the order the template prints them (each once)."""
    order: list[int] = []
    for m in briefing.messages if briefing.template != "table" else ():
        order += m.text.notes
    if briefing.template == "dossier":
        for s in briefing.sections:
            order += _section_notes(s)
        for ev in briefing.events:
            order += ev.line.notes
        for p in briefing.projects:
            order += p.notes
    if briefing.template == "table":
        order += [r.note for r in briefing.figure_rows()]
    return list(dict.fromkeys(order))


def with_note(row: FigureRow, note: int) -> FigureRow:
    """``replace(row, note=note)`` as one copy of the row's fields (:func:`figure_row`): a
    dossier renumbers 10,000 rows."""
    fields = row.__dict__.copy()
    fields["note"] = note
    return figure_row(fields)


def renumber(briefing: Briefing) -> None:
    """Number the sources 1.. in the template's reading order and keep only those cited."""
    new = {old: n for n, old in enumerate(reading_order(briefing), 1)}

    def cited(c: Cited) -> Cited:
        notes = tuple(new[n] for n in c.notes if n in new)
        return c if notes == c.notes else replace(c, notes=notes)

    def moved(r: FigureRow) -> FigureRow:
        note = new.get(r.note, 0)
        return r if note == r.note else with_note(r, note)

    briefing.messages = [replace(m, text=cited(m.text)) for m in briefing.messages]
    briefing.candidates = [replace(m, text=cited(m.text)) for m in briefing.candidates]
    for s in briefing.sections:
        s.headlines = [
            replace(h, text=cited(h.text), figure=replace(h.figure, note=new.get(h.figure.note, 0)))
            for h in s.headlines
        ]
        s.analysis = [cited(c) for c in s.analysis]
        s.conflicts = [cited(c) for c in s.conflicts]
        s.figures = [moved(r) for r in s.figures]
    briefing.events = [replace(ev, line=cited(ev.line)) for ev in briefing.events]
    briefing.projects = [cited(p) for p in briefing.projects]
    kept = [c for c in briefing.citations if c.number in new]
    briefing.citations = sorted(
        (replace(c, number=new[c.number]) for c in kept), key=lambda c: c.number
    )
