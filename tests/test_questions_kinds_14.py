"""Questions of the kinds weak on held-out sets (issue: questions14): Beijing's measures set beside the
national (MIIT) scheme or Jiangsu's on one point (the schemes' facts, ontology/schemes-*.ttl), the national
level a Beijing level corresponds to, the top of the national ladder; and look-alikes that ask how accidents
are graded, which bodies run assessments or how a registered address is changed, declined. The wording
differs from bench/qa_sets/new_kinds_14*.json."""
from __future__ import annotations

import pytest

from tests.conftest import answered, ask, eids


def test_maturity_beside_the_national_excellent_level_states_both_levels(client):
    body, head = answered(client, "成熟度方面，北京的要求比国家卓越级低吗？")
    assert eids(body)[:1] == ["art_5__item_7"], eids(body)[:3]
    assert "二级" in head and "三级" in head, head
    body, head = answered(client, "How does Beijing's maturity level compare with MIIT's excellent tier?")
    assert eids(body)[:1] == ["art_5__item_7"], eids(body)[:3]
    assert "level 2" in head and "level 3" in head, head


def test_accidents_beside_jiangsu_state_both_grades(client):
    body, head = answered(client, "江苏和北京比，哪个对事故的要求更宽？")
    assert eids(body)[:1] == ["art_5__item_3"], eids(body)[:3]
    assert "较大" in head and "重大" in head, head
    body, head = answered(client, "Is Jiangsu looser than Beijing about accidents?")
    assert eids(body)[:1] == ["art_5__item_3"], eids(body)[:3]
    assert "较大" in head and "重大" in head, head


def test_who_recognises_beside_the_national_scheme(client):
    body, head = answered(client, "认定主体上北京和国家有什么区别？")
    assert "art_4" in eids(body)[:3], eids(body)[:3]
    assert "市经济和信息化局" in head and "省级" in head, head


@pytest.mark.parametrize("q,level", [("北京先进级相当于国家的哪个级别？", "先进级"),
                                     ("Which MIIT level does a Beijing basic smart factory correspond to?", "basic")])
def test_the_national_counterpart_of_a_beijing_level(client, q, level):
    body, head = answered(client, q)
    assert eids(body)[:1] == ["art_4"], eids(body)[:3]
    assert level in head, head
    assert "卓越级" in body["answer"] or "excellent" in body["answer"], body["answer"]


@pytest.mark.parametrize("q,top", [("国家梯度培育的最高等级是哪个？", "领航级"),
                                   ("What is the top tier of the national smart factory scheme?", "leading")])
def test_the_top_of_the_national_ladder_is_said_first(client, q, top):
    _body, head = answered(client, q)
    assert top in head, head


def test_a_comparison_naming_no_point_is_left_to_the_other_answers(client):
    # no comparison point named: not answered from one scheme fact
    body = ask(client, "北京的办法和国家的梯度培育有什么关系？")
    assert (body.get("structured") or {}).get("intent") != "scheme_comparison"


@pytest.mark.parametrize("q", ["一般事故和较大事故按死亡多少人划分？",
                               "What number of fatalities makes an accident a major one?",
                               "成熟度评估有哪些测评机构可以选？",
                               "How do we change the registered address of our company at the registry?"])
def test_look_alikes_of_other_rules_are_declined(client, q):
    body = ask(client, q)
    assert body["addressed"] is False, (q, body["answer"])


@pytest.mark.parametrize("q,eid", [("发生较大事故的企业还能申报吗？", "art_5__item_3"),
                                   ("If we re-register outside Beijing, do we keep the title?", "art_12__item_4"),
                                   ("What does the advanced-level title bring us?", "art_4")])
def test_in_scope_neighbours_stay_answered(client, q, eid):
    body = ask(client, q)
    assert body["addressed"] is not False, (q, body["answer"])
    assert eid in eids(body)[:3], (q, eids(body)[:3])
