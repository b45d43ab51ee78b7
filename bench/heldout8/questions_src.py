"""The source of questions.json (python3 questions_src.py writes it). Q(lang, kind, q, gold, any=[...], all=[...]);
X(lang, kind, q) for a question the measures do not address (other schemes, registration, tax, other provinces)."""
from __future__ import annotations

import json
import os

QS: list = []


def Q(lang, kind, q, gold, any_=None, all_=None):
    x = {"lang": lang, "kind": kind, "q": q, "gold": gold}
    if any_:
        x["answer_any"] = any_
    if all_:
        x["answer_all"] = all_
    QS.append(x)


def X(lang, kind, q):
    QS.append({"lang": lang, "kind": kind, "q": q, "out_of_scope": True})


R = {i: [f"att_2-1__row_{i}", "att_2-1"] for i in range(1, 6)}

# --- thresholds looked up from an everyday product (the row is for the asker to find) ------------------------------
Q("zh", "threshold_by_product", "做化妆品的企业申报先进级，生产设备联网率要达到多少？", R[5], ["75"])
Q("zh", "threshold_by_product", "做疫苗的，先进级关键工序数控化率门槛是多少？", R[2], ["80"])
Q("zh", "threshold_by_product", "我们是做运动器材和玩具的，先进级对单位产值能耗降低有什么要求？",
  R[4], ["5%", "5 %", "百分之五"])
Q("zh", "threshold_by_product", "做手机摄像头模组的企业，先进级要求产品不良率下降多少？",
  R[3], ["4%", "4 %", "百分之四"])
Q("zh", "threshold_by_product", "卷烟厂申报先进级，人均劳动生产率要提升多少？", R[1], ["10%", "10 %", "百分之十"])
Q("zh", "threshold_by_product", "我们做铝型材，先进级里产品不良率下降的参考值是多少？", R[5], ["2%", "2 %", "百分之二"])
Q("zh", "threshold_by_product", "汽车座椅生产企业，先进级生产设备联网率参考值是多少？", R[4], ["65"])
Q("zh", "threshold_by_product", "印刷厂申报先进级，关键工序数控化率需要多少？", R[1], ["65"])
Q("zh", "threshold_by_product", "废旧电池回收利用企业属于附件2-1的哪一类产业？", R[4], ["装备仪器"])
Q("zh", "threshold_by_product", "做芯片的企业，单位产值能源消耗要降低多少才算达标？", R[3], ["7%", "7 %", "百分之七"])
Q("en", "threshold_by_product",
  "We make tyres. What equipment networking rate does the advanced level expect?",
  R[5], ["75"])
Q("en", "threshold_by_product",
  "For a maker of monoclonal antibody drugs, what is the adv"
  "anced-level threshold for energy per unit of output value?",
  R[2], ["4%", "4 %", "4 per"])
Q("en", "threshold_by_product",
  "We build metro train bogies. Which industry group of anne"
  "x 2-1 are we in, and what key-process NC rate is expected?",
  R[4], ["70"])
Q("en", "threshold_by_product",
  "What labour-productivity gain does the advanced level expect from a furniture maker?",
  R[1], ["10%", "10 %", "10 per"])
Q("en", "threshold_by_product",
  "Threshold for the defect-rate reduction for an LED display manufacturer at advanced level?",
  R[3], ["4%", "4 %", "4 per"])
Q("en", "threshold_by_product",
  "We make fertiliser. How much must energy per unit of output value fall for the advanced level?",
  R[5], ["10%", "10 %", "10 per"])
Q("en", "threshold_by_product",
  "A dairy company applies for the advanced level: what equipment networking rate is the reference?",
  R[1], ["55"])
Q("en", "threshold_by_product",
  "Aircraft maintenance and repair shop: which row of the advanced-level table applies to us?",
  R[4], ["C43", "43", "equipment"])
Q("en", "threshold_by_product",
  "For a maker of surveying instruments, what key-process NC rate is expected at the advanced level?",
  R[4], ["70"])
Q("en", "threshold_by_product",
  "Oil refinery: what labour productivity improvement does annex 2-1 set?",
  R[5], ["10%", "10 %", "10 per"])

# --- comparing rows and columns ------------------------------------------------------------------------------------
Q("zh", "compare_rows", "先进级五类产业里，哪一类对单位产值能耗降低的要求最高？",
  ["att_2-1", "att_2-1__row_5"], ["原材料", "10%"])
Q("zh", "compare_rows", "电子信息产业和生物医药产业的先进级指标有哪些不一样？",
  ["att_2-1", "att_2-1__row_2", "att_2-1__row_3"], ["7%", "4%"])
Q("en", "compare_rows",
  "Which industry group has the lowest equipment networking threshold at the advanced level?",
  ["att_2-1", "att_2-1__row_1"], ["55", "urban"])
Q("en", "compare_rows",
  "Is the defect-rate reduction threshold the same for every industry group?",
  ["att_2-1"], ["2%", "4%", "5%"])

# --- counting and how many ----------------------------------------------------------------------------------------
Q("zh", "count", "先进级五个主要技术经济指标，至少要满足几个？", ["att_2__sec_2", "att_2-1"], ["3", "三"])
Q("zh", "count", "附件3里一共列了多少个智能工厂关键绩效指标？分几类？", ["att_3"], ["20", "二十"])
Q("en", "count",
  "How many of the five technical-economic indicators must an advanced-level factory meet?",
  ["att_2__sec_2", "att_2-1"], ["3", "three"])
Q("en", "count",
  "How many construction areas must the advanced level cover at a minimum?",
  ["att_2__sec_1"], ["three", "3"])
Q("en", "count", "How many causes for revoking the title do the measures list?", ["art_12"], ["five", "5"])

# --- procedure and timing -----------------------------------------------------------------------------------------
Q("zh", "procedure_timing", "区里把基础级备案结果报给市经信局的截止时间是什么时候？", ["art_6"], ["15"])
Q("zh", "procedure_timing", "我们6月10日在区里备案了基础级，区里最晚什么时候要报到市里？", ["art_6"], ["15"])
Q("en", "procedure_timing",
  "By which day do districts report their basic-level filings to the city bureau?",
  ["art_6"], ["15"])
Q("zh", "procedure", "先进级智能工厂的评审有哪些环节？会公示吗？", ["art_8"], ["公示"])
Q("en", "procedure",
  "What does the expert review of an advanced-level application consist of?",
  ["art_8"], ["site", "defen", "现场"])
Q("en", "procedure",
  "Is there a public notice period before the advanced-level list is published?",
  ["art_8"], ["public"])
Q("zh", "procedure", "基础级智能工厂需要专家评审吗，还是企业自己评？", ["art_4", "art_6"], ["自建自评", "自评"])
Q("en", "procedure", "Who do we submit our basic-level self-assessment results to?", ["art_6", "art_4"], ["district"])
Q("zh", "procedure", "先进级申请是直接交市经信局还是先交区里？", ["art_7", "art_8"], ["区"])
Q("en", "procedure",
  "Does the district do anything with an advanced-level application before it reaches the city bureau?",
  ["art_7"], ["preliminary", "initial", "first", "初审", "recommend"])

# --- who decides, who interprets, who adjusts ---------------------------------------------------------------------
Q("zh", "who", "先进级智能工厂由哪个部门组织评审认定？", ["art_4", "art_8"], ["经济和信息化局"])
Q("zh", "who", "这个认定办法由谁负责解释？", ["art_15"], ["经济和信息化局"])
Q("zh", "who", "智能工厂建设关键要素和申报材料要求以后会调整吗？谁来发布？", ["art_13"], ["经济和信息化局"])
Q("en", "who",
  "Who interprets these measures if there is a dispute about their meaning?",
  ["art_15"], ["Bureau", "经济和信息化局"])
Q("en", "who", "Who manages basic-level smart factories after they are filed?", ["art_4"], ["district"])
Q("en", "who",
  "Who can change the key elements and the list of application materials?",
  ["art_13"], ["Bureau", "经济和信息化局"])
Q("en", "who", "Who provides guidance to and supervises recognised smart factories?",
  ["art_11"], ["Bureau", "经济和信息化局"])

# --- prerequisites and order --------------------------------------------------------------------------------------
Q("zh", "prerequisite", "没有基础级能不能直接申报先进级？", ["art_7"], ["备案"])
Q("en", "prerequisite",
  "Can a factory that was never recognised at the basic level apply straight for the advanced level?",
  ["art_7"], ["basic"])
Q("zh", "prerequisite", "先进级的企业还有机会往上走吗？能推荐到国家吗？", ["art_4"], ["卓越级"])
Q("en", "prerequisite", "After the advanced level, is there a path to a national title?",
  ["art_4"], ["excellen", "卓越"])

# --- what the title brings / obligations ----------------------------------------------------------------------------
Q("zh", "benefit", "评上基础级智能工厂对数字化转型达标有什么用？", ["art_10"], ["数字化转型达标"])
Q("en", "benefit",
  "Does a basic-level smart factory automatically count as digitally transformed?",
  ["art_10"], ["review", "复核"])
Q("zh", "obligation", "被认定以后企业有什么义务？", ["art_9"], ["推广", "配合"])
Q("en", "obligation",
  "Once recognised, are we expected to share our experience with others?",
  ["art_9"], ["experience", "promot", "推广"])

# --- validity, repeal, the notice ----------------------------------------------------------------------------------
Q("zh", "validity", "这个办法哪天开始执行，到什么时候失效？", ["art_14"], ["2026"])
Q("en", "validity", "Until when are these smart-factory measures valid?", ["art_14"], ["2026"])
Q("zh", "repeal", "以前的《北京市数字化车间与智能工厂认定管理办法》还有效吗？", ["art_14"], ["废止"])
Q("en", "repeal", "Which earlier Beijing measures did these ones replace?", ["art_14"], ["workshop", "数字化车间"])
Q("zh", "notice", "这个办法的发文字号是多少？什么时候印发的？", ["notice"], ["22"])
Q("en", "notice", "What is the document number of the notice that issued these measures?", ["notice"], ["22"])

# --- purpose, scope, principles -------------------------------------------------------------------------------------
Q("zh", "purpose", "制定这个办法依据的是哪些文件？", ["art_1"], ["梯度培育"])
Q("en", "purpose",
  "Which national action plan do these measures implement?",
  ["art_1"], ["gradient", "tiered", "梯度", "cultivation"])
Q("zh", "scope", "这个办法管哪些级别的智能工厂？", ["art_2"], ["基础级", "先进级"])
Q("zh", "principles", "智能工厂认定坚持什么原则？", ["art_4"], ["自愿", "公开"])
Q("en", "definition",
  "What must a smart factory achieve under article 3, in plain words?",
  ["art_3"], ["interconnect", "互联互通", "supply chain"])

# --- conditions (new angles) ---------------------------------------------------------------------------------------
Q("zh", "condition", "规上企业的营收标准是多少？我们要达到多少才够申报？", ["art_5__item_1"], ["2000"])
Q("en", "condition",
  "Does a branch office without independent legal-person status qualify?",
  ["art_5__item_1"], ["independent", "legal person"])
Q("zh", "condition", "近三年出过一次一般安全事故，还能申报吗？", ["art_5__item_3"], ["较大"])
Q("en", "condition",
  "Which accident grades in the last three years rule an applicant out?",
  ["art_5__item_3"], ["larger", "较大"])
Q("zh", "condition", "智能制造能力成熟度要达到几级，依据哪个国标？", ["art_5__item_7"], ["39116"])
Q("en", "condition", "Which maturity standard and level do both levels require?", ["art_5__item_7"], ["39116"])
Q("zh", "condition", "工业软件和操作系统有什么安全方面的要求？", ["art_5__item_5"], ["安全可控"])
Q("en", "condition",
  "Do we need our own smart-manufacturing staff, or can we rely entirely on an integrator?",
  ["art_5__item_6"], ["talent", "professional", "人才"])
Q("zh", "condition", "主导产品有什么要求？", ["art_5__item_4"], ["产业政策"])
Q("en", "condition",
  "Does the factory have to be already running when we apply?",
  ["art_5__item_2"], ["operation", "use", "投入"])

# --- construction content (details of the domains) ------------------------------------------------------------------
Q("zh", "domain_min", "基础级最少要覆盖哪个环节？", ["att_1__sec_1"], ["生产作业"])
Q("en", "domain_min",
  "Does the advanced level require R&D design to be covered?",
  ["att_2__sec_1"], ["production management", "operations management", "生产管理"])
Q("zh", "domain_detail", "先进级的工厂建设环节要做哪些仿真？", ["att_2__sec_1__item_1"], ["产线布局", "物流"])
Q("zh", "domain_detail", "基础级运营管理环节要管哪些业务？", ["att_1__sec_1__item_5"], ["采购", "财务"])
Q("en", "domain_detail",
  "At the advanced level, what does 'production operation' have to achieve?",
  ["att_2__sec_1__item_3"], ["early warning", "预警", "anomal"])
Q("en", "domain_detail",
  "Does the advanced level ask for digital management of safety, energy and environmental protection?",
  ["att_2__sec_1__item_4"], ["safety", "安全能源环保"])
Q("zh", "domain_detail", "先进级运营管理要不要做供应链数字化？", ["att_2__sec_1__item_5"], ["供应链"])
Q("en", "domain_detail",
  "What R&D design capabilities does the advanced level expect?",
  ["att_2__sec_1__item_2"], ["simulation", "仿真"])
Q("zh", "domain_detail", "基础级生产作业环节具体要做到什么？", ["att_1__sec_1__item_3"], ["实时监控", "自动化"])
Q("en", "domain_detail",
  "For the basic level, what does factory construction involve?",
  ["att_1__sec_1__item_1"], ["line", "workshop", "产线"])
Q("zh", "definition", "什么是先进级智能工厂？和基础级的定位有什么区别？", ["att_2__intro", "att_1__intro"], ["集成"])
Q("en", "definition",
  "How do the measures define a basic-level smart factory?",
  ["att_1__intro"], ["real-time", "实时", "point"])

# --- effectiveness, standards cited ---------------------------------------------------------------------------------
Q("zh", "effectiveness", "基础级的建设成效怎么才算达标？", ["att_1__sec_2"], ["平均", "数字化达标"])
Q("en", "effectiveness",
  "Where is the 数字化达标 standard for the basic level defined?",
  ["att_1__sec_2"], ["2024", "transformation"])
Q("zh", "standard_cited", "评估建设成效参考哪个团体标准？", ["att_1__sec_2", "att_2__sec_2"], ["CAMS"])
Q("en", "standard_cited",
  "Which evaluation method standard is cited for assessing effectiveness?",
  ["att_1__sec_2", "att_2__sec_2"], ["CAMS"])
Q("zh", "effectiveness", "先进级的指标要在本市同行业处于什么水平？", ["att_2__sec_2"], ["领先"])

# --- the KPI catalogue (annex 3) ------------------------------------------------------------------------------------
Q("zh", "kpi_catalogue", "附件3里“库存周转率提升”属于哪一类指标？", ["att_3__kpi_11", "att_3__cat_3"], ["生产运营效率"])
Q("zh", "kpi_catalogue", "附件3的可持续发展类指标有哪些？", ["att_3__cat_4"], ["水资源", "固废"])
Q("en", "kpi_catalogue",
  "Is the number of companies a solution was replicated to one of the annex-3 KPIs?",
  ["att_3__kpi_20", "att_3__cat_5"], ["20", "promot"])
Q("en", "kpi_catalogue", "Which annex-3 KPI measures carbon dioxide emissions?", ["att_3__kpi_17"], ["17", "CO"])
Q("zh", "kpi_catalogue", "附件3的价值效益类指标包括什么？", ["att_3__cat_2"], ["销售增长率", "研制周期"])
Q("en", "kpi_catalogue",
  "Is the key-equipment NC rate of annex 3 the same indicator as the key-process NC rate of annex 2-1?",
  ["att_3__kpi_1", "att_2-1"], ["key process", "关键工序", "not the same", "different"])

# --- revocation and renaming ----------------------------------------------------------------------------------------
Q("zh", "renaming", "公司改名了，智能工厂称号要怎么处理？", ["art_12"], ["更名"])
Q("en", "renaming",
  "We went through a reorganisation. Do we need to tell anyone about our smart-factory title?",
  ["art_12"], ["renam", "name", "更名"])
Q("zh", "revocation", "注册地迁出北京，称号还能保留吗？", ["art_12__item_4", "art_12"], ["撤销"])
Q("en", "revocation",
  "Which accident grade leads to the title being revoked after recognition?",
  ["art_12__item_3", "art_12"], ["major", "重大"])
Q("zh", "revocation", "申报时提供虚假材料被发现会怎样？", ["art_12__item_1", "art_12"], ["撤销"])
Q("en", "revocation",
  "Can a recognised company lose its title for being fined for other violations?",
  ["art_12__item_5", "art_12"], ["no longer", "conditions", "不再符合"])

# --- encouragement notes --------------------------------------------------------------------------------------------
Q("zh", "note", "办法对新模式新业态有什么鼓励？", ["att_1__note", "att_2__note"], ["未来制造"])

# --- out of scope ---------------------------------------------------------------------------------------------------
X("zh", "other_scheme", "北京市专精特新中小企业认定需要满足哪些条件？")
X("zh", "other_province", "上海市智能工厂认定今年的申报截止时间是什么时候？")
X("en", "registration", "How do I register a new manufacturing company in Beijing and get a business licence?")
X("zh", "tax", "高新技术企业的企业所得税优惠税率是多少？")
X("en", "money", "How much subsidy does Beijing pay to an advanced-level smart factory?")
X("zh", "other_scheme", "绿色工厂评价要求有哪些？怎么申报国家级绿色工厂？")
X("zh", "tax", "工业企业增值税留抵退税怎么申请？")
X("zh", "other_province", "天津市智能工厂梯度培育的奖励标准是多少？")
X("en", "other_province",
  "What accident grade disqualifies an applicant under Jiangsu's advanced-level smart factory rules?")
X("en", "other_scheme", "What are the requirements for ISO 9001 quality management certification?")
X("zh", "national", "国家卓越级智能工厂申报要求成熟度几级？")
X("zh", "other_scheme", "如何申请北京市企业技术中心认定？")
X("en", "labour", "What is the minimum wage for factory workers in Beijing?")
X("en", "other_scheme", "How do we apply to be listed as a smart-manufacturing system solution provider?")
X("en", "trade", "Do we need an export licence to ship CNC machine tools abroad?")
X("zh", "other_province", "广东省智能工厂认定对企业营收有没有门槛？")


def main() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "questions.json"), "w", encoding="utf-8") as fh:
        json.dump(QS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(len(QS), "questions written")


if __name__ == "__main__":
    main()
