# ruff: noqa: E501  (data: one question a line)
"""Seventh held-out set of policy questions, written by hand from the measures' text (shared/seeds/), the
contract's eId list, shared/reference/ and GB/T 4754-2017 divisions (python3 bench/heldout7/questions_src.py
writes questions.json). Each: q, lang, kind, gold (eIds, any of them in the top 3 counts), answer_any (acceptable
forms of the decisive fact, one must appear in the answer); out-of-scope ones have out_of_scope true and no gold,
with why: the service should decline them (addressed false). Kinds: the construction items per level and domain,
annex-3 KPIs in everyday words, thresholds for products (including divisions a reader may misplace: medical masks
C27, golf clubs C24, fireworks C26, dental chairs C35), benefits and obligations of recognition, procedure, dates,
revocation, conditions in everyday words, and the relation to the national scheme. Not written from, and not a
paraphrase of, the contract's dev sets, bench/qa_sets/ or any bench/heldout*/ question."""
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


ITEM, KPI, THR, BEN, OBL, PROC, DATE, REVO, COND, NAT = ("construction_item", "kpi_everyday", "threshold_product",
                                                      "benefit", "obligation", "procedure", "date", "revocation",
                                                      "condition_everyday", "national_scheme")
R1, R2, R3, R4, R5 = (f"att_2-1__row_{i}" for i in range(1, 6))
T = "att_2-1"
K = [None] + [f"att_3__kpi_{i}" for i in range(1, 21)]
B1 = [None] + [f"att_1__sec_1__item_{i}" for i in range(1, 6)]
A1 = [None] + [f"att_2__sec_1__item_{i}" for i in range(1, 6)]
BUREAU = ["市经济和信息化局", "市经信局", "经济和信息化局", "Bureau of Economy and Information", "Economy and Information Technology"]
REVOKED = ["撤销", "revoke", "revocation", "withdrawn"]

QUESTIONS = [
    # --- construction items per level and domain ------------------------------------------------------------------
    q("基础级智能工厂在工厂建设这块要做到什么程度？是产线级还是工厂级？", [B1[1]], ["产线级", "车间级"], ITEM),
    q("先进级在工厂建设方面比基础级多了哪些要求？", [A1[1], B1[1]], ["仿真", "工厂级"], ITEM),
    q("先进级的研发设计具体要做到什么？", [A1[2]], ["仿真迭代", "智能化设计工具", "统一管理和协同"], ITEM),
    q("基础级对生产管理这一块要管哪些东西？", [B1[4]], ["作业计划", "设备资产", "生产物料", "精益化"], ITEM),
    q("先进级生产作业环节要实现哪些功能？", [A1[3]], ["异常预警", "在线分析", "精准控制", "数字化检测"], ITEM),
    q("先进级运营管理里对供应链有没有要求？", [A1[5]], ["供应链数字化管理", "供应链"], ITEM),
    q("基础级的运营管理要用信息系统管哪些方面？", [B1[5]], ["采购", "人力资源", "财务"], ITEM),
    q("先进级的生产管理里要不要管安全、能源和环保？", [A1[4]], ["安全能源环保"], ITEM),
    q("先进级智能工厂怎么定义的？和基础级差在哪？", ["att_2__intro", "att_1__intro"], ["重点场景", "数据互通共享", "精准控制", "集成能力"], ITEM),
    q("What does the basic level expect from us under R&D and design?", [B1[2]], ["数字化研发设计", "digital"], ITEM),
    q("At the advanced level, what should we simulate as part of factory construction?", [A1[1]], ["工艺路线", "产线布局", "物流路径", "process route", "layout", "logistics"], ITEM),
    q("For the basic level, what has to happen on the shop floor in production operation?", [B1[3]], ["实时监控", "real-time", "自动化", "automat"], ITEM),
    q("Which construction areas must an advanced-level factory cover at the very least?", ["att_2__sec_1"], ["生产管理、运营管理", "operations management"], ITEM),
    q("Is R&D design compulsory for a basic-level factory, or what is the one area we must cover?", ["att_1__sec_1"], ["生产作业", "production operation"], ITEM),
    q("In plain words, what is a basic-level smart factory supposed to be?", ["att_1__intro"], ["点状智能化", "核心数据实时采集", "real-time", "core data"], ITEM),
    q("What does advanced-level operations management ask beyond basic-level bookkeeping of purchasing and sales?", [A1[5], B1[5]], ["成本有效管控", "订单及时交付", "cost", "delivery", "供应链"], ITEM),

    # --- annex-3 KPIs in everyday words ---------------------------------------------------------------------------
    q("仓库里的货周转得更快了，附件3里有对应的指标吗？", [K[11]], ["库存周转率"], KPI),
    q("我们上了APC先进控制系统，投运的比例算附件3里的什么指标？", [K[2]], ["先进过程控制投用率"], KPI),
    q("工厂排放的二氧化碳少了，附件3里怎么表述这个指标？", [K[17], "att_3__cat_4"], ["二氧化碳", "CO"], KPI),
    q("冷却水循环用得多了，这对应附件3的哪一项？", [K[19]], ["水资源重复利用率"], KPI),
    q("附件3的能力提升类一共有几个指标，分别是什么？", ["att_3__cat_1", K[1], K[2], K[3], K[4]], ["关键设备数控化率", "先进过程控制", "人工智能", "智能决策模型"], KPI),
    q("附件3一共列了多少个关键绩效指标，分成几类？", ["att_3"], ["20"], KPI),
    q("Our machines now waste less raw material. Which annex-3 KPI captures better use of resources?", [K[8]], ["资源综合利用率", "resource"], KPI),
    q("Which annex-3 KPI is about using AI in the factory?", [K[3]], ["人工智能", "artificial intelligence", "AI"], KPI),
    q("Is the general solid-waste utilisation rate one of the annex-3 KPIs, and in which category?", [K[18], "att_3__cat_4"], ["可持续发展", "sustainab"], KPI),
    q("Our overall production efficiency went up. Which annex-3 KPI is that?", [K[7]], ["生产效率提升", "production efficiency"], KPI),
    q("Which category of annex 3 does a lower product defect rate fall into?", [K[9], "att_3__cat_3"], ["生产运营效率", "operational efficiency", "production and operation"], KPI),
    q("What does the promotion-and-application category of annex 3 measure?", ["att_3__cat_5", K[20]], ["复制推广", "上下游", "upstream", "downstream"], KPI),

    # --- thresholds by product -----------------------------------------------------------------------------------
    q("我们做豆腐、豆浆这些豆制品，先进级的设备联网率门槛是多少？", [R1], pc(55), THR),
    q("生产医用防护口罩的企业，先进级的指标按哪个行业那一行算？", [R2], ["生物医药", *pc(80)], THR),
    q("生产瓷砖的，先进级的单位产值能源消耗降低要达到多少？", [R5], pc(10), THR),
    q("做高尔夫球杆的，先进级关键工序数控化率要多少？", [R4], pc(70), THR),
    q("做汽车铝合金轮毂的，先进级产品不良率下降要求多少？", [R4], pc(5), THR),
    q("生产智能音箱的企业，先进级的生产设备联网率要达到多少？", [R3], pc(70), THR),
    q("给钢厂做石墨电极的，先进级人均劳动生产率提升要求多少？", [R5], pc(10), THR),
    q("原材料产业那一行包括哪些行业大类？", [R5], ["C25", "C28"], THR),
    q("We make fireworks and firecrackers. What key-process NC rate does the advanced level ask of us?", [R5], pc(75), THR),
    q("We build dental chairs for clinics. What equipment networking rate do we need for the advanced level?", [R4], pc(65), THR),
    q("We make glass tableware and wine glasses. How much must our defect rate fall for the advanced level?", [R5], pc(2), THR),
    q("We make beef jerky and sausages. What labour productivity gain does the advanced level require?", [R1], pc(10), THR),
    q("We make antennas for 5G base stations. What energy-per-output-value reduction is required at the advanced level?", [R3], pc(7), THR),
    q("We make titanium dioxide pigment. What defect-rate reduction does the advanced level table ask for?", [R5], pc(2), THR),
    q("What are the five thresholds of the urban-industries row, and which divisions belong to it?", [R1], ["C13", "65%"], THR),

    # --- benefits of recognition ---------------------------------------------------------------------------------
    q("评上基础级智能工厂有什么好处？", ["art_10"], ["数字化转型达标"], BEN),
    q("先进级智能工厂以后能往国家级推荐吗？", ["art_4"], ["卓越级"], BEN),
    q("认定以后市经信局会给我们提供什么服务？", ["art_11"], ["指导服务"], BEN),
    q("Does basic-level recognition count toward Beijing's digital-transformation compliance?", ["art_10"], ["数字化转型达标", "digital transformation", "digitally"], BEN),
    q("Can an advanced-level factory go on to the national excellent level, and who recommends it?", ["art_4"], ["卓越级", "excellent", "工业和信息化部", "MIIT"], BEN),
    q("After basic-level recognition, who has to review us before we count as digitally transformed?", ["art_10"], ["区主管部门", "district", "复核"], BEN),

    # --- obligations ------------------------------------------------------------------------------------------------
    q("认定为智能工厂以后，企业要承担什么义务？", ["art_9"], ["配合", "推广建设经验"], OBL),
    q("公司改名了，智能工厂称号需要向谁申请更名？", ["art_12"], BUREAU, OBL),
    q("认定以后谁来对我们进行监督？", ["art_11"], ["监督"], OBL),
    q("Do recognised factories have to share their experience with others?", ["art_9"], ["推广建设经验", "experience"], OBL),
    q("We merged with another company. Do we have to tell anyone about our smart-factory title?", ["art_12"], ["更名", "renam"], OBL),
    q("Will the city bureau keep an eye on recognised factories afterwards?", ["art_11"], ["监督", "supervis"], OBL),

    # --- procedure --------------------------------------------------------------------------------------------------
    q("基础级是谁来认定的？要不要专家来评审？", ["art_4", "art_6"], ["自建自评", "备案"], PROC),
    q("先进级的申请材料交给谁？", ["art_7"], ["区主管部门", "所在区"], PROC),
    q("先进级评审一般包括哪些环节？", ["art_8"], ["现场核查", "会议答辩", "专家评审"], PROC),
    q("先进级名单正式公布之前要不要公示？", ["art_8"], ["公示"], PROC),
    q("申报材料具体有什么要求，由谁来定？", ["art_13"], ["适时调整", "发布"], PROC),
    q("区主管部门收到先进级申请后要做什么？", ["art_7"], ["初审", "推荐上报"], PROC),
    q("Who reviews advanced-level applications, and what does the district do?", ["art_7", "art_8"], ["初审", "区主管部门", "district"], PROC),
    q("Is there a public notice before the advanced-level list is published?", ["art_8"], ["公示", "public"], PROC),
    q("How does the basic level work -- does anyone come to inspect our plant?", ["art_4", "art_6"], ["自建自评", "备案", "self", "fil"], PROC),
    q("Who has the final say on interpreting these measures?", ["art_15"], BUREAU, PROC),
    q("Who publishes the key elements and the application materials list, and can they change?", ["art_13"], ["适时调整", "adjust"], PROC),

    # --- dates ------------------------------------------------------------------------------------------------------
    q("这个办法什么时候到期？", ["art_14"], ["2026年12月31日", "2026 年 12 月 31 日", "2026-12-31"], DATE),
    q("这个办法是哪天印发的？文号是多少？", ["notice"], ["2025年4月29日", "22号", "2025-04-29"], DATE),
    q("区里每个季度什么时候要把基础级备案结果报给市里？", ["art_6"], ["15日", "15 日", "第三个月"], DATE),
    q("From what date do the measures apply?", ["art_14", "notice"], ["发布之日", "publication", "2025-04-29", "29 April 2025"], DATE),
    q("Which earlier Beijing measures did these replace?", ["art_14"], ["数字化车间与智能工厂认定管理办法", "Digital Workshop", "digital workshop"], DATE),
    q("By which day of June must districts send the basic-level filings to the city bureau?", ["art_6"], ["15"], DATE),
    q("How many years back are accidents and violations counted when we apply?", ["art_5__item_3"], ["三年", "three", "3 years"], DATE),

    # --- revocation -------------------------------------------------------------------------------------------------
    q("我们要把注册地搬到天津，智能工厂称号还能保留吗？", ["art_12__item_4"], ["京外"], REVO),
    q("申报时数据造假，被认定后才发现，会怎么处理？", ["art_12__item_1"], ["虚假信息", *REVOKED], REVO),
    q("公司经营不下去停业了，智能工厂称号会怎么处理？", ["art_12__item_2"], ["无法正常经营", "终止"], REVO),
    q("Does a major safety accident after recognition cost us the title?", ["art_12__item_3"], REVOKED, REVO),
    q("If we are fined for a violation, do we automatically lose the title?", ["art_12__item_5"], ["不再符合认定条件", "no longer"], REVO),
    q("Can a general-grade accident after recognition lead to revocation?", ["art_12__item_3"], ["重大", "major"], REVO),

    # --- conditions in everyday words -------------------------------------------------------------------------------
    q("我们是外地企业在北京的分公司，可以申报吗？", ["art_5__item_1"], ["独立法人"], COND),
    q("一年营收一千多万的小厂能申请智能工厂吗？", ["art_5__item_1"], ["规模以上", "2000"], COND),
    q("申报企业需要有多少智能制造方面的人才？", ["art_5__item_6"], ["一批智能制造专业人才", "专业人才"], COND),
    q("工厂还在建，没投产，能不能先申报？", ["art_5__item_2"], ["建成并投入正常使用", "投入正常使用"], COND),
    q("我们用的是进口的工业软件和操作系统，对申报有影响吗？", ["art_5__item_5"], ["安全可控"], COND),
    q("Does our main product have to fit some Beijing policy to apply?", ["art_5__item_4"], ["产业政策", "industrial policy"], COND),
    q("What maturity level do we need for the basic level, and under which standard?", ["art_5__item_7"], ["39116"], COND),
    q("How many of the five technical-economic indicators must an advanced-level applicant reach?", ["att_2__sec_2"], ["5个指标中的3个", "3 of the 5", "three of the five", "3 of 5"], COND),
    q("At the basic level, what if our indicators are not above the provincial average for our industry?", ["att_1__sec_2"], ["数字化达标", "digital"], COND),
    q("Do we need a dedicated organisation for planning and running the smart factory?", ["art_5__item_6"], ["组织机制", "organi"], COND),

    # --- the national scheme ----------------------------------------------------------------------------------------
    q("北京的基础级、先进级和国家的智能工厂梯度培育是什么关系？", ["art_1", "art_4"], ["梯度培育"], NAT),
    q("卓越级智能工厂是北京市认定的吗？", ["art_4"], ["工业和信息化部", "推荐"], NAT),
    q("先进级的指标要求是和全国比还是和北京本市同行业比？", ["att_2__sec_2"], ["本市同行业领先", "领先水平"], NAT),
    q("Which national document do these measures implement?", ["art_1"], ["智能工厂梯度培育行动实施方案", "Smart Factory", "tiered"], NAT),
    q("Do the Beijing measures themselves recognise the excellent and leading levels?", ["art_2", "art_4"], ["基础级、先进级", "basic and advanced", "卓越级"], NAT),
    q("Which Beijing plan on the digital transformation of manufacturing do the measures build on?", ["art_1"], ["2024—2026", "2024-2026", "数字化转型实施方案"], NAT),

    # --- out of scope: the measures do not address these ------------------------------------------------------------
    oos("上海市智能工厂的认定条件有哪些？", "another city's rules (Shanghai is not described in shared/reference)"),
    oos("广东省先进级智能工厂有没有奖励资金？", "another province's funding"),
    oos("北京高新技术企业认定对研发费用比例有什么要求？", "another scheme (high-tech enterprise recognition)"),
    oos("专精特新中小企业认定需要满足什么条件？", "another scheme"),
    oos("在北京注册一家有限公司最少要多少注册资本？", "company registration"),
    oos("智能化改造买的设备能抵扣多少企业所得税？", "tax"),
    oos("北京市绿色工厂的评价标准是什么？", "another scheme (green factory)"),
    oos("发生生产安全事故以后多长时间内要上报应急管理部门？", "accident reporting rules, not in the measures"),
    oos("What does it take to become a WEF Global Lighthouse factory?", "another (private) scheme"),
    oos("How does Zhejiang recognise its provincial future factories?", "another province's scheme"),
    oos("What VAT rate applies when we buy industrial robots for the smart factory?", "tax"),
    oos("How do we apply for the national high-tech enterprise certificate?", "another scheme"),
    oos("What are the requirements for getting onto the national green factory list?", "another scheme"),
    oos("How do we change our company's registered capital with the Beijing market regulator?", "company registration"),
    oos("What is the application deadline for Guangdong's smart-manufacturing pilot projects?", "another province's programme"),
    oos("How long does an ISO 9001 certification audit of our factory take?", "certification, not in the measures"),
]


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "questions.json"), "w", encoding="utf-8") as fh:
        json.dump(QUESTIONS, fh, ensure_ascii=False, indent=1)
    print(len(QUESTIONS), "questions")
