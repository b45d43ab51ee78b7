"""Policy questions of the kinds weak on blind sets (issue: questions15): how many tiers, cases of revocation,
construction domains or KPIs there are; the national leading level asked as if Beijing's; what makes an
accident 较大 or 重大; how long the review or the public notice lasts; each level defined; the title kept or
lost after a move. Worded apart from bench/qa_sets/questions15_*.json."""
from __future__ import annotations

import pytest

from tests.conftest import answered, ask, declined, eids


@pytest.mark.parametrize("q,count", [("本市的智能工厂总共分成几个层次？", "2个"),
                                     ("北京智能工厂有几档？", "2个"),
                                     ("How many tiers of smart factory does Beijing recognise?", "2 levels")])
def test_tiers_counted_as_the_levels_recognised(client, q, count):
    body, head = answered(client, q)
    assert eids(body)[:1] == ["art_2"], eids(body)[:3]
    assert count in head, head


def test_accident_grades_asked_are_not_the_levels(client):
    body = ask(client, "事故分几级？")
    assert "2个级别" not in body["answer"], body["answer"]


@pytest.mark.parametrize("q,word", [("称号会因为哪几种情况被撤销，一共几种？", "五种"),
                                    ("How many reasons can lead to the title being revoked?", "five cases")])
def test_revocation_cases_counted(client, q, word):
    body, head = answered(client, q)
    assert "art_12" in eids(body)[:3], eids(body)[:3]
    assert word in head, head


def test_conditions_counted_not_the_indicators(client):
    body, head = answered(client, "申请智能工厂认定一共要具备几项条件？")
    assert eids(body)[:1] == ["art_5"], eids(body)[:3]
    assert "八项" in head and "5个主要技术经济指标" not in head, head


def test_annex_3_counted_by_its_number(client):
    body, head = answered(client, "附件3里总共有多少个指标？")
    assert eids(body)[:1] == ["att_3"], eids(body)[:3]
    assert "20项" in head, head


def test_domains_counted_as_a_whole_then_the_minimum(client):
    body, head = answered(client, "智能工厂建设内容一共分几个环节？")
    assert "att_1__sec_1" in eids(body)[:3], eids(body)[:3]
    assert "5个环节" in head and "工厂建设" in head, head
    # the minimum asked stays the minimum
    body, head = answered(client, "基础级起码要覆盖几个环节？")
    assert "5个环节" not in head and "生产作业" in head, head


def test_kpi_list_of_a_category_keeps_its_first_sentence_whole(client):
    _, head = answered(client, "价值效益类指标包括哪些？")
    assert "研制周期缩短" in head and "销售增长率" in head, head


@pytest.mark.parametrize("q", ["北京市领航级智能工厂的申报条件是什么？",
                               "How do we apply to MIIT for the leading level under Beijing's scheme?"])
def test_leading_level_asked_as_beijings_procedure_is_declined(client, q):
    body = declined(client, q)
    assert eids(body) == ["art_2"], eids(body)


def test_whether_beijing_grants_the_leading_level_is_answered(client):
    body, _ = answered(client, "北京可以评领航级智能工厂吗？")
    assert "art_2" in eids(body)[:3], eids(body)[:3]
    # the excellent level, which art_4 relates to the advanced level, keeps its answer
    body, _ = answered(client, "北京卓越级智能工厂怎么评？")
    assert eids(body)[:1] == ["art_4"], eids(body)[:3]


@pytest.mark.parametrize("q", ["直接经济损失达到多少算重大事故？", "较大事故和一般事故怎么区分？",
                               "How much economic loss turns an accident into a major one?"])
def test_accident_grading_by_loss_is_declined(client, q):
    declined(client, q)


def test_an_accident_stated_with_its_loss_is_still_answered(client):
    body = ask(client, "前年出过一次较大安全事故，直接经济损失800万元，能申报基础级吗？")
    assert body["addressed"] is not False, body["answer"]
    assert "art_5__item_3" in eids(body)[:3], eids(body)[:3]


@pytest.mark.parametrize("q", ["先进级认定整个评审下来要多长时间？", "公示一般是多少个工作日？", "专家评审大概要几天？",
                               "How long will the review of our advanced-level application take?"])
def test_durations_the_measures_leave_open(client, q):
    body = declined(client, q)
    assert "art_8" in eids(body), eids(body)


@pytest.mark.parametrize("q,eid,word", [("什么是先进级智能工厂？", "att_2__intro", "集成能力"),
                                        ("What is an advanced-level smart factory under these measures?",
                                         "att_2__intro", "integration"),
                                        ("What is a basic-level smart factory under these measures?", "att_1__intro",
                                         "basic digital")])
def test_each_level_defined_by_its_annex_opening(client, q, eid, word):
    body, head = answered(client, q)
    assert eids(body)[:1] == [eid], eids(body)[:3]
    assert word in head, head


def test_district_authority_spelt_out(client):
    _, head = answered(client, "文件里说的区主管部门是指哪个部门？")
    assert "区经济和信息化主管部门" in head, head


@pytest.mark.parametrize("q,eid", [("注册在天津的企业可以申请吗？", "art_5__item_1"),
                                   ("公司注册地迁到了河北，称号还在吗？", "art_12__item_4")])
def test_applying_from_outside_and_moving_out_apart(client, q, eid):
    body, _ = answered(client, q)
    assert eids(body)[:1] == [eid], eids(body)[:3]


def test_next_rung_after_the_advanced_level(client):
    body, head = answered(client, "评上先进级以后还能再往上评哪一级？")
    assert "art_4" in eids(body)[:2], eids(body)[:3]
    assert "卓越级" in head, head


def test_maturity_beside_beijing_compared(client):
    _, head = answered(client, "卓越级对成熟度的要求，和北京比呢？")
    assert "二级" in head and "三级" in head, head
