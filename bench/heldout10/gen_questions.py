"""Writes questions.json: policy questions (no facts of the asker's case) with the eIds that answer them (gold: any
of them in the top 3 counts) and the decisive fact the answer must carry (answer_any: one of the forms; answer_all:
every one), plus out-of-scope questions that share words with the measures."""
from __future__ import annotations

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

END = ["2026年12月31日", "2026-12-31", "2026 年 12 月 31 日", "31 December 2026", "December 31, 2026"]
PUB = ["2025年4月29日", "2025-04-29", "29 April 2025", "April 29, 2025"]
REVOKE = ["撤销", "revok"]


def Q(q, kind, gold, any_=None, all_=None):
    x = {"q": q, "kind": kind, "gold": gold}
    if any_:
        x["answer_any"] = any_
    if all_:
        x["answer_all"] = all_
    return x


def OOS(q):
    return {"q": q, "kind": "out_of_scope", "gold": [], "out_of_scope": True}


ZH = [
    # procedure
    Q("基础级智能工厂是怎么认定的？要去哪里备案？", "procedure", ["art_4", "art_6"], ["备案"]),
    Q("先进级要走哪些流程？会不会有专家来厂里现场看？", "procedure", ["art_8"], ["现场核查", "专家"]),
    Q("想申报先进级，材料交给谁？直接交市经信局吗？", "procedure", ["art_7", "art_4"], ["区主管部门", "所在区"]),
    Q("先进级评审通过后还要公示吗，公示完才公布名单？", "procedure", ["art_8"], ["公示"]),
    Q("基础级是企业自己评还是请专家评？", "procedure", ["art_4", "art_6"], ["自建自评", "自评"]),
    Q("没评上基础级，能不能直接去报先进级？", "procedure", ["art_7"], ["备案"]),
    # timing
    Q("区里每个季度什么时候把备案结果报给市里？", "timing", ["art_6"], ["15日", "15 日", "第三个月"]),
    Q("我们6月20号在区里备的案，区里最晚什么时候报到市经信局？", "timing", ["art_6"], ["15日", "15 日"]),
    # validity
    Q("这个认定管理办法什么时候到期？", "validity", ["art_14"], END),
    Q("办法是从哪天开始执行的？", "validity", ["art_14", "notice"], ["发布之日", *PUB]),
    Q("以前那个《北京市数字化车间与智能工厂认定管理办法》现在还管用吗？", "validity", ["art_14"], ["废止"]),
    # conditions
    Q("申报主体一定得是规上企业吗？", "conditions", ["art_5__item_1"], ["规模以上"]),
    Q("我们是分公司，没有独立法人资格，能申请吗？", "conditions", ["art_5__item_1"], ["独立法人"]),
    Q("出过一般安全事故还能申报吗？", "conditions", ["art_5__item_3"], ["较大"]),
    Q("安全环保事故要看最近几年的记录？", "conditions", ["art_5__item_3"], ["三年", "3年"]),
    Q("智能制造能力成熟度要达到几级才能报基础级？", "conditions", ["art_5__item_7"], ["二级", "2级"]),
    Q("先进级对成熟度的要求是不是比基础级高？", "conditions", ["art_5__item_7"], ["二级", "2级"]),
    Q("基础级的建设内容至少要覆盖哪个环节？", "conditions", ["att_1__sec_1", "art_5__item_8"], ["生产作业"]),
    Q("先进级建设内容最少要覆盖几个环节，哪几个？", "conditions", ["att_2__sec_1", "art_5__item_8"],
      all_=["生产作业", "生产管理", "运营管理"]),
    Q("基础级的建设成效怎么评，要高于什么水平？", "conditions", ["att_1__sec_2"], ["平均水平", "数字化达标"]),
    Q("工业软件用国外的有影响吗？有什么安全方面的要求？", "conditions", ["art_5__item_5"], ["安全可控"]),
    Q("对智能制造人才队伍有要求吗？", "conditions", ["art_5__item_6"], ["人才"]),
    Q("主导产品方面有什么要求？", "conditions", ["art_5__item_4"], ["产业政策"]),
    Q("工厂还没投产能报吗？", "conditions", ["art_5__item_2"], ["投入正常使用", "建成"]),
    Q("先进级那五个技术经济指标要满足几个？", "conditions", ["att_2__sec_2"], ["3个", "三个", "3 个"]),
    # thresholds by product
    Q("做药的企业，先进级关键工序数控化率要多少？", "thresholds", ["att_2-1__row_2", "att_2-1"], ["80%"]),
    Q("我们做手机，先进级单位产值能耗要降低多少？", "thresholds", ["att_2-1__row_3", "att_2-1"], ["7%"]),
    Q("钢铁企业先进级的产品不良率下降要求是多少？", "thresholds", ["att_2-1__row_5", "att_2-1"], ["2%"]),
    Q("服装厂的生产设备联网率标准是多少？", "thresholds", ["att_2-1__row_1", "att_2-1"], ["55%"]),
    Q("汽车零部件企业人均劳动生产率提升要达到多少？", "thresholds", ["att_2-1__row_4", "att_2-1"], ["8%"]),
    Q("做水泥的，设备联网率要多少才够先进级？", "thresholds", ["att_2-1__row_5", "att_2-1"], ["75%"]),
    Q("食品企业的关键工序数控化率门槛是多少？", "thresholds", ["att_2-1__row_1", "att_2-1"], ["65%"]),
    Q("仪器仪表企业单位产值能耗降低多少算达标？", "thresholds", ["att_2-1__row_4", "att_2-1"], ["5%"]),
    Q("涂料化工企业人均劳动生产率提升要求是多少？", "thresholds", ["att_2-1__row_5", "att_2-1"], ["10%"]),
    Q("医疗器械企业在参考表里算哪个行业？数控化率要多少？", "thresholds", ["att_2-1__row_4", "att_2-1"],
      ["70%"]),
    Q("做锂电池的企业，先进级指标看哪一行？", "thresholds", ["att_2-1__row_4", "att_2-1"], ["装备仪器", "70%"]),
    # KPIs in everyday words
    Q("附件3里可持续发展方面的指标有哪些？", "kpi", ["att_3__cat_4"], ["综合能耗", "水资源重复利用率"]),
    Q("库存周转算不算智能工厂的绩效指标？", "kpi", ["att_3__kpi_11", "att_3__cat_3"], ["库存周转率"]),
    Q("附件3一共列了多少个关键绩效指标？", "kpi", ["att_3"], ["20"]),
    Q("碳排放在绩效指标里怎么体现？", "kpi", ["att_3__kpi_17", "att_3__cat_4"], ["二氧化碳", "CO"]),
    Q("推广应用类指标指的是什么？", "kpi", ["att_3__cat_5", "att_3__kpi_20"], ["复制推广"]),
    Q("工厂里用了几个智能决策模型，这也算指标吗？", "kpi", ["att_3__kpi_4", "att_3__cat_1"], ["智能决策模型"]),
    # benefits
    Q("评上基础级智能工厂有什么好处？", "benefits", ["art_10"], ["数字化转型达标"]),
    Q("先进级企业有机会往国家级推荐吗？", "benefits", ["art_4"], ["卓越级"]),
    # obligations
    Q("认定以后企业要配合做些什么？", "obligations", ["art_9"], ["推广建设经验", "配合"]),
    Q("公司重组后改名了，称号这边要怎么办？", "obligations", ["art_12"], ["更名"]),
    Q("认定之后谁来监督我们？", "obligations", ["art_11"], ["监督"]),
    # revocation
    Q("什么情况下智能工厂称号会被撤销？", "revocation", ["art_12"], REVOKE),
    Q("公司注册地搬到河北去，称号还在吗？", "revocation", ["art_12__item_4"], REVOKE),
    Q("出了重大质量事故会被摘牌吗？", "revocation", ["art_12__item_3"], REVOKE),
    Q("申报时提供虚假材料会有什么后果？", "revocation", ["art_12__item_1"], REVOKE),
    # counts
    Q("北京认定的智能工厂分哪几级？", "counts", ["art_2", "art_4"], all_=["基础级", "先进级"]),
    Q("先进级指标参考表分了几个行业大类？", "counts", ["att_2-1"], ["5", "五"]),
    # authority
    Q("这个办法由哪个部门负责解释？", "authority", ["art_15"], ["市经济和信息化局"]),
    Q("关键要素和申报材料要求由谁来定，以后会调整吗？", "authority", ["art_13"], ["适时调整", "市经济和信息化局"]),
    # definitions
    Q("什么叫基础级智能工厂？", "definitions", ["att_1__intro", "att_1"], ["点状智能化", "实时采集"]),
    Q("先进级智能工厂是怎么定义的？", "definitions", ["att_2__intro", "att_2"], ["集成", "精准控制"]),
    Q("这个办法是依据哪些文件制定的？", "definitions", ["art_1"], ["梯度培育"]),
    # comparison with the national scheme and peers (reference/national-and-peer-schemes.md)
    Q("国家的智能工厂梯度培育一共分几级？北京这个办法管哪几级？",
      "comparison", ["art_2", "art_4"], ["卓越级", "领航级"]),
    Q("江苏先进级对事故的要求和北京比，哪个更严？", "comparison", ["art_5__item_3"], ["较大"]),
    Q("国家卓越级对成熟度有什么要求，比北京高吗？", "comparison", ["art_4", "art_5__item_7"], ["三级", "3级"]),
    Q("北京先进级跟国家先进级一样，都要先做基础级吗？", "comparison", ["art_7"], ["基础级"]),
    # out of scope, sharing words with the measures
    OOS("北京市专精特新中小企业认定需要什么条件？"),
    OOS("评上智能工厂以后每年能拿多少资金补贴？"),
    OOS("高新技术企业的企业所得税税率是多少？"),
    OOS("上海市智能工厂的申报截止日期是哪天？"),
    OOS("工业互联网标识解析二级节点怎么申请？"),
    OOS("智能制造系统解决方案供应商推荐目录怎么申报？"),
    OOS("申请先进级智能工厂要交申报费吗？交多少？"),
    OOS("企业安全生产标准化二级怎么评审？"),
]

EN = [
    # procedure
    Q("How does a company become a basic-level smart factory in Beijing? Do we apply to the city?", "procedure",
      ["art_4", "art_6"], ["district", "self-assess", "self-build", "file", "区"]),
    Q("Walk me through the advanced-level review.", "procedure", ["art_8"], ["site", "expert", "专家"]),
    Q("Who do we submit our advanced-level application to?", "procedure", ["art_7", "art_4"], ["district", "区"]),
    Q("Is there a public notice period before the advanced-level list comes out?", "procedure", ["art_8"],
      ["public", "公示"]),
    Q("Do the district authorities screen advanced-level applications first?", "procedure", ["art_7"],
      ["district", "初审", "recommend"]),
    # timing
    Q("By what day each quarter do districts pass the basic-level filings on to the city bureau?", "timing",
      ["art_6"], ["15"]),
    Q("If we file in early August, by when does the district forward it to the city?", "timing", ["art_6"],
      ["15"]),
    # validity
    Q("Until when are the Beijing smart factory measures valid?", "validity", ["art_14"], END),
    Q("When were the measures issued?", "validity", ["notice", "art_14"], PUB),
    Q("Which earlier regulation did these measures replace?", "validity", ["art_14"],
      ["数字化车间", "digital workshop"]),
    # conditions
    Q("Do we have to be an above-designated-size industrial enterprise?", "conditions", ["art_5__item_1"],
      ["designated size", "规模以上"]),
    Q("Can a company registered outside Beijing apply?", "conditions", ["art_5__item_1"],
      ["registered in beijing", "北京市内注册", "registered"]),
    Q("We had a small, general-grade workplace accident last year. Does that rule us out?", "conditions",
      ["art_5__item_3"], ["larger", "较大"]),
    Q("How many years back do they look at accidents and violations?", "conditions", ["art_5__item_3"],
      ["three", "3", "三年"]),
    Q("What GB/T 39116 maturity level is needed for the advanced level?", "conditions", ["art_5__item_7"],
      ["level 2", "二级", "2"]),
    Q("Which construction domain is mandatory at basic level?", "conditions", ["att_1__sec_1", "art_5__item_8"],
      ["production operation", "生产作业"]),
    Q("Which domains must an advanced-level factory cover at the very least?", "conditions",
      ["att_2__sec_1", "art_5__item_8"], ["operations management", "运营管理"]),
    Q("What effectiveness does a basic-level factory need to show?", "conditions", ["att_1__sec_2"],
      ["average", "平均", "数字化达标", "digital"]),
    Q("Are there any cybersecurity requirements?", "conditions", ["art_5__item_5"], ["controllable", "可控"]),
    Q("Do we need a dedicated organisation to run the smart factory?", "conditions", ["art_5__item_6"],
      ["organisation", "organization", "组织"]),
    Q("Is there any requirement tying our product to industrial policy?", "conditions", ["art_5__item_4"],
      ["industrial policy", "产业政策"]),
    Q("How many of the five indicators must an advanced-level applicant meet?", "conditions", ["att_2__sec_2"],
      ["3", "three"]),
    Q("Does the factory need to be up and running already?", "conditions", ["art_5__item_2"],
      ["operation", "use", "投入正常使用"]),
    # thresholds
    Q("For a semiconductor maker, what equipment networking rate is required?", "thresholds",
      ["att_2-1__row_3", "att_2-1"], ["70%"]),
    Q("Pharma company here: what's the labour productivity gain threshold?", "thresholds",
      ["att_2-1__row_2", "att_2-1"], ["8%"]),
    Q("Carmaker: how much must energy per unit of output value fall?", "thresholds", ["att_2-1__row_4", "att_2-1"],
      ["5%"]),
    Q("Textile mill: what key-process NC rate is required?", "thresholds", ["att_2-1__row_1", "att_2-1"], ["65%"]),
    Q("Non-ferrous metal smelter: what defect-rate reduction do we need?", "thresholds",
      ["att_2-1__row_5", "att_2-1"], ["2%"]),
    Q("We make medical devices. Which row applies, and what NC rate?", "thresholds", ["att_2-1__row_4", "att_2-1"],
      ["70%"]),
    Q("Food company: what's the equipment networking threshold?", "thresholds", ["att_2-1__row_1", "att_2-1"],
      ["55%"]),
    Q("Electronics plant: required defect-rate reduction?", "thresholds", ["att_2-1__row_3", "att_2-1"], ["4%"]),
    Q("Chemical plant: what cut in energy per unit of output value is required?", "thresholds",
      ["att_2-1__row_5", "att_2-1"], ["10%"]),
    Q("Instrument makers: labour productivity threshold?", "thresholds", ["att_2-1__row_4", "att_2-1"], ["8%"]),
    Q("What are the advanced-level thresholds for a paper mill?", "thresholds", ["att_2-1__row_1", "att_2-1"],
      ["65%", "55%"]),
    Q("Plastic products maker: what NC rate for advanced level?", "thresholds", ["att_2-1__row_5", "att_2-1"],
      ["75%"]),
    # KPIs
    Q("Does annex 3 count on-time delivery of customer orders as a KPI?", "kpi", ["att_3__kpi_13", "att_3__cat_3"],
      ["订单准时交付率", "on-time", "on time"]),
    Q("How many KPIs are in annex 3, and in how many categories?", "kpi", ["att_3"], ["20"]),
    Q("Which annex 3 KPIs are about sustainability?", "kpi", ["att_3__cat_4"], ["能耗", "energy", "water", "水"]),
    Q("Is water reuse one of the KPIs?", "kpi", ["att_3__kpi_19", "att_3__cat_4"], ["水资源重复利用率", "water"]),
    Q("Is the use of AI measured anywhere in the KPI list?", "kpi", ["att_3__kpi_3", "att_3__cat_1"],
      ["人工智能", "artificial intelligence", "ai"]),
    Q("What's in the 'value and benefit' KPI category?", "kpi", ["att_3__cat_2"], ["研制周期", "销售增长率", "sales"]),
    Q("Is the number of companies we pass our model on to counted as a KPI?", "kpi",
      ["att_3__kpi_20", "att_3__cat_5"], ["复制推广", "enterprises", "companies"]),
    # benefits
    Q("What do we get out of basic-level recognition?", "benefits", ["art_10"],
      ["数字化转型达标", "digital transformation"]),
    Q("Can an advanced-level factory be put forward for the national excellent level?", "benefits", ["art_4"],
      ["卓越级", "excellent"]),
    # obligations
    Q("What must recognised companies do afterwards?", "obligations", ["art_9"],
      ["share", "推广", "experience", "cooperat"]),
    Q("We reorganised and the company name changed. What do we have to do?", "obligations", ["art_12"],
      ["name", "更名"]),
    Q("Who supervises recognised smart factories?", "obligations", ["art_11"], ["bureau", "市经济和信息化局"]),
    # revocation
    Q("What are the grounds for revoking the title?", "revocation", ["art_12"], REVOKE),
    Q("If we go bankrupt, do we lose the title?", "revocation", ["art_12__item_2"], REVOKE),
    Q("What if our registered address moves to Hebei?", "revocation", ["art_12__item_4"], REVOKE),
    Q("What happens if we're fined for a violation after recognition?", "revocation", ["art_12__item_5"], REVOKE),
    # counts
    Q("How many industry groups does the advanced-level threshold table have?", "counts", ["att_2-1"],
      ["5", "five"]),
    # authority
    Q("Who interprets the measures?", "authority", ["art_15"], ["bureau", "市经济和信息化局"]),
    Q("Who publishes and adjusts the key elements and the application materials?", "authority", ["art_13"],
      ["bureau", "市经济和信息化局"]),
    # definitions
    Q("What exactly is a basic-level smart factory?", "definitions", ["att_1__intro", "att_1"],
      ["real-time", "real time", "实时采集", "点状"]),
    Q("Define an advanced-level smart factory.", "definitions", ["att_2__intro", "att_2"], ["integrat", "集成"]),
    Q("What does article 3 say a smart factory has to achieve?", "definitions", ["art_3"],
      ["interconnect", "互联互通"]),
    # comparison
    Q("How does Beijing's accident rule compare with Jiangsu's?", "comparison", ["art_5__item_3"],
      ["major", "重大"]),
    Q("National scheme versus Beijing: how many levels does each have?", "comparison", ["art_2", "art_4"],
      ["four", "领航", "卓越"]),
    Q("Does the national excellent level ask for a higher maturity level than Beijing does?", "comparison",
      ["art_5__item_7", "art_4"], ["3", "三级"]),
    Q("Who recognises advanced-level factories nationally, and who does it in Beijing?", "comparison",
      ["art_4", "art_8"], ["provincial", "省", "市经济和信息化局", "municipal"]),
    # out of scope
    OOS("What's the corporate income tax rate for high-tech enterprises in Beijing?"),
    OOS("How much subsidy does an advanced-level smart factory get from the city each year?"),
    OOS("How do I apply for Shanghai's smart factory programme?"),
    OOS("What are the requirements for ISO 9001 certification?"),
    OOS("How do we register a new company in Haidian district?"),
    OOS("What is the minimum wage in Beijing?"),
    OOS("Which districts pay a subsidy to green factories?"),
    OOS("When is the deadline for the national list of specialised and sophisticated SMEs?"),
]


def main() -> None:
    out = [{**x, "lang": "zh"} for x in ZH] + [{**x, "lang": "en"} for x in EN]
    for x in out:
        if x.get("out_of_scope"):
            del x["gold"]
    with open(os.path.join(HERE, "questions.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"questions.json: {len(out)}")


if __name__ == "__main__":
    main()
