"""Citation numbers: sources numbered in order of first use, then renumbered for the
template's own reading order, so that a note lists only the sources its messages cite
and every document's numbers run 1, 2, 3… down the page."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import repeat

from app.domain.store import ObservationStore
from app.services.briefing.model import (
    Briefing,
    Cited,
    FigureRow,
    IndicatorSection,
    copied,
    figure_row,
)
from app.services.summary import Citation, citation_of


class CitationBook:
    """Numbers sources in order of first use."""

    def __init__(self, store: ObservationStore) -> None:
        self._store = store
        self._numbers: dict[int, int] = {}

    def number(self, source_id: int) -> int:
        return self._numbers.setdefault(int(source_id), len(self._numbers) + 1)

    def column(self, source_ids: list[int]) -> list[int]:
        """The number of each of ``source_ids`` (a table's column), new sources numbered in
        order of first use: each source looked up once, not once per figure."""
        known = self._numbers
        new = [s for s in dict.fromkeys(source_ids) if s not in known]
        known.update(zip(new, range(len(known) + 1, len(known) + 1 + len(new)), strict=True))
        return list(map(known.__getitem__, source_ids))

    def numbers(self, source_ids: Iterable[int]) -> tuple[int, ...]:
        """The numbers of ``source_ids``, each once, in order of first use (a record's
        sources repeat: each distinct source is numbered once)."""
        known = self._numbers
        out = []
        for sid in dict.fromkeys(map(int, source_ids)):  # one pass (400 records of 25)
            number = known.get(sid)
            if number is None:
                number = known[sid] = len(known) + 1
            out.append(number)
        return tuple(out)

    def citations(self) -> list[Citation]:
        return [citation_of(self._store, n, sid) for sid, n in self._numbers.items()]


def _section_notes(s: IndicatorSection) -> list[int]:
    notes: list[int] = []
    for h in s.headlines:
        notes += h.text.notes
    for c in (*s.analysis, *s.conflicts):
        notes += c.notes
    notes += s.figures.column("note")
    return notes


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
        order += briefing.figure_column("note")
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
    zero = repeat(0)  # an uncited source's figures get 0 (``new.get(n, 0)`` for each)

    def cited(c: Cited) -> Cited:
        notes = tuple(map(new.get, c.notes))
        if None in notes:  # a source this template does not cite
            notes = tuple(n for n in notes if n is not None)
        return c if notes == c.notes else copied(c, notes=notes)

    briefing.messages = [copied(m, text=cited(m.text)) for m in briefing.messages]
    briefing.candidates = [copied(m, text=cited(m.text)) for m in briefing.candidates]
    for s in briefing.sections:
        s.headlines = [
            copied(h, text=cited(h.text), figure=with_note(h.figure, new.get(h.figure.note, 0)))
            for h in s.headlines
        ]
        s.analysis = [cited(c) for c in s.analysis]
        s.conflicts = [cited(c) for c in s.conflicts]
        s.figures = s.figures.replaced("note", list(map(new.get, s.figures.column("note"), zero)))
    briefing.events = [copied(ev, line=cited(ev.line)) for ev in briefing.events]
    briefing.projects = [cited(p) for p in briefing.projects]
    kept = [c for c in briefing.citations if c.number in new]
    briefing.citations = sorted(
        (copied(c, number=new[c.number]) for c in kept), key=lambda c: c.number
    )
