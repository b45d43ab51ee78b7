"""Retrieval quality of GET /ask beyond the development samples: questions about something the
measures do not govern are declined by their subject (another scheme, procedure or place's scheme)
while look-alikes about the measures are answered; the 20 KPIs and the benefits and obligations of
recognition are reached in everyday words; the dense ranking is really used; and an answer's first
sentence carries the decisive fact. The questions are the project's own (bench/qa_sets holds the
larger evaluation sets, scored by ``bench/qa_eval.py --sets``)."""
from __future__ import annotations

import pytest

from kg_service.questions.evaluation import first_sentence
from tests.conftest import ask, eids

# -- scope by meaning ------------------------------------------------------------------------------

OUTSIDE = [
    # another scheme or qualification, whatever words it shares with the measures
    ("高新技术企业的认定条件有哪些？", "foreign"),
    ("专精特新企业申报需要准备哪些材料？", "foreign"),
    ("绿色工厂评价有哪些指标？", "foreign"),
    ("What are the requirements for the high-tech enterprise certification?", "foreign"),
    ("How does a company become a little giant enterprise?", "foreign"),
    # another procedure
    ("在北京注册一家新公司要多久？", "foreign"),
    ("How do I register a new company in Beijing?", "foreign"),
    ("企业所得税怎么申报？", "foreign"),
    ("How do we apply for a pollutant discharge permit?", "foreign"),
    ("ISO9001认证怎么办理？", "foreign"),
    # a scheme no list holds, known by how it is named (a name, what is recognised, recognising)
    ("知识产权优势企业认定需要什么条件？", "foreign"),
    ("两业融合试点申报材料有哪些？", "foreign"),
    # the same kind of scheme in another place
    ("上海市智能工厂认定的申报时间是什么时候？", "jurisdiction"),
    ("浙江省先进级智能工厂需要满足几个指标？", "jurisdiction"),
    ("江苏省先进级智能工厂对成熟度有什么要求？", "jurisdiction"),
    ("What is Guangdong's deadline for smart factory applications?", "jurisdiction"),
    ("Who reviews advanced-level smart factories in Shanghai?", "jurisdiction"),
    ("What maturity level does Sichuan require?", "jurisdiction"),
]


@pytest.mark.parametrize(("question", "kind"), OUTSIDE)
def test_a_question_about_another_subject_is_declined(client, question, kind):
    body = ask(client, question)
    assert body["addressed"] is False, body["answer"]
    assert body["structured"]["intent"] == "out_of_scope" and body["structured"]["facts"]["kind"] == kind
    assert all(c["see_also"] for c in body["citations"]) and body["facts"] is None
    # the answer says what the measures govern (art_2) and that this is not it
    assert ("第二条" in body["answer"]) if body["language"] == "zh" else ("art_2" in body["answer"])


INSIDE = [
    # the asker's registration place, not a scheme's jurisdiction
    ("我们公司注册在天津，工厂在北京，能申报基础级吗？", ["art_5__item_1"]),
    ("We are registered in Hebei. Can we apply for the basic level?", ["art_5__item_1"]),
    ("If we move our registered office to Tianjin after recognition, is the title revoked?", ["art_12__item_4"]),
    ("认定后注册地迁到河北，称号还在吗？", ["art_12__item_4"]),
    # another scheme stated about the asker, or related to this one
    ("我们是高新技术企业，能申报先进级吗？", ["art_5", "art_7", "att_2", "att_2__sec_2", "art_4"]),
    ("As a high-tech enterprise, can we apply for the basic level?", ["art_5", "art_5__item_1", "art_4", "art_6"]),
    ("有ISO9001认证能申报吗？", ["art_5", "art_5__item_1"]),
    ("Do patents count as advanced technology for our main product?", ["art_5__item_4"]),
    # generic words of applying, with no other subject: the measures' own
    ("北京市企业申报需要什么条件？", ["art_5"]),
    ("工业企业申报智能工厂需要什么？", ["art_5__item_1", "art_5"]),
    ("申报需要哪些条件？", ["art_5"]),
    ("What materials do we need to submit?", ["art_6", "art_13"]),
    ("被税务部门罚过款还能申报吗？", ["art_5__item_3"]),
    ("原来的数字化车间认定办法还有效吗？", ["art_14"]),
]


@pytest.mark.parametrize(("question", "gold"), INSIDE)
def test_a_look_alike_about_the_measures_is_answered(client, question, gold):
    body = ask(client, question)
    assert body["addressed"] is True, body["answer"]
    assert set(eids(body)[:3]) & set(gold), (eids(body), body["answer"])


@pytest.mark.parametrize(("question", "addressed"), [
    # a trade or a product named alone is no question about the measures …
    ("What are Beijing's emission limits for industrial boilers?", False),
    ("水泥的出厂价格一般是多少？", False),
    # … with a rule's word, an indicator or applying, it is
    ("家具企业能申报先进级吗？", True),
    ("What is the networking threshold for furniture makers?", True),
    ("锅炉制造企业的关键工序数控化率要求是多少？", True),
])
def test_a_trade_named_alone_does_not_hold_a_question(client, question, addressed):
    body = ask(client, question)
    assert body["addressed"] is addressed, body["answer"]


# the clause that asks asks of another subject; the measures are named only as whose equipment,
# engineers or company it is (a level after "认定为…之后" is context, not what is applied for)
CONTEXT_ONLY = [
    ("先进级智能工厂购置设备能享受增值税退税吗？", "foreign-tax"),
    ("被认定为基础级的企业，企业所得税可以减免吗？", "foreign-tax"),
    ("What corporate income tax rate does a basic-level smart factory pay?", "foreign-tax"),
    ("智能工厂的技术人员怎么办理人才落户？", "foreign-employment"),
    ("Can staff of a recognised smart factory get a Beijing hukou?", "foreign-employment"),
    ("认定为先进级之后，专精特新企业怎么申报？", "foreign-srdi"),
    ("How does an advanced-level smart factory apply for green factory status?", "foreign-green"),
    ("智能工厂如何申请标识解析二级节点？", "foreign-identifier"),
    ("How do we deregister a company that runs a smart factory?", "foreign-incorporation"),
    ("智能工厂员工的加班费怎么计算？", "foreign-employment"),
]


@pytest.mark.parametrize(("question", "subject"), CONTEXT_ONLY)
def test_the_measures_named_as_context_of_another_subject_is_declined(client, question, subject):
    body = ask(client, question)
    assert body["addressed"] is False, body["answer"]
    facts = body["structured"]["facts"]
    assert body["structured"]["intent"] == "out_of_scope" and facts["kind"] == "foreign", body["answer"]
    assert any(s.endswith(subject) for s in facts["subjects"]), facts


# this scheme is what is applied for, or the other subject is a condition or a cause of revocation
APPLIED_HERE = [
    ("申报先进级时，需要提交ISO9001证书吗？", ["art_7", "art_5", "art_6", "art_13", "art_4"]),
    ("高新技术企业可以申报基础级吗？", ["art_4", "art_5", "art_6", "art_5__item_1"]),
    ("Is ISO 9001 required for the advanced level?", ["art_4", "art_5", "art_7", "att_2", "art_8"]),
    ("Can a little giant enterprise apply for the advanced level?", ["art_7", "art_5", "art_4", "att_2"]),
    ("企业因欠税被处罚，智能工厂称号会被撤销吗？", ["art_12__item_5", "art_12"]),
    ("Do unpaid taxes on our credit record stop us from applying?", ["art_5__item_3"]),
    ("认定后有哪些扶持政策？", ["art_10"]),
]


@pytest.mark.parametrize(("question", "gold"), APPLIED_HERE)
def test_another_subject_beside_what_is_applied_for_here_is_answered(client, question, gold):
    body = ask(client, question)
    assert body["addressed"] is True, body["answer"]
    assert set(eids(body)[:3]) & set(gold), (eids(body), body["answer"])


# -- everyday words ----------------------------------------------------------------------------------

KPI_WORDS = [
    ("数控设备占比", 1), ("APC usage", 2), ("AI应用场景占比", 3), ("number of AI decision models", 4),
    ("研发周期", 5), ("revenue growth", 6), ("生产效率", 7), ("material utilisation", 8),
    ("次品率", 9), ("OEE", 10), ("存货周转率", 11), ("supplier on-time delivery", 12),
    ("准时交货率", 13), ("operating costs", 14), ("人均产值", 15), ("energy per unit of product", 16),
    ("碳排放", 17), ("solid waste", 18), ("中水回用", 19), ("upstream and downstream enterprises", 20),
]


@pytest.mark.parametrize(("words", "number"), KPI_WORDS)
def test_every_kpi_is_reached_in_everyday_words(client, words, number):
    q = f"{words}属于哪个关键绩效指标？" if any("\u4e00" <= ch <= "\u9fff" for ch in words) \
        else f"Is {words} one of the smart-factory KPIs?"
    body = ask(client, q)
    assert eids(body)[0] == f"att_3__kpi_{number}", (eids(body), body["answer"])
    head = first_sentence(body["answer"])
    assert f"第{number}项" in head or f"KPI {number}" in head, body["answer"]


@pytest.mark.parametrize(("question", "gold", "fact"), [
    ("认定为基础级有什么用？", "art_10", "数字化转型达标"),
    ("What do we gain from the basic level?", "art_10", "digital-transformation standard"),
    ("评上先进级有什么好处？", "art_4", "卓越级"),
    ("What are the benefits of becoming an advanced-level smart factory?", "art_4", "excellent level"),
    ("认定以后企业有哪些义务？", "art_9", "配合"),
    ("What are our obligations once recognised?", "art_9", "cooperate"),
])
def test_benefits_and_obligations_of_recognition(client, question, gold, fact):
    body = ask(client, question)
    assert eids(body)[0] == gold and fact in first_sentence(body["answer"]), (eids(body), body["answer"])


# -- the answer leads with the fact -------------------------------------------------------------------


@pytest.mark.parametrize(("question", "fact", "row", "not_said"), [
    ("我们是家具厂，先进级的生产设备联网率要多少？", "55%", "att_2-1__row_1", "65%"),
    ("We make furniture. What networking rate must we reach?", "55%", "att_2-1__row_1", "65%"),
    ("做锂电池的企业，单位产值能耗要降多少？", "5%", "att_2-1__row_4", "4%"),
    ("What NC rate of key processes does a steel mill need?", "75%", "att_2-1__row_5", "70%"),
])
def test_a_threshold_answer_gives_the_askers_row_in_its_first_sentence(client, question, fact, row, not_said):
    body = ask(client, question)
    head = first_sentence(body["answer"])
    assert fact in head and not_said not in body["answer"], body["answer"]
    rows = [e for e in eids(body) if e.startswith("att_2-1__row_")]
    assert rows == [row], eids(body)  # only the asker's industry row


def test_first_sentence_splits_chinese_and_english():
    assert first_sentence("家具制造业（C21）属于都市产业，生产设备联网率 ≥ 55%（附件2—1）。其他。") == \
        "家具制造业（C21）属于都市产业，生产设备联网率 ≥ 55%（附件2—1）。"
    assert first_sentence("Annex 2-1 sets it (art_5(1)). Then more.") == "Annex 2-1 sets it (art_5(1))."
    assert first_sentence("都市产业：a\n装备仪器产业：b") == "都市产业：a"


# -- the dense ranking is used ------------------------------------------------------------------------


class RanksOneUnitFirst:
    """A stand-in for the dense index: every text ranks one chosen unit first."""

    def __init__(self, n: int, first: int):
        self.order = [first] + [i for i in range(n) if i != first]
        self.read: list[str] = []

    def rank(self, text: str) -> list[tuple[int, float]]:
        self.read.append(text)
        return [(i, 1.0 - 0.01 * k) for k, i in enumerate(self.order)]


def test_retrieval_uses_the_dense_ranking():
    from kg_service.graph import get_knowledge_graph
    from kg_service.questions.index import QuestionIndex

    engine = QuestionIndex(get_knowledge_graph(), dense=False)
    q = "What should a recognised enterprise do to share its experience?"
    target = next(i for i, u in enumerate(engine.units) if u.eid == "att_1__note")

    def rank_of(ranking: list[tuple[int, float]]) -> int:
        return next((k for k, (i, _) in enumerate(ranking) if i == target), len(ranking))

    without = rank_of(engine.retrieve(q, mode="fused").ranking)
    stand_in = RanksOneUnitFirst(len(engine.units), target)
    engine.attach_dense(stand_in)
    dense_only = engine.retrieve(q, mode="dense")
    assert dense_only.ranking and dense_only.ranking[0][0] == target and stand_in.read == [q]
    fused = engine.retrieve(q, mode="fused")
    assert fused.dense, "the fused ranking did not consult the dense index"
    assert rank_of(fused.ranking) < without, "the dense ranking did not move the unit it ranks first"
    # asked not to (the caller has an exact answer), no forward pass
    stand_in.read.clear()
    assert not engine.retrieve(q, mode="fused", dense=False).dense and stand_in.read == []


def test_the_service_engine_ranks_with_the_model(app, client):
    assert client.get("/health").status_code == 200
    engine = app.state.sfkg.get("questions", lambda: pytest.fail("not warmed at start-up"))
    assert engine.wait_dense(timeout=300)
    r = engine.retrieve("Who is responsible for interpreting these measures?", mode="dense")
    assert r.dense and r.cosine is not None and engine.units[r.ranking[0][0]].eid == "art_15"


@pytest.mark.parametrize(("question", "kpi", "said"), [
    ("What KPI measures labour productivity?", "att_3__kpi_15", "KPI 15"),
    ("关键工序数控化率属于哪类关键绩效指标？", "att_3__kpi_1", "第1项"),
])
def test_an_indicator_asked_about_as_a_kpi_gets_its_related_kpi(client, question, kpi, said):
    """Annex 2-1's indicators are related to, not the same as, annex 3's KPIs (sfkg:relatedKPI)."""
    body = ask(client, question)
    assert eids(body)[0] == kpi and said in first_sentence(body["answer"]), body["answer"]
    assert "2-1" in body["answer"] or "2—1" in body["answer"]


# -- questions of new kinds: national levels, KPIs in other words, the procedure, what comes first ----------

@pytest.mark.parametrize("question", [
    "国家卓越级智能工厂的申报条件是什么？",
    "领航级智能工厂怎么申报？",
    "How does a factory apply for the national leading level?",
    # "卓越级" is also a word of the levels' topic: the words naming the foreign level do not anchor
    "卓越级要求成熟度几级？",
    "What does MIIT require for the excellent level?",
])
def test_a_national_level_asked_about_for_itself_is_another_schemes_subject(client, question):
    body = ask(client, question)
    assert body["addressed"] is False, body["answer"]
    assert body["structured"]["facts"]["kind"] == "foreign"
    assert all(c["see_also"] for c in body["citations"])


@pytest.mark.parametrize("question", [
    "先进级企业可以被推荐申报卓越级智能工厂吗？",
    "Can the city recommend us to MIIT for the national excellence level?",
    "Does Beijing grant the national excellent level itself?",  # a place of Beijing beside it: the relation
])
def test_the_national_excellent_level_tied_to_the_measures_is_answered_by_art_4(client, question):
    body = ask(client, question)
    assert body["addressed"] is True and "art_4" in eids(body)[:3], (eids(body), body["answer"])


def test_a_recommendation_alone_is_no_question_about_the_measures(client):
    assert ask(client, "Can you recommend a good MES vendor?")["addressed"] is False


def test_one_word_in_common_with_a_kpi_name_is_not_that_kpi(client):
    body = ask(client, "Is water consumption a KPI?")  # "water reuse rate" (KPI 19) is not consumption
    assert not (body["structured"] or {}).get("intent", "").startswith("kpi"), body["answer"]


def test_how_long_the_public_notice_lasts_is_not_stated(client):
    body = ask(client, "The public notice lasts how many days?")
    assert body["addressed"] is False and [c["eid"] for c in body["citations"]] == ["art_8"], body["answer"]


@pytest.mark.parametrize(("question", "number"), [
    # none of these words is a name of the KPI: the question holds most of one of its names
    ("订单交付准时提升算哪个考核指标？", 13),
    ("设备综合利用提高是哪一项指标？", 10),
])
def test_a_kpi_in_words_none_of_its_names_has_whole(client, question, number):
    body = ask(client, question)
    assert eids(body)[0] == f"att_3__kpi_{number}", (eids(body), body["answer"])
    head = first_sentence(body["answer"])
    assert f"第{number}项" in head or f"KPI {number}" in head, body["answer"]


def test_words_half_of_two_kpis_names_are_not_read_as_either():
    """"utilisation of water resources" holds all of "resource utilisation" (KPI 8) and half of "water
    reuse" (KPI 19): the near-name reading declines to choose."""
    from kg_service.graph import get_knowledge_graph
    from kg_service.questions.structured import StructuredAnswerer

    s = StructuredAnswerer(get_knowledge_graph())
    q = "Which metric covers the repeated utilisation of water resources?"
    assert s._kpi_in_other_words(q, "en") == []


def test_a_question_about_indicators_in_general_is_not_read_as_a_kpi(client):
    body = ask(client, "先进级需要满足几个指标？")
    assert eids(body)[0] == "att_2__sec_2" and "3" in first_sentence(body["answer"]), body["answer"]


@pytest.mark.parametrize(("question", "first", "head_has"), [
    ("先进级智能工厂的认定流程是怎样的？", "art_7", ["（1）向区主管部门", "（5）向社会公示"]),
    ("What are the steps, in order, to be recognised at the advanced level?", "art_7",
     ["1) advanced-level application via the district", "5) public notice"]),
])
def test_the_procedure_of_a_level_is_told_in_order(client, question, first, head_has):
    body = ask(client, question)
    assert body["structured"]["intent"] == "procedure" and eids(body)[:2] == [first, "art_8"], eids(body)
    head = first_sentence(body["answer"])
    assert all(x in head for x in head_has), body["answer"]
    assert head.index(head_has[0]) < head.index(head_has[1])


@pytest.mark.parametrize(("question", "head_has", "eid"), [
    # the step the question names leads, not the first step of the procedure
    ("先进级申请由谁进行形式审查？", "市经济和信息化局受理并形式审查：由北京市经济和信息化局进行", "art_8"),
    ("Who carries out the preliminary review of advanced-level applications?", "District preliminary review", "art_7"),
    ("先进级评审采用哪些方式？", "现场核查", "art_8"),
    ("How do the experts evaluate an advanced-level application?", "site check", "art_8"),
    # asked what comes after a step: the step that follows
    ("专家评审之后下一步是什么？", "向社会公示", "art_8"),
    ("What happens after the public notice if nobody objects?", "Publication of the list", "art_8"),
])
def test_the_step_a_question_names_leads_the_answer(client, question, head_has, eid):
    body = ask(client, question)
    assert head_has in first_sentence(body["answer"]) and eids(body)[0] == eid, (eids(body), body["answer"])


@pytest.mark.parametrize(("question", "eid", "head_has"), [
    ("与国家要素条件相比，北京先进级至少要覆盖哪几个建设环节？", "att_2__sec_1", ["生产作业", "生产管理", "运营管理"]),
    ("Which construction domains must a basic-level factory cover at least?", "att_1__sec_1", ["production operation"]),
])
def test_the_domains_a_level_must_cover(client, question, eid, head_has):
    body = ask(client, question)
    head = first_sentence(body["answer"])
    assert eids(body)[0] == eid and all(x in head for x in head_has), (eids(body), body["answer"])
    assert "production management" not in head if "basic" in question else True


@pytest.mark.parametrize("question", [
    "国家要求先进级以基础级为前提，北京也要先是基础级吗？",
    "Must a Beijing factory be basic level before applying for the advanced level?",
    "申请先进级智能工厂之前需要先具备什么资格？",
])
def test_what_must_come_before_the_advanced_level(client, question):
    body = ask(client, question)
    head = first_sentence(body["answer"])
    assert eids(body)[0] == "art_7" and ("基础级" in head or "basic-level" in head), (eids(body), body["answer"])


def test_before_about_something_else_is_not_a_prerequisite(client):
    body = ask(client, "Is there a public notice period before the advanced-level list comes out?")
    assert body["structured"] is None or body["structured"]["intent"] != "prerequisite", body["answer"]


@pytest.mark.parametrize(("question", "head_has"), [
    ("国家智能工厂分四个等级，北京这个办法管哪几级？", ["基础级", "先进级"]),
    ("The national scheme has four levels; which of them do Beijing's measures recognise?", ["basic", "advanced"]),
])
def test_which_levels_the_measures_recognise(client, question, head_has):
    body = ask(client, question)
    head = first_sentence(body["answer"])
    assert eids(body)[:2] == ["art_2", "art_4"] and all(x in head for x in head_has), (eids(body), body["answer"])
    assert "卓越级" not in head and "xcellent" not in head  # the national level comes after, as recommended for


def test_query_rows_do_not_depend_on_the_stores_order(tmp_path):
    """Every query reads its rows in one order whatever the order the store holds the triples in
    (it differs between processes: a long-lived service and a fresh ``sfkg mcp`` once ranked the
    further reading of one question differently, through the units a concept points to)."""
    from dataclasses import replace
    from pathlib import Path

    from rdflib import Graph

    from kg_service.graph import KnowledgeGraph, get_knowledge_graph

    kg = get_knowledge_graph()
    backwards = Graph()
    for prefix, ns in kg.graph.namespaces():
        backwards.bind(prefix, ns)
    for triple in reversed(list(kg.graph)):
        backwards.add(triple)
    settings = replace(kg.settings, data_dir=tmp_path)  # no memo of earlier runs: both run the queries
    forth = KnowledgeGraph(kg.graph, "forth", settings)
    back = KnowledgeGraph(backwards, "back", settings)
    names = sorted(p.stem for p in Path(kg.settings.queries_dir).glob("*.rq")
                   if "SELECT" in p.read_text(encoding="utf-8") and "$" not in p.read_text(encoding="utf-8"))
    assert "ask_concept_units" in names
    differ = []
    for name in names:
        try:
            rows = forth.select(name)
        except Exception:  # a query that needs bindings
            continue
        if rows != back.select(name):
            differ.append(name)
    assert not differ


# -- ties are ties ----------------------------------------------------------------------------------

def test_units_a_ranking_ties_share_one_rank_and_the_first_ranking_breaks_fused_ties():
    from kg_service.questions.fusion import reciprocal_rank_fusion, tied_ranks

    assert tied_ranks([(2, 0.5), (1, 0.5), (1, 0.5), (1, 0.2)]) == [1, 2, 2, 4]
    # units 7 and 3 are tied in the second ranking: its listing order must not decide between them
    fused = reciprocal_rank_fusion([([3, 7], 1.0), ([7, 3], 1.0, ["a", "a"])])
    assert [i for i, _ in fused] == [3, 7]
    # equal fused scores: the first (strongest) ranking decides, not the ids
    fused = reciprocal_rank_fusion([([9, 1], 1.0), ([1, 9], 1.0)])
    assert [i for i, _ in fused] == [9, 1] and fused[0][1] == fused[1][1]


def test_the_words_of_a_question_count_not_the_concepts_read_from_them(client):
    """基础级 names Beijing's level, the national one and the topic of the levels: one word, one piece
    of evidence; the expert review asked about is the advanced level's (art_8), so the basic level's
    own procedure answers."""
    for q, head_has in (("基础级需要专家评审吗？", "自建自评"), ("基础级需要专家到厂里来看吗？", "自建自评"),
                        ("Does a basic-level factory go through expert review?", "self-")):
        body = ask(client, q)
        assert eids(body)[0] in {"art_4", "art_6"}, (eids(body), body["answer"])
        assert head_has in first_sentence(body["answer"]), body["answer"]
    # the advanced level's own question still goes to art_8
    assert eids(ask(client, "先进级需要专家评审吗？"))[0] == "art_8"


@pytest.mark.parametrize(("question", "eid", "head_has"), [
    ("较大事故在几年内会影响申报？", "art_5__item_3", "三年"),
    ("重大事故会被撤销称号吗？", "art_12__item_3", "撤销"),
    # 重大 is above 较大: it bars applying too; asked about applying, the condition leads
    ("我们五年前发生过重大事故，现在还影响申报吗？", "art_5__item_3", "三年"),
    # 申请先进级 names the advanced level inside it: art_7 is not the other level's unit
    ("基础级备案后多久能申请先进级？", "art_7", "基础级"),
    ("这个政策是什么时候出台的？", "art_14", "2025年4月29日"),
    ("When did Beijing publish the smart factory rules?", "art_14", "29 April 2025"),
    ("区里一般几月份把基础级的备案报到市里？", "art_6", "15日"),
    ("In which months do the districts pass the basic-level filings up to the city bureau?", "art_6", "March"),
    ("申报材料交给谁？", "art_6", "区主管部门"),
    ("先进级认定一共要走哪几步？", "art_7", "区主管部门"),
    ("没做过基础级，能直接报先进级吗？", "art_7", "基础级"),
    ("Does being a basic-level factory count toward digital transformation targets?", "art_10", "digital"),
    ("Does the factory have to be up and running before we apply?", "art_5__item_2", "built"),
])
def test_questions_of_new_kinds_in_everyday_words(client, question, eid, head_has):
    body = ask(client, question)
    assert body["addressed"] is True and eids(body)[0] == eid, (eids(body), body["answer"])
    assert head_has in first_sentence(body["answer"]), body["answer"]


@pytest.mark.parametrize("question", [
    "在朝阳区开办一家制造企业要走哪些流程？", "How do I register a manufacturing company in Yizhuang?",
])
def test_a_name_with_a_gap_declines_company_registration(client, question):
    body = ask(client, question)
    assert body["addressed"] is False and body["structured"]["intent"] == "out_of_scope", body["answer"]


@pytest.mark.parametrize("question", [
    "我们公司注册地在北京的公司能申报吗？", "成立三年的企业能申报基础级吗？",
    "Our company's registered office is in Beijing; can we apply?",
])
def test_a_gap_that_places_or_dates_the_company_is_no_registration(client, question):
    body = ask(client, question)
    assert body["addressed"] is True, body["answer"]


@pytest.mark.parametrize("question", [
    "我们什么时候能知道评审结果？", "How long does the title last once we get it?", "今年先进级什么时候开始报？",
])
def test_what_the_measures_do_not_state_is_said_so(client, question):
    body = ask(client, question)
    assert body["addressed"] is False and body["facts"]["not_stated"], body["answer"]


# -- company law, registry filings, employment, other certifications and schemes; named companies ------

# a procedure of company law (dissolving, liquidating, bankruptcy), a registry filing (the annual report,
# a change), employment (work permits, work-injury insurance), a certification (等保测评) or another
# demonstration scheme: declined, however the measures are named beside it
OTHER_PROCEDURES = [
    ("智能工厂所在企业注销需要办理哪些手续？", "foreign-incorporation"),
    ("公司解散要办理什么手续？", "foreign-dissolution"),
    ("清算组由哪些人组成？", "foreign-dissolution"),
    ("破产程序一般要走多久？", "foreign-dissolution"),
    ("How do we wind up a company in Beijing?", "foreign-dissolution"),
    ("Who sits on the liquidation committee?", "foreign-dissolution"),
    ("企业年报什么时候截止？", "foreign-incorporation"),
    ("How do we file the annual report of our company?", "foreign-incorporation"),
    ("How do we register a change of our legal representative?", "foreign-incorporation"),
    ("外国专家的工作许可怎么申请？", "foreign-employment"),
    ("工伤保险的缴费比例是多少？", "foreign-employment"),
    ("How do we get a work permit for a foreign technician?", "foreign-employment"),
    ("等保测评怎么做？", "foreign-systemcert"),
    ("工业互联网平台申报需要什么条件？", "foreign-demo"),
    ("创新应用案例怎么报？", "foreign-demo"),
    ("How do we join the pilot programme?", "foreign-demo"),
    # the title named, but another scheme's ("高新技术企业称号"), or asked of in another clause
    ("高新技术企业称号被撤销后多久可以重新申请？", "foreign-hnte"),
    ("称号被撤销后，破产程序怎么走？", "foreign-dissolution"),
]


@pytest.mark.parametrize(("question", "subject"), OTHER_PROCEDURES)
def test_company_law_registry_employment_and_other_schemes_are_declined(client, question, subject):
    body = ask(client, question)
    assert body["addressed"] is False, body["answer"]
    facts = body["structured"]["facts"]
    assert body["structured"]["intent"] == "out_of_scope" and facts["kind"] == "foreign", body["answer"]
    assert any(s.endswith(subject) for s in facts["subjects"]), facts


@pytest.mark.parametrize("question", [
    "小米的工厂是智能工厂吗？", "京东方获评先进级了吗？", "最近有没有智能工厂的新闻？",
    "Is BOE's plant an advanced-level smart factory?", "Any news about Xiaomi's new factory?",
])
def test_a_named_company_or_news_is_declined(client, question):
    body = ask(client, question)
    assert body["addressed"] is False, body["answer"]
    assert body["structured"]["facts"]["kind"] == "enterprise", body["answer"]
    assert all(c["see_also"] for c in body["citations"])
    assert ("第二条" in body["answer"]) if body["language"] == "zh" else ("art_2" in body["answer"])


# what becomes of the title beside another procedure; the certification's look-alike (等级保护 is art_5
# item 5's security); a registry filing as a credit record
TITLE_BESIDE = [
    ("If our production licence is revoked by the regulator, do we lose the title?",
     ["art_12", "art_12__item_5", "art_12__item_2"]),
    ("We were fined by the market regulator for false advertising — do we lose the title?",
     ["art_12__item_5", "art_12"]),
    ("公司进入破产程序，称号还保留吗？", ["art_12__item_2", "art_12"]),
    ("因虚假宣传被市场监督管理局罚款，智能工厂称号会被撤销吗？", ["art_12__item_5", "art_12"]),
    ("等级保护做了，算满足安全可控的要求吗？", ["art_5__item_5"]),
    ("企业年报未报送被列入经营异常名录，还能申报基础级吗？", ["art_5__item_3"]),
]


@pytest.mark.parametrize(("question", "gold"), TITLE_BESIDE)
def test_the_title_beside_another_procedure_is_answered(client, question, gold):
    body = ask(client, question)
    assert body["addressed"] is True, body["answer"]
    assert set(eids(body)[:3]) & set(gold), (eids(body), body["answer"])


APPLYING = ["art_5", "art_5__item_1", "art_4", "art_6"]


@pytest.mark.parametrize(("question", "gold"), [
    ("我们是小米的供应商，可以申报基础级吗？", APPLYING),
    ("We make parts for BOE in Beijing. Can we apply for the basic level?", APPLYING),
    # the company as the supplier or maker of what the asker uses, or whom it supplies
    ("小米的供应商能申报基础级吗？", APPLYING),
    ("MES用的是华为的，算安全可控吗？", ["art_5__item_5"]),
    ("Does an MES made by Huawei count as secure and controllable?", ["art_5__item_5"]),
])
def test_a_company_named_in_the_askers_own_case_is_answered(client, question, gold):
    body = ask(client, question)
    assert body["addressed"] is True, body["answer"]
    assert set(eids(body)[:3]) & set(gold), (eids(body), body["answer"])


@pytest.mark.parametrize("question", [
    "认定为基础级智能工厂能带来什么？", "What does the basic-level title bring us?",
])
def test_what_the_basic_level_brings_is_art_10(client, question):
    body = ask(client, question)
    assert body["addressed"] is True and eids(body)[0] == "art_10", (eids(body), body["answer"])


@pytest.mark.parametrize(("question", "event"), [
    ("如果我们的生产许可证被吊销，智能工厂称号还能保留吗？", "penalty"),
    ("企业因为虚假宣传被市场监管部门罚款，会被撤销先进级称号吗？", "penalty"),
    ("Our production licence was revoked last month. Do we keep the basic-level title?", "penalty"),
    ("认定后我们被吊销了营业执照，称号怎么办？", "terminated"),
    ("After we got the title, our business licence was revoked. What happens?", "terminated"),
])
def test_a_permit_revoked_or_false_advertising_is_a_penalty(client, question, event):
    """Not a termination (only the business licence ends the enterprise), nor false information in the
    application (false advertising is a penalised violation): never guessed as the heavier cause."""
    body = ask(client, question)
    assert body["addressed"] is True, body["answer"]
    assert {e["type"] for e in body["facts"]["events"]} == {event}, body["facts"]


# a concept of the measures that only says what the other scheme is about names its subject; one the
# other subject is required for, or counts towards, is asked of the measures
@pytest.mark.parametrize(("question", "addressed"), [
    ("What are the criteria of the MIIT pilot programme for smart manufacturing scenarios?", False),
    ("生产作业环节的创新应用案例怎么申报？", False),
    ("Is an EIA required for the production operation domain?", True),
    ("Does ISO 9001 certification count for the production management domain?", True),
])
def test_a_concept_naming_what_another_scheme_is_about_does_not_hold_it(client, question, addressed):
    body = ask(client, question)
    assert body["addressed"] is addressed, body["answer"]


# look-alikes of the new foreign words, about the measures: what a level requires, a figure, a kind of
# staff, a certification the asker did, the title kept through a procedure
@pytest.mark.parametrize("question", [
    "基础级要求部署工业互联网平台吗？", "申报材料里要附媒体报道吗？", "试用期员工算智能制造专业人才吗？",
    "We did an MLPS assessment; does it satisfy the security condition?", "减资后还算规上企业吗？",
    "Can a company under bankruptcy proceedings keep its title?", "申报先进级需要提交上一年度的年度报告吗？",
])
def test_look_alikes_of_other_procedures_are_answered(client, question):
    body = ask(client, question)
    assert body["addressed"] is True, body["answer"]


def test_a_reorganisation_in_bankruptcy_is_not_read_as_termination(client):
    body = ask(client, "公司进入破产重整，称号会被撤销吗？")
    assert body["addressed"] is True, body["answer"]
    assert "terminated" not in {e["type"] for e in (body["facts"] or {}).get("events") or []}, body["facts"]


# -- another scheme named with a KPI's everyday word ------------------------------------------------

# "Downtime", 合格率, OEE name a KPI of annex 3 as every scheme measuring a plant does: beside another
# scheme named as the subject they are that scheme's measure (queries/ask_scope_names.rq); the national
# excellent level asked for itself stays another scheme's (art_4 only when Beijing's level is related)
@pytest.mark.parametrize("question", [
    "How is downtime measured in the green factory scheme?",
    "ISO 9001: do bad parts matter?",
    "What throughput does MIIT's excellent level require?",
    "绿色工厂的合格率怎么算",
    "零碳工厂的单位产品能耗标准是多少？",
    "How do lighthouse factories measure OEE?",
])
def test_a_kpis_everyday_word_does_not_hold_another_schemes_question(client, question):
    body = ask(client, question)
    assert body["addressed"] is False, body["answer"]
    assert body["structured"]["facts"]["kind"] == "foreign"
    assert all(c["see_also"] for c in body["citations"])


# the KPI named by the annex's number or wording, a level applied for, the other scheme stated about the
# asker: still a question about the measures
@pytest.mark.parametrize(("question", "eid"), [
    ("附件3第10项和绿色工厂里的设备利用率是一回事吗？", "att_3__kpi_10"),
    ("我们是绿色工厂，单位产品能耗下降算附件3的哪项指标？", "att_3__kpi_16"),
    ("专精特新企业申报先进级，库存周转率属于哪类指标？", "att_3__kpi_11"),
    ("Compared with MIIT's excellent level, what maturity does Beijing's advanced level require?", "art_5__item_7"),
])
def test_a_kpi_or_level_named_as_the_measures_still_holds_it(client, question, eid):
    body = ask(client, question)
    assert body["addressed"] is True and eid in eids(body)[:3], (eids(body), body["answer"])


def test_only_a_kpis_own_names_anchor_against_another_scheme():
    """The annex's wording and the KPI's number anchor; its everyday names (alternative or hidden) do not."""
    from kg_service.graph import get_knowledge_graph
    from kg_service.questions.index import QuestionIndex

    engine = QuestionIndex(get_knowledge_graph(), dense=False)
    scope = engine.scope

    def kpi10(q: str) -> list:
        return [m for m in engine.matcher.find(q) if m.concept.endswith("/kpi-10")]

    for q in ("设备综合利用率提升", "附件3第10项", "What is KPI 10?",
              "Improvement of the overall equipment utilisation rate"):
        assert kpi10(q) and not any(scope.everyday(m) for m in kpi10(q)), q
        assert scope.anchors(kpi10(q)), q
    for q in ("停机时间", "OEE", "downtime", "equipment uptime"):
        assert kpi10(q) and all(scope.everyday(m) for m in kpi10(q)), q
        assert not scope.anchors(kpi10(q)), q


# the annual report (or a tax return) named as where the asker's figure comes from, applying here: the
# figure's condition is asked (sfkg:holdsFigures, scope_source); asked of the filing itself, declined
@pytest.mark.parametrize(("question", "addressed"), [
    ("年报里的主营业务收入能作为申报依据吗？", True),
    ("Can the revenue in our annual report be used when we apply?", True),
    ("企业年报里的主营业务收入怎么填？", False),
    ("How do we file the revenue in our tax return?", False),
])
def test_a_filing_named_as_the_figures_source_is_no_subject(client, question, addressed):
    body = ask(client, question)
    assert body["addressed"] is addressed, body["answer"]
    if addressed:
        assert eids(body)[0] == "art_5__item_1", (eids(body), body["answer"])


# "stages" is a word of the procedure and of the construction domains: with the construction content to
# cover, the domains are asked
@pytest.mark.parametrize(("question", "eid"), [
    ("Which stages must the advanced level's construction content cover?", "att_2__sec_1"),
    ("Which stages must a basic-level factory's construction content cover?", "att_1__sec_1"),
])
def test_stages_of_the_construction_content_are_its_domains(client, question, eid):
    body = ask(client, question)
    assert eids(body)[0] == eid and "art_5__item_8" in eids(body)[:3], (eids(body), body["answer"])
    assert "production operation" in first_sentence(body["answer"]), body["answer"]
