"""A recognised factory saying it holds the title in short words (task recognised17): "评上过基础级",
"我们是先进级" without 智能工厂, "工厂还是基础级的", "我们这家先进级工厂", "先进级会不会被撤", "称号要不要重新评",
"we're advanced level", "we used to be a basic-level smart factory", "at our basic-level site", "our
advanced-level recognition" — with an event told, asked of or not, it is a revocation question (art_12). What only
looks like it stays an eligibility question: an application, a filing, a rule asked, a supposition, "我们算基础级吗".
Wordings are not those of bench/qa_sets/recognised17_*.json.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ask, case_reader, eids

TODAY = date(2026, 9, 1)


@pytest.fixture(scope="module")
def read():
    return case_reader(TODAY)


@pytest.mark.parametrize(("q", "level", "events"), [
    ("去年评上过先进级，现在公司进入破产程序了。", "advanced", ["terminated"]),
    ("车间爆炸被认定为重大生产安全事故，我们是先进级。", "advanced", ["accident"]),
    ("工厂还是基础级的，公司名称变了，有影响吗", "basic", ["renamed"]),
    ("我们这家先进级工厂的注册地从北京迁到了江苏。", "advanced", ["registered_address_moved"]),
    ("注册地址从丰台迁到了通州，先进级的称号要不要重新评？", "advanced", ["registered_address_moved"]),
    ("我们是基础级，董事长退休了，会不会被撤？", "basic", []),
    ("We're advanced level. The court declared the company bankrupt.", "advanced", ["terminated"]),
    ("We used to be a basic-level smart factory, and the company has been dissolved.", "basic", ["terminated"]),
    ("At our basic-level site a major environmental accident happened. Is the title at risk?", "basic", ["accident"]),
    ("Our advanced-level recognition: our registered address moved from Beijing to Tianjin.", "advanced",
     ["registered_address_moved"]),
])
def test_the_title_held_in_short_words_is_a_revocation_question(read, q, level, events):
    case = read(q)
    assert case.mode == "revocation" and case.level == level
    assert [e.type for e in case.events] == events


@pytest.mark.parametrize("q", [
    "我们是基础级，想申报先进级，联网率85%够吗",
    "我们打算评先进级",
    "先进级需要满足哪些条件",
    "我们算基础级吗",
    "什么样的工厂是先进级？",
    "我们的基础级申请还在审核，数控化率70%够吗",
    "If we were basic level, could we move up to advanced?",
    "We are applying for the advanced level. Is 80% networking enough?",
    "Our basic-level filing was done in 2025; can we apply for advanced?",
    "After our advanced-level factory is recognised, what must we report each year?",
    "Are we basic level?",
])
def test_an_eligibility_look_alike_is_not_revocation(read, q):
    assert read(q).mode != "revocation"


def test_a_statement_with_no_question_is_decided(client):
    body = ask(client, "我们是基础级，公司营业执照被吊销了。", as_of=TODAY.isoformat())
    assert body["facts"]["mode"] == "revocation" and body["facts"]["verdict"] == "revoke"
    assert eids(body)[0] == "art_12__item_2"


def test_a_plain_change_told_keeps_the_title(client):
    body = ask(client, "We're basic level and our chairman retired. Do we keep the title?", as_of=TODAY.isoformat())
    assert body["facts"]["mode"] == "revocation" and body["facts"]["verdict"] == "retain"
    assert eids(body)[0] == "art_12"


def test_set_a_look_alikes_are_not_revocation(read):
    """The eligibility look-alikes of set A (``not_revocation``: bench/revocation_eval.py scores only revocation)."""
    import json
    from pathlib import Path

    data = json.loads((Path(__file__).resolve().parent.parent / "bench" / "qa_sets" / "recognised17_a.json")
                      .read_text(encoding="utf-8"))
    assert [q for q in data["not_revocation"] if read(q).mode == "revocation"] == []
