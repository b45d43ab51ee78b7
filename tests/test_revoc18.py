"""A recognised factory's event told in the ways askers write that earlier readings missed (task revoc18): the
title held said in the third person ("该公司系先进级智能工厂", "the firm, a certified basic-level smart factory, …",
"what happens to its title") or in mixed words ("我们是advanced level的工厂", "title还有效吗"); an accident graded by
its toll where art_12 revokes (重大 or above: 10 deaths, 50 serious injuries, 50 million yuan; 特别重大 from 30, 100,
100 million; a smaller or approximate toll grades nothing); the graders named ("the inquiry rated it a general
accident"); an event "before the recognition"; production moved with the registration kept; another firm's event
("at our neighbour's warehouse", "a fellow subsidiary of our parent group, …, was fined"); forms; and the answer
told plainly when the event is still being looked into or a penalty's effect on the conditions is unsaid. Wordings
are not those of bench/qa_sets/revoc18_*.json.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ask, case_reader

TODAY = date(2026, 9, 1)


@pytest.fixture(scope="module")
def read():
    return case_reader(TODAY)


def _kinds(case) -> list[tuple[str, dict]]:
    return [(e.type, e.details) for e in case.events]


@pytest.mark.parametrize("q, level, kind", [
    ("该公司系北京市基础级智能工厂，上个月已完成注销登记，其称号怎么处理？", "basic", "terminated"),
    ("我市一家先进级智能工厂被法院受理破产清算后宣告破产，它的称号是否还保留？", "advanced", "terminated"),
    ("The firm, a certified basic-level smart factory, was struck off the company register in June. What happens "
     "to its title?", "basic", "terminated"),
    ("One of our members, a Beijing advanced-level smart factory, has been liquidated. Does it keep its title?",
     "advanced", "terminated"),
])
def test_the_title_held_in_the_third_person(read, q, level, kind):
    case = read(q)
    assert case.mode == "revocation" and case.level == level, (case.mode, case.level)
    assert [e.type for e in case.events] == [kind], _kinds(case)


@pytest.mark.parametrize("q, level", [
    ("我们公司是advanced level的智能工厂，上个月营业执照被吊销了，title还有效吗？", "advanced"),
    ("我们是basic level的smart factory，公司已经注销了，称号还在吗？", "basic"),
])
def test_the_level_in_english_inside_chinese(read, q, level):
    case = read(q)
    assert case.mode == "revocation" and case.level == level, (case.mode, case.level)
    assert [e.type for e in case.events] == ["terminated"], _kinds(case)


@pytest.mark.parametrize("q, grade", [
    ("我们是基础级智能工厂，锅炉爆炸造成11人死亡，称号还保得住吗？", "major"),
    ("我们是先进级智能工厂，有毒气体泄漏导致55人重伤，称号会被撤销吗？", "major"),
    ("我们是先进级智能工厂，仓库火灾直接经济损失1.2亿元，称号还在吗？", "extraordinary"),
    ("We're an advanced-level smart factory. Thirty-two workers were killed in a dust explosion in our mill. Do we "
     "keep the title?", "extraordinary"),
    ("We're a basic-level smart factory. A boiler blew up and killed 12 people. Is the title at risk?", "major"),
])
def test_a_toll_that_reaches_a_revoking_grade_grades_the_accident(client, read, q, grade):
    case = read(q)
    assert [(e.type, e.details.get("grade")) for e in case.events] == [("accident", grade)], _kinds(case)
    body = ask(client, q, as_of=TODAY.isoformat())
    assert body["facts"]["verdict"] == "revoke"
    assert body["citations"][0]["eid"] == "art_12__item_3"


@pytest.mark.parametrize("q", [
    "我们是基础级智能工厂，车间起火造成两人死亡，称号会被撤销吗？",  # 一般 or more: not said which
    "我们是先进级智能工厂，爆炸事故造成近20人死亡，称号还在吗？",  # approximate: not read
    "We're a basic-level smart factory. Five workers died in a fire at our plant. Do we lose the title?",
    "We're an advanced-level smart factory. Nearly 40 people were killed in an explosion. Do we keep the title?",
])
def test_a_toll_below_the_floor_or_approximate_grades_nothing(client, read, q):
    case = read(q)
    assert [e.type for e in case.events] == ["accident"], _kinds(case)
    assert "grade" not in case.events[0].details, case.events[0].details
    assert ask(client, q, as_of=TODAY.isoformat())["facts"]["verdict"] == "undetermined"


def test_an_accident_graded_by_the_inquiry_is_one_accident(read):
    case = read("We're a basic-level smart factory. A solvent tank leaked in May; the inquiry rated it a larger "
                "environmental accident. Do we lose the title?")
    assert _kinds(case) == [("accident", {"grade": "larger", "kind": "environmental"})]


@pytest.mark.parametrize("q", [
    "We were recognised as an advanced smart factory in 2025. The major fire we had was in 2024, before the "
    "recognition. Is the title at risk?",
    "我们2025年获评基础级智能工厂，获评之前的2023年发生过一起重大安全事故，现在称号会被撤销吗？",
])
def test_an_accident_before_the_recognition_is_no_event(read, q):
    case = read(q)
    assert case.mode == "revocation" and not case.events and "accident" in case.considered, _kinds(case)


@pytest.mark.parametrize("q", [
    "We're a basic-level smart factory. We moved manufacturing to Tianjin but kept our registered office in "
    "Beijing. Is the title affected?",
    "我们是先进级智能工厂，产能全部转移到了河北，注册地没变，称号受影响吗？",
])
def test_production_moved_with_the_registration_kept_is_no_move(client, read, q):
    case = read(q)
    assert not case.events and "registered_address_moved" in case.considered, (_kinds(case), case.considered)
    body = ask(client, q, as_of=TODAY.isoformat())
    assert body["facts"]["verdict"] == "retain"
    assert body["citations"][0]["eid"] == "art_12__item_4"


@pytest.mark.parametrize("q", [
    "We're an advanced-level smart factory. An explosion happened at our supplier's plant in Hebei. Does that "
    "affect our title?",
    "We're a basic-level smart factory. A sister company of ours, registered in Tianjin, was fined heavily. Is our "
    "title at risk?",
    "我们是基础级智能工厂，兄弟公司被列入严重失信名单了，我们的称号会受影响吗？",
])
def test_another_firms_event_is_not_the_askers(client, read, q):
    case = read(q)
    assert case.mode == "revocation" and not case.events, _kinds(case)
    assert ask(client, q, as_of=TODAY.isoformat())["facts"]["verdict"] == "retain"


@pytest.mark.parametrize("q, opening", [
    ("我们是先进级智能工厂，因涉嫌违规排污被生态环境局立案调查，尚未作出处罚，称号会被撤销吗？", "尚无法判断："),
    ("We're a basic-level smart factory. A supplier has petitioned the court to declare us bankrupt; the court has "
     "not ruled yet. Is the title still valid?", "Cannot be decided yet:"),
])
def test_a_pending_procedure_is_told_as_not_settled(client, q, opening):
    body = ask(client, q, as_of=TODAY.isoformat())
    assert body["facts"]["verdict"] == "undetermined" and not body["facts"]["events"]
    first = body["answer"].split("。")[0] if opening.startswith("尚") else body["answer"].split("]")[0]
    assert first.startswith(opening)
    assert ("尚无定论" in first) or ("not settled" in first), body["answer"]


def test_a_penalty_with_the_conditions_unsaid_says_what_item_5_needs(client):
    body = ask(client, "We're an advanced-level smart factory; the customs authority fined us in July. Do we keep the "
                       "title?", as_of=TODAY.isoformat())
    assert body["facts"]["verdict"] == "undetermined"
    assert "only when it leaves the enterprise no longer meeting the recognition conditions" in body["answer"]


@pytest.mark.parametrize("q", [
    "我们的客户是北京市先进级智能工厂，他们去年出过一起重大安全事故，我们自己想申报基础级，可以吗？",
    "We want to apply for the basic level; a neighbouring advanced-level smart factory advised us. What do we need?",
    "智能工厂称号有效期多久？",
    "我们准备申报先进级，称号有效期是几年？",
])
def test_look_alikes_are_not_revocations(read, q):
    assert read(q).mode != "revocation"


@pytest.mark.parametrize("q, level, kinds", [
    ("Recognised level: basic\nIncident: a larger safety accident in April 2026\nDo we keep the title?", "basic",
     [("accident", {"grade": "larger", "kind": "safety"})]),
    ("认定级别：先进级\n事故：今年3月发生一起一般环境事故\n称号是否受影响？", "advanced",
     [("accident", {"grade": "general", "kind": "environmental"})]),
])
def test_a_form_states_the_title_and_its_label_is_no_event(read, q, level, kinds):
    case = read(q)
    assert case.mode == "revocation" and case.level == level
    assert _kinds(case) == kinds


@pytest.mark.parametrize("q", [
    "We're a basic-level smart factory. We were absorbed into our parent group and have ceased to exist as a "
    "company. Is the title still ours?",
    "我们是先进级智能工厂，被集团吸收后本公司不再存续，称号怎么办？",
])
def test_absorbed_and_gone_is_terminated(read, q):
    case = read(q)
    assert sorted(e.type for e in case.events) == ["reorganised", "terminated"], _kinds(case)
