"""GET /ask for policy questions asked in two clauses or in everyday words (bench/qa_sets/lead_9.json
kinds, other wordings): the obligations after recognition asked after a comma, ..."""
from __future__ import annotations

import pytest

from kg_service.graph import get_knowledge_graph
from kg_service.questions.evaluation import first_sentence
from kg_service.questions.structured import ConceptMatcher
from tests.conftest import ask, eids

OBLIGATIONS = [
    "评上先进级智能工厂以后，公司要做什么？",
    "基础级认定下来后，对我们有哪些要求？",
    "What is expected of an advanced-level smart factory after it is recognised?",
]


@pytest.mark.parametrize("question", OBLIGATIONS)
def test_the_obligations_asked_after_a_comma_lead_with_art_9(client, question):
    body = ask(client, question)
    assert eids(body)[:2] == ["art_9", "art_12"], eids(body)
    head = first_sentence(body["answer"]).lower()
    assert "配合" in head or "cooperate" in head, body["answer"]


def test_a_gapped_name_crosses_a_comma_but_not_a_sentence_end():
    m = ConceptMatcher.from_graph(get_knowledge_graph())
    found = {x.concept.rsplit("/", 1)[-1] for x in m.find("认定以后，企业要做什么")}
    assert "topic-obligations" in found
    found = {x.concept.rsplit("/", 1)[-1] for x in m.find("认定以后。企业要做什么")}
    assert "topic-obligations" not in found


# a topic named beside another whose answer it is one part of: the more specific one answers
# (the revenue line is one condition of the application; the level and 智能工厂 name no subject)
TOPICS = [
    ("申请先进级智能工厂，营业收入有没有门槛？", ["art_5__item_1", "art_5"], "2000"),
    ("基础级申报对年收入有下限吗？", ["art_5__item_1", "art_5"], "2000"),
    ("如何向区里提出先进级智能工厂的认定申请？", ["art_7"], "区主管部门"),
]


@pytest.mark.parametrize("question,lead,fact", TOPICS)
def test_the_more_specific_topic_answers(client, question, lead, fact):
    body = ask(client, question)
    assert eids(body)[0] in lead, eids(body)
    assert fact in first_sentence(body["answer"]), body["answer"]


def test_a_name_that_only_stemming_makes_a_function_word_is_not_found():
    m = ConceptMatcher.from_graph(get_knowledge_graph())
    found = {x.concept.rsplit("/", 1)[-1] for x in m.find("Before it can file, what must a company do?")}
    assert "gbt4754-C14" not in found  # "canning" stems to "can"
    found = {x.concept.rsplit("/", 1)[-1] for x in m.find("We make canned food.")}
    assert "gbt4754-C14" in found
    found = {x.concept.rsplit("/", 1)[-1] for x in m.find("Why do the measures exist?")}
    assert "topic-purpose" in found  # a name that is a function word itself stays


# an accident placed before the application is the application's look-back (art_5 item 3), not the
# revocation of a title held (art_12 item 3), which names the same accidents
APPLICANT_ACCIDENTS = [
    "申报之前出过一次质量事故，对认定有影响吗？",
    "Before we apply: we had an environmental accident last spring. Can we still be recognised?",
]


@pytest.mark.parametrize("question", APPLICANT_ACCIDENTS)
def test_an_accident_before_applying_points_to_the_look_back(client, question):
    got = eids(ask(client, question))
    assert "art_5__item_3" in got[:3], got
    assert got.index("art_5__item_3") < got.index("art_12__item_3") if "art_12__item_3" in got else True, got


# coverage is a word any scheme shares: beside another scheme named as the subject it does not hold the
# question here, while what the construction domains must cover is still answered
@pytest.mark.parametrize("question", ["5G全连接工厂的网络覆盖要达到什么标准？",
                                      "How much network coverage does a 5G fully connected factory need?"])
def test_coverage_of_another_scheme_is_declined(client, question):
    body = ask(client, question)
    assert body["addressed"] is False, body["answer"]


@pytest.mark.parametrize("question", ["先进级的建设内容至少覆盖哪几个环节？",
                                      "What must advanced-level construction cover at least?"])
def test_what_the_domains_must_cover_is_answered(client, question):
    body = ask(client, question)
    assert body["addressed"] is not False and eids(body)[0] in ("att_2__sec_1", "att_2"), eids(body)


def test_a_place_opening_a_label_keeps_its_capital(client):
    body = ask(client, "How many of the indicators must an advanced-level smart factory reach?")
    assert "beijing" not in body["answer"].replace("Beijing", ""), body["answer"]
    from kg_service.questions.structured import _lower_first
    assert _lower_first("Beijing advanced-level smart factory") == "Beijing advanced-level smart factory"
    assert _lower_first("Production equipment networking rate") == "production equipment networking rate"


# the measures put the review's result to a public notice (art_8) and name no length: said first, art_8 cited,
# and not confused with the review's processing time
@pytest.mark.parametrize("question,words", [
    ("公示时长是多少天？", "公示期的长度"),
    ("What is the public notice period for the advanced-level list?", "the length of the public notice"),
])
def test_the_length_of_the_public_notice_is_said_to_be_unstated(client, question, words):
    body = ask(client, question)
    assert body["addressed"] is False and eids(body) == ["art_8"], body
    head = first_sentence(body["answer"])
    assert words in head and "processing time" not in head and "审核时长" not in head, body["answer"]


# which KPI it is, asked beside the asker's trade: the KPI, not the trade's row of thresholds
@pytest.mark.parametrize("question,number", [
    ("做锅炉的企业，单位产品能耗对应哪项指标？", 16),
    ("For a boilers manufacturer, which KPI reflects the energy used per product?", 16),
    ("Which KPI shows how well raw material is used at a cement maker?", 8),
])
def test_which_kpi_beside_a_trade_is_the_kpi(client, question, number):
    body = ask(client, question)
    assert eids(body)[0] == f"att_3__kpi_{number}", (eids(body), body["answer"])
    head = first_sentence(body["answer"])
    assert f"第{number}项" in head or f"KPI {number}" in head, body["answer"]


def test_a_rival_kpi_held_only_by_the_trade_words_does_not_block():
    from kg_service.questions.structured import StructuredAnswerer

    s = StructuredAnswerer(get_knowledge_graph())
    q = "Which KPI should a boilers manufacturer look at for energy use per product?"
    assert [k.rsplit("/", 1)[-1] for k in s._kpi_in_other_words(q, "en", s.matcher.find(q))] == ["kpi-16"]
    q = "Which metric covers the repeated utilisation of water resources?"  # half of KPI 19's name: no guess
    assert s._kpi_in_other_words(q, "en", s.matcher.find(q)) == []


@pytest.mark.parametrize("question", ["Where should our application for the advanced level be sent?",
                                      "Who receives applications for advanced-level recognition?"])
def test_the_application_named_before_the_level_is_art_7(client, question):
    body = ask(client, question)
    assert eids(body)[0] == "art_7", eids(body)
    assert "district" in first_sentence(body["answer"]).lower(), body["answer"]


# a certification stated of the asker with its participle's preposition ("certified to") is the asker's,
# not the question's subject: the measures' own condition is still answered
def test_a_certification_stated_with_to_is_the_askers(client):
    body = ask(client, "Our plant is certified to ISO 45001. Which condition is about safety accidents?")
    assert body["addressed"] is True and "art_5__item_3" in eids(body)[:3], (eids(body), body["answer"])
