# ruff: noqa: E501
"""Policy questions of bench/heldout15: (lang, kind, question, gold eIds, decisive facts -- any one of them in the
answer counts). Written from the measures and /work/shared/reference only."""
import random

import derive
from vocab import PRODUCTS

COL_ZH = ["关键工序数控化率", "人均劳动生产率提升", "产品不良率下降", "生产设备联网率", "单位产值能源消耗降低"]
COL_ZH_EVERYDAY = ["数控化率", "人均劳动生产率提升幅度", "不良率下降幅度", "设备联网率", "单位产值能耗降低幅度"]
COL_EN = ["key-process NC rate", "labour productivity gain per head", "defect-rate reduction", "equipment networking rate",
          "cut in energy use per unit of output value"]
ROW_NAME = {1: ("都市产业", "urban industries"), 2: ("生物医药产业", "biomedicine"), 3: ("电子信息产业", "electronics and information"),
            4: ("装备仪器产业", "equipment and instruments"), 5: ("原材料产业", "raw materials")}


def pct_forms(t):
    return [f"{t}%", f"{t} %", f"{t}％", f"{t} per cent", f"{t} percent"]


def threshold_questions():
    r = random.Random(1508)
    out = []
    prods = [p for p in PRODUCTS if derive.row_of(p[2])]
    r.shuffle(prods)
    for i, (zh, en, code, _name) in enumerate(prods[:36]):
        row = derive.row_of(code)
        col = i % 5
        t = derive.ROWS[row][col]
        gold = [f"att_2-1__row_{row}", "att_2-1"]
        if i % 2 == 0:
            q = [f"我们厂生产{zh}，想评先进级，{COL_ZH_EVERYDAY[col]}的参考值是多少？",
                 f"{zh}企业申报北京先进级智能工厂，{COL_ZH[col]}要达到多少？",
                 f"请问做{zh}的，先进级指标表里{COL_ZH[col]}的门槛是几？"][i % 3]
            out.append(("zh", "table_row", q, gold, pct_forms(t)))
        else:
            q = [f"We make {en}. For Beijing's advanced level, what {COL_EN[col]} is expected?",
                 f"What is the advanced-level threshold for the {COL_EN[col]} if our product is {en}?",
                 f"Our plant produces {en} - which {COL_EN[col]} do we need to hit for the advanced level?"][i % 3]
            out.append(("en", "table_row", q, gold, pct_forms(t)))
    # the whole row, and which group an everyday product falls in
    for j, (zh, en, code, _n) in enumerate(prods[20:32]):
        row = derive.row_of(code)
        gold = [f"att_2-1__row_{row}", "att_2-1"]
        if j % 2 == 0:
            out.append(("zh", "table_group", f"{zh}在先进级指标参考表里算哪一类产业？", gold, [ROW_NAME[row][0]]))
        else:
            out.append(("en", "table_group", f"Which industry group of the advanced-level table covers {en}?", gold,
                        [ROW_NAME[row][0], ROW_NAME[row][1]]))
    return out


HAND_Q = [
    # --- KPI catalogue in everyday words (annex 3)
    ("zh", "kpi", "OEE（设备综合效率）在附件3里对应哪个指标？", ["att_3__kpi_10", "att_3__cat_3", "att_3"], ["设备综合利用率"]),
    ("en", "kpi", "Is OEE among the KPIs listed in annex 3, and under what name?", ["att_3__kpi_10", "att_3__cat_3", "att_3"], ["设备综合利用率", "equipment utilisation", "equipment utilization", "overall equipment"]),
    ("zh", "kpi", "订单按时交货这个指标，附件3怎么写的？", ["att_3__kpi_13", "att_3__cat_3", "att_3"], ["订单准时交付率"]),
    ("en", "kpi", "Does the KPI reference say anything about on-time delivery to customers?", ["att_3__kpi_13", "att_3__cat_3", "att_3"], ["订单准时交付率", "on-time delivery", "order"]),
    ("zh", "kpi", "库存周转快不快能算建设成效指标吗？", ["att_3__kpi_11", "att_3__cat_3", "att_3"], ["库存周转率"]),
    ("en", "kpi", "Inventory turns - is that one of the annex 3 performance indicators?", ["att_3__kpi_11", "att_3__cat_3", "att_3"], ["库存周转率", "inventory turnover"]),
    ("zh", "kpi", "供应商送货准不准时，有没有对应的关键绩效指标？", ["att_3__kpi_12", "att_3__cat_3", "att_3"], ["供应商准时交付率"]),
    ("en", "kpi", "Is there a KPI for how punctually our suppliers deliver?", ["att_3__kpi_12", "att_3__cat_3", "att_3"], ["供应商准时交付率", "supplier"]),
    ("zh", "kpi", "碳排放降了多少，附件3里有这个指标吗？", ["att_3__kpi_17", "att_3__cat_4", "att_3"], ["二氧化碳", "CO"]),
    ("en", "kpi", "Which annex 3 KPI deals with carbon emissions?", ["att_3__kpi_17", "att_3__cat_4", "att_3"], ["二氧化碳", "CO2", "CO₂", "carbon"]),
    ("zh", "kpi", "水循环用得多能体现在哪个指标？", ["att_3__kpi_19", "att_3__cat_4", "att_3"], ["水资源重复利用率"]),
    ("en", "kpi", "What does annex 3 measure about water?", ["att_3__kpi_19", "att_3__cat_4", "att_3"], ["水资源重复利用率", "water reuse", "recycl"]),
    ("zh", "kpi", "工业固废回收利用在关键绩效指标里叫什么？", ["att_3__kpi_18", "att_3__cat_4", "att_3"], ["一般固废综合利用率"]),
    ("zh", "kpi", "用了多少AI场景，附件3是怎么衡量的？", ["att_3__kpi_3", "att_3__cat_1", "att_3"], ["应用人工智能技术场景比例"]),
    ("en", "kpi", "How many AI decision models we run - is that counted anywhere in the KPI list?", ["att_3__kpi_4", "att_3__cat_1", "att_3"], ["智能决策模型", "decision model"]),
    ("zh", "kpi", "APC先进控制的投用情况算哪个指标？", ["att_3__kpi_2", "att_3__cat_1", "att_3"], ["先进过程控制投用率"]),
    ("en", "kpi", "New products reach market faster now - which KPI captures shorter development time?", ["att_3__kpi_5", "att_3__cat_2", "att_3"], ["研制周期", "development cycle", "R&D cycle"]),
    ("zh", "kpi", "销售额涨了算不算智能工厂的价值效益指标？", ["att_3__kpi_6", "att_3__cat_2", "att_3"], ["销售增长率"]),
    ("en", "kpi", "Which KPIs in annex 3 are 'value and benefit' indicators?", ["att_3__cat_2", "att_3__kpi_5", "att_3__kpi_6", "att_3"], ["研制周期", "销售增长率", "sales growth"]),
    ("zh", "kpi", "运营成本降低在附件3第几项？", ["att_3__kpi_14", "att_3__cat_3", "att_3"], ["14", "运营成本下降"]),
    ("zh", "kpi", "把我们的智能制造方案推广给上下游企业，有对应指标吗？", ["att_3__kpi_20", "att_3__cat_5", "att_3"], ["复制推广", "推广应用"]),
    ("en", "kpi", "How many KPIs does annex 3 list in total, and in how many categories?", ["att_3", "att_3__cat_1"], ["20", "二十"]),
    ("zh", "kpi", "附件3里的关键设备数控化率和先进级表里的关键工序数控化率是同一个指标吗？", ["att_3__kpi_1", "att_2-1"], ["关键设备", "关键工序"]),
    ("en", "kpi", "Is the equipment networking rate of the advanced table also one of the 20 KPIs of annex 3?", ["att_2-1", "att_3"], ["no counterpart", "not one of", "not among", "not listed", "没有对应", "不在", "没有"]),
    ("zh", "kpi", "资源综合利用率提升属于哪一类指标？", ["att_3__kpi_8", "att_3__cat_3", "att_3"], ["生产运营效率"]),
    ("en", "kpi", "Where does 'energy per unit of product' sit in annex 3?", ["att_3__kpi_16", "att_3__cat_4", "att_3"], ["可持续发展", "sustainab", "单位产品综合能耗"]),
    # --- materials and what to hand in, per level
    ("zh", "materials", "基础级要向区里报送哪些东西？", ["art_6"], ["建设情况", "自评估结果"]),
    ("en", "materials", "For the basic level, what do we send to the district authority?", ["art_6"], ["self-assessment", "自评估", "construction status", "建设情况"]),
    ("zh", "materials", "申报材料具体要求由谁定、在哪里看？", ["art_13"], ["市经济和信息化局", "市经信局"]),
    ("en", "materials", "Who publishes the application-material requirements, and can they change?", ["art_13"], ["Municipal Bureau of Economy and Information", "市经济和信息化局", "city bureau", "adjust"]),
    ("zh", "materials", "先进级申请材料交给谁？直接交市经信局吗？", ["art_7"], ["区主管部门", "所在区"]),
    ("en", "materials", "Do advanced-level applicants submit straight to the municipal bureau?", ["art_7"], ["district", "区主管部门"]),
    ("zh", "materials", "先进级要提交成熟度评估证明吗？要求几级？", ["art_5__item_7"], ["二级"]),
    ("en", "materials", "What maturity-model standard do applicants have to be assessed against?", ["art_5__item_7"], ["39116"]),
    ("zh", "materials", "关键要素文件是哪两个？基础级和先进级分别对照哪个？", ["art_5__item_8", "att_1", "att_2"], ["基础级智能工厂建设关键要素", "先进级智能工厂建设关键要素"]),
    ("en", "materials", "Against which annex does a basic-level applicant self-assess?", ["art_5__item_8", "att_1", "art_6"], ["annex 1", "附件1", "附件 1", "基础级智能工厂建设关键要素"]),
    # --- procedure and time limits
    ("zh", "procedure", "区里把基础级备案结果报到市里，截止到每季度哪天？", ["art_6"], ["15日", "15 日", "第三个月"]),
    ("en", "procedure", "By what day each quarter do districts report basic-level filings to the city?", ["art_6"], ["15", "third month"]),
    ("zh", "procedure", "如果我们11月底在区里备案，区里最晚什么时候报市经信局？", ["art_6"], ["12月15日", "15日", "15 日", "第三个月"]),
    ("en", "procedure", "We filed in mid-August. When is the district due to pass it to the municipal bureau?", ["art_6"], ["15 September", "September 15", "9月15日", "15"]),
    ("zh", "procedure", "先进级评审用哪些方式？", ["art_8"], ["现场核查", "会议答辩", "专家评审"]),
    ("en", "procedure", "How does the expert review of advanced-level applicants work?", ["art_8"], ["on-site", "site", "defen", "现场核查"]),
    ("zh", "procedure", "先进级名单公布前要不要公示？", ["art_8"], ["公示"]),
    ("en", "procedure", "Is there a public notice period before the advanced list is published?", ["art_8"], ["public", "公示"]),
    ("zh", "procedure", "区主管部门对先进级申请做什么？", ["art_7"], ["初审", "推荐"]),
    ("en", "procedure", "What happens to an advanced application after the district receives it?", ["art_7", "art_8"], ["preliminary", "初审", "recommend"]),
    ("zh", "procedure", "市经信局收到先进级推荐后第一步做什么？", ["art_8"], ["形式审查"]),
    ("en", "procedure", "What is the order of steps for the advanced level, from self-assessment to the published list?", ["art_6", "art_7", "art_8"], ["public", "公示", "district"]),
    ("zh", "procedure", "基础级需要专家评审吗？还是自己评？", ["art_4", "art_6"], ["自建自评", "自评"]),
    ("en", "procedure", "Is a basic-level smart factory reviewed by experts?", ["art_4", "art_6"], ["self", "自建自评"]),
    # --- validity and expiry
    ("zh", "validity", "这个认定办法什么时候到期？", ["art_14"], ["2026年12月31日", "2026 年 12 月 31 日"]),
    ("en", "validity", "Until when are the Beijing smart-factory measures valid?", ["art_14"], ["2026-12-31", "31 December 2026", "December 31, 2026", "2026年12月31日", "2026 年 12 月 31 日"]),
    ("zh", "validity", "以前的《北京市数字化车间与智能工厂认定管理办法》还能用吗？", ["art_14"], ["废止"]),
    ("en", "validity", "Is the old digital-workshop and smart-factory recognition regulation still in force?", ["art_14"], ["repeal", "废止", "no longer"]),
    ("zh", "validity", "办法从哪天开始执行？", ["art_14", "notice"], ["发布之日", "2025年4月29日", "2025-04-29"]),
    ("en", "validity", "If we apply in February 2027, do these measures still apply?", ["art_14"], ["2026-12-31", "31 December 2026", "December 31, 2026", "2026年12月31日", "2026 年 12 月 31 日"]),
    ("en", "validity", "What is the document number and date of the Beijing smart-factory measures?", ["notice"], ["22号", "〔2025〕22", "2025-04-29", "29 April 2025", "2025年4月29日"]),
    # --- revocation
    ("zh", "revocation", "认定后注册地迁到外省，称号会怎么样？", ["art_12__item_4", "art_12"], ["撤销"]),
    ("en", "revocation", "What gets a recognised smart factory's title withdrawn?", ["art_12"], ["false", "虚假", "revoke", "撤销"]),
    ("zh", "revocation", "申报时数据造假，被查出来会怎样？", ["art_12__item_1", "art_12"], ["撤销"]),
    ("en", "revocation", "Does a major quality accident after recognition cost us the title?", ["art_12__item_3", "art_12"], ["revok", "撤销", "withdraw"]),
    ("zh", "revocation", "企业被依法注销或者经营不下去了，称号还在吗？", ["art_12__item_2", "art_12"], ["撤销"]),
    ("en", "revocation", "We changed our company name after a merger. What must we do about the title?", ["art_12"], ["rename", "更名", "name change"]),
    ("zh", "revocation", "受到行政处罚就一定会被撤销称号吗？", ["art_12__item_5", "art_12"], ["不再符合认定条件", "不再符合"]),
    ("en", "revocation", "Does a general-grade safety accident after recognition lead to revocation?", ["art_12__item_3", "art_12"], ["重大", "major"]),
    ("zh", "revocation", "一般事故会不会导致撤销称号？", ["art_12__item_3", "art_12"], ["重大"]),
    ("en", "revocation", "Can the title be withdrawn if we break rules during the application itself?", ["art_12__item_1", "art_12"], ["revok", "撤销", "withdraw"]),
    # --- the national scheme
    ("zh", "national", "北京的先进级智能工厂和国家的卓越级是什么关系？", ["art_4"], ["推荐", "卓越级"]),
    ("en", "national", "Can a Beijing advanced-level factory move on to the national excellent level?", ["art_4"], ["recommend", "推荐", "MIIT", "工业和信息化部"]),
    ("zh", "national", "国家智能工厂梯度培育有哪几级？北京这个办法管哪几级？", ["art_2", "art_4"], ["基础级", "先进级"]),
    ("en", "national", "The national scheme has four levels; which of them do the Beijing measures cover?", ["art_2"], ["basic", "advanced", "基础级", "先进级"]),
    ("zh", "national", "北京这个办法是依据哪个国家文件制定的？", ["art_1"], ["智能工厂梯度培育行动实施方案"]),
    ("en", "national", "Which national plan do the Beijing measures implement?", ["art_1"], ["梯度培育", "tiered", "gradient", "cultivation"]),
    ("zh", "national", "国家卓越级要求成熟度三级，北京先进级要求几级？", ["art_5__item_7"], ["二级"]),
    ("en", "national", "Jiangsu bars applicants with a major accident; which grade bars Beijing applicants?", ["art_5__item_3"], ["较大", "larger"]),
    ("zh", "national", "国家层面先进级由省级主管部门评审，北京是哪个部门评审认定先进级？", ["art_4", "art_8"], ["市经济和信息化局", "市经信局"]),
    ("en", "national", "Nationally basic-level factories assess themselves; is that the same in Beijing?", ["art_4", "art_6"], ["self", "自建自评", "district"]),
    ("zh", "national", "推荐卓越级是强制的吗？", ["art_4"], ["自愿"]),
    # --- benefits of recognition
    ("zh", "benefits", "评上基础级有什么好处？", ["art_10"], ["数字化转型达标"]),
    ("en", "benefits", "What does basic-level recognition count as once the district has reviewed it?", ["art_10"], ["数字化转型达标", "digital transformation"]),
    ("zh", "benefits", "认定以后市经信局会提供什么？", ["art_11"], ["指导服务", "指导"]),
    ("en", "benefits", "Do recognised factories get any support or supervision from the city?", ["art_11"], ["guidance", "指导", "supervis"]),
    ("zh", "benefits", "被认定以后企业要承担什么义务？", ["art_9"], ["推广建设经验", "配合"]),
    ("en", "benefits", "Once recognised, are we expected to share our experience with others?", ["art_9"], ["experience", "推广", "cooperat"]),
    ("zh", "benefits", "评上先进级有机会去争取国家级吗？", ["art_4"], ["卓越级"]),
    # --- who organises and reviews
    ("zh", "who", "基础级归谁备案和管理？", ["art_4", "art_6"], ["区主管部门", "区经济和信息化"]),
    ("en", "who", "Who recognises advanced-level smart factories in Beijing?", ["art_4", "art_8"], ["Municipal Bureau of Economy and Information", "市经济和信息化局", "city bureau", "municipal"]),
    ("zh", "who", "这个办法由谁负责解释？", ["art_15"], ["市经济和信息化局"]),
    ("en", "who", "Who interprets the measures if something is unclear?", ["art_15"], ["Municipal Bureau of Economy and Information", "市经济和信息化局", "municipal", "city bureau"]),
    ("zh", "who", "关键要素和附件以后要调整，谁来调？", ["art_13"], ["市经济和信息化局"]),
    ("en", "who", "Who issued the measures, and to whom?", ["notice"], ["district", "区经济和信息化", "市经济和信息化局"]),
    ("zh", "who", "更名要向哪个部门申请？", ["art_12"], ["市经济和信息化局"]),
    ("en", "who", "Which body files basic-level factories?", ["art_4", "art_6"], ["district", "区主管部门"]),
    ("zh", "who", "认定基础级的原则是什么？企业可以不参加吗？", ["art_4"], ["自愿"]),
    ("en", "who", "Which principles govern the recognition work?", ["art_4"], ["voluntar", "自愿", "fair", "公平"]),
    # --- conditions, in everyday words
    ("zh", "conditions", "小作坊年收入几百万，能申请吗？", ["art_5__item_1"], ["规模以上", "2000万", "2000 万"]),
    ("en", "conditions", "Can a branch office without its own legal-person status apply?", ["art_5__item_1"], ["independent legal", "独立法人"]),
    ("zh", "conditions", "先进级那5个指标要满足几个？", ["att_2__sec_2"], ["3个", "三个", "3 个"]),
    ("en", "conditions", "How many of the five technical-economic indicators must an advanced factory reach?", ["att_2__sec_2"], ["3 of", "three", "at least 3", "3 个", "3个", "三个"]),
    ("zh", "conditions", "基础级最少要覆盖哪个环节？", ["att_1__sec_1"], ["生产作业"]),
    ("en", "conditions", "Which construction areas must an advanced-level factory cover at least?", ["att_2__sec_1"], ["production management", "生产管理", "operations management", "运营管理"]),
    ("zh", "conditions", "基础级的成效要求是什么？一定要高于同行平均吗？", ["att_1__sec_2"], ["数字化达标"]),
    ("en", "conditions", "Does a basic-level factory need industry-leading indicators?", ["att_1__sec_2"], ["average", "平均", "数字化达标"]),
    ("zh", "conditions", "近三年出过一起一般安全事故还能申请吗？", ["art_5__item_3"], ["较大"]),
    ("en", "conditions", "Does the maturity assessment need to be level 3?", ["art_5__item_7"], ["level 2", "二级", "2 or above", "two"]),
    ("zh", "conditions", "用的工业软件有什么安全方面的要求？", ["art_5__item_5"], ["安全可控"]),
    ("en", "conditions", "Do we need a dedicated smart-manufacturing team to apply?", ["art_5__item_6"], ["talent", "人才", "professional"]),
    ("zh", "conditions", "工厂还在建，能先申请吗？", ["art_5__item_2"], ["建成", "投入正常使用"]),
    ("en", "conditions", "Our factory is in Hebei but the company is registered in Beijing. Which registration matters?", ["art_5__item_1"], ["北京", "Beijing"]),
    # --- content and definitions
    ("zh", "content", "先进级的工厂建设要求做哪些仿真？", ["att_2__sec_1__item_1"], ["工艺路线", "产线布局", "物流路径"]),
    ("en", "content", "What must advanced-level production operations achieve?", ["att_2__sec_1__item_3"], ["early warning", "预警", "precise", "精准"]),
    ("zh", "content", "基础级的生产管理要管哪些对象？", ["att_1__sec_1__item_4"], ["作业计划", "产品质量", "设备资产", "生产物料"]),
    ("en", "content", "What is a basic-level smart factory, in one sentence?", ["att_1__intro", "att_1"], ["data", "数据", "automat", "自动化"]),
    ("zh", "content", "先进级运营管理要做到什么？", ["att_2__sec_1__item_5"], ["成本", "订单及时交付", "供应链"]),
    ("en", "content", "What does basic-level operations management cover?", ["att_1__sec_1__item_5"], ["procurement", "采购", "finance", "财务"]),
    ("zh", "content", "附件里的“注”鼓励企业做什么？", ["att_1__note", "att_2__note"], ["新模式新业态", "未来制造模式"]),
    ("en", "content", "What evaluation standard does annex 2 cite for measuring results besides annex 3?", ["att_2__sec_2", "att_1__sec_2"], ["182", "T/CAMS"]),
]

OUT_OF_SCOPE = [
    ("zh", "oos", "上海市智能工厂认定今年的申报截止日期是哪天？"),
    ("en", "oos", "How do I register a new manufacturing company in Beijing's Haidian District?"),
    ("zh", "oos", "专精特新“小巨人”企业对营业收入有什么要求？"),
    ("en", "oos", "What is the corporate income tax rate for small low-profit enterprises?"),
    ("zh", "oos", "北京市绿色工厂评价的能耗指标怎么算？"),
    ("en", "oos", "How much subsidy does Shenzhen pay for each recognised smart factory?"),
    ("zh", "oos", "智能制造系统解决方案供应商目录怎么申报入库？"),
    ("en", "oos", "What are the application conditions for an industrial internet benchmark factory in Guangdong?"),
    ("zh", "oos", "浙江省未来工厂的认定名单在哪里查？"),
    ("en", "oos", "What steps does ISO 9001 certification of a factory involve?"),
    ("zh", "oos", "增值税留抵退税怎么申请？"),
    ("en", "oos", "How do I get a work permit for a foreign engineer at our Beijing plant?"),
    ("zh", "oos", "北京市企业申请专利资助需要什么材料？"),
    ("en", "oos", "How much cash subsidy does a recognised Beijing smart factory receive?"),
    ("zh", "oos", "天津市数字化车间认定的有效期是几年？"),
]
