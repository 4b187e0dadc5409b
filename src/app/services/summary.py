"""The summary of a country pair: for each indicator, the latest figure with its period,
value, reported change and source; a numbered source list.

Built as plain data (:class:`Summary`) and rendered to Markdown, HTML or CSV, so the CLI,
The summary export and the briefing exports show the same thing.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from app.domain.analytics.bulk import collector_paused
from app.domain.analytics.narrative import pair_rows_narrative
from app.domain.analytics.passes import one_pass
from app.domain.countries import country_name
from app.domain.derive.lineage import lineage_of
from app.domain.model import change_words, labelled_quantity
from app.domain.periods import period_label
from app.domain.store import ObservationStore
from app.services.safe_cells import is_web_url, neutralise
from app.services.summary_rows import FAMILY as FAMILY
from app.services.summary_rows import latest_rows as latest_rows
from app.services.summary_rows import line_rows as _line_rows


@dataclass(frozen=True)
class SummaryLine:
    indicator: str
    indicator_name: str
    topic: str
    subject: str
    period: str
    value: float
    unit: str
    value_text: str
    change_text: str
    reporter: str
    partner: str
    footnote: int
    obs_id: int
    sentences: tuple[str, ...] = ()
    status: str = "actual"


@dataclass(frozen=True)
class Citation:
    number: int
    source_id: int
    publisher: str
    title: str
    published: str
    url: str
    speaker: str
    quote: str


@dataclass
class Summary:
    title: str
    as_of: str
    lines: list[SummaryLine] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: generated sentences (records, projections, claim verdicts, conflicts), footnoted
    analysis: list[tuple[str, tuple[int, ...]]] = field(default_factory=list)


def change_text(value: float, unit: str, qualifier: str) -> str:
    """ "more than +20 % on a year earlier", "9.2× on a year earlier", or ''."""
    words = change_words(value, unit, qualifier)
    return f"{words} on a year earlier" if words else ""


@collector_paused()  # a line and sentences per indicator: see bulk
@one_pass()  # the pair's analytics share their texts and figures chosen
def build_summary(
    store: ObservationStore, a: str = "CHN", b: str = "AZE", today: dt.date | None = None
) -> Summary:
    obs = store.observations.iloc[store.pair_positions(a, b)]  # kept by the store
    summary = Summary(
        title=f"{country_name(a)} – {country_name(b)}: indicators summary",
        as_of=(today or dt.date.today()).isoformat(),
    )
    if obs.empty:
        summary.notes.append(f"No figures are stored for {a}–{b}.")
        return summary
    names = store.indicator_names()
    topics = dict(
        zip(
            column_values(store.indicators, "code"),
            column_values(store.indicators, "topic"),
            strict=False,
        )
    )
    numbers: dict[int, int] = {}
    labels: dict[tuple[int, int, bool], str] = {}  # the lines share a few periods
    for row in _line_rows(obs, topics):
        (code, topic, subject, start, end, point, value, unit, qualifier, status) = row[:10]
        (change, change_unit, change_qualifier, reporter, partner, sid, obs_id) = row[10:]
        if sid not in numbers:
            numbers[sid] = len(numbers) + 1
        period = labels.get((start, end, point))
        if period is None:
            period = labels[(start, end, point)] = period_label(start, end, point)
        summary.lines.append(
            SummaryLine(
                indicator=code,
                indicator_name=names.get(code, code),
                topic=topic,
                subject=subject,
                period=period,
                value=value,
                unit=unit,
                value_text=labelled_quantity(value, unit, qualifier, status),
                # a line without a reported change (NaN) reads '': no words to make
                change_text=(
                    change_text(change, change_unit, change_qualifier) if change == change else ""
                ),
                reporter=reporter,
                partner=partner,
                footnote=numbers[sid],
                obs_id=obs_id,
                sentences=_derivation(store, obs_id, numbers) if status == "derived" else (),
                status=status,
            )
        )
    _add_analysis(summary, store, obs, a, b, names, numbers)
    summary.citations.extend(citations_of(store, numbers))
    return summary


def column_values(frame: pd.DataFrame, column: str) -> list[Any]:
    """A column's values as a list (one ``tolist``, not a boxing per value), [] if absent."""
    return frame[column].tolist() if column in frame.columns else []


def _derivation(store: ObservationStore, obs_id: int, numbers: dict[int, int]) -> tuple[str, ...]:
    """A derived figure's derivation, its inputs' sources numbered like every other."""
    lin = lineage_of(store, obs_id)
    if lin is None:
        return ()
    refs = "".join(f"[{numbers.setdefault(s, len(numbers) + 1)}]" for s in lin.source_ids)
    return (f"Derived: {lin.shown} ({lin.name}), from sources {refs or '(none stored)'}",)


def _add_analysis(
    summary: Summary,
    store: ObservationStore,
    pair_rows: pd.DataFrame,
    a: str,
    b: str,
    names: dict[str, str],
    numbers: dict[int, int],
) -> None:
    """Records, projections, claim verdicts and conflicts as footnoted sentences.

    ``pair_rows``: the pair's observations (the store's pair positions, the rows of
    ``pair_mask``), already selected: the narrative reads them as they are."""
    # no "latest" sentences: the figure lines already state them
    narrative = pair_rows_narrative(
        pair_rows, store.sources, a, b, names, records=store.records, latest=False
    )
    # the marks of a source list read once: an indicator's record sentences cite the same
    # years' sources, so half of a dossier's 900 lists are repeats (the numbers of a list
    # seen before are fixed: a number, once given, never changes)
    marks: dict[tuple[int, ...], tuple[int, ...]] = {}
    for sentence in narrative:
        refs = marks.get(sentence.source_ids)
        if refs is None:
            refs = marks[sentence.source_ids] = footnotes(numbers, sentence.source_ids)
        text = sentence.text
        if sentence.kind not in ("claim", "conflict"):
            text = f"{names.get(sentence.topic, sentence.topic)}: {text}"
        summary.analysis.append((text, refs))


def footnotes(numbers: dict[int, int], source_ids: tuple[int, ...]) -> tuple[int, ...]:
    """The footnote number of each source id, a source cited first numbered next.

    A record sentence cites every year's source (20 a sentence), nearly always sources
    numbered already: those are read in one pass (an id equal to an int finds its
    number); a new one sends the sentence through the numbering one id at a time."""
    try:
        return tuple(map(numbers.__getitem__, source_ids))
    except KeyError:
        pass
    out = []
    for sid in source_ids:
        number = numbers.get(sid)
        if number is None:
            number = numbers.setdefault(int(sid), len(numbers) + 1)
        out.append(number)
    return tuple(out)


def citation_of(store: ObservationStore, number: int, source_id: int) -> Citation:
    """Citation ``number`` for the stored source ``source_id`` (blank fields where unknown)."""
    s = store.source(source_id)
    return Citation(
        number=number,
        source_id=source_id,
        publisher=str(s.get("publisher", "")),
        title=str(s.get("title", "")),
        published=str(s.get("published", "")),
        url=str(s.get("url", "")),
        speaker=str(s.get("speaker", "")),
        quote=str(s.get("quote", "")),
    )


def citations_of(store: ObservationStore, numbers: dict[int, int]) -> list[Citation]:
    """The citations of ``numbers`` (source id -> number), as :func:`citation_of` gives
    each, from one pass over the sources table."""
    src = store.sources
    fields = ("publisher", "title", "published", "url", "speaker", "quote")
    first: dict[int, int] = {}
    for n, sid in enumerate(src["source_id"].tolist()):
        first.setdefault(int(sid), n)
    columns = {f: src[f].tolist() if f in src.columns else None for f in fields}
    out = []
    for sid, number in numbers.items():
        at = first.get(int(sid))
        if at is None:
            out.append(citation_of(store, number, sid))
            continue
        text = {f: str(col[at]) if col is not None else "" for f, col in columns.items()}
        out.append(Citation(number=number, source_id=sid, **text))
    return out


def _line_text(line: SummaryLine) -> str:
    label = line.indicator_name + (f" — {line.subject}" if line.subject else "")
    change = f" ({line.change_text}, as reported)" if line.change_text else ""
    who = f" [{line.reporter}]" if line.reporter else ""
    return f"{label}, {line.period}: {line.value_text}{change}{who}"


def _citation_text(c: Citation) -> str:
    parts = [p for p in (c.publisher, c.title, c.published, c.speaker) if p]
    return ", ".join(parts) or "unknown source"


def _refs(numbers: tuple[int, ...]) -> str:
    """ "[3][7][12]" ('' for none): one join, not a format per mark (a record sentence
    cites every year's source; a dossier's pair prints 20,000 marks)."""
    return f"[{']['.join(map(str, numbers))}]" if numbers else ""


def _by_topic(s: Summary) -> Iterator[tuple[str, Iterator[SummaryLine]]]:
    """The lines grouped by topic (they are sorted by topic)."""
    return itertools.groupby(s.lines, key=lambda line: line.topic)


def render_markdown(s: Summary) -> str:
    out = [f"# {s.title}", "", f"As of {s.as_of}.", ""]
    for i, (topic, lines) in enumerate(_by_topic(s)):
        out += [*([""] if i else []), f"## {topic}", ""]
        for line in lines:
            out.append(f"- {_line_text(line)} [{line.footnote}]")
            if line.sentences:  # a derived figure's derivation (rarely)
                out += [f"  - {sentence}" for sentence in line.sentences]
    if s.analysis:
        out += ["", "## Analysis", ""]
        marks: dict[tuple[int, ...], str] = {}  # a source list cited again reads the same
        for text, refs in s.analysis:
            mark = marks.get(refs)
            if mark is None:
                mark = marks[refs] = _refs(refs)
            out.append(f"- {text} {mark}".rstrip())
    out += [*(["", *s.notes] if s.notes else []), "", "## Sources", ""]
    for c in s.citations:
        url = f" <{c.url}>" if is_web_url(c.url) else ""
        out.append(f"{c.number}. {_citation_text(c)}.{url}")
    return "\n".join(out) + "\n"


def render_html(s: Summary) -> str:
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{e(s.title)}</title></head><body>",
        f"<h1>{e(s.title)}</h1>",
        f"<p>As of {e(s.as_of)}.</p>",
    ]
    for topic, lines in _by_topic(s):
        out += [f"<h2>{e(topic)}</h2>", "<ul>"]
        for line in lines:
            extra = "".join(f"<br>{e(x)}" for x in line.sentences)
            out.append(
                f'<li>{e(_line_text(line))} <sup><a href="#src{line.footnote}">'
                f"[{line.footnote}]</a></sup>{extra}</li>"
            )
        out.append("</ul>")
    if s.analysis:
        out += ["<h2>Analysis</h2>", "<ul>"]
        out += [f"<li>{e(text)} {e(_refs(refs))}</li>" for text, refs in s.analysis]
        out.append("</ul>")
    out += [f"<p>{e(n)}</p>" for n in s.notes]
    out += ["<h2>Sources</h2>", "<ol>"]
    for c in s.citations:
        link = ""
        if is_web_url(c.url):
            link = f' <a href="{e(c.url, quote=True)}">{e(c.url)}</a>'
        quote = f"<br><q>{e(c.quote)}</q>" if c.quote else ""
        out.append(f'<li id="src{c.number}">{e(_citation_text(c))}.{link}{quote}</li>')
    out += ["</ol>", "</body></html>"]
    return "\n".join(out) + "\n"


def render_csv(s: Summary) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        [
            "topic",
            "indicator",
            "subject",
            "period",
            "value",
            "unit",
            "value_text",
            "reported_change",
            "reporter",
            "partner",
            "source_number",
            "source",
            "url",
        ]
    )
    cites = {c.number: c for c in s.citations}
    for line in s.lines:
        c = cites[line.footnote]
        w.writerow(
            [
                neutralise(x)
                for x in (
                    line.topic,
                    line.indicator,
                    line.subject,
                    line.period,
                    line.value,
                    line.unit,
                    line.value_text,
                    line.change_text,
                    line.reporter,
                    line.partner,
                    line.footnote,
                    _citation_text(c),
                    c.url,
                )
            ]
        )
    return buf.getvalue()
