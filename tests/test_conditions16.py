"""Reading stated cases, sixteenth wave (task conditions16): the yes/no and list facts of art_5 and the annexes'
elements as managers state them. "All but" with the others then listed ("除了研发设计，其他四个环节（…）我们都做了",
"apart from R&D design, we've done the other four (…)"); a domain "还没弄"; a place written against the registration's
words where a clause names a second province, the group's ("a Beijing-registered branch of a Shanghai group"); a
revenue with no currency in a question of yuan ("main-business revenue only 12 million"); a maturity level's own name is
no plan ("一级（规划级）", "level 1 (planning)"); "经营财务都好", "高于行业平均", "工艺不算行业先进", "智能制造推进办",
"a smart-manufacturing steering office", "policy-compliant", "advanced tech", "数字化达标也还没做到", "we did pass
数字化达标", "竞争力也不强". A statement doubted after it ("安全可控方面我们不太确定") or a change of revenue is asked
back. bench/qa_sets/conditions16_{a,b}.json score the same at scale."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

DAY = date(2026, 12, 7)
FOUR = ["factory_construction", "production_operation", "production_management", "operations_management"]


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


def asked_back(reading, field: str) -> bool:
    return field not in facts(reading) and any(field in a.fields for a in reading.asks.values())


@pytest.mark.parametrize("q,want", [
    # all but those excepted, the others then listed
    ("除了研发设计，其他四个环节（工厂建设、生产作业、生产管理、运营管理）我们都做了，能报基础级吗？",
     {"domains": FOUR}),
    ("Apart from R&D design, we've done the other four links (factory construction, production operation, production "
     "management, operations management). Basic level?", {"domains": FOUR}),
    ("除了研发设计和工厂建设，其他三个环节（生产作业、生产管理、运营管理）也都做了，能报先进级吗？",
     {"domains": ["production_operation", "production_management", "operations_management"]}),
    # the others said not done: only the one excepted
    ("除了生产作业，其他四个环节（工厂建设、研发设计、生产管理、运营管理）都还没做，能报基础级吗？",
     {"domains": ["production_operation"]}),
    ("Except for R&D design, the other four (factory construction, production operation, production management and "
     "operations management) are not done yet. Basic?", {"domains": ["rd_design"]}),
    # "还没弄": not done
    ("我们只覆盖了生产管理和运营管理这两个环节，生产作业还没弄，能报吗？",
     {"domains": ["production_management", "operations_management"]}),
    # the registration's own place, the group's beside it
    ("We are a Beijing-registered branch (not an independent legal person) of a Shanghai group. Can we apply?",
     {"registration.province": "北京市", "independent_legal_person": False}),
    ("我们是上海一家集团在北京注册的分公司，不是独立法人，能申报吗？",
     {"registration.province": "北京市", "independent_legal_person": False}),
    ("我们能力成熟度是三级，注册在天津，能报北京的先进级吗？",
     {"maturity_level": 3, "registration.province": "天津市"}),
    # revenue with no currency beside it, in a question of yuan; the output value is not the revenue
    ("Gross output value 300 million yuan, but main-business revenue only 12 million; Beijing-registered independent "
     "legal person. Can we apply?",
     {"annual_revenue_10k_cny": 1200, "registration.province": "北京市", "independent_legal_person": True}),
    ("我们去年工业总产值3亿元，但主营业务收入只有1200万元，公司在北京注册，是独立法人，能报吗？",
     {"annual_revenue_10k_cny": 1200, "registration.province": "北京市", "independent_legal_person": True}),
    # a level's own name is no plan
    ("我们成熟度自评是一级（规划级），能报基础级吗？", {"maturity_level": 1}),
    ("Our maturity self-assessment came out at level 1 (planning). Basic level?", {"maturity_level": 1}),
    # wordings
    ("我们近三年经营财务都好，无不良信用，高于行业平均，能报吗？",
     {"finances_sound_3y": True, "bad_credit_record": False, "above_regional_industry_average": True}),
    ("我们工艺不算行业先进，但主导产品符合北京市产业政策，能报吗？",
     {"advanced_technology": False, "product_policy_compliant": True}),
    ("Our process is not industry-advanced, although our main product fits Beijing's industrial policy. Can we apply?",
     {"advanced_technology": False, "product_policy_compliant": True}),
    ("公司去年成立了智能制造推进办，还配了一支数字化团队，第六条能满足吗？",
     {"organization_mechanism": True, "talent_team": True}),
    ("We set up a smart-manufacturing steering office last year and have fifteen automation engineers. Is item 6 met?",
     {"organization_mechanism": True, "talent_team": True}),
    ("We don't have a dedicated organisation for the smart factory, nor a specialist team. Can we apply?",
     {"organization_mechanism": False, "talent_team": False}),
    ("We have product policy-compliant products, advanced tech and an organization mechanism. Can we apply?",
     {"product_policy_compliant": True, "advanced_technology": True, "organization_mechanism": True}),
    ("我们指标没超过省里同行业平均，数字化达标也还没做到，能报基础级吗？",
     {"above_regional_industry_average": False, "digital_transformation_compliant": False}),
    ("We're not above the industry average, but we did pass 数字化达标. Basic level?",
     {"above_regional_industry_average": False, "digital_transformation_compliant": True}),
    ("我们技术并不先进，市场竞争力也不强，能报吗？", {"advanced_technology": False, "market_competitive": False}),
    ("Our competitiveness is weak and our technology is outdated. Can we apply?",
     {"market_competitive": False, "advanced_technology": False}),
    ("我们的竞争力比较弱，技术也落后，能报吗？", {"market_competitive": False, "advanced_technology": False}),
    ("我们数据安全这块风险还控制不住，设备软件倒是自主可控的，能报吗？",
     {"cyber_data_risk_controllable": False, "security_controllable": True}),
    ("We have not yet set up a dedicated smart-manufacturing organisation. Can we apply?",
     {"organization_mechanism": False}),
    ("Our core process technology is at an internationally advanced level. Item 4 met?", {"advanced_technology": True}),
    ("情况：北京海淀注册；独立法人；规上。",
     {"registration.province": "北京市", "registration.district": "海淀区", "independent_legal_person": True,
      "above_designated_size": True}),
])
def test_stated_read(read, q, want):
    got = facts(read(q))
    if "domains" in got:  # (a set: the order read is the reader's)
        got["domains"], want = sorted(got["domains"]), {**want, "domains": sorted(want["domains"])}
    assert got == want, got


@pytest.mark.parametrize("q,field", [
    # the others listed are not every other domain
    ("除了研发设计，其他环节（生产作业、生产管理）都做了，能报吗？", "domains"),
    # doubted after the words, in its clause or the next
    ("公司有统筹智能工厂规划建设的领导小组；安全可控方面我们不太确定。", "security_controllable"),
    ("我们安全可控，这个我们不太确定，能报吗？", "security_controllable"),
    # a change of the revenue, not the revenue
    ("Our revenue was up 12 million yuan. Can we apply?", "annual_revenue_10k_cny"),
    ("我们营收增长了3000万元，能报吗？", "annual_revenue_10k_cny"),
    # the branch's own place is not said registered
    ("我们是河北注册的公司在北京设立的分公司，营收8000万，能报吗？", "registration.province"),
])
def test_asked_back(read, q, field):
    assert asked_back(read(q), field)


@pytest.mark.parametrize("q", [
    "Our revenue is 12 million dollars. Can we apply?",  # another currency
    "Our revenue was 12 million. Can we apply?",  # no currency in the question at all
])
def test_revenue_without_yuan_not_read(read, q):
    assert "annual_revenue_10k_cny" not in facts(read(q))


def test_statuses_of_an_all_but_list(client):
    """/ask decides the basic level's construction content from the four domains read, and art_5 item 1 from a
    revenue under 20 million yuan."""
    q = ("除了研发设计，其他四个环节（工厂建设、生产作业、生产管理、运营管理）我们都做了；"
         "主营业务收入只有1200万元，北京注册的独立法人。能报基础级吗？")
    r = client.get("/ask", params={"q": q,
                                   "as_of": DAY.isoformat()})
    f = r.json()["facts"]
    status = {d["articles"][-1]: d["status"] for d in f["decided"]}
    assert sorted(f["profile"]["domains"]) == sorted(FOUR)
    assert status["att_1__sec_1"] == "met" and status["art_5__item_1"] == "not_met"


def test_a_registration_stated_is_not_a_registry_question(client):
    """"我们是天津注册的公司": where the asker is registered (art_5 item 1 not met), not how to register a company; a
    question of registering one stays outside the measures."""
    q = "我们是天津注册的公司，在北京有工厂，能报吗？"
    f = client.get("/ask", params={"q": q, "as_of": DAY.isoformat()}).json()["facts"]
    assert f["profile"]["registration"]["province"] == "天津市"
    status = {d["articles"][-1]: d["status"] for d in f["decided"]}
    assert status["art_5__item_1"] == "not_met"
    body = client.get("/ask", params={"q": "我想注册一家新的公司，流程是什么？"}).json()
    assert not body.get("facts") and "企业登记" in body["answer"]
