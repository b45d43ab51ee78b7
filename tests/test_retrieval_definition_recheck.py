"""What a level is, asked in other words ("what counts as", 是什么意思), leads with the annex's definition of
that level, not the measures' scope (art_2); who performs the district's review after which a basic-level
factory counts as 数字化转型达标 is that step's performer (art_10, procedure.ttl), not the level's summary
(art_4). Thesaurus data (topic-definition, topic-recheck's sfkg:aboutStep); the project's own questions."""
from __future__ import annotations

import pytest

from kg_service.questions.evaluation import first_sentence
from tests.conftest import ask, eids


@pytest.mark.parametrize(("question", "unit"), [
    ("What counts as a basic-level smart factory?", "att_1__intro"),
    ("What is meant by an advanced-level smart factory?", "att_2__intro"),
    ("先进级智能工厂是什么意思？", "att_2__intro"),
])
def test_a_level_asked_what_it_is_leads_with_its_definition(client, question, unit):
    assert eids(ask(client, question))[0] == unit


@pytest.mark.parametrize(("question", "who"), [
    ("基础级智能工厂的复核由谁负责？", "区经济和信息化主管部门"),
    ("Who reviews a basic-level factory before it counts as digital-transformation compliant?", "district"),
])
def test_who_performs_the_district_review_is_answered_by_art_10(client, question, who):
    body = ask(client, question)
    assert eids(body)[0] == "art_10"
    first = first_sentence(body["answer"])
    assert who in first and ("复核" in first or "review" in first), first
