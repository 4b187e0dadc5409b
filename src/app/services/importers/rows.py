"""From rows as a file wrote them to observations in the model's columns.

Every importer turns its layout into *long* batches with some of these columns (text as
written unless stated):

``indicator, reporter, partner, subject, period`` (or ``period_start/period_end/
period_point`` as integers, with ``period_detail``), ``freq``, ``reporter_name`` and
``partner_name`` (the names a file gives beside its codes), ``value`` (text or float),
``unit``, ``scale`` (float factor), ``status, qualifier, note, period_text, change_value,
change_unit, change_qualifier``, ``source_id`` (local id, see ImportResult) and ``line``
(line in the file, for the report). :class:`RowBuilder` checks and converts them batch by batch:
unique values are converted once (codes, periods, units), so a 10-million-row file costs
a few vector operations per block, not a Python call per row.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from app.domain.model import OBSERVATION_COLUMNS, Qualifier, Status
from app.services.importers.accumulate import Accumulator
from app.services.importers.cells import MISSING, read_periods, read_values
from app.services.importers.codes import Coded, encode
from app.services.importers.duplicates import duplicated_rows
from app.services.importers.entities import EntityReader
from app.services.importers.periodtext import date_detail
from app.services.importers.problems import ProblemLog, Severity
from app.services.importers.text import Input, read_head_bytes
from app.services.importers.unitmap import portal_unit
from app.services.importers.wide import Along, Wide

FIGURE_KEY_TEXT = (
    "indicator",
    "reporter",
    "partner",
    "subject",
    "period_start",
    "period_end",
    "period_point",
    "period_detail",
)
_STATUSES = frozenset(str(s) for s in Status)
_QUALIFIERS = frozenset(str(q) for q in Qualifier)


class RowBuilder:
    """Checks and converts long batches; collects problems and the good rows."""

    def __init__(
        self,
        log: ProblemLog,
        columns: dict[str, str] | None = None,
        *,
        decimal_comma: bool = False,
        country_aliases: dict[str, str] | None = None,
        keep_empty_values: bool = False,
    ) -> None:
        self.log = log
        self.columns = columns or {}
        self.decimal_comma = decimal_comma
        self.entities = {f: EntityReader(country_aliases) for f in ("reporter", "partner")}
        self.keep_empty_values = keep_empty_values
        self.acc = Accumulator()
        self.lines_hint = 0
        self.skipped = 0
        self.empty = 0
        self._warned: set[str] = set()

    def col(self, field: str) -> str:
        return self.columns.get(field, field)

    def warn_once(self, key: str, column: str, message: str) -> None:
        if key not in self._warned:
            self._warned.add(key)
            self.log.add(None, column, message, Severity.WARNING)

    # --- one batch ----------------------------------------------------------------------

    def expect_lines_of(self, src: Input) -> None:
        """Estimate the file's line count from its size and the bytes per line of its
        first lines (the whole lines of its first 64 KiB; nothing is decoded)."""
        if isinstance(src, bytes):
            return
        limit = 64 * 1024
        try:
            size = Path(src).stat().st_size
            raw = read_head_bytes(src, limit)
        except (OSError, ValueError):
            return
        # a full head may end inside a line: that line is left out (unless it is the only one)
        body = raw if len(raw) < limit else raw[: raw.rfind(b"\n") + 1] or raw
        if body:
            open_end = not body.endswith(b"\n")  # a last line without its line end
            mean = (len(body) + open_end) / (body.count(b"\n") + open_end)
            self.lines_hint = int(size / mean)

    def add(self, frame: pd.DataFrame) -> None:
        n = len(frame)
        if n == 0:
            return
        if "line" in frame:
            self._reserve(n, frame["line"].to_numpy())
        errors: list[tuple[str, Coded]] = []  # (column, message per row or None)
        value, empty, verr = read_values(frame["value"], self.decimal_comma)
        errors.append((self.col("value"), verr))
        period = self._coded(frame, "period", strip=True)  # read once, for both uses
        start, end, point, detail, perr = read_periods(frame, period)
        errors.append((self.col("period"), perr))
        lines = frame["line"].to_numpy()
        dims = {f: reader.read(frame, f, lines) for f, reader in self.entities.items()}
        indicator = self._coded(frame, "indicator", strip=True)
        errors.append((self.col("indicator"), _no_indicator(indicator)))
        units = self._coded(frame, "unit", strip=True).map(self._unit)
        status = self._coded(frame, "status", str(Status.ACTUAL))
        qualifier = self._coded(frame, "qualifier", str(Qualifier.EXACT))
        errors.append((self.col("status"), _enum_errors(status, _STATUSES, "status")))
        errors.append((self.col("qualifier"), _enum_errors(qualifier, _QUALIFIERS, "qualifier")))
        ignored = np.zeros(n, dtype=bool) if self.keep_empty_values else empty
        bad = np.zeros(n, dtype=bool)
        for _col, err in errors:
            if err.any_set():  # no message: no row flagged, no pass over the rows
                bad |= err.flags()
        bad &= ~ignored
        keep = ~bad & ~ignored
        self.empty += int(ignored.sum())
        self._report(frame["line"].to_numpy(), errors, bad)
        self.skipped += int(bad.sum())
        scale = _scale(frame)
        factors = units.part(1)
        if isinstance(scale, float) and scale == 1.0 and all(f == 1.0 for f in factors.values):
            scaled = value  # nothing to scale (the usual case): no pass over the rows
        else:
            with np.errstate(over="ignore", invalid="ignore"):
                scaled = value * factors.per_row("float64") * scale
            self._refuse_overflow(value, scaled, keep, frame["line"].to_numpy())
        value = scaled
        text = {
            c: self._coded(frame, c) for c in ("subject", "change_unit", "change_qualifier", "note")
        }
        kept = int(keep.sum())
        rows: np.ndarray | None = None if kept == n else keep  # None: every row, no copy

        def take(a: np.ndarray) -> np.ndarray:
            return a if rows is None else a[rows]

        # a column the file does not have is one value for every row: no array is made
        source = (
            take(frame["source_id"].to_numpy(dtype="int64")).astype("int32")
            if "source_id" in frame
            else np.int32(-1)
        )
        change = (
            take(self._floats(frame, "change_value"))
            if "change_value" in frame
            else np.float64(np.nan)
        )
        self.acc.append(
            {
                "indicator": indicator.compact(rows),
                "reporter": dims["reporter"].compact(rows),
                "partner": dims["partner"].compact(rows),
                "subject": text["subject"].compact(rows),
                "period_start": take(start),
                "period_end": take(end),
                "period_point": take(point),
                "period_detail": detail.compact(rows),
                "period_text": self._period_text(frame, period).compact(rows),
                "value": take(value),
                "unit": units.part(0).compact(rows),
                "qualifier": qualifier.compact(rows),
                "status": status.compact(rows),
                "change_value": change,
                "change_unit": text["change_unit"].compact(rows),
                "change_qualifier": text["change_qualifier"].compact(rows),
                "source_id": source,
                "preferred": np.bool_(False),
                "note": text["note"].compact(rows),
                "line": take(frame["line"].to_numpy(dtype="int32")),
            },
            kept,
        )

    def add_wide(self, base: pd.DataFrame, periods: pd.DataFrame, cells: pd.Series) -> None:
        """A wide block (one row per series and country, one value column per period) as
        :meth:`add` takes its melt, period by period, without making the melted rows:
        every check and conversion is done once per base row or per period, and only the
        kept cells are spread out. ``base``: the fields that do not vary by period, with
        ``line``; ``periods``: ``period`` (and ``freq``); ``cells``: the values, period by
        period (``len(periods) * len(base)``). Rows, problems and their lines are those of
        :meth:`add` on the melt."""
        wide = Wide(len(periods), len(base))
        if wide.cells == 0:
            return
        lines = base["line"].to_numpy()
        self._reserve(wide.cells, lines)
        value, empty, verr = read_values(cells, self.decimal_comma)
        period = self._coded(periods, "period", strip=True)
        start, end, point, detail, perr = read_periods(periods, period)
        dims = {f: r.read(base, f, lines, times=wide.periods) for f, r in self.entities.items()}
        indicator = self._coded(base, "indicator", strip=True)
        units = self._coded(base, "unit", strip=True).map(self._unit)
        status = self._coded(base, "status", str(Status.ACTUAL))
        qualifier = self._coded(base, "qualifier", str(Qualifier.EXACT))
        errors: list[tuple[str, Coded, Along]] = [
            (self.col("value"), verr, "cell"),
            (self.col("period"), perr, "period"),
            (self.col("indicator"), _no_indicator(indicator), "row"),
            (self.col("status"), _enum_errors(status, _STATUSES, "status"), "row"),
            (self.col("qualifier"), _enum_errors(qualifier, _QUALIFIERS, "qualifier"), "row"),
        ]
        ignored = np.zeros(wide.cells, dtype=bool) if self.keep_empty_values else empty
        bad = wide.any_flag(errors) & ~ignored
        keep = ~bad & ~ignored
        self.empty += int(ignored.sum())
        if bad.any():  # rare: the errors spread to every cell, to be reported as add does
            cell_lines = wide.spread(lines, "row")
            spread = [(col, Coded(wide.spread(e.codes, on), e.values)) for col, e, on in errors]
            self._report(cell_lines, spread, bad)
        self.skipped += int(bad.sum())
        value = self._wide_scaled(value, units.part(1), _scale(base), wide, keep, lines)
        text = {
            c: self._coded(base, c) for c in ("subject", "change_unit", "change_qualifier", "note")
        }
        source = base["source_id"].to_numpy(dtype="int64") if "source_id" in base else None
        kept = wide.keep(keep)
        self.acc.append(
            {
                "indicator": kept.coded(indicator),
                "reporter": kept.coded(dims["reporter"]),
                "partner": kept.coded(dims["partner"]),
                "subject": kept.coded(text["subject"]),
                "period_start": kept.per_period(start),
                "period_end": kept.per_period(end),
                "period_point": kept.per_period(point),
                "period_detail": kept.coded(detail, by_period=True),
                "period_text": kept.coded(self._period_text(periods, period), by_period=True),
                "value": value if kept.every else value[keep],
                "unit": kept.coded(units.part(0)),
                "qualifier": kept.coded(qualifier),
                "status": kept.coded(status),
                "change_value": kept.per_row(self._floats(base, "change_value")),
                "change_unit": kept.coded(text["change_unit"]),
                "change_qualifier": kept.coded(text["change_qualifier"]),
                "source_id": kept.per_row(
                    np.full(1, -1, dtype="int32") if source is None else source.astype("int32")
                ),
                "preferred": np.bool_(False),
                "note": kept.coded(text["note"]),
                "line": kept.per_row(lines.astype("int32")),
            },
            kept.n,
        )

    def _wide_scaled(
        self,
        value: np.ndarray,
        factors: Coded,
        scale: np.ndarray | float,
        wide: Wide,
        keep: np.ndarray,
        lines: np.ndarray,
    ) -> np.ndarray:
        """The cells' values times their row's unit factor and scale, as :meth:`add`
        scales the melt (the same products in the same order); a value too large once
        scaled is refused with its line, and its cell dropped from ``keep``."""
        if isinstance(scale, float) and scale == 1.0 and all(f == 1.0 for f in factors.values):
            return value  # nothing to scale (the usual case): no pass over the cells
        with np.errstate(over="ignore", invalid="ignore"):
            grid = value.reshape(wide.periods, wide.rows) * factors.per_row("float64") * scale
        scaled: np.ndarray = grid.reshape(-1)
        self._refuse_overflow(value, scaled, keep, wide.spread(lines, "row"))
        return scaled

    def _refuse_overflow(
        self, value: np.ndarray, scaled: np.ndarray, keep: np.ndarray, lines: np.ndarray
    ) -> None:
        """A value too large once scaled (1e308 'USD bn') is refused, not stored: reported
        with its line and dropped from ``keep``."""
        overflow = np.isinf(scaled) & np.isfinite(value) & keep
        if overflow.any():
            err = Coded(
                overflow.astype("int8"), [None, "too large once the unit's scale is applied"]
            )
            self._report(lines, [(self.col("value"), err)], overflow)
            keep &= ~overflow
            self.skipped += int(overflow.sum())

    def _reserve(self, n: int, lines: np.ndarray) -> None:
        """Before the first block: room for the whole file at once, estimated from its
        size and the block's rows per line (no regrowing)."""
        if not self.acc.order and self.lines_hint:
            per_line = n / max(1, int(lines.max()) - int(lines.min()) + 1)
            self.acc.reserve(int(self.lines_hint * per_line * 1.05))

    def _coded(
        self, frame: pd.DataFrame, field: str, default: str = "", strip: bool = False
    ) -> Coded:
        s = frame.get(field)
        if isinstance(s, pd.Series):
            return encode(s, len(frame), default, strip)
        return encode(None, len(frame), default if s is None else str(s).strip(), strip)

    def _floats(self, frame: pd.DataFrame, field: str) -> np.ndarray:
        if field not in frame:
            return np.full(len(frame), np.nan)
        values, _empty, _err = read_values(frame[field], self.decimal_comma)
        return values

    def _period_text(self, frame: pd.DataFrame, period: Coded) -> Coded:
        """The period as written: a ``period_text`` column, else ``period`` (stripped)."""
        if "period_text" in frame:
            return self._coded(frame, "period_text")
        return period

    def _unit(self, raw: str) -> tuple[str, float]:
        t = raw.strip()
        hit = portal_unit(t)
        if hit is not None:
            return hit
        if t:
            self.warn_once(
                "unit:" + t,
                self.col("unit"),
                f"unit {t!r} is not one Corridor knows; kept as written",
            )
        return t, 1.0

    def _report(
        self, lines: np.ndarray, errors: Sequence[tuple[str, Coded]], bad: np.ndarray
    ) -> None:
        """One problem per distinct message of a column, with its rows' count and lines."""
        if not bad.any():
            return
        for col, err in errors:
            hit = err.flags() & bad
            if not hit.any():
                continue
            codes = err.codes[hit]
            rows = np.flatnonzero(hit)
            for code in np.unique(codes).tolist():
                mine = rows[codes == code]
                self.log.add_rows(lines[mine[:5]], col, str(err.values[code]), count=len(mine))

    # --- the end ------------------------------------------------------------------------

    def finish(self, duplicate_key: Sequence[str] = FIGURE_KEY_TEXT) -> pd.DataFrame:
        """All good rows, duplicates (same key as an earlier row) reported and dropped."""
        for field, reader in self.entities.items():
            reader.report(self.log, self.col(field))
        frame = self.acc.frame() if self.acc.order else _empty_out()
        if len(frame) and duplicate_key:
            dup = duplicated_rows(frame, list(duplicate_key))
            if dup.any() and "period_detail" in duplicate_key:
                frame, dup = self._days_if_dated(frame, list(duplicate_key), dup)
            if dup.any():
                self._report_duplicates(frame, list(duplicate_key), dup)
                frame = frame[~dup].reset_index(drop=True)
        return frame.drop(columns=["line"])

    def entity_rows(self) -> pd.DataFrame:
        """The reporters and partners kept that are not ISO countries (code, name, kind)."""
        frames = [r.entities() for r in self.entities.values()]
        return pd.concat(frames, ignore_index=True).drop_duplicates("code", ignore_index=True)

    def _days_if_dated(
        self, frame: pd.DataFrame, key: list[str], dup: np.ndarray
    ) -> tuple[pd.DataFrame, np.ndarray]:
        """A file without a frequency whose dates fall several to a month is daily: its
        dated rows get their day as the period detail, if that tells the rows apart."""
        text = frame["period_text"]
        cats = text.cat.categories if isinstance(text.dtype, pd.CategoricalDtype) else None
        if cats is None:
            return frame, dup
        days = np.array([date_detail(str(c)) for c in cats] + [""], dtype=object)
        detail = days[text.cat.codes.to_numpy()]
        dated = (detail != "") & (frame["period_detail"].astype(str).to_numpy() == "")
        if not dated.any():
            return frame, dup
        trial = frame.copy()
        current = trial["period_detail"].astype(object).to_numpy()
        trial["period_detail"] = pd.Categorical(np.where(dated, detail, current))
        again = duplicated_rows(trial, key)
        if again.sum() >= dup.sum():
            return frame, dup
        self.log.add_rows(
            trial["line"].to_numpy()[np.flatnonzero(dated)[:5]],
            self.col("period"),
            "dates fall several to a month and the file names no frequency: read as daily "
            "figures (the day is kept with each)",
            Severity.INFO,
            count=int(dated.sum()),
        )
        return trial, again

    def _report_duplicates(self, frame: pd.DataFrame, key: list[str], dup: np.ndarray) -> None:
        """A row repeated word for word (same figure, same value) is a note; the same figure
        with another value is an error naming the line it clashes with."""
        groups = frame.groupby(key, observed=True, sort=False, dropna=False)
        first = groups["line"].transform("first").to_numpy()
        first_value = groups["value"].transform("first").to_numpy()
        lines = frame["line"].to_numpy(dtype="int64")
        value = frame["value"].to_numpy()
        same = (value == first_value) | (np.isnan(value) & np.isnan(first_value))
        repeated = np.flatnonzero(dup & same)
        if len(repeated):
            self.log.add_rows(
                lines[repeated[:5]],
                "",
                "rows repeated word for word (same figure and value as an earlier line); "
                "stored once",
                Severity.INFO,
                count=len(repeated),
            )
        rows = np.flatnonzero(dup & ~same)
        for i in rows[:5]:
            self.log.add(
                int(lines[i]),
                "",
                f"duplicate row: same figure as line {int(first[i])} with another value; skipped",
            )
        if len(rows) > 5:
            self.log.add_rows(
                lines[rows[5:10]],
                "",
                "more duplicate rows (same figure as an earlier line, another value); skipped",
                count=len(rows) - 5,
            )
        self.skipped += len(rows)


def _scale(frame: pd.DataFrame) -> np.ndarray | float:
    """The block's scale factors: one float when every row has the same (a reader's
    scale option fills the column with one value), so that an unscaled block is not
    multiplied row by row."""
    if "scale" not in frame:
        return 1.0
    scale = frame["scale"].to_numpy(dtype="float64")
    if len(scale) and (scale == scale[0]).all():
        return float(scale[0])
    return scale


def _no_indicator(indicator: Coded) -> Coded:
    return indicator.map(lambda v: None if v else "no indicator")


def _enum_errors(coded: Coded, allowed: frozenset[str], what: str) -> Coded:
    return coded.map(lambda v: None if v in allowed else f"unknown {what} {str(v)[:20]!r}")


def _categorise(frame: pd.DataFrame) -> pd.DataFrame:
    for col in frame.columns:
        if not (
            pd.api.types.is_numeric_dtype(frame[col].dtype)
            or pd.api.types.is_bool_dtype(frame[col].dtype)
        ):
            frame[col] = frame[col].astype("category")
    return frame


def _empty_out() -> pd.DataFrame:
    frame = pd.DataFrame(
        {c: pd.Series([], dtype=object) for c in OBSERVATION_COLUMNS if c != "obs_id"}
    )
    frame["line"] = pd.Series([], dtype="int32")
    frame["source_id"] = frame["source_id"].astype("int32")
    for col in ("period_start", "period_end"):
        frame[col] = frame[col].astype("int32")
    frame["value"] = frame["value"].astype("float64")
    frame["change_value"] = frame["change_value"].astype("float64")
    frame["period_point"] = frame["period_point"].astype(bool)
    frame["preferred"] = frame["preferred"].astype(bool)
    return _categorise(frame)


__all__ = ["FIGURE_KEY_TEXT", "MISSING", "RowBuilder"]
