"""A recognised factory's question read as a revocation case however it says that the title is held (art_12):
its statement ("we were named an advanced smart factory", "our plant won the basic title", "拿到先进级称号以后",
"我们是2025年认定的基础级智能工厂") dates the recognition, so that an event before it is no event after it; a
penalty's effect on the conditions said in a sentence of its own is the penalty's. The verdict is the Service's
(revoke / retain / undetermined), never guessed: an accident with no grade, or a penalty whose effect is unsaid,
is undetermined and asked back. The wordings are not those of bench/qa_sets/cases_revocation_11.json.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ask, case_reader
from tests.conftest import read_events as events

TODAY = date(2026, 6, 15)


@pytest.fixture(scope="module")
def read():
    return case_reader(TODAY)


VERDICTS = [
    # (question, verdict, the cause whose status decides it, its status)
    ("We were named an advanced-level smart factory in 2025. Our company has since been wound up. Do we keep the "
     "title?", "revoke", "art_12__item_2", "applies"),
    ("Our plant earned the basic smart factory title last year. In April an extraordinarily serious environmental "
     "accident happened there. What happens to the title?", "revoke", "art_12__item_3", "applies"),
    ("The city designated us as an advanced smart factory in 2025. Our registered seat moved to Jiangsu this spring. "
     "Is the title safe?", "revoke", "art_12__item_4", "applies"),
    ("We've held the basic smart factory certificate since 2025. A small quality incident in May was graded general. "
     "Do we lose anything?", "retain", "art_12__item_3", "does_not_apply"),
    ("Our company, an accredited basic-level smart factory, was fined by the water authority; we still qualify for "
     "recognition. Is the title at risk?", "retain", "art_12__item_5", "does_not_apply"),
    ("We made the list of Beijing advanced smart factories last year. Two workers died in a crane accident in "
     "March. Will the title be withdrawn?", "undetermined", "art_12__item_3", "unknown"),
    ("Since our designation as a basic-level smart factory, the market regulator has penalised us. Does it matter "
     "for the title?", "undetermined", "art_12__item_5", "unknown"),
    ("自从评上先进级，公司因为订单断崖式下滑已经全面停产，称号还能保住吗？", "revoke", "art_12__item_2", "applies"),
    ("我们厂是2025年获评的基础级智能工厂，上个月车间发生了重大火灾事故，会被摘牌吗？", "revoke", "art_12__item_3",
     "applies"),
    ("我们入选了北京市基础级智能工厂名单，后来发生一起较大安全事故，称号会被撤销吗？", "retain", "art_12__item_3",
     "does_not_apply"),
    ("取得先进级称号后，我们被海关处罚了一次，整改后各项认定条件仍满足，称号还在吗？", "retain", "art_12__item_5",
     "does_not_apply"),
    ("我们去年被评定为先进级智能工厂，今年被应急管理局罚款。罚款后我们已不符合认定条件，称号会怎样？", "revoke",
     "art_12__item_5", "applies"),
    ("我们已经拿到了基础级称号，今年厂里发生一起爆炸，两人受伤，称号会被撤销吗？", "undetermined", "art_12__item_3",
     "unknown"),
    ("我们是基础级智能工厂，被市场监管局罚款后，认定条件并没有受到影响，称号还在吗？", "retain", "art_12__item_5",
     "does_not_apply"),
    ("获评先进级后我们被罚款，导致达不到认定条件，称号会被撤销吗？", "revoke", "art_12__item_5", "applies"),
]


@pytest.mark.parametrize(("q", "verdict", "cause", "status"), VERDICTS, ids=[v[0][:40] for v in VERDICTS])
def test_a_held_title_said_in_many_ways_is_decided(client, q, verdict, cause, status):
    facts = ask(client, q, as_of=TODAY.isoformat())["facts"]
    assert facts["mode"] == "revocation"
    assert facts["verdict"] == verdict
    assert {c["cause"]: c["status"] for c in facts["causes"]}[cause] == status


@pytest.mark.parametrize(("q", "want"), [
    # the statement that the title is held, with the event in the past tense, passive, dated or not
    ("We were recognised as a basic smart factory in 2025. Last month we were declared insolvent.",
     [{"type": "terminated"}]),
    ("The advanced smart factory title was conferred on us last year; the bureau later found our application data "
     "had been falsified.", [{"type": "false_information"}]),
    ("Our basic-level smart factory certification was issued in 2025. We merged with a sister company this year.",
     [{"type": "reorganised"}]),
    ("自从获评基础级，我们公司改了名字，称号怎么处理？", [{"type": "renamed"}]),
    ("我们的先进级称号是去年拿到的，今年公司被吊销营业执照了。", [{"type": "terminated"}]),
    ("We passed the advanced-level smart factory review and were recognised in 2025. A spill then happened, rated a "
     "larger environmental incident.", [{"type": "accident", "grade": "larger", "kind": "environmental"}]),
    ("Having become an advanced smart factory last year, we were later struck off the register.",
     [{"type": "terminated"}]),
    ("I run a Beijing advanced-level smart factory. The labour bureau handed us a 50,000 yuan fine.",
     [{"type": "penalty"}]),
    ("我们前年已由基础级晋升为先进级，今年公司被注销了。", [{"type": "terminated"}]),
    # the penalty's effect said in a sentence of its own after it
    ("We hold the basic title and were fined by the tax bureau in March. As a result we no longer meet the "
     "recognition conditions.", [{"type": "penalty", "no_longer_meets_conditions": True}]),
])
def test_the_holding_statement_makes_a_revocation_case(read, q, want):
    r = read(q)
    assert r.mode == "revocation"
    assert events(r) == want


@pytest.mark.parametrize(("q", "day"), [
    ("We won the advanced title in October 2025. A major fire broke out at our plant in May 2025.", "2025-10"),
    ("The basic smart factory title was granted to us in September 2025; we had a major spill in 2024.", "2025-09"),
    ("我们的先进级称号是2025年9月拿到的，2025年3月发生过重大事故。", "2025-09"),
])
def test_the_holding_statement_dates_the_recognition(read, client, q, day):
    r = read(q)
    assert r.recognised is not None and r.recognised.value.startswith(day)
    # the accident before the recognition is no event after it: art_12 does not revoke for it
    facts = ask(client, q, as_of=TODAY.isoformat())["facts"]
    assert facts["verdict"] == "retain"


@pytest.mark.parametrize("q", [
    "We hold the advanced title. Prior to our certification we had a major safety accident. Is the title at risk?",
    "我们是先进级智能工厂，获评之前曾发生过一起重大环境事故，称号会被撤销吗？",
])
def test_an_event_before_the_recognition_is_told_of_not_read(read, client, q):
    r = read(q)
    assert r.mode == "revocation" and r.events == [] and "accident" in r.considered
    assert ask(client, q, as_of=TODAY.isoformat())["facts"]["verdict"] == "retain"


def test_false_information_before_the_recognition_still_revokes(client):
    facts = ask(client, "获评基础级后，发现我们申报前伪造了审计报告，称号还在吗？", as_of=TODAY.isoformat())["facts"]
    assert facts["verdict"] == "revoke"


@pytest.mark.parametrize("q", [
    "We want to be upgraded to advanced. What do we need?",
    "What documents do we have to submit to get advanced status? Our networking rate is 70%.",
    "我们获得先进级称号需要什么条件？我们的设备联网率是60%。",
    "我们想从基础级升到先进级，需要什么条件？",
    "How can we get the advanced title?",
    "If we were recognised as an advanced smart factory, would we get funding?",
    "We were certified to ISO 9001 in 2024 and our NC rate is 72%. Can we apply for the advanced level?",
    "We are a smart factory in Daxing with 300 staff; can we apply for the advanced level?",
    "We were recognised as a national high-tech enterprise in 2023. Can we apply for basic?",
    "We got the basic title last year and now want to apply for the advanced level. What do we need?",
    "如何拿到先进级称号？",
    "我们被评为先进级需要什么条件？",
    "我们去年拿到了基础级称号，今年想申报先进级，需要什么条件？",
])
def test_what_is_no_held_title_is_no_revocation_case(read, q):
    assert read(q).mode != "revocation"


@pytest.mark.parametrize("q", [
    "Since being recognised as advanced-level in 2025, we received a small fine of 5,000 yuan for a fire-safety "
    "sign issue; our conditions are unaffected. Do we lose the title?",
    "We were certified as a basic-level smart factory in 2025. In March 2026 we were fined by the tax bureau; it "
    "did not affect our recognition conditions. Do we keep the title?",
])
def test_a_penalty_said_to_leave_the_conditions_unaffected_keeps_the_title(client, q):
    facts = client.get("/ask", params={"q": q, "as_of": "2026-06-15"}).json()["facts"]
    assert facts["mode"] == "revocation" and facts["verdict"] == "retain"


@pytest.mark.parametrize(("q", "words"), [
    ("As a recognised advanced smart factory, we expanded our production capacity this year. Will this affect our "
     "recognition?", "growing or renewing itself"),
    ("我们去年获评先进级智能工厂，今年新增了两条生产线，会影响称号吗？", "工厂自身的发展"),
    ("We have been a certified basic-level smart factory since 2025 and added new production lines in 2026. "
     "Do we keep the title?", "growing or renewing itself"),
    # growth said of capacity or scale ("产能扩大了一倍"): no event left unread beside it
    ("我们获评先进级后新建了一条产线，产能扩大了一倍，会影响称号吗？", "工厂自身的发展"),
    ("We were recognised as advanced in 2025; since then our capacity has doubled. Does that affect the title?",
     "growing or renewing itself"),
])
def test_the_factory_growing_is_no_cause_and_is_said_so(client, q, words):
    body = client.get("/ask", params={"q": q, "as_of": "2026-06-15"}).json()
    assert body["facts"]["mode"] == "revocation" and body["facts"]["verdict"] == "retain"
    assert words in body["answer"] and "shareholders" not in body["answer"]


@pytest.mark.parametrize(("q", "verdict"), [
    # a stop said to be over is temporary: not "unable to operate normally"; a stop alone still is
    ("我们是先进级智能工厂，今年因为订单减少停产了两个月，现已复产，称号会被撤销吗？", "retain"),
    ("We are a recognised advanced smart factory. We stopped production for two months this year because orders "
     "fell, and have since resumed production. Do we lose the title?", "retain"),
    ("We are a recognised advanced smart factory. We shut down in March and are not producing. Do we lose the "
     "title?", "revoke"),
])
def test_a_stop_said_to_be_over_keeps_the_title(client, q, verdict):
    facts = client.get("/ask", params={"q": q, "as_of": "2026-06-15"}).json()["facts"]
    assert facts["mode"] == "revocation" and facts["verdict"] == verdict


@pytest.mark.parametrize(("q", "verdict"), [
    ("我们2025年成为北京市先进级智能工厂，今年发生一起一般安全事故，称号有风险吗？", "retain"),
    ("我们2025年成为北京市先进级智能工厂，今年发生一起重大安全事故，称号有风险吗？", "revoke"),
])
def test_becoming_a_smart_factory_in_a_past_year_holds_the_title(client, q, verdict):
    facts = client.get("/ask", params={"q": q, "as_of": "2026-06-15"}).json()["facts"]
    assert facts["mode"] == "revocation" and facts["verdict"] == verdict


def test_wanting_to_become_one_is_no_title_held(client):
    facts = client.get("/ask", params={"q": "我们想在2027年成为先进级智能工厂，需要满足什么条件？",
                                       "as_of": "2026-06-15"}).json()["facts"]
    assert facts is None or facts["mode"] != "revocation"
