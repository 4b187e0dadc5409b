"""Area 5: sort by dimensions and by value, as a permutation array.

Limits: ``np.lexsort`` on the category codes of the same keys, and ``np.argsort`` of the
values; a click → repainted table is held to 2× the domain sort of the same run (issue 21).
Corridor sorts by the alphabetical rank of the categories (not their codes), keeps sorts
stable and never reorders the DataFrame.
"""

from __future__ import annotations

import numpy as np

from app.domain.view import ViewSpec, compute_order
from benchmarks.common import best_of, ms
from benchmarks.fixture import Fixture
from benchmarks.report import Result

DIMENSIONS = (("reporter", True), ("partner", True), ("indicator", True))


def _lexsort_codes(obs: object) -> np.ndarray:
    keys = [obs[c].cat.codes.to_numpy() for c, _ in reversed(DIMENSIONS)]  # type: ignore[index]
    return np.lexsort(keys)


def run(fx: Fixture) -> list[Result]:
    from benchmarks.filtering import _repaint
    from benchmarks.scroll import table_view

    obs = fx.observations
    value = obs["value"].to_numpy()
    limit_dim = best_of(lambda: _lexsort_codes(obs), 2)
    limit_val = best_of(lambda: np.argsort(value), 2)
    dim = best_of(lambda: compute_order(obs, ViewSpec(sort=DIMENSIONS)), 2)
    val = best_of(lambda: compute_order(obs, ViewSpec(sort=(("value", True),))), 2)
    val_desc = best_of(lambda: compute_order(obs, ViewSpec(sort=(("value", False),))), 2)
    view, model = table_view(fx.session())
    model_dim = best_of(lambda: _repaint(model, ViewSpec(sort=DIMENSIONS), view), 1)
    model_val = best_of(lambda: _repaint(model, ViewSpec(sort=(("value", True),)), view), 1)
    view.close()
    n = f"{fx.rows // 1_000_000}M"
    return [
        Result(
            "sort",
            f"by dimensions, domain ({n})",
            ms(dim),
            ms(limit_dim),
            "ms",
            2.0,
            note="compute_order vs np.lexsort on codes",
        ),
        Result(
            "sort",
            f"by value, domain ({n})",
            ms(val),
            ms(limit_val),
            "ms",
            1.3,
            note="compute_order vs np.argsort",
        ),
        Result(
            "sort", f"by value descending, domain ({n})", ms(val_desc), ms(limit_val), "ms", 1.3
        ),
        # the target: a click repaints the table within 2× of the domain sort
        # (ordering in the model, resetting the view, painting the first screen)
        Result(
            "sort",
            f"by dimensions, click → repainted table ({n})",
            ms(model_dim),
            ms(dim),
            "ms",
            2.0,
            note="limit: the domain sort (compute_order) of the same run",
        ),
        Result(
            "sort",
            f"by value, click → repainted table ({n})",
            ms(model_val),
            ms(val),
            "ms",
            2.0,
            note="limit: the domain sort (compute_order) of the same run",
        ),
    ]
