"""Chart images of a briefing, drawn by a renderer the caller passes in.

Services know no Qt, so the picture comes from a ``render_chart(spec) -> PNG bytes``
callable. Each section's spec is a :class:`app.domain.chart.ChartSpec`, the same data the
screen's chart draws (same figures chosen, same records and projections); the GUI and
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
    """Fill ``briefing.images`` for every section with a chart spec; returns the count."""
    specs = [s.chart for s in briefing.sections if s.chart is not None]
    for done, spec in enumerate(specs, 1):
        png = render_chart(spec)
        if not png.startswith(PNG_SIGNATURE):
            raise ValueError(f"the chart renderer returned no PNG for {spec.key}")
        briefing.images[spec.key] = png
        if progress is not None:
            progress(done, len(specs))
    return len(specs)
