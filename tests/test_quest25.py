"""Policy questions of new kinds (quest25): how an indicator is computed (the method the measures name, not the
thresholds), what level the main indicators must reach per level, the level an advanced factory is recommended
for said first when the recommendation is asked, what a basic-level factory counts as, and another scheme holding
a KPI of the measures as its own (declined). Worded apart from bench/qa_sets/quest25_*.json."""
from __future__ import annotations

import pytest

from tests.conftest import answered, declined, eids


@pytest.mark.parametrize("q", [
    "关键工序数控化率按什么方法计算？",
    "单位产值能源消耗降低怎么测算？",
    "How should we calculate the equipment networking rate?",
    "What formula gives the labour productivity gain?",
])
def test_how_an_indicator_is_computed_names_the_method(client, q):
    body, first = answered(client, q)
    assert "T/CAMS" in first, first
    assert "≥" not in first, first  # not the thresholds of every row
    assert set(eids(body)[:3]) & {"att_2__sec_2", "att_1__sec_2", "att_3"}, eids(body)[:3]
    assert body["facts"] is None


def test_a_stated_figure_beside_how_it_is_computed_stays_a_case(client):
    body = answered(client, "我们是做饮料的，产品不良率下降了6%，这个怎么算达标？")[0]
    assert body["facts"] is not None and body["facts"]["mode"] == "eligibility"
    assert body["facts"]["profile"]["indicators"]["defect_rate_reduction"] == 6


@pytest.mark.parametrize("q,eid,word", [
    ("基础级对技术经济指标的水平有什么要求？", "att_1__sec_2", "平均水平"),
    ("先进级的主要技术经济指标要达到什么程度？", "att_2__sec_2", "领先水平"),
    ("For the basic level, how good must our main indicators be?", "att_1__sec_2", "average"),
])
def test_the_level_the_indicators_must_reach(client, q, eid, word):
    body, first = answered(client, q)
    assert word in first, first
    assert eid in eids(body)[:2], eids(body)[:3]


@pytest.mark.parametrize("q,word", [
    ("先进级智能工厂会被推荐去申报国家什么级别？", "卓越级"),
    ("Beijing's advanced-level factories can be recommended for which national level?", "excellent"),
])
def test_the_level_recommended_for_leads(client, q, word):
    body, first = answered(client, q)
    assert word in first, first
    assert eids(body)[0] == "art_4", eids(body)[:3]


def test_what_a_basic_level_factory_counts_as(client):
    body, first = answered(client, "After the district's re-check, what does a basic-level factory count as?")
    assert "digital-transformation" in first, first
    assert eids(body)[0] == "art_10"


@pytest.mark.parametrize("q", [
    "灯塔工厂的评价指标里包含生产设备联网率吗？",
    "绿色工厂的评选标准中考核单位产品综合能耗降低吗？",
    "Does the green factory evaluation count the water reuse rate?",
])
def test_another_scheme_holding_a_kpi_is_declined(client, q):
    declined(client, q)


@pytest.mark.parametrize("q", [
    "先进级的技术经济指标包括生产设备联网率吗？",
    "Does the advanced level use the equipment networking rate?",
    "高新技术企业可以申报先进级吗？",
])
def test_the_measures_own_indicators_stay_answered(client, q):
    answered(client, q)
