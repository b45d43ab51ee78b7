"""Policy questions of the kinds that were weak on a held-out set (issue: questions11): which construction
content is mandatory (必选) and which optional, the principles of recognition, the standards the measures
cite and what for, the documents (number, annexes, materials), the level definitions and annex 3's KPI
catalogue (a KPI by its number, a category's KPIs), in Chinese and English; look-alikes of other schemes
are declined. The wording differs from bench/qa_sets/new_kinds_11*.json."""
from __future__ import annotations

import pytest

from kg_service.questions.evaluation import first_sentence
from tests.conftest import ask, eids

KPI_ZH = {1: "关键设备数控化率", 5: "研制周期缩短", 9: "产品不良率下降", 12: "供应商准时交付率提升",
          15: "全员劳动生产率提升", 19: "水资源重复利用率", 20: "复制推广"}
KPI_EN = {1: "numerical-control", 5: "development cycle", 12: "supplier on-time delivery", 20: "replicated"}
ORDINAL_EN = {1: "first", 5: "fifth", 12: "twelfth", 20: "twentieth"}
CN_NUMBER = {1: "一", 5: "五", 9: "九", 12: "十二", 15: "十五", 19: "十九", 20: "二十"}


def check(client, q: str, gold: set[str], facts: tuple[str, ...], first: bool = False) -> dict:
    body = ask(client, q)
    assert body["addressed"] is not False, (q, body["answer"])
    assert gold & set(eids(body)[:3]), (q, eids(body)[:3], gold)
    text = first_sentence(body["answer"]) if first else body["answer"]
    assert any(f.lower() in text.lower() for f in facts), (q, body["answer"])
    return body


@pytest.mark.parametrize("number", sorted(KPI_ZH))
def test_a_kpi_asked_by_its_number_in_chinese(client, number):
    for q in (f"关键绩效指标第{number}项叫什么？", f"附件三的第{CN_NUMBER[number]}项绩效指标是哪个？"):
        body = check(client, q, {f"att_3__kpi_{number}"}, (KPI_ZH[number],), first=True)
        assert eids(body)[0] == f"att_3__kpi_{number}", (q, eids(body))


@pytest.mark.parametrize("number", sorted(KPI_EN))
def test_a_kpi_asked_by_its_number_in_english(client, number):
    for q in (f"Which indicator is number {number} in the KPI list of annex 3?",
              f"Tell me the {ORDINAL_EN[number]} KPI of the catalogue."):
        body = check(client, q, {f"att_3__kpi_{number}"}, (KPI_EN[number],), first=True)
        assert eids(body)[0] == f"att_3__kpi_{number}", (q, eids(body))


def test_a_category_named_in_everyday_english_lists_its_kpis(client):
    check(client, "List the KPIs under operational efficiency.", {"att_3__cat_3"}, ("9 KPIs",), first=True)
    check(client, "Which KPIs count as sustainable development ones?", {"att_3__cat_4"}, ("water",))
    check(client, "能力提升类一共有几项指标？", {"att_3__cat_1"}, ("共4项",), first=True)


def test_mandatory_and_optional_construction_content_per_level(client):
    check(client, "基础级建设内容里哪个环节是必做的？", {"att_1__sec_1"}, ("生产作业",), first=True)
    check(client, "先进级哪些环节是可选的？", {"att_2__sec_1"}, ("生产作业、生产管理、运营管理",), first=True)
    check(client, "运营管理对基础级来说是必选的吗？", {"att_1__sec_1"}, ("至少须覆盖生产作业",), first=True)
    check(client, "Is factory construction compulsory for an advanced-level factory?", {"att_2__sec_1"},
          ("production operation, production management and operations management",), first=True)
    check(client, "Which domain can a basic-level applicant not skip, and which are optional?", {"att_1__sec_1"},
          ("production operation",), first=True)


def test_principles_of_recognition(client):
    body = check(client, "北京智能工厂认定坚持哪些原则？", {"art_4"}, ("企业自愿、择优确定和公开、公平、公正",),
                 first=True)
    assert eids(body)[0] == "art_4"
    check(client, "What principles apply to recognising smart factories in Beijing?", {"art_4"},
          ("voluntary participation",), first=True)
    check(client, "On which principle does the bureau put advanced factories forward to MIIT?", {"art_4"},
          ("recommendation on merit",))


def test_standards_cited_and_what_for(client):
    body = check(client, "本办法中用到了哪些国家标准？", {"art_5__item_7", "att_2-1"}, ("GB/T 39116—2020",), first=True)
    assert "GB/T 4754—2017" in body["answer"] and "T/CAMS" not in body["answer"]  # a group standard is not national
    check(client, "成熟度评估依据哪个标准？", {"art_5__item_7"}, ("39116",), first=True)
    check(client, "GB/T4754-2017这个标准在办法里起什么作用？", {"att_2-1"}, ("行业分类",), first=True)
    body = check(client, "Which standards does the policy reference?", {"art_5__item_7", "att_2-1"}, ("39116",),
                 first=True)
    assert "T/CAMS 182-2024" in body["answer"] and "4754" in body["answer"]
    check(client, "What is T/CAMS 182 used for in the measures?", {"att_1__sec_2", "att_2__sec_2"},
          ("construction effectiveness",), first=True)


def test_documents_number_annexes_and_materials(client):
    check(client, "这份办法的发文字号是多少？", {"notice"}, ("京经信发〔2025〕22号",), first=True)
    check(client, "What is the reference number of the notice issuing the measures?", {"notice"}, ("22号",), first=True)
    check(client, "办法一共有几个附件？", {"att_1", "att_2", "att_3"}, ("3个附件",), first=True)
    check(client, "List the annexes attached to the measures.", {"att_1", "att_2", "att_3"},
          ("reference key performance indicators",))
    check(client, "申报材料清单在哪里规定？", {"art_13"}, ("市经济和信息化局发布",), first=True)


def test_definitions_of_the_levels(client):
    check(client, "先进级智能工厂的含义是什么？", {"att_2__intro"}, ("数字化网络化集成能力",), first=True)
    check(client, "基础级智能工厂指的是什么？", {"att_1__intro"}, ("点状智能化探索",), first=True)
    check(client, "What is meant by an advanced-level smart factory?", {"att_2__intro"}, ("integration capability",),
          first=True)
    check(client, "How do the measures define a basic-level smart factory?", {"att_1__intro"}, ("basic digital",),
          first=True)


@pytest.mark.parametrize("q", ["平衡计分卡一般包括哪些KPI？", "What does a balanced scorecard measure?",
                               "Which ISO standard covers information security management systems?",
                               "绿色工厂评价有哪些必选指标？"])
def test_look_alikes_of_other_schemes_are_declined(client, q):
    body = ask(client, q)
    assert body["addressed"] is False, (q, body["answer"])


def test_the_document_number_asked_with_what_is_the_notices_not_the_materials(client):
    # "what document" is also the start of "what documents" (the application materials): the longer name wins
    check(client, "Under what document number were the measures issued?", {"notice"}, ("京经信发〔2025〕22号",),
          first=True)
