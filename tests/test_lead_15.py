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
