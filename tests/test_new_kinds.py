"""Policy questions of new kinds reach their units (issue 17): every GB/T 4754-2017 manufacturing
division C13-C43 named by its everyday products, in Chinese and English, binds that division and
its row of annex 2-1; every KPI of annex 3 named by what it measures rather than by its label; the
measures' validity asked in bare words; the short articles and the annexes' notes. The words are
other than those of bench/qa_sets/new_kinds_3.json, which the same fixes were scored on."""
from __future__ import annotations

import pytest

from kg_service.questions.evaluation import first_sentence
from tests.conftest import ask, eids

ROW = {"C13": 1, "C14": 1, "C15": 1, "C16": 1, "C17": 1, "C18": 1, "C19": 1, "C20": 1, "C21": 1, "C22": 1,
       "C23": 1, "C24": 4, "C25": 5, "C26": 5, "C27": 2, "C28": 5, "C29": 5, "C30": 5, "C31": 5, "C32": 5,
       "C33": 4, "C34": 4, "C35": 4, "C36": 4, "C37": 4, "C38": 4, "C39": 3, "C40": 4, "C41": 4, "C42": 4,
       "C43": 4}
# the networking-rate column of each row (生产设备联网率)
NETWORKING = {1: "55%", 2: "70%", 3: "70%", 4: "65%", 5: "75%"}

PRODUCTS = [  # (division, Chinese product words, English product words)
    ("C13", "屠宰和肉类加工", "a meat processing plant"),
    ("C14", "做奶粉和酸奶的", "a dairy making yoghurt and milk powder"),
    ("C15", "啤酒厂", "a brewery making beer"),
    ("C16", "卷烟厂", "a cigarette factory"),
    ("C17", "纺纱厂", "a cotton spinning mill"),
    ("C18", "服装厂", "a garment factory"),
    ("C19", "做皮鞋的", "a footwear maker"),
    ("C20", "人造板厂", "a plywood mill"),
    ("C21", "家具厂", "a furniture maker"),
    ("C22", "造纸厂", "a paper mill"),
    ("C23", "印刷厂", "a printing house"),
    ("C24", "做玩具的", "a toy maker"),
    ("C25", "炼油厂", "an oil refinery"),
    ("C26", "化肥厂", "a fertiliser plant"),
    ("C27", "做片剂和胶囊的药厂", "a maker of tablets and capsules"),
    ("C28", "化纤厂", "a chemical fibre plant"),
    ("C29", "做汽车轮胎的", "a maker of car tyres"),
    ("C30", "水泥厂", "a cement plant"),
    ("C31", "炼钢厂", "a steel mill"),
    ("C32", "铜冶炼厂", "a copper smelter"),
    ("C33", "做五金件的", "a maker of steel structures"),
    ("C34", "做轴承的", "a bearing maker"),
    ("C35", "做拖拉机的", "a maker of tractors"),
    ("C36", "汽车零部件厂", "an auto parts supplier"),
    ("C37", "造船厂", "a maker of railway rolling stock"),
    ("C38", "做家用电器的", "a maker of household appliances"),
    ("C39", "做芯片的", "a maker of tablet computers"),
    ("C40", "做钟表的", "a maker of clocks and watches"),
    ("C41", "做日用杂品的", "a maker of brooms"),
    ("C42", "废旧金属回收企业", "a scrap metal recycling plant"),
    ("C43", "机械设备修理企业", "a machinery repair shop"),
]


@pytest.mark.parametrize(("division", "zh", "en"), PRODUCTS, ids=[p[0] for p in PRODUCTS])
def test_every_division_is_reached_by_its_products_in_both_languages(client, division, zh, en):
    row = ROW[division]
    for q in (f"{zh}，生产设备联网率门槛是多少？", f"For {en}, what equipment networking rate is required?"):
        body = ask(client, q)
        head = first_sentence(body["answer"])
        assert eids(body)[0] == f"att_2-1__row_{row}", (q, eids(body), body["answer"])
        assert division in head and NETWORKING[row] in head, (q, body["answer"])


def test_a_product_word_inside_another_names_its_own_division(client):
    # 汽车 alone is C36's, 轮胎 C29's: the tyre of a car is still a tyre; "tablets" alone is no computer
    for q, division, other in [("我们做汽车轮胎，产品不良率要降多少？", "C29", "C36"),
                               ("We make tablets and capsules. What defect-rate reduction applies?", "C27", "C39")]:
        body = ask(client, q)
        assert division in first_sentence(body["answer"]) and other not in body["answer"], body["answer"]


KPIS = [  # (number, Chinese, English): what the KPI measures, not its label
    (1, "关键机器里数控设备有多少", "the share of our key machines that are CNC"),
    (2, "先进控制系统投用了多少", "how much of the plant runs under advanced control"),
    (3, "用上了人工智能的生产场景", "scenarios with AI in production"),
    (4, "工厂里有多少个决策模型", "how many machine learning models make decisions"),
    (5, "新品从研发到量产的时间", "the new product lead time"),
    (6, "营业收入增长", "our sales revenue growth"),
    (7, "每小时产出提高", "output per hour going up"),
    (8, "材料损耗降低了", "how well we use raw materials"),
    (9, "不合格产品减少", "fewer faulty parts"),
    (10, "设备开机时间变长", "machine uptime"),
    (11, "存货周转加快", "inventory turns"),
    (12, "供应商按时把料送到", "suppliers delivering on time"),
    (13, "客户订单按期交货", "getting customer orders out on time"),
    (14, "运营开销下降", "lower running costs"),
    (15, "全员劳产率", "output per employee"),
    (16, "产品消耗的能源减少", "less energy for each unit of product"),
    (17, "碳排放强度下降", "less carbon dioxide per product"),
    (18, "一般固体废物的利用", "ordinary solid waste reused"),
    (19, "循环用水比例", "the water we reuse"),
    (20, "上下游多少家企业学了我们的方案", "firms that copied our solution"),
]


@pytest.mark.parametrize(("number", "zh", "en"), KPIS, ids=[f"kpi_{k[0]}" for k in KPIS])
def test_every_kpi_is_reached_by_what_it_measures_in_both_languages(client, number, zh, en):
    for q, said in ((f"{zh}，对应附件3哪项指标？", f"第{number}项"), (f"Which KPI covers {en}?", f"KPI {number} ")):
        body = ask(client, q)
        assert eids(body)[0] == f"att_3__kpi_{number}", (q, eids(body), body["answer"])
        assert said in first_sentence(body["answer"]) + " ", (q, body["answer"])


def test_a_kpi_named_by_a_word_of_its_own_beside_an_indicators_word_is_the_kpi(client):
    # 人均产出 names the labour-productivity indicator of annex 2-1 and KPI 15; 全体员工 only the KPI
    body = ask(client, "按全体员工算的人均产出提高了，对应哪项指标？")
    assert eids(body)[0] == "att_3__kpi_15", body["answer"]
    body = ask(client, "人均产出要提升多少？")
    assert eids(body)[0].startswith("att_2-1"), body["answer"]


@pytest.mark.parametrize(("question", "head_has"), [
    ("办法从哪天开始执行", "2025年4月29日"),
    ("这个办法什么时候生效？", "2025年4月29日"),
    ("认定办法自哪天起施行？", "2025年4月29日"),
    ("本办法替代了哪个文件？", "废止"),
    ("When did the measures become effective?", "29 April 2025"),
    ("Which earlier measures do these replace?", "repeal"),
])
def test_when_the_measures_take_effect_and_what_they_replace(client, question, head_has):
    body = ask(client, question)
    assert body["addressed"] is True and eids(body)[0] == "art_14", (eids(body), body["answer"])
    assert head_has in first_sentence(body["answer"]), body["answer"]


@pytest.mark.parametrize("question", ["用机器人替代人工算智能化吗？", "If we replace our MES, do we still qualify?",
                                      "称号什么时候生效？"])
def test_replacing_a_machine_or_a_titles_start_is_not_the_measures_validity(client, question):
    body = ask(client, question)
    assert (body.get("structured") or {}).get("intent") != "validity", body["answer"]


@pytest.mark.parametrize(("question", "eid", "head_has"), [
    ("关键要素以后还会调整吗？", "art_13", "调整"),
    ("Can the key elements be updated later?", "art_13", "adjust"),
    ("Who has the final say on what the measures mean?", "art_15", "city bureau"),
    ("办法鼓励企业探索什么新模式？", "att_1__note", "新模式新业态"),
    ("Do the measures encourage exploring future manufacturing models?", "att_1__note", "future manufacturing"),
    ("这个通知是发给谁的？", "notice", "各区经济和信息化主管部门"),
])
def test_the_short_articles_and_notes_are_reached(client, question, eid, head_has):
    body = ask(client, question)
    got = eids(body)
    assert body["addressed"] is True and eid in got[:3], (got, body["answer"])
    assert head_has in first_sentence(body["answer"]), body["answer"]


@pytest.mark.parametrize(("question", "eid"), [
    # one everyday word of a trade is no industry when it is the subject of a KPI question
    ("Does recycling our cooling water count towards any KPI?", "att_3__kpi_19"),
    ("Most of our critical equipment is numerically controlled now. Which KPI is that?", "att_3__kpi_1"),
    ("有多少家上下游企业推广了我们的先进制造模式，这算指标吗？", "att_3__kpi_20"),
])
def test_a_kpi_question_is_not_bound_to_an_industry_by_a_word_of_it(client, question, eid):
    body = ask(client, question)
    assert eids(body)[0] == eid, (eids(body), body["answer"])
    assert "（C" not in first_sentence(body["answer"]) and "(C" not in first_sentence(body["answer"]), body["answer"]


@pytest.mark.parametrize(("question", "eids_any", "head_has"), [
    ("附则里规定了哪些内容？", {"chp_5", "art_13", "art_14", "art_15"}, None),
    ("What does the chapter on management and services cover?", {"chp_4", "art_9", "art_10", "art_11", "art_12"}, None),
    ("申报材料造假会怎样？", {"art_12__item_1", "art_12"}, "撤销"),
    ("What happens if an applicant lied in its application?", {"art_12__item_1", "art_12"}, "revok"),
    ("基础级生产作业环节要做到什么？", {"att_1__sec_1__item_3"}, "实时监控"),
    ("From when are these rules applied?", {"art_14"}, "29 April 2025"),
    ("北京为什么要出台智能工厂认定办法？", {"art_1"}, None),
])
def test_chapters_revocation_words_and_domains_reach_their_units(client, question, eids_any, head_has):
    body = ask(client, question)
    assert body["addressed"] is True and eids(body)[0] in eids_any, (eids(body), body["answer"])
    if head_has:
        assert head_has in first_sentence(body["answer"]), body["answer"]


@pytest.mark.parametrize(("question", "head_has"), [
    # "expected of us" / 义务 name the obligations and, of them, cooperation: one reading more of the same
    # words, not a more specific question beside the topic, so the topic's whole answer is given
    ("What is expected of us once we are recognised as a basic-level factory?", "cooperate"),
    ("评上先进级以后我们有什么义务？", "配合"),
])
def test_a_topic_named_by_words_that_name_another_concept_too_is_answered_whole(client, question, head_has):
    body = ask(client, question)
    assert (body.get("structured") or {}).get("intent") == "topic", (eids(body), body["answer"])
    assert eids(body)[:3] == ["art_9", "art_12", "art_11"], eids(body)
    assert head_has in first_sentence(body["answer"]), body["answer"]


@pytest.mark.parametrize(("question", "eid", "head_has"), [
    # a bare revenue is the size condition (art_5 item 1), not KPI 6, the growth of sales
    ("审计报告里的营业收入可以作为申报基础级的依据吗？", "art_5__item_1", "2000万"),
    ("Does the sales revenue in our audited accounts count for the advanced-level application?", "art_5__item_1",
     "20 million"),
    # and compared with last year it is the growth
    ("今年销售收入比去年多了两成，属于哪项绩效指标？", "att_3__kpi_6", "第6项"),
])
def test_revenue_is_the_size_condition_and_its_growth_the_kpi(client, question, eid, head_has):
    body = ask(client, question)
    assert eids(body)[0] == eid, (eids(body), body["answer"])
    assert head_has in first_sentence(body["answer"]), body["answer"]


@pytest.mark.parametrize(("question", "head_has"), [
    # the revenue condition asked beside the conditions or the application it belongs to: art_5 item 1
    # answers, not art_5's list of eight nor the advanced level's procedure
    ("申报先进级对年销售额有什么要求？", "2000万元"),
    ("Which revenue condition applies when we apply for the advanced level?", "20 million"),
    ("申报基础级的条件里，营收要达到多少？", "2000万元"),
])
def test_the_revenue_condition_is_answered_by_its_own_item(client, question, head_has):
    body = ask(client, question)
    assert eids(body)[0] == "art_5__item_1", (eids(body), body["answer"])
    assert head_has in first_sentence(body["answer"]), body["answer"]


@pytest.mark.parametrize(("question", "first_in"), [
    ("What is expected of the enterprise once it is recognised as an advanced-level factory?", {"art_9", "art_12"}),
    # the time after recognition (art_9-12), not the levels' general articles
    ("What does a basic-level factory have to keep doing once it has been recognized?",
     {"art_9", "art_11", "art_12"}),
])
def test_the_time_after_recognition_said_of_the_factory_reaches_its_articles(client, question, first_in):
    body = ask(client, question)
    assert eids(body)[0] in first_in, (eids(body), body["answer"])
