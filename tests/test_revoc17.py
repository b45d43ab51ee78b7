"""A recognised factory telling an event and asking whether its title survives (task revoc17): an event only alleged or
still being checked is no event yet (the title stands until the authority decides: undetermined, its cause asked
back), one confirmed, or supposed true, is read; a penalty with the city bureau finding the conditions lost is art_12
item 5's case; a company dissolved and deregistered (after a merger too) is terminated (item 2); a major accident
(item 3) dated "last month" or "今年" has no day in the facts (the contract's date is a day: none is guessed, the
decision's day stays in ``request``). Wordings are not those of bench/qa_sets/revoc17_*.json.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ask, case_reader

TODAY = date(2026, 9, 1)
ITEMS = [f"art_12__item_{n}" for n in range(1, 6)]


@pytest.fixture(scope="module")
def read():
    return case_reader(TODAY)


def _facts(client, q: str) -> tuple[dict, dict]:
    body = ask(client, q, as_of=TODAY.isoformat())
    return body, body["facts"]


def _statuses(facts: dict) -> dict[str, str]:
    return {c["cause"]: c["status"] for c in facts["causes"]}


def _only(status: str, *items: int) -> dict[str, str]:
    return {c: (status if int(c[-1]) in items else "does_not_apply") for c in ITEMS}


@pytest.mark.parametrize("q", [
    "我们是基础级智能工厂，竞争对手举报我们申报时的设备联网率是假的，区经信局还在核实，尚无结论，称号会被撤销吗？",
    "我们是先进级智能工厂，有人向市经信局检举我们申请材料弄虚作假，目前正在调查中，称号还保得住吗？",
    "We are a basic-level smart factory. A rival has alleged that the figures in our application were fabricated; "
    "the district bureau is looking into it. Do we lose the title?",
    "We're an advanced-level smart factory. An anonymous letter claimed our application data was falsified, and the "
    "review is still in progress. Is the title at risk?",
])
def test_an_allegation_still_being_checked_leaves_item_1_open(client, read, q):
    case = read(q)
    assert case.mode == "revocation" and not case.events, case.events
    assert any(a.eids == ("art_12__item_1",) for a in case.asks.values()), case.asks
    body, facts = _facts(client, q)
    assert facts["verdict"] == "undetermined" and facts["events"] == []
    assert _statuses(facts) == _only("unknown", 1)
    assert body["answer"].startswith(("尚无法判断", "Cannot be decided yet")), body["answer"]


@pytest.mark.parametrize("q", [
    "我们是先进级智能工厂，被举报申报数据造假，经区经信局核查属实，称号会被撤销吗？",
    "我们是基础级智能工厂，有人举报我们申报材料造假，如果属实，称号会被撤销吗？",
    "We are a basic-level smart factory. A whistleblower said our application figures were fake, and the bureau has "
    "confirmed it. Will we lose the title?",
    "We're an advanced-level smart factory. The city bureau's recheck found that the data in our application was "
    "made up. Is the title revoked?",
])
def test_a_finding_or_a_supposition_reads_the_false_information(client, q):
    _body, facts = _facts(client, q)
    assert facts["events"] == [{"type": "false_information"}], facts
    assert facts["verdict"] == "revoke" and _statuses(facts) == _only("applies", 1)


def test_a_bribe_in_the_review_is_item_1(client):
    q = "我们是先进级智能工厂，当初评审时给评审专家塞了红包，现在被查出来了，称号会被撤销吗？"
    _body, facts = _facts(client, q)
    assert facts["events"] == [{"type": "application_violation"}], facts
    assert facts["verdict"] == "revoke" and _statuses(facts) == _only("applies", 1)


@pytest.mark.parametrize(("q", "level"), [
    ("我们是基础级智能工厂，上半年被生态环境局处以罚款，之后市经信局认定我们不再符合认定条件，称号还在吗？", "basic"),
    ("先进级智能工厂，被应急管理局处罚，经信局说我们达不到认定条件了，牌子是不是要被摘？", "advanced"),
    ("The emergency management bureau fined us last year and the municipal bureau then ruled that we no longer meet "
     "the recognition requirements. What happens to our basic-level status?", "basic"),
    ("We're advanced-level. The ecology and environment bureau penalised us, and the city bureau found we no longer "
     "satisfy the recognition conditions. Do we keep the title?", "advanced"),
])
def test_a_penalty_and_the_conditions_found_lost_is_item_5(client, q, level):
    body, facts = _facts(client, q)
    assert facts["mode"] == "revocation" and facts["level"] == level
    assert facts["events"] == [{"type": "penalty", "no_longer_meets_conditions": True}], facts
    assert facts["verdict"] == "revoke" and _statuses(facts) == _only("applies", 5)
    assert body["citations"][0]["eid"] == "art_12__item_5"


@pytest.mark.parametrize("q", [
    "我们是基础级智能工厂，被市场监管局罚了三万元，称号会不会受影响？",
    "We are an advanced-level smart factory and the market regulator fined us in June. Is the title safe?",
])
def test_a_fine_with_the_conditions_unsaid_stays_open(client, q):
    _body, facts = _facts(client, q)
    assert facts["events"] == [{"type": "penalty"}], facts
    assert facts["verdict"] == "undetermined" and _statuses(facts) == _only("unknown", 5)


@pytest.mark.parametrize("q", [
    "我们是先进级智能工厂，公司并入集团后已经清算解散，工商注销也办完了，称号怎么办？",
    "We are a basic-level smart factory. After we were merged into our parent group, our company was wound up and "
    "deregistered. Does the title survive?",
])
def test_a_company_dissolved_and_deregistered_is_terminated(client, q):
    _body, facts = _facts(client, q)
    assert {"type": "terminated"} in facts["events"], facts
    assert facts["verdict"] == "revoke" and _statuses(facts) == _only("applies", 2)


@pytest.mark.parametrize(("q", "grade"), [
    ("我们是先进级智能工厂，今年5月份发生了一起重大质量事故，称号还能保留吗？", "major"),
    ("We are a basic-level smart factory. Last month a batch of defective brake parts caused a quality accident the "
     "regulator graded 重大 (major). Do we keep the title?", "major"),
    ("我们是基础级智能工厂，去年出过一起特别重大的环境事故，称号还在吗？", "extraordinary"),
])
def test_a_major_accident_dated_by_month_or_year_revokes_without_a_day(client, q, grade):
    _body, facts = _facts(client, q)
    assert [{k: v for k, v in e.items() if k != "kind"} for e in facts["events"]] == \
        [{"type": "accident", "grade": grade}], facts  # no "date": the words name no day
    assert all(e.get("date") for e in facts["request"]["events"])  # the decision's own day
    assert facts["verdict"] == "revoke" and _statuses(facts) == _only("applies", 3)


def test_a_day_named_is_kept(client):
    _body, facts = _facts(client, "我们是基础级智能工厂，2026年8月3日发生了重大安全事故，称号会被撤销吗？")
    assert facts["events"] == [{"type": "accident", "grade": "major", "kind": "safety", "date": "2026-08-03"}]


@pytest.mark.parametrize("q", [
    "We're basic-level. Our registered office moved to Langfang in Hebei in July. Do we keep the title?",
    "Our advanced-level smart factory title: the bureau found our application contained forged invoices. Are we "
    "going to lose it?",
    "上个月我们厂发生了一起重大安全事故，先进级还能保住吗？",
    "今年我们公司注册地迁到了天津，我们的基础级称号呢？",
    "A fire graded a major safety accident hit our plant in August. What happens to our smart factory status?",
])
def test_the_title_held_said_briefly_asks_of_revocation(read, q):
    case = read(q)
    assert case.mode == "revocation" and case.events, (case.mode, case.events)


@pytest.mark.parametrize("q", [
    "我们的生产设备联网率75%，先进级称号呢？",
    "Can we still get the advanced title if our NC rate is 70%?",
])
def test_an_applicant_asking_of_a_title_is_no_revocation(read, q):
    assert read(q).mode != "revocation"


def test_a_reported_violation_beside_a_denied_penalty_stays_open(client):
    q = "我们是基础级智能工厂，被人举报夜间偷排废水，生态环境局在调查，还没有作出处罚，称号会被撤销吗？"
    _body, facts = _facts(client, q)
    assert facts["verdict"] == "undetermined" and facts["events"] == []
    # (a discharge reported is a violation: item 5 open; not the application, item 1)
    assert _statuses(facts) == _only("unknown", 5)
