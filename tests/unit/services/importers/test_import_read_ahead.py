"""Batches read ahead in threads (CSV parse + encode, Parquet decode): the same frames in
the same order as a serial read, and no thread left behind when the reader stops early."""

from __future__ import annotations

import threading
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from app.services.importers import ImportCancelled
from app.services.importers.problems import ProblemLog
from app.services.importers.tables import ROWS_PER_BLOCK, iter_table


def _parquet(path: Path, rows: int) -> Path:
    table = pa.table(
        {
            "code": [f"C{i % 7}" for i in range(rows)],
            "note": [None if i % 5 == 0 else f"n{i % 3}" for i in range(rows)],
            "value": [float(i) for i in range(rows)],
        }
    )
    pq.write_table(table, path, row_group_size=ROWS_PER_BLOCK)
    return path


def test_parquet_blocks_are_the_file_in_order(tmp_path: Path) -> None:
    rows = ROWS_PER_BLOCK * 9 + 17  # ten row groups, the last short
    path = _parquet(tmp_path / "t.parquet", rows)
    frames = list(iter_table(path, ProblemLog("t"), dictionary=["code", "note"]))
    assert len(frames) > 2  # read in several batches
    got = pd.concat(frames, ignore_index=True)
    assert got["line"].tolist() == list(range(1, rows + 1))
    want = pq.read_table(path).to_pandas()
    assert got["code"].astype(str).tolist() == want["code"].tolist()
    assert got["note"].isna().tolist() == want["note"].isna().tolist()  # nulls kept
    assert got["value"].tolist() == want["value"].tolist()


def test_parquet_blocks_cancelled_stop_their_reader_thread(tmp_path: Path) -> None:
    path = _parquet(tmp_path / "t.parquet", ROWS_PER_BLOCK * 12)
    before = threading.active_count()
    seen: list[pd.DataFrame] = []
    blocks = iter_table(path, ProblemLog("t"), cancel=lambda: len(seen) >= 1)
    with pytest.raises(ImportCancelled):
        seen.extend(blocks)
    assert threading.active_count() == before
    blocks = iter_table(path, ProblemLog("t"))
    next(blocks)
    blocks.close()  # a reader that stops early ends the thread as well
    assert threading.active_count() == before
