"""One synthetic data set per scale, shared by the benchmark areas of a run.

The observations are generated once; the table model sits on a :class:`Desk` whose store
holds them in memory, next to a small workspace file (writes are never benchmarked here).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from app.domain.store import ObservationStore
from benchmarks import synthetic


@dataclass
class Fixture:
    rows: int
    folder: Path
    observations: pd.DataFrame
    indicators: pd.DataFrame
    sources: pd.DataFrame
    _session: Any = field(default=None, repr=False)
    _files: tuple[Path, Path] | None = field(default=None, repr=False)

    @classmethod
    def build(cls, rows: int, folder: Path | None = None) -> Fixture:
        shape = synthetic.SHAPES[rows]
        where = folder or Path(tempfile.mkdtemp(prefix=f"corridor-bench-{rows}-"))
        return cls(
            rows,
            where,
            synthetic.observations(shape),
            synthetic.indicators(shape),
            synthetic.sources(),
        )

    def store(self) -> ObservationStore:
        return ObservationStore(self.observations, self.sources, self.indicators)

    def session(self) -> Any:
        """A DeskSession over an in-memory store of all rows (needs a QApplication)."""
        if self._session is None:
            from app.qt.messages import MessageBus
            from app.qt.session import DeskSession
            from app.services.desk import Desk
            from app.services.storage import DuckDBStorage

            path = self.folder / "model.corridor"
            path.unlink(missing_ok=True)
            ws = DuckDBStorage.create(path, indicators=self.indicators, sources=self.sources)
            self._session = DeskSession(Desk(ws, self.store()), MessageBus())
        return self._session

    def files(self) -> tuple[Path, Path]:
        """(csv, parquet) of the tidy layout, written on first use."""
        if self._files is None:
            self._files = synthetic.write_files(self.observations, self.folder)
        return self._files

    def close(self) -> None:
        if self._session is not None:
            self._session.desk.close()
            self._session = None
