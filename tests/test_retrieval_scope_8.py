"""Scope and retrieval of GET /ask for subjects that share words with the measures but are governed
elsewhere (ontology/scope.ttl): safety standardisation, future factories and the WEF network, ISO
standards, credit repair, the amount of a fine, cross-border data, the statistical size classes,
registered capital, the tax credit rating -- declined; while the measures' own questions on the same
words (a fine stated of the asker, a bad credit record, 规模以上, the networking indicator) stay
answered. The questions are the project's own, not those of bench/qa_sets/scope_8.json."""
from __future__ import annotations

import pytest

from tests.conftest import ask, eids

DECLINED = [
    "安全生产标准化达标企业怎么申请？",
    "未来工厂的认定条件有哪些？",
    "How can a plant be admitted to the WEF Global Lighthouse Network?",
    "ISO 27001认证需要准备什么？",
    "How long does ISO 45001 certification take?",
    "信用修复要提交哪些材料？",
    "How do we apply for removal from the list of dishonest enterprises?",
    "重大环境事故罚款多少？",
    "What fine does the Environmental Protection Law set for an environmental accident?",
    "中小企业划型标准是什么？",
    "What is the SME classification for industrial firms?",
    "公司注册资本最低是多少？",
    "数据出境安全评估怎么申报？",
    "How does the tax credit rating work?",
]


@pytest.mark.parametrize("question", DECLINED)
def test_a_subject_governed_elsewhere_is_declined(client, question):
    body = ask(client, question)
    assert body["addressed"] is False, body["answer"]
    assert body["structured"]["intent"] == "out_of_scope" and body["structured"]["facts"]["kind"] == "foreign"
    assert eids(body) == ["art_2"]


KEPT = [
    # a fine, a credit record, the size stated of the asker or asked of the measures: their own questions
    ("我们去年被环保局罚款5万元，还能申报基础级吗？", ["art_5__item_3", "art_5"]),
    ("认定为先进级后被市场监管局罚款了，称号会被撤销吗？", ["art_12__item_5", "art_12"]),
    ("有不良信用记录的企业能申报吗？", ["art_5__item_3"]),
    ("我们曾被列为失信被执行人，能申报基础级吗？", ["art_5__item_3", "art_5"]),
    ("规模以上工业企业的标准是什么？", ["art_5__item_1"]),
    ("What networking rate does the electronics industry need for the advanced level?", ["att_2-1__row_3"]),
    ("We are certified to ISO 27001. Which condition covers data security?", ["art_5__item_5"]),
]


@pytest.mark.parametrize(("question", "gold"), KEPT)
def test_the_measures_own_question_on_the_same_words_is_answered(client, question, gold):
    body = ask(client, question)
    assert body["addressed"] is True, body["answer"]
    assert set(eids(body)[:3]) & set(gold), eids(body)
