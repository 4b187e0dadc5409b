"""The export dialog's work in the task runner: the preview, the charts and the file.

Each function runs in a worker and stops at the next indicator or chart when its task is
cancelled (a newer preview supersedes an older one; Cancel stops an export).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.domain.store import ObservationStore
from app.qt.tasks import Cancelled, IsCancelled, Progress
from app.services.briefing import (
    Briefing,
    BriefingRequest,
    Exporter,
    build_briefing,
    render_charts,
    render_markdown,
)
from app.services.briefing.model import RenderChart


def stop_if(cancelled: IsCancelled) -> None:
    """Raise Cancelled when the task was cancelled (called between indicators)."""
    if cancelled():
        raise Cancelled


def preview_text(
    store: ObservationStore, request: BriefingRequest, cancelled: IsCancelled
) -> tuple[Briefing, str]:
    """The briefing and its Markdown text; a superseded preview stops at the next
    indicator."""
    briefing = build_briefing(store, request, progress=lambda _d, _t: stop_if(cancelled))
    return briefing, render_markdown(briefing)


def write_briefing(
    briefing: Briefing,
    exporter: Exporter,
    path: Path,
    options: Mapping[str, Any],
    render: RenderChart | None,
    progress: Progress,
    cancelled: IsCancelled,
) -> Path:
    """Draw the pictures the format embeds (``render``; None when it paints its own) and
    write the file; the second half of the export's progress."""
    if render is not None:

        def step(done: int, total: int) -> None:
            stop_if(cancelled)
            progress(total + done, total * 2)

        render_charts(briefing, render, progress=step)
    exporter.export(briefing, path, options)
    progress(2, 2)
    return path
