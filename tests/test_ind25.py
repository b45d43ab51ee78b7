"""The five indicators of annex 2-1 and the provincial-average fact as people write them (ind25), in English and
Chinese: bare numbers before a slash or a percent note ("NC 78 / networking 70 … (all in %)"), two lists linked by
"by" ("improved by 12% and 6% respectively"), a heading compared with the average before a colon
("各项指标都高于全省同行业平均水平：数控化率83%"), names people use (IoT-connected equipment, 设备接入率, quality defect
rate, 质量缺陷率, NG rate, 人效, labour efficiency); and what is not sure asked back, never bound: two numbers said as
alternatives ("72 or 75", "72/75%"), a hedge right after the number ("70% or so", "78%, I think", "联网率70%吧"),
"≈70%", a list of numbers led by another name ("scrap share 74%, 80% of key processes are CNC" had bound 74 to the NC
rate), output per employee, comprehensive energy consumption alone (a total), energy per unit of GDP, 全员劳效.
The advanced-level indicators condition (att_2__sec_2) is decided through the Service from what is read.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

N, L, D, W, E = ("indicators.key_process_nc_rate", "indicators.labor_productivity_gain",
                 "indicators.defect_rate_reduction", "indicators.equipment_networking_rate",
                 "indicators.energy_per_output_reduction")
A = "above_regional_industry_average"


@pytest.fixture(scope="module")
def read():
    return case_reader(date(2026, 12, 8))


@pytest.mark.parametrize(("q", "want"), [
    # bare numbers before a slash, and a note that they are percent
    ("NC 78 / networking 70 / defect rate -5 / productivity +9 / energy per output value -6 (all in %)",
     {N: 78, W: 70, D: 5, L: 9, E: 6}),
    ("数控化率78/联网率70/不良率-5/劳动生产率+9/单位产值能耗-6（均为%）", {N: 78, W: 70, D: 5, L: 9, E: 6}),
    ("nc rate 80 networking 72 defect rate down 6 productivity up 10 energy per output value down 5 all in percent",
     {N: 80, W: 72, D: 6, L: 10, E: 5}),
    # a list of numbers led by another name is no list: the first number is that name's
    ("Energy intensity per unit of output value down 8%, IoT-connected equipment share 74%, 80% of key processes "
     "are CNC, labour productivity up 7%.", {E: 8, W: 74, N: 80, L: 7}),
    ("Scrap share 74%, 80% of key processes are CNC, labour productivity up 7%.", {N: 80, L: 7}),
    # two lists linked by "by", the change word before it every member's (for the better: energy down)
    ("Labour productivity and energy per output value improved by 12% and 6% respectively.", {L: 12, E: 6}),
    ("Defect rate and energy per output value fell by 5% and 6% respectively.", {D: 5, E: 6}),
    # a heading compared with the average, then the asker's own after the colon
    ("我们各项指标都高于全省同行业平均水平：数控化率83%，联网率76%，劳动生产率提升11%，不良率下降5%。",
     {A: True, N: 83, W: 76, L: 11, D: 5}),
    ("We beat the industry average: NC rate 83%, networking 76%.", {A: True, N: 83, W: 76}),
    # names people use
    ("单位能耗下降8%，物联网设备接入率74%，80%的关键工序已数控化，劳动生产率提升7%。", {W: 74, N: 80, L: 7}),
    ("Quality defect rate down 9%, NG rate is not tracked.", {D: 9}),
    ("质量缺陷率下降8%，人效提升9%。", {D: 8, L: 9}),
    ("NG率下降7%，劳动效率提高9%。", {D: 7, L: 9}),
    ("Labor efficiency up 9%, networking 71%.", {L: 9, W: 71}),
    # a value corrected after a hedge is the corrected one
    ("嗯……我们数控化率啊，是百分之七十二吧不对，是七十五。联网率六十八", {N: 75, W: 68}),
])
def test_indicators_are_read_as_said(read, q, want):
    r = read(q)
    assert facts(r) == want, (r.facts, r.unread)


@pytest.mark.parametrize(("q", "field", "kept"), [
    # two numbers said as alternatives
    ("NC rate 72 or 75, can't remember exactly; networking 69%.", N, {W: 69}),
    ("networking rate 72/75% - not sure; NC rate 80%", W, {N: 80}),
    ("联网率72/75%，数控化率80%", W, {N: 80}),
    # a hedge right after the number
    ("our networking rate is 70% or so, NC rate 78%", W, {N: 78}),
    ("NC rate 78%, I think. Networking 70%.", N, {W: 70}),
    ("联网率70%吧。数控化率78%。", W, {N: 78}),
    ("数控化率78%，我记得是。联网率70%。", N, {W: 70}),
    ("networking rate ≈70%, NC rate 78%", W, {N: 78}),
    # measures that are not the indicator's
    ("Output per employee +15%, NC rate 81%.", L, {N: 81}),
    ("综合能耗降低6%，数控化率77%。", E, {N: 77}),
    ("单位GDP能耗下降6%，联网率70%。", E, {W: 70}),
    ("Energy per unit GDP down 6%, networking 70%.", E, {W: 70}),
    ("全员劳效提高9%，联网率70%。", L, {W: 70}),
    # the planted kinds that stayed right: a change with no level, a defect rate from one level to another, two
    # workshops, two plants, a level of the defect rate
    ("Our networking rate went up 9 percentage points this year, our NC rate is 74%.", W, {N: 74}),
    ("不良率从2.0%降到1.5%，数控化率79%。", D, {N: 79}),
    ("Our defect rate went from 2.0% to 1.5%; NC rate 79%.", D, {N: 79}),
    ("一车间数控化率82%，二车间64%；全厂联网率70%。", N, {W: 70}),
    ("Networking rate is 72% at our Shunyi plant and 58% at our Tianjin plant; NC rate 79%.", W, {N: 79}),
    ("Defect rate 1.2%, NC rate 76%.", D, {N: 76}),
    # a phase of the project is a part
    ("联网率：一期70%，二期72%；不良率下降5%。", W, {D: 5}),
    ("Networking rate: phase 1 70%, phase 2 72%. NC rate 80%.", W, {N: 80}),
])
def test_what_is_not_sure_is_asked_back(read, q, field, kept):
    r = read(q)
    assert facts(r) == kept, (r.facts, r.unread)
    assert any(field in a.fields for a in r.asks.values()), r.asks


def test_a_number_of_no_named_rate_binds_nothing(read):
    """"One of our rates is 78%, I can't remember which": no field is given the 78."""
    for q in ("One of our rates is 78%, I can't remember which. Networking rate 70%.",
              "有一个指标是78%，具体哪个记不清了；联网率70%。"):
        r = read(q)
        assert facts(r) == {W: 70}, r.facts
        assert r.unread, q


@pytest.fixture(scope="module")
def service():
    from kg_service.service import Service
    return Service()


def _status(service, q: str, eid: str = "att_2__sec_2") -> str | None:
    facts_ = service.ask(q, as_of=date(2026, 12, 8))["facts"]
    cond = next((c for c in facts_["decided"] if (c.get("articles") or [None])[-1] == eid), None) or \
        next((c for c in facts_["decided"] if eid in (c.get("articles") or [])), None)
    return cond and cond["status"]


@pytest.mark.parametrize(("q", "status"), [
    # three indicators read in the new ways reach the equipment row (C3670: NC 70, networking 65, defects 5)
    ("We make auto parts. NC 78 / networking 70 / defect rate -6 (all in %). Can we apply for the advanced level?",
     "met"),
    ("我们做汽车零部件。数控化率78/联网率70/不良率-6（均为%）。能申报先进级吗？", "met"),
    ("We make auto parts. Labour productivity and energy per output value improved by 12% and 6% respectively; "
     "IoT-connected equipment share 74%. Can we apply for the advanced level?", "met"),
    # a hedged value is not counted: two of five reached and one asked back is not yet decidable
    ("我们做汽车零部件。数控化率78%，联网率70%吧，不良率下降6%吧。能申报先进级吗？", "unknown"),
])
def test_the_advanced_indicators_are_decided_from_what_is_read(service, q, status):
    assert _status(service, q) == status
