"""Reading the construction domains, twenty-fifth wave (task domains25): the domains as plants write them in English
and in code-switched text -- short forms ("production ops", "prod mgmt", "ops mgmt"), shop-floor execution, plant
construction, "R&D & design"; the annexes' Chinese names inside English sentences (an English sentence quoting
生产作业 and 生产管理 is read as English, not Chinese) and English labels before Chinese names; a chat line with no
punctuation ("domains production ops production mgmt ops mgmt", "环节 生产作业 生产管理"); key = value; items numbered
inside one line (覆盖环节有：1.生产作业 2.生产管理). Never guessed: a count beside a list that does not square with it,
a member named by no domain (quality management, supply chain, 仓储配送), a plan or wish, a team.
bench/qa_sets/domains25_{a,b}.json score the same at scale."""
from __future__ import annotations

from datetime import date

import pytest

from kg_service.questions.text import detect_language
from tests.conftest import built_knowledge_graph, case_reader, facts

DAY = date(2026, 6, 1)
FC, RD, PO, PM, OM = ("factory_construction", "rd_design", "production_operation", "production_management",
                      "operations_management")


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


def asked_back(reading) -> bool:
    return "domains" not in facts(reading) and any("domains" in a.fields for a in reading.asks.values())


@pytest.mark.parametrize("q,want", [
    ("We've digitalised production ops, prod mgmt and ops mgmt.", [PO, PM, OM]),
    ("Our plant has digitalised shop-floor execution and R&D/design.", [PO, RD]),
    ("We cover R&D & design, production operations and operations mgmt.", [RD, PO, OM]),
    ("We have digitalised plant construction, production operations and production management.", [FC, PO, PM]),
    ("We have covered 生产作业, 生产管理 and 运营管理.", [PO, PM, OM]),
    ("Our factory covers 生产作业、生产管理、运营管理, maturity level 3.", [PO, PM, OM]),
    ("we have 生产作业 生产管理 covered", [PO, PM]),
    ("Domains covered: 生产作业、生产管理、运营管理", [PO, PM, OM]),
    ("数字化环节：production ops、ops mgmt。", [PO, OM]),
    ("我们已经数字化的环节有production ops和ops mgmt", [PO, OM]),
    ("We cover three domains: production operation, production management and operations management.", [PO, PM, OM]),
    ("We cover 3 of the 5 domains: production ops, prod mgmt and ops mgmt.", [PO, PM, OM]),
    ("五个环节只差研发设计没做。", [FC, PO, PM, OM]),
    ("我们覆盖了生产作业、生产管理、运营管理三个环节。", [PO, PM, OM]),
    ("Two domains are covered, production operations and production management.", [PO, PM]),
    ("domains production ops production mgmt ops mgmt", [PO, PM, OM]),
    ("环节 生产作业 生产管理", [PO, PM]),
    ("domains = production operation, operations management", [PO, OM]),
    ("Domains covered - production operations, production management", [PO, PM]),
    ("已覆盖环节=生产作业，生产管理", [PO, PM]),
    ("覆盖环节有：1.生产作业 2.生产管理 3.运营管理", [PO, PM, OM]),
    ("We'd like to cover production management eventually; production operation is already covered.", [PO]),
    ("Our prod mgmt team has 5 people and we cover production ops.", [PO]),
    ("All five domains are covered except 工厂建设.", [RD, PO, PM, OM]),
    ("Covered domains | production operation; production management", [PO, PM]),
    ("production ops & production mgmt done", [PO, PM]),
    ("production operation production management done", [PO, PM]),
    ("covered production ops, prod mgmt", [PO, PM]),
    ("ok so domains we got production operation and production management", [PO, PM]),
    ("Domains: production ops (MES), prod mgmt (ERP)", [PO, PM]),
    ("production operation and production management not yet, operations management done", [OM]),
])
def test_domains_read(read, q, want):
    got = facts(read(q))
    assert "domains" in got and sorted(got["domains"]) == sorted(want), got


@pytest.mark.parametrize("q", [
    "We cover four domains: production operation, production management and operations management.",
    "We cover two domains: 生产作业, 生产管理 and 运营管理.",
    "我们覆盖了三个环节：生产作业、生产管理。",
    "We cover 生产作业 and 仓储配送.",
    "We have covered five domains: factory construction, production operation, production management and "
    "operations management.",
    "We have quality mgmt and production ops digitalised.",
    "We've digitalised production ops plus warehousing & logistics.",
    "我们覆盖了生产作业、质量管理和供应链。",
])
def test_asked_back(read, q):
    assert asked_back(read(q)), facts(read(q))


@pytest.mark.parametrize("q", [
    "We plan to digitalise production ops next year.",
    "Our operations management department has 12 people.",
    "我们打算明年把生产管理也做了。",
])
def test_nothing_read(read, q):
    assert "domains" not in facts(read(q))


@pytest.mark.parametrize("q,lang", [
    ("We have covered 生产作业, 生产管理 and 运营管理.", "en"),
    ("We cover 生产作业 and 仓储配送", "en"),
    ("我们覆盖了生产作业和生产管理。", "zh"),
    ("我们的defect rate降了7%，labour productivity提高了10%。", "zh"),
    ("我们的NC rate是78%，networking rate 68%，能耗下降5%。", "zh"),
    ("请问 basic level 需要什么条件", "zh"),
    ("营收 3亿 元, 联网率 70%, 成熟度 三级, we want to apply", "zh"),
])
def test_language(q, lang):
    assert detect_language(q) == lang


@pytest.fixture(scope="module")
def service():
    from kg_service.service import Service
    return Service(built_knowledge_graph())


@pytest.mark.parametrize("q,eid,status", [
    ("We've digitalised production ops and prod mgmt. Basic level?", "att_1__sec_1", "met"),
    ("We cover 生产作业 and 生产管理. Can we apply for the basic level?", "att_1__sec_1", "met"),
    ("We've done 工厂建设 and 研发设计 but not 生产作业 yet. Can we apply for the basic level?", "att_1__sec_1",
     "not_met"),
    ("domains production ops production mgmt ops mgmt", "att_2__sec_1", "met"),
    ("覆盖环节有：1.生产作业 2.生产管理 3.运营管理", "att_2__sec_1", "met"),
    ("Production operation is covered, operations management is not yet. Advanced level?", "att_2__sec_1", "not_met"),
])
def test_status(service, q, eid, status):
    out = service.ask(q, as_of=DAY)
    made = (out.get("facts") or {}).get("decided") or []
    cond = next((x for x in made if (x.get("articles") or [None])[-1] == eid), None)
    assert cond is not None and cond["status"] == status, made
