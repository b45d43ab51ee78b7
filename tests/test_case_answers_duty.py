"""A recognised factory's case asking what to do ("公司更名了应该怎么办", "What must we do?") is answered
with the duty the event brings first (art_12: apply to the city bureau for the change of name), then the
verdict on the title; asked whether the title is kept, the verdict still leads; and when a cause of
revocation applies, the revocation leads whatever was asked (queries/ask_case.yaml revocation.asks_duty)."""
from __future__ import annotations

from kg_service.questions.evaluation import first_sentence
from tests.conftest import ask


def test_asked_what_to_do_after_a_renaming_the_duty_leads(client):
    body = ask(client, "我们是先进级智能工厂，公司名称变更了，需要做什么？")
    first = first_sentence(body["answer"])
    assert "申请更名" in first and "art_12" in first, body["answer"]
    assert "不会因此被撤销" in body["answer"]
    assert body["facts"]["verdict"] == "retain"


def test_asked_what_to_do_in_english_the_duty_leads(client):
    body = ask(client, "Our basic-level factory's company was renamed last month. What do we need to do?")
    first = first_sentence(body["answer"])
    assert first.startswith("After a renaming") and "city bureau" in first, body["answer"]


def test_asked_whether_the_title_is_kept_the_verdict_leads(client):
    body = ask(client, "认定为先进级后公司更名了，称号还保留吗？")
    assert first_sentence(body["answer"]).startswith("称号不会因此被撤销"), body["answer"]


def test_a_revocation_leads_even_when_asked_what_to_do(client):
    body = ask(client, "获评基础级后公司更名了，而且发生了重大环保事故，该怎么办？")
    assert first_sentence(body["answer"]).startswith("称号会被撤销"), body["answer"]
    assert "申请更名" in body["answer"]
