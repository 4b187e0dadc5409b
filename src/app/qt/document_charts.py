"""Which chart pictures a briefing format needs, for the dialog and ``corridor brief``.

The PDF writer paints every chart as vectors itself (:mod:`app.qt.pdf_export`), so it needs
no picture; HTML embeds SVG; DOCX and Markdown take PNG pictures at 300 dpi.
"""

from __future__ import annotations

from app.domain.chart import ChartSpec
from app.qt.chart_render import briefing_chart_renderer, briefing_svg_renderer
from app.services.briefing.model import RenderChart, is_small_chart

#: formats whose writer paints the charts itself
SELF_PAINTED = frozenset({"pdf"})
#: a section's chart and a key message's small chart, in centimetres (as placed)
FULL_CM = (16.0, 8.0)
SMALL_CM = (8.5, 4.5)


def chart_renderer_for(format_name: str) -> RenderChart | None:
    """The renderer that draws the pictures ``format_name`` embeds (None: it draws its
    own), each chart at the size it is placed, so that its text prints at its size."""
    if format_name in SELF_PAINTED:
        return None
    if format_name == "html":
        full, small = briefing_svg_renderer(*FULL_CM), briefing_svg_renderer(*SMALL_CM)
    else:
        full, small = briefing_chart_renderer(*FULL_CM), briefing_chart_renderer(*SMALL_CM)

    def render(spec: ChartSpec) -> bytes:
        return small(spec) if is_small_chart(spec) else full(spec)

    return render
