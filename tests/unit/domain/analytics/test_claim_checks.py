"""Every claim type checked like for like: verdicts and the words of their explanations.

Small synthetic frames first (one section per claim type: a true case, a false case, a
bounded case and, where it applies, a conflict between sources), then the seed press item
(Xinhua, 25 Dec 2025) on the bundled dataset, with values taken from the seed text.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

import pandas as pd
import pytest

from app.domain.analytics import (
    CONFLICTING,
    CheckOptions,
    check_all_claims,
    check_claims,
)
from app.domain.analytics.claim_checks import CHECK_COLUMNS, VERDICTS
from app.domain.model import normalise_observations, normalise_sources, source_labels
from app.domain.periods import month_index, parse_period
from app.domain.records import normalise_records
from app.services.bundled import bundled_tables
from app.services.storage import Tables

NAN = float("nan")

# --- helpers ----------------------------------------------------------------------------


def ob(obs_id: int, period: str, value: float, source: int = 1, **kw: Any) -> dict[str, Any]:
    """One observation (trade turnover CHN→AZE in USD unless told otherwise)."""
    p = parse_period(period)
    row = {
        "obs_id": obs_id,
        "indicator": "trade_turnover",
        "reporter": "CHN",
        "partner": "AZE",
        "period_start": p.start,
        "period_end": p.end,
        "period_point": p.point,
        "value": value,
        "unit": "USD",
        "qualifier": "exact",
        "status": "actual",
        "source_id": source,
    }
    row.update(kw)
    return row


def observations(*rows: dict[str, Any]) -> pd.DataFrame:
    return normalise_observations(pd.DataFrame(list(rows)))


SOURCES = normalise_sources(
    pd.DataFrame(
        [
            (1, "Trend", "2025-12-25", "Embassy of China (Ambassador)", "cited by ambassador"),
            (2, "News.az", "2024-12-20", "Embassy of China (Chargé)", "cited by chargé"),
            (3, "Azernews", "2024-05-08", "State Customs Committee", "State Customs Committee"),
            (4, "Report.az", "2025-04-22", "State Customs Committee", "State Customs Committee"),
            (5, "Vestnik Kavkaza", "2025-11-16", "State Tourism Agency", "State Tourism Agency"),
            (6, "APA", "2026-03-13", "Embassy of China (Ambassador)", "cited by ambassador"),
            (7, "Xinhua", "2025-01-10", "Ministry of Energy", "Ministry of Energy"),
        ],
        columns=["source_id", "publisher", "published", "speaker", "origin"],
    )
)
LABEL = dict(zip(SOURCES["source_id"], source_labels(SOURCES), strict=True))


def claim(cid: int, kind: str, period: str = "", **kw: Any) -> dict[str, Any]:
    params = kw.pop("params", {})
    p = parse_period(period) if period else None
    row = {
        "claim_id": cid,
        "claim_type": kind,
        "source_id": 1,
        "obs_id": -1,
        "indicator": "trade_turnover",
        "reporter": "CHN",
        "partner": "AZE",
        "period_start": p.start if p else -1,
        "period_end": p.end if p else -1,
        "value": NAN,
        "unit": "USD",
        "qualifier": "exact",
        "status": "actual",
        "params": json.dumps(params),
    }
    row.update(kw)
    return row


def check(
    obs: pd.DataFrame,
    *claims: dict[str, Any],
    records: dict[str, pd.DataFrame] | None = None,
    **options: Any,
) -> pd.DataFrame:
    frame = normalise_records("claims", pd.DataFrame(list(claims)))
    return check_all_claims(obs, SOURCES, frame, records or {}, CheckOptions(**options))


def one(out: pd.DataFrame, claim_id: int = 1) -> pd.Series:
    return out[out["claim_id"] == claim_id].iloc[0]


def growth(cid: int = 1, change: float = 20.0, cq: str = "more_than", **kw: Any) -> dict[str, Any]:
    kw.setdefault("value", 2.44e9)
    params = {"change": change, "change_unit": "%", "change_qualifier": cq}
    return claim(cid, "growth", "2025-01/2025-10", params=params, **kw)


def one_sentence(text: str) -> bool:
    return text.endswith(".") and not re.search(r"\.\s+[A-Z]", text)


# --- output shape and implicit claims ---------------------------------------------------


def test_columns_and_implicit_growth_claims() -> None:
    obs = observations(
        ob(1, "2024-01/2024-10", 2.0e9, source=3, reporter="AZE", partner="CHN"),
        ob(
            2,
            "2025-01/2025-10",
            2.44e9,
            source=3,
            reporter="AZE",
            partner="CHN",
            change_value=21.9,
            change_unit="%",
            change_qualifier="exact",
        ),
        ob(
            3,
            "2025-01/2025-10",
            2.44e9,
            source=1,
            change_value=20.0,
            change_unit="%",
            change_qualifier="more_than",
        ),
    )
    out = check(obs, growth(obs_id=3))
    assert tuple(out.columns) == CHECK_COLUMNS
    assert list(out["claim_id"]) == [1, -2]  # obs 3 is referred to by claim 1: not twice
    implicit = one(out, -2)
    assert implicit["claim_type"] == "growth"
    assert implicit["verdict"] == "consistent"  # AZE customs' own Jan–Oct 2024
    assert implicit["obs_ids"][0] == 2  # the claim's own figure first
    assert "+21.9 %" in implicit["explanation"]
    assert set(out["verdict"]) <= set(VERDICTS)


def test_no_claims_no_rows() -> None:
    out = check(observations(ob(1, "2024", 1e9)))
    assert out.empty
    assert tuple(out.columns) == CHECK_COLUMNS


# --- growth -----------------------------------------------------------------------------


def test_growth_true_against_the_claimants_own_statistics() -> None:
    obs = observations(ob(1, "2024-01/2024-10", 2.0016e9, source=4, reporter="AZE", partner="CHN"))
    c = growth(source_id=3, reporter="AZE", partner="CHN", change=21.9, cq="exact")
    r = one(check(obs, c))
    assert r["verdict"] == "consistent"
    assert "Jan–Oct 2024" in r["explanation"]
    assert LABEL[4] in r["explanation"]  # the base's source, by label
    assert "a change of +21.6 % to +22.2 %" in r["explanation"]  # 2.44 / 2.0016, printed
    assert r["obs_ids"] == (1,)
    assert r["source_ids"] == (3, 4)
    assert r["implied_hi"] == pytest.approx(2.445e9 / 1.218)  # +21.9 % is 21.8 % or more


def test_growth_false_against_the_claimants_own_statistics() -> None:
    obs = observations(ob(1, "2024-01/2024-10", 2.3e9, source=4, reporter="AZE", partner="CHN"))
    c = growth(source_id=3, reporter="AZE", partner="CHN", change=21.9, cq="exact")
    r = one(check(obs, c))
    assert r["verdict"] == "inconsistent"
    assert "outside that" in r["explanation"]
    assert "the claimant's own statistics" in r["explanation"]
    assert one_sentence(r["explanation"])


def test_growth_false_when_two_sources_of_the_reporter_agree_on_the_base() -> None:
    obs = observations(
        ob(1, "2024-01/2024-10", 2.3e9, source=2),
        ob(2, "2024-01/2024-10", 2.3e9, source=4),
    )
    r = one(check(obs, growth(change=21.9, cq="exact")))
    assert r["verdict"] == "inconsistent"
    assert "2 sources of CHN agree on it" in r["explanation"]


def test_growth_bound_implies_a_base_range_with_print_rounding() -> None:
    # "more than 20 % on $2.44 bn": Jan–Oct 2024 below 2.445 / 1.195 (a printed 20 is 19.5+)
    obs = observations(ob(1, "2024-01/2024-10", 2.0e9, source=1))
    r = one(check(obs, growth()))
    assert r["implied_lo"] == 0.0
    assert r["implied_hi"] == pytest.approx(2.445e9 / 1.195)
    assert "below $2.05 bn" in r["explanation"]
    assert "more than +20 %" in r["explanation"]
    assert r["verdict"] == "consistent"  # the same source gave the base


def test_growth_base_from_another_source_outside_is_a_source_conflict() -> None:
    obs = observations(ob(1, "2024-01/2024-10", 3.0e9, source=2, qualifier="more_than"))
    r = one(check(obs, growth()))
    assert r["verdict"] == CONFLICTING
    text = r["explanation"]
    assert "more than $3 bn for Jan–Oct 2024" in text
    assert LABEL[1] in text
    assert LABEL[2] in text
    assert "disagree about the Jan–Oct 2024 base" in text
    assert "no change is computed" in text
    assert "%" not in text.split("imply")[1]  # no computed change printed as fact
    assert r["obs_ids"] == (1,)
    assert r["source_ids"] == (1, 2)


def test_growth_bases_inside_and_outside_conflict_and_both_are_named() -> None:
    obs = observations(
        ob(1, "2024-01/2024-10", 3.0e9, source=2, qualifier="more_than"),
        ob(2, "2024-01/2024-10", 1.9e9, source=4, reporter="AZE", partner="CHN"),
    )
    r = one(check(obs, growth()))
    assert r["verdict"] == CONFLICTING
    assert "outside that, while" in r["explanation"]
    assert "AZE's $1.9 bn" in r["explanation"]
    assert "within it" in r["explanation"]
    assert set(r["obs_ids"]) == {1, 2}


def test_growth_without_a_same_window_base_names_what_is_missing() -> None:
    obs = observations(ob(1, "2024", 3.7e9, source=4))
    r = one(check(obs, growth()))
    assert r["verdict"] == "cannot_check"
    assert "no Jan–Oct 2024 figure" in r["explanation"]
    assert "only 2024 ($3.7 bn) is stored, not the same window" in r["explanation"]
    assert r["obs_ids"] == ()  # the full year was not compared


def test_growth_with_only_the_mirror_figure_inside_is_not_checked_against_its_own_series() -> None:
    obs = observations(ob(1, "2024-01/2024-10", 2.0e9, source=4, reporter="AZE", partner="CHN"))
    r = one(check(obs, growth()))
    assert r["verdict"] == "cannot_check"
    assert "only the other side's figure" in r["explanation"]


def test_growth_status_is_said() -> None:
    obs = observations(ob(1, "2024-01/2024-10", 2.0e9, source=1))
    r = one(check(obs, growth(status="target")))
    assert "a target, not an outcome" in r["explanation"]


def test_growth_corroborated_by_another_claim_only() -> None:
    obs = observations(
        ob(
            1,
            "2025-01/2025-10",
            57000,
            source=5,
            indicator="tourist_arrivals_from_partner",
            reporter="AZE",
            partner="CHN",
            unit="persons",
            change_value=49.0,
            change_unit="%",
            change_qualifier="exact",
        ),
    )
    c = claim(
        1, "growth", "2025-01/2025-10", indicator="tourist_arrivals_from_partner",
        reporter="AZE", partner="CHN", value=57000, unit="persons", qualifier="more_than",
        params={"change": 50, "change_unit": "%", "change_qualifier": "nearly"},
    )  # fmt: skip
    r = one(check(obs, c))
    assert r["verdict"] == "cannot_check"
    assert "at least 37,800 persons" in r["explanation"]  # 57,000 / 1.505
    assert "+49 %" in r["explanation"]
    assert "another claim, not a base" in r["explanation"]


# --- level ------------------------------------------------------------------------------

TOURISTS = {"indicator": "tourist_arrivals_from_partner", "reporter": "AZE", "partner": "CHN"}


def tourists(obs_id: int, value: float, source: int, qualifier: str = "exact") -> dict[str, Any]:
    return ob(
        obs_id, "2025-01/2025-10", value, source, unit="persons", qualifier=qualifier, **TOURISTS
    )


def level(value: float, qualifier: str = "exact", **kw: Any) -> dict[str, Any]:
    return claim(1, "level", "2025-01/2025-10", value=value, unit="persons",
                 qualifier=qualifier, **TOURISTS, **kw)  # fmt: skip


def test_level_true_when_other_sources_agree() -> None:
    r = one(check(observations(tourists(1, 57000, 5)), level(57000)))
    assert r["verdict"] == "consistent"
    assert LABEL[5] in r["explanation"]


def test_level_false_is_a_conflict_between_sources() -> None:
    obs = observations(tourists(1, 48000, 5), tourists(2, 57000, 3))
    r = one(check(obs, level(57000)))
    assert r["verdict"] == CONFLICTING
    assert "is not met by AZE's 48,000 persons" in r["explanation"]
    assert "57,000 persons" in r["explanation"]
    assert "agrees" in r["explanation"]


def test_level_bound_meets_a_point_and_misses_a_lower_one() -> None:
    assert (
        one(check(observations(tourists(1, 57000, 5)), level(57000, "more_than")))["verdict"]
        == "consistent"
    )
    r = one(check(observations(tourists(1, 57000, 5)), level(60000, "more_than")))
    assert r["verdict"] == CONFLICTING
    assert "more than 60,000 persons" in r["explanation"]


def test_level_without_another_source_cannot_be_checked() -> None:
    r = one(check(observations(tourists(1, 57000, 1)), level(57000)))
    assert r["verdict"] == "cannot_check"
    assert "No other source gives tourist arrivals from partner" in r["explanation"]


# --- record -----------------------------------------------------------------------------


def years(*values: tuple[Any, ...], **kw: Any) -> list[dict[str, Any]]:
    """(period, value, source[, qualifier]) rows with obs_id 10, 11, ..."""
    return [
        ob(10 + i, v[0], v[1], v[2], qualifier=v[3] if len(v) > 3 else "exact", **kw)
        for i, v in enumerate(values)
    ]


def record(period: str = "2025", **kw: Any) -> dict[str, Any]:
    return claim(1, "record", period, **kw)


def test_record_true_names_the_series_and_the_best_earlier_year() -> None:
    obs = observations(*years(("2022", 2.1e9, 2), ("2023", 3.1e9, 2), ("2025", 4.87e9, 6)))
    r = one(check(obs, record()))
    assert r["verdict"] == "consistent"
    text = r["explanation"]
    assert "CHN's series of full years" in text
    assert "best 2023: CHN's $3.1 bn" in text
    assert "2024 is not stored in CHN's series" in text
    assert r["series_reporter"] == "CHN"


def test_record_false_names_the_higher_year() -> None:
    obs = observations(*years(("2023", 3.1e9, 2), ("2024", 3.8e9, 2), ("2025", 3.5e9, 6)))
    r = one(check(obs, record()))
    assert r["verdict"] == "inconsistent"
    assert "is not above 2024: CHN's $3.8 bn" in r["explanation"]


def test_record_against_a_bound_cannot_be_ordered() -> None:
    obs = observations(*years(("2024", 3.0e9, 2, "more_than"), ("2025", 3.05e9, 6)))
    r = one(check(obs, record()))
    assert r["verdict"] == "cannot_check"
    assert "cannot be ordered" in r["explanation"]
    assert "more than $3 bn" in r["explanation"]


def test_record_tie_within_rounding_cannot_be_ordered() -> None:
    obs = observations(*years(("2024", 3.10e9, 2), ("2025", 3.1e9, 6)))
    assert one(check(obs, record()))["verdict"] == "cannot_check"


def test_record_with_sources_disagreeing_about_an_earlier_year() -> None:
    obs = observations(*years(("2024", 3.01e9, 2), ("2024", 4.02e9, 3), ("2025", 3.51e9, 6)))
    r = one(check(obs, record()))
    assert r["verdict"] == CONFLICTING
    assert "depends on the source" in r["explanation"]


def test_a_jan_oct_record_is_never_compared_with_full_years() -> None:
    obs = observations(
        *years(("2023", 3.1e9, 2), ("2024", 3.7e9, 2), ("2025-01/2025-10", 2.44e9, 1)),
    )
    r = one(check(obs, record("2025-01/2025-10")))
    assert r["verdict"] == "cannot_check"
    assert "no earlier year to beat in CHN's series of Jan–Oct figures" in r["explanation"]
    assert r["obs_ids"] == (12,)  # only the Jan–Oct figure itself


def test_expected_record_with_only_a_year_to_date_figure_cannot_be_checked_yet() -> None:
    obs = observations(*years(("2024", 3.7e9, 2), ("2025-01/2025-10", 2.44e9, 1)))
    c = record(params={"window": "year", "expected": True}, status="expected")
    r = one(check(obs, c))
    assert r["verdict"] == "cannot_check"
    text = r["explanation"]
    assert "No 2025 figure is stored in CHN's series of full years" in text
    assert "only Jan–Oct 2025 ($2.44 bn), not the same window" in text
    assert "cannot be checked yet" in text
    assert "an expectation, not an outcome" in text


def test_expected_record_checked_against_the_full_year_published_later() -> None:
    obs = observations(*years(("2023", 3.1e9, 2), ("2024", 3.7e9, 4), ("2025", 4.87e9, 6)))
    c = record("2025-01/2025-10", params={"window": "year", "expected": True}, status="expected")
    r = one(check(obs, c))
    assert r["verdict"] == "consistent"
    assert "$4.87 bn" in r["explanation"]
    assert "published later" in r["explanation"]


def test_record_gap_filled_only_when_allowed() -> None:
    obs = observations(
        *years(("2023", 3.1e9, 2), ("2025", 3.5e9, 6)),
        ob(20, "2024", 3.744e9, 4, reporter="AZE", partner="CHN"),
    )
    off = one(check(obs, record()))
    assert off["verdict"] == "consistent"
    assert "AZE's $3.744 bn for 2024 not used" in off["explanation"]
    on = one(check(obs, record(), allow_other_reporter=True))
    assert on["verdict"] == "inconsistent"  # AZE's 2024 is above CHN's 2025
    assert "AZE's figures fill 2024" in on["explanation"]


# --- record streak ----------------------------------------------------------------------


def streak(n: int = 3, **kw: Any) -> dict[str, Any]:
    return claim(1, "record_streak", "2025", params={"length": n, "window": "year"}, **kw)


def test_streak_true_in_one_reporters_series() -> None:
    obs = observations(
        *years(("2022", 2.1e9, 2), ("2023", 3.1e9, 2), ("2024", 3.7e9, 2), ("2025", 4.9e9, 6))
    )
    r = one(check(obs, streak()))
    assert r["verdict"] == "consistent"
    assert "3 consecutive records ending 2025 in CHN's series of full years" in r["explanation"]
    assert "2023 ($3.1 bn), 2024 ($3.7 bn) and 2025 ($4.9 bn)" in r["explanation"]


def test_streak_false_names_the_year_that_was_not_a_record() -> None:
    obs = observations(
        *years(("2022", 3.2e9, 2), ("2023", 3.1e9, 2), ("2024", 3.7e9, 2), ("2025", 4.9e9, 6))
    )
    r = one(check(obs, streak()))
    assert r["verdict"] == "inconsistent"
    assert "2023 was not a record" in r["explanation"]
    assert "2022: CHN's $3.2 bn" in r["explanation"]


def test_streak_with_a_bound_cannot_be_checked() -> None:
    obs = observations(
        *years(
            ("2022", 2.1e9, 2), ("2023", 3.0e9, 2, "more_than"), ("2024", 3.05e9, 2),
            ("2025", 4.9e9, 6),
        )
    )  # fmt: skip
    r = one(check(obs, streak()))
    assert r["verdict"] == "cannot_check"
    assert "cannot be ordered against 2023: CHN's more than $3 bn" in r["explanation"]


def test_streak_with_sources_disagreeing_about_a_year() -> None:
    obs = observations(
        *years(
            ("2022", 2.1e9, 2),
            ("2023", 3.1e9, 2),
            ("2023", 2.01e9, 3),
            ("2024", 3.7e9, 2),
            ("2025", 4.9e9, 6),
        )
    )
    r = one(check(obs, streak()))
    assert r["verdict"] == CONFLICTING
    assert "2023 is a record or not depending on the source" in r["explanation"]


def test_streak_across_reporters_counts_only_when_allowed() -> None:
    obs = observations(
        *years(("2022", 2.1e9, 2), ("2023", 3.1e9, 2), ("2025", 4.87e9, 6)),
        ob(20, "2024", 3.744e9, 4, reporter="AZE", partner="CHN"),
    )
    off = one(check(obs, streak()))
    assert off["verdict"] == "cannot_check"
    assert "2024 is not stored in CHN's series of full years" in off["explanation"]
    assert "would fill it only if other reporters were allowed" in off["explanation"]
    on = one(check(obs, streak(), allow_other_reporter=True))
    assert on["verdict"] == "consistent"
    assert "2024 ($3.744 bn, AZE's figure)" in on["explanation"]
    assert "AZE's figures fill 2024 (the other reporter is allowed)" in on["explanation"]
    assert 20 in on["obs_ids"]


# --- first ------------------------------------------------------------------------------


def registry(
    projects: list[tuple[int, str, str, str, float]],
    commissioned: list[tuple[int, str, bool]],
    links: list[tuple[str, int, int]] = (),  # type: ignore[assignment]
) -> dict[str, pd.DataFrame]:
    """(id, name, country, technology, MW); (project, date, expected); (from, id, project)."""
    p = pd.DataFrame(
        [
            {
                "project_id": i,
                "name": n,
                "country": c,
                "partner": "CHN",
                "technology": t,
                "capacity": mw,
                "capacity_unit": "MW",
            }
            for i, n, c, t, mw in projects
        ]
    )
    s = pd.DataFrame(
        [
            {
                "stage_id": k,
                "project_id": i,
                "stage": "commissioned",
                "date": d,
                "expected": e,
                "source_id": 7,
            }
            for k, (i, d, e) in enumerate(commissioned, start=1)
        ]
    )
    link = pd.DataFrame(
        [
            {"link_id": k, "from_table": f, "from_id": i, "to_table": "projects", "to_id": str(p)}
            for k, (f, i, p) in enumerate(links, start=1)
        ]
    )
    return {
        "projects": normalise_records("projects", p),
        "project_stages": normalise_records("project_stages", s),
        "links": normalise_records("links", link),
    }


KHIZI = (1, "Khizi-Absheron WPP", "AZE", "wind", 240.0)


def first(noun: str = "large-scale wind project", kind: str = "first", **kw: Any) -> dict[str, Any]:
    params = {"kind": kind, "of": noun, "scope": "AZE"}
    return claim(1, "first", indicator="project_capacity", value=240.0, unit="MW",
                 params=params, **kw)  # fmt: skip


def test_first_true_names_the_threshold() -> None:
    recs = registry([KHIZI, (2, "Later WPP", "AZE", "wind", 100.0)],
                    [(1, "2026-01-08", False), (2, "2027", True)])  # fmt: skip
    r = one(check(observations(), first(), records=recs))
    assert r["verdict"] == "consistent"
    assert "of at least 50 MW" in r["explanation"]
    assert "Khizi-Absheron WPP (240 MW, commissioned 2026-01-08)" in r["explanation"]
    assert r["project_ids"][0] == 1


def test_first_false_names_the_earlier_project() -> None:
    recs = registry([KHIZI, (2, "Yeni WPP", "AZE", "wind", 60.0)],
                    [(1, "2026-01-08", False), (2, "2019-05", False)])  # fmt: skip
    r = one(check(observations(), first(), records=recs))
    assert r["verdict"] == "inconsistent"
    assert (
        "Yeni WPP (60 MW, commissioned 2019-05) came before Khizi-Absheron WPP" in r["explanation"]
    )


def test_first_large_scale_threshold_leaves_small_earlier_plants_out() -> None:
    recs = registry([KHIZI, (2, "Pilot WPP", "AZE", "wind", 8.0)],
                    [(1, "2026-01-08", False), (2, "2012", False)])  # fmt: skip
    assert one(check(observations(), first(), records=recs))["verdict"] == "consistent"
    r = one(check(observations(), first("wind project"), records=recs))
    assert r["verdict"] == "inconsistent"  # without "large-scale" the pilot plant counts
    assert "Pilot WPP" in r["explanation"]


def test_first_found_through_a_link_and_only() -> None:
    recs = registry([KHIZI, (2, "Other WPP", "AZE", "wind", 240.0)],
                    [(1, "2026-01-08", False)], links=[("claims", 1, 1)])  # fmt: skip
    r = one(check(observations(), first(kind="only"), records=recs))
    assert r["verdict"] == "inconsistent"
    assert "not the only one" in r["explanation"]
    assert "Other WPP" in r["explanation"]


def test_first_planned_and_not_commissioned_cannot_be_checked_yet() -> None:
    recs = registry([KHIZI], [(1, "2025", True)])
    r = one(check(observations(), first(status="planned"), records=recs))
    assert r["verdict"] == "cannot_check"
    assert "not commissioned yet" in r["explanation"]
    assert "a plan, not an outcome" in r["explanation"]


def test_first_without_a_registry_cannot_be_checked() -> None:
    r = one(check(observations(), first()))
    assert r["verdict"] == "cannot_check"
    assert "registry is empty" in r["explanation"]


# --- rank -------------------------------------------------------------------------------


def imports(obs_id: int, partner: str, value: float, qualifier: str = "exact") -> dict[str, Any]:
    return ob(obs_id, "2024", value, 3, indicator="imports_from_partner", reporter="AZE",
              partner=partner, qualifier=qualifier)  # fmt: skip


def rank(k: int = 1, **kw: Any) -> dict[str, Any]:
    kw.setdefault("source_id", 1)
    return claim(kw.pop("cid", 1), "rank", "2024", indicator="imports_from_partner",
                 reporter="AZE", partner=kw.pop("partner", "CHN"),
                 params={"rank": k, "of": "imports", "among": "import sources"}, **kw)  # fmt: skip


def test_rank_true_against_other_partners() -> None:
    obs = observations(
        imports(1, "CHN", 3.01e9), imports(2, "RUS", 2.51e9), imports(3, "TUR", 2.01e9)
    )
    r = one(check(obs, rank()))
    assert r["verdict"] == "consistent"
    assert "among the 3 partners stored" in r["explanation"]


def test_rank_false_names_who_is_ahead() -> None:
    obs = observations(imports(1, "CHN", 2.01e9), imports(2, "RUS", 2.51e9))
    r = one(check(obs, rank()))
    assert r["verdict"] == "inconsistent"
    assert "is below AZE's $2.51 bn" in r["explanation"]


def test_rank_with_overlapping_bounds_cannot_be_placed() -> None:
    obs = observations(imports(1, "CHN", 2.4e9), imports(2, "RUS", 2.0e9, "more_than"))
    r = one(check(obs, rank()))
    assert r["verdict"] == "cannot_check"
    assert "cannot be placed" in r["explanation"]


def test_rank_without_figures_is_corroborated_or_contradicted_by_other_claims() -> None:
    obs = observations(imports(1, "CHN", 3.0e9))
    other = rank(cid=2, source_id=5)
    r = one(check(obs, rank(), other))
    assert r["verdict"] == "cannot_check"
    assert "corroborated by" in r["explanation"]
    assert "not checked against data" in r["explanation"]
    rival = rank(cid=2, source_id=5, partner="RUS")
    r = one(check(obs, rank(), rival))
    assert r["verdict"] == CONFLICTING
    assert "which puts RUS 1st" in r["explanation"]


def test_rank_without_anything_says_so() -> None:
    r = one(check(observations(), rank()))
    assert r["verdict"] == "cannot_check"
    assert "no imports from partner figures of AZE for other partners" in r["explanation"]


# --- sum / count ------------------------------------------------------------------------

FIVE = [(i, f"SPP {i}", "AZE", "solar", mw) for i, mw in enumerate([100, 160, 310, 500, 500], 1)]


def sum_count(total: float = 1570, obs_id: int = -1, **params: Any) -> dict[str, Any]:
    p = {"count": 5, "total": total, "total_unit": "MW", "members": "new energy projects"}
    return claim(1, "sum_count", indicator="renewable_projects_signed_capacity",
                 obs_id=obs_id, params={**p, **params})  # fmt: skip


def test_sum_count_true_when_all_members_are_known() -> None:
    recs = registry(FIVE, [], links=[("claims", 1, i) for i in range(1, 6)])
    r = one(check(observations(), sum_count(), records=recs))
    assert r["verdict"] == "consistent"
    assert "all 5 are in the registry" in r["explanation"]
    assert "1,570 MW" in r["explanation"]
    assert r["project_ids"] == (1, 2, 3, 4, 5)


def test_sum_count_false_when_known_members_exceed_the_claim() -> None:
    recs = registry(FIVE, [], links=[("claims", 1, i) for i in range(1, 6)])
    r = one(check(observations(), sum_count(total=1200), records=recs))
    assert r["verdict"] == "inconsistent"
    assert "already total 1,570 MW" in r["explanation"]
    many = registry([*FIVE, (6, "SPP 6", "AZE", "solar", 1.0)], [],
                    links=[("claims", 1, i) for i in range(1, 7)])  # fmt: skip
    r = one(check(observations(), sum_count(total=2000), records=many))
    assert r["verdict"] == "inconsistent"
    assert "6 new energy projects are linked" in r["explanation"]


def test_sum_count_about_total_is_an_interval() -> None:
    recs = registry(FIVE, [], links=[("claims", 1, i) for i in range(1, 6)])
    r = one(check(observations(), sum_count(total=1600, total_qualifier="about"), records=recs))
    assert r["verdict"] == "consistent"


def test_sum_count_partly_known_never_invents_members() -> None:
    recs = registry(FIVE[:2], [], links=[("observations", 30, 1), ("observations", 30, 2)])
    r = one(check(observations(), sum_count(obs_id=30), records=recs))
    assert r["verdict"] == "cannot_check"
    text = r["explanation"]
    assert (
        "2 of the 5 new energy projects are known (SPP 1 100 MW and SPP 2 160 MW, 260 MW)" in text
    )
    assert "the other 3 and 1,310 MW are not in the registry" in text


# --- share ------------------------------------------------------------------------------


def share_obs(part: float, total: float) -> pd.DataFrame:
    return observations(
        ob(1, "2024", part, 3, indicator="imports_from_partner", reporter="AZE", partner="CHN"),
        ob(2, "2024", total, 3, indicator="imports_from_partner", reporter="AZE", partner=""),
    )


def share(value: float, qualifier: str = "exact", **kw: Any) -> dict[str, Any]:
    return claim(1, "share", "2024", indicator="partner_share_of_imports", reporter="AZE",
                 partner="CHN", value=value, unit="percent", qualifier=qualifier, **kw)  # fmt: skip


def test_share_true_computed_from_part_and_total() -> None:
    r = one(check(share_obs(1.769e9, 10.0e9), share(17.69)))
    assert r["verdict"] == "consistent"
    assert "17.69 %" in r["explanation"]
    assert "$10 bn" in r["explanation"]


def test_share_false_computed_from_part_and_total() -> None:
    r = one(check(share_obs(1.01e9, 10.1e9), share(17.69)))
    assert r["verdict"] == "inconsistent"


def test_share_bound() -> None:
    assert one(check(share_obs(1.769e9, 10.0e9), share(15, "more_than")))["verdict"] == (
        "consistent"
    )


def test_share_from_other_sources_conflicts_or_is_missing() -> None:
    obs = observations(
        ob(
            1,
            "2024",
            12.0,
            4,
            indicator="partner_share_of_imports",
            reporter="AZE",
            partner="CHN",
            unit="percent",
        ),
    )
    r = one(check(obs, share(17.69)))
    assert r["verdict"] == CONFLICTING
    assert "12 %" in r["explanation"]
    r = one(check(observations(), share(17.69)))
    assert r["verdict"] == "cannot_check"
    assert "the part is not stored for 2024" in r["explanation"]


# --- the seed press item on the bundled data --------------------------------------------

JAN_OCT_2025 = "2025-01/2025-10"


@pytest.fixture(scope="module")
def bundled() -> Tables:
    return bundled_tables()


def seed_source(t: Tables) -> int:
    """The seed page (Xinhua's Russian service via MIL-OSI, 25 Dec 2025): the source of its
    Jan–Oct 2025 trade figure with "more than 20 %"."""
    o, jan_oct = t.observations, parse_period(JAN_OCT_2025)
    mask = (o["indicator"] == "trade_turnover") & (o["change_qualifier"] == "more_than")
    hit = o[mask & (o["period_start"] == jan_oct.start) & (o["period_end"] == jan_oct.end)]
    assert len(hit) == 1
    sid = int(hit["source_id"].iloc[0])
    assert "MIL-OSI" in str(t.sources.set_index("source_id").loc[sid, "publisher"])
    return sid


def seed_figure(t: Tables, sid: int) -> int:
    """The bundled figure read from the seed page itself (its Jan–Oct 2025 trade)."""
    o = t.observations
    jan_oct = parse_period(JAN_OCT_2025)
    hit = o[(o["source_id"] == sid) & (o["period_start"] == jan_oct.start)
            & (o["period_end"] == jan_oct.end) & (o["indicator"] == "trade_turnover")]  # fmt: skip
    assert len(hit) == 1
    return int(hit["obs_id"].iloc[0])


def seed_claims(sid: int, obs_id: int) -> list[dict[str, Any]]:
    """The seed's statements, with the values printed in the seed text."""
    both = {"source_id": sid}
    trade = {"indicator": "trade_turnover", "reporter": "CHN", "partner": "AZE"}
    expected = {"status": "expected"}
    return [
        claim(1, "growth", JAN_OCT_2025, value=2.44e9, obs_id=obs_id, **trade, **both,
              params={"change": 20, "change_unit": "%", "change_qualifier": "more_than"}),
        claim(2, "record", "2025", **trade, **both, **expected,
              params={"window": "year", "expected": True}),
        claim(3, "record_streak", "2025", **trade, **both, **expected,
              params={"window": "year", "length": 3, "expected": True}),
        claim(4, "rank", "2025", indicator="imports_from_partner", reporter="AZE", partner="CHN",
              params={"rank": 1, "of": "imports", "among": "sources of Azerbaijan's imports"},
              **both),
        claim(5, "sum_count", indicator="renewable_projects_signed_capacity", **both,
              params={"count": 5, "total": 1570, "total_unit": "MW",
                      "members": "new energy projects"}),
        claim(6, "first", indicator="project_capacity", value=240.0, unit="MW", status="planned",
              params={"kind": "first", "of": "large-scale wind energy project", "scope": "AZE"},
              **both),
        claim(7, "growth", JAN_OCT_2025, indicator="tourist_arrivals_from_partner",
              reporter="AZE", partner="CHN", value=57000, unit="persons", qualifier="more_than",
              params={"change": 50, "change_unit": "%", "change_qualifier": "nearly"}, **both),
    ]  # fmt: skip


def seed_check(t: Tables, **options: Any) -> pd.DataFrame:
    sid = seed_source(t)
    frame = normalise_records("claims", pd.DataFrame(seed_claims(sid, seed_figure(t, sid))))
    return check_all_claims(t.observations, t.sources, frame, t.records, CheckOptions(**options))


def test_seed_trade_growth_is_a_source_conflict_about_the_2024_base(bundled: Tables) -> None:
    o, labels = (
        bundled.observations,
        dict(zip(bundled.sources["source_id"], source_labels(bundled.sources), strict=True)),
    )
    jan_oct_2024 = parse_period("2024-01/2024-10")
    base = o[
        (o["indicator"] == "trade_turnover")
        & (o["period_start"] == jan_oct_2024.start)
        & (o["period_end"] == jan_oct_2024.end)
    ]
    # what the bundled data holds: one Jan–Oct 2024 figure, the embassy's "more than $3 bn"
    assert len(base) == 1
    assert (base["reporter"].iloc[0], base["qualifier"].iloc[0]) == ("CHN", "more_than")
    assert base["value"].iloc[0] > 2.445e9 / 1.195  # outside what "+20 % on $2.44 bn" implies
    r = one(seed_check(bundled))
    assert r["verdict"] == CONFLICTING
    text = r["explanation"]
    assert "below $2.05 bn" in text
    assert "more than $3 bn for Jan–Oct 2024" in text
    assert labels[seed_source(bundled)] in text  # the claimant's source
    assert labels[int(base["source_id"].iloc[0])] in text  # the base's source
    assert "the sources disagree about the Jan–Oct 2024 base" in text
    assert int(base["obs_id"].iloc[0]) in r["obs_ids"]


def test_seed_record_and_streak(bundled: Tables) -> None:
    out = seed_check(bundled)
    rec = one(out, 2)
    full_2025 = month_index(2025, 1), month_index(2025, 12)
    o = bundled.observations
    stored = o[(o["indicator"] == "trade_turnover") & (o["period_start"] == full_2025[0])
               & (o["period_end"] == full_2025[1]) & (o["reporter"] == "CHN")]  # fmt: skip
    assert len(stored) == 1  # the full year published later
    assert rec["verdict"] == "consistent"
    assert "$4.87 bn" in rec["explanation"]
    assert "published later" in rec["explanation"]
    assert "an expectation, not an outcome" in rec["explanation"]
    strk = one(out, 3)
    assert strk["verdict"] == "cannot_check"
    assert "2024 is not stored in CHN's series of full years" in strk["explanation"]
    allowed = one(seed_check(bundled, allow_other_reporter=True), 3)
    assert allowed["verdict"] == "consistent"
    assert "AZE's figures fill" in allowed["explanation"]


def test_seed_rank_and_projects(bundled: Tables) -> None:
    out = seed_check(bundled)
    rank_ = one(out, 4)
    assert rank_["verdict"] == "cannot_check"
    assert "no imports from partner figures of AZE for other partners" in rank_["explanation"]
    five = one(out, 5)
    assert five["verdict"] == "cannot_check"  # no stored link says which five they are
    assert "none of the 5 new energy projects" in five["explanation"]
    assert five["project_ids"] == ()


def test_seed_first_large_scale_wind(bundled: Tables) -> None:
    r = one(seed_check(bundled), 6)
    assert "a plan, not an outcome" in r["explanation"]
    projects = bundled.records["projects"]
    if projects.empty:
        assert r["verdict"] == "cannot_check"
        assert "registry is empty" in r["explanation"]
        return
    wind = projects[projects["technology"].isin(["wind", "offshore_wind"])]
    assert 240.0 in set(wind["capacity"])  # Khizi-Absheron is in the registry
    assert r["verdict"] == "consistent"
    assert "of at least 50 MW in AZE" in r["explanation"]
    assert "Khizi-Absheron" in r["explanation"]
    assert "in the registry" in r["explanation"]


def test_seed_tourists_growth(bundled: Tables) -> None:
    r = one(seed_check(bundled), 7)
    assert r["verdict"] == "cannot_check"
    text = r["explanation"]
    assert "no Jan–Oct 2024 figure of tourist arrivals from partner" in text
    assert "not the same window" in text  # the 2024 full year is not used
    assert "at least 37,800 persons" in text
    assert math.isfinite(r["implied_lo"])
    assert math.isinf(r["implied_hi"])


def test_seed_explanations_are_single_sentences_with_known_verdicts(bundled: Tables) -> None:
    out = seed_check(bundled)
    assert set(out["verdict"]) <= set(VERDICTS)
    assert (out["claim_id"] < 0).sum() == int(
        bundled.observations["change_value"].notna().sum() - 1  # the seed's figure is claim 1
    )
    for text in out["explanation"]:
        assert one_sentence(text), text


def test_the_01_growth_check_still_runs(bundled: Tables) -> None:
    assert len(check_claims(bundled.observations, bundled.sources)) > 0
