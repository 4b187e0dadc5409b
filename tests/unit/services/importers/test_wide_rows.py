"""A wide block added per row and per period gives what its melt added row by row gives:
the same rows and categories, problems with the same lines and counts, the same entities."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest

from app.services.importers.problems import ProblemLog
from app.services.importers.rows import RowBuilder


def _block(line0: int = 2, seed: int = 5) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series]:
    """Series × country rows (aggregates, an unknown code, a name-only row, an empty
    indicator, a repeated pair, a unit that scales) and years (one outside the range)."""
    base = pd.DataFrame(
        {
            "indicator": ["NY.GDP", "NY.GDP", "", "SP.POP", "SP.POP", "NY.GDP", "DEBT", "X"],
            "reporter": ["DEU", "WLD", "FRA", "KSV", "", "DEU", "EXT_EA20", "ZZQ"],
            "reporter_name": ["Germany", "", "France", "Kosovo", "Azerbaijan", "", "EA", "?"],
            "unit": ["USD", "USD", "USD", "persons", "persons", "USD", "USD bn", "odd unit"],
            "scale": 1.0,
            "line": np.arange(line0, line0 + 8),
        }
    )
    years = ["1999", "2000", "1066", "2001"]
    periods = pd.DataFrame(
        {"period": pd.Categorical.from_codes(np.arange(4), pd.Index(years, dtype=object))}
    )
    rng = np.random.default_rng(seed)
    texts = rng.choice(["1.5", "..", "", "2e3", "abc", "7", "1e300", " 4 "], len(base) * 4)
    texts[6] = "1e300"  # DEBT in USD bn, 1999: too large once scaled
    return base, periods, pd.Series(texts, dtype="str")


def _melt(base: pd.DataFrame, periods: pd.DataFrame, cells: pd.Series) -> pd.DataFrame:
    k = len(periods)
    long = pd.concat([base] * k, ignore_index=True)
    long["period"] = np.repeat(periods["period"].astype(str).to_numpy(), len(base))
    long["value"] = cells.to_numpy()
    return long


def _outcome(builder: RowBuilder) -> dict[str, Any]:
    frame = builder.finish()
    return {
        "rows": {
            c: (
                (list(frame[c].cat.categories), frame[c].cat.codes.tolist())
                if isinstance(frame[c].dtype, pd.CategoricalDtype)
                else frame[c].astype(object).where(frame[c].notna(), "NaN").tolist()
            )
            for c in frame.columns
        },
        "problems": [
            (p.line, p.column, p.message, str(p.severity), p.count, p.lines)
            for p in builder.log.finish()
        ],
        "skipped": builder.skipped,
        "empty": builder.empty,
        "entities": builder.entity_rows().to_dict("list"),
    }


@pytest.mark.parametrize("keep_empty", [False, True])
def test_a_wide_block_adds_what_its_melt_adds(keep_empty: bool) -> None:
    blocks = [_block(2), _block(10, seed=6)]  # the second repeats the first's figures
    wide = RowBuilder(ProblemLog("w.csv"), keep_empty_values=keep_empty)
    long = RowBuilder(ProblemLog("w.csv"), keep_empty_values=keep_empty)
    for base, periods, cells in blocks:
        wide.add_wide(base, periods, cells)
        long.add(_melt(base, periods, cells))
    got, expected = _outcome(wide), _outcome(long)
    assert got == expected
    assert expected["skipped"]  # the blocks do exercise the checks
    assert expected["problems"]


def test_a_wide_block_with_every_cell_kept_and_one_row_per_period() -> None:
    base, periods, _cells = _block()
    base = base.iloc[[0, 1, 3]].reset_index(drop=True)
    periods = periods.iloc[[0, 1, 3]].reset_index(drop=True)
    cells = pd.Series([str(v) for v in range(9)], dtype="str")
    wide, long = RowBuilder(ProblemLog("w.csv")), RowBuilder(ProblemLog("w.csv"))
    wide.add_wide(base, periods, cells)
    long.add(_melt(base, periods, cells))
    assert _outcome(wide) == _outcome(long)


def test_an_empty_wide_block_adds_nothing() -> None:
    base, periods, _cells = _block()
    builder = RowBuilder(ProblemLog("w.csv"))
    builder.add_wide(base.iloc[:0], periods, pd.Series([], dtype="str"))
    assert len(builder.finish()) == 0
