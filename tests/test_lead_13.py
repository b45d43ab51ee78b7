"""The lead's cases of the thirteenth wave: a word of its own that begins with 不 negates nothing after it
("消防检查不合格被罚款" states a fine, not its absence), and a procedure told by its outcome ("fined for a failed
fire inspection") is the asker's case, not a question about that procedure."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ask, case_reader, facts

DAY = date(2026, 10, 15)
V = "violations"


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


@pytest.mark.parametrize("q,want", [
    # 不合格 / 不规范 / 不当 are words of their own: the fine after them stands
    ("我们今年3月因消防检查不合格被消防救援支队罚款2万元，能申报吗？", {"violations.0.date": "2026-03-15"}),
    ("今年5月因台账管理不规范被环保局处罚了，还能报吗", {"violations.0.date": "2026-05-15"}),
    # a plain negation before the fine still denies it
    ("我们近三年没有被罚款，能申报吗？", {V: []}),
])
def test_a_word_beginning_with_bu_does_not_deny_a_fine(read, q, want):
    assert facts(read(q)) == want


def test_a_careless_act_does_not_deny_the_accident_it_caused(read):
    # "操作不当引发" caused an accident: whatever is read of it, it is not "no accidents"
    assert facts(read("员工操作不当，今年2月引发了一起较大安全事故，还能申报吗？")).get("incidents") != []


@pytest.mark.parametrize("q", [
    "We were fined last year for a failed fire inspection. Can we apply?",
    "After a failed fire inspection in March 2026 we paid a penalty. Can we still apply for the basic level?",
])
def test_a_procedure_told_by_its_outcome_is_the_askers_case(client, q):
    body = ask(client, q)
    assert body["addressed"] is True, body["answer"]
    assert [v for v in body["facts"]["profile"].get(V, [])], body["facts"]


def test_a_question_about_the_procedure_itself_is_still_declined(client):
    assert ask(client, "How do I pass a fire inspection in Beijing?")["addressed"] is False
