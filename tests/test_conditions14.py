"""Reading stated cases, fourteenth wave (task conditions14): several facts of art_5 stated at once, with the negations
and aspects managers write. Two negations affirm ("并非没有", "it is not that we lack"); an accident or a penalty
denied after its words ("事故均未发生", "处罚一次也没有"); no domain covered ("五个环节均未开展", "none of the five
domains", with an exception after it only that one); a verb after "and" with its subject left out is a statement of its
own that a negation before the joiner does not reach ("no accidents and have good credit"); a Chinese name in an
English question and an English one in a Chinese question ("registered in 北京市通州区", "NC rate 76%"); "2个多亿" is
a bound; "data security risks", losses "in both" years, "formal production", "the building". What stays unread stays
so. bench/qa_sets/cases_conditions_14*.json score the same at scale."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

DAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


def asked_back(reading, field: str) -> bool:
    return field not in facts(reading) and any(field in a.fields for a in reading.asks.values())


@pytest.mark.parametrize("q,want", [
    # two negations in a row affirm
    ("我们不是没有组织机制，去年就成立了数字化转型办公室，能报吗？", {"organization_mechanism": True}),
    ("Our plant is not without a specialist automation team, and our finances are sound. Basic?",
     {"talent_team": True, "finances_sound_3y": True}),
    # a denial after the words of the events
    ("过去三年，安全事故、环保事故、质量事故一起都没有发生过，能报基础级吗？", {"incidents": []}),
    ("我们厂行政处罚从来没有过，信用记录良好，能报吗？", {"violations": [], "bad_credit_record": False}),
    # no domain at all, or none but the one excepted
    ("我们所有环节都还没开展数字化，能报基础级吗？", {"domains": []}),
    ("We haven't digitalised any of the construction domains so far. Basic level?", {"domains": []}),
    ("None of our construction domains is digitalised except production management. Basic?",
     {"domains": ["production_management"]}),
    # two verbs after a name denied ("还没有做数字化"): not covered
    ("运营管理这块还没有做信息化，生产作业和生产管理都做了，能报吗？",
     {"domains": ["production_operation", "production_management"]}),
    # the subject left out after "and": the negation before does not reach it
    ("We have had no fines and maintain a clean credit record. Basic level?",
     {"violations": [], "bad_credit_record": False}),
    # names in the other script
    ("Our company is registered in 北京市昌平区 and our revenue is 2.2亿元. Basic?",
     {"registration.province": "北京市", "registration.district": "昌平区", "annual_revenue_10k_cny": 22000}),
    ("我们设备联网率68%，NC rate 74%，成熟度level 2，能报吗？",
     {"indicators.equipment_networking_rate": 68, "indicators.key_process_nc_rate": 74, "maturity_level": 2}),
    # wordings
    ("Our data security risks are fully under control. Can we apply?", {"cyber_data_risk_controllable": True}),
    ("We ran at a loss in both 2024 and 2025. Can we apply?", {"finances_sound_3y": False}),
    ("The new plant was completed last year but has not gone into official production. Can we apply?",
     {"factory_built": True, "factory_in_operation": False}),
    ("Our factory building is completed and production has not started yet. Basic?",
     {"factory_built": True, "factory_in_operation": False}),
    ("新厂房年初完工，到现在也没有正式量产，能报吗？", {"factory_built": True, "factory_in_operation": False}),
    ("二期工厂还在施工，公司是独立法人，能报吗？",
     {"factory_built": False, "factory_in_operation": False, "independent_legal_person": True}),
    ("我们成立了数字化转型工作专班，能报吗？", {"organization_mechanism": True}),
    ("We are an independently incorporated company. Basic?", {"independent_legal_person": True}),
    # "这两块" before a negation after the names
    ("研发设计、运营管理这两块还没做，其余的生产作业、生产管理、工厂建设都做了，能报吗？",
     {"domains": ["production_operation", "production_management", "factory_construction"]}),
])
def test_stated_together_read(read, q, want):
    got = facts(read(q))
    for k, v in want.items():
        assert got.get(k) == v, (k, got)


@pytest.mark.parametrize("q,field", [
    ("我们年营收有3个多亿，能报基础级吗？", "annual_revenue_10k_cny"),  # a bound
    # a negation before "and" then a thing without its verb: whether the negation reaches it is not said
    ("We have no accidents and a dedicated smart manufacturing team. Can we apply?", "talent_team"),
    # "none" beside a domain named outside any exception: the words do not square
    ("None of the five domains has been digitalised, production operation is done. Basic?", "domains"),
])
def test_unsettled_is_asked_back(read, q, field):
    assert asked_back(read(q), field)


@pytest.mark.parametrize("q", [
    # a negation after the names that is not read as theirs: never read as covered
    "工厂建设和研发设计我们压根就还没弄，能报吗？",
    "工厂建设、研发设计这两块目前都还没做起来过，生产作业做了，能报吗？",
])
def test_domains_denied_after_never_covered(read, q):
    got = facts(read(q)).get("domains") or []
    assert "factory_construction" not in got and "rd_design" not in got, got


@pytest.mark.parametrize("q,field", [
    ("我们近三年并非每年都盈利，能报吗？", "finances_sound_3y"),  # one negation: not "sound", not "not sound"
    ("我们去年发生过一起事故，处理得当，没有造成损失，能报吗？", "incidents"),  # an accident, not none
    ("The accident last year was handled; none were hurt. Basic?", "incidents"),
])
def test_not_read_wrongly(read, q, field):
    got = facts(read(q))
    # one negation is not two ("并非每年都盈利": not read), and an accident with a clause of "no loss" after it is
    # an accident, not none
    assert field not in got if field == "finances_sound_3y" else got.get(field) != [], got
