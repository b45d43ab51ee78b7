"""A recognised factory telling its case in everyday words (task revoc14): the title held is read however it is said
("since our recognition", "we're an officially recognised …", "持有…称号", "市经信局公布的先进级智能工厂", a list it is
on); what is plainly no cause keeps the title (an injury or a fire said to be minor, a customer's complaint or goods
sent back, a new line "with words between"); a grade told in the next clause or after the date is the same accident's;
words that only look like an event are none ("fire exits", "a liquidator has taken over", "搬运"); a stop, a new name
and a licence revoked by a named authority are read; an event "this year" or "in May" whose day decides (the title
recognised in that year or month) is asked back, not put on a guessed day. Wordings are not those of
bench/qa_sets/cases_revoc_14*.json.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ask, case_reader, eids, read_events

TODAY = date(2026, 6, 15)


@pytest.fixture(scope="module")
def read():
    return case_reader(TODAY)


def _asked(client, q: str) -> tuple[dict, dict]:
    body = ask(client, q, as_of=TODAY.isoformat())
    return body, body["facts"]


@pytest.mark.parametrize(("q", "level"), [
    ("Ever since our recognition, the plant has run three shifts. Our plant manager retired in April. Does that "
     "change anything?", None),
    ("We're an officially recognised advanced-level smart factory. Our sales director left. Does that matter?",
     "advanced"),
    ("Our workshop has held smart factory (basic) status since 2025. We hired a new COO. Does that matter?", "basic"),
    ("We made it onto the 2025 list of Beijing basic-level smart factories. The chairman stepped down. Any effect?",
     "basic"),
    ("The city named our factory an advanced-level smart factory last year. We replaced the chairman. Any effect?",
     "advanced"),
    ("我们公司持有北京市先进级智能工厂称号，今年董事长换了，有影响吗？", "advanced"),
    ("我们是区里公布的基础级智能工厂，今年法人代表换了，有影响吗？", "basic"),
    ("我们一直在北京市智能工厂名单里（先进级），今年总经理换人了，有影响吗？", "advanced"),
    ("我们2024年就已获得北京市智能工厂（基础级）称号，今年换了总经理，有影响吗？", "basic"),
])
def test_the_title_held_is_read_in_everyday_words(read, q, level):
    r = read(q)
    assert r.mode == "revocation" and r.level == level
    assert r.events == [] and not r.unread and r.considered


@pytest.mark.parametrize("q", [
    ("Our plant is a certified basic-level smart factory. A fitter got a minor burn on his hand in May and was treated "
     "on site. Is the title at risk?"),
    ("We're an advanced-level smart factory since 2025. There was a small fire in a waste bin last week; it was out in "
     "two minutes. Do we lose the title?"),
    ("We hold the advanced-level smart factory title. A forklift clipped a rack in the warehouse; it was only a "
     "minor incident. Could the title be withdrawn?"),
    "我们是北京市基础级智能工厂，上个月一名操作工手被划伤，只是轻伤，称号会被撤销吗？",
    "我们是先进级智能工厂，今年仓库出现一次小火情，很快扑灭了，称号受影响吗？",
])
def test_an_accident_said_to_be_minor_is_no_cause(client, q):
    body, facts = _asked(client, q)
    assert facts["mode"] == "revocation"
    assert facts["verdict"] == "retain" and facts["events"] == [] and not facts["unread"]
    assert eids(body)[0] == "art_12__item_3"


def test_a_minor_injury_beside_a_graded_accident_keeps_the_accident(read):
    r = read("We are a recognised basic-level smart factory. The explosion injured two workers slightly, and it was "
             "classified as a major safety accident. Do we keep the title?")
    assert read_events(r) == [{"type": "accident", "grade": "major", "kind": "safety"}]


@pytest.mark.parametrize("q", [
    ("We were recognised as an advanced-level smart factory in 2025. Several customers complained about packaging. "
     "Is the title affected?"),
    ("We hold the basic-level smart factory title. A distributor sent back two pallets of mislabelled goods. Could we "
     "lose the title?"),
    ("We are a Beijing basic-level smart factory. This spring we installed a new robotic painting line. Does the "
     "title stay valid?"),
    "我们是基础级智能工厂，今年有客户反映交货延迟了，称号有影响吗？",
    "我们是先进级智能工厂，今年购置了一批新的检测设备，称号受影响吗？",
])
def test_everyday_business_keeps_the_title(client, q):
    body, facts = _asked(client, q)
    assert facts["mode"] == "revocation"
    assert facts["verdict"] == "retain" and facts["events"] == [] and not facts["unread"]
    assert eids(body)[0] == "art_12"


@pytest.mark.parametrize(("q", "events"), [
    ("We are a recognised advanced-level smart factory. The fire brigade fined us 10,000 yuan for locked fire exits. "
     "Is the title at risk?", [{"type": "penalty"}]),
    ("We hold the basic-level smart factory title. A court declared us bankrupt and a liquidator has taken over the "
     "company. Is the title gone?", [{"type": "terminated"}]),
    ("我们是先进级智能工厂，今年工人在车间搬运时被货架砸伤，称号会被撤销吗？", [{"type": "accident"}]),
])
def test_words_that_only_look_like_an_event_are_none(read, q, events):
    r = read(q)
    assert read_events(r) == events
    assert "registered_address_moved" not in r.considered


@pytest.mark.parametrize(("q", "events"), [
    ("We were recognised as a basic-level smart factory last year. The regulator classed our oil spill in March as "
     "a general environmental incident. Do we keep the title?",
     [{"type": "accident", "grade": "general", "kind": "environmental"}]),
    ("我们是先进级智能工厂，今年出了一起安全事故，但只是一般事故，称号受影响吗？",
     [{"type": "accident", "grade": "general", "kind": "safety"}]),
    ("我们是基础级智能工厂，今年公司名称由华远机械变更为华远智能装备，称号怎么办？", [{"type": "renamed"}]),
    ("We're a recognised advanced-level smart factory. After the merger we adopted a new company name. Is the title "
     "still valid?", [{"type": "reorganised"}, {"type": "renamed"}]),
    ("我们是先进级智能工厂，今年3月营业执照被区市场监管局吊销了，称号还在吗？", [{"type": "terminated"}]),
])
def test_an_event_told_in_other_words_is_read(read, q, events):
    assert read_events(read(q)) == events


@pytest.mark.parametrize(("q", "verdict"), [
    # recognised in 2026: "this year" may be before it -- the day is asked back
    ("我们2026年2月被认定为先进级智能工厂，今年发生了一起重大环境事故，称号会被撤销吗？", "undetermined"),
    ("We were recognised as a basic-level smart factory in April 2026. In April a major safety accident happened at "
     "the plant. Is the title revoked?", "undetermined"),
    # recognised in 2025: "this year" and "in April" are after it, whichever day
    ("我们2025年被认定为先进级智能工厂，今年发生了一起重大环境事故，称号会被撤销吗？", "revoke"),
    ("We were recognised as a basic-level smart factory in 2025. In April a major safety accident happened at the "
     "plant. Is the title revoked?", "revoke"),
])
def test_the_day_of_an_event_is_asked_only_where_it_decides(client, q, verdict):
    body, facts = _asked(client, q)
    assert facts["verdict"] == verdict
    assert eids(body)[0] in ("art_12__item_3", "art_12")
    if verdict == "undetermined":
        assert facts["events"] == [] and facts["unread"]


@pytest.mark.parametrize("q", [
    "我们是先进级智能工厂，今年公司大股东换成了一家国企，称号还有效吗？",
    ("We hold the basic-level smart factory title. Our founder sold the company to an industrial group's fund, so "
     "there was a change of ownership. Does the title survive?"),
])
def test_a_new_owner_is_no_cause(client, q):
    body, facts = _asked(client, q)
    assert facts["verdict"] == "retain" and facts["events"] == [] and not facts["unread"]
    assert eids(body)[0] == "art_12"


@pytest.mark.parametrize("q", [
    "我们是基础级智能工厂，现在查明当年是通过行贿评审专家才评上的，称号会被撤销吗？",
    ("We are a recognised advanced-level smart factory. An audit showed we obtained the title through bribery of an "
     "evaluator. What happens now?"),
])
def test_a_recognition_got_by_a_bribe_is_revoked_under_item_1(client, q):
    body, facts = _asked(client, q)
    assert [e["type"] for e in facts["events"]] == ["application_violation"]
    assert facts["verdict"] == "revoke" and eids(body)[0] == "art_12__item_1"


@pytest.mark.parametrize("q", [
    ("We are a Beijing advanced-level smart factory. At the spot check in May the bureau found we no longer meet "
     "the advanced-level requirements. Is the title revoked?"),
    "我们是基础级智能工厂，区里抽查后说我们已经不再符合认定条件了，称号会被撤销吗？",
])
def test_conditions_lost_with_no_penalty_are_asked_back(client, q):
    """Art_12 item 5 revokes for a penalty that costs the conditions: with none said, what happened is asked."""
    _, facts = _asked(client, q)
    assert facts["mode"] == "revocation"
    assert facts["events"] == [] and facts["unread"]
    assert facts["verdict"] == "undetermined"


@pytest.mark.parametrize("q", [
    ("We are a recognised basic-level smart factory. We were caught using fake invoices to claim a tax rebate and "
     "were fined for it. Is the title revoked?"),
    "我们是基础级智能工厂，今年因为伪造发票骗取出口退税被税务局处罚，称号会被撤销吗？",
])
def test_false_papers_for_something_else_are_no_application_fraud(client, q):
    """Art_12 item 1 looks at the application: falsified invoices for a rebate are asked back beside the penalty."""
    _, facts = _asked(client, q)
    assert [e["type"] for e in facts["events"]] == ["penalty"] and facts["unread"]
    assert facts["verdict"] == "undetermined"


@pytest.mark.parametrize(("q", "events"), [
    ("我们是先进级智能工厂，后来查出当初申报的产值数据掺了水，称号会被撤销吗？", [{"type": "false_information"}]),
    ("We hold the advanced-level smart factory title. We were fined 3,000 yuan for a signage breach but we still "
     "satisfy each recognition criterion. Is the title safe?",
     [{"type": "penalty", "no_longer_meets_conditions": False}]),
    ("Since winning the basic-level smart factory title in 2025 we have changed the firm's name. Do we keep the title?",
     [{"type": "renamed"}]),
])
def test_small_variants_of_the_causes_words_are_read(read, q, events):
    r = read(q)
    assert read_events(r) == events and not r.unread
