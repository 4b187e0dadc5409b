"""The extractor end to end: the seed, the JSON contract, observation rows and the CLI."""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

import pytest

from app.cli.main import main
from app.domain.model import OBSERVATION_COLUMNS
from app.services.extraction import extract

SEED_TEXT = (
    "Baku, December 25 /Xinhua/ — Trade turnover between China and Azerbaijan is expected to "
    "reach a record high by the end of 2025.\n\nFrom January to October of this year, "
    "bilateral trade volume reached $2.44 billion, representing an increase of more than 20 "
    "percent compared to the same period last year.\n\nLu Mei reported that Chinese companies "
    "have signed agreements with Azerbaijan to implement five new energy projects with a total "
    "installed capacity of 1,570 MW, including solar and wind power plants. From January to "
    "October of this year, the number of Chinese tourists visiting Azerbaijan exceeded 57,000, "
    "representing a nearly 50 percent increase year-on-year."
)


def test_seed_figures() -> None:
    found = extract(SEED_TEXT, date(2025, 12, 25), url="https://example.org/a")
    rows = [c.to_json() for c in found]
    assert [(r["value"], r["unit"]) for r in rows] == [
        (2440000000.0, "USD"),
        (1570.0, "MW"),
        (57000.0, "persons"),
    ]
    trade, capacity, tourists = rows
    assert trade["period"]["start"] == "2025-01"
    assert trade["period"]["end"] == "2025-10"
    assert trade["reported_change"] == {"value": 20.0, "unit": "%", "qualifier": "more_than"}
    assert trade["indicator"] == "trade_turnover"
    assert (trade["reporter"], trade["partner"]) == ("CHN", "AZE")
    assert trade["quote"].startswith("From January to October of this year")
    assert SEED_TEXT[trade["span"][0] : trade["span"][1]] == "$2.44 billion"
    assert capacity["period"] is None
    assert tourists["qualifier"] == "more_than"
    assert tourists["reported_change"]["qualifier"] == "nearly"
    assert tourists["indicator"] == "tourist_arrivals_from_partner"


def test_growth_is_attached_to_its_level_not_a_separate_figure() -> None:
    found = extract("Trade increased by 20 percent in 2017, reaching $1.3 billion.")
    assert len(found) == 1
    assert found[0].reported_change is not None
    assert found[0].reported_change.value == 20.0
    assert found[0].period is not None
    assert found[0].period.code() == "2017"


def test_growth_without_a_level_is_a_figure() -> None:
    found = extract("Sales of Chinese electric vehicles surged by 4.2 times in 2024.")
    assert [(c.value, c.unit, c.indicator) for c in found] == [
        (4.2, "times", "ev_sales_in_partner_growth")
    ]


def test_brackets_scope_periods() -> None:
    text = "Trade in 2022 amounted to $2.15 billion ($2.18 billion in 2019)."
    found = extract(text)
    assert [c.period.code() if c.period else None for c in found] == ["2022", "2019"]


def test_period_unknown_when_the_sentence_does_not_say() -> None:
    found = extract(
        "Chinese companies have invested about $800 million in Azerbaijan.", date(2018, 7, 16)
    )
    assert found[0].period is None
    assert found[0].qualifier == "about"


def test_share_is_a_figure_in_percent() -> None:
    found = extract("China is the leader in imports, with its share amounting to 17.69%.")
    assert [(c.value, c.unit, c.indicator) for c in found] == [
        (17.69, "%", "partner_share_of_imports")
    ]


def test_observation_row_has_contract_columns_and_percent_unit() -> None:
    share = extract("In 2024 China's share of imports reached 17.69%.")[0]
    row = share.to_observation_row(obs_id=7, source_id=3)
    assert set(row) == set(OBSERVATION_COLUMNS)
    assert row["unit"] == "percent"
    assert (row["obs_id"], row["source_id"]) == (7, 3)
    assert math.isnan(row["change_value"])


def test_observation_row_needs_a_period() -> None:
    found = extract("The plant has a capacity of 240 MW.")
    with pytest.raises(ValueError, match="period"):
        found[0].to_observation_row(1, 1)


def test_text_without_terminators() -> None:
    text = " ".join(["trade reached $2.44 billion in 2024 and tourists exceeded 57,000"] * 200)
    found = extract(text)
    assert sum(1 for c in found if c.unit == "USD" and c.value == 2.44e9) == 200
    assert sum(1 for c in found if c.unit == "persons") >= 190  # a cut may split a few
    assert all(c.quote for c in found)


def test_cli_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "item.txt"
    path.write_text(SEED_TEXT, encoding="utf-8")
    assert main(["extract", "--published", "2025-12-25", "--format", "json", str(path)]) == 0
    rows = json.loads(capsys.readouterr().out)["figures"]
    assert rows[0]["value"] == 2440000000.0
    assert rows[0]["period"]["text"].startswith("From January to October")


def test_cli_table_and_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "item.txt"
    path.write_text(SEED_TEXT, encoding="utf-8")
    assert main(["extract", "--format", "table", "--published", "2025-12-25", str(path)]) == 0
    assert "$2.44 bn" in capsys.readouterr().out
    empty = tmp_path / "empty.txt"
    empty.write_text("No figures here.", encoding="utf-8")
    assert main(["extract", str(empty)]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "figures": [],
        "claims": [],
        "events": [],
        "projects": [],
    }


def test_cli_rejects_unusable_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa")
    assert main(["extract", str(bad)]) != 0
    assert main(["extract", "--published", "25/12/2025", str(bad)]) != 0
    good = tmp_path / "good.txt"
    good.write_text("No figures here.", encoding="utf-8")
    assert main(["extract", "--pair", "AZE/CHN", str(good)]) == 2


def test_any_pair_of_countries_is_recognised_in_english() -> None:
    found = extract("Trade between France and Uzbekistan reached $1.2 billion in 2024.", None)
    assert (found[0].reporter, found[0].partner) == ("FRA", "UZB")


def test_russian_case_forms_of_china() -> None:
    text = (
        "Товарооборот между Азербайджаном и Китаем в январе-сентябре текущего года "
        "составил 2,1 млрд долларов."
    )
    found = extract(text, date(2025, 12, 1))
    assert {found[0].reporter, found[0].partner} == {"AZE", "CHN"}
