"""Chart images of a briefing, drawn by a renderer the caller passes in.

Services know no Qt, so the picture comes from a ``render_chart(spec) -> bytes`` callable
(PNG, or SVG for vector charts). Each spec is a :class:`app.domain.chart.ChartSpec`, the
same data the screen's chart draws (same figures chosen, same records and projections); the GUI and
``corridor brief`` pass :func:`app.qt.chart_render.briefing_chart_renderer`, which paints it
with QPainter, without widgets.
"""

from __future__ import annotations

from collections.abc import Callable

from app.services.briefing.model import Briefing, RenderChart

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def render_charts(
    briefing: Briefing,
    render_chart: RenderChart,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Fill ``briefing.images`` (PNG) or ``briefing.svgs`` (SVG), as the renderer draws,
    for every chart the template shows; returns the count."""
    specs = list(briefing.chart_specs().values())
    for done, spec in enumerate(specs, 1):
        data = render_chart(spec)
        if data.startswith(PNG_SIGNATURE):
            briefing.images[spec.key] = data
        elif b"<svg" in data[:400]:
            briefing.svgs[spec.key] = data
        else:
            raise ValueError(f"the chart renderer returned neither PNG nor SVG for {spec.key}")
        if progress is not None:
            progress(done, len(specs))
    return len(specs)
