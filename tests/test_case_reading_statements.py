"""The other conditions of art_5 stated in plants' words (issue 17): the factory's state with aspect (still
under construction though to be finished later; accepted but not yet in mass production; in operation since a
past year, not a future one), size, competitiveness and the product policy's restricted list, with negation
reaching a joined list. A category named as the subject of a question states no case."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def service(app):
    return app.state.sfkg


@pytest.mark.parametrize(("q", "want"), [
    ("Our plant is still under construction and should be finished next spring. Basic level?",
     {"factory_built": False, "factory_in_operation": False}),
    ("The new factory passed acceptance but has not yet started mass production. Basic level?",
     {"factory_built": True, "factory_in_operation": False}),
    ("新工厂已经验收，但还没量产，能评基础级吗？", {"factory_built": True, "factory_in_operation": False}),
    ("We have been operating normally since 2019. Basic level?", {"factory_built": True, "factory_in_operation": True}),
    ("我们2019年投产，一直正常运行，基础级？", {"factory_built": True, "factory_in_operation": True}),
])
def test_the_factorys_state_with_its_aspect(service, q, want):
    profile = service.read_case(q)["profile"]
    assert {k: profile.get(k) for k in want} == want


@pytest.mark.parametrize("q", ["我们2027年投产，能申报吗？", "Our plant will start production in 2028. Can we apply?",
                               "我们计划2027年投产，能申报吗？"])
def test_a_start_in_the_future_is_no_state_of_today(service, q):
    profile = service.read_case(q)["profile"]
    assert profile.get("factory_in_operation") is not True


@pytest.mark.parametrize(("q", "field", "value"), [
    ("We're a designated-size industrial enterprise with sales of RMB 350 million. Basic level?",
     "above_designated_size", True),
    ("We lead the domestic market for our products. Basic level?", "market_competitive", True),
    ("我们产品国内市场占有率第一，基础级？", "market_competitive", True),
    ("Our main product is on the restricted list of Beijing's catalogue. Basic?", "product_policy_compliant", False),
    ("我们的主导产品属于北京市禁限目录里的限制类，能申报吗？", "product_policy_compliant", False),
    ("我们的主导产品不属于限制类和淘汰类，能申报吗？", "product_policy_compliant", True),
])
def test_statements_in_plants_words(service, q, field, value):
    case = service.read_case(q)
    assert case["profile"][field] is value
    assert not case["unread"]


def test_a_category_asked_of_is_no_case(service):
    case = service.read_case("限制类产品能申报吗？")
    assert "product_policy_compliant" not in case["profile"]
