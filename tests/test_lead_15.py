"""The lead's cases of the fifteenth wave: "our plant" said the everyday way (我们厂, 厂子) is the factory whose
state is told, and a condition that is not met is told by what the measures require, not by how a profile
lists its facts."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ask, case_reader, facts

DAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


@pytest.mark.parametrize("q,want", [
    ("我们厂已经建成，但是还没投产，能申请先进级吗？", {"factory_built": True, "factory_in_operation": False}),
    ("咱们厂子建好了，还没投产", {"factory_built": True, "factory_in_operation": False}),
    ("公司的厂还在建，明年投产", {"factory_built": False, "factory_in_operation": False}),
    ("我们厂还没投产", {"factory_in_operation": False}),
])
def test_our_plant_said_the_everyday_way(read, q, want):
    got = facts(read(q))
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize("q,lang,says,never", [
    ("我们去年发生了一起较大环境事故，还能申报吗", "zh", "近三年无较大及以上", "空列表"),
    ("We had a larger-grade safety accident in 2025. Can we apply for basic?", "en",
     "no accident of grade larger", "empty list"),
])
def test_a_failed_record_is_told_by_what_the_measures_require(client, q, lang, says, never):
    body = ask(client, q)
    assert body["facts"]["mode"] == "eligibility"
    clean = [c for c in body["facts"]["decided"] if "art_5__item_3" in c["articles"]]
    assert clean and clean[0]["status"] == "not_met"
    assert says in body["answer"] and never not in body["answer"]
    assert never not in clean[0]["required"][lang]


N, W = "indicators.key_process_nc_rate", "indicators.equipment_networking_rate"


@pytest.mark.parametrize("q,want", [
    # a value corrected: the second is the asker's
    ("我们做封装测试。关键工序数控化率79.5%，不对，我刚查了报表，是81%。生产设备联网率72%。", {N: 81, W: 72}),
    ("Key process NC rate: 68%. Wait, I misread the sheet - it's 71%. Networking 66%.", {N: 71, W: 66}),
    ("关键工序数控化率79.5%。更正一下：是81%。", {N: 81}),
    # another's or an earlier time's value, then the asker's own: the asker's
    ("我们集团另一家工厂的关键工序数控化率有90%，我们自己这家厂是76%，生产设备联网率73%。", {N: 76, W: 73}),
    ("The industry leader's key-process NC rate is 90%; ours is 77%. Networking 76%.", {N: 77, W: 76}),
    ("以前关键工序数控化率是60%，现在是82%；生产设备联网率72%。", {N: 82, W: 72}),
    # a second value of now with nothing saying whose the first is: which is today's? both asked back
    ("数控化率75%，现在是78%，联网率70%。", {W: 70}),
    # a number of something else after the values: nothing changes
    ("NC rate 76%, networking 70%. Sorry, 20% of our staff are engineers.", {N: 76, W: 70}),
    ("联网率70%，我们的员工有20%是工程师。", {W: 70}),
    # a percentage in words with a decimal point
    ("Key-process NC rate seventy-five point five percent, networking sixty-six point two five percent.",
     {N: 75.5, W: 66.25}),
])
def test_a_value_said_again(read, q, want):
    got = facts(read(q))
    assert {k: v for k, v in got.items() if k.startswith("indicators.")} == want


@pytest.mark.parametrize("q,want", [
    # a condition's words, then "this one we cannot do": not met
    ("咱们网络安全和数据安全风险都可控，但关键装备里有几台进口设备，安全可控这条做不到。",
     {"cyber_data_risk_controllable": True, "security_controllable": False}),
    ("安全可控这条我们做不到。", {"security_controllable": False}),
    # a filing that comes later is no filing yet (asked back, never read as filed)
    ("我们基础级是2027年1月才会备案（计划）。", {}),
    ("We'll only file as basic in January 2027.", {}),
    ("我们2026年3月在海淀区完成了基础级备案。",
     {"basic_filing.filed": True, "basic_filing.district": "海淀区", "basic_filing.date": "2026-03-15"}),
    # another maturity model's level beside the rule's word is not GB/T 39116's
    ("我们做家用冰箱，拿到了DCMM数据管理能力成熟度三级，还有CMMI三级，成熟度这条算满足了吧？", {}),
    ("我们成熟度三级，另外CMMI是五级。", {"maturity_level": 3}),
])
def test_conditions_said_the_everyday_way(read, q, want):
    got = facts(read(q))
    keys = {"cyber_data_risk_controllable", "security_controllable", "maturity_level"} | \
        {k for k in got if k.startswith("basic_filing")}
    assert {k: v for k, v in got.items() if k in keys} == want


@pytest.mark.parametrize("q,want,asked", [
    # another plant's or firm's figure is not the asker's: asked back, and "industry leader's" is no claim
    ("我们集团另一家工厂的关键工序数控化率有90%，生产设备联网率73%。", {W: 73}, True),
    ("Our sister plant's NC rate is 90%.", {}, True),
    ("兄弟工厂的联网率是80%，我们的数控化率75%。", {N: 75}, True),
    ("The industry leader's key-process NC rate is 90%.", {}, True),
    # ... then the asker's own: read, and the other's no longer asked
    ("行业龙头企业的数控化率是90%，我们是80%。", {N: 80}, False),
    ("The industry leader's key-process NC rate is 90%; ours is 77%.", {N: 77}, False),
])
def test_another_firms_figure(read, q, want, asked):
    r = read(q)
    got = facts(r)
    assert {k: v for k, v in got.items() if k.startswith("indicators.")} == want
    assert "market_competitive" not in got
    assert any(a.kind == "other" for a in r.asks.values()) is asked


D = "digital_transformation_compliant"


@pytest.mark.parametrize("q,field,want,kind", [
    # not yet assessed: asked back, never read as reached
    ("我们主要技术经济指标高于本市同行业平均水平，数字化达标的事还没评。", D, None, "pending"),
    ("Our digital transformation compliance has not been assessed yet.", D, None, None),
    # a condition's words alone, asked: not stated
    ("Our subsidiary makes water pumps. Above designated size?", "above_designated_size", None, None),
    ("We are above designated size. Independent legal person?", "independent_legal_person", None, None),
    ("We are above designated size. Independent legal person?", "above_designated_size", True, None),
])
def test_asked_or_pending_is_not_stated(read, q, field, want, kind):
    r = read(q)
    assert facts(r).get(field) == want
    if kind:
        assert any(a.kind == kind and field in a.fields for a in r.asks.values())


@pytest.mark.parametrize("q,want", [
    # another party's making is their trade, not the asker's
    ("Our customers make furniture.", None),
    ("我们的客户是做家具的。", None),
    ("Our suppliers make steel.", None),
    ("我们客户做家具，我们做五金件。", "C33"),
    # the party served: the asker still makes the thing
    ("我们给客户做家具。", "C21"),
    ("For our clients we make furniture.", "C21"),
    ("We make furniture for customers in Europe.", "C21"),
])
def test_another_partys_trade(read, q, want):
    got = facts(read(q)).get("industry_code")
    assert (got[:3] if got else got) == want
