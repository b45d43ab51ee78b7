# ruff: noqa: E501 (the questions are kept whole on their lines)
"""Writes questions.json: policy questions with the eIds that answer them (`gold`, any one in the top 3 counts) and
the decisive fact (`answer_any`: one of these words must be in the answer; `answer_all`: all of them), plus
out-of-scope questions that must be declined. Written from the measures, the contract and the reference only.

    python3 bench/heldout9/gen_questions.py
"""
from __future__ import annotations

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
D1231 = ["2026年12月31日", "2026 年 12 月 31 日", "2026-12-31"]
D1231_EN = ["2026-12-31", "31 December 2026", "December 31, 2026", "31 Dec 2026", "Dec 31, 2026"]


def Q(lang, kind, q, gold, any_=None, all_=None):
    x = {"lang": lang, "kind": kind, "q": q, "gold": gold}
    if any_:
        x["answer_any"] = any_
    if all_:
        x["answer_all"] = all_
    return x


def OUT(lang, q, why):
    return {"lang": lang, "kind": "out_of_scope", "q": q, "out_of_scope": True, "why": why}


ZH = [
    Q("zh", "procedure", "基础级智能工厂是怎么认定的？要谁来评？", ["art_4", "art_6"], ["自建自评", "自评"]),
    Q("zh", "procedure", "想评先进级，材料先交给区里还是直接交市经信局？", ["art_7", "art_8"], ["区主管部门", "所在区"]),
    Q("zh", "procedure", "先进级评审都有哪些环节？专家会来厂里现场看吗？", ["art_8"], ["现场核查"]),
    Q("zh", "procedure", "先进级名单正式公布之前要不要先公示一下？", ["art_8"], ["公示"]),
    Q("zh", "procedure", "基础级自评做完以后，结果报给哪个部门备案？", ["art_6", "art_4"], ["区主管部门", "区经济和信息化"]),
    Q("zh", "procedure", "评上北京先进级以后，还能往上冲国家的卓越级吗？", ["art_4"], ["卓越级"]),
    Q("zh", "timing", "区里一般什么时候把基础级备案结果汇总报给市经信局？", ["art_6"], ["15日", "15 日", "第三个月"]),
    Q("zh", "timing", "我们6月上旬在区里完成了基础级备案，区里最晚哪天要把结果报到市里？", ["art_6"],
      ["6月15日", "15日", "15 日"]),
    Q("zh", "timing", "第四季度的基础级备案结果，区里得在几号之前报市经信局？", ["art_6"], ["12月15日", "15日", "15 日"]),
    Q("zh", "validity", "这个智能工厂认定办法管到什么时候？", ["art_14"], D1231),
    Q("zh", "validity", "以前那个《数字化车间与智能工厂认定管理办法》现在还算数吗？", ["art_14"], ["废止"]),
    Q("zh", "validity", "办法是哪天开始执行的？", ["art_14", "notice"], ["发布之日", "2025年4月29日", "2025-04-29"]),
    Q("zh", "validity", "要是明年二月才准备好材料，还能按这个办法申报吗？", ["art_14"], D1231),
    Q("zh", "conditions", "申报企业一定得是规上工业企业吗？", ["art_5__item_1"], ["规模以上", "规上"]),
    Q("zh", "conditions", "公司注册在河北、工厂在北京，能申报北京的智能工厂吗？", ["art_5__item_1"], ["北京市内注册", "北京市内"]),
    Q("zh", "conditions", "三年内出过一次较大安全事故，还能申报吗？", ["art_5__item_3"], ["较大"]),
    Q("zh", "conditions", "智能制造能力成熟度最低要几级？", ["art_5__item_7"], ["二级", "2级", "二 级"]),
    Q("zh", "conditions", "工厂还在装修调试，没正式投产，能先报吗？", ["art_5__item_2"], ["投入正常使用", "建成"]),
    Q("zh", "conditions", "我们用的是国外的MES和PLC，会不会影响申报？", ["art_5__item_5"], ["安全可控"]),
    Q("zh", "conditions", "对智能制造专业人才有没有要求？", ["art_5__item_6"], ["专业人才", "人才"]),
    Q("zh", "conditions", "基础级建设内容至少要覆盖哪个环节？", ["att_1__sec_1"], ["生产作业"]),
    Q("zh", "conditions", "先进级必须覆盖哪几个环节？", ["att_2__sec_1"], None, ["生产作业", "生产管理", "运营管理"]),
    Q("zh", "conditions", "基础级的建设成效要达到什么程度才行？", ["att_1__sec_2"], ["平均水平", "数字化达标"]),
    Q("zh", "conditions", "还没评基础级，可以直接申请先进级吗？", ["art_7"], ["基础级"]),
    Q("zh", "conditions", "对企业的主导产品有什么要求？", ["art_5__item_4"], ["产业政策"]),
    Q("zh", "conditions", "企业有过不良信用记录还能申请吗？", ["art_5__item_3"], ["不良信用"]),
    Q("zh", "thresholds", "我们是做酸奶的，先进级关键工序数控化率要到多少？", ["att_2-1__row_1"], ["65"]),
    Q("zh", "thresholds", "疫苗企业的生产设备联网率门槛是多少？", ["att_2-1__row_2"], ["70"]),
    Q("zh", "thresholds", "做笔记本电脑的，单位产值能耗要降低多少才达标？", ["att_2-1__row_3"], ["7"]),
    Q("zh", "thresholds", "做挖掘机的，产品不良率下降要达到多少？", ["att_2-1__row_4"], ["5"]),
    Q("zh", "thresholds", "钢厂的人均劳动生产率要提升多少？", ["att_2-1__row_5"], ["10"]),
    Q("zh", "thresholds", "玻璃厂先进级的生产设备联网率要多少？", ["att_2-1__row_5"], ["75"]),
    Q("zh", "thresholds", "做沙发床垫的，先进级五项指标的门槛分别是多少？", ["att_2-1__row_1"], None, ["65", "55"]),
    Q("zh", "thresholds", "做电线电缆的，先进级关键工序数控化率要求多少？", ["att_2-1__row_4"], ["70"]),
    Q("zh", "thresholds", "先进级那五项技术经济指标要满足几项？", ["att_2__sec_2"], ["3", "三"]),
    Q("zh", "thresholds", "做羽绒加工（洗毛、分毛）的，先进级按哪一档指标？", ["att_2-1__row_1"], ["都市"]),
    Q("zh", "thresholds", "化妆品厂的先进级指标按哪个产业算？", ["att_2-1__row_5"], ["原材料"]),
    Q("zh", "thresholds", "做心脏支架这种医疗器械的，是按生物医药还是装备仪器的标准？", ["att_2-1__row_4"], ["装备仪器"]),
    Q("zh", "kpi", "附件3里的一般固废综合利用率属于哪一类指标？", ["att_3__kpi_18", "att_3__cat_4"], ["可持续发展"]),
    Q("zh", "kpi", "订单准时交付率在绩效指标参考里算哪一类？", ["att_3__kpi_13", "att_3__cat_3"], ["生产运营效率"]),
    Q("zh", "kpi", "智能工厂建设关键绩效指标参考一共列了多少个指标？", ["att_3"], ["20"]),
    Q("zh", "kpi", "用了AI的场景占比，算不算关键绩效指标？", ["att_3__kpi_3"], ["人工智能"]),
    Q("zh", "kpi", "把我们的模式推广给上下游多少家企业，这个有对应的指标吗？", ["att_3__kpi_20", "att_3__cat_5"],
      ["推广应用", "复制推广"]),
    Q("zh", "kpi", "碳排放降下来了，能算建设成效的指标吗？", ["att_3__kpi_17"], ["二氧化碳", "CO"]),
    Q("zh", "kpi", "水循环用得多，有没有对应的绩效指标？", ["att_3__kpi_19"], ["水资源重复利用率"]),
    Q("zh", "benefits", "评上基础级对企业有什么用？", ["art_10"], ["数字化转型达标"]),
    Q("zh", "benefits", "基础级要经过谁复核才算数字化转型达标？", ["art_10"], ["区主管部门", "所在区"]),
    Q("zh", "obligations", "认定以后企业要配合做哪些事？", ["art_9"], ["推广", "配合"]),
    Q("zh", "obligations", "公司重组后改了名字，智能工厂称号要办什么手续？", ["art_12"], ["更名"]),
    Q("zh", "obligations", "认定之后市经信局还会管我们吗？", ["art_11"], ["监督", "指导"]),
    Q("zh", "revocation", "什么情况下智能工厂称号会被撤销？", ["art_12"], ["撤销"]),
    Q("zh", "revocation", "公司注册地迁到外省，称号会怎样？", ["art_12__item_4"], ["撤销"]),
    Q("zh", "revocation", "申报时数据造假，后果是什么？", ["art_12__item_1"], ["撤销"]),
    Q("zh", "revocation", "出了重大质量事故，称号还保得住吗？", ["art_12__item_3"], ["撤销"]),
    Q("zh", "counts", "北京的智能工厂一共分几个级别？", ["art_2"], ["两", "2", "基础级"]),
    Q("zh", "counts", "第五条申请条件一共有几项？", ["art_5"], ["八", "8"]),
    Q("zh", "counts", "先进级指标参考表把行业分成了几组？", ["att_2-1"], ["5", "五"]),
    Q("zh", "authority", "这个办法最终由哪个部门解释？", ["art_15"], ["市经济和信息化局"]),
    Q("zh", "authority", "关键要素和申报材料的要求由谁发布、调整？", ["art_13"], ["市经济和信息化局"]),
    Q("zh", "definition", "这个办法的发文字号是多少？", ["notice"], ["22号"]),
    Q("zh", "definition", "先进级智能工厂是个什么水平的工厂？", ["att_2__intro"], ["集成"]),
    Q("zh", "comparison", "国家的智能工厂梯度培育分几级？北京这个办法管哪几级？", ["art_4", "art_2"], ["领航级", "卓越级"]),
    Q("zh", "comparison", "卓越级是北京市评还是国家评？", ["art_4"], ["工业和信息化部", "推荐"]),
    Q("zh", "comparison", "江苏的先进级对事故等级的要求和北京比有什么不同？", ["art_5__item_3"], ["重大", "较大"]),
    Q("zh", "comparison", "北京这个办法是落实国家哪个文件的？", ["art_1"], ["梯度培育"]),
]
ZH_OUT = [
    OUT("zh", "上海市的智能工厂怎么申报？要准备哪些材料？", "another province's scheme"),
    OUT("zh", "高新技术企业认定需要满足哪些条件？", "another scheme"),
    OUT("zh", "专精特新“小巨人”今年的申报截止时间是哪天？", "another scheme"),
    OUT("zh", "研发费用加计扣除的比例现在是多少？", "taxes"),
    OUT("zh", "在北京注册一家有限公司最低要多少注册资本？", "company registration"),
    OUT("zh", "评上先进级智能工厂，市里给多少奖励资金？", "the measures state no funding"),
    OUT("zh", "北京积分落户的积分怎么算？", "unrelated"),
    OUT("zh", "国家级绿色工厂的评价标准是什么？", "another scheme"),
]
EN = [
    Q("en", "procedure", "How does a company get the basic level - who actually assesses it?", ["art_4", "art_6"],
      ["self", "district"]),
    Q("en", "procedure", "Where do we hand in an advanced-level application?", ["art_7"], ["district"]),
    Q("en", "procedure", "What happens during the advanced-level review? Will experts visit the plant?", ["art_8"],
      ["on-site", "site", "defen"]),
    Q("en", "procedure", "Is there a public notice period before the advanced-level list is published?", ["art_8"],
      ["public"]),
    Q("en", "procedure", "Can an advanced-level factory be put forward for the national excellent level?", ["art_4"],
      ["excellent", "卓越"]),
    Q("en", "timing", "By what date must districts send the city bureau the basic-level filings of the third quarter?",
      ["art_6"], ["15 September", "September 15", "15th", "15"]),
    Q("en", "timing", "How often do the districts report basic-level filings to the city?", ["art_6"], ["quarter"]),
    Q("en", "validity", "When do the Beijing smart-factory measures expire?", ["art_14"], D1231_EN),
    Q("en", "validity", "Are the old Beijing digital workshop and smart factory measures still valid?", ["art_14"],
      ["repeal", "abolish", "replac"]),
    Q("en", "validity", "We plan to apply in March 2027 - will these measures still apply then?", ["art_14"], D1231_EN),
    Q("en", "conditions", "Must the applicant be an independent legal person?", ["art_5__item_1"], ["independent"]),
    Q("en", "conditions", "Do we have to be an industrial enterprise above designated size?", ["art_5__item_1"],
      ["designated size", "规模以上"]),
    Q("en", "conditions", "How many years back do they look at accidents and violations?", ["art_5__item_3"],
      ["three", "3"]),
    Q("en", "conditions", "Which accident grade disqualifies an applicant?", ["art_5__item_3"], ["larger", "较大"]),
    Q("en", "conditions", "What GB/T 39116 maturity level is required for the basic level?", ["art_5__item_7"],
      ["2", "two"]),
    Q("en", "conditions", "Does the factory already have to be in operation when we apply?", ["art_5__item_2"],
      ["operation", "normal use"]),
    Q("en", "conditions", "Do we need a dedicated organisation for planning and running the smart factory?",
      ["art_5__item_6"], ["organi"]),
    Q("en", "conditions", "Which construction area must a basic-level factory cover at minimum?", ["att_1__sec_1"],
      ["production operation"]),
    Q("en", "conditions", "Which construction areas must an advanced-level factory cover?", ["att_2__sec_1"], None,
      ["production oper", "production manag", "operations manag"]),
    Q("en", "conditions", "What results must a basic-level factory show?", ["att_1__sec_2"], ["average", "digital"]),
    Q("en", "conditions", "Do we need the basic-level filing before applying for the advanced level?", ["art_7"],
      ["basic"]),
    Q("en", "conditions", "Is the security of our industrial software and equipment a condition?", ["art_5__item_5"],
      ["secure", "controllab"]),
    Q("en", "thresholds", "We brew beer. What key-process NC rate do we need for the advanced level?",
      ["att_2-1__row_1"], ["65"]),
    Q("en", "thresholds", "Generic drug maker: what equipment networking rate is the threshold?", ["att_2-1__row_2"],
      ["70"]),
    Q("en", "thresholds", "Smartphone maker: what defect-rate reduction do we need?", ["att_2-1__row_3"], ["4"]),
    Q("en", "thresholds", "Car maker: how much must energy per unit of output value fall?", ["att_2-1__row_4"], ["5"]),
    Q("en", "thresholds", "Chemical fibre plant: what labour productivity gain is needed?", ["att_2-1__row_5"], ["10"]),
    Q("en", "thresholds", "We make tyres. What networking rate do we need for advanced?", ["att_2-1__row_5"], ["75"]),
    Q("en", "thresholds", "We make guitars and drums. What's our key-process NC threshold?", ["att_2-1__row_4"],
      ["70"]),
    Q("en", "thresholds", "How many of the five indicators must reach their thresholds?", ["att_2__sec_2"],
      ["3", "three"]),
    Q("en", "thresholds", "We recycle scrap metal. What defect-rate reduction is required for advanced?",
      ["att_2-1__row_4"], ["5"]),
    Q("en", "thresholds", "A paper mill: what energy-per-output-value reduction is the threshold?", ["att_2-1__row_1"],
      ["4"]),
    Q("en", "kpi", "Is inventory turnover one of the reference KPIs?", ["att_3__kpi_11"], ["inventory"]),
    Q("en", "kpi", "Which category is the water reuse rate in?", ["att_3__kpi_19", "att_3__cat_4"], ["sustainab"]),
    Q("en", "kpi", "How many KPI categories does annex 3 have?", ["att_3"], ["5", "five"]),
    Q("en", "kpi", "Does the number of AI decision models in the plant count as a KPI?", ["att_3__kpi_4"],
      ["decision"]),
    Q("en", "kpi", "Is improvement in equipment utilisation (OEE) a KPI?", ["att_3__kpi_10"], ["utili"]),
    Q("en", "kpi", "Is a shorter product development cycle one of the KPIs?", ["att_3__kpi_5"], ["cycle"]),
    Q("en", "benefits", "What does the basic-level title get us?", ["art_10"], ["digital transformation"]),
    Q("en", "benefits", "Who has to review a basic-level factory before it counts as digital-transformation "
      "compliant?", ["art_10"], ["district"]),
    Q("en", "obligations", "After recognition, what are we expected to do?", ["art_9"], ["cooperat", "experience"]),
    Q("en", "obligations", "We renamed the company after a merger. What must we do about the title?", ["art_12"],
      ["rename", "name change", "change of name", "change its name", "renaming"]),
    Q("en", "revocation", "On what grounds can the title be withdrawn?", ["art_12"], ["revok"]),
    Q("en", "revocation", "If we re-register the company in Hebei, do we lose the title?", ["art_12__item_4"],
      ["revok"]),
    Q("en", "revocation", "Does a major safety accident lead to losing the title?", ["art_12__item_3"], ["revok"]),
    Q("en", "revocation", "What if the company is liquidated?", ["art_12__item_2"], ["revok"]),
    Q("en", "counts", "How many levels do the Beijing measures recognise?", ["art_2"], ["two", "2"]),
    Q("en", "authority", "Who interprets the measures?", ["art_15"], ["bureau"]),
    Q("en", "definition", "What is a basic-level smart factory?", ["att_1__intro"], ["digital"]),
    Q("en", "counts", "How many industry groups are in the threshold table?", ["att_2-1"], ["5", "five"]),
    Q("en", "comparison", "Beijing asks maturity level 2; what does the national excellent level ask?",
      ["art_5__item_7", "art_4"], ["3", "three"]),
    Q("en", "comparison", "Who recognises the advanced level - the city bureau in Beijing, and who nationally?",
      ["art_4", "art_8"], ["provinc"]),
    Q("en", "comparison", "Jiangsu excludes only major accidents. What grade does Beijing exclude?", ["art_5__item_3"],
      ["larger", "较大"]),
    Q("en", "comparison", "Which national action plan do the Beijing measures implement?", ["art_1"],
      ["gradient", "梯度", "tiered"]),
]
EN_OUT = [
    OUT("en", "How do I apply for Shanghai's smart factory recognition?", "another province"),
    OUT("en", "What is the corporate income tax rate for high-tech enterprises?", "taxes"),
    OUT("en", "How do I register a wholly foreign-owned enterprise in Beijing?", "company registration"),
    OUT("en", "What subsidies does Shenzhen give for smart factories?", "another city"),
    OUT("en", "What are the criteria for the national green factory list?", "another scheme"),
    OUT("en", "How much funding does an advanced-level smart factory receive in Beijing?",
      "the measures state no funding"),
    OUT("en", "How do I get a Beijing hukou through the points system?", "unrelated"),
    OUT("en", "What is the application deadline for this year's national excellent-level smart factories?",
      "not stated in the measures or the reference"),
]


def main() -> None:
    out = []
    for i, x in enumerate(ZH + ZH_OUT + EN + EN_OUT):
        out.append({"id": f"h9-q{i + 1:03d}", **x})
    with open(os.path.join(HERE, "questions.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"questions.json: {len(out)}")


if __name__ == "__main__":
    main()
