"""A recognised factory stating what happens in plain words, with no word of its past (no 了 or 被, an English
present or a bare noun phrase), and asking of its title (task revoc16): a revocation question all the same. What no
item of art_12 names (a manager leaving, a listing planned, a stake sold, new auditors, hiring) keeps the title; what
may be a cause (a bank calling in loans, wages unpaid, a court freezing accounts, an inspection or a probe) leaves
the causes its words bear on open and asks them back, never a "retain". A state ("注册在北京", "registered in
Beijing") and words speaking again of an accident read ("its grade is still being investigated") tell no event.
Wordings are not those of bench/qa_sets/revoc16_*.json.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ask, case_reader, eids

TODAY = date(2026, 9, 1)
ITEMS = [f"art_12__item_{n}" for n in range(1, 6)]


@pytest.fixture(scope="module")
def read():
    return case_reader(TODAY)


def _asked(client, q: str) -> tuple[dict, dict]:
    body = ask(client, q, as_of=TODAY.isoformat())
    return body, body["facts"]


def _statuses(facts: dict) -> dict[str, str]:
    return {c["cause"]: c["status"] for c in facts["causes"]}


def _open(*items: int) -> dict[str, str]:
    return {c: ("unknown" if int(c[-1]) in items else "does_not_apply") for c in ITEMS}


@pytest.mark.parametrize(("q", "level"), [
    ("我们是先进级智能工厂，副董事长退休，称号还有效吗？", "advanced"),
    ("我们是基础级智能工厂，公司打算明年在创业板上市，称号会不会被取消？", "basic"),
    ("基础级智能工厂，老总换人，牌子能保住吗？", "basic"),
    ("我们是先进级智能工厂，大股东减持部分股份，称号受影响吗？", "advanced"),
    ("We are a basic-level smart factory. Our plant manager retires in June. Do we keep the title?", "basic"),
    ("We're an advanced-level smart factory and the founder sells his stake to a private equity fund. Is the title "
     "affected?", "advanced"),
    ("We are a basic-level smart factory. Change of general manager this autumn. Will we lose the title?", "basic"),
    ("We're an advanced-level smart factory and we are recruiting 50 new engineers. Is our title at risk?",
     "advanced"),
])
def test_a_plain_change_no_item_names_keeps_the_title(client, read, q, level):
    case = read(q)
    assert case.mode == "revocation" and case.level == level
    assert not case.events and not case.unread
    body, facts = _asked(client, q)
    assert facts["mode"] == "revocation" and facts["verdict"] == "retain"
    assert _statuses(facts) == _open()
    assert eids(body)[0] == "art_12"
    assert body["answer"].startswith(("称号不会因此被撤销", "The title is not revoked"))


@pytest.mark.parametrize(("q", "items"), [
    ("我们是基础级智能工厂，银行断贷，称号还保得住吗？", (2,)),
    ("我们是先进级智能工厂，连续三个月发不出工资，称号会受影响吗？", (2,)),
    ("我们是基础级智能工厂，法院查封厂房，称号会不会被撤销？", (2, 5)),
    ("我们是先进级智能工厂，应急管理局来检查，称号有影响吗？", (5,)),
    ("We are a basic-level smart factory. Our bank is calling in a loan. Do we keep the title?", (2,)),
    ("We're an advanced-level smart factory and the customs authority is investigating us. Is the title at risk?",
     (5,)),
])
def test_a_plain_statement_that_may_be_a_cause_is_asked_back(client, read, q, items):
    case = read(q)
    assert case.mode == "revocation" and not case.events
    assert [a for a in case.unread]  # the words are asked back, never read as no cause
    _, facts = _asked(client, q)
    assert facts["mode"] == "revocation" and facts["verdict"] == "undetermined"
    assert _statuses(facts) == _open(*items)


@pytest.mark.parametrize("q", [
    "我们是基础级智能工厂，公司注册在北京，称号有影响吗？",
    "We are a basic-level smart factory registered in Beijing. Do we keep the title?",
])
def test_a_state_tells_no_event(read, q):
    case = read(q)
    assert case.mode == "revocation" and not case.events and not case.unread


def test_an_accident_spoken_of_again_is_not_a_second_event(read):
    case = read("Our basic-level smart factory had a chemical leak; the grade of it is still under investigation. "
                "Is the title at risk?")
    assert [e.type for e in case.events] == ["accident"] and not case.unread


def test_a_plain_cause_beside_a_change_that_is_none_stays_open(client):
    _, facts = _asked(client, "我们是先进级智能工厂，公司改名，同时银行抽贷，称号还有效吗？")
    assert facts["verdict"] == "undetermined"
    assert _statuses(facts) == _open(2)
