"""Policy questions of the kinds /ask answered weakly (issue 17, questions21): who may apply asked by the kind of
enterprise or negated; the levels told apart, as a whole or on one domain; the basic level's effectiveness against
annex 2-1's table; both levels' authorities asked together; the interpretation in plain words; the grade of
accident that bars applying; a brand or vendor to choose, declined. Worded apart from
bench/qa_sets/questions21_*.json."""
from __future__ import annotations

import pytest

from tests.conftest import answered, declined, eids


@pytest.mark.parametrize("q,fact", [
    ("什么样的企业不可以申报智能工厂？", "规模以上"),
    ("民营企业能不能申请先进级智能工厂？", "独立法人"),
    ("What kind of company is not allowed to apply?", "above designated size"),
    ("Can only state-owned firms apply for the basic level?", "independent legal person"),
])
def test_who_may_apply_by_kind_of_enterprise_is_art_5s_applicant(client, q, fact):
    body, _ = answered(client, q)
    assert {"art_5__item_1", "art_5"} & set(eids(body)[:3]), eids(body)[:3]  # the item, or the list of items
    assert fact in body["answer"], body["answer"]


def test_a_kind_of_company_alone_is_not_the_measures_subject(client):
    declined(client, "上市公司怎么做市值管理？")


@pytest.mark.parametrize("q,facts", [
    ("先进级相比基础级有哪些不同的要求？", ("至少满足3个", "生产管理")),
    ("How do the advanced level's requirements differ from the basic level's?", ("3 of the 5", "art_7")),
])
def test_the_levels_told_apart_as_a_whole(client, q, facts):
    body, _ = answered(client, q)
    assert {"att_2__sec_1", "att_2__sec_2", "art_7"} & set(eids(body)[:3]), eids(body)[:3]
    for fact in facts:
        assert fact in body["answer"], body["answer"]


@pytest.mark.parametrize("q,basic,advanced", [
    ("基础级和先进级在研发设计上有什么区别？", "数字化研发设计", "仿真迭代"),
    ("What is the difference between basic and advanced production management?", "lean", "scheduling"),
])
def test_the_levels_told_apart_on_one_domain_say_both_items(client, q, basic, advanced):
    body, _ = answered(client, q)
    top = eids(body)[:2]
    assert top[0].startswith("att_1__sec_1__item_") and top[1].startswith("att_2__sec_1__item_"), top
    assert top[0][-1] == top[1][-1], top
    assert basic in body["answer"] and advanced in body["answer"], body["answer"]


@pytest.mark.parametrize("q,fact", [
    ("基础级要达到附件2-1里的指标吗？", "平均水平"),
    ("Is annex 2-1 binding on a basic-level applicant?", "average"),
])
def test_annex_2_1_asked_of_the_basic_level(client, q, fact):
    body, head = answered(client, q)
    assert eids(body)[:1] == ["att_1__sec_2"], eids(body)[:3]
    assert fact in body["answer"], body["answer"]
    assert head.startswith(("不需要", "No")), head


def test_both_levels_authorities_asked_together(client):
    body, _ = answered(client, "Who recognises basic-level and who recognises advanced-level factories?")
    said = body["answer"].lower()
    assert "district" in said and ("city bureau" in said or "municipal bureau" in said), body["answer"]
    assert {"art_4", "art_6"} & set(eids(body)[:3]), eids(body)[:3]


def test_interpretation_in_plain_words(client):
    body, _ = answered(client, "Which office gives the explanation of these measures?")
    assert eids(body)[:1] == ["art_15"], eids(body)[:3]


def test_the_grade_that_bars_applying_is_the_measures_own(client):
    body, _ = answered(client, "What grade of accident means a company cannot apply?")
    assert "art_5__item_3" in eids(body)[:3], eids(body)[:3]
    assert "larger" in body["answer"], body["answer"]


@pytest.mark.parametrize("q", ["Which brand of industrial robot should our smart factory buy?",
                               "智能工厂的AGV选哪家好？"])
def test_a_brand_or_vendor_to_choose_is_declined(client, q):
    declined(client, q)
