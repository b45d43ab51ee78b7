"""A recognised factory's title asked of in indirect words, and events whose telling decides the item
(task revoc22): the title held said as "title holder", "made the … list", a badge kept or lost,
"会被取消称号/资格", "disqualified"; a move or an end only planned is none (unless the sentence
supposes it done: "如果搬了", decided as asked); where a move started ("迁出海淀", "out of
Chaoyang") is no destination; the enterprise said to have moved with neither its registration nor its
plant named is asked back beyond Beijing, no cause within it; "cannot continue operating" and "not
produced anything for ten months" are an inability to operate; what was done after an event read
("we paid compensation") is no other event; a refusal of a review is something done, asked back;
"拿到…小巨人称号" is ordinary business. Wordings are not those of bench/qa_sets/revoc22_*.json.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ask, case_reader

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def read():
    return case_reader(TODAY)


def _facts(client, q: str) -> dict:
    return ask(client, q, as_of=TODAY.isoformat())["facts"] or {}


@pytest.mark.parametrize("q, level", [
    ("We are the title holder (basic level). Can we keep the badge after a major safety accident in June?", "basic"),
    ("Our company made the Beijing advanced-level smart factory list in 2025. In May there was a major quality "
     "accident. Is the plaque at risk?", "advanced"),
    ("我们是北京市基础级智能工厂，7月发生一起重大环境事故，会不会被取消资格？", "basic"),
])
def test_the_title_held_said_indirectly_is_a_revocation(client, read, q, level):
    case = read(q)
    assert case.mode == "revocation" and case.level == level
    f = _facts(client, q)
    assert f["verdict"] == "revoke" and f["events"][0]["grade"] == "major"
    assert any(c["cause"] == "art_12__item_3" and c["status"] == "applies" for c in f["causes"])


@pytest.mark.parametrize("q", [
    "We were added to the list of dishonest judgment debtors last year. Can we still apply for the basic level?",
    "我们想申报先进级智能工厂，去年发生过一起较大安全事故，还能申报吗？",
])
def test_an_applicant_is_no_recognised_factory(read, q):
    assert read(q).mode != "revocation"


@pytest.mark.parametrize("q, kind", [
    ("我们是先进级智能工厂，公司打算明年把注册地迁到河北，称号现在受影响吗？", "registered_address_moved"),
    ("We hold the basic-level title. The board is considering liquidating the company next year. Is the title "
     "affected now?", "terminated"),
])
def test_an_event_only_planned_is_none(client, read, q, kind):
    case = read(q)
    assert case.mode == "revocation" and not case.events and kind in case.considered
    assert _facts(client, q)["verdict"] == "retain"


def test_a_planned_move_supposed_done_is_read_as_the_move(read):
    case = read("我们是基础级智能工厂，打算把注册地迁到天津，如果迁了会被撤销称号吗？")
    assert [(e.type, e.details.get("province")) for e in case.events] == [("registered_address_moved", "天津市")]


@pytest.mark.parametrize("q", [
    "我们是先进级智能工厂，今年把公司注册地迁出了朝阳，称号会被撤销吗？",
    "We hold the basic-level title. This year we moved the registered office out of Haidian. Do we keep the title?",
])
def test_where_a_move_started_is_no_destination(client, read, q):
    case = read(q)
    assert [e.type for e in case.events] == ["registered_address_moved"]
    assert "province" not in case.events[0].details  # 朝阳 / Haidian is where it left, not where it went
    f = _facts(client, q)
    assert f["verdict"] == "undetermined"
    assert any(c["cause"] == "art_12__item_4" and c["status"] == "unknown" for c in f["causes"])


@pytest.mark.parametrize("q, verdict", [
    ("我们是北京市先进级智能工厂，今年公司搬到了河北，称号还有效吗？", "undetermined"),
    ("We hold the advanced-level title. We moved to Tianjin in August. Do we keep the title?", "undetermined"),
    ("我们是北京市基础级智能工厂，今年公司从东城搬到了昌平，称号还有效吗？", "retain"),
])
def test_the_enterprise_moved_with_no_registration_named(client, read, q, verdict):
    case = read(q)
    assert not case.events  # never taken for a move of the registration
    f = _facts(client, q)
    assert f["mode"] == "revocation" and f["verdict"] == verdict
    if verdict == "undetermined":
        assert f["unread"] and any(c["cause"] == "art_12__item_4" and c["status"] == "unknown" for c in f["causes"])


@pytest.mark.parametrize("q", [
    "We are a recognised advanced-level smart factory. We have not shipped any products for eight months and are "
    "unable to continue operations. Can we keep the title?",
    "Our plant, a Beijing basic-level smart factory, can no longer keep operating after losing its main customer. "
    "Will we lose the title?",
])
def test_an_inability_to_operate_said_in_other_words(client, read, q):
    assert [e.type for e in read(q).events] == ["unable_to_operate"]
    assert _facts(client, q)["verdict"] == "revoke"


@pytest.mark.parametrize("q", [
    "We hold the basic-level title. In April a forklift accident was graded a general safety accident; we paid "
    "compensation to the injured worker. Do we keep the title?",
    "我们是先进级智能工厂，8月发生一起一般质量事故，已经赔偿客户并整改到位，称号会被撤销吗？",
])
def test_what_was_done_after_an_event_is_no_other_event(client, read, q):
    case = read(q)
    assert [(e.type, e.details.get("grade")) for e in case.events] == [("accident", "general")]
    assert not case.unread
    assert _facts(client, q)["verdict"] == "retain"


def test_a_refused_review_is_asked_back(client, read):
    q = "我们是北京市先进级智能工厂，区里复核时我们拒不配合检查，称号会被取消吗？"
    case = read(q)
    assert case.mode == "revocation" and not case.events and case.unread
    assert _facts(client, q)["verdict"] == "undetermined"


def test_another_scheme_title_won_is_ordinary_business(client, read):
    q = "我们是先进级智能工厂，今年拿下了国家级专精特新小巨人称号，智能工厂称号还能保留吗？"
    case = read(q)
    assert case.mode == "revocation" and not case.events and "business" in case.considered
    assert _facts(client, q)["verdict"] == "retain"


def test_a_dishonesty_list_is_a_penalty(client):
    f = _facts(client, "We're a smart factory title holder at the basic level. In October we were put on the "
                       "serious dishonesty list. Can we keep the title?")
    assert [e["type"] for e in f["events"]] == ["penalty"] and f["verdict"] == "undetermined"


@pytest.mark.parametrize("q", [
    "We were shortlisted and later confirmed as a Beijing basic-level smart factory in 2025. In June we had a general "
    "quality accident. Do we keep the title?",
    "The city bureau recognised our factory as a basic-level smart factory last year. A general safety accident "
    "happened in April. Is the title at risk?",
    "We earned recognition as an advanced-level smart factory in 2025. In May a general environmental accident "
    "occurred. Does the title stand?",
    "Our plant received the basic-level smart factory title from the municipal bureau in 2025. A larger safety "
    "accident happened in August. Can we keep the title?",
    "我们2025年通过了基础级智能工厂评审，今年6月发生一起一般质量事故，称号受影响吗？",
    "去年我们入选了北京市基础级智能工厂，今年发生了一起较大环境事故，称号会被摘牌吗？",
    "我们是2025年公示的北京市基础级智能工厂，今年被罚款，但各项认定条件仍然满足，还能保持称号吗？",
])
def test_the_recognitions_own_words_are_no_event(client, read, q):
    case = read(q)
    assert case.mode == "revocation" and not case.unread, case.unread
    assert _facts(client, q)["verdict"] == "retain"


@pytest.mark.parametrize("q", [
    "We hold the advanced-level title. We intend to shut the plant down next year. Is the title affected today?",
    "我们是先进级智能工厂，公司准备明年关闭工厂，现在称号会受影响吗？",
])
def test_a_closure_only_planned_keeps_the_title(client, read, q):
    case = read(q)
    assert case.mode == "revocation" and not case.events and not case.unread
    assert _facts(client, q)["verdict"] == "retain"
