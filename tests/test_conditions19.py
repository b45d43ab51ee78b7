"""Reading stated cases, nineteenth wave (task conditions19): 数字化达标 said as the rules' own words
("数字化转型符合国家和本市相关要求", "数转工作达标", "通过了数字化转型评估", "已按照市里的数字化转型指引推进",
"complies with national and Beijing requirements", "passed the city's digital transformation assessment"),
competitiveness ("市占率领先"), credit ("信用中国查询结果：无失信记录", "未被列入严重失信主体名单"), technology
("技术水平：国内领先") and the domains ("五个环节只差研发设计", "all key elements except R&D design"); a case told in
the third person ("该企业…", "The applicant…") or as a form's line answered ("是否符合数字化转型要求：是", "Market
competitiveness: strong"). Never guessed: a hedge (also one asked to be confirmed: "应该算达标了吧？"), a plan
("working towards", "正在引进"), another party's facts ("兄弟工厂", "集团另一家工厂", "our parent group's other
factory"), praise that names no condition. "Our processes are advanced" names no level.
bench/qa_sets/conditions19_{a,b}.json score the same at scale."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

DAY = date(2026, 6, 1)
FOUR = ["factory_construction", "production_operation", "production_management", "operations_management"]
DT = "digital_transformation_compliant"


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


def asked_back(reading, field: str) -> bool:
    return field not in facts(reading) and any(field in a.fields for a in reading.asks.values())


@pytest.mark.parametrize("q,want", [
    # digital transformation in the words of the rules and of managers
    ("我们的数字化转型完全符合国家和本市的相关要求，想报基础级。", {DT: True}),
    ("我们已经按照市里的数字化转型指引推进到位了，能报吗？", {DT: True}),
    ("我们数转工作去年就达标了，能申报吗？", {DT: True}),
    ("我们今年三月通过了市经信局组织的数字化转型评估，能报基础级吗？", {DT: True}),
    ("我们数转还没通过评估，不过指标高于全市同行业平均，能报吗？",
     {DT: False, "above_regional_industry_average": True}),
    ("Our digital transformation complies with the national and municipal requirements. Basic level?", {DT: True}),
    ("We passed the city's digital transformation assessment in March. Basic?", {DT: True}),
    ("We failed the digital transformation assessment last year. Can we still apply?", {DT: False}),
    ("Our 数字化转型 work has already 达标. Can we apply?", {DT: True}),
    # forms: a line answered
    ("是否符合数字化转型要求：是\n是否有不良信用记录：否", {DT: True, "bad_credit_record": False}),
    ("数字化达标情况：已达标；市场竞争力：较强", {DT: True, "market_competitive": True}),
    ("信用中国查询结果：无失信记录。能报吗？", {"bad_credit_record": False}),
    ("是否存在失信行为：否", {"bad_credit_record": False}),
    ("我们的技术水平：国内领先。能报吗？", {"advanced_technology": True}),
    ("Digital transformation compliant: yes\nMarket competitiveness: strong", {DT: True, "market_competitive": True}),
    # the third person
    ("该企业无不良信用记录，主导产品市场占有率全国第二。", {"bad_credit_record": False, "market_competitive": True}),
    ("The applicant has no adverse credit record and uses advanced processes.",
     {"bad_credit_record": False, "advanced_technology": True}),
    # competitiveness, credit, technology
    ("我们的产品国内市占率领先，能报吗？", {"market_competitive": True}),
    ("我们从没被列入信用中国的严重失信主体名单，能报吗？", {"bad_credit_record": False}),
    ("Our processes are advanced and our products lead the market. Eligible?",
     {"advanced_technology": True, "market_competitive": True}),
    # domains
    ("我们五个环节只差研发设计没做，能报先进级吗？", {"domains": FOUR}),
    ("All key elements except R&D design are covered. Can we apply?", {"domains": FOUR}),
    ("五个环节里我们只有研发设计还没开展，能报吗？", {"domains": FOUR}),
    ("We cover four of the five domains; only R&D design is still missing. Advanced?", {"domains": FOUR}),
    ("五大环节里我们做了生产作业、生产管理和运营管理，能报先进级吗？",
     {"domains": ["production_operation", "production_management", "operations_management"]}),
    # a domain put off to a time to come is not covered
    ("We've digitalised production operation and production management; operations management is next year. Basic?",
     {"domains": ["production_operation", "production_management"]}),
    ("我们数字化转型验收合格了，能报基础级吗？", {DT: True}),
    ("Our digital transformation does not comply with the municipal requirements yet. Basic?", {DT: False}),
    # another party's coverage is not the asker's: only the asker's own words are read
    ("A sister plant of ours has all five domains covered; we only cover production operation. Basic?",
     {"domains": ["production_operation"]}),
    ("兄弟工厂五个环节都做了，我们只做了生产作业和运营管理，能报吗？",
     {"domains": ["production_operation", "operations_management"]}),
])
def test_stated_read(read, q, want):
    got = facts(read(q))
    if "domains" in got:  # (a set: the order read is the reader's)
        got["domains"], want = sorted(got["domains"]), {**want, "domains": sorted(want["domains"])}
    assert got == want, got


@pytest.mark.parametrize("q,field", [
    ("我们数字化转型应该算达标了吧？", DT),
    ("我们只有研发设计没做过仿真，能报吗？", "domains"),
    ("我们的产品竞争力应该还可以吧，能报吗？", "market_competitive"),
    ("我们信用方面应该没什么问题，能报吗？", "bad_credit_record"),
    ("我们正在引进行业先进工艺，能报吗？", "advanced_technology"),
    ("We are working towards advanced processes. Can we apply?", "advanced_technology"),
    ("市场竞争力：一般。能报吗？", "market_competitive"),
    ("Our competitiveness is probably fine, I guess. Can we apply?", "market_competitive"),
])
def test_asked_back(read, q, field):
    assert asked_back(read(q), field)


@pytest.mark.parametrize("q", [
    "兄弟工厂已经通过了数字化转型评估，我们能报吗？",
    "集团另一家工厂的产品市场占有率全国第一，我们是新建的厂，能报吗？",
    "我们集团另一家工厂有失信记录，会影响我们吗？",
    "Our parent group's other factory leads the market; we are a new plant. Can we apply?",
    "Our sister plant passed the digital transformation assessment. Can we apply?",
    "我们很重视数字化，每年都投入不少，能报吗？",
    "我们打算明年把数字化达标做了，现在能报吗？",
    "申报企业需要具备哪些条件？",
    "无不良信用记录的企业可以申报吗？",
])
def test_nothing_of_the_asker_read(read, q):
    got = facts(read(q))
    assert not {DT, "market_competitive", "bad_credit_record", "advanced_technology", "domains"} & set(got), got


def test_level_not_read_from_an_adjective(read):
    assert read("Our processes are advanced and our products lead the market. Eligible?").level is None
    assert read("Is our plant eligible for the advanced level?").level == "advanced"


def test_statuses_of_a_form(client):
    from tests.conftest import ask

    body = ask(client, "是否符合数字化转型要求：是\n成熟度等级：二级\n能报基础级吗？")
    f = body["facts"]
    status = {d["condition"]: d["status"] for d in f["decided"]} | \
        {a: d["status"] for d in f["decided"] for a in d["articles"]}
    assert f["profile"][DT] is True and f["level"] == "basic"
    assert status["att_1__sec_2"] == "met"
