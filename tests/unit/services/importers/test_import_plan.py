"""Planning an import against stored figures, and applying it as one transaction."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from app.services.desk import Desk
from app.services.importers import plan_with_summary, read_file
from app.services.importers.problems import ProblemLog
from app.services.importers.rows import RowBuilder
from app.services.storage import WorkspaceError

HEADER = "indicator,reporter,partner,period,value,unit\n"


def table(tmp_path: Path, body: str, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


#: 2022 AZE->CHN trade_turnover is stored (2.15e9); 2030 is new; a new indicator too
BODY = (
    "trade_turnover,AZE,CHN,2022,2.2,USD bn\n"
    "trade_turnover,AZE,CHN,2030,9,USD bn\n"
    "gas_exports,AZE,CHN,2024,5,USD mn\n"
)


def figures(desk: Desk, period_text: str) -> list[float]:
    obs = desk.store.observations
    hit = obs[
        (obs["indicator"] == "trade_turnover")
        & (obs["reporter"] == "AZE")
        & (obs["period_text"] == period_text)
    ]
    return sorted(hit["value"].tolist())


def test_keep_both_adds_a_second_source(tiny_desk: Desk, tmp_path: Path) -> None:
    before = len(tiny_desk.store.observations)
    edit, summary = plan_with_summary(read_file(table(tmp_path, BODY)), tiny_desk.store, "keep")
    assert (summary.added, summary.matching, summary.replaced) == (3, 1, 0)
    assert summary.new_indicators == 1
    assert summary.new_sources == 1
    tiny_desk.apply(edit)
    assert len(tiny_desk.store.observations) == before + 3
    assert figures(tiny_desk, "2022") == [2.15e9, 2.2e9]
    assert "gas_exports" in set(tiny_desk.store.indicators["code"])
    src = tiny_desk.store.sources.iloc[-1]
    assert (src["kind"], src["title"]) == ("file", "in.csv")


def test_replace_deletes_the_stored_figure_in_the_same_step(
    tiny_desk: Desk, tmp_path: Path
) -> None:
    before = len(tiny_desk.store.observations)
    edit, summary = plan_with_summary(read_file(table(tmp_path, BODY)), tiny_desk.store, "replace")
    assert summary.replaced == 1
    tiny_desk.apply(edit)
    assert figures(tiny_desk, "2022") == [2.2e9]
    assert len(tiny_desk.store.observations) == before + 2
    tiny_desk.apply(edit, forward=False)  # one undoable step
    assert figures(tiny_desk, "2022") == [2.15e9]
    assert len(tiny_desk.store.observations) == before


def test_skip_leaves_stored_figures_alone(tiny_desk: Desk, tmp_path: Path) -> None:
    edit, summary = plan_with_summary(read_file(table(tmp_path, BODY)), tiny_desk.store, "skip")
    assert (summary.added, summary.skipped_existing) == (2, 1)
    tiny_desk.apply(edit)
    assert figures(tiny_desk, "2022") == [2.15e9]


def test_workspace_file_matches_memory_after_import_and_undo(
    tiny_workspace_path: Path, tmp_path: Path
) -> None:
    desk = Desk.open(tiny_workspace_path)
    try:
        edit, _ = plan_with_summary(read_file(table(tmp_path, BODY)), desk.store, "replace")
        desk.apply(edit)
        on_disk = desk.workspace.load()
        assert len(on_disk.observations) == len(desk.store.observations)
        assert "gas_exports" in set(on_disk.indicators["code"])
        assert desk.workspace.integrity_problems() == []
        desk.apply(edit, forward=False)
        assert len(desk.workspace.load().observations) == len(desk.store.observations)
    finally:
        desk.close()


def test_a_failing_import_changes_nothing(tiny_workspace_path: Path, tmp_path: Path) -> None:
    desk = Desk.open(tiny_workspace_path)
    try:
        before = desk.workspace.load().observations
        edit, _ = plan_with_summary(read_file(table(tmp_path, BODY)), desk.store, "replace")
        # an obs_id that is already stored makes the insert fail half-way through
        add = edit.edits[-1]
        add.observations.loc[add.observations.index[-1], "obs_id"] = int(
            desk.store.observations["obs_id"].iloc[-1]
        )
        with pytest.raises((WorkspaceError, ValueError)):
            desk.apply(edit)
        with pytest.raises(WorkspaceError):  # the file itself rolls the deletion back
            desk.workspace.apply(edit)
        after = desk.workspace.load().observations
        pd.testing.assert_frame_equal(after, before)
        assert len(desk.store.observations) == len(before)
    finally:
        desk.close()


def test_reimporting_the_same_file_reuses_its_source(tiny_desk: Desk, tmp_path: Path) -> None:
    path = table(tmp_path, BODY)
    tiny_desk.apply(plan_with_summary(read_file(path), tiny_desk.store)[0])
    n = len(tiny_desk.store.sources)
    edit, summary = plan_with_summary(read_file(path), tiny_desk.store, "keep")
    assert summary.new_sources == 0
    tiny_desk.apply(edit)
    assert len(tiny_desk.store.sources) == n


# --- issue 16: re-imports, vintages, kept entities, finer periods ----------------------


def test_an_identical_re_import_stores_nothing(tiny_desk: Desk, tmp_path: Path) -> None:
    """Regression: the default `keep` stored every figure a second time under the file."""
    path = table(tmp_path, BODY)
    tiny_desk.apply(plan_with_summary(read_file(path), tiny_desk.store, "keep")[0])
    (len(tiny_desk.store.observations), len(tiny_desk.store.sources))
    _edit, summary = plan_with_summary(read_file(path), tiny_desk.store, "keep")
    assert (summary.changes, summary.unchanged, summary.new_sources) == (0, 3, 0)
    assert summary.sentence().startswith("Nothing new: the workspace already holds all 3")


def _retrieved_on(result, day: str):
    result.source = type(result.source)(**{**result.source.as_row(), "retrieved": day})
    return result


def test_a_changed_value_is_a_revision_with_a_vintage(tiny_desk: Desk, tmp_path: Path) -> None:
    first = _retrieved_on(read_file(table(tmp_path, BODY)), "2026-10-01")
    tiny_desk.apply(plan_with_summary(first, tiny_desk.store, "keep")[0])
    n_obs = len(tiny_desk.store.observations)
    revised_body = BODY.replace("2030,9,", "2030,9.5,")
    again = _retrieved_on(read_file(table(tmp_path, revised_body)), "2026-11-30")
    edit, summary = plan_with_summary(again, tiny_desk.store, "keep")
    assert (summary.added, summary.revised, summary.unchanged, summary.new_sources) == (0, 1, 2, 0)
    tiny_desk.apply(edit)
    assert len(tiny_desk.store.observations) == n_obs  # no second copy
    assert figures(tiny_desk, "2030") == [9.5e9]
    [vintage] = tiny_desk.store.records["vintages"].to_dict("records")
    assert (vintage["value"], vintage["retrieved"], vintage["superseded"]) == (
        9e9,
        "2026-10-01",
        "2026-11-30",
    )
    tiny_desk.apply(edit, forward=False)  # one undoable step
    assert figures(tiny_desk, "2030") == [9e9]
    assert tiny_desk.store.records["vintages"].empty


def test_a_third_retrieval_dates_the_vintage_from_the_second(
    tiny_desk: Desk, tmp_path: Path
) -> None:
    for day, value in (("2026-09-01", "9"), ("2026-10-01", "9.5"), ("2026-11-01", "9.7")):
        body = BODY.replace("2030,9,", f"2030,{value},")
        result = _retrieved_on(read_file(table(tmp_path, body)), day)
        tiny_desk.apply(plan_with_summary(result, tiny_desk.store, "keep")[0])
    vintages = tiny_desk.store.records["vintages"].sort_values("superseded")
    assert vintages[["value", "retrieved", "superseded"]].values.tolist() == [
        [9e9, "2026-09-01", "2026-10-01"],
        [9.5e9, "2026-10-01", "2026-11-01"],
    ]


def test_unknown_codes_are_kept_as_entities_with_one_warning(
    tiny_desk: Desk, tmp_path: Path
) -> None:
    """Regression: one unknown code refused every row it was on."""
    body = "".join(f"gdp,KSV,,{y},{y - 2000},USD bn\n" for y in range(2001, 2031)) + (
        "gdp,EXT_EA20,,2024,17000,USD bn\ngdp,AZE,,2024,74,USD bn\n"
    )
    result = read_file(table(tmp_path, body))
    assert len(result.observations) == 32
    assert not result.errors
    warnings = [p for p in result.problems if p.severity == "warning"]
    assert len(warnings) == 2  # one per kind, not one per row
    unknown = next(p for p in warnings if "KSV" in p.message)
    assert unknown.message == (
        "KSV is not an ISO 3166 country; kept as written, as entities of kind unknown"
    )
    assert (unknown.count, unknown.lines) == (30, (2, 3, 4, 5, 6))
    edit, summary = plan_with_summary(result, tiny_desk.store, "keep")
    assert summary.new_entities == 2
    tiny_desk.apply(edit)
    kinds = dict(tiny_desk.store.records["entities"][["code", "kind"]].values.tolist())
    assert kinds == {"EXT_EA20": "aggregate", "KSV": "unknown"}
    again = plan_with_summary(read_file(table(tmp_path, body)), tiny_desk.store, "keep")[1]
    assert again.new_entities == 0


def test_an_empty_code_with_a_name_is_resolved_or_warned() -> None:
    """Regression: an empty code with a name was stored as an empty reporter, silently."""
    builder = RowBuilder(ProblemLog("named.csv"))
    builder.add(
        pd.DataFrame(
            {
                "indicator": ["gdp", "gdp"],
                "reporter": ["", ""],
                "reporter_name": ["Azerbaijan", "Atlantis"],
                "period": ["2024", "2025"],
                "value": ["74", "1"],
                "unit": ["USD bn", "USD bn"],
                "line": [2, 3],
            }
        )
    )
    reporters = sorted(builder.finish()["reporter"].astype(str))
    assert reporters == ["", "AZE"]
    texts = [p.message for p in builder.log.finish() if p.severity == "warning"]
    assert any("'Azerbaijan': the code is taken from the name" in t for t in texts)
    assert any("'Atlantis', which is not a country" in t for t in texts)


def test_daily_figures_stay_apart_from_one_another(tmp_path: Path) -> None:
    """Regression: daily rates collapsed into months and were called duplicates."""
    path = tmp_path / "ecb_daily.csv"
    path.write_text(
        "DATAFLOW,FREQ,CURRENCY,CURRENCY_DENOM,EXR_TYPE,EXR_SUFFIX,TIME_PERIOD,OBS_VALUE\n"
        "ECB:EXR(1.0),D,USD,EUR,SP00,A,2024-01-02,1.0956\n"
        "ECB:EXR(1.0),D,USD,EUR,SP00,A,2024-01-03,1.0919\n"
        "ECB:EXR(1.0),D,USD,EUR,SP00,A,2024-01-04,1.0953\n",
        encoding="utf-8",
    )
    result = read_file(path)
    obs = result.observations
    assert len(obs) == 3
    assert not result.errors
    assert sorted(obs["period_detail"].astype(str)) == ["2024-01-02", "2024-01-03", "2024-01-04"]
    assert set(obs["period_start"]) == {2024 * 12}


def test_dates_without_a_frequency_several_to_a_month_are_daily(tmp_path: Path) -> None:
    body = "rate,AZE,,2024-01-02,1.7,percent\nrate,AZE,,2024-01-03,1.8,percent\n"
    result = read_file(table(tmp_path, body))
    assert sorted(result.observations["period_detail"].astype(str)) == [
        "2024-01-02",
        "2024-01-03",
    ]
    assert any("read as daily" in p.message for p in result.problems)


def test_weekly_periods_are_iso_weeks(tmp_path: Path) -> None:
    body = "catch,NOR,,2014U30,1,count\ncatch,NOR,,2014U31,2,count\ncatch,NOR,,2024-W01,3,count\n"
    obs = read_file(table(tmp_path, body)).observations
    assert obs["period_detail"].astype(str).tolist() == ["2014-W30", "2014-W31", "2024-W01"]


def test_one_problem_per_distinct_message_with_count_and_lines(tmp_path: Path) -> None:
    body = "".join(f"gdp,AZE,,{y},n/v,USD bn\n" for y in range(2001, 2061))
    result = read_file(table(tmp_path, body))
    [problem] = result.errors
    assert problem.count == 60
    assert problem.lines == (2, 3, 4, 5, 6)
    assert "60 rows: lines 2, 3, 4, 5, 6, …" in problem.text()


def test_the_same_figure_twice_with_another_value_is_an_error(tmp_path: Path) -> None:
    body = "gdp,AZE,,2024,74,USD bn\ngdp,AZE,,2024,74,USD bn\ngdp,AZE,,2024,75,USD bn\n"
    result = read_file(table(tmp_path, body))
    assert result.observations["value"].tolist() == [74e9]
    assert [p.message for p in result.errors] == [
        "duplicate row: same figure as line 2 with another value; skipped"
    ]
    [note] = [p for p in result.problems if p.severity == "info" and "repeated" in p.message]
    assert (note.count, note.lines) == (1, (3,))


def test_a_kept_entity_is_named_in_the_table(tiny_desk: Desk, tmp_path: Path) -> None:
    from app.domain.countries import place_names

    body = "gdp,KSV,,2024,9,USD bn\n"
    result = read_file(table(tmp_path, body))
    result.entities.loc[0, "name"] = "Kosovo"
    tiny_desk.apply(plan_with_summary(result, tiny_desk.store, "keep")[0])
    names = place_names(tiny_desk.store.records["entities"])
    assert names["KSV"] == (
        "Kosovo (KSV: unknown; not an ISO 3166 country, name as the file gave it)"
    )
