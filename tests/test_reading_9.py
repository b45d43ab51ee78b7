"""Reading stated cases, ninth wave (issue 17): a name that may be two measures (单位能耗: per output value or
per product) asked back, a past year noted in brackets, two years in one clause, revocation events said
indirectly. Each case is a question and exactly what it states (nothing more is read)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

N, W, D, E = ("indicators.key_process_nc_rate", "indicators.equipment_networking_rate",
              "indicators.defect_rate_reduction", "indicators.energy_per_output_reduction")


@pytest.fixture(scope="module")
def read():
    return case_reader(date(2026, 5, 20))


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


@pytest.mark.parametrize("q,want", [
    # a bracketed note of a past year after a number: a past level, asked back, not today's
    ("我们数控化率78%（2024年数据），联网率72%。", {W: 72}),
    ("Our NC rate is 78% (2024 figure) and networking is 72%.", {W: 72}),
    ("联网率70%（2023年的数据），数控化率60%。", {N: 60}),
    # a note of this year keeps it
    ("我们联网率72%（今年数据）。", {W: 72}),
])
def test_a_bracketed_past_year_makes_a_past_level(read, q, want):
    r = read(q)
    assert facts(r) == want
    assert all(a.kind == "past" for a in r.asks.values())
    assert len(r.asks) == (0 if len(want) == 1 and "今年" in q else 1)


@pytest.mark.parametrize("q", [
    # a question of the rule, no first person: no one's facts
    "申报前几年内不能发生较大事故？",
    "申报前三年内不能发生较大以上安全事故吗？",
    "注册地必须在北京吗？",
    "Must the registered address be in Beijing?",
])
def test_a_question_of_the_rule_states_nothing(read, q):
    r = read(q)
    assert r.facts == [] and r.unread == [] and r.events == []


def test_a_stated_accident_or_place_is_still_read(read):
    r = read("去年发生过一起较大安全事故，能申报基础级吗？")
    assert facts(r)["incidents.0.grade"] == "larger"
    assert facts(read("我们注册在天津，能申报吗？")).get("registration.province", "").startswith("天津")


@pytest.mark.parametrize("q,want,unread", [
    # two years of one name in one clause: the level now read, the past one left
    ("Our NC rate was 65% last year and is 78% this year.", {N: 78}, 1),
    ("Our networking rate was 60% in 2024 and is 74% now.", {W: 74}, 1),
    ("我们数控化率去年65%今年78%。", {N: 78}, 1),
    ("Our NC rate was 65% in 2024 and 70% in 2025.", {}, 1),  # two past years: which is now?
    # a name's number, then numbers of a subject of their own: the name's read, the others asked
    ("Our NC rate is 75% and the other two are 70% and 6%.", {N: 75}, 1),
    ("Our NC rate is 75% and 70%.", {}, 1),  # two numbers of one name: which?
])
def test_one_name_two_numbers_in_one_clause(read, q, want, unread):
    r = read(q)
    assert facts(r) == want
    assert len(r.unread) == unread


TJ = {"type": "registered_address_moved", "province": "天津市"}


def events(reading) -> list[dict]:
    return [{"type": e.type, **e.details} for e in reading.events]


@pytest.mark.parametrize("q,want", [
    # a recognised factory's registration said to be now elsewhere: it moved there
    ("We are an advanced-level smart factory. Our registered office is now in Tianjin. Do we keep the title?", [TJ]),
    ("我们是先进级智能工厂，注册地现在在天津，称号还在吗？", [TJ]),
    # 住所 (domicile) is the registration
    ("我们是基础级智能工厂，公司住所迁到了天津，称号还在吗？", [TJ]),
])
def test_a_registration_now_elsewhere_moved(read, q, want):
    r = read(q)
    assert r.mode == "revocation"
    assert events(r) == want


@pytest.mark.parametrize("q,want", [
    # a second fine with its verb said again
    ("获评基础级后，环保局罚了5万元，后来又罚了8万元，称号会撤销吗？", [{"type": "penalty"}, {"type": "penalty"}]),
    ("We hold the basic title. We were fined 50,000 yuan, and later we were fined again. Is it revoked?",
     [{"type": "penalty"}, {"type": "penalty"}]),
    ("获评基础级后，我们被罚款了，罚了5万元，称号会撤销吗？", [{"type": "penalty"}]),  # one fine said twice
])
def test_a_second_fine_is_another_event(read, q, want):
    r = read(q)
    assert r.mode == "revocation"
    assert events(r) == want


def test_a_listing_as_abnormal_is_told_as_no_cause(read, client):
    """经营异常名录: art_12 names it nowhere (not a termination or an inability to operate, item 2; not a
    penalty, item 5): no event, the title kept, item 2 quoted."""
    from tests.conftest import ask

    r = read("我们是基础级智能工厂，被列入了经营异常名录，称号会被撤销吗？")
    assert r.mode == "revocation" and r.events == [] and r.considered == ["abnormal_list"]
    out = ask(client, "We are an advanced-level smart factory and were placed on the list of enterprises with "
                      "abnormal operations. Is the title revoked?")
    assert out["facts"]["verdict"] == "retain" and out["facts"]["events"] == []
    assert "art_12__item_2" in out["answer"]
