"""Reading stated cases, twenty-first wave (task conditions21): the yes/no and small facts of art_5 told plainly,
with no question asked ("公司近三年财务状况良好，营业收入2.3亿元。", "The plant was commissioned last spring"), or
as a form filled in whose other lines are then the asker's too ("- 企业规模：规下\\n- 独立法人：是"); a form's
answers in the official words ("财务状况：近三年均盈利、无亏损", "产品是否符合产业政策：是", "关键装备安全可控：是");
"与本市产业政策相符", "优于同行业平均水平", "outperform the industry average", "production started in 2024", "a
limited company in our own name", equipment and software "all … controllable". A value inferred from the kind of
entity ("we're a subsidiary") yields to the field said outright ("…, not a separate legal entity"). Never guessed:
all but one ("除了能耗以外，其他指标都高于…"), another firm's plant, a rule's wording or a question without a case.
bench/qa_sets/conditions21_{a,b}.json score the same at scale."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

DAY = date(2026, 6, 1)


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


def asked_back(reading, field: str) -> bool:
    return field not in facts(reading) and any(field in a.fields for a in reading.asks.values())


@pytest.mark.parametrize("q,want", [
    # told plainly: the enterprise opens the words, nothing asked
    ("公司近三年财务状况良好，营业收入2.3亿元。", {"finances_sound_3y": True, "annual_revenue_10k_cny": 23000}),
    ("公司连续三年亏损，资金周转困难。", {"finances_sound_3y": False}),
    ("本厂使用的关键技术装备和工业软件都是国产的，安全可控。", {"security_controllable": True}),
    ("公司成立了智能制造推进办公室，由副总经理牵头。", {"organization_mechanism": True}),
    ("关键设备均已实现自主可控。", {"security_controllable": True}),
    ("The company has been profitable for the last three years.", {"finances_sound_3y": True}),
    # forms
    ("财务状况：近三年均盈利、无亏损\n信用记录：良好", {"finances_sound_3y": True, "bad_credit_record": False}),
    ("产品是否符合产业政策：是\n是否规上：是", {"product_policy_compliant": True, "above_designated_size": True}),
    ("关键装备安全可控：是\n网络安全风险：可控", {"security_controllable": True, "cyber_data_risk_controllable": True}),
    ("- 企业规模：规下\n- 独立法人：是", {"above_designated_size": False, "independent_legal_person": True}),
    ("Company size: above designated size\nIndependent legal person: yes",
     {"above_designated_size": True, "independent_legal_person": True}),
    # wordings
    ("我们的主导产品与本市产业政策相符。", {"product_policy_compliant": True}),
    ("我们的各项主要指标均优于北京市同行业平均水平。", {"above_regional_industry_average": True}),
    ("Our main KPIs outperform the regional industry average.", {"above_regional_industry_average": True}),
    ("Production started in 2024 at our plant.", {"factory_built": True, "factory_in_operation": True}),
    ("We commenced commercial production last year.", {"factory_built": True, "factory_in_operation": True}),
    ("We are a limited company in our own name.", {"independent_legal_person": True}),
    ("我们是一家在海淀注册的有限公司。", {"independent_legal_person": True, "registration.province": "北京市",
                                         "registration.district": "海淀区"}),
    ("Our key equipment and industrial software are all domestically made and controllable.",
     {"security_controllable": True}),
    ("[语音转写] 嗯我们厂子是前年建好的，去年开始量产，那个财务这三年都挺好的。",
     {"factory_built": True, "factory_in_operation": True, "finances_sound_3y": True}),
    ("Our factory went live in 2024.", {"factory_built": True, "factory_in_operation": True}),
    ("The plant is in full swing.", {"factory_built": True, "factory_in_operation": True}),
    ("We haven't started operating the new line yet.", {"factory_in_operation": False}),
    ("厂房2024年竣工，设备调试中，预计下个月投产。", {"factory_built": True, "factory_in_operation": False}),
    # the field said outright wins over the kind of entity
    ("We're a subsidiary, not a separate legal entity. Can we apply?", {"independent_legal_person": False}),
    ("我们是子公司，但不是独立法人，能报吗？", {"independent_legal_person": False}),
])
def test_stated_read(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q,field", [
    ("我们除了能耗以外，其他指标都高于同行业平均水平。", "above_regional_industry_average"),
    ("All our indicators beat the industry average except energy use.", "above_regional_industry_average"),
    ("财务状况：还行\n独立法人：是", "finances_sound_3y"),
])
def test_asked_back(read, q, field):
    assert asked_back(read(q), field)


@pytest.mark.parametrize("q", [
    "Our supplier's new plant is still under construction.",
    "Our supplier's plant went live in 2024.",
    "We started making plans for the new plant.",
    "Production management is covered under article 5 of the measures.",
    "我们的供应商工厂还在建设中，会影响我们吗？",
    "企业近三年经营和财务状况良好的要求怎么理解？",
    "工厂使用的关键技术装备安全可控是指什么？",
    "主要技术经济指标高于全省同行业平均水平。",  # the annex's own words: no case
    "申报企业需要满足规上工业企业的条件吗",
])
def test_nothing_of_the_asker_read(read, q):
    assert facts(read(q)) == {}


def test_a_kind_of_company_is_no_name(read):
    # "一家在海淀注册的有限公司": what kind of company, not its legal name
    assert "name" not in facts(read("我们是一家在海淀注册的有限公司。"))
    assert facts(read("我们是北京智造科技有限公司，独立法人。"))["name"] == "北京智造科技有限公司"


def test_besides_is_no_exception(read):
    # "除了…也": besides, not all but one
    assert facts(read("我们除了是规上企业，也是独立法人。")) == {"above_designated_size": True,
                                                           "independent_legal_person": True}
