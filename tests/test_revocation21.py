"""A recognised factory's events as letters, notices, news and chats tell them (task revocation21): another firm's
event, a parent or holding company's or a controlling shareholder's among them, is not the asker's (unless the words
say it befell the asker: "our parent merged us into …"); false papers found by an inspection and told in the third
person ("经核查，该公司存在虚报行为", "the audit found that the company had submitted false documents") are art_12
item 1's; an accident of the general grade, a quality one too, is no cause (art_12 item 3 revokes for 重大 ones); a
penalty that cost the conditions revokes (item 5) however the conditions are named; accident words side by side are
one accident, graded by its toll; 昨天 and "yesterday" name a day. Wordings are not those of
bench/qa_sets/revocation21_*.json.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ask, case_reader

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def read():
    return case_reader(TODAY)


def _kinds(case) -> list[tuple[str, dict]]:
    return [(e.type, e.details) for e in case.events]


@pytest.mark.parametrize("q", [
    "我们是先进级智能工厂，母公司去年底宣告破产，我们自己经营正常，称号有影响吗？",
    "我们是基础级智能工厂，控股股东上个月被罚了300万元，称号会不会被撤？",
    "We hold the basic-level title. Our holding company was liquidated this autumn. Are we still a smart factory?",
    "We're an advanced-level smart factory. Our parent corporation had a major environmental accident at its plant "
    "in Shandong. Is our title at risk?",
])
def test_a_parents_event_is_not_the_askers(client, read, q):
    case = read(q)
    assert case.mode == "revocation" and not case.events, _kinds(case)
    assert ask(client, q, as_of=TODAY.isoformat())["facts"]["verdict"] == "retain"


@pytest.mark.parametrize("q, kinds", [
    ("We're an advanced-level smart factory. Our parent company merged us into its Beijing subsidiary. Is the title "
     "still ours?", ["reorganised"]),
    ("我们是基础级智能工厂，被母公司吸收合并后本公司已注销，称号怎么办？", ["reorganised", "terminated"]),
])
def test_an_event_a_parent_brings_on_the_asker_is_the_askers(read, q, kinds):
    assert [e.type for e in read(q).events] == kinds, _kinds(read(q))


@pytest.mark.parametrize("q", [
    "关于某某电子有限公司先进级智能工厂称号的通报：经市经信局核查，该公司存在虚报行为。该称号如何处理？",
    "我公司系基础级智能工厂。区经信局复核时发现我公司报送的材料与实际情况不一致，称号还保留吗？",
    "We're an advanced-level smart factory. The audit found that the company had submitted false documents when it "
    "applied. Do we keep the title?",
])
def test_false_papers_found_by_an_inspection_revoke(client, read, q):
    case = read(q)
    assert [e.type for e in case.events] == ["false_information"], (_kinds(case), case.unread)
    assert ask(client, q, as_of=TODAY.isoformat())["facts"]["verdict"] == "revoke"


def test_false_figures_for_a_subsidy_stay_asked_back(read):
    case = read("关于我公司情况的说明：我公司是先进级智能工厂，经核查，我公司虚报研发投入骗取了区里的补贴。"
                "称号受影响吗？")
    assert not any(e.type == "false_information" for e in case.events), _kinds(case)


@pytest.mark.parametrize("q, kind", [
    ("我们是先进级智能工厂，这个月出了一起一般质量事故，一批轴承尺寸超差，称号会不会被撤销？", "quality"),
    ("We hold the basic-level title. In November we had a general quality incident: some gearboxes failed their "
     "final test. Is the title affected?", "quality"),
    ("张工：咱们厂是先进级的智能工厂，上周那次漏油，应急局定的是一般安全事故。\n刘总：称号要紧吗？", "safety"),
])
def test_a_general_accident_keeps_the_title(client, read, q, kind):
    case = read(q)
    assert _kinds(case) == [("accident", {"grade": "general", "kind": kind})], (_kinds(case), case.unread)
    assert ask(client, q, as_of=TODAY.isoformat())["facts"]["verdict"] == "retain"


def test_accident_words_side_by_side_are_one_accident_graded_by_its_toll(read):
    case = read("据报道，一家基础级智能工厂前天发生爆炸事故，造成15人死亡，该企业称号是否应撤销？")
    assert _kinds(case) == [("accident", {"grade": "major"})]
    assert case.events[0].date == "2026-12-05" and case.events[0].day_named


@pytest.mark.parametrize("q", [
    "我们是基础级智能工厂，因违法排污被罚，经评估已不再符合先进级智能工厂认定条件，称号怎么办？",
    "我们是基础级智能工厂，因违规被处罚，不再符合智能工厂认定条件了，怎么办？",
])
def test_a_penalty_that_cost_the_conditions_revokes(client, read, q):
    case = read(q)
    assert _kinds(case) == [("penalty", {"no_longer_meets_conditions": True})], (_kinds(case), case.unread)
    assert ask(client, q, as_of=TODAY.isoformat())["facts"]["verdict"] == "revoke"


def test_a_penalty_before_the_recognition_is_none(client, read):
    q = "我们是先进级智能工厂，评上之前罚过款，现在称号有影响吗？"
    assert not read(q).events
    assert ask(client, q, as_of=TODAY.isoformat())["facts"]["verdict"] == "retain"


def test_a_move_considered_with_nothing_changed_is_none(client):
    q = ("We're a basic-level smart factory. The board is considering re-registering the company in Tianjin, but "
         "nothing has changed yet. Is the title safe?")
    assert ask(client, q, as_of=TODAY.isoformat())["facts"]["verdict"] == "retain"


def test_yesterday_names_a_day(read):
    case = read("We hold the advanced-level title. Yesterday a fire at our plant was rated a larger safety accident. "
                "Do we keep it?")
    assert _kinds(case) == [("accident", {"grade": "larger", "kind": "safety"})]
    assert case.events[0].date == "2026-12-06"
