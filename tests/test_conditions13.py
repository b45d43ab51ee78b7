"""Reading stated cases, thirteenth wave (task conditions13): art_5's conditions and annex 1's effect as managers say
them, in both languages, and what a hedge leaves to be asked back. A guess ("大概算规上企业吧", "财务应该没什么问题",
"I think we are probably above the industry average", "we may have had a credit blemish") is asked back, not read; a
lack said after the name ("人才也比较缺乏"), no competitiveness to speak of, two years' losses named, the digital
transformation not yet reached, "our own legal entity", a site elsewhere than the registration (an R&D centre), a
plant built but not producing; the domains after "all" or on both sides of an exception, and an exception with a
member not known by name, asked back. bench/qa_sets/cases_conditions_13*.json score the same at scale."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

DAY = date(2026, 10, 15)
ALL5 = ["factory_construction", "rd_design", "production_operation", "production_management", "operations_management"]


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


@pytest.mark.parametrize("q,field", [
    ("咱们应该算规上企业，能报基础级吗？", "above_designated_size"),
    ("我们大概是规模以上企业吧，具体数还得问财务，能申报吗？", "above_designated_size"),
    ("我们的主要指标好像比同行业平均水平要高，能报基础级吗？", "above_regional_industry_average"),
    ("我们估计没有不良信用记录，能报吗？", "bad_credit_record"),
    ("Our key indicators are probably above the industry average. Basic level?", "above_regional_industry_average"),
    ("I believe we are an independent legal entity, but I need to check. Basic?", "independent_legal_person"),
    ("We might have a bad credit record from years ago. Can we apply?", "bad_credit_record"),
])
def test_a_guess_is_asked_back_not_read(read, q, field):
    r = read(q)
    assert field not in facts(r)
    assert any(field in a.fields for a in r.asks.values()), r.asks


@pytest.mark.parametrize("q,want", [
    # said plainly beside a guess: the plain statement is read, the guess asked back
    ("我们没有任何违法违规行为，财务状况可能一般，能报吗？", {"violations": []}),
    ("We have never been blacklisted, and our finances are probably okay. Basic?", {"bad_credit_record": False}),
    # "May" the month is no hedge
    ("In May 2025 we were fined 20,000 yuan by the market regulator. Basic?", {"violations.0.date": "2025-05-15"}),
    # a modal in the clause that asks is the rule's, not a guess: nothing read, nothing asked back
    ("我们应该有专门的人才队伍吗？", {}),
])
def test_a_guess_beside_plain_statements(read, q, want):
    assert facts(read(q)) == want


def test_a_modal_asked_of_the_rule_states_no_case(read):
    r = read("我们应该有专门的人才队伍吗？")
    assert not r.unread and not r.facts


@pytest.mark.parametrize("q", [
    "我们财务还行，信用也还可以，能报基础级吗？",
    "Our finances are okay and our credit is so-so. Basic level?",
    "我们产品竞争力一般，能申报吗？",
])
def test_middling_words_settle_nothing(read, q):
    r = read(q)
    assert not facts(r) and r.unread


@pytest.mark.parametrize("q,want", [
    ("我们产品没什么竞争力，能报吗？", {"market_competitive": False}),
    ("公司市场竞争力不强，近三年都盈利，能报吗？", {"market_competitive": False, "finances_sound_3y": True}),
    ("Our products are market leaders in China. Basic?", {"market_competitive": True}),
    ("我们2024年和2025年均亏损，能申报基础级吗？", {"finances_sound_3y": False}),
    ("我们有组织机制，但智能制造人才还很欠缺，能报吗？", {"organization_mechanism": True, "talent_team": False}),
    ("我们的数字化转型尚未达标，主要指标低于同行业平均水平，能报基础级吗？",
     {"digital_transformation_compliant": False, "above_regional_industry_average": False}),
    ("我们的技术经济指标比全省同行业平均水平高，能报基础级吗？", {"above_regional_industry_average": True}),
    ("工艺技术比较一般，并不领先，能报吗？", {"advanced_technology": False}),
])
def test_conditions_in_everyday_words(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q,want", [
    ("We're our own legal entity, registered in Beijing. Basic?",
     {"independent_legal_person": True, "registration.province": "北京市"}),
    ("We are a standalone legal person and above designated size. Can we apply?",
     {"independent_legal_person": True, "above_designated_size": True}),
    ("We are not a legal entity of our own. Basic level?", {"independent_legal_person": False}),
])
def test_legal_personhood_in_english(read, q, want):
    assert facts(read(q)) == want


def test_a_site_in_beijing_is_not_the_registration(read):
    f = facts(read("我们公司注册在河北廊坊，北京只有一个研发中心，能申报吗？"))
    assert f == {"registration.province": "河北省"}
    f = facts(read("Our company is registered in Tianjin and our R&D centre is in Haidian. Basic?"))
    assert f.get("registration.province") == "天津市" and "registration.district" not in f


@pytest.mark.parametrize("q,want", [
    ("我们工厂已经建好了，但还没开始生产，能报吗？", {"factory_built": True, "factory_in_operation": False}),
    # a filing completed is not the plant completed
    ("We completed our basic-level filing in Chaoyang. Advanced?",
     {"basic_filing.filed": True, "basic_filing.district": "朝阳区"}),
    ("Our plant was completed in 2021 and has been in operation since 2022. Basic?",
     {"factory_built": True, "factory_in_operation": True}),
])
def test_the_plant_built_or_producing(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q", [
    "我们五个环节都覆盖了，只有工厂建设还差一点，能报先进级吗？",
    "We cover production operation and production management - everything except design. Advanced?",
    "We have digitalised every domain except design and the warehouse. Advanced level?",
])
def test_domains_the_words_do_not_square_are_asked_back(read, q):
    r = read(q)
    assert "domains" not in facts(r)
    assert any("domains" in a.fields for a in r.asks.values()), r.asks


@pytest.mark.parametrize("q,want", [
    ("我们五个环节全部覆盖了，能报先进级吗？", ALL5),
    ("除了研发设计以外，其他环节都做了，能报基础级吗？", [k for k in ALL5 if k != "rd_design"]),
    ("We have covered every domain except for factory construction. Advanced?",
     [k for k in ALL5 if k != "factory_construction"]),
])
def test_domains_all_or_all_but(read, q, want):
    assert set(facts(read(q))["domains"]) == set(want)


def test_none_since_an_accident_keeps_it(read):
    f = facts(read("我们2023年3月发生过一起重大环境污染事故，此后再没有出过事故，能报吗？"))
    assert f == {"incidents.0.kind": "environmental", "incidents.0.grade": "major", "incidents.0.date": "2023-03-15"}


def test_two_penalties_of_one_clause_each_dated(read):
    f = facts(read("We were penalised by the tax bureau in 2024 and fined for excessive emissions in 2025. Basic?"))
    assert f == {"violations.0.date": "2024-07-01", "violations.1.date": "2025-07-01"}


def test_decided_statuses_of_a_stated_case(client):
    """/ask decides what the facts bear on: a plant built but not producing fails art_5 item 2, and a guess of size
    leaves art_5 item 1 undecided."""
    r = client.get("/ask", params={"q": "我们大概算规上企业吧，工厂去年建成但还没投产，能申报基础级吗？",
                                   "as_of": DAY.isoformat()})
    f = r.json()["facts"]
    assert "above_designated_size" not in f["profile"] and f["profile"]["factory_in_operation"] is False
    status = {d["articles"][-1]: d["status"] for d in f["decided"]}
    assert status["art_5__item_2"] == "not_met"
    assert status.get("art_5__item_1", "unknown") == "unknown"


@pytest.mark.parametrize("q,want", [
    # a domain said untouched after its name is not covered
    ("我们做了生产作业和生产管理，运营管理这块还没动，能报先进级吗？",
     ["production_operation", "production_management"]),
    ("We digitalised production operation and production management; operations management has not been touched.",
     ["production_operation", "production_management"]),
])
def test_a_domain_left_untouched(read, q, want):
    assert facts(read(q))["domains"] == want


def test_a_team_not_built_up(read):
    assert facts(read("我们设有领导小组，不过人才队伍还没建起来，能报吗？")) == {
        "organization_mechanism": True, "talent_team": False}


@pytest.mark.parametrize("q", ["我们的成熟度应该有三级，能报吗？", "We reckon our maturity is level 3. Basic?"])
def test_a_guessed_maturity_is_asked_back(read, q):
    r = read(q)
    assert "maturity_level" not in facts(r) and r.unread


@pytest.mark.parametrize("q", ["我们2024年底被罚过一次款，能报吗？", "We were fined once at the end of 2024. Basic?"])
def test_the_end_of_a_year_is_its_december(read, q):
    assert facts(read(q)) == {"violations.0.date": "2024-12-15"}
