"""Policy questions in an applicant's own words, English paraphrases first (issue: questions17): what level of
factory a level is, what results it must show, what its title brings; the day a district report is due asked
beside a filing stated; whether one can still apply under the measures later; whether there is a public
notice (not its length); the review's steps in Chinese (评审…环节: steps, not construction domains); Beijing's
side asked after another scheme's is stated; termination in verb forms; registration and duties declined.
Worded apart from bench/qa_sets/questions17_*.json."""
from __future__ import annotations

import pytest

from tests.conftest import answered, declined, eids


@pytest.mark.parametrize("q,unit,fact", [
    ("What kind of factory is an advanced-level smart factory?", "att_2__intro", "integration"),
    ("What sort of factory is a basic-level smart factory?", "att_1__intro", "basic digital"),
    ("基础级智能工厂是什么水平的？", "att_1__intro", "数字化网络化基础能力"),
])
def test_a_level_asked_what_factory_it_is_is_its_definition(client, q, unit, fact):
    body, _ = answered(client, q)
    assert eids(body)[:1] == [unit], eids(body)[:3]
    assert fact in body["answer"], body["answer"]


def test_the_results_a_basic_factory_must_show_are_annex_1s_effectiveness(client):
    body, _head = answered(client, "What outcomes must a basic-level smart factory achieve?")
    assert "att_1__sec_2" in eids(body)[:3], eids(body)[:3]
    assert "average" in body["answer"], body["answer"]


def test_what_the_basic_title_gets_is_art_10(client):
    body, head = answered(client, "And the basic level, what does that title get us exactly?")
    assert eids(body)[:1] == ["art_10"], eids(body)[:3]
    assert "digital-transformation" in head, head


@pytest.mark.parametrize("q", ["Our parent plans to liquidate the company next year. What happens to the title?",
                               "公司准备解散，智能工厂称号会怎样？"])
def test_termination_in_its_verb_forms_revokes(client, q):
    body, _ = answered(client, q)
    assert eids(body)[:1] == ["art_12__item_2"], eids(body)[:3]
    assert "revoked" in body["answer"] or "撤销" in body["answer"], body["answer"]


@pytest.mark.parametrize("q", [
    "We completed the basic-level filing in August. By what date does the district pass it to the city?",
    "我们8月份做了基础级备案，区里最晚几号报到市局？"])
def test_the_report_day_asked_beside_a_filing_is_art_6s_deadline(client, q):
    body, head = answered(client, q)
    assert eids(body)[:1] == ["art_6"], eids(body)[:3]
    assert "15" in head, head
    # the filing stated is the asker's case, returned as its facts (the contract); the date answers first
    facts = body.get("facts") or {}
    assert not facts.get("profile") or facts["profile"].get("basic_filing", {}).get("filed") is True, facts


@pytest.mark.parametrize("q", [
    "Our documents won't be finished until March next year. Can we still apply under the measures?",
    "我们明年三月才准备好材料，还可以按本办法申请吗？"])
def test_applying_later_is_answered_by_the_expiry(client, q):
    body, head = answered(client, q)
    assert eids(body)[:1] == ["art_14"], eids(body)[:3]
    assert "2026" in head, head


def test_whether_there_is_a_public_notice_is_art_8(client):
    body, _ = answered(client, "Are there any public notice periods before the advanced-level list comes out?")
    assert eids(body)[:1] == ["art_8"], eids(body)[:3]
    assert "public notice" in body["answer"], body["answer"]
    # its length stays unstated
    declined(client, "How long is the public notice period before the advanced-level list comes out?")


def test_the_reviews_steps_in_chinese_are_the_procedure_not_the_domains(client):
    body, _head = answered(client, "申报先进级，评审一共有哪几个环节？")
    assert "现场核查" in body["answer"], body["answer"]
    assert "art_8" in eids(body)[:3], eids(body)[:3]


@pytest.mark.parametrize("q,fact", [("Jiangsu bars only major accidents. Which grade does Beijing bar?", "较大"),
                                    ("江苏只看重大事故，北京看哪个等级的事故？", "较大")])
def test_beijing_asked_after_another_scheme_is_stated(client, q, fact):
    body, head = answered(client, q)
    assert eids(body)[:1] == ["art_5__item_3"], eids(body)[:3]
    assert fact in head, head


def test_who_recognises_nationally_is_added(client):
    body, _head = answered(client, "Who reviews the advanced level in Beijing, and who does that nationally?")
    assert "art_4" in eids(body)[:3], eids(body)[:3]
    assert "Provincial" in body["answer"] or "provincial" in body["answer"], body["answer"]


def test_the_notice_addressee_is_not_its_issuer(client):
    body, _ = answered(client, "Who was the notice addressed to?")
    assert eids(body)[:1] == ["notice"], eids(body)[:3]
    assert "district" in body["answer"], body["answer"]


@pytest.mark.parametrize("q", ["How can we register a wholly foreign-owned company in Haidian?",
                               "What customs duty applies to imported robots?",
                               "What are the requirements for green factory recognition in Beijing?"])
def test_other_procedures_are_declined(client, q):
    body = declined(client, q)
    assert eids(body) in ([], ["art_2"]), eids(body)


def test_the_grading_rules_stay_declined(client):
    declined(client, "What is the grading threshold of deaths for a larger accident?")
