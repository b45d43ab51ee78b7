"""Policy questions the measures answer only in part (issue: questions16): how long a step of the procedure
takes (not stated: what the step's article says instead), what makes an accident of a grade (the grading rules',
declined), which earlier measures were voided, how many chapters and articles there are, Jiangsu's advanced
level beside Beijing's, and whether the national leading level is within the measures. Worded apart from
bench/qa_sets/questions16_*.json."""
from __future__ import annotations

import pytest

from tests.conftest import answered, declined, eids


@pytest.mark.parametrize("q,article", [("基础级在区里备案，审核大概要几天？", "art_6"),
                                       ("先进级从申请到认定下来通常要多长时间？", "art_7"),
                                       ("How many weeks does the expert evaluation of an application take?", "art_8")])
def test_a_steps_duration_is_not_stated_citing_its_article(client, q, article):
    body = declined(client, q)
    assert eids(body)[:1] == [article], eids(body)[:3]
    assert "未规定" in body["answer"] or "do not state" in body["answer"], body["answer"]


def test_the_notice_length_is_not_stated_but_the_notice_is(client):
    body = declined(client, "先进级名单公示要公示多少个工作日？")
    assert "公示期的长度" in body["answer"] and eids(body)[:1] == ["art_8"], (body["answer"], eids(body))
    # what art_8 does say follows: the notice, then the list
    assert "公示无异议后" in body["answer"], body["answer"]


@pytest.mark.parametrize("q,fact", [("区主管部门隔多久向市里报一次备案结果？", "15日"),
                                    ("这个办法多久以后失效？", "2026年12月31日")])
def test_how_often_and_the_validity_are_answered(client, q, fact):
    body, _head = answered(client, q)
    assert fact in body["answer"], body["answer"]


@pytest.mark.parametrize("q", ["造成2人死亡的生产安全事故属于哪一级？",
                               "重大环境事件和较大环境事件是怎么区分的？",
                               "What loss defines a serious environmental incident?"])
def test_an_accident_grades_criteria_are_declined(client, q):
    body = declined(client, q)
    assert body["structured"]["intent"] == "out_of_scope", body["structured"]
    assert any(s.endswith("foreign-accidentgrade") for s in body["structured"]["facts"]["subjects"]), body


@pytest.mark.parametrize("q,article", [("出过较大的环保事故，还能申请基础级吗？", "art_5__item_3"),
                                       ("Is the title withdrawn after a major safety accident?", "art_12__item_3")])
def test_accidents_of_a_grade_still_bar_or_revoke(client, q, article):
    body, _ = answered(client, q)
    assert article in eids(body)[:3], eids(body)[:3]


@pytest.mark.parametrize("q,fact", [("新办法发布后，以前那个办法是不是作废了？", "数字化车间与智能工厂认定管理办法"),
                                    ("Were any previous measures repealed by these?", "Digital Workshops")])
def test_the_repealed_measures_named(client, q, fact):
    body, _ = answered(client, q)
    assert eids(body)[:1] == ["art_14"], eids(body)[:3]
    assert fact in body["answer"], body["answer"]


@pytest.mark.parametrize("q,facts", [
    ("这份办法总共有几章、几条？", ("5章", "15条")),
    ("What is the number of articles in these measures?", ("5 chapters", "15 articles"))])
def test_chapters_and_articles_counted_from_the_graph(client, q, facts):
    body, head = answered(client, q)
    assert eids(body)[:1] == ["chp_1"], eids(body)[:3]
    assert all(f in head for f in facts), head


def test_the_items_of_a_list_are_not_the_articles(client):
    body, head = answered(client, "撤销称号的情形一共有几条？")
    assert "15条" not in head and "art_12" in eids(body)[:2], (head, eids(body)[:3])


@pytest.mark.parametrize("q,word", [("北京的先进级跟江苏的先进级比有哪些区别？", "江苏"),
                                    ("In what ways is Jiangsu's advanced level unlike Beijing's?", "Jiangsu")])
def test_jiangsu_compared_as_a_whole(client, q, word):
    body, head = answered(client, q)
    assert body["structured"]["intent"] == "scheme_comparison", body["structured"]
    assert word in head and "art_5__item_3" in eids(body), (head, eids(body))


def test_jiangsu_alone_is_still_declined(client):
    declined(client, "江苏的先进级要准备哪些申报材料？")


def test_the_leading_level_is_not_within_the_measures(client):
    body, head = answered(client, "Do the Beijing measures include the leading-level smart factory?")
    assert eids(body)[:1] == ["art_2"], eids(body)[:3]
    assert "basic" in head and "advanced" in head, head
