"""JSON-stat, Eurostat TSV, World Bank API v2 JSON and UN Comtrade API JSON importers:
counts of the real fixtures (README), specific figures, detection, progress/cancel, fuzz."""

from __future__ import annotations

import itertools
import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import SHARED_FIXTURES

from app.domain.periods import month_index
from app.services.importers import (
    IMPORTERS,
    ImportCancelled,
    ImportFailed,
    ImportResult,
    Severity,
    detect,
    read_file,
)

F = SHARED_FIXTURES
MINE = ("jsonstat", "eurostat-tsv", "wbapi", "comtrade-api")
COUNTS = [
    ("jsonstat_icane_epa_cantabria.json", "jsonstat", 4205),
    ("jsonstat_estat_demo_gind.json", "jsonstat", 73),
    ("jsonstat10_ssb_1120_salmon_exports.json", "jsonstat", 8),
    ("eurostat_tsv_tour_occ_arn2_country_level.tsv", "eurostat-tsv", 24595),
    ("eurostat_tsv_legacy_bulk_gov_10dd_edpt1_subset.tsv", "eurostat-tsv", 24760),
    ("eurostat_tsv_legacy_bulk_tsdde410.tsv", "eurostat-tsv", 1275),
    ("wbapi_v2_us_gni_per_capita_1990_1997.json", "wbapi", 8),
    ("comtrade_api_services_empty_response.json", "comtrade-api", 0),
]
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def one(obs: pd.DataFrame, **where: object) -> pd.Series:
    hit = obs
    for col, value in where.items():
        hit = hit[hit[col].astype(str) == str(value)]
    assert len(hit) == 1, f"{len(hit)} rows match {where}"
    return hit.iloc[0]


def year(y: int) -> tuple[int, int]:
    return month_index(y, 1), month_index(y, 12)


@pytest.mark.parametrize(("name", "fmt", "count"), COUNTS)
def test_fixture_is_detected_and_counted(name: str, fmt: str, count: int) -> None:
    assert detect(F / name) == fmt
    result = read_file(F / name)
    assert len(result.observations) == count
    assert not result.errors


def test_comtrade_api_error_body_fails_with_the_api_message() -> None:
    path = F / "comtrade_api_error_401_missing_key.json"
    assert detect(path) == "comtrade-api"
    with pytest.raises(ImportFailed, match=r"UN Comtrade API error 401: Access denied"):
        read_file(path)


def test_comtrade_api_empty_answer_says_so() -> None:
    result = read_file(F / "comtrade_api_services_empty_response.json")
    infos = [p.message for p in result.problems if p.severity is Severity.INFO]
    assert any("no records" in m for m in infos)


def test_comtrade_api_records_use_the_comtrade_mapping() -> None:
    rec = {
        "typeCode": "C",
        "freqCode": "A",
        "period": 2024,
        "reporterCode": 31,
        "reporterISO": "AZE",
        "flowCode": "M",
        "partnerCode": 156,
        "partnerISO": "CHN",
        "partner2Code": 0,
        "cmdCode": "TOTAL",
        "customsCode": "C00",
        "motCode": 0,
        "primaryValue": 1234567890.5,
    }
    plus = {**rec, "motCode": 2100, "primaryValue": 5.0}
    doc = {"elapsedTime": "1 secs", "count": 2, "data": [rec, plus], "error": ""}
    result = read_file(json.dumps(doc).encode(), "comtrade-api")
    row = one(result.observations, indicator="imports_from_partner", reporter="AZE")
    assert (row["partner"], row["value"], row["unit"]) == ("CHN", 1234567890.5, "USD")
    assert len(result.observations) == 1  # the transport-mode breakdown left out


def test_jsonstat_eurostat_sparse_values_and_status() -> None:
    result = read_file(F / "jsonstat_estat_demo_gind.json")
    obs = result.observations
    assert result.source.publisher == "Eurostat"
    assert result.source.dataset == "DEMO_GIND"
    bel = one(obs, indicator="DEMO_GIND.JAN", reporter="BEL")
    assert bel["value"] == 11832049
    assert (bel["period_start"], bel["period_end"]) == year(2024)
    assert bel["status"] == "provisional"
    assert "provisional" in bel["note"]
    eu = one(obs, indicator="DEMO_GIND.JAN", reporter="EU27_2020")
    assert eu["value"] == 449206579
    assert "estimated, provisional" in eu["note"]
    names = dict(zip(result.indicators["code"], result.indicators["name"], strict=True))
    assert names["DEMO_GIND.JAN"] == "Population on 1 January - total"


def test_jsonstat_icane_dense_with_nulls_and_quarters() -> None:
    result = read_file(F / "jsonstat_icane_epa_cantabria.json")
    obs = result.observations
    code = "JSONSTAT_ICANE_EPA_CANTABRIA.Ambos sexos.Total.Población"
    q1 = one(obs, indicator=code, period_text="2005 - 1")
    assert q1["value"] == pytest.approx(477.8)
    assert (q1["period_start"], q1["period_end"]) == (month_index(2005, 1), month_index(2005, 3))
    last = one(obs, indicator=code, period_text="2016 - 4")
    assert (last["period_start"], last["value"]) == (month_index(2016, 10), pytest.approx(491.9))
    assert not obs["period_text"].astype(str).str.fullmatch(r"\d{4}").any()  # years all null
    assert result.empty_cells == 5400 - 4205
    assert any(p.message.startswith("dataset note:") for p in result.problems)


def test_jsonstat10_bundle_units_per_metric_and_weeks() -> None:
    result = read_file(F / "jsonstat10_ssb_1120_salmon_exports.json")
    obs = result.observations
    assert result.source.publisher == "Statistics Norway"
    prefix = "JSONSTAT10_SSB_1120_SALMON_EXPORTS."
    weight = one(obs, indicator=prefix + "01.Vekt", period_text="2014U30")
    price = one(obs, indicator=prefix + "01.Kilopris", period_text="2014U30")
    assert (weight["value"], weight["unit"]) == (14297, "tonnes")
    assert (price["value"], price["unit"]) == (42.23, "NOK")
    frozen = one(obs, indicator=prefix + "02.Kilopris", period_text="2014U31")
    assert frozen["value"] == pytest.approx(43.32)


def test_jsonstat_dataset_option_renames_the_prefix() -> None:
    path = F / "jsonstat10_ssb_1120_salmon_exports.json"
    result = read_file(path, options={"dataset": "SSB1120"})
    assert set(result.observations["indicator"]) == {
        "SSB1120.01.Vekt",
        "SSB1120.01.Kilopris",
        "SSB1120.02.Vekt",
        "SSB1120.02.Kilopris",
    }


def test_jsonstat_unit_dimension_multiplier_and_status_list() -> None:
    def dim(*ids: str) -> dict[str, object]:
        return {"category": {"index": list(ids)}}

    doc = {
        "version": "2.0",
        "class": "dataset",
        "href": "https://example.org/data/XX_TRADE?lang=en",
        "id": ["freq", "unit", "partner", "geo", "time"],
        "size": [1, 2, 1, 2, 1],
        "dimension": {
            "freq": dim("A"),
            "unit": dim("MIO_EUR", "PC_GDP"),
            "partner": dim("CN"),
            "geo": dim("AZ", "DE"),
            "time": dim("2023"),
        },
        "value": [1.5, None, 2.0, 3.0],
        "status": ["p", None, "", "e"],
    }
    result = read_file(json.dumps(doc).encode())
    got = {
        (r.indicator, r.reporter, r.partner): (r.value, r.unit, r.status)
        for r in result.observations.itertuples()
    }
    assert got == {
        ("XX_TRADE.MIO_EUR", "AZE", "CHN"): (1.5e6, "EUR", "provisional"),
        ("XX_TRADE.PC_GDP", "AZE", "CHN"): (2.0, "percent", "actual"),
        ("XX_TRADE.PC_GDP", "DEU", "CHN"): (3.0, "percent", "estimate"),
    }
    metric = {"category": {"index": ["V"], "unit": {"V": {"base": "NOK", "multiplier": 3}}}}
    ssb = {"dataset": {"dimension": {"Tid": dim("2014"), "ContentsCode": metric}}}
    ssb["dataset"]["dimension"] |= {"id": ["Tid", "ContentsCode"], "size": [1, 1]}
    ssb["dataset"] |= {"value": [7]}
    row = one(read_file(json.dumps(ssb).encode(), "jsonstat").observations, period_text="2014")
    assert (row["indicator"], row["value"], row["unit"]) == ("JSONSTAT.V", 7000, "NOK")


def test_eurostat_tsv_flags_and_missing() -> None:
    result = read_file(F / "eurostat_tsv_tour_occ_arn2_country_level.tsv")
    obs = result.observations
    code = "EUROSTAT_TSV_TOUR_OCC_ARN2_COUNTRY_LEVEL.DOM.NR.I551"
    alb = one(obs, indicator=code, reporter="ALB", period_text="2018")
    assert (alb["value"], alb["status"], alb["note"]) == (420931, "estimate", "flag e")
    aut = one(obs, indicator=code, reporter="AUT", period_text="1990")
    assert (aut["value"], aut["status"]) == (4189792, "actual")
    assert (obs["note"] != "").sum() == 1343  # README: 1,343 values carry a flag
    assert result.empty_cells == 40932 - 24595
    assert obs.loc[obs["indicator"].str.contains(".PCH_PRE.", regex=False), "value"].notna().all()


def test_eurostat_tsv_legacy_descending_years_and_units() -> None:
    result = read_file(F / "eurostat_tsv_legacy_bulk_gov_10dd_edpt1_subset.tsv")
    row = one(
        result.observations,
        indicator="EUROSTAT_TSV_LEGACY_BULK_GOV_10DD_EDPT1_SUBSET.MIO_EUR.S1.B1GQ",
        reporter="AUT",
        period_text="2014",
    )
    assert (row["value"], row["unit"]) == (pytest.approx(329295.6e6), "EUR")
    small = read_file(F / "eurostat_tsv_legacy_bulk_tsdde410.tsv", options={"dataset": "tsdde410"})
    row = one(small.observations, indicator="tsdde410.MIO_EUR", reporter="AUT", period_text="1995")
    assert row["value"] == pytest.approx(124398.7e6)


TSV = (
    "freq,unit,partner,geo\\TIME_PERIOD\t2020M01 \t2020M02 \n"
    "M,MIO_EUR,CN,AZ\t1.5 p\t: c\n"
    "M,MIO_EUR,CN,DE\t2 \t3 e\n"
    "M,MIO_EUR,DE\t9\t9\n"
)


def test_eurostat_tsv_partner_months_and_bad_key() -> None:
    result = IMPORTERS["eurostat-tsv"].read(TSV.encode(), {"dataset": "X_TRADE"})
    obs = result.observations
    assert len(obs) == 3
    az = one(obs, reporter="AZE", period_text="2020M01")
    assert (az["partner"], az["indicator"], az["status"]) == (
        "CHN",
        "X_TRADE.MIO_EUR",
        "provisional",
    )
    assert (az["period_start"], az["value"]) == (month_index(2020, 1), 1.5e6)
    assert [p.line for p in result.errors] == [4]  # the key with three parts
    assert result.empty_cells == 1


def test_progress_and_cancel() -> None:
    for name, path in (
        ("eurostat-tsv", F / "eurostat_tsv_legacy_bulk_tsdde410.tsv"),
        ("jsonstat", F / "jsonstat_estat_demo_gind.json"),
    ):
        calls: list[tuple[int, int]] = []
        IMPORTERS[name].read(path, progress=lambda d, t, c=calls: c.append((d, t)))
        assert calls[0][0] == 0
        assert calls[-1][0] == calls[-1][1] > 0
        with pytest.raises(ImportCancelled):
            IMPORTERS[name].read(path, cancel=lambda: True)


def test_world_bank_api_records() -> None:
    result = read_file(F / "wbapi_v2_us_gni_per_capita_1990_1997.json")
    row = one(result.observations, indicator="NY.GNP.PCAP.CD", period_text="1997")
    assert (row["reporter"], row["value"], row["unit"]) == ("USA", 31270, "USD")
    assert result.indicators["name"].tolist() == ["GNI per capita, Atlas method (current US$)"]


def test_world_bank_api_error_and_empty_answers() -> None:
    error = [{"message": [{"id": "120", "key": "Invalid value", "value": "Bad parameter"}]}]
    with pytest.raises(ImportFailed, match="World Bank API error 120: Bad parameter"):
        IMPORTERS["wbapi"].read(json.dumps(error).encode())
    empty = [{"page": 0, "pages": 0, "per_page": 50, "total": 0}, None]
    result = read_file(json.dumps(empty).encode())
    assert result.format == "wbapi"
    assert len(result.observations) == 0
    assert any("no records" in p.message for p in result.problems)


@st.composite
def cubes(draw: st.DrawFn) -> tuple[dict[str, object], dict[tuple[str, ...], float]]:
    """A small random JSON-stat 2.0 cube, dense or sparse, and the cells it holds."""
    sizes = [draw(st.integers(1, 3)) for _ in range(draw(st.integers(1, 3)))]
    ids = [f"d{i}" for i in range(len(sizes))] + ["time"]
    sizes.append(draw(st.integers(1, 3)))
    cats = [[f"c{i}{j}" for j in range(s)] for i, s in enumerate(sizes[:-1])]
    cats.append([str(2000 + j) for j in range(sizes[-1])])
    n = int(np.prod(sizes))
    values = draw(st.lists(st.one_of(st.none(), st.integers(-999, 999)), min_size=n, max_size=n))
    dims = {
        d: {"category": {"index": c if draw(st.booleans()) else {k: i for i, k in enumerate(c)}}}
        for d, c in zip(ids, cats, strict=True)
    }
    sparse = draw(st.booleans())
    value: object = {str(i): v for i, v in enumerate(values) if v is not None} if sparse else values
    doc = {"version": "2.0", "class": "dataset", "id": ids, "size": sizes}
    doc |= {"dimension": dims, "value": value, "extension": {"id": "T"}}
    expected = {
        key: float(v)
        for key, v in zip(itertools.product(*cats), values, strict=True)
        if v is not None
    }
    return doc, expected


@FUZZ
@given(cubes())
def test_jsonstat_cells_land_where_the_row_major_order_puts_them(
    case: tuple[dict[str, object], dict[tuple[str, ...], float]],
) -> None:
    doc, expected = case
    obs = IMPORTERS["jsonstat"].read(json.dumps(doc).encode()).observations
    got = {
        (*ind.split(".")[1:], str(p)): v
        for ind, p, v in zip(obs["indicator"], obs["period_text"], obs["value"], strict=True)
    }
    sizes = [len(d["category"]["index"]) for d in doc["dimension"].values()]  # type: ignore[index]
    singleton = [i for i, s in enumerate(sizes[:-1]) if s == 1]
    want = {
        (*(c for i, c in enumerate(k[:-1]) if i not in singleton), k[-1]): v
        for k, v in expected.items()
    }
    assert got == want


def _mutated(data: bytes, draw: st.DrawFn) -> bytes:
    out = bytearray(data[: draw(st.integers(0, len(data)))])
    for _ in range(draw(st.integers(0, 4))):
        if out:
            out[draw(st.integers(0, len(out) - 1))] = draw(st.integers(0, 255))
    return bytes(out)


SAMPLES = [(F / name).read_bytes()[:6000] for name, _f, _c in COUNTS] + [
    (F / "comtrade_api_error_401_missing_key.json").read_bytes(),
    TSV.encode(),
]


@st.composite
def inputs(draw: st.DrawFn) -> bytes:
    kind = draw(st.integers(0, 2))
    if kind == 0:
        return draw(st.binary(max_size=400))
    if kind == 1:
        return _mutated(draw(st.sampled_from(SAMPLES)), draw)
    text = draw(st.text(alphabet='{}[]":,0123456789 \\\tnulabcdeoisz', max_size=300))
    return text.encode()


@FUZZ
@given(st.sampled_from(MINE), inputs())
def test_fuzz_gives_a_result_or_import_failed(name: str, data: bytes) -> None:
    try:
        result = IMPORTERS[name].read(data)
    except ImportFailed:
        return
    assert isinstance(result, ImportResult)
    assert result.observations["value"].notna().all()
