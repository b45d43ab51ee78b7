"""Reading stated cases, ninth wave (issue 17): a name that may be two measures (单位能耗: per output value or
per product) asked back, a past year noted in brackets, two years in one clause, revocation events said
indirectly. Each case is a question and exactly what it states (nothing more is read)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader

N, W, D, E = ("indicators.key_process_nc_rate", "indicators.equipment_networking_rate",
              "indicators.defect_rate_reduction", "indicators.energy_per_output_reduction")


@pytest.fixture(scope="module")
def read():
    return case_reader(date(2026, 5, 20))


def facts(reading) -> dict:
    return {f.path: f.value for f in reading.facts}


@pytest.mark.parametrize("q,want,asked", [
    # 单位能耗 / unit energy consumption: att_2-1's energy per output value or annex 3 KPI 16's per product
    ("我们单位能耗降低了8%，联网率75%。", {W: 75}, E),
    ("Our unit energy consumption fell 8% and networking is 75%.", {W: 75}, E),
    ("We reduced energy consumption per unit by 6% and our NC rate is 70%.", {N: 70}, E),
    # said of the output value it is the indicator's
    ("我们单位产值能耗降低了8%，联网率75%。", {E: 8, W: 75}, None),
    ("Our energy per unit of output value fell 8% and networking is 75%.", {E: 8, W: 75}, None),
])
def test_a_name_of_two_measures_is_asked_back(read, q, want, asked):
    r = read(q)
    assert facts(r) == want
    if asked:
        assert any(a.kind == "ambiguous" and asked in a.fields for a in r.asks.values())
