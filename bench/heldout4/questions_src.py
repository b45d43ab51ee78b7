# ruff: noqa: E501  (data: one question a line)
"""Fourth held-out set of policy questions, written by hand from the measures' text (shared/seeds/), the contract's
eId list and GB/T 4754-2017 divisions (python3 bench/heldout4/questions_src.py writes questions.json). Each: q, lang,
kind, gold (eIds, any of them in the top 3 counts), answer_any (acceptable forms of the decisive fact, one must
appear in the answer), optionally answer_all (every one must appear); out-of-scope ones have out_of_scope true and
no gold, with why: the service should decline them (addressed false). Not written from, and not a paraphrase of,
the contract's dev sets, bench/qa_sets/ or bench/heldout*/ questions."""
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


P, A, D, K, T = "procedure", "authority", "dates", "kpi", "threshold"
B, OB, R, C, X, DEF = "benefit", "obligation", "revocation", "condition", "comparison", "definition"
R1, R2, R3, R4, R5 = (f"att_2-1__row_{i}" for i in range(1, 6))
BUREAU = ["市经济和信息化局", "市经信局", "经济和信息化局", "Bureau of Economy and Information", "Economy and Information Technology"]
DISTRICT = ["区主管部门", "区经济和信息化", "所在区", "district"]
END = ["2026年12月31日", "2026 年 12 月 31 日", "2026-12-31", "31 December 2026", "December 31, 2026", "Dec 31, 2026", "31 Dec 2026"]

QUESTIONS = [
    # --- thresholds by product words (att_2-1 rows) ---
    q("做猪饲料的企业申报先进级，生产设备联网率要达到多少？", [R1], pc(55), T),
    q("方便面厂评先进级，关键工序数控化率的门槛是多少？", [R1], pc(65), T),
    q("白酒企业申报先进级，人均劳动生产率得提升多少？", [R1], pc(10), T),
    q("棉纱纺纱厂申报先进级，产品不良率下降多少算达标？", [R1], pc(5), T),
    q("婚纱礼服加工厂想评先进级，单位产值能耗要降低多少？", [R1], pc(4), T),
    q("纸箱包装厂，先进级的关键工序数控化率标准是多少？", [R1], pc(65), T),
    q("化学药片剂企业申报先进级，关键工序数控化率要多少？", [R2], pc(80), T),
    q("中成药厂先进级对生产设备联网率的要求？", [R2], pc(70), T),
    q("集成电路封测企业，先进级产品不良率下降指标是多少？", [R3], pc(4), T),
    q("手机整机厂申报先进级，单位产值能耗降低的门槛？", [R3], pc(7), T),
    q("光模块生产企业，先进级人均劳动生产率提升要求是多少？", [R3], pc(8), T),
    q("轴承厂评先进级，设备联网率得多少？", [R4], pc(65), T),
    q("数控机床厂申报先进级，关键工序数控化率的标准？", [R4], pc(70), T),
    q("做动车组零部件的，先进级人均劳动生产率要提升多少？", [R4], pc(8), T),
    q("涂料企业先进级的产品不良率下降要求是多少？", [R5], pc(2), T),
    q("轧钢企业先进级的生产设备联网率门槛？", [R5], pc(75), T),
    q("Tyre maker: how much must energy use per unit of output value fall for the advanced level?", [R5], pc(10), T),
    q("What key-process NC rate does a float glass producer need for the advanced level?", [R5], pc(75), T),
    q("Aluminium sheet rolling mill: what labour productivity gain does the advanced level ask for?", [R5], pc(10), T),
    q("For a viscose fibre plant, what equipment networking rate is the advanced-level bar?", [R5], pc(75), T),
    q("Lithium battery maker: what networking rate is required for the advanced level?", [R4], pc(65), T),
    q("We make microscopes and other optical instruments. What NC rate on key processes does the advanced level need?", [R4], pc(70), T),
    q("Badminton rackets and sporting goods: what energy-per-output-value reduction is needed for advanced?", [R4], pc(5), T),
    q("We dismantle scrap household appliances for recycling. What key-process NC rate is the advanced threshold?", [R4], pc(70), T),
    q("CT scanner manufacturer: what defect-rate reduction does the advanced level expect?", [R4], pc(5), T),
    q("Electric bus maker: what reduction in the product defect rate is needed for the advanced level?", [R4], pc(5), T),
    q("LCD and OLED panel maker: advanced-level networking rate?", [R3], pc(70), T),
    q("Server manufacturer: what key-process NC rate is required at the advanced level?", [R3], pc(80), T),
    q("Infusion and injection drug maker: how much lower must energy per output value be for advanced?", [R2], pc(4), T),
    q("Instant coffee producer: what labour productivity improvement counts for the advanced level?", [R1], pc(10), T),
    q("Edible oil refinery: which networking rate do we need for the advanced level?", [R1], pc(55), T),
    q("Bamboo products workshop (chopsticks, mats): defect-rate reduction required for advanced?", [R1], pc(5), T),
    # --- annex-3 KPIs named indirectly ---
    q("先进过程控制（APC）的投用比例算不算参考绩效指标？", ["att_3__kpi_2"], ["先进过程控制投用率"], K),
    q("我们用上AI的生产场景占了三成，附件里有对应的指标吗？", ["att_3__kpi_3"], ["应用人工智能技术场景比例"], K),
    q("新产品从立项到量产的时间缩短了，对应哪个绩效指标？", ["att_3__kpi_5"], ["研制周期缩短"], K),
    q("原材料利用得更充分了，能算进智能工厂绩效指标吗？", ["att_3__kpi_8"], ["资源综合利用率"], K),
    q("供应商按时到货的比例，附件三里有这个指标吗？", ["att_3__kpi_12"], ["供应商准时交付率"], K),
    q("运营成本降了多少也算绩效指标吗？", ["att_3__kpi_14"], ["运营成本下降"], K),
    q("一般工业固废回收再利用的比例是参考指标吗？", ["att_3__kpi_18"], ["一般固废综合利用率"], K),
    q("中水回用、循环冷却水利用，属于哪个绩效指标？", ["att_3__kpi_19", "att_3__cat_4"], ["水资源重复利用率"], K),
    q("我们的方案推广给了上下游12家企业，这个能算绩效指标吗？", ["att_3__kpi_20", "att_3__cat_5"], ["复制推广"], K),
    q("库存周转快了，属于哪一类绩效指标？", ["att_3__kpi_11", "att_3__cat_3"], ["生产运营效率", "库存周转率"], K),
    q("Does the KPI catalogue count the algorithms we use to make scheduling decisions automatically?", ["att_3__kpi_4"], ["智能决策模型", "decision model", "decision-making model"], K),
    q("Our sales grew 25% after the upgrade. Is sales growth one of the reference KPIs?", ["att_3__kpi_6"], ["销售增长率", "sales growth"], K),
    q("Machines sit idle less now. Which reference KPI covers how fully equipment is used?", ["att_3__kpi_10"], ["设备综合利用率", "equipment utili", "utilisation", "utilization"], K),
    q("Is cutting CO2 emitted per unit of product among the reference KPIs?", ["att_3__kpi_17"], ["二氧化碳", "CO2", "CO₂", "carbon"], K),
    q("We now ship more customer orders on the promised date. Which KPI is that?", ["att_3__kpi_13"], ["订单准时交付率", "on-time delivery", "on time delivery", "delivered on time"], K),
    q("Is output per employee across the whole workforce a KPI in annex 3?", ["att_3__kpi_15"], ["全员劳动生产率", "labour productivity", "labor productivity"], K),
    q("Which annex-3 KPI is about the share of key machines that are numerically controlled?", ["att_3__kpi_1"], ["关键设备数控化率", "key equipment"], K),
    q("Does annex 3 have a KPI for overall production efficiency gains?", ["att_3__kpi_7"], ["生产效率提升", "production efficiency"], K),
    q("How many KPIs does the smart-factory reference catalogue list?", ["att_3"], ["20 个", "20个", "20 项", "20项", "20 KPIs", "20 key", "20 indicators", "twenty", "二十"], K),
    q("Which category does comprehensive energy consumption per unit of product fall under?", ["att_3__kpi_16", "att_3__cat_4"], ["可持续发展", "sustainab"], K),
    # --- conditions in everyday words ---
    q("营业收入多少才算规模以上？", ["art_5__item_1"], ["2000万", "2000 万", "两千万", "20 million"], C),
    q("分公司能不能作为申报主体？", ["art_5__item_1"], ["独立法人"], C),
    q("厂子刚盖好还没开工生产，能申请智能工厂吗？", ["art_5__item_2"], ["投入正常使用", "已经建成"], C),
    q("出过一般的安全生产事故，影响申报吗？", ["art_5__item_3"], ["较大"], C),
    q("事故和违法记录要看近几年的？", ["art_5__item_3"], ["近三年", "三年"], C),
    q("智能制造能力成熟度最低要几级？", ["art_5__item_7"], ["二级", "2级"], C),
    q("我们用的工业软件是进口的，有没有什么要求？", ["art_5__item_5"], ["安全可控"], C),
    q("申报需要有专门的团队和人才吗？", ["art_5__item_6"], ["组织机制", "专业人才"], C),
    q("基础级最少要覆盖哪个建设环节？", ["att_1__sec_1"], ["生产作业"], C),
    q("先进级必须覆盖哪几个环节？", ["att_2__sec_1"], None, C, ["生产作业", "生产管理", "运营管理"]),
    q("基础级的建设成效要跟谁比？", ["att_1__sec_2"], ["同行业平均", "数字化达标"], C),
    q("先进级那五项技术经济指标要满足几项？", ["att_2__sec_2", "att_2-1"], ["3个", "三个", "3 个", "3项", "三项"], C),
    q("对主导产品有什么要求？", ["art_5__item_4"], ["产业政策"], C),
    q("公司注册在河北、工厂在北京，能申报吗？", ["art_5__item_1"], ["北京市内注册", "在北京市注册", "北京注册"], C),
    q("Can a non-industrial company, such as a trading firm, apply?", ["art_5__item_1"], ["industrial", "工业企业"], C),
    q("Which maturity standard do the measures refer to?", ["art_5__item_7"], ["GB/T 39116", "GB/T39116", "39116"], C),
    q("Does an entry on a credit blacklist rule us out?", ["art_5__item_3"], ["credit", "信用"], C),
    q("We were fined for a violation two years ago. Does that count against us?", ["art_5__item_3"], ["three years", "3 years", "三年"], C),
    q("Do our finances have to be in good shape to apply?", ["art_5__item_3"], ["financ", "财务"], C),
    q("Must the advanced-level indicators be among the best in Beijing's industry?", ["att_2__sec_2"], ["lead", "领先"], C),
    q("Must the company itself be registered in Beijing, or is it enough that the factory is here?", ["art_5__item_1"], ["registered in Beijing", "北京市内注册", "Beijing-registered", "registered in the city"], C),
    q("Is there any requirement about network and data security?", ["art_5__item_5"], ["风险可控", "controllable", "under control"], C),
    q("What does 'digital transformation compliant' refer to for the basic level?", ["att_1__sec_2", "art_10"], ["数字化转型实施方案", "2024—2026", "2024-2026", "2024–2026"], C),
    q("Which accident grades disqualify an applicant?", ["art_5__item_3"], ["较大", "larger", "serious"], C),
    # --- definitions, purpose, content ---
    q("什么是基础级智能工厂？", ["att_1__intro", "att_1"], ["点状智能化", "数字化网络化基础能力"], DEF),
    q("先进级智能工厂怎么定义？", ["att_2__intro", "att_2"], ["集成能力", "重点场景"], DEF),
    q("What should a smart factory achieve under these measures?", ["art_3"], ["全生产周期", "optimi", "life cycle", "lifecycle"], DEF),
    q("这个办法是依据什么文件制定的？", ["art_1"], ["智能工厂梯度培育行动实施方案", "梯度培育"], DEF),
    q("Which levels of smart factory do these measures cover?", ["art_2"], ["基础级", "basic"], DEF),
    q("认定工作遵循什么原则？", ["art_4"], ["自愿", "择优"], DEF),
    q("At the advanced level, what must production management achieve?", ["att_2__sec_1__item_4"], ["排产", "schedul"], DEF),
    q("基础级研发设计这一块要做什么？", ["att_1__sec_1__item_2"], ["数字化研发设计"], DEF),
    q("先进级的工厂建设要求对哪些东西做仿真？", ["att_2__sec_1__item_1"], ["工艺路线", "产线布局", "物流路径"], DEF),
    # --- procedure ---
    q("基础级要专家来评审吗，还是自己评？", ["art_4", "art_6"], ["自建自评", "自评"], P),
    q("区里多久向市里报一次基础级备案结果？", ["art_6"], ["15日", "15 日", "第三个月", "每季度"], P),
    q("先进级的申请材料交到哪里？", ["art_7"], DISTRICT, P),
    q("先进级评审有哪些环节？", ["art_8"], ["现场核查", "会议答辩", "专家评审"], P),
    q("Is there a public notice before the advanced-level list is published?", ["art_8"], ["公示", "public notice", "publicly", "publicity"], P),
    q("What must we have before we can apply for the advanced level?", ["art_7"], ["basic", "基础级"], P),
    q("Who carries out the formal check of advanced-level applications?", ["art_8"], BUREAU, P),
    q("To get the basic level, do we send our materials to the city bureau?", ["art_6", "art_4"], DISTRICT, P),
    q("Who publishes the application materials requirements?", ["art_13"], BUREAU, P),
    q("Can the key elements for the two levels be changed later?", ["art_13"], ["适时调整", "adjust"], P),
    q("After the district's first review, what happens to an advanced-level application?", ["art_7", "art_8"], ["推荐", "recommend"], P),
    # --- authorities ---
    q("这个办法由哪个部门负责解释？", ["art_15"], BUREAU, A),
    q("基础级智能工厂归谁备案和管理？", ["art_4", "art_6"], ["区主管部门", "区经济和信息化"], A),
    q("Who supervises and guides recognised factories?", ["art_11"], BUREAU, A),
    q("先进级由哪个部门组织评审认定？", ["art_4", "art_8"], BUREAU, A),
    q("What is the document number of the notice issuing these measures?", ["notice"], ["京经信发〔2025〕22号", "〔2025〕22", "2025] 22", "2025〕22"], A),
    # --- dates ---
    q("这个认定办法什么时候到期？", ["art_14"], END, D),
    q("When were the measures published?", ["notice", "art_14"], ["2025年4月29日", "29 April 2025", "April 29, 2025", "2025-04-29"], D),
    q("原来的数字化车间与智能工厂认定办法现在还有效吗？", ["art_14"], ["废止", "repeal"], D),
    q("By which day must districts report the filings of the second quarter to the city?", ["art_6"], ["15 June", "June 15", "6月15日", "15th", "15 日", "15日"], D),
    # --- benefits ---
    q("评上基础级以后对企业有什么好处？", ["art_10"], ["数字化转型达标"], B),
    q("What can an advanced-level title lead to at national level?", ["art_4"], ["卓越级", "excellent"], B),
    q("Does a basic-level title count toward the digital-transformation standard?", ["art_10"], ["数字化转型达标", "digital transformation"], B),
    # --- obligations ---
    q("被认定以后企业还要做什么？", ["art_9"], ["推广建设经验", "配合"], OB),
    q("我们公司改名了，称号方面要办什么手续？", ["art_12"], ["更名"], OB),
    q("Are recognised companies expected to share their experience?", ["art_9"], ["推广", "experience"], OB),
    q("After a reorganisation, what must a recognised company apply for?", ["art_12"], ["更名", "renam", "change of name", "name change"], OB),
    # --- revocation ---
    q("什么情况下会被撤销智能工厂称号？", ["art_12", "art_12__item_1", "art_12__item_2", "art_12__item_3", "art_12__item_4", "art_12__item_5"], ["撤销"], R),
    q("注册地迁出北京，称号会怎样？", ["art_12__item_4", "art_12"], ["撤销"], R),
    q("发生什么级别的事故会被撤销称号？", ["art_12__item_3", "art_12"], ["重大"], R),
    q("Is giving false information during the application a ground for revocation?", ["art_12__item_1", "art_12"], ["revok", "撤销"], R),
    q("What happens to the title if the company goes bankrupt?", ["art_12__item_2", "art_12"], ["revok", "撤销"], R),
    q("If we are penalised for some other violation, do we always lose the title?", ["art_12__item_5", "art_12"], ["不再符合", "no longer"], R),
    # --- relation to the national scheme ---
    q("北京的先进级和工信部的卓越级是什么关系？", ["art_4"], ["卓越级"], X),
    q("Which national plan do these Beijing measures implement?", ["art_1"], ["梯度培育", "Gradient", "tiered", "cultivation"], X),
    # --- out of scope (share words with the measures, governed elsewhere) ---
    oos("专精特新中小企业的认定条件是什么？", "another scheme"),
    oos("北京市级企业技术中心怎么申报？", "another scheme"),
    oos("工业设计中心认定需要哪些条件？", "another scheme"),
    oos("制造业单项冠军企业怎么申报？", "another scheme"),
    oos("浙江省的智能工厂认定条件和时间是什么？", "another province"),
    oos("在北京注册一家有限公司要多少注册资本？", "company registration"),
    oos("研发费用加计扣除的比例是多少？", "tax"),
    oos("排污许可证怎么申请？", "environmental permit"),
    oos("数据出境安全评估怎么申报？", "data export review, not the measures' data-security condition"),
    oos("网络安全等级保护三级测评多久做一次？", "cybersecurity grading scheme"),
    oos("安全生产标准化二级企业怎么评？", "work-safety standardisation grading"),
    oos("碳排放配额是怎么分配的？", "emissions trading"),
    oos("首台套重大技术装备保险补偿怎么申请？", "another programme"),
    oos("How do we get onto MIIT's list of 5G factories?", "another list"),
    oos("How does a plant become a World Economic Forum lighthouse factory?", "another scheme"),
    oos("What are Chongqing's smart factory recognition conditions?", "another city"),
    oos("What is the procedure to change our registered address with the market regulator?", "company registration procedure"),
    oos("How do we claim a VAT credit refund?", "tax"),
    oos("What do we need for CE marking to export our machines to the EU?", "export certification"),
    oos("How do our foreign engineers get a work permit in Beijing?", "immigration"),
    oos("What is Beijing's minimum wage in 2026?", "labour law"),
    oos("How long does a Chinese invention patent application take?", "intellectual property"),
    oos("What must our ESG report disclose?", "disclosure rules"),
    oos("How is a cross-industry industrial internet platform selected by MIIT?", "another programme"),
    oos("What protective measures against occupational disease hazards are required in workshops?", "occupational health"),
]

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "questions.json"), "w", encoding="utf-8") as fh:
        json.dump(QUESTIONS, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(QUESTIONS), Counter((x["lang"], x.get("out_of_scope", False)) for x in QUESTIONS))
    print(Counter(x["kind"] for x in QUESTIONS))
