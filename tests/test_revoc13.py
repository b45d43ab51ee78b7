"""A recognised factory telling an everyday event (task revoc13): what no item of art_12 names -- an award, another
scheme's title, a certification, a customer or a contract won, new models, more staff, managers or auditors changed, a
stop that is over -- keeps the title, quoting art_12, never asked back nor answered as policy; a cause said in everyday
words (application figures "not accurate", a plant idle for months) still revokes; a no-cause beside a real cause or
beside an event the reader cannot place does not turn the verdict into "retain". Wordings are not those of
bench/qa_sets/cases_revocation_13*.json.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ask, eids

TODAY = date(2026, 6, 15)


def _asked(client, q: str) -> tuple[dict, dict]:
    body = ask(client, q, as_of=TODAY.isoformat())
    return body, body["facts"]


@pytest.mark.parametrize(("q", "opening"), [
    ("Our company has held the Beijing basic-level smart factory title since 2025. In April we picked up an industry "
     "innovation prize. Does that change anything for the title?", "The title is not revoked"),
    ("We are a recognised advanced-level smart factory. We appointed a new audit firm for this year's accounts. "
     "Is the title at risk?", "The title is not revoked"),
    ("We were named an advanced-level smart factory last year. Since then we obtained an IATF 16949 certificate and "
     "landed two new export customers. Will we lose the title?", "The title is not revoked"),
    ("我们是2025年认定的先进级智能工厂，今年荣获了市级优秀企业奖，称号受影响吗？", "称号不会因此被撤销"),
    ("我们厂去年评上了基础级智能工厂，今年签订了一份三年的供货合同，称号会被撤销吗？", "称号不会因此被撤销"),
    ("我们是北京市先进级智能工厂，今年厂长退休了，新招了三十多名工程师，称号会不会被取消？", "称号不会因此被撤销"),
])
def test_everyday_events_no_item_names_keep_the_title(client, q, opening):
    body, facts = _asked(client, q)
    assert facts["mode"] == "revocation"
    assert facts["verdict"] == "retain"
    assert facts["events"] == [] and not facts.get("unread")
    assert eids(body)[0] == "art_12"
    assert body["answer"].startswith(opening)


def test_a_stop_said_to_be_over_keeps_the_title_quoting_item_2(client):
    body, facts = _asked(client, "We were recognised as a basic-level smart factory in 2025. A flood made us halt "
                                 "production for ten days in July; we are back to normal now. Do we keep the title?")
    assert facts["mode"] == "revocation" and facts["verdict"] == "retain"
    assert facts["events"] == []
    assert eids(body)[0] == "art_12__item_2"


@pytest.mark.parametrize(("q", "kind", "cause"), [
    ("We became an advanced-level smart factory in 2025. The scrap rate we gave in our application turned out to be "
     "inaccurate. What happens now?", "false_information", "art_12__item_1"),
    ("我们2025年获评基础级智能工厂，审计时发现申请材料里的产值数据与实际不一致，称号还保得住吗？", "false_information",
     "art_12__item_1"),
    ("我们是先进级智能工厂，去年底资金断了以后工厂三个多月都没开工，称号还能保留吗？", "unable_to_operate",
     "art_12__item_2"),
])
def test_a_cause_in_everyday_words_revokes(client, q, kind, cause):
    body, facts = _asked(client, q)
    assert facts["verdict"] == "revoke"
    assert [e["type"] for e in facts["events"]] == [kind]
    assert eids(body)[0] == cause


def test_a_no_cause_beside_a_real_cause_still_revokes(client):
    body, facts = _asked(client, "我们去年被认定为先进级智能工厂，今年拿了一个省级科技进步奖，同时公司注册地迁到了"
                                 "河北保定，称号还有效吗？")
    assert facts["verdict"] == "revoke"
    assert [e["type"] for e in facts["events"]] == ["registered_address_moved"]
    assert eids(body)[0] == "art_12__item_4"


def test_a_no_cause_beside_an_event_not_placed_stays_open(client):
    body, facts = _asked(client, "We hold the advanced smart factory title. This year we won a regional export award. "
                                 "Our founder was detained by the police in May. Could we lose the title?")
    assert facts["verdict"] == "undetermined"
    assert any("detained" in u for u in facts["unread"])
    assert eids(body)[0] == "art_12"


def test_the_title_won_is_not_read_as_an_award(client):
    """The recognition's own words ("获得了先进级智能工厂称号") are the title held, not an everyday honour: the penalty
    after it stays open on item 5."""
    body, facts = _asked(client, "我们去年获得了先进级智能工厂称号，今年被市场监管局罚款了，称号会被撤销吗？")
    assert facts["verdict"] == "undetermined"
    assert [e["type"] for e in facts["events"]] == ["penalty"]
    assert eids(body)[0] == "art_12__item_5"
    assert "正常经营情况" not in body["answer"]


def test_nothing_happened_since_the_recognition_keeps_the_title(client):
    _, facts = _asked(client, "我们评上基础级以来没有出过任何事故，也没有受过处罚，称号应该不会有问题吧？")
    assert facts["mode"] == "revocation" and facts["verdict"] == "retain"
    assert facts["events"] == []


@pytest.mark.parametrize(("q", "verdict", "province"), [
    ("We are a recognised advanced-level smart factory. In May we shifted our registered address, from Shunyi to "
     "Chaoyang. Is the title affected?", "retain", "北京市"),
    ("We were named a basic-level smart factory in 2025. We have moved the registered office, from Beijing to Tianjin. "
     "Is the title still valid?", "revoke", "天津市"),
])
def test_a_move_whose_places_follow_after_a_comma_is_placed(client, q, verdict, province):
    body, facts = _asked(client, q)
    assert facts["verdict"] == verdict
    assert [(e["type"], e.get("province")) for e in facts["events"]] == [("registered_address_moved", province)]
    assert eids(body)[0] == "art_12__item_4"


@pytest.mark.parametrize(("q", "verdict"), [
    ("We are an advanced-level smart factory since 2025. We suspended production in February. The plant has "
     "not reopened since then. Do we keep the title?", "revoke"),
    ("我们是基础级智能工厂，今年初停产了，至今仍未恢复生产，称号还在吗？", "revoke"),
    ("我们是基础级智能工厂，今年初停产了，过了十来天就恢复生产了，称号还在吗？", "retain"),
])
def test_a_stop_denied_to_be_over_is_still_a_stop(client, q, verdict):
    """"Not reopened", "仍未恢复生产": the words of a stop that is over, denied -- the stop stands (art_12 item 2)."""
    body, facts = _asked(client, q)
    assert facts["verdict"] == verdict
    assert eids(body)[0] == "art_12__item_2"
