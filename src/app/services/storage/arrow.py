"""Arrow tables to the in-memory frames of :mod:`app.domain.model`, for every backend.

A backend reads its observations as an Arrow table (DuckDB's ``to_arrow_table``, ADBC or
COPY for a server) and hands it here: dimensions become categoricals straight from Arrow's
dictionary encoding, so ten million rows never exist as ten million Python strings per
dimension (``.df()`` builds those, then categorising them costs as much again).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from app.domain.model import CATEGORICAL_COLUMNS, OBSERVATION_COLUMNS, normalise_observations
from app.services.storage.errors import WorkspaceError

_NUMPY = {"BIGINT": "int64", "INTEGER": "int32", "DOUBLE": "float64", "BOOLEAN": "bool"}


def observations_from_arrow(table: pa.Table) -> pd.DataFrame:
    """The observations frame of :func:`normalise_observations`, built from Arrow columns.

    Dimensions become categoricals (categories sorted, as ``astype("category")`` sorts
    them); other text columns share one Python string per distinct value. Rows are put in
    obs_id order with a permutation only when the table does not already hold them so.
    """
    if table.num_rows == 0:
        return normalise_observations(table.to_pandas())
    ids = table.column("obs_id").to_numpy()
    if len(ids) > 1 and not bool(np.all(ids[1:] >= ids[:-1])):
        table = table.take(pa.array(np.argsort(ids, kind="stable")))
    out: dict[str, Any] = {}
    for name, sql in OBSERVATION_COLUMNS.items():
        out[name] = _column(table.column(name), name, sql)
    return _typed(pd.DataFrame(out))


def _column(column: pa.ChunkedArray, name: str, sql: str) -> Any:
    if sql == "VARCHAR":
        codes, labels = dictionary(column)
        if name in CATEGORICAL_COLUMNS:
            return pd.Categorical.from_codes(codes, categories=pd.Index(labels))
        return pd.Series(np.asarray(labels, dtype=object)[codes], dtype=object)
    if sql == "BOOLEAN":
        return pc.fill_null(column, False).to_numpy()
    if sql != "DOUBLE" and column.null_count:
        raise WorkspaceError(f"{column.null_count} observations have no {name}")
    return column.to_numpy()  # DOUBLE NULL reads as NaN


def dictionary(column: pa.ChunkedArray) -> tuple[np.ndarray, list[str]]:
    """(codes, sorted distinct texts) of a text column; NULL reads as ''."""
    encoded = pc.fill_null(column, "").combine_chunks().dictionary_encode()
    labels = encoded.dictionary.to_pylist()
    if not labels:
        return np.zeros(len(encoded), dtype=np.int64), []
    rank = np.argsort(np.asarray(labels, dtype=object))
    where = np.empty(len(labels), dtype=np.int64)
    where[rank] = np.arange(len(labels))
    return where[encoded.indices.to_numpy(zero_copy_only=False)], [labels[i] for i in rank]


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Numeric and boolean columns in the contract's numpy types (a backend's are equal or
    wider); text columns are already categorical or object."""
    for name, sql in OBSERVATION_COLUMNS.items():
        if sql in _NUMPY:
            frame[name] = frame[name].to_numpy().astype(_NUMPY[sql], copy=False)
    return frame


def insert_table(frame: pd.DataFrame) -> pa.Table:
    """A frame as an Arrow table for one bulk ``INSERT … SELECT``: categorical columns go as
    dictionary arrays (the database casts them to text in one pass), never as millions of
    Python strings."""
    return pa.Table.from_pandas(frame, preserve_index=False)
