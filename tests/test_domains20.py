"""Reading the construction domains, twentieth wave (task domains20): a list said covered with no person
("生产作业和生产管理已覆盖，运营管理还没有", "production operation and production management are covered, operations
management not yet": the list named covered, as the project reads a partial list), "只有X没做" after a list ("生产作业、
生产管理都做了，只有研发设计没做": every domain but X), "all but X", "in place", "done:"/"not yet:" labels and a bare
"done"/"not yet" after each name. Never guessed: a supposition ("如果…都覆盖了"), a rule asked of ("does production
operation have to be covered?"), a rule's wording ("基础级要求生产作业已覆盖", "covered in annex 1"), a member left
unnamed ("还有一个没做"). bench/qa_sets/domains20_{a,b}.json score the same at scale."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

DAY = date(2026, 6, 1)
FC, RD, PO, PM, OM = ("factory_construction", "rd_design", "production_operation", "production_management",
                      "operations_management")
ALL = [FC, RD, PO, PM, OM]


def but(*out: str) -> list[str]:
    return [k for k in ALL if k not in out]


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


def asked_back(reading) -> bool:
    return "domains" not in facts(reading) and any("domains" in a.fields for a in reading.asks.values())


@pytest.mark.parametrize("q,want", [
    ("Production operation and production management are covered, operations management not yet.", [PO, PM]),
    ("生产作业和生产管理已覆盖，运营管理还没有。", [PO, PM]),
    ("工厂建设、生产作业都已数字化，研发设计还没做。", [FC, PO]),
    ("生产作业、生产管理都做了，只有研发设计没做，能报先进级吗？", but(RD)),
    ("我们工厂建设、研发设计、生产作业都做了，只有运营管理没做，能报吗？", but(OM)),
    ("Production operation, production management and operations management are in place. Can we apply?",
     [PO, PM, OM]),
    ("Factory construction and production operation are in place; R&D design is not.", [FC, PO]),
    ("We have digitalised all but R&D design. Advanced?", but(RD)),
    ("Done: production operation, production management. Not yet: operations management.", [PO, PM]),
    ("Our domains: production operation done, production management done, R&D design not yet.", [PO, PM]),
    ("We cover production operation and production management but operations management not yet.", [PO, PM]),
    ("研发设计没做，其他四个环节都做了。", but(RD)),
])
def test_domains_read(read, q, want):
    got = facts(read(q))
    assert sorted(got.get("domains", [])) == sorted(want) and "domains" in got, got


@pytest.mark.parametrize("q", [
    "如果生产作业和生产管理都覆盖了，能报基础级吗？",
    "If production operation is covered, is that enough for basic?",
    "Does production operation have to be covered for the basic level?",
    "基础级要求生产作业已覆盖。",
    "先进级要求生产作业、生产管理、运营管理三个环节都已覆盖。",
    "Production operation is covered in annex 1 of the measures.",
    "按照文件，生产作业、生产管理和运营管理都覆盖了才能报先进级。",
    "生产作业已覆盖的企业能报基础级吗？",
    "Our sister plant has production operation and production management covered. Can we apply?",
])
def test_nothing_read(read, q):
    assert "domains" not in facts(read(q))


@pytest.mark.parametrize("q", [
    "生产作业、生产管理都做了，还有一个没做，能报吗？",
    "We have done everything except design. Can we apply?",
])
def test_asked_back(read, q):
    assert asked_back(read(q))
