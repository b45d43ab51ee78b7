"""Policy questions in plant staff's words (questions13): a level's requirement for one part of the plant
(finance and HR, equipment, alarms, safety-energy-environment, cost and delivery) is that level's construction
item, said in the measures' own words; order lead time and electricity per part are KPIs of annex 3; a bare
"financing" is no longer the unstated tax benefit; 复核 alone does not keep another scheme's question in; a
talent's residence is declined. Thesaurus data (thesaurus-everyday.ttl, scope.ttl) and the level's
construction item before an indicator or KPI word (structured.py, _construction_of_level)."""
from __future__ import annotations

import pytest

from kg_service.questions.evaluation import first_sentence
from tests.conftest import ask, eids


@pytest.mark.parametrize(("question", "unit", "fact"), [
    ("基础级要不要上系统管财务和人事？", "att_1__sec_1__item_5", "人力资源"),
    ("基础级在采购和销售上要做什么？", "att_1__sec_1__item_5", "采购、销售"),
    ("先进级要求设备出问题前能提前报警吗？", "att_2__sec_1__item_3", "异常预警"),
    ("What does the basic level require for finance and HR?", "att_1__sec_1__item_5", "human resources"),
    ("At the advanced level, how should product quality be inspected?", "att_2__sec_1__item_3", "digital inspection"),
    ("Must an advanced factory analyse process data online?", "att_2__sec_1__item_3", "online analysis"),
])
def test_a_part_of_the_plant_asked_at_a_level_is_that_levels_item(client, question, unit, fact):
    body = ask(client, question)
    assert body["addressed"] is True
    assert eids(body)[0] == unit
    assert fact.lower() in first_sentence(body["answer"]).lower(), body["answer"]


@pytest.mark.parametrize(("question", "unit", "fact"), [
    ("先进级对能耗、安全和环保的管理有要求吗？", "att_2__sec_1__item_4", "安全能源环保"),
    ("先进级要做到成本可控、订单按时交货吗？", "att_2__sec_1__item_5", "成本有效管控"),
])
def test_a_practice_beside_an_indicator_word_is_the_levels_construction_not_the_table(client, question, unit, fact):
    body = ask(client, question)
    assert eids(body)[0] == unit
    assert (body.get("structured") or {}).get("intent") not in {"threshold", "kpi"}
    assert fact in first_sentence(body["answer"])


def test_an_indicator_asked_at_a_level_is_still_the_threshold_table(client):
    body = ask(client, "先进级对能耗有什么要求？")
    assert eids(body)[0] == "att_2-1"
    assert "单位产值能源消耗降低" in body["answer"]


def test_equipment_at_the_basic_level_names_both_items_that_speak_of_it(client):
    body = ask(client, "基础级对设备这块有什么要求？")
    assert set(eids(body)[:2]) == {"att_1__sec_1__item_3", "att_1__sec_1__item_4"}
    assert "设备资产" in body["answer"] and "实时监控" in body["answer"]


@pytest.mark.parametrize(("question", "unit", "fact"), [
    ("订单交货周期缩短能算指标吗？", "att_3__kpi_13", "订单准时交付率"),
    ("We cut kWh per part by 12%. Which indicator is that?", "att_3__kpi_16", "energy consumption per unit"),
])
def test_kpis_in_plant_words(client, question, unit, fact):
    body = ask(client, question)
    assert unit in eids(body)[:3]
    assert fact.lower() in body["answer"].lower()


@pytest.mark.parametrize(("question", "unit"), [
    ("我们的产品工艺比较传统，有要求吗？", "art_5__item_4"),
])
def test_conditions_in_plant_words(client, question, unit):
    body = ask(client, question)
    assert body["addressed"] is True
    assert eids(body)[0] == unit


@pytest.mark.parametrize("question", [
    "智能制造专业人才落户北京有什么政策？",
    "国家级专精特新“小巨人”复核要交什么？",
])
def test_other_schemes_sharing_the_measures_words_are_declined(client, question):
    body = ask(client, question)
    assert body["addressed"] is False


def test_the_district_re_check_alone_is_still_art_10(client):
    body = ask(client, "基础级复核由谁来做？")
    assert eids(body)[0] == "art_10"
    assert "区经济和信息化主管部门" in first_sentence(body["answer"])
