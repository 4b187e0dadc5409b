"""The pivot grid's data: its layout (:class:`PivotSpec`, saved in views as JSON) and the
grid a pivot produces (:class:`PivotTable`); :mod:`app.domain.pivot` computes it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from app.domain.periods import EN_DASH, MONTH_ABBR

ROW_DIMENSIONS = ("indicator", "pair", "reporter")
FREQUENCIES = ("year", "quarter", "month", "window")
#: a grid larger than this is refused (choose fewer indicators or a coarser frequency)
MAX_CELLS = 20_000_000


@dataclass(frozen=True)
class PivotSpec:
    """What the grid shows; plain data, JSON-able through :meth:`to_dict` (saved views)."""

    rows: str = "indicator"  # indicator | pair | reporter
    frequency: str = "year"  # year | quarter | month | window
    #: (first month 1..12, last month) of frequency "window": (1, 10) is Jan–Oct
    window: tuple[int, int] | None = None
    indicators: tuple[str, ...] = ()  # empty: all
    pair: tuple[str, str] | None = None  # both directions and one-country rows of either side
    first_year: int | None = None
    last_year: int | None = None

    def __post_init__(self) -> None:
        if self.rows not in ROW_DIMENSIONS:
            raise ValueError(f"rows must be one of {', '.join(ROW_DIMENSIONS)}, not {self.rows!r}")
        if self.frequency not in FREQUENCIES:
            raise ValueError(
                f"frequency must be one of {', '.join(FREQUENCIES)}, not {self.frequency!r}"
            )
        if self.window is not None:
            a, b = self.window
            if not 1 <= a <= b <= 12:
                raise ValueError(f"a window runs from month 1..12 to a later month, not {a}-{b}")
        elif self.frequency == "window":
            raise ValueError("frequency 'window' needs a window such as (1, 10) for Jan–Oct")

    @property
    def months(self) -> tuple[int, int]:
        """(first, last) calendar month of a column's period in its year (quarter/month: 0)."""
        if self.frequency == "window" and self.window is not None:
            return self.window
        return (1, 12) if self.frequency == "year" else (0, 0)

    def frequency_words(self) -> str:
        """ "calendar years", "quarters", "months", "Jan–Oct of each year"."""
        if self.frequency == "window":
            a, b = self.months
            span = (
                MONTH_ABBR[a - 1] if a == b else f"{MONTH_ABBR[a - 1]}{EN_DASH}{MONTH_ABBR[b - 1]}"
            )
            return f"{span} of each year"
        return {"year": "calendar years", "quarter": "quarters", "month": "months"}[self.frequency]

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "frequency": self.frequency,
            "window": list(self.window) if self.window else None,
            "indicators": list(self.indicators),
            "pair": list(self.pair) if self.pair else None,
            "first_year": self.first_year,
            "last_year": self.last_year,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PivotSpec:
        """The spec of :meth:`to_dict` (unknown keys ignored; ValueError if malformed)."""
        try:
            window, pair = data.get("window"), data.get("pair")
            return cls(
                rows=str(data.get("rows", "indicator")),
                frequency=str(data.get("frequency", "year")),
                window=(int(window[0]), int(window[1])) if window else None,
                indicators=tuple(str(i) for i in data.get("indicators") or ()),
                pair=(str(pair[0]), str(pair[1])) if pair else None,
                first_year=_int_or_none(data.get("first_year")),
                last_year=_int_or_none(data.get("last_year")),
            )
        except (TypeError, IndexError, KeyError) as exc:
            raise ValueError(f"not a pivot layout: {exc}") from exc


def _int_or_none(x: Any) -> int | None:
    return None if x is None else int(x)


@dataclass(frozen=True, eq=False)
class CellWords:
    """A text per cell kept as codes into ``labels`` (the last label is '', for empty
    cells): a million cells cost a million small integers, not a million objects."""

    codes: np.ndarray  # int64 (rows, columns)
    labels: np.ndarray  # object array of str

    def __getitem__(self, at: tuple[int, int]) -> str:
        return str(self.labels[self.codes[at]])

    def isin(self, words: Iterable[str]) -> np.ndarray:
        """Cells whose text is one of ``words`` (a bool matrix)."""
        hit: np.ndarray = np.isin(self.labels.astype(str), list(words))[self.codes]
        return hit


@dataclass(frozen=True, eq=False)
class PivotTable:
    """The grid: ``values[r, c]`` is the chosen figure of row ``r`` in period column ``c``
    (NaN where none); the other matrices describe the same cell."""

    spec: PivotSpec
    row_labels: tuple[str, ...]
    #: (indicator, reporter, partner, subject) of each grid row
    row_keys: pd.DataFrame
    row_units: tuple[str, ...]  # the unit of most of the row's cells
    columns: tuple[str, ...]  # period labels: "2024", "Q1 2024", "Jan–Oct 2025"
    periods: tuple[tuple[int, int], ...]  # (start, end) month index of each column
    values: np.ndarray  # float64 (rows, columns)
    obs_id: np.ndarray  # int64: the chosen figure, -1 where empty
    source_id: np.ndarray  # int64: its source
    n_rows: np.ndarray  # int32: stored rows of the figure key (several: several sources)
    preferred: np.ndarray  # bool: the chosen row is marked preferred
    qualifier: CellWords  # the chosen row's ('' where empty)
    status: CellWords
    unit: CellWords
    conflict: np.ndarray  # bool
    claimed: np.ndarray  # bool
    #: reported changes among the cell's rows not listed in ``claim_notes``
    changes: np.ndarray  # int32
    #: per conflicting / claimed cell (flat index r * columns + c)
    conflict_notes: dict[int, str] = field(default_factory=dict)
    claim_notes: dict[int, tuple[str, ...]] = field(default_factory=dict)
    #: keys stored more than once: flat cells (sorted), offsets into ``many_ids``, obs ids
    many_cells: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    many_ptr: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=np.int64))
    many_ids: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    source_names: dict[int, str] = field(default_factory=dict)
    caption: str = ""

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.row_labels), len(self.columns)

    def obs_ids(self, row: int, column: int) -> list[int]:
        """The cell's figures: the chosen one first, then the other rows of its key."""
        flat = row * len(self.columns) + column
        i = int(np.searchsorted(self.many_cells, flat))
        if i < len(self.many_cells) and self.many_cells[i] == flat:
            return [int(x) for x in self.many_ids[self.many_ptr[i] : self.many_ptr[i + 1]]]
        chosen = int(self.obs_id[row, column])
        return [chosen] if chosen >= 0 else []

    def sources_used(self) -> list[str]:
        """Labels of the sources of the figures shown, each once, in label order."""
        ids = np.unique(self.source_id[self.obs_id >= 0])
        return sorted({self.source_names.get(int(i), f"source {int(i)}") for i in ids})
