# ruff: noqa: E501  (data: one question a line)
"""Sixth held-out set of policy questions, written by hand from the measures' text (shared/seeds/), the contract's
eId list, shared/reference/ and GB/T 4754-2017 divisions (python3 bench/heldout6/questions_src.py writes
questions.json). Each: q, lang, kind, gold (eIds, any of them in the top 3 counts), answer_any (acceptable forms of
the decisive fact, one must appear in the answer); out-of-scope ones have out_of_scope true and no gold, with why:
the service should decline them (addressed false). Kinds: annex-3 KPIs by everyday words and by their units and
categories, thresholds for products not named in earlier sets (including the divisions a reader may misplace:
pianos and fitness equipment C24, castings C33, scrap-car dismantling C42), benefits and obligations of
recognition, procedure, dates, revocation, conditions in everyday words, the construction items, and the relation
to the national scheme. Not written from, and not a paraphrase of, the contract's dev sets, bench/qa_sets/ or any
bench/heldout*/ question."""
import json
import os


def q(text, gold, answer_any=None, kind="", answer_all=None, lang=None):
    lang = lang or ("en" if text[:1].isascii() else "zh")
    d = {"q": text, "lang": lang, "kind": kind, "gold": gold}
    if answer_any:
        d["answer_any"] = answer_any
    if answer_all:
        d["answer_all"] = answer_all
    return d


def oos(text, why):
    return {"q": text, "lang": "en" if text[:1].isascii() else "zh", "kind": "out_of_scope", "gold": [],
            "out_of_scope": True, "why": why}


def pc(n):
    """The forms a percentage may take in an answer."""
    return [f"{n}%", f"{n} %", f"{n}％", f"{n} per cent", f"{n} percent"]


KPI, THR, BEN, OBL, PROC, DATE, REVO, COND, ITEM, NAT = ("kpi_everyday", "threshold_product", "benefit", "obligation",
                                                      "procedure", "date", "revocation", "condition_everyday",
                                                      "construction_item", "national_scheme")
R1, R2, R3, R4, R5 = (f"att_2-1__row_{i}" for i in range(1, 6))
T = "att_2-1"
K = [None] + [f"att_3__kpi_{i}" for i in range(1, 21)]
BUREAU = ["市经济和信息化局", "市经信局", "经济和信息化局", "Bureau of Economy and Information", "Economy and Information Technology"]
DISTRICT = ["区主管部门", "区经济和信息化", "district"]
REVOKED = ["撤销", "revoke", "revocation", "withdrawn"]

QUESTIONS = [
    # --- KPIs of annex 3 by everyday words, units and categories -------------------------------------------------
    q("工厂里用上了几个智能决策模型，这个数在附件3里属于哪一类指标？", [K[4], "att_3__cat_1"], ["能力提升"], KPI),
    q("新产品从立项到量产的时间变短了，附件3里对应的是哪个指标？", [K[5]], ["研制周期"], KPI),
    q("供应商送货越来越准时，这在智能工厂关键绩效指标里叫什么？", [K[12]], ["供应商准时交付"], KPI),
    q("附件3的20个指标里，哪些不是用百分比计量的？", ["att_3", K[4], K[20]], ["智能决策模型", "复制推广"], KPI),
    q("可持续发展类指标包括哪几个？", ["att_3__cat_4", K[16], K[17], K[18], K[19]], ["单位产品综合能耗", "二氧化碳", "水资源重复利用率", "一般固废"], KPI),
    q("销售额涨了，在附件3里算哪一类指标？", [K[6], "att_3__cat_2"], ["价值效益"], KPI),
    q("机器开动得更充分了，利用率提高，对应附件3的第几项指标？", [K[10]], ["设备综合利用率", "10"], KPI),
    q("附件2—1的关键工序数控化率和附件3的关键设备数控化率是一回事吗？", [T, K[1]], ["关键设备数控化率"], KPI),
    q("Which annex-3 KPI counts how many other companies have copied our manufacturing model along the supply chain?", [K[20], "att_3__cat_5"], ["20", "复制推广", "replicat", "promot"], KPI),
    q("Customers now get their orders on the promised day more often. Which annex-3 KPI is that?", [K[13]], ["订单准时交付", "order", "Order"], KPI),
    q("Running costs of the plant went down. Which category of annex 3 does that KPI belong to?", [K[14], "att_3__cat_3"], ["生产运营效率", "operation", "efficiency"], KPI),
    q("Is the equipment networking rate of the advanced-level table also one of the twenty annex-3 KPIs?", [T, "att_3"], None, KPI),
    q("Is the labour-productivity KPI of annex 3 counted per production worker or over all staff?", [K[15]], ["全员", "all staff", "all employees"], KPI),
    q("More of our process units now run under advanced process control. Which annex-3 KPI measures how widely it is used?", [K[2]], ["先进过程控制", "advanced process control", "APC"], KPI),
    # --- thresholds for products (divisions a reader may misplace) -----------------------------------------------
    q("做钢琴的企业申报先进级，生产设备联网率要达到多少？", [R4, T], pc(65), THR),
    q("生产疫苗的企业申报先进级，单位产值能耗要降低多少？", [R2, T], pc(4), THR),
    q("焦化企业申报先进级，人均劳动生产率要提升多少？", [R5, T], pc(10), THR),
    q("报废汽车拆解企业的先进级指标按哪个产业组看？", [R4, T], ["装备仪器"], THR),
    q("For an iron-castings foundry, what key-process NC rate does the advanced level ask?", [R4, T], pc(70), THR),
    q("A tablet-computer assembler: what defect-rate reduction does the advanced level expect?", [R3, T], pc(4), THR),
    q("What equipment networking rate must a towel weaving mill reach for the advanced level?", [R1, T], pc(55), THR),
    q("Which industry group of the advanced-level table covers a motorcycle maker?", [R4, T], ["装备仪器", "equipment and instrument", "Equipment and instrument"], THR),
    # --- benefits and obligations ------------------------------------------------------------------------------
    q("认定为基础级智能工厂以后，在数字化转型方面能算什么？", ["art_10"], ["数字化转型达标"], BEN),
    q("拿到先进级以后，企业还能往上争取国家的什么级别？", ["art_4"], ["卓越级"], BEN),
    q("被认定的企业需要承担哪些义务？", ["art_9"], ["推广建设经验", "配合"], OBL),
    q("配合市经信局开展工作，会不会要求我们停产？", ["art_9"], ["不影响正常生产经营"], OBL),
    q("市经信局对已经认定的智能工厂提供什么？", ["art_11"], ["指导服务", "监督"], OBL),
    q("What does a basic-level recognition count as once the district has reviewed it?", ["art_10"], ["数字化转型达标", "digital transformation", "digitally"], BEN),
    q("Can an advanced-level factory be put forward to MIIT, and for which level?", ["art_4"], ["卓越级", "excellent", "Excellent", "excellence"], BEN),
    q("Do recognised enterprises have to share how they built their smart factory?", ["art_9"], ["experience", "经验"], OBL),
    q("Who supervises recognised smart factories after recognition?", ["art_11"], BUREAU, OBL),
    q("Does recognition come with a duty to cooperate with the city bureau?", ["art_9"], ["cooperat", "配合"], OBL),
    # --- procedure ---------------------------------------------------------------------------------------------
    q("基础级是谁审批？还是企业自己评？", ["art_4", "art_6"], ["自建自评", "备案"], PROC),
    q("区主管部门每个季度什么时候把备案结果报给市里？", ["art_6"], ["15日", "15 日", "第三个月", "15th"], PROC),
    q("申报先进级要先经过哪一级部门初审？", ["art_7"], DISTRICT, PROC),
    q("先进级认定名单公布前要不要向社会公示？", ["art_8"], ["公示"], PROC),
    q("区主管部门在先进级认定中负责什么？", ["art_7"], ["初审", "推荐"], PROC),
    q("申报材料有哪些要求，由谁发布？", ["art_13"], BUREAU, PROC),
    q("Where does a basic-level factory file its self-assessment?", ["art_6", "art_4"], DISTRICT, PROC),
    q("What happens after the city bureau accepts an advanced-level application?", ["art_8"], ["formal", "形式审查", "expert", "专家"], PROC),
    q("Who publishes the list of advanced-level smart factories?", ["art_8"], BUREAU, PROC),
    q("Can we apply to the city bureau for the advanced level directly, without going through our district?", ["art_7"], DISTRICT, PROC),
    q("Can the key elements of the annexes change while the measures are in force?", ["art_13"], ["adjust", "调整"], PROC),
    # --- dates -------------------------------------------------------------------------------------------------
    q("这个认定管理办法是哪天印发的？", ["notice", "art_14"], ["2025年4月29日", "2025-04-29", "4月29日"], DATE),
    q("办法的文号是什么？", ["notice"], ["京经信发〔2025〕22号", "22号"], DATE),
    q("第三季度的基础级备案结果，区里最晚什么时候报到市经信局？", ["art_6"], ["9月15", "15日", "15 日"], DATE),
    q("2027年以后这个办法还有效吗？", ["art_14"], ["2026年12月31日", "2026-12-31", "2026 年 12 月 31 日"], DATE),
    q("Until when are the Beijing smart factory measures valid?", ["art_14"], ["2026-12-31", "31 December 2026", "2026年12月31日", "December 31, 2026", "2026 年 12 月 31 日"], DATE),
    q("From what date did the measures take effect?", ["art_14", "notice"], ["发布之日", "publication", "2025-04-29", "29 April 2025", "April 29, 2025"], DATE),
    q("For the second quarter, by which day must districts report the basic-level filings to the city?", ["art_6"], ["15 June", "June 15", "6月15", "15th", "15日", "15 日"], DATE),
    # --- revocation --------------------------------------------------------------------------------------------
    q("哪些情况下会被撤销智能工厂称号？", ["art_12"], ["虚假信息", "京外", "无法正常经营"], REVO),
    q("企业被依法终止了，智能工厂称号怎么处理？", ["art_12__item_2", "art_12"], REVOKED, REVO),
    q("已认定的工厂发生重大质量事故，称号会受影响吗？", ["art_12__item_3", "art_12"], REVOKED, REVO),
    q("Does moving the registered address out of Beijing cost a recognised factory its title?", ["art_12__item_4", "art_12"], REVOKED, REVO),
    q("Is giving false information during the application a ground for losing the title?", ["art_12__item_1", "art_12"], REVOKED, REVO),
    q("If a regulator fines us, do we automatically lose the smart-factory title?", ["art_12__item_5", "art_12"], ["不再符合", "no longer"], REVO),
    # --- conditions in everyday words --------------------------------------------------------------------------
    q("公司刚成立一年，只有一年的财务报表，申报时会有问题吗？", ["art_5__item_3"], ["近三年", "三年"], COND),
    q("工业软件用的是国外的，对申报有什么影响？", ["art_5__item_5"], ["安全可控"], COND),
    q("主导产品要满足什么要求？", ["art_5__item_4"], ["产业政策"], COND),
    q("基础级的主要技术经济指标要跟谁比？", ["att_1__sec_2"], ["同行业平均", "平均水平"], COND),
    q("Do we need our own smart-manufacturing engineers to apply?", ["art_5__item_6"], ["talent", "人才", "professional"], COND),
    q("Does the factory have to be running already, or can we apply while it is still being built?", ["art_5__item_2"], ["投入正常使用", "in operation", "normal use", "in normal"], COND),
    q("Must the applicant be an industrial enterprise above designated size?", ["art_5__item_1"], ["规模以上", "above designated size", "above-designated-size"], COND),
    q("For the advanced level, how must our main indicators compare with Beijing peers?", ["att_2__sec_2"], ["领先", "leading"], COND),
    # --- construction items ------------------------------------------------------------------------------------
    q("基础级研发设计环节要求做什么？", ["att_1__sec_1__item_2"], ["数字化研发设计"], ITEM),
    q("先进级要求实现订单及时交付，是在哪个建设环节？", ["att_2__sec_1__item_5"], ["运营管理"], ITEM),
    q("先进级生产管理要实现什么样的排产能力？", ["att_2__sec_1__item_4"], ["辅助计划排产", "排产"], ITEM),
    q("基础级生产作业环节要求哪些工序实现自动化？", ["att_1__sec_1__item_3"], ["关键生产工序"], ITEM),
    q("What does 'point-like intelligent exploration' (点状智能化探索) refer to?", ["att_1__intro", "att_1"], ["基础级", "basic"], ITEM),
    q("What does factory construction mean at the basic level?", ["att_1__sec_1__item_1"], ["产线级", "line-level", "line level", "车间级", "workshop"], ITEM),
    q("At the advanced level, what should happen to product design and process design data?", ["att_2__sec_1__item_2"], ["统一管理", "unified", "协同"], ITEM),
    q("Does the basic level require operations management to be digitalised?", ["att_1__sec_1", "att_1__sec_1__item_5"], ["生产作业", "production operation"], ITEM),
    # --- relation to the national scheme -----------------------------------------------------------------------
    q("北京的智能工厂认定办法和工信部等六部门的智能工厂梯度培育行动是什么关系？", ["art_1"], ["梯度培育"], NAT),
    q("北京的先进级和国家的卓越级怎么衔接？", ["art_4"], ["推荐", "卓越级"], NAT),
    q("Which of the national scheme's levels do Beijing's measures recognise themselves?", ["art_2", "art_4"], ["基础级", "basic"], NAT),
    q("What maturity level does Beijing ask for its two levels, under GB/T 39116?", ["art_5__item_7"], ["二级", "level 2", "Level 2"], NAT),
    # --- out of scope (shares words with the measures; must be declined) ---------------------------------------
    oos("天津市智能工厂认定需要满足什么条件？", "another place's scheme (Tianjin is not described in shared/reference/)"),
    oos("小规模纳税人的增值税征收率是多少？", "tax"),
    oos("国家级智能制造示范工厂揭榜任务怎么申报？", "another national programme (示范工厂), not Beijing's measures"),
    oos("企业所得税汇算清缴截止到几月？", "tax"),
    oos("申请ISO 45001职业健康安全管理体系认证需要多长时间？", "a management-system certification"),
    oos("工业企业发生生产安全事故后，按什么时限分级上报？", "accident reporting rules, not stated by the measures"),
    oos("河北省智能工厂梯度培育有哪些奖励政策？", "another province's scheme"),
    oos("公司注册地址从朝阳区迁到海淀区，在市场监管部门怎么办理？", "company registration procedure"),
    oos("数据安全法对工业数据分类分级有什么要求？", "data-security law, not the measures"),
    oos("What are the conditions for a smart factory in Shandong province?", "another province's scheme"),
    oos("How do I register a limited liability company in Beijing's Haidian district?", "company registration"),
    oos("How is the national digital-transformation pilot city programme funded?", "another national programme"),
    oos("How do I apply for an export tax rebate on machinery we sell abroad?", "tax"),
    oos("How long does a GB/T 39116 maturity assessment take, and what does it cost?", "the assessment's duration and fee are not stated in the measures"),
    oos("How do I get a work-safety licence for a hazardous chemicals plant?", "a permit, not the measures"),
    oos("What is the minimum registered capital for a manufacturing company in Tianjin?", "company registration, another place"),
]


def main() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "questions.json"), "w", encoding="utf-8") as fh:
        json.dump(QUESTIONS, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(QUESTIONS), "questions;", Counter((x["lang"], x.get("out_of_scope", False)) for x in QUESTIONS))


if __name__ == "__main__":
    main()
