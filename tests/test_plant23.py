"""Reading the plant, the size, the revenue and the att_2-1 indicators where their numbers are said twice or as a
bound (task plant23).

The plant: built and running in its everyday words (落成, 投运, 满产, 达产, 运营多年, 正在生产, "came on stream", "was
commissioned"), built and not yet running (试运营, 联调, "being commissioned", "trial-operation"), stopped (停产,
"production suspended", "idle"), not running till a later time said with 才/until ("下个月才开始试产", "won't start
production until next year"); asked back: a plant built or running in part (部分建成, "partly built"), a new plant and
an old one both named (of which?). Below designated size: 规上以下, 掉规/退规, 暂未入规, 规上名单里没有我们, 认定没通过;
asked back: the rule's size (规上企业标准是…, 要规上企业才能申报), a past year's (去年是规上企业).
Revenue: 两亿三千万 and "2.3 hundred million" one amount; a bound (突破2亿, 过了2个亿, "topped") or a range (1亿到1.5亿)
asked back. Indicators: a rate said of now and then of a past year ("今年72%，去年65%") is read as now; from one bare
level to another ("从六十提到了七十二") the level reached; "an NC rate of 78% and 71% networking"; a range or a bound
(5-8%, 5~8%, ≥5%, >5%, 5%+) asked back; 百分之 run into a label ("百分之七十二号线", 70% and line 2?) not read.
bench/qa_sets/plant23_{a,b}.json score the same at scale."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

DAY = date(2026, 12, 7)
FB, FO, AS, RV = "factory_built", "factory_in_operation", "above_designated_size", "annual_revenue_10k_cny"
NC, NW, DF = "indicators.key_process_nc_rate", "indicators.equipment_networking_rate", \
    "indicators.defect_rate_reduction"


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


def asked_back(reading, field: str) -> bool:
    return field not in facts(reading) and any(field in a.fields for a in reading.asks.values())


@pytest.mark.parametrize("q,want", [
    ("我们工厂已经落成了，关键工序数控化率81%。", {FB: True, NC: 81}),
    ("工厂建成投运两年了", {FB: True, FO: True}),
    ("工厂已满负荷生产，设备联网率76%。", {FB: True, FO: True, NW: 76}),
    ("厂子建起来了，正在生产", {FB: True, FO: True}),
    ("工厂正在试运营", {FB: True, FO: False}),
    ("生产线已安装完毕，正在联调", {FB: True, FO: False}),
    ("工厂目前停产了", {FB: True, FO: False}),
    ("我们工厂主体已经完工，生产线下个月才开始试产。", {FB: True, FO: False}),
    ("工厂已完成竣工验收，正在办理投产手续", {FB: True}),
    ("我们的厂子还在盖，地基刚打完，公司是规下企业。", {FB: False, FO: False, AS: False}),
    ("Our factory came on stream in 2021.", {FB: True, FO: True}),
    ("The plant was commissioned in 2020.", {FB: True, FO: True}),
    ("Construction finished in March and the line is being commissioned.", {FB: True, FO: False}),
    ("We are running trial production at the new plant.", {FB: True, FO: False}),
    ("We won't start production until next year.", {FO: False}),
    ("The plant is idle at the moment.", {FB: True, FO: False}),
])
def test_plant(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q", [
    "工厂还没完全建成，部分产线已投产",
    "The plant is partly built.",
    "新工厂还在建，老厂满负荷生产",
    "The new plant is under construction while the old plant runs at full capacity.",
])
def test_plant_in_part_asked_back(read, q):
    r = read(q)
    assert FB not in facts(r) and FO not in facts(r)
    assert asked_back(r, FB)


@pytest.mark.parametrize("q,want", [
    ("我们属于规上以下的小企业", False),
    ("我们去年退规了", False),
    ("我们暂未入规", False),
    ("我们去年从规上掉下来了", False),
    ("规上企业名单里没有我们", False),
    ("规上企业的认定我们没通过", False),
    ("We're under the designated size.", False),
    ("我们今年刚升规", True),
])
def test_size(read, q, want):
    assert facts(read(q)).get(AS) is want


@pytest.mark.parametrize("q", [
    "规上企业标准是2000万，我们只有1800万",
    "听说要规上企业才能申报，我们不是",
    "我们去年是规上企业，今年营收下滑，已经不是了",
    "去年我们是规上，今年掉规了",
])
def test_size_asked_back(read, q):
    assert asked_back(read(q), AS)


@pytest.mark.parametrize("q,want", [
    ("去年全年营收是两亿三千万", 23000),
    ("营收2亿3000万元", 23000),
    ("Revenue: CNY 2.3 hundred million", 23000),
    ("我们去年营收2.3个亿", 23000),
])
def test_revenue(read, q, want):
    assert facts(read(q)).get(RV) == want


@pytest.mark.parametrize("q", [
    "年营收突破2亿元", "营收过了2个亿", "Revenue topped RMB 200 million last year.", "营业收入在1亿到1.5亿之间",
])
def test_revenue_bound_asked_back(read, q):
    assert asked_back(read(q), RV)


def test_revenue_range_keeps_the_case(read):
    # the revenue asked back as a range; the finances beside it are still the asker's
    r = read("营业收入在1亿到1.5亿之间，财务稳健。")
    assert asked_back(r, RV) and facts(r).get("finances_sound_3y") is True


@pytest.mark.parametrize("q,want", [
    ("设备联网率今年72%，去年是65%，单位产值能耗下降了6%。",
     {NW: 72, "indicators.energy_per_output_reduction": 6}),
    ("Networking rate this year is 72% versus 65% last year.", {NW: 72}),
    ("数控化率今年78%，去年70%，前年65%", {NC: 78}),
    ("关键工序数控化率从六十提到了七十二", {NC: 72}),
    ("networking went from sixty to seventy-two", {NW: 72}),
    ("设备联网率由六十五提升至七十二，能耗下降了6%", {NW: 72, "indicators.energy_per_output_reduction": 6}),
    ("Our plant has an NC rate of 78% and 71% networking.", {NC: 78, NW: 71}),
    ("数控化率78%和71%的联网率", {NC: 78, NW: 71}),
    ("数控化率从60%到72%", {NC: 72}),
    ("能耗 -6.2%，数控化率83%", {"indicators.energy_per_output_reduction": 6.2, NC: 83}),
])
def test_indicators(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q,field", [
    ("不良率降了5-8%", DF), ("不良率下降了5~8%", DF), ("不良率下降5%+", DF), ("不良率下降≥5%", DF),
    ("不良率下降>5%", DF), ("不良率下降五个多点", DF), ("Defect rate down 5-8%.", DF), ("Defect rate fell >5%.", DF),
    ("设备联网率70%-72%", NW), ("数控化率78%到80%之间", NC), ("设备联网率突破70%", NW),
    ("单位产值能耗降低2024年是4%，2025年是5%", "indicators.energy_per_output_reduction"),
])
def test_indicator_bound_asked_back(read, q, field):
    assert asked_back(read(q), field)


def test_percent_run_into_a_label_not_read(read):
    # said unpunctuated: 百分之七十 and 二号线, or 百分之七十二?
    assert NW not in facts(read("设备联网率百分之七十二号线还没联网"))
    assert facts(read("设备联网率百分之七十二，数控化率百分之八十")) == {NW: 72, NC: 80}


def test_plant_state_makes_the_case(read):
    # no first person: the plant said running makes the statements beside it the asker's
    assert facts(read("厂区一直在正常生产，属于规上企业。")) == {FB: True, FO: True, AS: True}


def test_rule_size_without_yao_asked_back(read):
    r = read("只有规上企业才能申报，我们营收3000万元。")
    assert asked_back(r, AS) and facts(r).get(RV) == 3000


def test_part_built_with_construction_asked_back(read):
    r = read("工厂部分建成，另一半还在施工。")
    assert FB not in facts(r) and FO not in facts(r) and asked_back(r, FB)


@pytest.mark.parametrize("q", ["Our NC rate is 5 points above the 70% threshold.", "数控化率5个百分点高于行业"])
def test_points_apart_not_a_level(read, q):
    assert NC not in facts(read(q))


def test_points_as_a_level_still_read(read):
    assert facts(read("数控化率有八十五个百分点")) == {NC: 85}


def test_baifenzhi_with_digits(read):
    assert facts(read("数控化率达百分之78，联网率百分之七十二")) == {NC: 78, NW: 72}
