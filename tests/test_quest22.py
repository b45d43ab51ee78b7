"""Policy questions of the kinds /ask answered weakly (quest22): yes/no questions that negate a requirement,
answered verdict-first with the unit; the measures' validity (their dates, a title's term, what follows their
end, titles of before); what the annexes and applicants' materials are; who is not eligible; a case supposed of
any firm read as the policy question it is (no facts), while the asker's own case still reads. Worded apart from
bench/qa_sets/quest22_*.json."""
from __future__ import annotations

import pytest

from tests.conftest import answered, ask, declined, eids


@pytest.mark.parametrize("q,unit,fact", [
    ("Is it true that basic-level factories don't file with the district at all?", "art_6", "Filing is required"),
    ("Can an enterprise that has not done its basic-level filing still go for the advanced level?", "art_7",
     "basic-level smart factory"),
    ("Is it true the advanced level does not involve any expert review?", "art_8", "Expert review is required"),
    ("Is it true that the basic level has no expert review?", "art_6", "no expert review"),
    ("Don't basic-level factories have to cover operations management?", "att_1__sec_1", "not required at the basic"),
    ("Is it true that advanced factories need not cover operations management?", "att_2__sec_1",
     "required at the advanced level"),
    ("Isn't it necessary to hit all 5 indicators for the advanced level?", "att_2__sec_2", "3 of the 5"),
    ("先进级是不是不用经过公示？", "art_8", "公示"),
    ("难道基础级不用自评吗？", "art_6", "自建自评"),
    ("不在北京注册的企业是不是也能申报？", "art_5__item_1", "北京市内注册"),
])
def test_a_negated_requirement_is_answered_verdict_first_with_its_unit(client, q, unit, fact):
    body, first = answered(client, q)
    assert eids(body)[0] == unit, eids(body)[:3]
    assert fact in first, first
    assert unit in first, first  # the eId stands in the first sentence
    assert body["facts"] is None


@pytest.mark.parametrize("q", [
    "Do the smart factory rules end at some point?",
    "What happens to a title after the measures run out?",
    "这个办法2026年以后还管用吗？",
])
def test_the_measures_end_is_told_with_the_iso_date_and_art_14(client, q):
    body, first = answered(client, q)
    assert eids(body)[0] == "art_14", eids(body)[:3]
    assert "2026-12-31" in first and "art_14" in first, first


def test_a_title_of_the_former_measures_is_said_to_be_left_open(client):
    body, _ = answered(client, "Does a recognition obtained under the former measures still count?")
    assert eids(body)[0] == "art_14"
    assert "repeal" in body["answer"] and "carry over" in body["answer"], body["answer"]


@pytest.mark.parametrize("q,fact", [
    ("How many years is a smart factory title valid for?", "2026-12-31"),
    ("认定的称号有效几年？", "2026年12月31日"),
])
def test_a_titles_term_is_not_stated_but_the_measures_end_is_said(client, q, fact):
    body = declined(client, q)  # the measures set no term of a title's own (new_kinds_2 declines it)
    assert fact in body["answer"] and "art_14" in body["answer"], body["answer"]
    assert eids(body)[:2] == ["art_14", "art_12"]


@pytest.mark.parametrize("q,first_unit,fact", [
    ("Which companies are not eligible?", "art_5", "above designated size"),
    ("Who is excluded from smart factory recognition?", "art_5", "independent legal person"),
    ("Which firms cannot apply for the advanced level?", "art_7", "basic-level smart factory"),
    ("什么企业没有资格申报？", "art_5", "独立法人"),
])
def test_who_is_not_eligible_is_answered_from_art_5(client, q, first_unit, fact):
    body, _ = answered(client, q)
    assert eids(body)[0] == first_unit, eids(body)[:3]
    if first_unit == "art_5":
        assert "art_5__item_1" in eids(body)[:4]
    assert fact in body["answer"], body["answer"]


def test_which_firms_assess_is_still_the_assessors_subject(client):
    declined(client, "Which firms can assess our maturity level?")


@pytest.mark.parametrize("q,unit", [
    ("If an enterprise had a serious (major) safety accident last year, could it apply?", "art_5__item_3"),
    ("Can a company that has not reached maturity level 2 still apply?", "art_5__item_7"),
    ("Suppose a firm's registered office were in Hebei: could it be recognised?", "art_5__item_1"),
    ("假如一家企业有不良信用记录，还能申报吗？", "art_5__item_3"),
    ("What does maturity level 2 mean here?", "art_5__item_7"),
])
def test_a_case_supposed_of_any_firm_is_a_policy_question(client, q, unit):
    body, _ = answered(client, q)
    assert body["facts"] is None, body["facts"]
    assert unit in eids(body)[:3], eids(body)[:3]


@pytest.mark.parametrize("q,path,value", [
    ("Our maturity is only level 1. Can we apply for the basic level?", "maturity_level", 1),
    ("我们公司注册在河北，能申报基础级吗？", "registration", None),
    ("The applicant's maturity level is 3; does it qualify for the basic level?", "maturity_level", 3),
])
def test_the_askers_own_case_still_reads(client, q, path, value):
    body = ask(client, q)
    assert body["facts"] is not None, body["answer"]
    assert path in body["facts"]["profile"], body["facts"]["profile"]
    if value is not None:
        assert body["facts"]["profile"][path] == value


@pytest.mark.parametrize("q,unit,fact", [
    ("What does annex 2 contain?", "att_2", "(att_2)"),
    ("附件3是什么内容？", "att_3", "（att_3）"),
    ("What does an applicant have to submit for the basic level?", "art_6", "self-assessment"),
    ("What is meant by security controllable in the conditions?", "art_5__item_5", "secure and controllable"),
])
def test_content_questions_name_the_unit_first(client, q, unit, fact):
    body, _ = answered(client, q)
    assert eids(body)[0] == unit, eids(body)[:3]
    assert fact in body["answer"], body["answer"]
