# ruff: noqa: E501  (data: one question a line)
"""Held-out policy questions, written by hand from the measures (python bench/heldout/questions_src.py writes
questions.json). Each: q, lang, kind, gold (eIds, any of them in the top 3 counts), answer_any (acceptable forms
of the decisive fact, one must appear in the answer), optionally answer_all (every one must appear); out-of-scope
ones have out_of_scope true and no gold: the service should decline them (addressed false)."""
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


K = "kpi"
QUESTIONS = [
    # --- the KPI catalogue in everyday words (att_3) ---
    q("我们关键机床里数控设备的比例，算附件3里的哪个指标？", ["att_3__kpi_1"], ["关键设备数控化率"], K),
    q("What share of our key machines is CNC-controlled -- which KPI in annex 3 is that?", ["att_3__kpi_1"],
      ["numerical control", "NC rate", "CNC", "数控化率"], K),
    q("APC（先进过程控制）的投用比例属于哪个绩效指标？", ["att_3__kpi_2"], ["先进过程控制投用率"], K),
    q("Is the usage rate of advanced process control (APC) one of the key performance indicators?", ["att_3__kpi_2"],
      ["process control", "先进过程控制"], K),
    q("用了人工智能的场景占比，在关键绩效指标里叫什么？", ["att_3__kpi_3"], ["人工智能技术场景比例"], K),
    q("We use AI in several production scenarios. Which KPI measures the share of scenarios that use AI?",
      ["att_3__kpi_3"], ["artificial intelligence", "AI", "人工智能"], K),
    q("工厂里用了多少个AI决策模型，这个可以作为绩效指标吗？", ["att_3__kpi_4"], ["智能决策模型数量"], K),
    q("How many AI decision models our factory runs -- is that counted among the smart-factory KPIs?",
      ["att_3__kpi_4"], ["decision model", "决策模型"], K),
    q("新产品从立项到量产的开发周期缩短了，对应哪个指标？", ["att_3__kpi_5"], ["研制周期缩短"], K),
    q("Our time-to-market for new products got shorter. Which annex-3 KPI covers product development time?",
      ["att_3__kpi_5"], ["development cycle", "R&D cycle", "cycle", "研制周期"], K),
    q("销售额同比增长算不算智能工厂的关键绩效指标？属于哪一类？", ["att_3__kpi_6", "att_3__cat_2"], ["价值效益"], K),
    q("Is sales growth one of the smart-factory KPIs?", ["att_3__kpi_6"], ["sales growth", "销售增长率"], K),
    q("生产效率提高了，在附件3中对应哪一项？", ["att_3__kpi_7"], ["生产效率提升"], K),
    q("Which KPI captures better production efficiency?", ["att_3__kpi_7"], ["production efficiency", "生产效率"], K),
    q("原材料和能源等资源的综合利用率提升属于哪个指标？", ["att_3__kpi_8"], ["资源综合利用率"], K),
    q("次品率降低了，附件3里是第几个指标？", ["att_3__kpi_9"], ["不良率"], K),
    q("Our scrap and defect rates fell. Which KPI in the catalogue is that?", ["att_3__kpi_9", "att_2-1"],
      ["defect", "不良率"], K),
    q("OEE（设备综合效率）提升算哪个关键绩效指标？", ["att_3__kpi_10"], ["设备综合利用率"], K),
    q("We improved OEE by 8%. Which KPI in annex 3 does that correspond to?", ["att_3__kpi_10"],
      ["equipment utili", "overall equipment", "OEE", "设备综合利用率"], K),
    q("库存周转率提高了，可以作为建设成效的指标吗？", ["att_3__kpi_11"], ["库存周转率"], K),
    q("Does inventory turnover count as a smart-factory KPI?", ["att_3__kpi_11"], ["inventory", "库存周转率"], K),
    q("供应商按时交货的比例提高了，对应哪个指标？", ["att_3__kpi_12"], ["供应商准时交付率"], K),
    q("Which KPI measures our suppliers delivering on time?", ["att_3__kpi_12"], ["supplier", "供应商准时交付率"], K),
    q("我们给客户的订单准时交付率提高了，属于哪一类指标？", ["att_3__kpi_13", "att_3__cat_3"],
      ["生产运营效率", "订单准时交付率"], K),
    q("On-time delivery of customer orders went up. Is that a KPI here?", ["att_3__kpi_13"],
      ["on-time deliver", "order", "订单准时交付率"], K),
    q("运营成本降低了，属于哪个指标？", ["att_3__kpi_14"], ["运营成本下降"], K),
    q("全员劳动生产率提升是附件3的第几个指标？", ["att_3__kpi_15"], ["15"], K),
    q("Which KPI covers reducing the energy consumed per product?", ["att_3__kpi_16"],
      ["energy", "能耗"], K),
    q("每件产品的综合能耗下降，对应附件3哪一项？", ["att_3__kpi_16"], ["单位产品综合能耗"], K),
    q("我们的碳排放降低了，能算进智能工厂的绩效指标吗？", ["att_3__kpi_17"], ["二氧化碳"], K),
    q("Can our carbon emission cuts count as a smart-factory KPI?", ["att_3__kpi_17"],
      ["CO2", "CO₂", "carbon", "二氧化碳"], K),
    q("一般工业固体废物的回收利用率，是不是绩效指标？", ["att_3__kpi_18"], ["一般固废综合利用率"], K),
    q("We recycle most of our general solid waste. Which KPI is that?", ["att_3__kpi_18"],
      ["solid waste", "固废"], K),
    q("水循环利用率算哪一类指标？", ["att_3__kpi_19", "att_3__cat_4"], ["可持续发展"], K),
    q("Is water recycling one of the KPIs?", ["att_3__kpi_19"], ["water", "水资源重复利用率"], K),
    q("我们的解决方案推广到了上下游十几家企业，这个有对应的指标吗？", ["att_3__kpi_20"], ["复制推广"], K),
    q("Our manufacturing solution was copied by a dozen suppliers and customers. Is there a KPI for that?",
      ["att_3__kpi_20"], ["promot", "replicat", "upstream", "复制推广"], K),
    # --- benefits and obligations ---
    q("认定为基础级有什么用？", ["art_10"], ["数字化转型达标"], "benefit"),
    q("What do we get from being recognised at the basic level?", ["art_10"],
      ["digital transformation", "数字化转型达标"], "benefit"),
    q("基础级智能工厂经谁复核后视为数字化转型达标？", ["art_10"], ["区主管部门", "所在区", "区经济和信息化主管部门"], "benefit"),
    q("成了先进级之后还能往上推荐吗？", ["art_4"], ["卓越级"], "benefit"),
    q("Can an advanced-level factory be put forward for the national excellent level?", ["art_4"],
      ["excellent", "卓越级", "MIIT", "Ministry"], "benefit"),
    q("被认定为智能工厂以后，企业有什么义务？", ["art_9"], ["配合", "推广"], "obligation"),
    q("After recognition, are we expected to share our experience with others?", ["art_9"],
      ["experience", "cooperat", "推广"], "obligation"),
    q("认定之后由谁对我们进行指导和监督？", ["art_11"], ["市经济和信息化局"], "obligation"),
    q("Who supervises and guides recognised smart factories?", ["art_11"],
      ["Bureau", "bureau", "经济和信息化局"], "obligation"),
    q("We merged with another company after recognition and the company name changed. What must we do?", ["art_12"],
      ["renam", "name change", "更名"], "obligation"),
    # --- procedure ---
    q("基础级自评估结果要报送到哪里备案？", ["art_6", "art_4"], ["区主管部门", "区经济和信息化主管部门"], "procedure"),
    q("区里什么时候把基础级备案结果报给市经信局？", ["art_6"], ["15"], "procedure"),
    q("By what day of each quarter's third month do districts report basic-level filings to the city?", ["art_6"],
      ["15"], "procedure"),
    q("先进级认定申请向谁提出？", ["art_7"], ["区主管部门", "所在区", "区经济和信息化主管部门"], "procedure"),
    q("How is an advanced-level application reviewed?", ["art_8"], ["expert", "site", "专家"], "procedure"),
    q("先进级评审采用哪些方式？", ["art_8"], ["现场核查", "会议答辩", "专家评审"], "procedure"),
    q("Is there a public notice period before the advanced-level list is published?", ["art_8"],
      ["public", "公示"], "procedure"),
    q("基础级智能工厂由谁认定？需要评审吗？", ["art_4", "art_6"], ["自建自评", "自评"], "procedure"),
    q("Who grants the advanced-level title?", ["art_4", "art_8"], ["Bureau", "bureau", "经济和信息化局"], "procedure"),
    q("关键要素和申报材料的要求由谁发布和调整？", ["art_13"], ["市经济和信息化局"], "procedure"),
    q("Can the key elements required of a smart factory be changed later?", ["art_13"],
      ["adjust", "调整"], "procedure"),
    # --- dates ---
    q("这个办法什么时候到期？", ["art_14"], ["2026年12月31日", "2026-12-31", "2026 年 12 月 31 日"], "date"),
    q("When do the Beijing smart-factory measures expire?", ["art_14"],
      ["2026-12-31", "31 December 2026", "December 31, 2026", "2026年12月31日"], "date"),
    q("When were the measures issued?", ["notice", "art_14"],
      ["2025-04-29", "29 April 2025", "April 29, 2025", "2025年4月29日"], "date"),
    q("办法从哪天开始执行？", ["art_14", "notice"], ["发布之日", "2025年4月29日", "2025-04-29"], "date"),
    q("Which earlier measures do these replace?", ["art_14"], ["数字化车间", "Digital Workshop", "digital workshop"],
      "date"),
    q("智能工厂认定管理办法的文号是什么？", ["notice"], ["22号"], "date"),
    q("In June, by which day must a district report its basic-level filings to the city bureau?", ["art_6"],
      ["15"], "date"),
    # --- thresholds per industry row, in everyday words ---
    q("我们是做家具的，先进级关键工序数控化率要多少？", ["att_2-1__row_1"], ["65%"], "threshold"),
    q("服装企业申报先进级，人均劳动生产率要提升多少？", ["att_2-1__row_1"], ["10%"], "threshold"),
    q("疫苗企业先进级的生产设备联网率要求是多少？", ["att_2-1__row_2"], ["70%"], "threshold"),
    q("制药厂先进级产品不良率要下降多少？", ["att_2-1__row_2"], ["5%"], "threshold"),
    q("手机制造商先进级单位产值能耗要降低多少？", ["att_2-1__row_3"], ["7%"], "threshold"),
    q("We make printed circuit boards. What key-process NC rate does the advanced level require?",
      ["att_2-1__row_3"], ["80%"], "threshold"),
    q("汽车零部件企业先进级联网率的门槛是多少？", ["att_2-1__row_4"], ["65%"], "threshold"),
    q("We build railway rolling stock. What defect-rate reduction does the advanced level ask of us?",
      ["att_2-1__row_4"], ["5%"], "threshold"),
    q("Instrument maker: what labour productivity gain is needed for advanced?", ["att_2-1__row_4"], ["8%"],
      "threshold"),
    q("玻璃厂申报先进级，单位产值能耗要降低多少？", ["att_2-1__row_5"], ["10%"], "threshold"),
    q("Oil refinery: what equipment networking rate is required for the advanced level?", ["att_2-1__row_5"],
      ["75%"], "threshold"),
    q("We make tyres. What defect-rate reduction is needed for advanced?", ["att_2-1__row_5"], ["2%"], "threshold"),
    q("Soft-drink maker: how much must energy per unit of output value fall for the advanced level?",
      ["att_2-1__row_1"], ["4%"], "threshold"),
    q("铜冶炼企业先进级关键工序数控化率要求多少？", ["att_2-1__row_5"], ["75%"], "threshold"),
    q("五金制品企业先进级生产设备联网率要达到多少？", ["att_2-1__row_4"], ["65%"], "threshold"),
    q("We make sporting goods. What equipment networking rate does the advanced level require?",
      ["att_2-1__row_4"], ["65%"], "threshold"),
    q("废旧金属回收利用企业先进级数控化率要多少？", ["att_2-1__row_4"], ["70%"], "threshold"),
    q("Shoe factory: what labour productivity gain does the advanced level require?", ["att_2-1__row_1"], ["10%"],
      "threshold"),
    # --- comparisons and thresholds across rows ---
    q("基础级和先进级在建设内容上至少要覆盖的环节有什么不同？", ["att_1__sec_1", "att_2__sec_1"],
      ["生产管理"], "comparison", answer_all=["生产作业", "运营管理"]),
    q("Is the maturity level asked of the basic level different from the advanced level?", ["art_5__item_7"],
      ["2", "二级"], "comparison"),
    q("先进级五项指标要满足几项？", ["att_2__sec_2"], ["3"], "comparison"),
    q("How many of the five indicators must an advanced-level factory meet?", ["att_2__sec_2"], ["3", "three"],
      "comparison"),
    q("Does the basic level have numeric indicator thresholds like the advanced level?", ["att_1__sec_2"],
      ["average", "平均"], "comparison"),
    q("哪个行业的关键工序数控化率门槛最高？", ["att_2-1", "att_2-1__row_2", "att_2-1__row_3"], ["80%"], "comparison"),
    q("Which industry group has the lowest equipment networking threshold?", ["att_2-1", "att_2-1__row_1"], ["55%"],
      "comparison"),
    q("电子信息产业和生物医药产业的单位产值能耗降低要求分别是多少？", ["att_2-1__row_3", "att_2-1__row_2"], ["7%"],
      "comparison", answer_all=["7%", "4%"]),
    q("申请条件里不能发生的事故是较大级还是重大级以上？", ["art_5__item_3"], ["较大"], "comparison"),
    q("What accident grade leads to the title being revoked?", ["art_12__item_3", "art_12"], ["major", "重大"],
      "comparison"),
    # --- conditions in everyday words ---
    q("公司要多大规模才能申报智能工厂？", ["art_5__item_1"], ["规模以上"], "condition"),
    q("Do we need to be an independent legal entity to apply?", ["art_5__item_1"],
      ["independent legal", "独立法人"], "condition"),
    q("申报智能工厂需要有专门的人才队伍吗？", ["art_5__item_6"], ["人才"], "condition"),
    q("What is required about cyber and data security?", ["art_5__item_5"], ["controllable", "可控"], "condition"),
    q("基础级在生产作业方面具体要做到什么？", ["att_1__sec_1__item_3"], ["自动化", "实时监控"], "condition"),
    q("先进级在生产作业方面有什么要求？", ["att_2__sec_1__item_3"], ["异常预警", "精准控制", "在线分析"], "condition"),
    q("What does advanced-level operations management involve?", ["att_2__sec_1__item_5"],
      ["supply chain", "cost", "供应链"], "condition"),
    q("基础级工厂建设要做哪些事？", ["att_1__sec_1__item_1"], ["产线级", "车间级"], "condition"),
    q("Does the advanced level require simulating the production line layout?", ["att_2__sec_1__item_1"],
      ["simulat", "仿真"], "condition"),
    q("基础级运营管理要管哪些业务？", ["att_1__sec_1__item_5"], ["采购", "财务"], "condition"),
    q("Our MES manages work plans, quality and materials. Which basic-level construction domain is that?",
      ["att_1__sec_1__item_4"], ["production management", "生产管理"], "condition"),
    q("先进级要求的供应链数字化管理属于哪个环节？", ["att_2__sec_1__item_5"], ["运营管理"], "condition"),
    q("评估建设成效可以参考哪个团体标准？", ["att_1__sec_2", "att_2__sec_2"], ["T/CAMS"], "condition"),
    q("先进级智能工厂在同行业里要起到什么作用？", ["att_2__sec_2"], ["引领带动"], "condition"),

    # --- out of scope: share words with the measures, but the measures do not govern them ---
    oos("How do I register a new company in Beijing?", "company registration"),
    oos("申报高新技术企业需要什么条件？", "another scheme (high-tech enterprise)"),
    oos("上海市智能工厂的申报截止时间是什么时候？", "another province's dates"),
    oos("江苏省先进级智能工厂什么时候开始申报？", "another province's dates"),
    oos("智能工厂可以享受哪些税收优惠？", "tax"),
    oos("Can we get a VAT refund on the equipment we bought for our smart factory?", "tax rebate"),
    oos("研发费用加计扣除的比例是多少？", "tax"),
    oos("北京对基础级智能工厂补贴多少钱？", "no subsidies in the measures"),
    oos("专精特新中小企业怎么认定？", "another scheme"),
    oos("What are the conditions for a national lighthouse-level (领航级) smart factory?", "national scheme level"),
    oos("绿色工厂的评价标准是什么？", "another scheme"),
    oos("How do we get ISO 9001 certification for our factory?", "certification"),
    oos("新建工厂的环评审批需要多长时间？", "environmental impact assessment procedure"),
    oos("How can our smart-manufacturing engineers get a Beijing hukou?", "residence permits"),
    oos("How do we apply for MIIT's list of 5G factories?", "another list"),
    oos("天津市智能工厂认定办法的有效期到什么时候？", "another province's measures"),
    oos("申请北京市企业技术中心需要什么条件？", "another scheme"),
    oos("How do we obtain a work-safety production licence in Beijing?", "licensing"),
    oos("工业互联网标识解析二级节点怎么注册？", "industrial internet identifiers"),
    oos("Which banks offer loans for building a smart factory?", "finance"),
    oos("广东省智能制造示范工厂奖励多少钱？", "another province"),
    oos("首台套重大技术装备保险补偿怎么申请？", "another policy"),
    oos("公司注销需要办理哪些手续？", "company deregistration procedure"),
    oos("What is the corporate income tax rate for high-tech enterprises?", "tax"),
]

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "questions.json"), "w", encoding="utf-8") as fh:
        json.dump(QUESTIONS, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(QUESTIONS), Counter((x["lang"], x.get("out_of_scope", False)) for x in QUESTIONS))
    print(Counter(x["kind"] for x in QUESTIONS))
