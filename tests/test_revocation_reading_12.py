"""A recognised factory's question stays a revocation case when its event is one the reader cannot place (art_12):
what it says happened ("our export licence was suspended", "董事长被留置调查了") is left unread and asked back, the
verdict not yet decidable, art_12 cited first -- never a policy answer, never a guessed cause. Plainly no cause (a
branch or plant set up elsewhere) keeps the title, quoting the item that looks at it. The title held is read however it
is said, also "we became a Beijing smart factory (advanced level)". A question of the rules that merely names
revocation states no case. The wordings are not those of bench/qa_sets/cases_revocation_12*.json.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ask, case_reader, eids

TODAY = date(2026, 6, 15)


@pytest.fixture(scope="module")
def read():
    return case_reader(TODAY)


def _facts(client, q: str) -> tuple[dict, dict]:
    body = ask(client, q, as_of=TODAY.isoformat())
    return body, body["facts"]


@pytest.mark.parametrize(("q", "words", "opening", "items"), [
    ("We were designated a basic-level smart factory in 2025. Last month our founder was detained by the police. "
     "Does that put the title at risk?", "our founder was detained by the police", "Cannot be decided yet:", {5}),
    ("Our plant became a Beijing smart factory (basic level) last year. The customs office has frozen our accounts. "
     "Do we keep the title?", "The customs office has frozen our accounts", "Cannot be decided yet:", {2, 5}),
    ("我们是去年获评的先进级智能工厂，今年董事长被留置调查了，称号会被撤销吗？", "今年董事长被留置调查了",
     "尚无法判断：", {5}),
    ("我司2025年成为北京市智能工厂（先进级），上个月遭遇了网络攻击，称号还保得住吗？", "上个月遭遇了网络攻击",
     "尚无法判断：", {1, 2, 3, 4, 5}),
])
def test_an_event_no_cue_reads_is_asked_back_not_answered_as_policy(client, q, words, opening, items):
    body, facts = _facts(client, q)
    assert facts is not None and facts["mode"] == "revocation"
    assert facts["verdict"] == "undetermined"
    assert any(words in u for u in facts["unread"]) and facts["events"] == []
    # (revoc15) the causes its words may bear on are open until the asker says what it was; the others, each needing
    # an event of its own kind, do not apply; words bearing on none of them leave every cause open
    assert {c["cause"] for c in facts["causes"] if c["status"] == "unknown"} == {f"art_12__item_{n}" for n in items}
    assert {c["status"] for c in facts["causes"] if c["cause"][-1] not in {str(n) for n in items}} <= {"does_not_apply"}
    assert eids(body)[0] == "art_12"
    assert body["answer"].startswith(opening) and words in body["answer"]
    # the open causes quoted, each with its item, and the asker asked which, if any, it is
    assert all(f"art_12__item_{n}" in body["answer"] for n in items)


def test_a_cause_that_applies_still_revokes_beside_an_unread_event(client):
    # (a chairman who resigned is told of as no cause since revoc14: one taken in for questioning is not placed)
    body, facts = _facts(client, "We were recognised as an advanced smart factory in 2025. Our chairman was detained "
                                 "and we then had an extraordinarily serious safety accident. Is the title revoked?")
    assert facts["verdict"] == "revoke"
    assert {c["cause"]: c["status"] for c in facts["causes"]}["art_12__item_3"] == "applies"
    assert "Our chairman was detained" in facts["unread"] and "Our chairman was detained" in body["answer"]


def test_an_unread_event_beside_one_that_keeps_the_title_leaves_it_open(client):
    body, facts = _facts(client, "我们是先进级智能工厂，今年发生了一起一般质量事故，另外公司被税务稽查了，"
                                 "称号会被撤销吗？")
    assert facts["verdict"] == "undetermined"
    # ("今年" names no day: none is stated, revoc17)
    assert facts["events"] == [{"type": "accident", "grade": "general", "kind": "quality"}]
    assert any("税务稽查" in u for u in facts["unread"])
    # the accident read is said to keep the title by itself, quoting the item that looks at it
    assert "一般质量事故本身不构成撤销称号的情形（art_12__item_3）" in body["answer"]


@pytest.mark.parametrize(("q", "cause"), [
    ("We became a Beijing smart factory (advanced level) in 2025 and have since set up a subsidiary in Suzhou. Is "
     "the title at risk?", "art_12__item_4"),
    ("获评基础级以后，我们在廊坊开设了一家分公司，注册地没动，称号会受影响吗？", "art_12__item_4"),
    ("We are a recognised advanced-level smart factory. This year our exports doubled. Do we keep the title?",
     "art_12"),
])
def test_what_is_plainly_no_cause_keeps_the_title(client, q, cause):
    body, facts = _facts(client, q)
    assert facts["mode"] == "revocation" and facts["verdict"] == "retain" and facts["unread"] == []
    assert eids(body)[0] == cause


@pytest.mark.parametrize(("q", "level"), [
    ("We became a Beijing smart factory (advanced level) in 2025. Our licence was later revoked by the city. Does "
     "that matter?", "advanced"),
    ("Our company became a Beijing smart factory last year, and our boss has been arrested since. What happens "
     "now?", None),
    ("We are a Beijing smart factory (basic level); our warehouse manager was injured in a fall. Do we keep it?",
     "basic"),
    ("Our plant was rated an advanced-level smart factory in 2025. The plant manager was dismissed. Is the title "
     "at risk?", "advanced"),
    ("我们是北京市智能工厂（基础级），今年被客户投诉了，有影响吗？", "basic"),
    ("公司是去年被市经信局认定的先进级智能工厂，今年被媒体批评了，称号还在吗？", "advanced"),
    ("我们挂牌先进级智能工厂以后，工厂被查封了，怎么办？", "advanced"),
])
def test_the_title_held_is_read_whether_or_not_its_event_is(read, q, level):
    r = read(q)
    assert r.mode == "revocation" and r.level == level
    # (a customer's complaint is told of as no cause, revoc14: the title held is read all the same)
    assert r.events or r.unread or r.considered


@pytest.mark.parametrize("q", [
    # states, durations and what is said of an event read beside them: nothing else happened
    "We were recognised as an advanced smart factory in 2025; the company was founded in 2010. Do we keep the title?",
    "我们挂牌基础级智能工厂已经两年了，称号还有效吗？",
    "我们已经评为先进级了，称号会不会到期？",
    "Since our recognition nothing has changed. Is the title still valid?",
    # the title's fate not asked: what happened is no event for art_12 ("is there a reward?")
    "We are a recognised advanced smart factory and have promoted our methods to six suppliers. Is there a reward?",
    "我们是先进级智能工厂，去年接待了多批参观交流，有没有补贴？",
])
def test_no_event_said_is_no_unread_event(read, q):
    r = read(q)
    assert r.unread == [] and r.events == []


@pytest.mark.parametrize("q", [
    "We had a major fire after we were recognised, but nobody has graded it yet. Is the title revoked?",
    "申报时我们虚报了产值，现在被查出来了，称号还在吗？",
])
def test_words_about_the_event_read_are_not_another_event(read, q):
    r = read(q)
    assert len(r.events) == 1 and r.unread == []


@pytest.mark.parametrize("q", [
    "What are the causes of revocation?",
    "撤销称号的情形有哪些？",
    "Which events make a recognised smart factory lose its title?",
    "我们已经是先进级智能工厂了，称号有效期到什么时候？",
    "We were recognised as a basic-level smart factory last year. Can the title be revoked?",
])
def test_a_question_of_the_rules_that_names_revocation_states_no_case(client, q):
    body, facts = _facts(client, q)
    assert facts is None or "mode" not in facts  # (what the measures leave unstated is said so: no case either)
    assert {"art_12", "art_14"} & set(eids(body)[:3])
