"""Events after recognition said the way a firm says them (art_12): read as the revocation request's events,
or as what art_12 looks at but is no cause, or left without the value that decides (a grade, a place) so
that it is asked back, never guessed. The wordings here are not those of bench/qa_sets/cases_revocation_4.json
(the set these cues were written for): they test that the cues are general, not the set's sentences.
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


EVENTS = [
    # item 1: the application's data made larger than it was, or papers not genuine; the soft words only of
    # the application
    ("获评基础级后，上级检查发现我们申请材料里的数控化率虚增了十个百分点，称号会怎样？",
     [{"type": "false_information"}]),
    ("认定为先进级以后，被查出申报时提交的财务数据不真实，称号还在吗？", [{"type": "false_information"}]),
    ("We hold the advanced title. It emerged that the KPI figures in our application had been exaggerated. Is the "
     "title revoked?", [{"type": "false_information"}]),
    ("Since we were recognised as basic-level, an inspection showed that we had overstated our output when we applied. "
     "Do we keep the title?", [{"type": "false_information"}]),
    # item 2: the business cannot go on
    ("拿到先进级称号以后，公司经营难以为继，工厂基本停摆，称号还保得住吗？", [{"type": "unable_to_operate"}]),
    ("We hold the basic title, but we could no longer continue production after the bank called in our loans. Is it "
     "revoked?", [{"type": "unable_to_operate"}]),
    # item 5: a credit blacklist, a warning, an order to stop, a confiscation: penalties, whose effect on the
    # conditions is for the authorities to judge
    ("获评基础级后，我们被法院列为失信被执行人，称号会被撤销吗？", [{"type": "penalty"}]),
    ("认定为先进级以后，我们被生态环境局责令停产整改一个月，称号还在吗？", [{"type": "penalty"}]),
    ("We hold the advanced title and were ordered to halt production for two weeks by the emergency management "
     "bureau. Does that cost us the title?", [{"type": "penalty"}]),
    ("We hold the basic title. We received a written warning from the fire department. Is the title at risk?",
     [{"type": "penalty"}]),
    ("We're an advanced-level smart factory and the customs confiscated a shipment of ours. Do we keep the title?",
     [{"type": "penalty"}]),
    # 没收 is no negation: the fine beside it is read
    ("我们是先进级智能工厂，质监局没收了违法所得，称号会被撤销吗？", [{"type": "penalty"}]),
    # item 5's conditions said after them, in the other order
    ("获评基础级后被税务局罚款，但认定条件我们都仍然满足，称号还在吗？",
     [{"type": "penalty", "no_longer_meets_conditions": False}]),
    ("获评先进级后被罚款，认定条件已经不再满足了，称号会被撤销吗？",
     [{"type": "penalty", "no_longer_meets_conditions": True}]),
    # renamed, reorganised: told of the obligation, no cause
    ("我们是基础级智能工厂，去年换了企业名称，称号还有效吗？", [{"type": "renamed"}]),
    ("我们是先进级智能工厂，今年被一家央企收购了，称号还有效吗？", [{"type": "reorganised"}]),
    ("We hold the advanced title and were bought by a listed group last year. Do we keep the title?",
     [{"type": "reorganised"}]),
    # one accident said twice: classed in a clause of its own, named again, or said to be what it was
    ("获评基础级后，仓库发生火灾，无人受伤，经调查被认定为一般事故，称号会被撤销吗？",
     [{"type": "accident", "grade": "general"}]),
    ("我们是基础级智能工厂，去年的氨气泄漏是一般安全事故，称号有影响吗？",
     [{"type": "accident", "grade": "general", "kind": "safety"}]),
    ("We hold the basic title. Last year we had an explosion in the paint shop; this accident was rated as a major "
     "safety accident. Is the title revoked?", [{"type": "accident", "grade": "major", "kind": "safety"}]),
    ("We hold the advanced title. A spill at our site was classed by the county bureau as a general environmental "
     "incident. Are we at risk?", [{"type": "accident", "grade": "general", "kind": "environmental"}]),
    ("We hold the basic title. It came out that our consultant made up some of the numbers in our application. "
     "Will we lose it?", [{"type": "false_information"}]),
    ("We hold the advanced title. We have laid off all our staff and production has ground to a halt. Do we keep "
     "it?", [{"type": "unable_to_operate"}]),
    ("We hold the basic title. We rebranded and now trade under a new name. Is the title affected?",
     [{"type": "renamed"}]),
    ("We hold the advanced title. Following a chemical spill last year, which was a relatively large environmental "
     "incident, do we keep the title?", [{"type": "accident", "grade": "larger", "kind": "environmental"}]),
    # bankruptcy restructuring keeps the enterprise: a reorganisation, not its end
    ("我们是先进级智能工厂，公司正在进行破产重整，称号会被撤销吗？", [{"type": "reorganised"}]),
    ("We hold the advanced title; our company is undergoing bankruptcy restructuring. Will the title be revoked?",
     [{"type": "reorganised"}]),
    ("We're a basic-level smart factory; our factory has been idle since January because we have no orders. Can we "
     "keep the title?", [{"type": "unable_to_operate"}]),
    ("获评基础级后，公司因为严重亏损被迫关门，称号还有吗？", [{"type": "unable_to_operate"}]),
    ("We hold the advanced title. The provincial authorities found that our application contained untrue "
     "statements. What now?", [{"type": "false_information"}]),
    ("我们是基础级智能工厂，被环保部门通报批评了，称号会被撤销吗？", [{"type": "penalty"}]),
    # a death or an injury with no accident word: an accident whose grade is not stated (deaths alone do not
    # grade it)
    ("我们是基础级智能工厂，一名员工工伤骨折，称号会受影响吗？", [{"type": "accident"}]),
    ("获评先进级后，一名工人在检修时触电身亡，称号会被撤销吗？", [{"type": "accident"}]),
    ("We hold the basic title. A contractor was killed on our site in May. Will the title be revoked?",
     [{"type": "accident"}]),
]


@pytest.mark.parametrize(("q", "want"), EVENTS, ids=[e[0][:40] for e in EVENTS])
def test_events_said_indirectly(read, q, want):
    r = read(q)
    assert r.mode == "revocation"
    assert events(r) == want
    assert all(e.words in q for e in r.events)


# what art_12 looks at but is no cause, or no event at all: nothing read as an event, told of as considered
NOT_CAUSES = [
    # a stop for a technical upgrade: both the stop (item 2 looks at it) and the upgrade (no item does) told of
    ("我们是先进级智能工厂，为了技术改造停产了一周，称号会受影响吗？", ["unable_to_operate", "growth"]),
    ("We hold the basic title and halted the line for three days to retrofit the robots. Does that affect the title?",
     ["unable_to_operate"]),
    ("We hold the advanced title; the plant was shut over the Chinese New Year break for ten days. Any effect on the "
     "title?", ["unable_to_operate"]),
    ("我们是基础级智能工厂，公司去年在科创板上市了，称号会受影响吗？", ["other_change"]),
    ("我们是基础级智能工厂，公司法人变了，称号需要变更吗？", ["other_change"]),
    ("We hold the advanced title and went public on the Hong Kong exchange this year. Does the title stay?",
     ["other_change"]),
    ("获评先进级以来，没有发生过人员死亡，称号没问题吧？", ["accident"]),
    # another firm's event: theirs, no cause for the asker's title
    ("我们是基础级智能工厂，我们的一家主要供应商破产了，称号会受影响吗？", ["terminated"]),
    ("We hold the advanced title. Our biggest customer went bankrupt last month. Does that affect our title?",
     ["terminated"]),
    ("我们是先进级智能工厂，竞争对手被查出申报数据造假，我们的称号会受影响吗？", ["false_information"]),
    ("We hold the basic title. A supplier of ours had a major safety accident. Is our title at risk?", ["accident"]),
]


@pytest.mark.parametrize(("q", "want"), [
    # the other firm as the agent, or named after the event, or with the asker between: the event is the asker's
    ("We hold the basic title and were acquired by a supplier last year. Do we keep the title?",
     [{"type": "reorganised"}]),
    ("我们是先进级智能工厂，被一家供应商收购了，称号还在吗？", [{"type": "reorganised"}]),
    ("我们是基础级智能工厂，一家客户投诉后我们被市场监管局罚款了，称号会受影响吗？", [{"type": "penalty"}]),
])
def test_another_firm_named_beside_the_askers_own_event(read, q, want):
    assert events(read(q)) == want


@pytest.mark.parametrize(("q", "considered"), NOT_CAUSES, ids=[e[0][:40] for e in NOT_CAUSES])
def test_what_is_no_cause_is_no_event(read, q, considered):
    r = read(q)
    assert r.mode == "revocation" and r.events == [] and r.considered == considered and r.stated


@pytest.mark.parametrize("q", [
    # the soft words of item 1 said of something else than the application: no false information
    "我们是基础级智能工厂，去年为了拿银行贷款虚增了销售收入，称号会受影响吗？",
    "We hold the basic title; a newspaper said our sales were inflated by the distributor. Is the title affected?",
])
def test_soft_words_of_false_information_need_the_application(read, q):
    assert "false_information" not in [e.type for e in read(q).events]


@pytest.mark.parametrize(("q", "want"), [
    # the title called a status, a certification, a label, an honour; asked whether it still counts
    ("Our company went bankrupt. Will we be stripped of our smart factory title?", [{"type": "terminated"}]),
    ("We were certified as an advanced-level smart factory last year and our business licence has since been "
     "revoked. Is our status withdrawn?", [{"type": "terminated"}]),
    ("Our smart factory certification is from 2025. We merged with another company this year. Does the "
     "certification lapse?", [{"type": "reorganised"}]),
    ("我们去年评上了先进级智能工厂，今年公司被注销了，这个荣誉还算数吗？", [{"type": "terminated"}]),
    ("Does our basic-level smart factory status still count after a major fire at the plant?",
     [{"type": "accident", "grade": "major"}]),
    ("We got the advanced smart factory label in 2025; our production licence was revoked in May. Are we still "
     "recognised?", [{"type": "penalty"}]),
])
def test_the_title_by_other_names(read, q, want):
    r = read(q)
    assert r.mode == "revocation" and events(r) == want


@pytest.mark.parametrize("q", ["我们有申报先进级的资质吗？",
                               "We filed as a basic-level factory in May; can we apply for the advanced level?"])
def test_an_applicant_is_not_a_recognised_factory(read, q):
    assert read(q).mode != "revocation"


# decided by the Service: no guessed cause, no revoke from an event that is not a cause
DECIDED = [
    ("我们是基础级智能工厂，被安监局责令停产整顿十天，称号会被撤销吗？", "undetermined", "art_12__item_5"),
    ("A worker fell to his death at our plant last month. We hold the advanced-level title. Is it revoked?",
     "undetermined", "art_12__item_3"),
    ("获评基础级后，我们在申报材料里多报了产值的事被查出来了，称号会怎样？", "revoke", "art_12__item_1"),
    ("We hold the basic title and listed our shares on the Beijing Stock Exchange in May. Is the title affected?",
     "retain", "art_12"),
    ("我们是先进级智能工厂，春节放假停了半个月产，称号会受影响吗？", "retain", "art_12__item_2"),
    ("We hold the advanced title. Our main supplier went into liquidation in April. Is our title revoked?",
     "retain", "art_12__item_2"),
]


@pytest.mark.parametrize(("q", "verdict", "cause"), DECIDED, ids=[d[0][:40] for d in DECIDED])
def test_decided_never_on_a_guess(client, q, verdict, cause):
    f = ask(client, q, as_of=TODAY.isoformat())["facts"]
    assert f and f["mode"] == "revocation" and f["verdict"] == verdict, f
    if cause != "art_12":
        status = {"revoke": "applies", "undetermined": "unknown", "retain": "does_not_apply"}[verdict]
        assert {c["cause"]: c["status"] for c in f["causes"]}[cause] == status, f
