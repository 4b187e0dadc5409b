"""Arbitrary and truncated inputs: no importer raises anything but ImportFailed, and a
store changes only by the rows an import accepted."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import TEST_DATA

from app.domain.store import ObservationStore
from app.services.importers import IMPORTERS, ImportFailed, detect, plan_import

DATA = TEST_DATA / "import"
FIXTURES = sorted(p.read_bytes() for p in DATA.glob("*.csv"))
CSVISH = st.text(alphabet=',;"\n\r\t.:0123456789-+eEaAZCHN[]YR ДЖé\ufeff', max_size=400)
FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@st.composite
def truncated(draw: st.DrawFn) -> bytes:
    """A real fixture cut short, maybe with a few bytes changed."""
    data = bytearray(draw(st.sampled_from(FIXTURES)))
    cut = draw(st.integers(0, len(data)))
    data = data[:cut]
    for _ in range(draw(st.integers(0, 3))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


INPUTS = st.one_of(
    st.binary(max_size=600),
    truncated(),
    CSVISH.map(lambda t: t.encode("utf-8")),
    st.tuples(
        st.sampled_from(
            [
                "typeCode,flowCode,reporterCode,partnerCode,period,primaryValue\n",
                "DATAFLOW,geo,partner,TIME_PERIOD,OBS_VALUE\n",
                "STRUCTURE;STRUCTURE_ID;ACTION;REF_AREA;TIME_PERIOD;OBS_VALUE\n",
                "Series Name,Series Code,Country Code,2000 [YR2000]\n",
                "indicator,reporter,period,value,unit,source_publisher\n",
            ]
        ),
        CSVISH,
    ).map(lambda p: (p[0] + p[1]).encode("utf-8")),
)


def check(name: str, data: bytes) -> None:
    store = ObservationStore()
    try:
        result = IMPORTERS[name].read(data)
    except ImportFailed:
        return
    edit = plan_import(result, store)
    store.apply(edit)
    assert len(store.observations) == len(result.observations)
    if result.observations.empty:
        assert store.sources.empty


@pytest.mark.parametrize("name", sorted(IMPORTERS))
@FUZZ
@given(data=INPUTS)
def test_importers_survive_any_input(name: str, data: bytes) -> None:
    check(name, data)


@FUZZ
@given(data=INPUTS)
def test_detection_survives_any_input(data: bytes) -> None:
    try:
        name = detect(data)
    except ImportFailed:
        return
    assert name in IMPORTERS
    check(name, data)
