# ruff: noqa: E501
"""Policy questions of bench/heldout14, of kinds heldout13 lacked: comparing two articles, procedure timing (what
comes after what), who does what (district vs municipal bureau), evidence and materials, the annex table asked by a
product in everyday words (a direct look-up, a figure checked against the table, the industry group named, two
industries compared), KPI definitions of annex 3, the relation to the national scheme where the measures state it,
yes/no questions with false presuppositions, and questions dated after 2026-12-31. Each with gold eIds and the
decisive fact as answer_any strings in both languages' likely wording; and out-of-scope questions that share words
with the measures. (lang, kind, q, gold, answer_any)"""
from common import PRODUCTS, ROW_OF, ROWS
from numwords import cn_int

COLS = [("关键工序数控化率", "key-process NC rate"), ("人均劳动生产率提升", "labour-productivity gain per head"),
        ("产品不良率下降", "defect-rate reduction"), ("生产设备联网率", "production-equipment networking rate"),
        ("单位产值能源消耗降低", "reduction of energy use per unit of output value")]
GROUP = {1: ("都市产业", "urban industries"), 2: ("生物医药产业", "biomedicine"), 3: ("电子信息产业", "electronics and IT"),
         4: ("装备仪器产业", "equipment and instruments"), 5: ("原材料产业", "raw materials")}


def an(w):
    return ("an " if w[0].lower() in "aeiou" else "a ") + w


def pct_forms(t):
    return [f"{t}%", f"{t} %", f"{t} percent", f"百分之{cn_int(t)}", f"{t}％"]


def threshold_questions():
    out = []
    for i, p in enumerate(PRODUCTS[:20]):
        row = ROW_OF(p[3])
        ci, cj = i % 5, (i + 2) % 5
        t, u = ROWS[row][ci], ROWS[row][cj]
        gold = [f"att_2-1__row_{row}", "att_2-1"]
        f = i % 4
        if f == 0:
            out.append(("zh", "table_product", f"{p[0]}企业要评先进级，附件2-1里{COLS[ci][0]}的参考值是多少？", gold, pct_forms(t)))
            out.append(("en", "table_product", f"What is the advanced-level reference value of the {COLS[cj][1]} for a maker of {p[2]}?", gold, pct_forms(u)))
        elif f == 1:
            v = t - 1 if t > 5 else t + 1
            out.append(("zh", "table_check", f"我们厂做{p[0]}，{COLS[ci][0]}是{v}%，对照先进级参考表够不够？", gold, pct_forms(t)))
            out.append(("en", "table_check", f"Our plant makes {p[2]} and its {COLS[cj][1]} is {u + 1}%. Does that reach the value in the advanced-level table?", gold, pct_forms(u)))
        elif f == 2:
            out.append(("zh", "table_group", f"生产{p[0]}在先进级参考表里归哪一类产业？这一类对{COLS[ci][0]}的要求是多少？", gold, pct_forms(t)))
            out.append(("en", "table_group", f"Which industry group of annex 2-1 covers {p[2]}, and what {COLS[cj][1]} does that group expect?", gold, pct_forms(u)))
        else:
            out.append(("zh", "table_product", f"问一下，{p[0]}这个行业，先进级智能工厂的{COLS[ci][0]}门槛是百分之几？", gold, pct_forms(t)))
            out.append(("en", "table_product", f"For {p[2]}, how high must the {COLS[cj][1]} be for the Beijing advanced level?", gold, pct_forms(u)))
    return out


# two industries compared on one column: (zh a, en a, zh b, en b, column, answer = the higher threshold)
def compare_rows():
    pairs = [(0, 25, 3), (7, 13, 2), (24, 20, 4), (1, 6, 1), (29, 11, 2), (22, 16, 3)]
    out = []
    for k, (a, b, c) in enumerate(pairs):
        pa, pb = PRODUCTS[a], PRODUCTS[b]
        ra, rb = ROW_OF(pa[3]), ROW_OF(pb[3])
        ta, tb = ROWS[ra][c], ROWS[rb][c]
        gold = [f"att_2-1__row_{ra}", f"att_2-1__row_{rb}", "att_2-1"]
        facts = pct_forms(max(ta, tb))
        if k % 2 == 0:
            out.append(("zh", "table_compare", f"做{pa[0]}的和做{pb[0]}的，先进级{COLS[c][0]}的要求哪个更高？各是多少？", gold, facts))
        else:
            out.append(("en", "table_compare", f"Between {an(pa[2])} maker and {an(pb[2])} maker, which faces the higher advanced-level {COLS[c][1]} threshold, and what is it?", gold, facts))
    return out


HAND_Q = [
    # --- comparing two articles / levels
    ("zh", "compare_articles", "附件1和附件2对建设内容的最低覆盖要求有什么区别？", ["att_1__sec_1", "att_2__sec_1"], ["生产管理", "运营管理", "三个环节"]),
    ("en", "compare_articles", "How do annex 1 and annex 2 differ in the construction domains a factory must at least cover?", ["att_1__sec_1", "att_2__sec_1"], ["production management", "operations management", "three", "生产管理"]),
    ("zh", "compare_articles", "基础级和先进级在建设成效上的要求有什么不同？一个看全省平均，一个看什么？", ["att_1__sec_2", "att_2__sec_2"], ["领先", "5个指标中的3个", "3个", "三个"]),
    ("en", "compare_articles", "Compare the effectiveness requirement of the basic level with that of the advanced level.", ["att_1__sec_2", "att_2__sec_2"], ["leading", "3 of", "three of", "领先", "average"]),
    ("zh", "compare_articles", "基础级由谁认定、先进级由谁认定？两者的认定方式有什么不同？", ["art_4"], ["自建自评", "备案", "评审认定"]),
    ("en", "compare_articles", "Who recognises a basic-level factory and who recognises an advanced-level one?", ["art_4"], ["self-assess", "self-build", "district", "municipal", "city bureau", "区主管部门"]),
    ("zh", "compare_articles", "第五条第（三）项和第十二条第（三）项说的事故等级一样吗？", ["art_5__item_3", "art_12__item_3"], ["较大", "重大"]),
    ("en", "compare_articles", "Is the accident that bars an application (art. 5) the same grade as the accident that gets a title revoked (art. 12)?", ["art_5__item_3", "art_12__item_3"], ["larger", "major", "较大", "重大"]),
    ("zh", "compare_articles", "基础级和先进级的定义（附件开头那段）差别在哪里？", ["att_1__intro", "att_2__intro"], ["点状", "重点场景", "集成"]),
    ("en", "compare_articles", "What distinguishes the definition of a basic-level smart factory from that of an advanced-level one?", ["att_1__intro", "att_2__intro"], ["integrat", "key scenarios", "集成", "点状"]),
    ("zh", "compare_articles", "两个级别对智能制造能力成熟度的要求一样吗？", ["art_5__item_7"], ["二级", "2级", "两个级别都"]),
    ("en", "compare_articles", "Does the advanced level ask for a higher maturity level than the basic level?", ["art_5__item_7"], ["level 2", "二级", "both"]),
    ("zh", "compare_articles", "附件1和附件2的生产作业环节要求有什么不同？", ["att_1__sec_1__item_3", "att_2__sec_1__item_3"], ["异常预警", "精准控制", "实时监控"]),
    ("en", "compare_articles", "How does the 'factory construction' item differ between annex 1 and annex 2?", ["att_1__sec_1__item_1", "att_2__sec_1__item_1"], ["simulat", "仿真", "workshop", "factory-level", "车间级"]),
    # --- procedure timing
    ("zh", "procedure_timing", "企业自建自评之后，下一步要做什么？", ["art_6"], ["备案", "区主管部门"]),
    ("en", "procedure_timing", "After a company has self-assessed against the basic-level elements, what is the next step?", ["art_6"], ["file", "district", "备案"]),
    ("zh", "procedure_timing", "区主管部门把备案结果报给市经信局，截止到什么时候？", ["art_6"], ["15日", "15 日", "第三个月"]),
    ("en", "procedure_timing", "By which day must the districts pass on the quarter's basic-level filings to the city bureau?", ["art_6"], ["15th", "the 15", "third month", "15日"]),
    ("zh", "procedure_timing", "先进级评审完了，公示之前还是之后公布名单？", ["art_8"], ["公示无异议后", "无异议"]),
    ("en", "procedure_timing", "In the advanced-level procedure, what comes after the public notice?", ["art_8"], ["no objection", "list", "无异议", "名单"]),
    ("zh", "procedure_timing", "先进级申请是先到区里还是直接交市经信局？", ["art_7"], ["区主管部门", "初审", "推荐"]),
    ("en", "procedure_timing", "Does an advanced-level application go straight to the city bureau, or through the district first?", ["art_7"], ["district", "preliminary", "区主管部门", "初审"]),
    ("zh", "procedure_timing", "市经信局受理先进级申请后，先做什么审查？", ["art_8"], ["形式审查"]),
    ("en", "procedure_timing", "What is the first thing the city bureau does once it has accepted an advanced-level application?", ["art_8"], ["formal", "形式审查"]),
    ("zh", "procedure_timing", "一季度的基础级备案结果，区里最晚几月几号报市里？", ["art_6"], ["3月15日", "3 月 15 日", "15日", "第三个月"]),
    ("en", "procedure_timing", "For filings in the third quarter, what is the latest date the district reports them to the city bureau?", ["art_6"], ["15 September", "September 15", "9月15日", "15th"]),
    ("zh", "procedure_timing", "是不是必须先有基础级备案，才能申报先进级？", ["art_7"], ["基础级", "备案"]),
    ("en", "procedure_timing", "Must a factory hold a basic-level filing before it may apply for the advanced level?", ["art_7"], ["basic", "filed", "基础级"]),
    # --- who does what
    ("zh", "who_does_what", "基础级智能工厂备案以后由谁管理？", ["art_4", "art_6"], ["区主管部门", "区经济和信息化主管部门"]),
    ("en", "who_does_what", "Which authority organises the expert review of advanced-level applications?", ["art_8", "art_4"], ["municipal", "city bureau", "Bureau of Economy and Information", "市经济和信息化局"]),
    ("zh", "who_does_what", "谁负责向工业和信息化部推荐卓越级智能工厂？", ["art_4"], ["市经济和信息化局", "市经信局"]),
    ("en", "who_does_what", "Who publishes and adjusts the key elements and the application-material requirements?", ["art_13"], ["municipal", "city bureau", "市经济和信息化局"]),
    ("zh", "who_does_what", "基础级智能工厂视为数字化转型达标，需要谁复核？", ["art_10"], ["区主管部门", "所在区"]),
    ("en", "who_does_what", "Who has the final word on how these measures are to be interpreted?", ["art_15"], ["municipal", "city bureau", "市经济和信息化局"]),
    ("zh", "who_does_what", "企业改名以后，要向哪个部门申请更名？", ["art_12"], ["市经济和信息化局", "市经信局"]),
    ("en", "who_does_what", "Who gives recognised smart factories guidance and supervises them?", ["art_11"], ["municipal", "city bureau", "市经济和信息化局"]),
    ("zh", "who_does_what", "先进级申请的初审由哪一级部门负责？", ["art_7"], ["区主管部门", "区"]),
    ("en", "who_does_what", "Who decides whether an advanced-level candidate is put on the published list?", ["art_8"], ["municipal", "city bureau", "市经济和信息化局"]),
    ("zh", "who_does_what", "这个办法是发给谁的？", ["notice"], ["各区经济和信息化主管部门", "各区"]),
    ("en", "who_does_what", "Which body issued these measures, and under what document number?", ["notice"], ["京经信发〔2025〕22号", "2025〕22", "22号", "No. 22"]),
    # --- evidence and materials
    ("zh", "materials", "基础级备案时要向区里报送哪些内容？", ["art_6"], ["建设情况", "自评估结果"]),
    ("en", "materials", "What does a company send to the district when it files as a basic-level factory?", ["art_6"], ["self-assessment", "construction", "自评估"]),
    ("zh", "materials", "先进级的申报材料清单在办法里有吗？由谁定？", ["art_13"], ["市经济和信息化局", "发布"]),
    ("en", "materials", "Where do I find the list of application materials for the advanced level?", ["art_13"], ["municipal", "city bureau", "publish", "市经济和信息化局"]),
    ("zh", "materials", "先进级的综合评审会采用哪些方式？", ["art_8"], ["现场核查", "会议答辩", "专家评审"]),
    ("en", "materials", "What forms of evaluation do the experts use for the advanced level?", ["art_8"], ["on-site", "site check", "site inspection", "defence", "defense", "现场核查"]),
    ("zh", "materials", "评估建设成效可以参考哪些标准？", ["att_1__sec_2", "att_2__sec_2"], ["T/CAMS182", "智能制造效能通用评测方法", "附件3"]),
    ("en", "materials", "Which standard is the maturity level measured against?", ["art_5__item_7"], ["GB/T39116", "GB/T 39116", "39116"]),
    ("zh", "materials", "数字化达标的标准在哪个文件里？", ["att_1__sec_2"], ["北京市制造业数字化转型实施方案"]),
    ("en", "materials", "Where is the standard for 'digital compliance' (数字化达标) defined?", ["att_1__sec_2"], ["数字化转型实施方案", "Digital Transformation", "digital transformation"]),
    ("zh", "materials", "企业开展智能工厂建设可以参考工信部的哪些文件？", ["att_1__sec_1", "att_2__sec_1"], ["典型场景参考指引", "先进安全应急装备推广目录"]),
    # --- KPI definitions (annex 3)
    ("zh", "kpi", "附件3一共列了多少项关键绩效指标，分几类？", ["att_3"], ["20", "二十", "5类", "五类"]),
    ("en", "kpi", "How many key performance indicators does annex 3 list?", ["att_3"], ["20", "twenty"]),
    ("zh", "kpi", "能力提升类指标包括哪些？", ["att_3__cat_1"], ["数控化率", "先进过程控制", "人工智能"]),
    ("en", "kpi", "Which KPIs fall under 'sustainable development' in annex 3?", ["att_3__cat_4"], ["CO2", "CO₂", "carbon", "water", "能耗", "固废"]),
    ("zh", "kpi", "附件3第20项指标是什么？", ["att_3__kpi_20"], ["复制推广", "上下游"]),
    ("en", "kpi", "What does KPI no. 4 of annex 3 measure?", ["att_3__kpi_4"], ["decision model", "决策模型"]),
    ("zh", "kpi", "价值效益类指标有哪两项？", ["att_3__cat_2"], ["研制周期", "销售增长率"]),
    ("en", "kpi", "Is 'order on-time delivery rate improvement' one of the annex-3 KPIs, and in which category?", ["att_3__kpi_13", "att_3__cat_3"], ["operational efficiency", "生产运营效率", "efficiency"]),
    ("zh", "kpi", "关键设备数控化率和关键工序数控化率是同一个指标吗？", ["att_3__kpi_1", "att_2-1"], ["不同", "不是同一", "不一样", "区别", "not the same"]),
    ("en", "kpi", "Does annex 3 contain the production-equipment networking rate used in the advanced-level table?", ["att_2-1", "att_3"], ["not", "no counterpart", "没有", "未列"]),
    ("zh", "kpi", "水资源重复利用率属于哪一类指标？", ["att_3__kpi_19", "att_3__cat_4"], ["可持续发展"]),
    ("en", "kpi", "Which annex-3 category holds the KPI about replicating solutions to upstream and downstream firms?", ["att_3__cat_5", "att_3__kpi_20"], ["promotion", "推广应用", "application"]),
    ("zh", "kpi", "先进级参考表用的是“人均劳动生产率提升”，附件3里对应的是哪个指标？", ["att_3__kpi_15", "att_2-1"], ["全员劳动生产率"]),
    # --- relation to the national scheme (as the measures state it)
    ("zh", "national", "北京的先进级和国家的卓越级是什么关系？", ["art_4"], ["推荐", "卓越级", "工业和信息化部"]),
    ("en", "national", "Can a Beijing advanced-level factory move on to the national 'excellent' level?", ["art_4"], ["recommend", "MIIT", "Ministry of Industry", "卓越级", "excellent"]),
    ("zh", "national", "这个办法是依据哪些上位文件制定的？", ["art_1"], ["智能工厂梯度培育行动实施方案", "数字化转型实施方案"]),
    ("en", "national", "Which national action plan do the Beijing measures implement?", ["art_1"], ["梯度培育", "tiered", "gradient", "Smart Factory"]),
    ("zh", "national", "办法里说的典型场景参考指引是谁发布的？", ["att_1__sec_1", "att_2__sec_1"], ["工业和信息化部", "工信部"]),
    ("en", "national", "Is the Beijing advanced-level recommendation to MIIT automatic for every advanced factory?", ["art_4"], ["voluntar", "择优", "merit", "自愿"]),
    # --- false presuppositions (yes/no)
    ("zh", "false_premise", "先进级要5个技术经济指标全部达标才行，对吧？", ["att_2__sec_2"], ["3个", "三个", "5个指标中的3个"]),
    ("en", "false_premise", "Since the advanced level needs all five indicators of the table, is four out of five a fail?", ["att_2__sec_2"], ["3 of", "three of", "at least 3", "at least three", "3个"]),
    ("zh", "false_premise", "基础级也要市经信局组织专家评审吧？", ["art_4"], ["自建自评", "备案", "区主管部门"]),
    ("en", "false_premise", "The measures stay in force until the end of 2027, don't they?", ["art_14"], ["2026", "31 December 2026", "2026年12月31日"]),
    ("zh", "false_premise", "出过一次一般安全事故就不能申报了吧？", ["art_5__item_3"], ["较大"]),
    ("en", "false_premise", "Both levels require GB/T 39116 maturity level 3, right?", ["art_5__item_7"], ["level 2", "二级", "2 or above", "level two"]),
    ("zh", "false_premise", "认定为先进级之后就自动算数字化转型达标了，是吗？", ["art_10"], ["基础级", "复核"]),
    ("en", "false_premise", "Moving our registered address from Beijing to Hebei won't affect the title, will it?", ["art_12__item_4"], ["revoke", "撤销", "out of Beijing", "京外"]),
    ("zh", "false_premise", "区主管部门是每个月把备案结果报市经信局吗？", ["art_6"], ["每季度", "季度"]),
    ("en", "false_premise", "For the basic level it is enough to cover R&D and design, isn't it?", ["att_1__sec_1"], ["production operation", "生产作业"]),
    ("zh", "false_premise", "这个办法是工信部印发的吧？", ["notice", "art_15"], ["北京市经济和信息化局"]),
    ("en", "false_premise", "The advanced-level list is published straight after the expert review, without any public notice?", ["art_8"], ["public notice", "publicity", "公示"]),
    ("zh", "false_premise", "原来的《北京市数字化车间与智能工厂认定管理办法》还继续有效吧？", ["art_14"], ["废止"]),
    ("en", "false_premise", "A branch office of a Tianjin company can apply as long as its plant is in Beijing, right?", ["art_5__item_1"], ["independent legal", "独立法人", "registered in Beijing", "北京市内注册"]),
    ("zh", "false_premise", "只有国有企业才能申请北京市智能工厂吧？", ["art_5__item_1", "art_4"], ["规模以上", "独立法人", "自愿"]),
    ("en", "false_premise", "Once recognised, a basic-level factory counts as digitally compliant without any further check, correct?", ["art_10"], ["review", "district", "复核", "区主管部门"]),
    # --- dated after 2026-12-31
    ("zh", "after_expiry", "2027年3月我们还能按这个办法申报基础级吗？", ["art_14"], ["2026年12月31日", "2026 年 12 月 31 日", "有效期"]),
    ("en", "after_expiry", "We plan to apply in February 2027. Will these measures still apply then?", ["art_14"], ["31 December 2026", "December 31, 2026", "2026-12-31", "2026年12月31日"]),
    ("zh", "after_expiry", "办法从哪天开始执行？到哪天为止？", ["art_14"], ["2026年12月31日", "发布之日"]),
    ("en", "after_expiry", "From what date were the measures applied, and which earlier rules did they replace?", ["art_14"], ["数字化车间", "Digital Workshop", "digital workshop", "repeal"]),
    # --- after recognition, scope, principles
    ("zh", "after_recognition", "被认定以后企业有什么义务？", ["art_9"], ["配合", "推广建设经验"]),
    ("en", "after_recognition", "What should a recognised enterprise do for the city bureau, according to the measures?", ["art_9"], ["cooperat", "share", "experience", "配合"]),
    ("zh", "principles", "智能工厂认定遵循哪些原则？", ["art_4"], ["企业自愿", "择优确定", "公开、公平、公正"]),
    ("en", "scope", "Which recognitions do these measures govern?", ["art_2"], ["basic", "advanced", "基础级"]),
    ("zh", "scope", "智能工厂应当实现哪三个方面的综合优化？", ["art_3"], ["全生产周期", "全过程", "全环节"]),
    ("en", "conditions", "What must be true of the security of the key equipment, software and operating systems?", ["art_5__item_5"], ["controllable", "安全可控"]),
    ("zh", "conditions", "申报企业的人才和组织方面有什么要求？", ["art_5__item_6"], ["组织机制", "专业人才"]),
    ("en", "conditions", "What must the main product satisfy under the application conditions?", ["art_5__item_4"], ["industrial policy", "产业政策", "market prospect"]),
    ("zh", "conditions", "申报主体对工厂本身有什么要求？", ["art_5__item_2"], ["建成", "投入正常使用"]),
    ("en", "conditions", "Over how many years must operations and finances have been sound?", ["art_5__item_3"], ["three", "3 years", "三年"]),
    ("zh", "revocation_rules", "哪些情况下会被撤销智能工厂称号？", ["art_12"], ["虚假信息", "注册地变更至京外", "无法正常经营"]),
    ("en", "revocation_rules", "Does a quality accident count among the causes for withdrawing the title?", ["art_12__item_3"], ["quality", "major", "质量", "重大"]),
    ("zh", "construction", "先进级的运营管理环节要做到什么？", ["att_2__sec_1__item_5"], ["成本", "订单", "供应链"]),
    ("en", "construction", "What does the advanced level expect for production management?", ["att_2__sec_1__item_4"], ["scheduling", "排产", "energy", "安全能源环保"]),
    ("zh", "construction", "基础级研发设计环节要求做什么？", ["att_1__sec_1__item_2"], ["数字化研发设计"]),
    ("en", "construction", "What does annex 1 ask for operations management at the basic level?", ["att_1__sec_1__item_5"], ["procurement", "sales", "inventory", "采购", "财务"]),
    ("zh", "notes", "附件里的“注”鼓励企业做什么？", ["att_1__note", "att_2__note"], ["新模式新业态", "未来制造模式"]),
]

OUT_OF_SCOPE = [
    ("zh", "oos", "智能工厂厂房的消防验收需要准备哪些资料？"),
    ("en", "oos", "How do I register a wholly foreign-owned enterprise in Beijing?"),
    ("zh", "oos", "智能制造工程师职称怎么评？需要几年工作经验？"),
    ("en", "oos", "What is the corporate income tax rate for a high-tech enterprise?"),
    ("zh", "oos", "GB/T 39116成熟度评估一次收费多少钱？"),
    ("en", "oos", "What is the export VAT rebate rate for CNC machine tools?"),
    ("zh", "oos", "工业互联网标识解析二级节点怎么申请？"),
    ("en", "oos", "Which Beijing district has the most recognised smart factories so far?"),
    ("zh", "oos", "2025年北京市先进级智能工厂名单里有哪些企业？"),
    ("en", "oos", "How much does a six-axis industrial robot typically cost?"),
    ("zh", "oos", "安全生产许可证到期了怎么延续？"),
    ("en", "oos", "How are carbon emission allowances allocated to Beijing factories?"),
    ("zh", "oos", "工厂的数据出境安全评估怎么申报？"),
    ("en", "oos", "What overtime pay must a factory give workers on public holidays?"),
    ("zh", "oos", "国家级绿色工厂的评价指标有哪些？"),
]
