"""A recognised factory telling an everyday event (task revoc15), decided by art_12 as the measures read: a new name
"changed to" another or said changed with words between, a takeover ("taken us over"), a move of the registration
said to stay in Beijing with no district named, a second plant elsewhere with the registration kept, a grade given
to "it" in the next sentence, an accident's grade or investigation spoken of after it (the same accident, not a
second), a boiler that exploded, the title held said with 系/为 or asked "如何处理". Each answer opens with its
verdict; the causes an event cannot bear on are said not to apply, the one it may bear on is asked back. Wordings
are not those of bench/qa_sets/revoc15_*.json.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ask, case_reader, eids, read_events

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


def _only(status: str | None = None, cause: str | None = None) -> dict[str, str]:
    """Every cause does not apply but ``cause``, which has ``status``."""
    return {c: (status if c == cause else "does_not_apply") for c in ITEMS}


@pytest.mark.parametrize(("q", "events"), [
    ("我们是基础级智能工厂，厂名已经改为“北辰精工智造有限公司”，称号受影响吗？", [{"type": "renamed"}]),
    ("我司系先进级智能工厂，企业名称已正式变更，称号是否仍然有效？", [{"type": "renamed"}]),
    ("We hold the advanced smart factory title. An industrial holding company has taken our firm over. Do we keep "
     "the title?", [{"type": "reorganised"}]),
])
def test_a_new_name_or_a_takeover_keeps_the_title_and_asks_for_the_change_of_name(client, read, q, events):
    assert read_events(read(q)) == events
    body, facts = _asked(client, q)
    assert facts["mode"] == "revocation" and facts["verdict"] == "retain"
    assert _statuses(facts) == _only()
    assert eids(body)[0] == "art_12"
    # the verdict first, then the duty of art_12's first sentence
    assert body["answer"].startswith(("称号不会因此被撤销", "The title is not revoked"))
    assert "市经济和信息化局申请更名" in body["answer"] or "change of name" in body["answer"]


@pytest.mark.parametrize("q", [
    "我们是基础级智能工厂，公司注册地在本市范围内跨区迁移了，称号还保留吗？",
    ("We are a recognised basic-level smart factory and moved our registered office to another district of Beijing. "
     "Is the title affected?"),
])
def test_a_move_said_to_stay_in_beijing_is_no_cause(client, q):
    body, facts = _asked(client, q)
    assert [e["type"] for e in facts["events"]] == ["registered_address_moved"]
    assert facts["events"][0]["province"] == "北京市"
    assert facts["verdict"] == "retain" and _statuses(facts) == _only()
    assert eids(body)[0] == "art_12__item_4"


def test_a_second_plant_elsewhere_with_the_registration_kept_is_no_cause(client):
    body, facts = _asked(client, "我们是先进级智能工厂，在廊坊建了第二个工厂，公司注册地仍然在北京，称号有影响吗？")
    assert facts["events"] == [] and not facts["unread"]
    assert facts["verdict"] == "retain" and _statuses(facts) == _only()
    assert eids(body)[0] == "art_12__item_4"


@pytest.mark.parametrize(("q", "events", "verdict"), [
    ("We are a basic-level smart factory. A dust explosion damaged our mixing room. It was classified as a general "
     "safety accident. Can we keep the title?", [{"type": "accident", "grade": "general", "kind": "safety"}], "retain"),
    ("我们是先进级智能工厂，一名员工在检修时坠落身亡，事故等级尚在调查，称号会被撤销吗？", [{"type": "accident"}],
     "undetermined"),
    ("We are a recognised advanced-level smart factory. A worker was killed by a press; the grade of the accident "
     "is still pending. Is the title at risk?", [{"type": "accident"}], "undetermined"),
    ("As a basic-level smart factory, we had a gas cylinder that exploded in the yard. Will the title be revoked?",
     [{"type": "accident"}], "undetermined"),
])
def test_one_accident_told_twice_is_one_and_its_grade_decides(client, read, q, events, verdict):
    assert read_events(read(q)) == events
    body, facts = _asked(client, q)
    assert facts["verdict"] == verdict
    # an accident bears on item 3 only: the others do not apply, item 3 is decided or asked back
    assert _statuses(facts) == (_only("unknown", "art_12__item_3") if verdict == "undetermined" else _only())
    assert eids(body)[0] == "art_12__item_3"
    if verdict == "undetermined":
        assert body["answer"].startswith(("尚无法判断", "Cannot be decided yet"))
        assert "等级" in body["answer"] or "grade" in body["answer"]


@pytest.mark.parametrize(("q", "verdict", "status"), [
    ("我司为基础级智能工厂，因超标排放被生态环境局罚款8万元，称号应当如何处理？", "undetermined", "unknown"),
    ("我司为基础级智能工厂，因超标排放被罚款，由此不再符合认定条件，称号应当如何处理？", "revoke", "applies"),
])
def test_a_penalty_bears_on_item_5_only(client, q, verdict, status):
    body, facts = _asked(client, q)
    assert facts["mode"] == "revocation" and facts["verdict"] == verdict
    assert _statuses(facts) == _only(status, "art_12__item_5")
    assert eids(body)[0] == "art_12__item_5"
    if verdict == "revoke":  # the verdict first, naming its item and eId
        first = body["answer"].split("。")[0]
        assert first.startswith("称号会被撤销") and "art_12__item_5" in first


def test_deregistration_asked_how_it_is_handled_revokes(client):
    body, facts = _asked(client, "我司先进级智能工厂所在企业已完成注销登记，称号应当如何处理？")
    assert facts["mode"] == "revocation" and facts["verdict"] == "revoke"
    assert _statuses(facts) == _only("applies", "art_12__item_2")
    assert eids(body)[0] == "art_12__item_2"


@pytest.mark.parametrize(("q", "open_causes"), [
    # the words bear on some causes only: those are asked back, the others do not apply
    ("我们是基础级智能工厂，上个月车间被市场监管部门查封了，称号会被撤销吗？", {"art_12__item_2", "art_12__item_5"}),
    ("We hold the advanced-level smart factory title. Prosecutors have charged two of our directors with tax "
     "evasion. Is the title at risk?", {"art_12__item_5"}),
    ("We are a recognised basic-level smart factory. The creditors have frozen our accounts. Do we lose the title?",
     {"art_12__item_2"}),
    # words bearing on none of them are not understood: every cause stays open
    ("我们是先进级智能工厂，老板出国了，称号会被撤销吗？", set(ITEMS)),
])
def test_an_unread_event_leaves_open_only_the_causes_its_words_bear_on(client, read, q, open_causes):
    r = read(q)
    assert r.events == [] and len(r.unread) == 1
    body, facts = _asked(client, q)
    assert facts["verdict"] == "undetermined"
    assert {c for c, s in _statuses(facts).items() if s == "unknown"} == open_causes
    assert {c for c, s in _statuses(facts).items() if s == "does_not_apply"} == set(ITEMS) - open_causes
    assert body["answer"].startswith(("尚无法判断", "Cannot be decided yet"))
    # the causes quoted are the open ones, each with its eId, and no other item
    assert all(c in body["answer"] for c in open_causes)
    assert not any(c in body["answer"] for c in set(ITEMS) - open_causes)


def test_an_unread_phrase_telling_the_accident_graded_next_is_that_accident(read):
    r = read("We are a basic-level smart factory. In June a tank overflowed and spilled solvent; the district "
             "bureau graded it a general environmental incident. Is the title affected?")
    assert read_events(r) == [{"type": "accident", "grade": "general", "kind": "environmental"}]
    assert not r.unread


@pytest.mark.parametrize("q", [
    "我们是先进级智能工厂，一位老客户取消了今年的订单，称号会受影响吗？",
    ("We are a recognised advanced-level smart factory. Our biggest customer cancelled two orders in May. Is the "
     "title at risk?"),
    "我们是基础级智能工厂，总经理因身体原因退休了，称号有影响吗？",
    "我们是先进级智能工厂，有名工人搬货时扭到腰，属于轻微伤，称号会被撤销吗？",
    ("We are a basic-level smart factory. Over the National Day holiday the plant stopped for a week, and we are "
     "running normally again. Does the title stay?"),
])
def test_plainly_no_cause_keeps_the_title(client, q):
    body, facts = _asked(client, q)
    assert facts["mode"] == "revocation" and facts["events"] == [] and not facts["unread"]
    assert facts["verdict"] == "retain" and _statuses(facts) == _only()
    assert body["answer"].startswith(("称号不会因此被撤销", "The title is not revoked"))


@pytest.mark.parametrize(("q", "events", "cause"), [
    # the negation says how the violation was done, not that no penalty came
    ("我们是先进级智能工厂，因为没有按规定设置危废标识，被生态环境局罚款2万元，称号会被撤销吗？", [{"type": "penalty"}],
     "art_12__item_5"),
    ("我们是基础级智能工厂，未经许可擅自扩建，被罚了款，称号会受影响吗？", [{"type": "penalty"}], "art_12__item_5"),
    # the negation says the grading is pending, not that no accident happened
    ("We are a basic-level smart factory. Two workers were hurt in a forklift accident that has not yet been "
     "classified. Do we lose the title?", [{"type": "accident"}], "art_12__item_3"),
    ("我们是先进级智能工厂，上周发生了一起尚未定级的化学品泄漏，称号会被撤销吗？", [{"type": "accident"}],
     "art_12__item_3"),
])
def test_a_negation_of_how_or_of_the_grading_denies_no_event(client, read, q, events, cause):
    assert read_events(read(q)) == events
    body, facts = _asked(client, q)
    assert facts["verdict"] == "undetermined" and _statuses(facts) == _only("unknown", cause)
    assert eids(body)[0] == cause


@pytest.mark.parametrize("q", [
    "我们是先进级智能工厂，从来没有受过任何处罚，称号没问题吧？",
    "We are a basic-level smart factory and have never had an accident. Is the title safe?",
])
def test_an_event_denied_is_still_none(client, q):
    body, facts = _asked(client, q)
    assert facts["events"] == [] and facts["verdict"] == "retain" and _statuses(facts) == _only()
    assert body["answer"].startswith(("称号不会因此被撤销", "The title is not revoked"))
