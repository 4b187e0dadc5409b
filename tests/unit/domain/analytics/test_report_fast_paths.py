"""The column-wise steps of the pair reports (issue 21) against the plain pandas calls
they stand for, on the random workspaces of the vectorised tests."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from tests.unit.domain.analytics.test_analytics_vectorised import SEEDS, workspace

from app.domain.analytics import choose_figures, plain
from app.domain.analytics.choice import chosen_order, figures_at
from app.domain.analytics.column_texts import as_objects, category_texts, str_texts, text_codes


def _same(a: object, b: object) -> bool:
    """Equal values of the same type (NaN equal to NaN)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float) and math.isnan(a):
        return isinstance(b, float) and math.isnan(b)
    return a == b


@pytest.mark.parametrize("seed", SEEDS)
def test_records_are_to_dict_records(seed: int) -> None:
    obs, src = workspace(seed)
    for frame in (obs, choose_figures(obs, src), obs.iloc[:0]):
        want = frame.to_dict("records")
        got = plain.records(frame)
        assert len(got) == len(want)
        for w, g in zip(want, got, strict=True):
            assert list(w) == list(g)
            assert all(_same(w[k], g[k]) for k in w)
    cols = ("indicator", "period_start", "obs_id")
    assert plain.rows(obs, cols) == [tuple(r.values()) for r in plain.records(obs, cols)]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("same_reporter", [True, False])
def test_figures_at_any_rows_are_those_of_choose_figures(seed: int, same_reporter: bool) -> None:
    obs, src = workspace(seed)
    whole = choose_figures(obs, src, same_reporter)
    used = chosen_order(obs, src, same_reporter)
    pd.testing.assert_frame_equal(figures_at(obs, used, src, same_reporter), whole)
    some = np.flatnonzero(np.arange(len(used.rows)) % 3 == 1)
    pd.testing.assert_frame_equal(
        figures_at(obs, used.at(some), src, same_reporter), whole.iloc[some]
    )


@pytest.mark.parametrize("seed", SEEDS)
def test_category_texts_are_the_categories_as_str(seed: int) -> None:
    obs, _src = workspace(seed)
    for c in ("indicator", "reporter", "subject"):
        col = obs[c]
        assert category_texts(col) == [str(x) for x in col.cat.categories]
        codes, words = text_codes(col)
        assert words[codes].tolist() == as_objects(col).tolist()
        assert str_texts(col).tolist() == col.astype(str).tolist()
