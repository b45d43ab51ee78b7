"""The national (MIIT) scheme's levels asked about as such (task national13): the answer says first that the
national scheme has four levels (basic, advanced, excellent, leading; from the reference file's public sources,
marked as not set by the measures), then which two the measures recognise (art_2) and the recommendation to MIIT
(art_4). A question that names Beijing or the measures beside the national levels is about the measures' levels and
keeps its answer unchanged. Wordings are not those of bench/qa_sets/national_13.json.
"""
from __future__ import annotations

import pytest

from tests.conftest import ask, eids


@pytest.mark.parametrize(("q", "first"), [
    ("工信部的智能工厂分哪几个级别？", ["4级", "领航级"]),
    ("全国范围的智能工厂有几个等级？", ["4级", "卓越级"]),
    ("What levels are there in MIIT's smart factory programme?", ["4 levels", "leading"]),
    ("How many levels does the nationwide smart factory ranking have?", ["4 levels", "excellent"]),
])
def test_national_levels_said_first(client, q, first):
    body = ask(client, q)
    opening = body["answer"].split("。")[0].split(". ")[0]
    assert all(w in opening for w in first), body["answer"]
    assert "art_4" in eids(body)[:3]
    assert "非本办法规定" in body["answer"] or "not set by the measures" in body["answer"]


@pytest.mark.parametrize("q", [
    "国家分四级，北京这个办法认定哪几级？",
    "The national scheme has four levels; which levels do the Beijing measures recognise?",
])
def test_measures_levels_when_beijing_is_named(client, q):
    body = ask(client, q)
    assert not body["answer"].startswith(("国家", "The national"))
    assert "art_2" in eids(body)[:3]


def test_national_standards_are_not_the_national_scheme(client):
    body = ask(client, "本办法引用了哪些国家标准？")
    assert "领航级" not in body["answer"]


@pytest.mark.parametrize("q", ["北京这边可以直接认定卓越级智能工厂吗？", "北京市可以认定卓越级吗？"])
def test_excellent_level_named_with_beijing_points_to_the_recommendation(client, q):
    body = ask(client, q)
    assert eids(body)[0] == "art_4"
    assert "工业和信息化部" in body["answer"].split("。")[0]


def test_helping_the_bureau_is_the_duty_to_cooperate(client):
    body = ask(client, "Once we hold the title, are we supposed to help the city bureau in some way?")
    assert eids(body)[0] == "art_9"
    assert "cooperate" in body["answer"]
