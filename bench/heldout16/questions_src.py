# ruff: noqa: E501
"""Policy questions of bench/heldout16 (its own wording): (lang, kind, question, gold eIds, decisive facts or None).
Thresholds asked by a product in everyday words are generated from vocab.py; the rest are written by hand. The
out-of-scope questions share words with the measures but ask what they do not govern."""
from __future__ import annotations

import random

import derive
from vocab import PRODUCTS

COLS_ZH = ["关键工序数控化率", "人均劳动生产率提升", "产品不良率下降", "生产设备联网率", "单位产值能源消耗降低"]
COLS_EN = ["key-process NC rate", "gain in labour productivity per worker", "reduction in the product defect rate",
           "production equipment networking rate", "reduction in energy use per unit of output value"]
T_ZH = ["做{p}的企业想评先进级，{c}最低得多少？", "{p}这个行业，先进级智能工厂的{c}门槛是多少？", "我们是{p}生产厂家，先进级对{c}要求几个点？"]
T_EN = ["For a maker of {p}, what {c} does the Beijing advanced level expect?", "What is the advanced-level threshold on the {c} for {p}?",
        "If we produce {p}, how high must our {c} be to be recognised at the advanced level?"]
ROW_ZH = {1: "都市产业", 2: "生物医药产业", 3: "电子信息产业", 4: "装备仪器产业", 5: "原材料产业"}
ROW_EN = {1: ["都市产业", "urban"], 2: ["生物医药", "biomedic", "pharma"], 3: ["电子信息", "electronic"],
          4: ["装备仪器", "equipment"], 5: ["原材料", "raw material"]}


def pct_forms(v):
    return [f"{v}%", f"{v} %", f"{v}％", f"{v} per cent", f"{v} percent"]


def threshold_questions():
    r = random.Random(16)
    out = []
    prods = [p for p in PRODUCTS if derive.row_of(p[2])]
    for i, (zh, en, code) in enumerate(prods):
        row = derive.row_of(code)
        col = i % 5
        v = derive.ROWS[row][col]
        act = code in ("C2311", "C42", "C43")   # activities, not things made
        if i % 2 == 0:
            q = (T_ZH[0] if act else r.choice(T_ZH)).format(p=zh, c=COLS_ZH[col])
            out.append(("zh", "table_row", q, [f"att_2-1__row_{row}", "att_2-1"], pct_forms(v)))
        else:
            q = ("For a firm doing {p}, what {c} does the Beijing advanced level expect?" if act else r.choice(T_EN)).format(p=en, c=COLS_EN[col])
            out.append(("en", "table_row", q, [f"att_2-1__row_{row}", "att_2-1"], pct_forms(v)))
    # the industry group of a product
    for j, (zh, en, code) in enumerate(prods[3::4]):
        row = derive.row_of(code)
        if j % 2 == 0:
            out.append(("zh", "row_of", f"生产{zh}的工厂，在先进级指标参考表里归哪个产业？", [f"att_2-1__row_{row}", "att_2-1"], [ROW_ZH[row]]))
        else:
            out.append(("en", "row_of", f"Which industry group of the advanced-level indicator table covers a factory making {en}?", [f"att_2-1__row_{row}", "att_2-1"], ROW_EN[row]))
    return out


HAND_Q = [
    # KPI catalogue (annex 3)
    ("zh", "kpi", "附件3里“库存周转率提升”属于哪一类指标？", ["att_3__kpi_11", "att_3__cat_3"], ["生产运营效率"]),
    ("en", "kpi", "Is water reuse one of the KPIs the Beijing annex lists for smart factories?", ["att_3__kpi_19", "att_3__cat_4"], None),
    ("zh", "kpi", "单位产品二氧化碳排放量降低在关键绩效指标参考里排第几项？", ["att_3__kpi_17", "att_3__cat_4"], ["17"]),
    ("en", "kpi", "Which KPI counts the firms up and down our supply chain that copied our manufacturing model?", ["att_3__kpi_20", "att_3__cat_5"], None),
    ("zh", "kpi", "工厂用了多少个智能决策模型，这算不算智能工厂的绩效指标？", ["att_3__kpi_4", "att_3__cat_1"], ["能力提升"]),
    ("en", "kpi", "Does the smart-factory KPI list include how punctually our suppliers deliver?", ["att_3__kpi_12", "att_3__cat_3"], None),
    ("zh", "kpi", "研制周期缩短在附件3里归哪一类？", ["att_3__kpi_5", "att_3__cat_2"], ["价值效益"]),
    ("en", "kpi", "How many KPIs does the annex on key performance indicators list in total?", ["att_3"], ["20", "twenty"]),
    ("zh", "kpi", "一般固废综合利用率是不是智能工厂关键绩效指标之一？", ["att_3__kpi_18", "att_3__cat_4"], None),
    ("en", "kpi", "Is the share of production scenarios that use artificial intelligence a smart-factory KPI?", ["att_3__kpi_3", "att_3__cat_1"], None),
    ("zh", "kpi", "运营成本下降这个指标写在哪个附件里？", ["att_3__kpi_14", "att_3", "att_3__cat_3"], ["附件3", "附件 3"]),
    ("en", "kpi", "Under which heading does the KPI catalogue put sales growth?", ["att_3__kpi_6", "att_3__cat_2"], None),
    ("zh", "kpi", "先进过程控制投用率属于哪一类绩效指标？", ["att_3__kpi_2", "att_3__cat_1"], ["能力提升"]),
    ("en", "kpi", "Does annex 3 have a KPI matching the advanced level's production equipment networking rate?", ["att_2-1", "att_3"], None),
    ("zh", "kpi", "附件3的“全员劳动生产率提升”和附件2-1的“人均劳动生产率提升”是同一个指标吗？", ["att_3__kpi_15", "att_2-1"], None),
    ("en", "kpi", "Is order on-time delivery improvement among the annex 3 indicators?", ["att_3__kpi_13", "att_3__cat_3"], None),
    # procedure
    ("zh", "procedure", "基础级智能工厂是不是由市经信局来评审？", ["art_4", "art_6"], ["自建自评", "备案"]),
    ("en", "procedure", "Who recognises advanced-level smart factories in Beijing?", ["art_4", "art_8"], ["经济和信息化局", "Economy and Information"]),
    ("zh", "procedure", "区里每季度什么时候把基础级备案结果报给市经信局？", ["art_6"], ["15"]),
    ("en", "procedure", "If a district receives basic-level filings in May, by which date does it report them to the city bureau?", ["art_6"], ["15 June", "June 15", "6月15"]),
    ("zh", "procedure", "先进级评审会不会来现场核查，要不要答辩？", ["art_8"], ["现场核查"]),
    ("en", "procedure", "Is the advanced-level list published only after a public notice period without objections?", ["art_8"], ["公示", "public"]),
    ("zh", "procedure", "没做基础级备案能不能直接报先进级？", ["art_7"], ["基础级"]),
    ("en", "procedure", "Through which office does an advanced-level application reach the city bureau?", ["art_7"], ["district", "区"]),
    ("zh", "procedure", "第三季度收到的备案，区主管部门最晚哪天报到市里？", ["art_6"], ["9月15", "15日"]),
    ("en", "procedure", "What does an enterprise hand to the district when it files as a basic-level factory?", ["art_6"], ["self-assess", "自评估", "自评"]),
    ("zh", "procedure", "评上先进级以后，还有机会被推荐到工信部吗？", ["art_4"], ["卓越级"]),
    ("en", "procedure", "Does the city bureau run a formal check on advanced-level applications before the expert review?", ["art_8"], ["formal", "形式审查"]),
    ("zh", "procedure", "申报材料的具体要求由哪个部门发布？", ["art_13"], ["经济和信息化局"]),
    ("en", "procedure", "Can the key elements of the two levels be adjusted while the measures are in force?", ["art_13"], ["adjust", "调整"]),
    # validity
    ("zh", "validity", "这个认定管理办法到哪天失效？", ["art_14"], ["2026年12月31日", "2026-12-31", "12月31日"]),
    ("en", "validity", "On what date were the Beijing smart-factory measures issued?", ["art_14", "notice"], ["April 29", "29 April", "2025-04-29", "4月29"]),
    ("zh", "validity", "原来的《北京市数字化车间与智能工厂认定管理办法》还能用吗？", ["art_14"], ["废止"]),
    ("en", "validity", "Which earlier Beijing document did these measures replace?", ["art_14"], ["数字化车间", "digital workshop"]),
    ("zh", "validity", "2027年1月以后还能按这个办法认定吗？", ["art_14"], ["2026年12月31日", "2026-12-31", "12月31日"]),
    ("en", "validity", "What is the document number of the notice issuing the Beijing smart-factory measures?", ["notice"], ["22"]),
    # revocation and renaming
    ("zh", "revocation", "认定以后公司改了名，需要办什么手续？", ["art_12"], ["更名"]),
    ("en", "revocation", "Can a title be withdrawn if the company moves its registration to Hebei?", ["art_12__item_4", "art_12"], ["revok", "撤销"]),
    ("zh", "revocation", "出了事故会被撤销称号，是哪个等级的事故？", ["art_12__item_3"], ["重大"]),
    ("en", "revocation", "What happens to the title if we gave false figures in our application?", ["art_12__item_1"], ["revok", "撤销"]),
    ("zh", "revocation", "企业被依法注销了，智能工厂称号怎么处理？", ["art_12__item_2"], ["撤销"]),
    ("en", "revocation", "Can a penalty from another authority cost us the smart-factory title?", ["art_12__item_5"], None),
    ("zh", "revocation", "重大质量事故会导致撤销称号吗？", ["art_12__item_3"], ["撤销"]),
    ("en", "revocation", "List the grounds on which a Beijing smart-factory title is revoked.", ["art_12"], None),
    ("zh", "revocation", "重组之后应当向哪个部门申请更名？", ["art_12"], ["经济和信息化局"]),
    ("en", "revocation", "Is a major environmental accident a reason to lose the title?", ["art_12__item_3"], ["revok", "撤销"]),
    # conditions
    ("zh", "conditions", "分公司能不能以自己的名义申请？", ["art_5__item_1"], ["独立法人"]),
    ("en", "conditions", "Do we need to be an industrial enterprise above designated size?", ["art_5__item_1"], ["规模以上", "above designated size", "规上"]),
    ("zh", "conditions", "智能制造能力成熟度最少要几级？", ["art_5__item_7"], ["二级", "2级", "level 2"]),
    ("en", "conditions", "Which national standard defines the maturity levels that Beijing asks for?", ["art_5__item_7"], ["39116"]),
    ("zh", "conditions", "前年出过一起较大环保事故，现在还能申请吗？", ["art_5__item_3"], ["较大"]),
    ("en", "conditions", "Over how many years must an applicant be free of serious accidents and violations?", ["art_5__item_3"], ["three", "3", "三"]),
    ("zh", "conditions", "工厂还没正式投入使用，可以申请吗？", ["art_5__item_2"], ["投入正常使用"]),
    ("en", "conditions", "Must our key equipment and industrial software be secure and controllable?", ["art_5__item_5"], None),
    ("zh", "conditions", "申请单位是不是必须有智能制造方面的专业人才？", ["art_5__item_6"], ["人才"]),
    ("en", "conditions", "Does our main product have to fit Beijing's industrial policy?", ["art_5__item_4"], None),
    ("zh", "conditions", "公司注册在河北、工厂在北京，能申请北京的智能工厂吗？", ["art_5__item_1"], ["北京市内注册"]),
    ("en", "conditions", "Does a bad credit record rule an applicant out?", ["art_5__item_3"], None),
    ("zh", "conditions", "对网络安全和数据安全有什么要求？", ["art_5__item_5"], ["风险可控"]),
    ("en", "conditions", "Which annex sets out the key elements a basic-level applicant must meet?", ["art_5__item_8", "att_1"], ["附件1", "annex 1", "Annex 1", "附件 1"]),
    # construction content
    ("zh", "content", "基础级智能工厂至少要覆盖哪个环节？", ["att_1__sec_1"], ["生产作业"]),
    ("en", "content", "Which three areas must an advanced-level smart factory cover at the least?", ["att_2__sec_1"], ["生产管理", "production management"]),
    ("zh", "content", "先进级在工厂建设上要对哪些东西做仿真？", ["att_2__sec_1__item_1"], ["物流路径", "产线布局", "工艺路线"]),
    ("en", "content", "What does the basic level expect of operations management?", ["att_1__sec_1__item_5"], ["财务", "financ", "采购", "purchas"]),
    ("zh", "content", "先进级的生产作业环节要做到什么？", ["att_2__sec_1__item_3"], ["异常预警", "精准控制"]),
    ("en", "content", "Does the advanced level ask for digital supply-chain management?", ["att_2__sec_1__item_5"], ["供应链", "supply"]),
    ("zh", "content", "基础级在研发设计方面要求做什么？", ["att_1__sec_1__item_2"], ["数字化研发设计"]),
    ("en", "content", "How do the measures define a basic-level smart factory?", ["att_1__intro", "att_1"], None),
    ("zh", "content", "先进级生产管理里要求开展哪方面的数字化管理？", ["att_2__sec_1__item_4"], ["安全能源环保"]),
    ("en", "content", "Is the basic level about line-level and workshop-level digital planning, or factory-level?", ["att_1__sec_1__item_1"], ["车间级", "workshop"]),
    # effectiveness
    ("zh", "effect", "基础级的建设成效要达到什么水平？", ["att_1__sec_2"], ["平均水平", "数字化达标"]),
    ("en", "effect", "How many of the five indicators must an advanced-level factory reach?", ["att_2__sec_2", "att_2-1"], ["3", "three", "三"]),
    ("zh", "effect", "先进级的技术经济指标是跟全国同行比，还是跟本市同行比？", ["att_2__sec_2"], ["本市"]),
    ("en", "effect", "Can a basic-level applicant that is already 数字化达标 skip the industry-average comparison?", ["att_1__sec_2"], ["数字化达标", "digital"]),
    ("zh", "effect", "评估智能工厂建设成效参考的是哪个团体标准？", ["att_1__sec_2", "att_2__sec_2"], ["T/CAMS182", "T/CAMS 182"]),
    ("en", "effect", "Are the advanced-level indicator thresholds the same for every industry?", ["att_2-1", "att_2__sec_2"], None),
    # benefits, authority, scope
    ("zh", "benefit", "基础级智能工厂经区里复核通过后有什么好处？", ["art_10"], ["数字化转型达标"]),
    ("en", "authority", "Who interprets the Beijing smart-factory measures?", ["art_15"], ["经济和信息化局", "Economy and Information"]),
    ("zh", "benefit", "被认定以后企业需要配合做些什么？", ["art_9"], ["推广"]),
    ("en", "authority", "Does the city bureau supervise factories after recognition?", ["art_11"], ["supervis", "监督"]),
    ("zh", "authority", "这个办法管哪几个级别的智能工厂？", ["art_2"], ["基础级"]),
    ("en", "authority", "Which MIIT-led action plan do the Beijing measures implement?", ["art_1"], ["梯度培育", "tiered", "gradient"]),
    ("zh", "authority", "智能工厂认定遵循哪些原则？", ["art_4"], ["自愿"]),
    ("en", "authority", "What must a basic or advanced smart factory achieve overall, according to the measures?", ["art_3"], None),
    # national and peer schemes (the Beijing units the comparison turns on)
    ("zh", "national", "北京的先进级和国家的卓越级是什么关系？", ["art_4"], ["卓越级"]),
    ("en", "national", "Jiangsu excludes accidents of grade 'major' and above; which grade does Beijing exclude?", ["art_5__item_3"], ["较大", "larger"]),
    ("zh", "national", "国家卓越级要求成熟度三级以上，北京基础级和先进级要求几级？", ["art_5__item_7"], ["二级", "2级", "level 2"]),
    ("en", "national", "As in the national scheme, must a Beijing factory hold the basic level before the advanced one?", ["art_7"], None),
    ("zh", "national", "北京的认定办法是根据工信部等部门的哪个文件制定的？", ["art_1"], ["梯度培育"]),
    ("en", "national", "Does the Beijing scheme itself recognise a pilot (领航级) level?", ["art_2", "art_4"], None),
    ("zh", "materials", "做基础级备案要报送哪些材料？", ["art_6", "art_13"], ["自评估", "建设情况"]),
]

OUT_OF_SCOPE = [
    ("zh", "oos", "江苏省先进级智能工厂今年什么时候开始申报？"),
    ("en", "oos", "When will MIIT open the 2027 national round for excellent-level (卓越级) smart factories?"),
    ("zh", "oos", "在北京注册一家有限责任公司需要多少注册资本？"),
    ("en", "oos", "What corporate income tax rate applies to a high-tech manufacturing enterprise in Beijing?"),
    ("zh", "oos", "北京市企业技术中心认定对研发人员占比有什么要求？"),
    ("en", "oos", "How does a factory get the CCC (China Compulsory Certification) mark for its products?"),
    ("zh", "oos", "两化融合管理体系贯标评定怎么申请？"),
    ("en", "oos", "Does Beijing pay a subsidy per industrial robot a factory buys?"),
    ("zh", "oos", "广东省数字化车间认定的有效期是几年？"),
    ("en", "oos", "What is the minimum monthly wage for factory workers in Beijing?"),
    ("zh", "oos", "高新技术企业认定需要几项核心知识产权？"),
    ("en", "oos", "How do we get onto the national list of AI-plus-manufacturing pilot projects?"),
    ("zh", "oos", "智能制造能力成熟度评估机构的收费标准是多少？"),
    ("en", "oos", "How long is a hazardous-chemicals work-safety licence valid in Beijing?"),
    ("zh", "oos", "智能工厂买的设备能不能享受加速折旧的税收政策？"),
]
