"""A fetch from start to plan: ask the portal, read the answer, plan it like a file import.

``fetch`` never writes anything: it returns what was read, with a source record that names
the portal, the query URL, the dataset and the retrieval time (``kind = fetch``). ``plan``
turns that into the import's one undoable edit (:func:`plan_with_summary`: duplicates,
revisions as vintages, new catalogue rows) plus the ``fetches`` row that lets Refresh ask
again. A re-fetch of the same query is the same source: unchanged figures are not stored
again and changed ones become revisions with the earlier values kept as vintages.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd

from app.domain.edits import AddRecords, CompositeEdit, Edit, SetRecordValues
from app.domain.model import Source
from app.domain.records import normalise_records
from app.domain.store import ObservationStore
from app.services.fetch.base import Context, Download, FetchRequest
from app.services.fetch.errors import FetchCancelled, FetchError
from app.services.fetch.http import Cancel, HttpClient, Progress
from app.services.fetch.registry import get_connector
from app.services.importers import (
    ImportCancelled,
    ImportFailed,
    ImportResult,
    OnDuplicate,
    PlanSummary,
    get_importer,
    plan_with_summary,
)
from app.services.importers.detect import detect


@dataclass(frozen=True)
class Fetched:
    """What one fetch read (nothing stored yet)."""

    request: FetchRequest
    result: ImportResult
    download: Download

    @property
    def url(self) -> str:
        return self.download.urls[0] if self.download.urls else ""


def fetch(
    request: FetchRequest,
    client: HttpClient | None = None,
    base_url: str = "",
    key: str = "",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Fetched:
    """Ask the portal and read its answer with the portal's reader (raises FetchError,
    Offline or FetchCancelled; nothing is written anywhere)."""
    connector = get_connector(request.source)
    connector.check(request)
    own = client is None
    http = client or HttpClient()
    try:
        ctx = Context(http, connector.base_url(base_url), key, progress, cancel)
        download = connector.collect(request, ctx)
    finally:
        if own:
            http.close()
    if cancel is not None and cancel():
        raise FetchCancelled
    try:
        reader = connector.reader or detect(download.body)
        result = get_importer(reader).read(download.body, None, None, cancel)
    except ImportCancelled as exc:
        raise FetchCancelled from exc
    except ImportFailed as exc:
        raise FetchError(f"{connector.label}: the answer could not be read: {exc}") from exc
    source = Source(
        publisher=connector.publisher,
        title=connector.title(request),
        url=download.urls[0] if download.urls else "",
        dataset=connector.dataset(request) or result.source.dataset,
        retrieved=download.retrieved,
        kind="fetch",
    )
    result = replace(result, source=source, indicators=_named(result.indicators, download))
    for note in download.notes:
        result.details.setdefault("notes", []).append(note)
    return Fetched(request, result, download)


def plan(
    fetched: Fetched, store: ObservationStore, on_duplicate: str = OnDuplicate.KEEP
) -> tuple[Edit, PlanSummary]:
    """The import edit of what was fetched, with the query kept (or its time updated)."""
    edit, summary = plan_with_summary(fetched.result, store, on_duplicate)
    text = f"Fetch {fetched.result.source.title}"
    record = query_edit(fetched, store, summary.sentence(), text)
    edits = [*(edit.edits if isinstance(edit, CompositeEdit) else [edit]), record]
    return CompositeEdit(edits, text, "fetch"), summary


def query_edit(fetched: Fetched, store: ObservationStore, outcome: str, text: str) -> Edit:
    """A new ``fetches`` row for a query asked the first time; the time and outcome of the
    stored row for one asked again (same URL)."""
    rows = store.records.get("fetches")
    same = rows[rows["url"] == fetched.url] if rows is not None and len(rows) else pd.DataFrame()
    when = fetched.download.retrieved
    if len(same):
        ids = same["fetch_id"].astype("int64").tolist()
        return SetRecordValues(
            "fetches",
            ids,
            {
                "refreshed": (same["refreshed"].tolist(), [when] * len(ids)),
                "outcome": (same["outcome"].tolist(), [outcome] * len(ids)),
            },
            text,
        )
    row = pd.DataFrame(
        {
            "fetch_id": store.next_record_ids("fetches", 1),
            "connector": [fetched.request.source],
            "request": [fetched.request.to_json()],
            "url": [fetched.url],
            "title": [fetched.result.source.title],
            "created": [when],
            "refreshed": [when],
            "outcome": [outcome],
        }
    )
    return AddRecords({"fetches": normalise_records("fetches", row)}, text)


def _named(catalogue: pd.DataFrame, download: Download) -> pd.DataFrame:
    """The reader's catalogue rows with the names and descriptions the portal's metadata
    gave (the records' own names where it gave none)."""
    if catalogue.empty or not download.names:
        return catalogue
    out = catalogue.copy()
    for code, name, note in download.names:
        rows = out["code"] == code
        if name:
            out.loc[rows, "name"] = name
        if note:
            out.loc[rows, "description"] = note
    return out
