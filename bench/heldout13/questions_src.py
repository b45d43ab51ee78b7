# ruff: noqa: E501
"""Policy questions of bench/heldout13 (new kinds: thresholds asked by trade, class name or written-out code,
mixed Chinese-English, non-native English, chat-style fragments, is-it-true checks and misconceptions, level
differences, counting, negation, who-does-what, hypotheticals), with gold eIds and the decisive fact; and
out-of-scope questions sharing words with the measures. (lang, kind, q, gold, answer_any)"""

# thresholds asked by a trade, a class name or a code: (zh words, en words, row)
TRADES = [
    ("做乳制品的（C144）", "a dairy (GB/T 4754 group C144)", 1),
    ("印刷和记录媒介复制业", "printing and reproduction of recorded media (C23)", 1),
    ("化学药品原料药制造", "chemical APIs (class C2710)", 2),
    ("行业代码C2740", "industry code C2740", 2),
    ("做通信终端设备的", "a maker of communication terminal equipment", 3),
    ("C3973集成电路制造", "C3973 integrated-circuit manufacturing", 3),
    ("汽车零部件及配件制造", "auto parts and accessories (C3670)", 4),
    ("金属制品业", "fabricated metal products (C33)", 4),
    ("仪器仪表制造业", "instruments and meters (C40)", 4),
    ("化学纤维制造业", "chemical fibres (C28)", 5),
    ("橡胶和塑料制品业", "rubber and plastic products (C29)", 5),
    ("有色金属冶炼和压延加工业", "non-ferrous metal smelting and rolling (C32)", 5),
]
COLS = [("关键工序数控化率", "key-process NC rate", 0), ("人均劳动生产率提升", "labour productivity gain per head", 1),
        ("产品不良率下降", "defect rate reduction", 2), ("生产设备联网率", "production equipment networking rate", 3),
        ("单位产值能源消耗降低", "energy per unit of output reduction", 4)]
ROWS = {1: [65, 10, 5, 55, 4], 2: [80, 8, 5, 70, 4], 3: [80, 8, 4, 70, 7], 4: [70, 8, 5, 65, 5], 5: [75, 10, 2, 75, 10]}


def threshold_questions():
    out = []
    for i, (zh, en, row) in enumerate(TRADES):
        c = COLS[(i * 2) % 5]
        c2 = COLS[(i * 2 + 3) % 5]
        t, t2 = ROWS[row][c[2]], ROWS[row][c2[2]]
        gold = [f"att_2-1__row_{row}", "att_2-1"]
        if i % 2 == 0:
            out.append(("zh", "threshold_trade", f"{zh}，先进级的{c[0]}门槛是多少？", gold, [f"{t}%", f"{t} %"]))
            out.append(("en", "threshold_trade", f"For {en}, what {c2[1]} does the advanced level ask for?", gold, [f"{t2}%", f"{t2} %", f"{t2} percent"]))
        else:
            out.append(("en", "threshold_trade", f"What {c[1]} must {en} reach for the advanced level?", gold, [f"{t}%", f"{t} %", f"{t} percent"]))
            out.append(("zh", "threshold_trade", f"{zh}申请先进级，{c2[0]}要达到多少？", gold, [f"{t2}%", f"{t2} %"]))
    return out


HAND_Q = [
    # mixed Chinese-English and chat fragments
    ("zh", "mixed", "先进级的KPI表一共几个indicator，要满足几个？", ["att_2__sec_2", "att_2-1"], ["3"]),
    ("zh", "mixed", "basic level的成熟度要求是几级？GB/T 39116", ["art_5__item_7"], ["二级", "2级", "level 2"]),
    ("en", "mixed", "先进级 needs which 建设环节 at minimum?", ["att_2__sec_1"], ["生产作业", "production operation"]),
    ("en", "mixed", "Does 基础级 have to cover 生产管理 too, or only 生产作业?", ["att_1__sec_1"], ["生产作业", "production operation"]),
    ("zh", "mixed", "规上 threshold到底是多少revenue？", ["art_5__item_1"], ["2000", "2,000"]),
    ("en", "mixed", "How many 万元 of main business revenue counts as 规模以上?", ["art_5__item_1"], ["2000", "2,000", "20 million"]),
    ("zh", "chat", "先进级几个指标？", ["att_2__sec_2", "att_2-1"], ["5", "五"]),
    ("zh", "chat", "事故等级，啥级别以上不行？", ["art_5__item_3"], ["较大"]),
    ("en", "chat", "accident grade that disqualifies?", ["art_5__item_3"], ["较大", "larger", "serious"]),
    ("zh", "chat", "办法啥时候到期", ["art_14"], ["2026年12月31日", "2026-12-31", "12月31日"]),
    ("en", "chat", "expiry date of the measures?", ["art_14"], ["2026-12-31", "31 december 2026", "december 31, 2026", "2026年12月31日"]),
    ("zh", "chat", "基础级找谁备案", ["art_4", "art_6"], ["区"]),
    ("en", "chat", "who recognises advanced level?", ["art_4", "art_8"], ["municipal", "city", "经济和信息化局", "bureau"]),
    # non-native English
    ("en", "nonnative", "For advanced level, the company must be basic level before or not?", ["art_7"], ["basic", "基础级"]),
    ("en", "nonnative", "What is the thing we must cover in construction for basic level, please tell?", ["att_1__sec_1"], ["production operation", "生产作业"]),
    ("en", "nonnative", "The policy is valid until which time?", ["art_14"], ["2026"]),
    ("en", "nonnative", "If our registered place go out of Beijing, the title is cancel?", ["art_12__item_4", "art_12"], ["revok", "撤销"]),
    ("en", "nonnative", "Which standard is use for the maturity level?", ["art_5__item_7"], ["39116"]),
    ("en", "nonnative", "Who is explain this measures?", ["art_15"], ["bureau", "经济和信息化局"]),
    ("en", "nonnative", "Our company is branch, not have independent legal person. Can apply?", ["art_5__item_1"], ["independent legal", "独立法人"]),
    ("en", "nonnative", "What mean the title 'advanced level smart factory', what it must achieve?", ["att_2__intro", "art_3"], ["integrat", "集成"]),
    # is-it-true checks and misconceptions
    ("zh", "misconception", "听说只要没有重大事故就可以申报，较大事故不影响，对吗？", ["art_5__item_3"], ["较大"]),
    ("en", "misconception", "Is it true that the advanced level only needs 2 of the 5 indicators?", ["att_2__sec_2"], ["3", "three"]),
    ("zh", "misconception", "基础级是不是也要市经信局组织专家评审？", ["art_4"], ["自建自评", "备案"]),
    ("en", "misconception", "Someone told me any company in Beijing can apply, even service firms. True?", ["art_5__item_1"], ["industrial", "工业"]),
    ("zh", "misconception", "先进级是不是可以不经过基础级直接申请？", ["art_7"], ["基础级"]),
    ("en", "misconception", "I read that the measures stay in force until 2027. Correct?", ["art_14"], ["2026"]),
    ("zh", "misconception", "成熟度一级就够基础级了吧？", ["art_5__item_7"], ["二级"]),
    ("en", "misconception", "Is it right that moving our office to another Beijing district loses the title?", ["art_12__item_4", "art_12"], ["beijing", "京外", "outside"]),
    ("zh", "misconception", "数字化达标和高于同行业平均水平必须两个都满足吗？", ["att_1__sec_2"], ["或"]),
    ("en", "misconception", "Does a general-grade (一般) accident in the last three years rule us out?", ["art_5__item_3"], ["较大", "larger"]),
    # level differences and comparisons within the measures
    ("zh", "difference", "基础级和先进级在建设内容上的要求有什么区别？", ["att_1__sec_1", "att_2__sec_1"], ["生产管理"]),
    ("en", "difference", "How do the effectiveness requirements differ between basic and advanced level?", ["att_1__sec_2", "att_2__sec_2"], ["average", "平均"]),
    ("zh", "difference", "基础级由谁认定，先进级由谁认定？", ["art_4"], ["区", "市经济和信息化局"]),
    ("en", "difference", "What does the advanced level add to factory construction compared with basic level?", ["att_2__sec_1__item_1"], ["simulat", "仿真"]),
    ("zh", "difference", "先进级的研发设计比基础级多要求什么？", ["att_2__sec_1__item_2"], ["仿真"]),
    ("en", "difference", "Production operation at advanced level: what beyond real-time monitoring?", ["att_2__sec_1__item_3"], ["warning", "预警", "inspection", "检测"]),
    ("zh", "difference", "先进级生产管理要开展哪方面的数字化管理？", ["att_2__sec_1__item_4"], ["安全能源环保", "安全", "能源"]),
    ("en", "difference", "What does operations management at the advanced level cover that basic does not?", ["att_2__sec_1__item_5"], ["supply chain", "供应链"]),
    # counting
    ("zh", "count", "附件3一共有多少个关键绩效指标？", ["att_3"], ["20"]),
    ("en", "count", "How many categories of KPIs does annex 3 have?", ["att_3"], ["5", "five"]),
    ("zh", "count", "可持续发展类指标有几个？分别是什么？", ["att_3__cat_4"], ["4", "四"]),
    ("en", "count", "How many industry groups does the advanced threshold table have?", ["att_2-1"], ["5", "five"]),
    ("zh", "count", "第十二条列了几种撤销称号的情形？", ["art_12"], ["5", "五"]),
    ("en", "count", "How many application conditions are listed in article 5?", ["art_5"], ["8", "eight"]),
    ("zh", "count", "生产运营效率类指标有多少项？", ["att_3__cat_3"], ["9", "九"]),
    # negation
    ("zh", "negation", "哪些情况不会被撤销称号，比如只是企业更名？", ["art_12"], ["更名"]),
    ("en", "negation", "Which of the five advanced-level indicators has no counterpart in annex 3?", ["att_2-1"], ["networking", "联网"]),
    ("zh", "negation", "基础级有没有具体的数值门槛？", ["att_1__sec_2"], ["平均", "数字化达标"]),
    ("en", "negation", "Is there any quantitative threshold table for the basic level?", ["att_1__sec_2"], ["average", "平均", "数字化"]),
    # who does what, dates of procedure
    ("zh", "who", "区主管部门每季度什么时候把备案结果报给市经信局？", ["art_6"], ["15日", "15"]),
    ("en", "who", "By which day of the quarter do districts report basic-level filings to the city?", ["art_6"], ["15"]),
    ("zh", "who", "先进级申请先交给谁？", ["art_7"], ["区主管部门", "区"]),
    ("en", "who", "Who does the formal check of advanced-level applications?", ["art_8"], ["bureau", "经济和信息化局", "municipal"]),
    ("zh", "who", "先进级评审有哪些方式？", ["art_8"], ["现场核查", "答辩"]),
    ("en", "who", "Is the advanced-level list published, and is there a public notice first?", ["art_8"], ["公示", "public"]),
    ("zh", "who", "被认定的企业要配合市经信局做什么？", ["art_9"], ["推广", "经验"]),
    ("en", "who", "Who provides guidance and supervision to recognised factories?", ["art_11"], ["bureau", "经济和信息化局"]),
    ("zh", "who", "关键要素和申报材料要求由谁发布？", ["art_13"], ["市经济和信息化局", "经信局"]),
    ("en", "who", "Who can change the key elements and the application materials?", ["art_13"], ["bureau", "经济和信息化局"]),
    # hypotheticals
    ("zh", "hypothetical", "假如基础级工厂通过了区里复核，会有什么额外认可？", ["art_10"], ["数字化转型达标"]),
    ("en", "hypothetical", "If a basic-level factory passes the district's review, what does it count as?", ["art_10"], ["digital", "数字化转型达标"]),
    ("zh", "hypothetical", "如果我们先进级认定了，还能往上报吗？", ["art_4"], ["卓越级"]),
    ("en", "hypothetical", "Suppose we are recognised at the advanced level - can we be put forward for a national level?", ["art_4"], ["卓越", "excellent"]),
    ("zh", "hypothetical", "如果企业被重组了，称号怎么办？", ["art_12"], ["更名"]),
    ("en", "hypothetical", "If the company is renamed after a reorganisation, what must it do?", ["art_12"], ["renam", "更名"]),
    ("zh", "hypothetical", "如果申报时提供了虚假材料，事后会怎样？", ["art_12__item_1"], ["撤销"]),
    ("en", "hypothetical", "What if a recognised company goes bankrupt?", ["art_12__item_2"], ["revok", "撤销"]),
    ("zh", "hypothetical", "认定后出了重大质量事故会怎样？", ["art_12__item_3"], ["撤销"]),
    ("en", "hypothetical", "What happens if a recognised firm is punished for other violations and no longer meets the conditions?", ["art_12__item_5"], ["revok", "撤销"]),
    # conditions in new words
    ("zh", "condition", "主导产品方面有什么要求？", ["art_5__item_4"], ["产业政策"]),
    ("en", "condition", "What is required of the key equipment and industrial software we use?", ["art_5__item_5"], ["secure", "安全可控", "controllable"]),
    ("zh", "condition", "对人才和组织有什么要求？", ["art_5__item_6"], ["人才"]),
    ("en", "condition", "Does the factory need to be already running when we apply?", ["art_5__item_2"], ["operation", "投入", "use"]),
    ("zh", "condition", "近几年的信用记录有要求吗？", ["art_5__item_3"], ["信用"]),
    ("en", "condition", "Over how many years are finances and accidents looked at?", ["art_5__item_3"], ["three", "3"]),
    ("zh", "condition", "网络安全和数据安全要满足什么？", ["art_5__item_5"], ["风险可控"]),
    ("en", "condition", "Must the applicant be registered in Beijing?", ["art_5__item_1"], ["beijing", "北京"]),
    ("zh", "condition", "申报主体必须是工业企业吗？", ["art_5__item_1"], ["工业企业"]),
    ("en", "condition", "Are there conditions on the main product's technology?", ["art_5__item_4"], ["advanced", "先进"]),
    # definitions and intros
    ("zh", "definition", "什么样的工厂算基础级智能工厂？", ["att_1__intro"], ["点状智能化", "数据实时采集"]),
    ("en", "definition", "What is a basic-level smart factory meant to achieve, in one line?", ["att_1__intro"], ["real-time", "实时", "automat"]),
    ("zh", "definition", "先进级智能工厂的定义是什么？", ["att_2__intro"], ["集成", "互通共享"]),
    ("en", "definition", "What should both levels of smart factory achieve according to article 3?", ["art_3"], ["interconnect", "互联互通", "optimi"]),
    # KPI catalogue
    ("zh", "kpi", "附件3里能力提升类指标有哪些？", ["att_3__cat_1"], ["数控化率"]),
    ("en", "kpi", "Which KPI in annex 3 counts AI use?", ["att_3__kpi_3"], ["artificial intelligence", "人工智能", "ai"]),
    ("zh", "kpi", "推广应用类指标是什么？", ["att_3__cat_5", "att_3__kpi_20"], ["复制推广", "推广"]),
    ("en", "kpi", "Is water reuse one of the KPIs?", ["att_3__kpi_19"], ["water", "水资源"]),
    ("zh", "kpi", "二氧化碳排放在哪个指标里？", ["att_3__kpi_17"], ["二氧化碳", "CO"]),
    ("en", "kpi", "Which KPIs measure value and benefit?", ["att_3__cat_2"], ["sales", "销售", "研制周期", "development cycle"]),
    ("zh", "kpi", "订单准时交付率提升属于哪一类指标？", ["att_3__kpi_13", "att_3__cat_3"], ["生产运营效率"]),
    ("en", "kpi", "What is KPI number 4 of annex 3?", ["att_3__kpi_4"], ["decision", "决策"]),
    # basis, scope and the repealed measures
    ("zh", "basis", "这个办法替代了哪个旧办法？", ["art_14"], ["数字化车间与智能工厂认定管理办法"]),
    ("en", "basis", "Which older Beijing measures were repealed by these?", ["art_14"], ["数字化车间", "digital workshop"]),
    ("zh", "basis", "办法依据的是工信部哪个文件？", ["art_1"], ["智能工厂梯度培育行动实施方案"]),
    ("en", "basis", "Which Beijing plan on digital transformation is the legal basis?", ["art_1"], ["2024", "数字化转型实施方案"]),
    ("zh", "basis", "办法适用于哪些级别的认定？", ["art_2"], ["基础级", "先进级"]),
    ("en", "basis", "What is the document number of the Beijing measures?", ["notice"], ["22号", "〔2025〕22", "2025] 22", "2025〕22"]),
    ("zh", "basis", "认定遵循什么原则？", ["art_4"], ["自愿", "择优"]),
    ("en", "basis", "Which evaluation method standard is cited for assessing effectiveness?", ["att_1__sec_2", "att_2__sec_2"], ["T/CAMS", "182"]),
    # effectiveness
    ("zh", "effectiveness", "基础级建设成效怎么评？", ["att_1__sec_2"], ["平均水平", "数字化达标"]),
    ("en", "effectiveness", "For the advanced level, what must the main indicators show relative to Beijing peers?", ["att_2__sec_2"], ["leading", "领先"]),
    ("zh", "effectiveness", "数字化达标的标准在哪里找？", ["att_1__sec_2"], ["数字化转型实施方案"]),
    ("en", "effectiveness", "Besides the thresholds, what role should an advanced factory play in its industry?", ["att_2__sec_2"], ["lead", "引领"]),
    # content, item by item
    ("zh", "content", "基础级运营管理要管哪些？", ["att_1__sec_1__item_5"], ["采购", "财务"]),
    ("en", "content", "What does basic-level production management ask us to manage with IT systems?", ["att_1__sec_1__item_4"], ["plan", "计划", "quality", "质量"]),
    ("zh", "content", "基础级工厂建设要做到哪个层级的数字化规划？", ["att_1__sec_1__item_1"], ["产线级", "车间级"]),
    ("en", "content", "Basic level R&D design: what is expected?", ["att_1__sec_1__item_2"], ["digital", "数字化"]),
    ("zh", "content", "基础级生产作业要实现什么？", ["att_1__sec_1__item_3"], ["实时监控", "自动化"]),
    ("en", "content", "What scenarios and catalogues are firms encouraged to follow when building?", ["att_1__sec_1", "att_2__sec_1"], ["typical scenario", "典型场景", "场景"]),
    ("zh", "content", "附注里鼓励企业做什么探索？", ["att_1__note", "att_2__note"], ["新模式", "未来制造"]),
    # after recognition
    ("zh", "after", "注册地迁到天津会怎样？", ["art_12__item_4"], ["撤销"]),
    ("en", "after", "Is the title lost after a major environmental accident?", ["art_12__item_3"], ["revok", "撤销"]),
    ("zh", "after", "企业无法正常经营了，称号还保留吗？", ["art_12__item_2"], ["撤销"]),
]

OUT_OF_SCOPE = [
    ("zh", "other_scheme", "北京市专精特新中小企业的认定条件有哪些？"),
    ("en", "other_scheme", "What are the criteria for a national 'little giant' (专精特新小巨人) enterprise?"),
    ("zh", "other_scheme", "国家级绿色工厂申报需要什么条件？"),
    ("en", "other_scheme", "How do we apply for the MIIT 5G factory list?"),
    ("zh", "other_province", "上海市智能工厂认定有没有资金奖励？"),
    ("en", "other_province", "What subsidy does Guangdong give to smart factories?"),
    ("zh", "other_province", "浙江的数字化车间认定标准是什么？"),
    ("zh", "tax", "智能工厂企业研发费用加计扣除比例是多少？"),
    ("en", "tax", "Can smart-factory equipment purchases be deducted from corporate income tax at once?"),
    ("zh", "company_registration", "在北京注册一家工业企业需要多少注册资本？"),
    ("en", "company_registration", "How long does it take to register a manufacturing company in Beijing's Shunyi District?"),
    ("zh", "subsidy", "北京市对认定的先进级智能工厂奖励多少钱？"),
    ("en", "standards", "What are the requirements of ISO 45001 for factory safety management?"),
    ("zh", "labour", "智能工厂的一线工人最低工资标准是多少？"),
    ("en", "finance", "What interest rate do Beijing banks charge on technology-upgrade loans?"),
]
