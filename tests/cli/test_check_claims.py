"""`corridor check --format json` on the bundled dataset answers the seed's five statements
with a claim of the right type, a verdict and the reasons (computed, never stored)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.cli.main import main
from app.services.bundled import create_seeded_workspace

SEED_PAGE = "Xinhua (Russian service) via MIL-OSI translation, 2025-12-25"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("check") / "seed.corridor"
    create_seeded_workspace(path).close()
    return path


def report(
    workspace: Path, capsys: pytest.CaptureFixture[str], *extra: str
) -> list[dict[str, Any]]:
    assert main(["check", "--workspace", str(workspace), "--format", "json", *extra]) == 0
    claims: list[dict[str, Any]] = json.loads(capsys.readouterr().out)["claims"]
    return claims


def seed_claims(claims: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """The claims of the seed page, by (type, indicator)."""
    return {(c["claim_type"], c["indicator"]): c for c in claims if c["sources"][0] == SEED_PAGE}


def test_the_five_statements_have_types_verdicts_and_reasons(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = seed_claims(report(workspace, capsys))
    # 1. $2.44 bn Jan–Oct 2025, "more than 20 %": the sources disagree about the 2024 base
    growth = seed[("growth", "trade_turnover")]
    assert growth["verdict"] == "conflicting_sources"
    assert "imply Jan–Oct 2024 below $2.05 bn" in growth["explanation"]
    assert "more than $3 bn for Jan–Oct 2024" in growth["explanation"]
    assert "no change is computed" in growth["explanation"]
    assert len(growth["source_ids"]) == 2  # both sources named
    # 2. a record expected, the third record year running: full years, one reporter
    record = seed[("record", "trade_turnover")]
    assert record["status"] == "expected"
    assert "full years" in record["explanation"]
    assert "expectation, not an outcome" in record["explanation"]
    streak = seed[("record_streak", "trade_turnover")]
    assert streak["verdict"] == "cannot_check"
    assert "2024 is not stored in CHN's series" in streak["explanation"]
    # 3. five projects, 1,570 MW: the registry cannot name them, and says so
    total = seed[("sum_count", "renewable_projects_signed_capacity")]
    assert total["verdict"] == "cannot_check"
    assert "5" in total["explanation"]
    assert "1,570 MW" in total["explanation"]
    # 4. the first 240 MW wind project, against the registry
    first = seed[("first", "project_capacity")]
    assert first["verdict"] == "consistent"
    assert "Khizi-Absheron" in first["explanation"]
    assert first["project_ids"]
    # 5. more than 57,000 tourists, nearly +50 %: no Jan–Oct 2024 figure to compare
    tourists = seed[("growth", "tourist_arrivals_from_partner")]
    assert tourists["verdict"] == "cannot_check"
    assert "no Jan–Oct 2024 figure" in tourists["explanation"]
    assert "+49 %" in tourists["explanation"]  # the other sources' wording is shown
    assert ("rank", "") in seed or any(k[0] == "rank" for k in seed)


def test_a_streak_across_reporters_counts_only_when_allowed(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    streak = seed_claims(report(workspace, capsys, "--any-reporter"))[
        ("record_streak", "trade_turnover")
    ]
    assert streak["verdict"] == "consistent"
    assert "AZE's figure" in streak["explanation"]


def test_type_filter_and_table(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    only = report(workspace, capsys, "--type", "first")
    assert only
    assert {c["claim_type"] for c in only} == {"first"}
    assert main(["check", "--workspace", str(workspace), "--type", "sum_count"]) == 0
    text = capsys.readouterr().out
    assert "sum_count" in text
    assert "[--]" in text
