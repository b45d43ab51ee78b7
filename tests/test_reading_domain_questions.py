"""A question about what a construction domain holds ("What does operations management cover at the basic
level?", "生产管理包括哪些内容") asks the rules' content: no case is read from it (the domain is not the
asker's coverage, queries/read_case.yaml ``domains.asks``), while a statement of the asker's coverage
beside it, in its own clause, still is."""
from __future__ import annotations

import pytest

from tests.conftest import ask, eids


@pytest.mark.parametrize(("question", "unit"), [
    ("What does operations management cover at the basic level?", "att_1__sec_1__item_5"),
    ("What does production management include for the advanced level?", "att_2__sec_1__item_4"),
    ("基础级的运营管理包括哪些内容？", "att_1__sec_1__item_5"),
])
def test_a_question_about_a_domains_content_reads_no_case(client, question, unit):
    body = ask(client, question)
    assert body["facts"] is None, body["answer"]
    assert not body["answer"].startswith(("No", "不")), body["answer"]
    assert unit in eids(body)[:3]


@pytest.mark.parametrize("question", [
    "We only cover production operation. Is that enough for the basic level?",
    "我们做了生产作业，覆盖哪些环节才够基础级？",
])
def test_the_askers_coverage_is_still_read(client, question):
    body = ask(client, question)
    assert body["facts"]["profile"]["domains"] == ["production_operation"]
