"""Reading the construction domains, twenty-third wave (task domains23): lists in everyday English ("as well
as", "plus", an Oxford comma, bullets or numbers under a label, a shared head opened by a list's member), the
domains in a plant's own words (shop-floor operations, production planning and scheduling, product design, plant
build-out), Chinese headings (数字化环节：, 覆盖的环节有…, 建设环节：numbered), 我们有…, a whole project's name
listed as a member, a plan to apply beside the list. Never guessed: a list left open ("etc.", 等), a name
qualifying a team or a system, a wish, another party's, a form's list with a name said not done, words that fit no
domain or two ("procurement and logistics", "all six domains", "every domain except supply chain", "everything from
design to delivery", 从设计到交付).
bench/qa_sets/domains23_{a,b}.json score the same at scale."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import built_knowledge_graph, case_reader, facts

DAY = date(2026, 6, 1)
FC, RD, PO, PM, OM = ("factory_construction", "rd_design", "production_operation", "production_management",
                      "operations_management")
ALL = [FC, RD, PO, PM, OM]


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


def asked_back(reading) -> bool:
    return "domains" not in facts(reading) and any("domains" in a.fields for a in reading.asks.values())


@pytest.mark.parametrize("q,want", [
    ("We have digitalised factory construction, production operations, production management, and operations "
     "management.", [FC, PO, PM, OM]),
    ("Our plant covers production operation and production management, as well as operations management.",
     [PO, PM, OM]),
    ("We've covered R&D and design, production operation, plus operations management.", [RD, PO, OM]),
    ("Domains we have covered:\n- Factory construction\n- Production operation\n- Production management", [FC, PO, PM]),
    ("Covered domains:\n1. production operation\n2. production management\nCan we apply?", [PO, PM]),
    ("We've digitalised our shop-floor operations and production management.", [PO, PM]),
    ("Shop floor operations, production planning and scheduling, and operations management are all digitalised.",
     [PO, PM, OM]),
    ("We have digitalised product design, shop-floor operations and production management.", [RD, PO, PM]),
    ("Our plant build-out was digital from the start, and production operation is covered too.", [FC, PO]),
    ("We have smart factory construction, production operation and production management.", [FC, PO, PM]),
    ("In 2024 we completed the smart factory construction and digitalised production operation and production "
     "management.", [PO, PM]),
    ("We have implemented smart production operations, smart production management and smart operations management.",
     [PO, PM, OM]),
    ("We have digitalised production operation and production management and plan to apply for the basic level.",
     [PO, PM]),
    ("We have digitalised production operations (automated lines, real-time monitoring) and production management "
     "(MES, QMS).", [PO, PM]),
    ("During factory construction we installed sensors; production operation and production management are "
     "digitalised now.", [PO, PM]),
    ("Factory construction, production operation, production management and operations management have all been "
     "digitalised, R&D design has not.", [FC, PO, PM, OM]),
    ("The domains covered are production operation and production management.", [PO, PM]),
    ("数字化环节：生产作业、生产管理、运营管理。", [PO, PM, OM]),
    ("覆盖的环节有生产作业和生产管理。", [PO, PM]),
    ("已经覆盖的环节有生产作业和生产管理，运营管理还没有。", [PO, PM]),
    ("我们有智能生产作业和生产管理。", [PO, PM]),
    ("建设环节：\n1. 生产作业\n2. 生产管理\n3. 运营管理", [PO, PM, OM]),
    ("实现了生产作业、生产管理两个环节的数字化。", [PO, PM]),
    ("我们智能工厂建设、生产作业和生产管理都做了。", [FC, PO, PM]),
    ("希望以后能把研发设计也做起来，生产作业已经覆盖。", [PO]),
    ("We have covered production operation. Our production management and operations management teams are strong.",
     [PO]),
])
def test_domains_read(read, q, want):
    got = facts(read(q))
    assert "domains" in got and sorted(got["domains"]) == sorted(want), got


@pytest.mark.parametrize("q", [
    "We've digitised everything from design to delivery.",
    "We cover all six domains.",
    "Every domain except supply chain is covered.",
    "我们从设计到交付全流程都数字化了。",
    "Our customer has digitalised production operation and production management.",
    "We wish we had production management covered.",
    "Our production management team has 20 engineers. Can we apply?",
    "我们生产管理部有20个人。",
    "我们有生产作业和生产管理两个部门。",
    "我们有生产作业吗？",
    "先进级要求覆盖的环节有生产作业、生产管理、运营管理。",
    "Apart from R&D design, we have covered factory construction, production operation, production management and "
    "operations management.",
])
def test_nothing_read(read, q):
    assert "domains" not in facts(read(q))


@pytest.mark.parametrize("q", [
    "We cover production operation, production management, etc.",
    "我们目前覆盖了生产作业、生产管理等环节。",
    "We have digitalised procurement and logistics and production operation.",
    "We have a production management system and ERP. Can we apply for basic?",
    "我们的生产管理系统是自己开发的，生产作业已经覆盖。",
    "We have digitalised production operations (partly) and production management.",
    "Domains covered:\n- production operation\n- production management\n- quality",
    "Our parent group has done smart factory construction, production operation and production management.",
    "We cover production operation and, to some extent, production management.",
    "生产作业、生产管理基本都做了。",
    "We have covered production operation, production management, quality and safety.",
])
def test_asked_back(read, q):
    assert asked_back(read(q))


@pytest.fixture(scope="module")
def service():
    from kg_service.service import Service
    return Service(built_knowledge_graph())


@pytest.mark.parametrize("q,eid,status", [
    ("We've digitalised our shop-floor operations and production management. Basic level?", "att_1__sec_1", "met"),
    ("我们有智能生产作业和生产管理，能报基础级吗？", "att_1__sec_1", "met"),
    ("Covered domains:\n• production operation\n• production management\n• operations management\nCan we go for the "
     "advanced level?", "att_2__sec_1", "met"),
    ("数字化环节：生产作业、生产管理、运营管理。能报先进级吗？", "att_2__sec_1", "met"),
])
def test_status(service, q, eid, status):
    out = service.ask(q, as_of=DAY)
    made = (out.get("facts") or {}).get("decided") or []
    cond = next((x for x in made if (x.get("articles") or [None])[-1] == eid), None)
    assert cond is not None and cond["status"] == status, made
