"""The main window's chart of the current indicator and pair, kept current.

On a start, a pair or an indicator chosen, the chart is drawn at once. After an edit it is
made in a worker once the window has repainted, and drawn when ready (a newer chart
supersedes one still coming): the window answers the edit first. The worker also gathers
the chart's rows (:func:`~app.domain.chart.chart_gatherer`, from a copy-on-write snapshot
of the observations), so the GUI thread pays no pass over the pair's rows for it. An edit
that only sets values of figures the chart does not show (another indicator, another
pair) leaves the chart as it is: PERFORMANCE.md, only the affected figures are recomputed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from app.domain.chart import ChartSpec, chart_gatherer, chart_rows
from app.domain.edits import Op, Update
from app.qt.session import DeskSession
from app.qt.tasks import TaskRunner, TaskSlot, after_repaint
from app.ui.chart_panel import ChartPanel

#: columns whose change can bring a figure onto the chart or take it off
PLACING_COLUMNS = frozenset({"obs_id", "indicator", "reporter", "partner"})


class ChartFollower:
    """Draws ``chart`` for the session's store, an indicator and a pair."""

    def __init__(
        self,
        session: DeskSession,
        runner: TaskRunner,
        chart: ChartPanel,
        on_error: Callable[[str, str], None],
    ) -> None:
        self.session = session
        self.chart = chart
        self._on_error = on_error
        self._task: TaskSlot[ChartSpec] = TaskSlot(runner)

    @property
    def busy(self) -> bool:
        """A chart is being made in a worker (the panel still shows the one before)."""
        return self._task.busy

    def update(
        self, indicator: tuple[str, str], pair: tuple[str, str], ops: Sequence[Op] | None = None
    ) -> None:
        """The chart of ``indicator`` (code, name) for ``pair``: at once, or after the edit
        of ``ops`` from a worker once the window has repainted (nothing when the edit
        changed no figure of the chart shown; no ``ops`` named: any may have changed)."""
        code, name = indicator
        if ops is None:
            self._task.cancel()
            rows = chart_rows(self.session.store, code, pair, name=name)
            self.chart.show_spec(rows.spec())
            return
        if ops and not self._affected(ops, code):
            return
        self._task.cancel()
        gather = chart_gatherer(self.session.store, code, pair, name=name)
        with after_repaint():
            self._task.start(
                lambda *_: gather().spec(), on_done=self.chart.show_spec, on_error=self._on_error
            )

    def _affected(self, ops: Sequence[Op], code: str) -> bool:
        """Whether ``ops`` may change the chart of ``code`` now shown: anything but values
        set of figures it does not show (a chart still coming is made again)."""
        spec = self.chart.spec
        if self._task.busy or spec.indicator != code or "obs_id" not in spec.observations:
            return True
        shown = spec.observations["obs_id"].to_numpy()
        return any(
            not isinstance(op, Update)
            or op.column in PLACING_COLUMNS
            or bool(np.isin(np.asarray(op.obs_ids), shown).any())
            for op in ops
        )
