"""Derived series: changes, frequency conversion, windows and formulas over series.

Pure computations over *series frames* (one chosen figure per period, see
:mod:`app.domain.derive.frames`) returning *derived frames* whose notes say how each value
was made and whose NaN rows are visible gaps. Stored derivations and their lineage live in
``app.domain.derive.derivations`` (imported directly, not re-exported here).
"""

from app.domain.derive.aggregation import Aggregation, aggregation_for_kind
from app.domain.derive.expression import (
    Expression,
    ExpressionError,
    UnitError,
    evaluate,
    expression_unit,
    parse_expression,
)
from app.domain.derive.frames import DERIVED_COLUMNS, SERIES_COLUMNS, empty_derived
from app.domain.derive.frequency import Frequency, convert_frequency
from app.domain.derive.transforms import (
    cagr,
    cumulative,
    period_change,
    rolling,
    year_on_year,
    ytd_accumulate,
    ytd_difference,
)

__all__ = [
    "DERIVED_COLUMNS",
    "SERIES_COLUMNS",
    "Aggregation",
    "Expression",
    "ExpressionError",
    "Frequency",
    "UnitError",
    "aggregation_for_kind",
    "cagr",
    "convert_frequency",
    "cumulative",
    "empty_derived",
    "evaluate",
    "expression_unit",
    "parse_expression",
    "period_change",
    "rolling",
    "year_on_year",
    "ytd_accumulate",
    "ytd_difference",
]
