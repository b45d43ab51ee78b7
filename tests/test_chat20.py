"""Pasted chats (chat20): a bare answer of the asker's ("我：嗯，56.5", "Me: 72", "答：还没有", "A: yes") is bound to
the one field the other's question before it names, with a stated value's rules; a hedge is asked back, an answer
to a question of two fields is bound to neither, and the other's questions state nothing of the case.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

N, W, E = ("indicators.key_process_nc_rate", "indicators.equipment_networking_rate",
           "indicators.energy_per_output_reduction")


@pytest.fixture(scope="module")
def read():
    return case_reader(date(2026, 12, 7))


@pytest.mark.parametrize(("q", "want"), [
    ("顾问：我们先对一下指标，关键工序数控化率多少？\n我：嗯，58.5", {N: 58.5}),
    ("客服：你们设备联网率大概多少？\n我方：0.66", {W: 66}),
    ("问：是否已完成基础级备案？ 答：还没有", {"basic_filing.filed": False}),
    ("顾问：是否属于规上企业？\n我：是的", {"above_designated_size": True}),
    ("顾问：数控化率多少？\n我：71\n顾问：那联网率呢？\n我：63", {N: 71, W: 63}),
    ("Consultant: What is your networking rate?\nMe: 64", {W: 64}),
    ("Q: Is your factory in operation?\nA: Yes, since 2023.", {"factory_built": True, "factory_in_operation": True}),
    ("Consultant: How much did your energy use per unit of output fall?\nMe: 6%", {E: 6}),
])
def test_a_bare_answer_takes_the_field_asked(read, q, want):
    r = read(q)
    assert facts(r) == want, (r.facts, r.unread)


def test_the_answer_keeps_its_own_words(read):
    q = "顾问：关键工序数控化率多少？\n我：嗯，56.5"
    f = read(q).facts[0]
    assert q[f.start:f.end] == "嗯，56.5" and f.words == "我：嗯，56.5"


@pytest.mark.parametrize(("q", "field"), [
    ("顾问：生产设备联网率多少？\n我：大概61，也许62", W),
    ("Consultant: What is your networking rate?\nMe: about 61, maybe 62", W),
    ("顾问：联网率多少？\n我：可能70吧", W),
])
def test_a_hedged_answer_is_asked_back(read, q, field):
    r = read(q)
    assert field not in facts(r), r.facts
    assert any(field in a.fields for a in r.asks.values()), r.asks


@pytest.mark.parametrize("q", [
    "顾问：数控化率和联网率分别多少？\n我：72",
    "Consultant: What are your NC rate and networking rate?\nMe: 72",
    "Consultant: Is your factory in operation and are you above designated size?\nMe: yes",
    "顾问：是否独立法人、是否规上？\n我：是",
    "顾问：您好\n我：72",
    "Consultant: Which industry are you in?\nMe: 72",
])
def test_an_answer_of_no_single_field_is_not_bound(read, q):
    r = read(q)
    assert facts(r) == {}, r.facts


def test_rule_like_lines_of_a_first_person_message_are_read(read):
    r = read("我们的情况：\n生产工艺先进，主导产品符合北京市产业政策。\n无不良信用记录。")
    assert facts(r) == {"advanced_technology": True, "product_policy_compliant": True, "bad_credit_record": False}
