# ruff: noqa: E501  (data: one question a line)
"""Second held-out set of policy questions, written by hand from the measures' text and the reference facts
(python bench/heldout2/questions_src.py writes questions.json). Each: q, lang, kind, gold (eIds, any of them in
the top 3 counts), answer_any (acceptable forms of the decisive fact, one must appear in the answer), optionally
answer_all (every one must appear); out-of-scope ones have out_of_scope true and no gold, with why: the service
should decline them (addressed false). Not written from, and not a paraphrase of, bench/heldout/questions."""
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


P, A, D, K, T = "procedure", "authority", "dates", "kpi", "threshold"
B, OB, R, C, X = "benefit", "obligation", "revocation", "condition", "comparison"
BUREAU = ["市经济和信息化局", "市经信局", "Municipal Bureau of Economy and Information", "Bureau of Economy and Information Technology", "city bureau", "municipal bureau"]
END = ["2026年12月31日", "2026 年 12 月 31 日", "2026-12-31", "31 December 2026", "December 31, 2026", "Dec 31, 2026"]

QUESTIONS = [
    # --- procedure (art_6, art_7, art_8, art_13) ---
    q("基础级智能工厂要不要报批？自评完以后交给哪里？", ["art_6", "art_4"], ["备案", "区主管部门"], P),
    q("Once we finish the basic-level self-assessment, where do the results go?", ["art_6", "art_4"], ["district", "区主管部门"], P),
    q("区经信部门每个季度什么时候把基础级备案结果上报到市里？", ["art_6"], ["15日", "15 日"], P),
    q("What is the quarterly deadline for district authorities to send basic-level filings to the city bureau?", ["art_6"], ["15th", "the 15", "15日", "15 日"], P),
    q("先进级智能工厂的综合评审具体怎么评，会不会来现场看？", ["art_8"], ["现场核查"], P, ["答辩"]),
    q("Does the advanced-level review include a defence in front of experts?", ["art_8"], ["defen", "答辩"], P),
    q("先进级名单正式公布之前有没有公示环节？", ["art_8"], ["公示"], P),
    q("Is the list of advanced-level factories published straight after expert review, or is there a public notice first?", ["art_8"], ["public notice", "publicity", "公示"], P),
    q("先进级的申请材料交给区里还是直接交市经信局？", ["art_7"], ["区主管部门", "所在区"], P),
    q("May a company send its advanced-level application straight to the municipal bureau, skipping the district?", ["art_7"], ["district", "区主管部门"], P),
    q("区主管部门在先进级认定里承担什么角色？", ["art_7"], ["初审", "推荐"], P),
    q("What is the first check the municipal bureau runs on an advanced-level application it receives?", ["art_8"], ["formal", "形式审查"], P),
    q("申报材料具体要哪些，由谁来定、会不会调整？", ["art_13"], [*BUREAU, "适时调整"], P),
    q("Who sets and revises the list of application materials and the key elements?", ["art_13"], BUREAU, P),
    q("基础级需要专家评审吗？", ["art_4", "art_6"], ["自建自评", "自评"], P),
    q("Do basic-level smart factories go through an expert panel, or do they assess themselves?", ["art_4", "art_6"], ["self", "自评"], P),
    # --- authorities ---
    q("这个认定办法的解释权归谁？", ["art_15"], BUREAU, A),
    q("Which authority interprets the Beijing smart-factory measures?", ["art_15"], BUREAU, A),
    q("先进级智能工厂由哪个部门组织评审认定？", ["art_4", "art_8"], BUREAU, A),
    q("Which government body recognises advanced-level smart factories in Beijing?", ["art_4", "art_8"], BUREAU, A),
    q("认定以后谁来监督这些智能工厂？", ["art_11"], BUREAU, A),
    q("After recognition, who oversees the factories and offers them guidance?", ["art_11"], [*BUREAU, "guidance"], A),
    q("基础级智能工厂归哪一级部门管理？", ["art_4"], ["区主管部门", "区经济和信息化"], A),
    q("Which level of government keeps the records of basic-level smart factories?", ["art_4", "art_6"], ["district"], A),
    q("向工信部推荐卓越级智能工厂的是谁？", ["art_4"], BUREAU, A),
    # --- validity dates ---
    q("这个管理办法从哪天开始施行？", ["art_14", "notice"], ["发布之日", "2025年4月29日", "2025-04-29"], D),
    q("Until what date do the Beijing recognition measures remain valid?", ["art_14"], END, D),
    q("以前的《北京市数字化车间与智能工厂认定管理办法》现在还能用吗？", ["art_14"], ["废止"], D),
    q("Is the earlier Beijing regulation on digital workshops and smart factories still in effect?", ["art_14"], ["repeal", "废止", "no longer"], D),
    q("这个通知是哪天印发的？", ["notice", "art_14"], ["2025年4月29日", "2025-04-29"], D),
    q("On what date was the notice issuing the measures signed?", ["notice", "art_14"], ["2025-04-29", "29 April 2025", "April 29, 2025", "2025年4月29日"], D),
    q("到2027年这个认定办法还管用吗？", ["art_14"], END, D),
    q("What is the document number of the Beijing smart-factory measures?", ["notice"], ["22"], D),
    # --- KPIs of annex 3 named indirectly ---
    q("把我们的智能制造解决方案复制到上下游配套企业，这个能算绩效指标吗？", ["att_3__kpi_20", "att_3__cat_5"], ["推广"], K),
    q("Which annex-3 indicator counts the suppliers and customers that adopted our manufacturing solution?", ["att_3__kpi_20", "att_3__cat_5"], ["replicat", "promot", "推广", "copied", "spread"], K),
    q("生产用水循环使用的比例属于哪一类指标？", ["att_3__kpi_19", "att_3__cat_4"], ["可持续发展"], K),
    q("Is the recycling of ordinary industrial solid waste counted among the smart-factory KPIs?", ["att_3__kpi_18"], ["solid waste", "固废"], K),
    q("每件产品排放的二氧化碳少了，对应附件3哪个指标？", ["att_3__kpi_17"], ["二氧化碳"], K),
    q("Which category does the carbon-dioxide-per-product KPI fall into?", ["att_3__kpi_17", "att_3__cat_4"], ["sustainab", "可持续"], K),
    q("供应商送货越来越准时，这在关键绩效指标里叫什么？", ["att_3__kpi_12"], ["供应商准时交付率"], K),
    q("We now ship customer orders on the promised date far more often. Which KPI is that?", ["att_3__kpi_13"], ["order", "订单准时交付率"], K),
    q("仓库存货周转加快，属于生产运营效率类指标吗？", ["att_3__kpi_11", "att_3__cat_3"], ["库存周转率"], K),
    q("Is a drop in operating costs one of the key performance indicators for smart factories?", ["att_3__kpi_14"], ["operating cost", "运营成本"], K),
    q("价值效益类指标具体有哪几个？", ["att_3__cat_2"], ["研制周期", "销售增长率"], K),
    q("What KPIs are in the value-and-benefit category of annex 3?", ["att_3__cat_2"], ["sales growth", "销售增长", "development cycle", "研制周期"], K),
    q("附件3一共列了多少个绩效指标？", ["att_3"], ["20个", "20 个", "20项", "20 项", "二十"], K),
    q("How many KPIs does the smart-factory KPI reference annex list, in how many groups?", ["att_3"], ["20 KPI", "twenty", "20 key", "20 indicators"], K),
    q("能力提升类指标包括哪些？", ["att_3__cat_1"], ["数控化率", "先进过程控制", "人工智能", "决策模型"], K),
    q("Which KPIs measure capability improvement?", ["att_3__cat_1"], ["numerical control", "process control", "artificial intelligence", "decision model", "数控化率"], K),
    q("可持续发展方面看哪些指标？", ["att_3__cat_4"], ["能耗", "二氧化碳", "固废", "水资源"], K),
    q("设备综合效率OEE提高了，附件3里对应哪一项？", ["att_3__kpi_10"], ["设备综合利用率"], K),
    q("Which KPI tracks how fully we use raw materials and energy resources?", ["att_3__kpi_8"], ["resource", "资源综合利用率"], K),
    q("每个员工的产出提高了，附件3用哪个指标衡量？", ["att_3__kpi_15", "att_2-1"], ["劳动生产率"], K),
    q("The line now turns out more units per shift -- is there a KPI for that?", ["att_3__kpi_7"], ["production efficiency", "生产效率"], K),
    q("先进过程控制系统用得多不多，拿什么指标衡量？", ["att_3__kpi_2"], ["先进过程控制投用率"], K),
    q("Do intelligent decision-making models in the plant count toward any KPI, and is it a percentage or a count?", ["att_3__kpi_4"], ["number", "数量", "count", "个"], K),
    q("单位产品综合能耗降低是附件3的指标，它和先进级表里的单位产值能耗降低是一回事吗？", ["att_3__kpi_16", "att_2-1"], ["不是", "不同", "不一样", "区别"], K),
    q("Is annex 3's 'key equipment NC rate' the same thing as the advanced table's 'key process NC rate'?", ["att_3__kpi_1", "att_2-1"], ["not the same", "different", "differ", "not identical", "不同"], K),
    q("销售额增长算哪一类指标？", ["att_3__kpi_6", "att_3__cat_2"], ["价值效益"], K),
    q("Which KPI is about products failing quality checks less often?", ["att_3__kpi_9"], ["defect", "不良率"], K),
    q("推广应用类指标有几个，讲的是什么？", ["att_3__cat_5", "att_3__kpi_20"], ["上下游", "推广"], K),
    q("How long it takes to develop a new product from design to launch -- is that tracked as a KPI?", ["att_3__kpi_5"], ["development cycle", "R&D cycle", "研制周期", "cycle"], K),
    # --- thresholds per industry, by product ---
    q("我们做速冻食品，申报先进级时关键工序数控化率要达到多少？", ["att_2-1__row_1"], ["65%"], T),
    q("葡萄酒酿造企业申报先进级，生产设备联网率门槛是多少？", ["att_2-1__row_1"], ["55%"], T),
    q("What equipment networking rate does a vaccine producer need for the advanced level?", ["att_2-1__row_2"], ["70%"], T),
    q("中成药生产企业，单位产值能耗需要降低多少？", ["att_2-1__row_2"], ["4%"], T),
    q("What defect-rate reduction must a smartphone maker show for the advanced level?", ["att_2-1__row_3"], ["4%"], T),
    q("芯片封装企业申报先进级，单位产值能源消耗降低的要求是多少？", ["att_2-1__row_3"], ["7%"], T),
    q("For a maker of pianos and violins, what key-process NC rate is needed at the advanced level?", ["att_2-1__row_4"], ["70%"], T),
    q("电梯制造企业的人均劳动生产率提升要求是多少？", ["att_2-1__row_4"], ["8%"], T),
    q("What thresholds apply to a cement plant applying for the advanced level?", ["att_2-1__row_5"], None, T, ["75%", "2%"]),
    q("玻璃厂申报先进级，产品不良率下降要达到多少？", ["att_2-1__row_5"], ["2%"], T),
    q("机械手表厂申报先进级，生产设备联网率要求多少？", ["att_2-1__row_4"], ["65%"], T),
    q("What NC-rate threshold applies to a wind-turbine manufacturer?", ["att_2-1__row_4"], ["70%"], T),
    q("铜杆铜线加工企业，关键工序数控化率的门槛是多少？", ["att_2-1__row_5"], ["75%"], T),
    q("By how much must a paint and coatings manufacturer cut energy use per unit of output value?", ["att_2-1__row_5"], ["10%"], T),
    q("我们做运动鞋，先进级的数控化率和联网率门槛分别是多少？", ["att_2-1__row_1"], None, T, ["65%", "55%"]),
    q("We produce tissue paper. What labour-productivity gain do we need for the advanced level?", ["att_2-1__row_1"], ["10%"], T),
    q("汽车整车厂申报先进级，关键工序数控化率要求多少？", ["att_2-1__row_4"], ["70%"], T),
    q("What networking rate must a pesticide producer reach for the advanced level?", ["att_2-1__row_5"], ["75%"], T),
    q("铁路货车制造企业的产品不良率下降要求是多少？", ["att_2-1__row_4"], ["5%"], T),
    q("Which industry groups have the highest key-process NC threshold in the advanced table?", ["att_2-1", "att_2-1__row_2", "att_2-1__row_3"], ["80%"], T),
    q("哪个行业的单位产值能耗降低要求最高？", ["att_2-1", "att_2-1__row_5"], ["10%"], T),
    q("How many of the five technical-economic indicators must an advanced applicant reach?", ["att_2__sec_2"], ["three", "3 of", "3 out of", "at least 3"], T),
    q("先进级那五项指标至少要满足几项？", ["att_2__sec_2"], ["3个", "3 个", "三"], T),
    q("An LED lamp maker: which threshold row of the advanced table applies and what is its energy-reduction figure?", ["att_2-1__row_4"], ["5%"], T),
    q("卫星制造企业申报先进级，人均劳动生产率要提升多少？", ["att_2-1__row_4"], ["8%"], T),
    q("What defect-rate reduction does an instant-noodle factory need for the advanced level?", ["att_2-1__row_1"], ["5%"], T),
    # --- benefits and obligations ---
    q("拿到基础级认定，能不能直接算数字化转型达标？", ["art_10"], ["数字化转型达标"], B, ["复核"]),
    q("Does basic-level recognition count as reaching the digital-transformation standard, and what step is needed first?", ["art_10"], ["district", "review", "复核"], B),
    q("先进级企业有机会往国家层面走吗？", ["art_4"], ["卓越级"], B),
    q("Can an advanced-level factory be put forward for the national excellent level?", ["art_4"], ["excellent", "卓越"], B),
    q("被认定为智能工厂以后，企业要承担哪些配合义务？", ["art_9"], ["配合", "推广"], OB),
    q("Are recognised factories expected to share what they learned building the smart factory?", ["art_9"], ["experience", "推广", "share"], OB),
    q("公司改了名字，智能工厂称号需要办什么手续？", ["art_12"], ["申请更名", "更名"], OB),
    q("We went through a reorganisation. Must we tell anyone about our smart-factory title?", ["art_12"], ["rename", "name change", "更名"], OB),
    q("市经信局会给通过认定的企业提供什么？", ["art_11"], ["指导服务", "指导"], B),
    q("What does the municipal bureau offer recognised factories besides supervision?", ["art_11"], ["guidance", "指导"], B),
    # --- revocation causes (policy, not a stated case) ---
    q("智能工厂称号在哪些情况下会被撤销？", ["art_12"], ["撤销"], R, ["京外"]),
    q("What are the grounds on which a smart-factory title is withdrawn?", ["art_12"], ["false", "虚假", "revok"], R),
    q("企业把注册地迁出北京，称号会怎样？", ["art_12__item_4", "art_12"], ["撤销"], R),
    q("Can a serious product-quality accident cost a factory its title, and of what grade?", ["art_12__item_3", "art_12"], ["major", "重大"], R),
    q("申报时弄虚作假，认定后被查出来会有什么后果？", ["art_12__item_1", "art_12"], ["撤销"], R),
    q("If a recognised company can no longer operate normally, what becomes of its title?", ["art_12__item_2", "art_12"], ["revok", "撤销", "withdraw"], R),
    q("受到行政处罚的企业一定会被撤销称号吗？", ["art_12__item_5", "art_12"], ["不再符合"], R),
    # --- conditions in everyday words ---
    q("营业收入到多少才算规上企业，才能申请？", ["art_5__item_1"], ["2000"], C),
    q("Does the applicant have to be an independent legal entity?", ["art_5__item_1"], ["independent legal", "独立法人"], C),
    q("集团下面的分公司能单独申报吗？", ["art_5__item_1"], ["独立法人"], C),
    q("外省注册、在北京有工厂的企业能申请吗？", ["art_5__item_1"], ["北京市内注册", "在北京注册", "注册在北京", "北京注册", "不能", "不可以"], C),
    q("Over how many years is the safety and environmental record checked?", ["art_5__item_3"], ["three", "3 years", "三年", "3 年"], C),
    q("以前出过一般事故，会影响申请吗？", ["art_5__item_3"], ["较大"], C),
    q("What smart-manufacturing maturity level is required for the basic level?", ["art_5__item_7"], ["level 2", "level two", "二级", "2 or above", "two or above"], C),
    q("成熟度评估依据的是哪个国家标准？", ["art_5__item_7"], ["39116"], C),
    q("基础级智能工厂至少要覆盖哪个建设环节？", ["att_1__sec_1"], ["生产作业"], C),
    q("Which construction domains must an advanced-level factory cover at minimum?", ["att_2__sec_1"], None, C, ["production management", "operations management"]),
    q("基础级的建设成效要达到什么要求？", ["att_1__sec_2"], ["平均水平", "数字化达标"], C),
    q("If a basic-level applicant is already digitally compliant (数字化达标), must its indicators also beat the industry average?", ["att_1__sec_2"], ["either", "one of", "或", "not required", "no need", "need not"], C),
    q("先进级的建设成效要在本市同行业达到什么水平？", ["att_2__sec_2"], ["领先"], C),
    q("工业软件和装备一定要国产吗？办法怎么说的？", ["art_5__item_5"], ["安全可控"], C),
    q("Do we need a dedicated organisation for planning and running the smart factory?", ["art_5__item_6"], ["organi", "组织"], C),
    q("对企业的主导产品有什么要求？", ["art_5__item_4"], ["产业政策"], C),
    q("Must the factory already be running normally when we apply?", ["art_5__item_2"], ["normal", "投入正常使用"], C),
    q("基础级智能工厂是怎么定义的？", ["att_1__intro", "att_1"], ["点状智能化", "核心数据实时采集"], C),
    q("How do the measures define an advanced-level smart factory?", ["att_2__intro", "att_2"], ["precise", "精准控制", "integrat", "集成"], C),
    q("先进级在工厂建设方面要做哪些仿真？", ["att_2__sec_1__item_1"], ["仿真"], C),
    q("Does advanced-level production management include safety, energy and environmental management?", ["att_2__sec_1__item_4"], ["safety", "安全能源环保"], C),
    q("先进级的运营管理要做供应链数字化吗？", ["att_2__sec_1__item_5"], ["供应链"], C),
    q("What does the basic level expect on the R&D and design side?", ["att_1__sec_1__item_2"], ["digital", "数字化研发设计"], C),
    q("基础级在生产作业上要达到什么程度？", ["att_1__sec_1__item_3"], ["实时监控", "自动化"], C),
    q("基础级运营管理要覆盖哪些业务？", ["att_1__sec_1__item_5"], ["采购", "销售", "库存", "财务"], C),
    q("At the advanced level, what must production operation achieve for key equipment?", ["att_2__sec_1__item_3"], ["early warning", "预警", "异常"], C),
    q("办法里有没有鼓励企业探索未来制造模式？", ["att_1__note", "att_2__note"], ["新模式新业态", "未来制造"], C),
    q("为什么要出台这个认定办法？", ["art_1"], ["梯度培育", "数字化"], C),
    q("Which national and municipal documents are the Beijing measures implementing?", ["art_1"], ["Tiered", "梯度培育", "2024", "工业和信息化部", "MIIT"], C),
    q("智能工厂认定遵循哪些原则？", ["art_4"], ["自愿", "择优"], C),
    q("Is applying for recognition compulsory for factories in Beijing?", ["art_4"], ["voluntar", "自愿"], C),
    q("What should a smart factory achieve overall, according to the measures?", ["art_3"], ["interconnect", "互联互通", "optimi", "优化"], C),
    q("这个办法管哪几个级别的智能工厂？", ["art_2"], None, C, ["基础级", "先进级"]),
    q("T/CAMS 182 这个标准在认定里起什么作用？", ["att_1__sec_2", "att_2__sec_2"], ["成效", "效能", "评估"], C, lang="zh"),
    q("数字化达标的标准是在哪个文件里规定的？", ["att_1__sec_2"], ["数字化转型实施方案"], C),
    # --- comparison with the national scheme ---
    q("国家有卓越级和领航级，北京这个办法管不管这两级？", ["art_2", "art_4"], ["基础级", "先进级"], X),
    q("The national excellent level asks for maturity level 3; what maturity do Beijing's two levels ask?", ["art_5__item_7"], ["level 2", "level two", "二级", "2 or above", "two or above"], X),
    q("国家方案里先进级要以基础级为前提，北京也这样吗？", ["art_7"], ["基础级"], X),
    q("Nationally, provincial authorities recognise the advanced level; who does it in Beijing?", ["art_4", "art_8"], BUREAU, X),
    q("Jiangsu excludes applicants with a major accident in three years. Which accident grade does Beijing exclude?", ["art_5__item_3"], ["较大", "larger", "relatively"], X),
    q("国家的五个建设维度和北京基础级的建设内容是一样的吗？", ["att_1__sec_1", "att_2__sec_1"], ["工厂建设", "研发设计", "生产作业"], X),
    # --- more in English ---
    q("Who passes basic-level filings up to the city bureau -- the company itself or the district?", ["art_6"], ["district"], P),
    q("What does the expert stage of the advanced-level review consist of?", ["art_8"], ["site", "defen"], P),
    q("Which earlier Beijing regulation did these measures replace?", ["art_14"], ["digital workshop", "数字化车间"], D),
    q("What networking-rate threshold applies to a maker of fibre-optic cable at the advanced level?", ["att_2-1__row_4"], ["65%"], T),
    q("We make frozen dumplings. What energy-per-output-value reduction does the advanced level ask of us?", ["att_2-1__row_1"], ["4%"], T),
    q("Beyond what the basic level asks, what must advanced-level factory construction include?", ["att_2__sec_1__item_1"], ["simulat", "仿真"], C),
    q("Must a basic-level smart factory cover R&D and design, or is one domain enough?", ["att_1__sec_1"], ["production operation", "生产作业"], C),
    q("Who must review a basic-level factory before it counts as digitally compliant?", ["art_10"], ["district"], A),
    q("Unlike a pure self-assessment, does Beijing's advanced level set numeric indicator thresholds, and how many must be met?", ["att_2__sec_2", "att_2-1"], ["three of", "3 of", "at least 3", "at least three"], X),
    q("Which KPI covers reusing water in production?", ["att_3__kpi_19"], ["water", "水资源"], K),

    # --- out of scope: share words with the measures, but the measures do not govern them ---
    oos("北京市专精特新“小巨人”企业的奖励标准是多少？", "another scheme (SME 'little giants')"),
    oos("怎么申请北京市级绿色工厂？", "another list (green factories)"),
    oos("智能工厂建设项目能不能申请银行贴息贷款？", "finance"),
    oos("What is the deadline for this year's MIIT excellent-level (卓越级) smart factory applications?", "national round dates, not in the measures"),
    oos("How do we register a trademark for our smart-factory product line?", "trademarks"),
    oos("工业机器人的安全操作规程有哪些？", "work-safety rules for robots"),
    oos("企业安全生产标准化二级怎么评定？", "safety standardisation grading"),
    oos("What is the minimum wage in Beijing for factory workers?", "labour law"),
    oos("浙江省未来工厂怎么认定？", "another province's scheme"),
    oos("How can a foreign engineer at our factory get a Beijing work permit?", "immigration"),
    oos("危险化学品经营许可证怎么办理？", "licensing"),
    oos("What import tariff applies to CNC machine tools?", "customs"),
    oos("新建厂房的消防验收需要准备哪些材料？", "fire-safety acceptance"),
    oos("How do we obtain CCC certification for our electrical products?", "product certification"),
    oos("企业怎么申报北京市科学技术奖？", "another award"),
    oos("北京新建数据中心的PUE要求是多少？", "data-centre energy rules"),
    oos("What are Beijing's emission limits for industrial boilers?", "environmental standards"),
    oos("跨行业跨领域工业互联网平台怎么评选？", "another list (industrial internet platforms)"),
    oos("Can our plant join the World Economic Forum's Global Lighthouse Network?", "a private network, not the measures"),
    oos("河北省智能工厂认定办法的有效期到哪年？", "another province's measures"),
    oos("How long does an ISO 27001 certificate stay valid?", "certification"),
    oos("智能制造系统解决方案供应商怎么入库？", "another list (solution suppliers)"),
    oos("工业用地改变用途需要怎么审批？", "land use"),
    oos("How large is the fine for a relatively major (较大) production safety accident?", "penalties under work-safety law"),
    oos("企业信用修复怎么申请？", "credit repair procedure"),
    oos("How many employees make an industrial enterprise 'large' under the national size classification?", "statistical size classes"),
    oos("工程师职称评审需要什么条件？", "professional titles"),
    oos("What subsidy does Beijing's 2024-2026 manufacturing digital transformation plan give per project?", "another plan's subsidies"),
]

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "questions.json"), "w", encoding="utf-8") as fh:
        json.dump(QUESTIONS, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(QUESTIONS), Counter((x["lang"], x.get("out_of_scope", False)) for x in QUESTIONS))
    print(Counter(x["kind"] for x in QUESTIONS))
