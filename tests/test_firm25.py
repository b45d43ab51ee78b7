"""Reading the applicant of art_5 item 1 (task firm25): registered in Beijing, an independent legal person, above
designated size (or its main-business revenue), in English and Chinese as firms write them.

- Revenue whose unit of 万元 is written after the number ("1,850 ten-thousand yuan", "3,200 (10k yuan)", "4,500 (unit:
  10,000 RMB)", "2,600 wan yuan"; ``money_unit_after``; not "3,150 RMB 10k", lead_23) is read in 万元; an amount
  followed by a multiplier the reader does not know ("RMB 3 crore", "RMB 1.2 yi") is asked back, never read as 3 yuan.
- The registration asked of oneself and answered by places ("Registered district? Shijingshan.", "注册地？北京大兴。"),
  the "legal address"; a place after another verb of where the asker is ("registered in Beijing since 2010 and are
  located in Fangshan") is not the registration's district; a move only planned leaves today's registration beside
  it read ("计划明年把注册地迁到北京，目前注册在天津").
- The size: near or to come ("nearly", "about to", "we'll be", "马上就规上了", "接近规上标准") or said in the past ("we
  were above designated size until 2024") is asked back, never read true; short of it by an amount ("差200万到规上",
  "还差一点就够规上了") is below it; a parent's size or that of firms the asker supplies is not the asker's.
- A legal person: "…and are a wholly-owned subsidiary", "我们由分公司变更为子公司"; a branch is none.

bench/qa_sets/firm25_{a,b}.json score the same at scale (statuses of art_5__item_1 through the Service)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

DAY = date(2026, 6, 1)
REV, ILP, ADS = "annual_revenue_10k_cny", "independent_legal_person", "above_designated_size"
PROV, DIST = "registration.province", "registration.district"


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


def asked_back(reading, field: str) -> bool:
    return field not in facts(reading) and any(field in a.fields for a in reading.asks.values())


@pytest.mark.parametrize("q,want", [
    ("Revenue last year was 1,850 ten-thousand yuan.", 1850),
    ("Turnover of 3,200 (10k yuan) in 2025.", 3200),
    ("Annual revenue: 4,500 (unit: 10,000 RMB)", 4500),
    ("Revenue (RMB 10k): 6,800", 6800),
    ("Our revenue was 2,600 wan yuan.", 2600),
    ("Our annual revenue is RMB 32 million.", 3200),
    ("年主营业务收入：3,200万元", 3200),
])
def test_revenue_with_its_unit_after_the_number(read, q, want):
    assert facts(read(q)).get(REV) == want


@pytest.mark.parametrize("q", ["Our revenue is RMB 3 crore.", "Revenue RMB 1.2 yi last year."])
def test_an_unknown_multiplier_is_asked_back_not_read_as_yuan(read, q):
    assert asked_back(read(q), REV)


@pytest.mark.parametrize("q,want", [
    ("Registered district? Shijingshan.", {PROV: "北京市", DIST: "石景山区"}),
    ("Where are we registered? Daxing, Beijing.", {PROV: "北京市", DIST: "大兴区"}),
    ("Above designated size? Yes. Independent legal person? Yes. Registered district? Shijingshan.",
     {ADS: True, ILP: True, PROV: "北京市", DIST: "石景山区"}),
    ("注册地？北京大兴。", {PROV: "北京市", DIST: "大兴区"}),
    ("Our legal address is in Chaoyang District, Beijing.", {PROV: "北京市", DIST: "朝阳区"}),
    ("We're registered and based in Shunyi.", {PROV: "北京市", DIST: "顺义区"}),
    ("我们计划明年把注册地迁到北京，目前注册在天津武清区。", {PROV: "天津市", DIST: "武清区"}),  # (lead 25)
    ("We plan to move our registration to Beijing next year; currently we're registered in Langfang, Hebei.",
     {PROV: "河北省"}),
])
def test_registration_read(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q", [
    "We have been registered in Beijing since 2010 and are located in Fangshan.",
    "We are registered in Beijing but operate in Langfang, Hebei.",
])
def test_a_place_after_another_verb_of_where_is_not_the_registrations_district(read, q):
    assert facts(read(q)) == {PROV: "北京市"}


@pytest.mark.parametrize("q", [
    "Where must the applicant be registered? Beijing?",
    "We will move our registration to Beijing Yizhuang next year.",
    "我们打算把注册地迁到北京亦庄。",
])
def test_no_registration_read_from_a_rule_asked_or_a_plan(read, q):
    assert PROV not in facts(read(q))


@pytest.mark.parametrize("q", [
    "We're nearly above designated size.",
    "We'll be above designated size next year.",
    "We're close to becoming an above-designated-size enterprise.",
    "We're about to become above designated size.",
    "We were above designated size until 2024.",
    "We were below designated size in 2023 but are above it now.",
    "我们马上就规上了。",
    "我们接近规上标准。",
    "我们快要到规上了。",
])
def test_a_size_near_to_come_or_past_is_asked_back(read, q):
    assert asked_back(read(q), ADS)


@pytest.mark.parametrize("q", ["我们差200万到规上。", "我们还差一点就够规上了。", "我们离规上只差一步。"])
def test_short_of_the_size_is_below_it(read, q):
    assert facts(read(q)).get(ADS) is False


@pytest.mark.parametrize("q", [
    "Our parent is above designated size; we aren't.",
    "We supply above-designated-size enterprises.",
    "虽然集团是规上，我们自己不是。",
])
def test_anothers_size_is_not_the_askers(read, q):
    assert ADS not in facts(read(q))


@pytest.mark.parametrize("q,want", [
    ("We were incorporated in Beijing in 2012 (Shunyi District) and are a wholly-owned subsidiary.",
     {PROV: "北京市", DIST: "顺义区", ILP: True}),
    ("我们由分公司变更为子公司，已取得新的营业执照。", {ILP: True}),
    ("我们公司由原来的分公司改制为独立法人子公司。", {ILP: True}),
    ("We're a branch office of a Shanghai group.", {ILP: False}),
    ("我们是上海某集团在北京设立的分公司，不是独立法人，年销售额8000万元。", {ILP: False, REV: 8000}),
    ("我们是独立法人，在天津有一个分公司。", {ILP: True}),
])
def test_legal_person(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q", [
    "Our group had sales of RMB 1.5bn last year.",
    "Sales revenue last year ~ RMB 30m.",
    "公司目前还是规下企业，年营收1800万元左右。",
])
def test_a_groups_or_a_hedged_revenue_is_asked_back(read, q):
    assert asked_back(read(q), REV)


def _item_1(app, q: str) -> tuple[dict, str]:
    out = app.state.sfkg.ask(q, as_of=DAY)
    item = next(d for d in out["facts"]["decided"] if d["articles"][-1] == "art_5__item_1")
    return out["facts"]["profile"], item["status"]


def test_item_1_met_through_the_service(app):
    profile, status = _item_1(app, "Turnover of 3,200 (10k yuan) in 2025, independent legal person, registered "
                                   "address in Tongzhou District, Beijing. Can we apply for basic?")
    assert profile == {REV: 3200, ILP: True, "registration": {"province": "北京市", "district": "通州区"}}
    assert status == "met"


def test_item_1_not_met_below_the_revenue_through_the_service(app):
    profile, status = _item_1(app, "Our company is registered in Beijing. Revenue last year was 1,850 ten-thousand "
                                   "yuan. Can we apply?")
    assert profile[REV] == 1850 and status == "not_met"


def test_item_1_not_met_registered_elsewhere_through_the_service(app):
    profile, status = _item_1(app, "我们计划明年把注册地迁到北京，目前注册在天津武清区，能申报基础级吗？")
    assert profile["registration"]["province"] == "天津市" and status == "not_met"


def test_item_1_stays_open_when_the_size_is_only_near(app):
    profile, status = _item_1(app, "我们注册在北京海淀，是独立法人，马上就规上了，能报吗？")
    assert ADS not in profile and status == "unknown"
