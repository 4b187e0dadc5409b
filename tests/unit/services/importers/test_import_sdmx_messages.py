"""SDMX-ML 2.1/3.0, SDMX-JSON 1.0/2.0 and IMF CompactData messages, read from the agencies'
own files (shared fixtures, counts from their README) and from small hand-written ones."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import SHARED_FIXTURES

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
ESTAT = F / "sdmxml_estat_nama_10_gdp_structurespecific.xml"
INSEE = F / "sdmxml_insee_bdm_series_generic.xml"
WEO = F / "sdmxml_imf_weo_structurespecific.xml"
WITS = F / "sdmxml_wb_wits_tariff_generic.xml"
OECD = F / "sdmxjson10_oecd_part2.json"
WHDREO = F / "sdmxjson20_imf_whdreo_gx1213_bca.json"
AFRREO = F / "sdmxjson20_imf_afrreo_ttt_ggx.json"
DOTS = F / "imf_dots_compactdata_us_exports.json"
MESSAGES = (ESTAT, INSEE, WEO, WITS, OECD, WHDREO, AFRREO, DOTS)


def one(r: ImportResult, **where: str) -> pd.Series:
    obs = r.observations
    mask = pd.Series(True, index=obs.index)
    for col, value in where.items():
        mask &= obs[col].astype(str) == value
    hits = obs[mask]
    assert len(hits) == 1, f"{len(hits)} rows match {where}"
    return hits.iloc[0]


def warnings_of(r: ImportResult) -> str:
    return "\n".join(p.message for p in r.problems if p.severity is Severity.WARNING)


@pytest.mark.parametrize(
    ("path", "fmt", "count", "options"),
    [
        (ESTAT, "sdmx-ml", 4, None),
        (INSEE, "sdmx-ml", 756, None),
        (WEO, "sdmx-ml", 1, None),
        (WITS, "sdmx-ml", 1, None),
        (OECD, "sdmx-json", 7, {"period": "2019"}),
        (WHDREO, "sdmx-json", 55, None),
        (AFRREO, "sdmx-json", 3397, None),
        (DOTS, "imf-compact", 8, None),
    ],
    ids=lambda v: getattr(v, "name", None),
)
def test_fixture_is_detected_and_gives_the_readme_count(
    path: Path, fmt: str, count: int, options: dict[str, str] | None
) -> None:
    assert detect(path) == fmt
    r = read_file(path, options=options)
    assert len(r.observations) == count
    assert not r.has_errors, [p.text() for p in r.errors][:5]


def test_eurostat_structure_specific_lowercase_dimensions() -> None:
    r = read_file(ESTAT)
    assert r.source.publisher == "Eurostat"
    assert r.source.dataset == "NAMA_10_GDP"
    row = one(r, period_text="2012")
    assert row["indicator"] == "NAMA_10_GDP.B1GQ"  # geo, unit, freq are roles, not the code
    assert row["reporter"] == "LUX"
    # CP_MEUR as written, or million euro once the unit table knows it
    assert (row["unit"], row["value"]) in {("CP_MEUR", 46526.2), ("EUR", 46526.2e6)}


def test_insee_generic_series_attributes_titles_and_flags() -> None:
    r = read_file(INSEE)
    assert r.source.publisher == "INSEE"
    row = one(r, indicator="SERIES_BDM.001572432", period_text="2016-11")
    assert row["value"] == pytest.approx(3548.5e3)  # UNIT_MULT 3
    assert row["status"] == "actual"  # OBS_STATUS A
    assert row["reporter"] == "FRA"  # FM is France métropolitaine here, not Micronesia
    assert "FR1 area FM read as FRA" in warnings_of(r)
    names = dict(zip(r.indicators["code"], r.indicators["name"], strict=True))
    assert names["SERIES_BDM.001572434"].startswith("Demandeurs d'emploi inscrits")
    assert "Catégorie C" in names["SERIES_BDM.001572434"]
    assert set(r.observations["indicator"].astype(str)) == set(names)


def test_imf_scale_is_reported_not_applied_unless_asked() -> None:
    r = read_file(WEO)
    row = one(r, period_text="2018")
    assert row["indicator"] == "WEO.NGDP_R"  # SCALE, OVERLAP, *_DATE kept out of the code
    assert row["reporter"] == "SVK"
    assert row["value"] == 94669000000.0
    assert "SCALE 9 not applied" in warnings_of(r)
    assert r.indicators.iloc[0]["name"] == (
        "Gross domestic product (GDP), Constant prices, Domestic currency"
    )  # the group's SERIES_NAME
    scaled = read_file(WEO, options={"apply_scale": True})
    assert scaled.observations["value"].iloc[0] == pytest.approx(94669000000.0 * 1e9)


def test_wits_zero_is_a_value_and_codes_keep_leading_zeros() -> None:
    r = read_file(WITS)
    row = one(r, period_text="1989")
    assert row["value"] == 0.0
    assert row["indicator"] == "TARIFF_TRAINS.Reported.020110"
    assert (row["reporter"], row["partner"]) == ("USA", "WLD")  # 840; 000 is WITS's World
    assert r.source.publisher.startswith("World Bank")


def test_oecd_json_10_names_flags_and_a_missing_time_dimension() -> None:
    bare = read_file(OECD)  # no period given: dated as of the message's preparation
    assert len(bare.observations) == 7
    assert not bare.errors
    assert set(bare.observations["period_text"]) == {"@2021-06"}
    assert bare.observations["period_point"].all()
    assert any(
        "no time dimension" in p.message and "prepared (2021-06-19)" in p.message
        for p in bare.problems
        if p.severity == "warning"
    )
    r = read_file(OECD, options={"period": "2019"})
    assert r.source.publisher == "OECD"
    row = one(r, reporter="AUS")  # LOCATION has the REF_AREA role
    assert row["indicator"] == "PART2.5CLAT.INI.FOG.MAT.MN"
    assert row["value"] == pytest.approx(11.963615756565)
    flagged = one(r, reporter="NZL", indicator="PART2.5CLAT.CHG.FOG.MAT.MN")
    assert flagged["note"] == "flag w"  # OBS_STATUS index 1; TIME_FORMAT has no values
    names = dict(zip(r.indicators["code"], r.indicators["name"], strict=True))
    assert names["PART2.5CLAT.INI.FOG.MAT.MN"] == (
        "Percentage of class time spent on lecture-style presentations, according to "
        "teachers; Initial year in percentage; 4th grade; Mathematics; Percentage"
    )


def test_imf_json_20_string_values_and_group_attributes() -> None:
    r = read_file(WHDREO)
    assert (r.source.publisher, r.source.dataset) == ("IMF", "WHDREO")
    row = one(r, period_text="1976")
    assert row["indicator"] == "WHDREO.BCA_GDP_BP6"
    assert row["value"] == pytest.approx(-7.436)
    assert row["unit"] == "percent"  # dimensionGroup attribute UNIT PT, by INDICATOR
    afr = read_file(AFRREO)
    units = afr.observations.groupby("indicator", observed=True)["unit"].unique()
    assert list(units["AFRREO.TTT_IX"]) == ["index"]
    assert list(units["AFRREO.GGX_G01_GDP_PT"]) == ["percent"]
    assert one(afr, indicator="AFRREO.GGX_G01_GDP_PT", reporter="AGO", period_text="2000")[
        "value"
    ] == pytest.approx(35.8207321239817)


def test_imf_compactdata_bilateral_exports() -> None:
    r = read_file(DOTS)
    row = one(r, partner="WLD", period_text="2020")
    assert row["indicator"] == "exports_to_partner"  # TXG_FOB_USD towards a partner
    assert row["reporter"] == "USA"
    assert row["unit"] == "USD"
    assert row["value"] == pytest.approx(1429995.404019e6)  # UNIT_MULT 6
    assert set(r.observations["partner"].astype(str)) == {"WLD", "B0"}


def test_compactdata_single_series_and_single_obs() -> None:
    msg = {
        "CompactData": {
            "Header": {"DataSetID": "IFS"},
            "DataSet": {
                "Series": {
                    "@FREQ": "Q",
                    "@REF_AREA": "DE",
                    "@INDICATOR": "ENDA_XDC_USD_RATE",
                    "@UNIT_MULT": "0",
                    "Obs": {"@TIME_PERIOD": "2020-Q1", "@OBS_VALUE": "0.9"},
                }
            },
        }
    }
    r = read_file(json.dumps(msg).encode())
    row = one(r, reporter="DEU")
    assert (row["indicator"], row["value"]) == ("IFS.ENDA_XDC_USD_RATE", 0.9)


SDMX_JSON_10 = {
    "header": {"id": "X", "prepared": "2024-01-01T00:00:00Z", "sender": {"id": "ECB"}},
    "dataSets": [
        {
            "action": "Information",
            "attributes": [0],
            "series": {
                "0:0": {"attributes": [1], "observations": {"0": [1.5], "1": [2.5, 0]}},
                "1:0": {"attributes": [0], "observations": {"0": [3.5, None]}},
            },
        }
    ],
    "structure": {
        "links": [{"urn": "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=ECB:EXR(1.0)"}],
        "dimensions": {
            "series": [
                {
                    "id": "CURRENCY",
                    "values": [
                        {"id": "USD", "name": "US dollar"},
                        {"id": "JPY", "name": "Japanese yen"},
                    ],
                },
                {"id": "REF_AREA", "values": [{"id": "DE", "name": "Germany"}]},
            ],
            "observation": [
                {"id": "TIME_PERIOD", "role": "time", "values": [{"id": "2020"}, {"id": "2021"}]}
            ],
        },
        "attributes": {
            "dataSet": [{"id": "COLLECTION", "values": [{"id": "A"}]}],
            "series": [{"id": "UNIT_MULT", "values": [{"id": "0"}, {"id": "6"}]}],
            "observation": [{"id": "OBS_STATUS", "values": [{"id": "P"}]}],
        },
    },
}


def test_sdmx_json_series_attributes_are_the_series_own() -> None:
    r = read_file(json.dumps(SDMX_JSON_10).encode())
    assert (r.source.publisher, r.source.dataset) == ("ECB", "EXR")
    usd = one(r, indicator="EXR.USD", period_text="2021")
    assert usd["value"] == pytest.approx(2.5e6)  # the USD series says UNIT_MULT 6
    assert usd["status"] == "provisional"  # OBS_STATUS P
    assert one(r, indicator="EXR.JPY")["value"] == 3.5
    names = dict(zip(r.indicators["code"], r.indicators["name"], strict=True))
    assert names == {"EXR.USD": "US dollar", "EXR.JPY": "Japanese yen"}


V30_SS = b"""<?xml version="1.0" encoding="UTF-8"?>
<m:StructureSpecificData xmlns:m="http://www.sdmx.org/resources/sdmxml/schemas/v3_0/message"
 xmlns:ss="http://www.sdmx.org/resources/sdmxml/schemas/v3_0/data/structurespecific"
 xmlns:c="http://www.sdmx.org/resources/sdmxml/schemas/v3_0/common"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
 xmlns:ns1="urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=IMF.STA:IMTS(1.0.0)">
<m:Header><m:ID>X</m:ID><m:Test>false</m:Test><m:Prepared>2025-01-01T00:00:00</m:Prepared>
<m:Sender id="IMF"/><m:Structure structureID="S1" dimensionAtObservation="TIME_PERIOD">
<c:StructureUsage>urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=IMF.STA:IMTS(1.0.0)
</c:StructureUsage></m:Structure></m:Header>
<m:DataSet ss:structureRef="S1" xsi:type="ns1:DataSetType" action="Information">
<Series COUNTRY="USA" INDICATOR="XG_FOB_USD" COUNTERPART_COUNTRY="CHN" FREQUENCY="A" SCALE="6">
<Obs TIME_PERIOD="2023" OBS_VALUE="147800000000"/></Series></m:DataSet></m:StructureSpecificData>
"""
FLAT_GENERIC = b"""<?xml version="1.0" encoding="UTF-8"?>
<m:GenericData xmlns:m="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
 xmlns:g="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic"
 xmlns:c="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">
<m:Header><m:ID>X</m:ID><m:Test>false</m:Test><m:Prepared>2025-01-01T00:00:00</m:Prepared>
<m:Sender id="ECB"/><m:Structure structureID="S" dimensionAtObservation="AllDimensions">
<c:Structure><Ref agencyID="ECB" id="ECB_EXR1" version="1.0"/></c:Structure></m:Structure>
</m:Header><m:DataSet structureRef="S">
<g:Obs><g:ObsKey><g:Value id="CURRENCY" value="USD"/><g:Value id="REF_AREA" value="DE"/>
<g:Value id="TIME_PERIOD" value="2020"/></g:ObsKey><g:ObsValue value="1.14"/>
<g:Attributes><g:Value id="OBS_STATUS" value="E"/></g:Attributes></g:Obs>
<g:Obs><g:ObsKey><g:Value id="CURRENCY" value="JPY"/><g:Value id="REF_AREA" value="DE"/>
<g:Value id="TIME_PERIOD" value="2020"/></g:ObsKey><g:ObsValue value="121.8"/></g:Obs>
</m:DataSet></m:GenericData>
"""


def test_sdmx_ml_30_structure_specific_with_a_urn_and_imf_flows() -> None:
    r = read_file(V30_SS)
    assert (r.source.publisher, r.source.dataset) == ("IMF", "IMTS")
    row = one(r, reporter="USA", partner="CHN")
    assert (row["indicator"], row["value"]) == ("exports_to_partner", 147800000000.0)
    assert "SCALE 6 not applied" in warnings_of(r)


def test_generic_observations_without_series() -> None:
    r = read_file(FLAT_GENERIC)
    assert (r.source.publisher, r.source.dataset) == ("ECB", "ECB_EXR1")
    usd = one(r, indicator="ECB_EXR1.USD", period_text="2020")
    assert (usd["reporter"], usd["value"], usd["status"]) == ("DEU", 1.14, "estimate")
    assert one(r, indicator="ECB_EXR1.JPY")["value"] == 121.8


def test_group_attributes_reach_their_own_series() -> None:
    """Many series under many groups (IMF style): each series gets its groups' attributes."""
    text = WEO.read_text(encoding="utf-8")
    start = text.index("<Group ")
    end = text.index("</message:DataSet>")
    groups, series = [], []
    for i in range(12):
        name = f"Indicator {i}"
        groups.append(f'<Group xsi:type="ns1:G" INDICATOR="I{i}" SERIES_NAME="{name}"/>')
        for c in ("FRA", "DEU", "ITA"):
            groups.append(f'<Group xsi:type="ns1:GC" INDICATOR="I{i}" COUNTRY="{c}" UNIT="USD"/>')
            obs = "".join(f'<Obs TIME_PERIOD="{y}" OBS_VALUE="{i}.{y}"/>' for y in (2020, 2021))
            series.append(f'<Series COUNTRY="{c}" INDICATOR="I{i}" FREQUENCY="A">{obs}</Series>')
    r = read_file((text[:start] + "".join(groups + series) + text[end:]).encode())
    assert len(r.observations) == 12 * 3 * 2
    assert set(r.observations["unit"].astype(str)) == {"USD"}
    names = dict(zip(r.indicators["code"], r.indicators["name"], strict=True))
    assert names["WEO.I7"] == "Indicator 7"
    assert one(r, indicator="WEO.I7", reporter="ITA", period_text="2021")["value"] == 7.2021


def test_deleted_data_sets_are_left_out() -> None:
    raw = ESTAT.read_bytes().replace(b"<u:DataSet ", b'<u:DataSet action="Delete" ')
    r = read_file(raw)
    assert r.observations.empty
    assert any("delete rows" in p.message for p in r.problems)
    deleted = dict(SDMX_JSON_10, dataSets=[dict(SDMX_JSON_10["dataSets"][0], action="Delete")])
    assert read_file(json.dumps(deleted).encode()).observations.empty


STRUCTURE_XML = b"""<?xml version="1.0" encoding="UTF-8"?>
<mes:Structure xmlns:mes="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
  xmlns:str="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure">
<mes:Header><mes:ID>S</mes:ID><mes:Test>false</mes:Test></mes:Header>
<mes:Structures><str:Codelists/></mes:Structures></mes:Structure>
"""
ERROR_XML = b"""<?xml version="1.0" encoding="UTF-8"?>
<mes:Error xmlns:mes="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
  xmlns:com="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">
<mes:ErrorMessage code="100"><com:Text>No results matching the query.</com:Text>
</mes:ErrorMessage></mes:Error>
"""


@pytest.mark.parametrize(
    ("data", "fmt", "said"),
    [
        (STRUCTURE_XML, "sdmx-ml", "an SDMX structure message, not data"),
        (ERROR_XML, "sdmx-ml", "SDMX error message, not data: No results matching"),
        (
            STRUCTURE_XML.replace(b"v2_1/message", b"v2_0/message").replace(
                b"mes:Structure", b"mes:CompactData"
            ),
            "sdmx-ml",
            "is SDMX-ML 2.0; Corridor reads SDMX-ML 2.1 and 3.0",
        ),
        (
            b'{"meta": {"id": "S"}, "data": {"dataStructures": [], "codelists": []}}',
            "sdmx-json",
            "an SDMX structure message, not data",
        ),
        (
            b'{"meta": {"id": "E"}, "errors": [{"code": 404, "title": "No data"}]}',
            "sdmx-json",
            "SDMX error message, not data: No data",
        ),
    ],
)
def test_structure_and_error_messages_say_what_they_are(data: bytes, fmt: str, said: str) -> None:
    assert detect(data) == fmt
    with pytest.raises(ImportFailed, match=said):
        read_file(data)


def test_dtd_and_entities_are_refused_before_parsing() -> None:
    text = ESTAT.read_bytes()
    bomb = text.replace(
        b"?>\n", b'?>\n<!DOCTYPE m [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>\n', 1
    )
    with pytest.raises(ImportFailed, match=r"declares a DTD/entities; refused"):
        read_file(bomb, "sdmx-ml")
    utf16 = b"\xff\xfe" + bomb.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode(
        "utf-16-le"
    )
    with pytest.raises(ImportFailed, match=r"declares a DTD/entities; refused"):
        read_file(utf16, "sdmx-ml")


@pytest.mark.parametrize("path", [INSEE, AFRREO, DOTS], ids=lambda p: p.name)
def test_progress_runs_from_zero_to_total_and_cancel_stops(path: Path) -> None:
    calls: list[tuple[int, int]] = []
    r = read_file(path, progress=lambda done, total: calls.append((done, total)))
    total = calls[0][1]
    assert calls[0] == (0, total)
    assert calls[-1] == (total, total)
    assert total >= len(r.observations) > 0
    with pytest.raises(ImportCancelled):
        read_file(path, cancel=lambda: True)


# --- fuzz: damaged messages give ImportFailed or a result, nothing else -------------------

SAMPLES = [p.read_bytes() for p in MESSAGES]
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    """A real message cut short and/or with a few bytes changed or a span repeated."""
    data = bytearray(draw(st.sampled_from(SAMPLES))[:20_000])
    cut = draw(st.integers(0, len(data)))
    data = data[:cut] if draw(st.booleans()) else data
    for _ in range(draw(st.integers(0, 4))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.sampled_from(b'0:<>"{}[],9 a'))
    return bytes(data)


@pytest.mark.parametrize("name", ["sdmx-ml", "sdmx-json", "imf-compact"])
@FUZZ
@given(data=st.one_of(st.binary(max_size=400), damaged()))
def test_damaged_messages_fail_cleanly(name: str, data: bytes) -> None:
    try:
        result = IMPORTERS[name].read(data)
    except ImportFailed:
        return
    assert isinstance(result, ImportResult)
