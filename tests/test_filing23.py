"""Reading the basic level held, the registration, the maturity level and the regional industry average as firms say
them (task filing23): the basic level held said as a recognition or a listing ("去年已通过基础级认定", "我们是北京市
基础级智能工厂", "列入了2025年北京市基础级智能工厂名单", "基础级已入库", "拿到了基础级", "基础级称号：已获得", "We got
basic-level status from Fengtai district") is the filing art_7 asks for, where no event and nothing of the title is
asked (else a question of revocation); its absence ("基础级我们还没有申报过", "我们没有基础级") is not filed. Never a
guess: a filing said unsurely ("好像已经备案了", "we should have filed by now", "I guess", a statement asked with "?"),
pending ("正在申请基础级", "in the middle of our filing", materials sent with no outcome), on a cultivation list, or
refused and sent again is asked back; a day beside the basic level held (not a filing proper) may be the recognition's,
asked back; "level 2 or 3" and a level of the clause before the maturity cue are no maturity level. The tax domicile
is the registration's place where no registration word is said; a lower-is-better measure below the industry average
is above it. bench/qa_sets/filing23_{a,b}.json score the same at scale."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

DAY = date(2026, 6, 1)
FD, DI, DA = "basic_filing.filed", "basic_filing.district", "basic_filing.date"
ML, AV = "maturity_level", "above_regional_industry_average"
RP, RD = "registration.province", "registration.district"


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


def asked_back(reading, field: str) -> bool:
    return field not in facts(reading) and any(field in a.fields for a in reading.asks.values())


@pytest.mark.parametrize("q, want, level", [
    ("我们去年已通过基础级认定，现在想申报先进级，关键工序数控化率78%。",
     {FD: True, "indicators.key_process_nc_rate": 78}, "advanced"),
    ("拿到了基础级以后我们想冲一下先进级，成熟度已经达到三级了。", {FD: True, ML: 3}, "advanced"),
    ("我们已经列入了2025年北京市基础级智能工厂名单，打算申请先进级。", {FD: True}, "advanced"),
    ("我们厂基础级已入库，注册地在北京市大兴区，能报先进级吗？", {FD: True, RP: "北京市", RD: "大兴区"}, "advanced"),
    ("是否已认定为基础级智能工厂：是\n注册地：北京市通州区\n成熟度等级：二级",
     {FD: True, RP: "北京市", RD: "通州区", ML: 2}, "advanced"),
    ("基础级称号：已获得；申报先进级行吗", {FD: True}, "advanced"),
    ("我们基础级过了，想报先进级", {FD: True}, "advanced"),
    ("我帮客户咨询：客户是北京市基础级智能工厂，成熟度三级，能报先进级吗？", {FD: True, ML: 3}, "advanced"),
    ("We got basic-level status from Fengtai district.", {FD: True, DI: "丰台区"}, "advanced"),
    ("We were recognised as a basic-level smart factory last year and want to try for advanced.", {FD: True},
     "advanced"),
    ("基础级我们还没有申报过，想直接申请先进级，可以吗？", {FD: False}, "advanced"),
    ("我们没有基础级，能直接报先进级吗？", {FD: False}, "advanced"),
])
def test_basic_level_held_read(read, q, want, level):
    r = read(q)
    assert r.mode == "eligibility" and r.level == level
    assert facts(r) == want


@pytest.mark.parametrize("q", [
    "我们好像已经做过基础级备案了，具体得问一下同事。",
    "不确定之前有没有备案过基础级，能报先进级吗？",
    "我们正在申请基础级，同时能报先进级吗？",
    "基础级的材料上个月报到区里了，还没消息，先进级能一起报吗？",
    "我们已提交基础级备案材料。",
    "我们已经纳入基础级智能工厂培育库，能报先进级吗",
    "基础级备案做了，被退回了，又重新提交了，能报先进级吗",
    "基础级的事情我不太清楚，是之前的同事负责的，能报先进级吗？",
    "We think we filed at the basic level, but I'm not sure.",
    "We're in the middle of our basic-level filing with Daxing.",
    "We should have filed at basic level by now.",
    "Our basic-level filing is done, I guess.",
    "We were supposed to file at the basic level last year but missed the deadline.",
    "We're not sure about our basic-level status; can we apply for advanced?",
])
def test_filing_never_guessed(read, q):
    r = read(q)
    assert FD not in facts(r) and DI not in facts(r) and DA not in facts(r)
    assert asked_back(r, FD)


def test_wish_is_no_filing(read):
    assert FD not in facts(read("我们想获得基础级认定，需要什么条件？"))


def test_recognition_day_is_not_the_filings(read):
    r = read("我们2025年获评了基础级智能工厂，主要指标也都不错，能报先进级吗")
    assert facts(r) == {FD: True}
    r = read("我们去年通过了基础级智能工厂备案，今年想报先进级。")
    assert facts(r)[DA] == "2025-06-01"


def test_title_question_stays_revocation(read):
    assert read("我们2024年获评基础级，称号还有效吗").mode == "revocation"
    assert read("厂里发生的火灾被定性为重大安全事故，我们是基础级。").mode == "revocation"


@pytest.mark.parametrize("q, want", [
    ("我们的税收户管在北京亦庄。", {RP: "北京市"}),
    ("我们纳税关系在北京市房山区", {RP: "北京市", RD: "房山区"}),
    ("注册地在北京，但税收在河北", {RP: "北京市"}),
    ("我们注册在天津武清，北京只有销售公司，能报吗？", {RP: "天津市"}),
    ("We are registered in Chaoyang, Beijing.", {RP: "北京市", RD: "朝阳区"}),
])
def test_registration(read, q, want):
    assert {k: v for k, v in facts(read(q)).items() if k.startswith("registration")} == want


@pytest.mark.parametrize("q", [
    "Our maturity is level 2 or 3, we haven't had the formal assessment.",
    "我们成熟度二级或三级吧",
    "成熟度三到四级，具体等报告，能报吗？",
])
def test_maturity_either_asked_back(read, q):
    assert asked_back(read(q), ML)


def test_level_of_another_clause_is_no_maturity(read):
    assert ML not in facts(read("我们智能工厂评了三级，成熟度还没评"))
    assert facts(read("按照GB/T 39116自评估，我们达到了三级。"))[ML] == 3


@pytest.mark.parametrize("q, want", [
    ("我们的不良品率低于行业平均水平。", True),
    ("我们的能耗比同行业平均水平低", True),
    ("我们的能耗高于北京同行业平均水平", False),
    ("我们的人均产值和能耗水平都优于北京同行业平均", True),
    ("我们的主要指标超过本区域同行业均值", True),
    ("我们主要指标都在北京市同行业平均线以上", True),
    ("我们的指标远超行业平均", True),
    ("Our defect rate is lower than the industry average.", True),
])
def test_regional_average(read, q, want):
    assert facts(read(q))[AV] is want


def test_national_average_is_not_the_regional(read):
    assert AV not in facts(read("我们的指标在全国同行业平均水平以上"))
    assert AV not in facts(read("We are above the national average for our industry."))


def test_art_7_met_for_a_recognised_basic_level(client):
    from tests.conftest import ask

    body = ask(client, "我们是北京市基础级智能工厂，成熟度三级，今年能申请先进级吗？")
    f = body["facts"]
    status = {a: d["status"] for d in f["decided"] for a in d["articles"]}
    assert f["level"] == "advanced" and f["profile"]["basic_filing"]["filed"] is True
    assert status["art_7"] == "met" and status["art_5__item_7"] == "met"
    body = ask(client, "Basic-level filing: not yet. Can we still apply for advanced?")
    status = {a: d["status"] for d in body["facts"]["decided"] for a in d["articles"]}
    assert status["art_7"] == "not_met"
