"""orgdom22: the organisation for the smart factory named by its form (工作专班, 专项小组, 事业部,
例会制度, a lead and the bodies under it) and its lack; the talent team (an IT team, a technical body, analysts;
talent said lacking, bare; a team not yet formed); a leader alone and joint training asked back; the
construction domains (a list taken up again, "这三块"; an exception and the rest listed after it; a domain
done in part, or what a domain holds done beside the names, asked back); the basic filing in English said
registered, recorded or listed at the basic level (not the company's registration)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts


@pytest.fixture(scope="module")
def read():
    return case_reader(date(2026, 6, 1))


@pytest.mark.parametrize("words,path,value", [
    ("我们有一个专项小组负责智能工厂的规划和建设。", "organization_mechanism", True),
    ("我们新设立了数字化事业部，专门负责智能工厂建设。", "organization_mechanism", True),
    ("我们建立了智能制造月度例会制度，每月由总经理主持。", "organization_mechanism", True),
    ("公司组建了数字化转型专项工作小组，每周开推进会。", "organization_mechanism", True),
    ("我们成立了智能工厂项目组，由生产副总牵头。", "organization_mechanism", True),
    ("我们的智能工厂建设由首席数字官牵头，下设三个工作组。", "organization_mechanism", True),
    ("我们信息中心负责智能工厂的规划和建设。", "organization_mechanism", True),
    ("我们没有专门的部门负责智能制造。", "organization_mechanism", False),
    ("我们智能制造这块没有专门的组织，都是生产部兼着管。", "organization_mechanism", False),
    ("我们有一支20人的IT团队，负责系统运维。", "talent_team", True),
    ("公司拥有一支30多人的智能制造技术队伍。", "talent_team", True),
    ("去年我们引进了6名自动化工程师和2名数据分析师。", "talent_team", True),
    ("我们还没有成立数字化部门，人才也缺。", "talent_team", False),
    ("我们还没组建团队，数字化这块人才比较缺。", "talent_team", False),
    ("We have a 20-person IT team and a smart manufacturing task force.", "talent_team", True),
])
def test_an_organisation_or_team_named_by_its_form_is_read(read, words, path, value):
    assert facts(read(words)).get(path) is value


@pytest.mark.parametrize("words,field", [
    ("数字化转型是我们的一把手工程，总经理亲自抓。", "organization_mechanism"),
    ("我们由CIO牵头推进智能制造。", "organization_mechanism"),
    ("我们设立了首席数字官，统筹全厂数字化。", "organization_mechanism"),
    ("我们与北京理工大学联合培养智能制造人才。", "talent_team"),
])
def test_a_leader_alone_or_joint_training_is_asked_back(read, words, field):
    r = read(words)
    assert field not in facts(r)
    assert any(field in ask.fields for ask in r.asks.values())


def test_a_leader_beside_a_body_of_its_own_asks_nothing(read):
    r = read("公司成立了智能制造工作专班，由总经理挂帅。")
    assert facts(r).get("organization_mechanism") is True
    assert not any("organization_mechanism" in ask.fields for ask in r.asks.values())


def test_a_leader_of_another_matter_asks_nothing(read):
    r = read("我们公司安全生产由总经理亲自抓，数字化做得一般")
    assert not any("organization_mechanism" in ask.fields for ask in r.asks.values())


def test_some_people_lacking_beside_a_team_is_no_lack_of_a_team(read):
    assert facts(read("我们有一个8人的数字化团队，但数据分析方面的人才还缺。")).get("talent_team") is True
    assert facts(read("我们有数字化团队，自动化工程师还缺几个")).get("talent_team") is True


@pytest.mark.parametrize("words,domains", [
    ("生产作业、生产管理和运营管理，这三块我们都做了。",
     ["production_operation", "production_management", "operations_management"]),
    ("除了研发设计之外，生产作业、生产管理、运营管理和工厂建设都做了。",
     ["production_operation", "production_management", "operations_management", "factory_construction"]),
    ("我们研发设计、生产作业以及生产管理都上了系统，运营管理还在推进。",
     ["rd_design", "production_operation", "production_management"]),
    ("我们仅覆盖了生产作业环节。", ["production_operation"]),
])
def test_domains_listed_are_read(read, words, domains):
    assert set(facts(read(words))["domains"]) == set(domains)


@pytest.mark.parametrize("words", [
    "除了研发设计，生产作业和生产管理都做了。",  # the rest listed is not every other domain
    "我们生产作业和生产管理做了，运营管理只做了一部分。",  # done in part
    "我们生产作业已经覆盖，供应链和仓储物流也做了。",  # what a domain holds, beside the names
    "我们生产作业、生产管理都上了系统，ERP也用上了。",
])
def test_domains_not_squared_by_the_words_are_asked_back(read, words):
    r = read(words)
    assert "domains" not in facts(r)
    assert any("domains" in ask.fields for ask in r.asks.values())


@pytest.mark.parametrize("words,want", [
    ("We registered for the basic level in Haidian in March 2025. Can we apply for advanced?",
     {"basic_filing.filed": True, "basic_filing.district": "海淀区", "basic_filing.date": "2025-03-15"}),
    ("We're on the basic list in Daxing. Can we go for advanced?",
     {"basic_filing.filed": True, "basic_filing.district": "大兴区"}),
    ("Dongcheng district put us on its basic-level smart factory list in November 2025.",
     {"basic_filing.filed": True, "basic_filing.district": "东城区", "basic_filing.date": "2025-11-15"}),
    ("We haven't registered at the basic level yet.", {"basic_filing.filed": False}),
])
def test_the_basic_filing_said_registered_or_listed_is_read(read, words, want):
    got = facts(read(words))
    assert {k: got.get(k) for k in want} == want
    assert not any(k.startswith("registration.") for k in got)


def test_the_company_registration_stays_the_registration(read):
    got = facts(read("We are registered in Haidian, Beijing and want to apply for the basic level."))
    assert got.get("registration.district") == "海淀区"
    assert "basic_filing.filed" not in got


@pytest.mark.parametrize("words,field", [
    ("公司组织机制还不健全。", "organization_mechanism"),
    ("我们的人才队伍有待加强。", "talent_team"),
])
def test_a_thing_had_but_not_whole_is_asked_back(read, words, field):
    r = read(words)
    assert field not in facts(r)
    assert any(field in ask.fields for ask in r.asks.values())


@pytest.mark.parametrize("words", [
    "We're still waiting for Haidian to confirm our basic filing.",
    "我们还在等海淀区确认基础级备案。",
])
def test_a_filing_whose_outcome_is_awaited_is_not_filed(read, words):
    r = read(words)
    assert "basic_filing.filed" not in facts(r)
    assert any("basic_filing.filed" in ask.fields for ask in r.asks.values())


@pytest.mark.parametrize("words,value", [
    ("We haven't got the basic level yet.", False),
    ("We are listed as a basic-level smart factory in Shunyi.", True),
])
def test_the_basic_level_got_or_listed_is_the_filing(read, words, value):
    assert facts(read(words)).get("basic_filing.filed") is value


@pytest.mark.parametrize("words", ["我们成立了两化融合推进小组。", "我们公司的数字化工作由信息部统筹。"])
def test_an_informatisation_body_or_one_that_runs_it_is_the_organisation(read, words):
    assert facts(read(words)).get("organization_mechanism") is True


def test_a_lack_said_as_lasting_is_a_lack(read):
    assert facts(read("我们数字化方面的人才一直比较紧缺。")).get("talent_team") is False
