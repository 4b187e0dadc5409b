"""The value sort's stable argsort gives numpy's stable order on every kind of key."""

from __future__ import annotations

import numpy as np
import pytest

from app.domain.float_sort import stable_argsort

_RNG = np.random.default_rng(3)
_EDGES = [0.0, -0.0, np.inf, -np.inf, 1e300, -1e300, 1e-300, -1e-300, np.nan, 5e-46, 3.5e38]

KEYS = {
    # measured values: almost all distinct, a few exact ties
    "values": np.round(_RNG.lognormal(15, 3, 50_000), 1),
    # many exact ties: rows of one value stay in row order
    "ties": _RNG.integers(0, 100, 50_000).astype(float),
    # values closer than float32 can tell apart, a few of them (refined by a lexsort)
    "crowded few": np.r_[1e9 + np.arange(2_000) * 0.1, _RNG.normal(size=20_000)],
    # most of them (numpy's stable sort does the work)
    "crowded all": 1e9 + _RNG.integers(0, 5_000, 50_000) * 0.1,
    # signed zeros, infinities, overflow and underflow of float32, NaN
    "edges": np.array(_EDGES * 500)[_RNG.permutation(len(_EDGES) * 500)],
    "missing": np.where(_RNG.random(20_000) < 0.3, np.nan, _RNG.normal(size=20_000)),
    "float32": _RNG.normal(size=5_000).astype(np.float32),
    "one": np.array([2.5]),
    "none": np.array([], dtype=float),
}


@pytest.mark.parametrize("name", list(KEYS))
def test_stable_argsort_is_numpys_stable_order(name: str) -> None:
    key = KEYS[name]
    for k in (key, -key):  # ascending, and descending as the view sorts it
        np.testing.assert_array_equal(stable_argsort(k), np.argsort(k, kind="stable"))


def test_stable_argsort_of_integers_is_numpys() -> None:
    key = _RNG.integers(-5, 5, 1_000)
    np.testing.assert_array_equal(stable_argsort(key), np.argsort(key, kind="stable"))
