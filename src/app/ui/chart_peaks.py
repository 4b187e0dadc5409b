"""The min/max pyramid that a long line on the screen chart pans on.

Today's indicator charts draw one point per period (a few dozen years, a few hundred
months), far below :data:`MIN_POINTS`, where the pyramid starts: only long series reach it,
such as the 1M- to 10M-point line that ``benchmarks/chart.py`` draws through
:meth:`app.ui.chart_panel.ChartPanel._line` (and ``tests/ui/test_chart_panel.py``). Shorter
lines are left to pyqtgraph's own peak downsampling. :class:`PeakLineItem` is the line item
:class:`~app.ui.chart_figures.FigureMarks` makes for every series.

A long line is reduced to what the screen can show: the plot's peak downsampling draws the
highest and lowest figure of each pixel column (:data:`PEAKS_PER_PIXEL`; pyqtgraph's default
of five per pixel draws the same picture with five times the segments, and a 2 px line is
drawn segment by segment).

pyqtgraph's own peak downsampling finds the peaks anew on every pan: a quarter of a
10M-point line is 2.5M values read twice per frame (about ten milliseconds of a 16 ms
frame). :class:`PeakPyramid` finds the highest and lowest value of each block of 64 points
once, when the line is first drawn, then of each 16 such blocks, and so on; a view reads a
level whose blocks are several times narrower than its pixel columns' share of points and
merges neighbouring blocks into blocks no wider than that share: tens of thousands of
values read instead of millions. :class:`PeakLineItem` is the line item that draws from
it: pyqtgraph asks its ``_getDisplayDataset`` what to draw (``updateItems`` on every view
change, ``getData`` for readers), and it answers from the pyramid when pyqtgraph's peak
reduction would run (auto downsampling in peak mode with clip-to-view, no log/FFT/derivative
mapping, finite data with x increasing, at least 64 points to a block), else leaves it to
pyqtgraph. The picture is the one pyqtgraph's peak mode draws: each block's highest then
lowest value at the x of its middle point, so every pixel column keeps its extremes.
Blocks start at multiples of their size, not at the first point in view, so that a pan
does not make the line shimmer. ``tests/ui/test_chart_panel.py`` pins the hook (the curve
pyqtgraph paints holds what the pyramid gives).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from pyqtgraph import functions as fn
from pyqtgraph.graphicsItems.PlotDataItem import PlotDataset

#: peak-downsampling buckets per pixel column of a long line (each draws its min and max)
PEAKS_PER_PIXEL = 1.0

#: points in a block of the finest level, and blocks of one level merged into the next
BASE_BLOCK = 64
LEVEL_FACTOR = 16
#: no pyramid under this many points (it could not help a view a few thousand pixels wide)
MIN_POINTS = 1 << 16
#: a level is kept while it has at least this many blocks
MIN_BLOCKS = 256
#: a view reads the coarsest level with at least this many of its blocks to a drawn block,
#: so that drawn blocks fall short of a pixel column's share of points by at most 1/8 (the
#: level itself, 16 times finer than the next, could be half as wide: twice the segments)
MIN_MERGE = 8
#: values read per chunk when the finest level is built (keeps the chunk in cache while
#: its maxima and minima are taken)
_CHUNK = BASE_BLOCK * 16384


class PeakPyramid:
    """Highest and lowest value of each block of ``sizes[i]`` points of ``y`` (blocks at
    multiples of the size; the last may be shorter), for sizes 64, 1024, 16384, ..."""

    def __init__(self, x: np.ndarray, y: np.ndarray) -> None:
        self.x, self.y = x, y
        self.sizes: list[int] = []
        self.highs: list[np.ndarray] = []
        self.lows: list[np.ndarray] = []
        n = len(y)
        highs = np.empty(-(-n // BASE_BLOCK))
        lows = np.empty_like(highs)
        for start in range(0, n, _CHUNK):
            part = y[start : start + _CHUNK]
            at = np.arange(0, len(part), BASE_BLOCK)
            first = start // BASE_BLOCK
            np.maximum.reduceat(part, at, out=highs[first : first + len(at)])
            np.minimum.reduceat(part, at, out=lows[first : first + len(at)])
        size = BASE_BLOCK
        while True:
            self.sizes.append(size)
            self.highs.append(highs)
            self.lows.append(lows)
            if len(highs) < MIN_BLOCKS * LEVEL_FACTOR:
                break
            at = np.arange(0, len(highs), LEVEL_FACTOR)
            highs = np.maximum.reduceat(highs, at)
            lows = np.minimum.reduceat(lows, at)
            size *= LEVEL_FACTOR

    @classmethod
    def of(cls, x: np.ndarray | None, y: np.ndarray | None) -> PeakPyramid | None:
        """The pyramid of a line, or None when it cannot serve it: too short, values not
        all finite (NaN gaps must stay gaps) or x not increasing."""
        if x is None or y is None or len(y) < MIN_POINTS or len(x) != len(y):
            return None
        if x.dtype.kind not in "fiu" or y.dtype.kind not in "fiu":
            return None
        y = y.astype(float, copy=False)
        if not (np.isfinite(x).all() and np.isfinite(y).all()):
            return None
        if not bool((x[1:] >= x[:-1]).all()):
            return None
        return cls(x, y)

    def level(self, points: int) -> int:
        """Index of the level to read for drawn blocks of about ``points`` points: the
        coarsest with :data:`MIN_MERGE` of its blocks in one drawn block, else the finest."""
        return max(int(np.searchsorted(self.sizes, points // MIN_MERGE, side="right")) - 1, 0)

    def peaks(self, first: int, stop: int, points: int) -> tuple[np.ndarray, np.ndarray]:
        """x and y to draw points ``first`` .. ``stop`` - 1 in blocks of about ``points``
        points (at least :data:`BASE_BLOCK`): each block's highest then lowest value, both
        at the x of its middle point. The blocks cover the range (so its extremes are
        drawn), start at multiples of their size and may reach a little beyond it."""
        level = self.level(points)
        size = self.sizes[level]
        merge = max(1, points // size)  # blocks of the level merged into one drawn block
        blocks = len(self.highs[level])
        j0 = (max(first, 0) // size) // merge * merge
        j1 = min(-(-max(stop, first + 1) // size), blocks)
        at = np.arange(0, j1 - j0, merge)
        highs = np.maximum.reduceat(self.highs[level][j0:j1], at)
        lows = np.minimum.reduceat(self.lows[level][j0:j1], at)
        begin = (j0 + at) * size
        end = np.minimum(begin + merge * size, len(self.y))
        middle = self.x[(begin + end - 1) // 2]
        xs = np.repeat(middle, 2)
        ys = np.empty(2 * len(highs))
        ys[0::2] = highs
        ys[1::2] = lows
        return xs, ys


class PeakLineItem(pg.PlotDataItem):  # type: ignore[misc]  # pyqtgraph has no type hints
    """A PlotDataItem whose peak downsampling reads a :class:`PeakPyramid` (see module)."""

    def setData(self, *args: Any, **kwargs: Any) -> None:
        #: the pyramid of the data; False: they cannot have one; None: not built yet
        self._pyramid: PeakPyramid | bool | None = None
        self._peak_key: tuple[int, int, int] | None = None
        self._peak_data: tuple[np.ndarray, np.ndarray] | None = None
        super().setData(*args, **kwargs)

    def pyramid(self) -> PeakPyramid | None:
        """The pyramid of the data (built on first use), None when it cannot serve them."""
        if self._pyramid is None:
            x, y = self.getOriginalDataset()
            self._pyramid = PeakPyramid.of(x, y) or False
        return self._pyramid if isinstance(self._pyramid, PeakPyramid) else None

    def _reduces_by_peaks(self) -> bool:
        opts = self.opts
        return bool(
            opts["autoDownsample"]
            and opts["clipToView"]
            and opts["downsampleMethod"] == "peak"
            and not any(opts["logMode"])
            and not (
                opts["fftMode"]
                or opts["derivativeMode"]
                or opts["phasemapMode"]
                or opts["subtractMeanMode"]
            )
            and not isinstance(opts["connect"], np.ndarray)
        )

    def peak_view(self) -> tuple[np.ndarray, np.ndarray] | None:
        """x and y the pyramid gives for the current view (None when pyqtgraph's own
        reduction applies: no pyramid, no view, or fewer than 64 points to a block)."""
        view = self.getViewBox()
        if view is None or not self._reduces_by_peaks():
            return None
        pyramid = self.pyramid()
        width = float(view.width())
        if pyramid is None or width <= 0:
            return None
        n = len(pyramid.x)
        if view.autoRangeEnabled()[0]:  # fitted to the data: all of it (as pyqtgraph)
            first, stop = 0, n
        else:
            rect = view.viewRect()
            first = int(np.searchsorted(pyramid.x, rect.left(), side="left"))
            stop = int(np.searchsorted(pyramid.x, rect.right(), side="right"))
        ratio = (stop - first) / (width * float(self.opts["autoDownsampleFactor"]))
        points = int(ratio) if math.isfinite(ratio) else 0
        if points < BASE_BLOCK:
            return None
        # as pyqtgraph's clip-to-view, one block beyond each edge: the line runs to the edge
        key = (max(first - points, 0), min(stop + points, n), points)
        if key != self._peak_key or self._peak_data is None:
            self._peak_data = pyramid.peaks(*key)
            self._peak_key = key
        return self._peak_data

    def _getDisplayDataset(self) -> Any:
        """What pyqtgraph draws (its ``updateItems`` and ``getData`` ask this): the
        pyramid's peaks of the view when they apply, else pyqtgraph's own reduction."""
        peaks = self.peak_view()
        if peaks is None:
            return super()._getDisplayDataset()
        x, y = peaks
        view = self.getViewBox()
        limit = self.opts["dynamicRangeLimit"]
        if limit is not None and view is not None:  # as pyqtgraph: no huge coordinates
            rect = view.viewRect()
            height = rect.height()
            data = self.dataRect()
            if (
                height > 0
                and data is not None
                and data.height() > 2 * self.opts["dynamicRangeHyst"] * limit * height
            ):
                y = fn.clip_array(y, rect.top() - limit * height, rect.bottom() + limit * height)
        return PlotDataset(x, y, True, True, None)
