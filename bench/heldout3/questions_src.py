# ruff: noqa: E501  (data: one question a line)
"""Third held-out set of policy questions, written by hand from the measures' text (shared/seeds/), the contract's
eId list and GB/T 4754-2017 divisions (python3 bench/heldout3/questions_src.py writes questions.json). Each: q, lang,
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
    q("我们做火锅底料和调味酱，申报先进级，关键工序数控化率得到多少？", [R1], pc(65), T),
    q("黄酒酿造企业，先进级对生产设备联网率的门槛是多少？", [R1], pc(55), T),
    q("羽绒被、羽绒服填充料加工厂，先进级人均劳动生产率要提升多少？", [R1], pc(10), T),
    q("胶合板厂想评先进级，单位产值能源消耗要降多少才行？", [R1], pc(4), T),
    q("书刊印刷厂申报先进级，产品不良率下降的要求是多少？", [R1], pc(5), T),
    q("What networking rate does a maker of men's suits and shirts need for the advanced level?", [R1], pc(55), T),
    q("We produce soy sauce and vinegar. What energy-per-output-value reduction does the advanced level expect?", [R1], pc(4), T),
    q("Active pharmaceutical ingredient (API) maker: what equipment networking rate does the advanced level need?", [R2], pc(70), T),
    q("做医用敷料和卫生材料的，先进级人均劳动生产率提升要求？", [R2], pc(8), T),
    q("中药饮片生产企业，先进级单位产值能耗降低要求是多少？", [R2], pc(4), T),
    q("For a maker of genetically engineered biologic drugs, what key-process NC rate is required at the advanced level?", [R2], pc(80), T),
    q("Animal health company making veterinary drugs: which row of the advanced table applies, and what defect-rate reduction?", [R2], pc(5), T),
    q("做路由器和交换机的通信设备企业，先进级单位产值能耗要降多少？", [R3], pc(7), T),
    q("Passive components plant (capacitors, resistors): advanced-level defect-rate reduction?", [R3], pc(4), T),
    q("TV set assembler -- what equipment networking rate for the advanced level?", [R3], pc(70), T),
    q("We make laptop motherboards and memory modules. Key-process NC threshold for advanced?", [R3], pc(80), T),
    q("空气压缩机制造企业，先进级关键工序数控化率门槛？", [R4], pc(70), T),
    q("Tractor and combine-harvester maker: how much labour-productivity gain for the advanced level?", [R4], pc(8), T),
    q("做PLC和DCS等工业自动控制系统装置的，先进级联网率要多少？", [R4], pc(65), T),
    q("高低压开关柜生产企业，单位产值能耗降低的先进级要求是多少？", [R4], pc(5), T),
    q("Shipping-container manufacturer: advanced-level key-process NC rate?", [R4], pc(70), T),
    q("We make toys. Which industry group are we in for the advanced table, and what labour-productivity gain is needed?", [R4], pc(8), T),
    q("Jewellery maker (gold and silver ornaments): advanced networking threshold?", [R4], pc(65), T),
    q("化肥企业申报先进级，关键工序数控化率要达到多少？", [R5], pc(75), T),
    q("塑料薄膜厂，先进级产品不良率下降多少算达标？", [R5], pc(2), T),
    q("Refractory materials producer: required reduction in energy per unit of output value at the advanced level?", [R5], pc(10), T),
    q("不锈钢冶炼企业，先进级生产设备联网率门槛？", [R5], pc(75), T),
    q("Rare-earth smelting and separation plant: advanced labour-productivity gain?", [R5], pc(10), T),
    q("Nylon (polyamide) fibre producer: key-process NC rate for the advanced level?", [R5], pc(75), T),
    q("Oil refinery making gasoline and diesel: what energy-per-output-value reduction is expected at the advanced level?", [R5], pc(10), T),
    q("洗衣液、洗洁精等日化企业，先进级联网率要求多少？", [R5], pc(75), T),
    # --- KPIs of annex 3 named indirectly ---
    q("“设备综合利用率提升”在附件3里属于哪一类指标？", ["att_3__kpi_10", "att_3__cat_3"], ["生产运营效率", "operational efficiency", "operating efficiency"], K),
    q("Is the share of scenarios that use AI one of the reference KPIs, and under which category?", ["att_3__kpi_3", "att_3__cat_1"], ["capability", "能力提升"], K),
    q("研制周期缩短算哪一类绩效指标？", ["att_3__kpi_5", "att_3__cat_2"], ["价值效益", "value"], K),
    q("Where does sales growth sit in the KPI reference list?", ["att_3__kpi_6", "att_3__cat_2"], ["value", "价值效益"], K),
    q("资源综合利用率提升在附件3里归哪一类？", ["att_3__kpi_8", "att_3__cat_3"], ["生产运营效率", "operational efficiency", "operating efficiency"], K),
    q("一般固废综合利用率算什么类型的指标？", ["att_3__kpi_18", "att_3__cat_4"], ["可持续发展", "sustainab"], K),
    q("APC先进过程控制的投用率，在关键绩效指标里有没有？", ["att_3__kpi_2", "att_3__cat_1"], ["先进过程控制", "advanced process control"], K),
    q("How do the measures count AI decision models in a factory -- is it a percentage?", ["att_3__kpi_4", "att_3__cat_1"], ["number", "数量", "个"], K),
    q("可持续发展类指标包括哪几项？", ["att_3__cat_4", "att_3__kpi_16", "att_3__kpi_17", "att_3__kpi_18", "att_3__kpi_19"], ["能耗", "二氧化碳", "固废", "水资源"], K),
    q("How many KPIs are in the smart-factory KPI reference (annex 3)?", ["att_3"], ["20", "twenty"], K),
    q("推广应用类指标具体是什么？", ["att_3__cat_5", "att_3__kpi_20"], ["复制推广", "上下游"], K),
    q("We track on-time delivery of customer orders. Is that a KPI in annex 3?", ["att_3__kpi_13", "att_3__cat_3"], ["order", "订单准时交付"], K),
    q("全员劳动生产率和先进级表里的人均劳动生产率是一回事吗？", ["att_3__kpi_15", "att_2-1", "att_2__sec_2"], ["全员", "人均"], K),
    q("What KPI covers how well water is reused in the plant?", ["att_3__kpi_19", "att_3__cat_4"], ["水资源重复利用率", "water"], K),
    q("运营成本下降和库存周转率提升是同一类指标吗？", ["att_3__kpi_14", "att_3__kpi_11", "att_3__cat_3"], ["生产运营效率", "operational efficiency"], K),
    q("Which category do 'capability improvement' KPIs belong to, and which KPIs are in it?", ["att_3__cat_1", "att_3__kpi_1", "att_3__kpi_2", "att_3__kpi_3", "att_3__kpi_4"], ["数控化率", "NC", "numerical control"], K),
    q("供应商准时交付率提升是附件3里的指标吗？", ["att_3__kpi_12", "att_3__cat_3"], ["供应商准时交付", "supplier"], K),
    # --- application conditions in everyday words ---
    q("分公司能不能以自己的名义申报智能工厂？", ["art_5__item_1"], ["独立法人", "legal person", "legal entity"], C),
    q("Do we have to be an industrial enterprise above designated size (规上) to apply?", ["art_5__item_1"], ["above designated size", "规模以上", "规上"], C),
    q("公司注册在外省，但工厂在北京，能报北京市智能工厂吗？", ["art_5__item_1"], ["北京市内注册", "注册", "registered in Beijing"], C),
    q("前几年出过安全事故，会影响申报吗？什么级别的事故不行？", ["art_5__item_3"], ["较大", "larger"], C),
    q("We had an administrative penalty two years ago. Does that disqualify us?", ["art_5__item_3"], ["violation", "违法违规", "three years", "三年"], C),
    q("Can a company with a bad credit record still apply?", ["art_5__item_3"], ["不良信用", "bad credit", "credit"], C),
    q("智能制造能力成熟度至少要几级？", ["art_5__item_7"], ["二级", "2级", "level 2", "二 级"], C),
    q("What maturity standard do the measures use, and which level is the floor for both levels?", ["art_5__item_7"], ["39116", "二级", "level 2"], C),
    q("我们用的都是进口设备和国外工业软件，申报时有没有影响？", ["art_5__item_5"], ["安全可控", "secure", "controllable"], C),
    q("Must we have a dedicated smart-manufacturing team?", ["art_5__item_6"], ["talent", "人才", "professional"], C),
    q("主导产品有什么要求？需要符合什么政策？", ["art_5__item_4"], ["产业政策", "industrial policy"], C),
    q("工厂刚刚投产三个月，算“投入正常使用”吗，能申报吗？", ["art_5__item_2"], ["投入正常使用", "建成", "normal use", "in operation"], C),
    q("基础级智能工厂最少要覆盖哪个环节？", ["att_1__sec_1", "art_5__item_8"], ["生产作业", "production operation"], C),
    q("Which construction areas must an advanced-level factory cover at the very least?", ["att_2__sec_1", "art_5__item_8"], ["operations management", "运营管理"], C),
    q("基础级的建设成效怎么算达标？", ["att_1__sec_2", "art_5__item_8"], ["平均水平", "数字化达标", "average"], C),
    q("先进级五个技术经济指标要满足几个？", ["att_2__sec_2", "att_2-1"], ["3个", "三个", "3 个", "3 of", "three"], C),
    q("At the advanced level, what must the production-operation domain achieve?", ["att_2__sec_1__item_3"], ["early warning", "precise control", "online analysis", "异常预警", "精准控制"], C),
    q("基础级里的“运营管理”具体管哪些事？", ["att_1__sec_1__item_5"], ["采购", "财务", "库存"], C),
    q("先进级的工厂建设需要做仿真吗？", ["att_2__sec_1__item_1"], ["仿真", "simulat"], C),
    q("At the basic level, what does production management involve?", ["att_1__sec_1__item_4"], ["plan", "quality", "质量", "作业计划"], C),
    q("What's expected for R&D and design at the basic level?", ["att_1__sec_1__item_2"], ["digital", "数字化研发"], C),
    q("先进级运营管理要不要做供应链数字化？", ["att_2__sec_1__item_5"], ["供应链", "supply chain"], C),
    q("Does the advanced level expect digital management of safety, energy and environmental protection?", ["att_2__sec_1__item_4"], ["safety", "安全能源环保"], C),
    q("Is a CMMM level-1 factory allowed to self-assess as basic level?", ["art_5__item_7"], ["level 2", "二级", "2 or above"], C),
    q("规上企业的标准是营收多少？", ["art_5__item_1"], ["2000", "2,000", "两千"], C),
    # --- definitions and purpose ---
    q("基础级智能工厂的定位是啥？“点状智能化探索”怎么理解？", ["att_1__intro", "att_1"], ["点状", "数字化网络化基础能力"], DEF),
    q("How do the measures describe an advanced-level smart factory?", ["att_2__intro", "att_2"], ["integrat", "集成"], DEF),
    q("智能工厂总体上要实现什么目标？", ["art_3"], ["互联互通", "综合优化", "interconnect"], DEF),
    q("这个管理办法是依据哪些文件制定的？", ["art_1"], ["梯度培育", "数字化转型实施方案"], DEF),
    q("What does the scheme cover -- which levels are recognised under it?", ["art_2", "art_4"], ["basic", "advanced", "基础级"], DEF),
    q("附件里那个“注”鼓励企业探索什么？", ["att_1__note", "att_2__note"], ["新模式", "未来制造", "new model"], DEF),
    q("What are the principles of the recognition work?", ["art_4"], ["voluntar", "自愿", "fair", "公平"], DEF),
    # --- procedure ---
    q("基础级自评完之后交给哪个部门备案？", ["art_6", "art_4"], DISTRICT, P),
    q("各区多久往市里报一次基础级备案结果，截止到哪天？", ["art_6"], ["15日", "15 日", "15th", "每季度"], P),
    q("先进级申请的流程是怎样的？", ["art_7", "art_8"], ["初审", "形式审查", "推荐"], P),
    q("先进级评审专家会用哪些方式评？", ["art_8"], ["现场核查", "答辩", "site"], P),
    q("Is there a public notice period before the advanced-level list is final?", ["art_8"], ["public notice", "公示", "publicity"], P),
    q("Can we skip the basic level and go straight to the advanced level?", ["art_7"], ["basic", "基础级"], P),
    q("先进级申请材料是交区里还是交市里？", ["art_7"], DISTRICT, P),
    q("Where can we find the list of application materials, and who decides it?", ["art_13"], BUREAU, P),
    q("关键要素以后会不会变？谁来调整？", ["art_13"], ["适时调整", *BUREAU], P),
    q("How does a basic-level factory get counted as 'digital-transformation compliant'?", ["art_10"], ["district", "复核", "review"], P),
    q("怎样才能被推荐到工信部评卓越级？", ["art_4"], ["先进级", "卓越级", "工业和信息化部"], P),
    # --- authorities and dates ---
    q("这个办法是哪个单位印发的？", ["notice"], BUREAU, A),
    q("What is the document number of the Beijing smart-factory measures?", ["notice"], ["22", "京经信发"], A),
    q("认定以后谁来提供指导服务和监督？", ["art_11"], BUREAU, A),
    q("Who has the final say on interpreting these measures?", ["art_15"], BUREAU, A),
    q("Who organises the review of advanced-level applications?", ["art_4", "art_8"], BUREAU, A),
    q("这个办法什么时候到期？", ["art_14"], END, D),
    q("How long are the Beijing recognition measures valid?", ["art_14"], END, D),
    q("以前的《北京市数字化车间与智能工厂认定管理办法》还管用吗？", ["art_14"], ["废止", "repeal"], D),
    q("When did the measures take effect?", ["art_14", "notice"], ["2025", "publication", "发布之日"], D),
    # --- benefits and obligations ---
    q("评上基础级智能工厂对企业有什么用？", ["art_10", "art_4", "art_11"], ["数字化转型达标", "digital"], B),
    q("What happens for an advanced-level factory that wants to go national?", ["art_4"], ["excellent", "卓越级", "MIIT", "Ministry"], B),
    q("Do recognised factories get any guidance from the authorities?", ["art_11"], ["guidance", "指导"], B),
    q("认定以后企业有什么义务？要配合做什么？", ["art_9"], ["配合", "推广", "经验"], OB),
    q("Are recognised factories expected to share their experience?", ["art_9"], ["experience", "推广", "cooperat"], OB),
    q("公司重组以后要去办什么手续？", ["art_12"], ["更名", "renam"], OB),
    q("If our company is renamed after recognition, what must we do?", ["art_12"], ["renam", "更名"], OB),
    # --- revocation ---
    q("申报材料造假被查出来，后果是什么？", ["art_12__item_1", "art_12"], ["撤销", "revok"], R),
    q("企业注销了，称号还在吗？", ["art_12__item_2", "art_12"], ["撤销", "revok"], R),
    q("What kind of accident after recognition leads to losing the title?", ["art_12__item_3", "art_12"], ["major", "重大"], R),
    q("注册地搬出北京会怎样？", ["art_12__item_4", "art_12"], ["撤销", "revok"], R),
    q("If we are penalised for some other violation, do we always lose the title?", ["art_12__item_5", "art_12"], ["no longer", "不再符合"], R),
    q("Under which circumstances can the title be withdrawn? List them.", ["art_12", "art_12__item_1", "art_12__item_2", "art_12__item_3", "art_12__item_4", "art_12__item_5"], ["revok", "撤销"], R),
    # --- comparison with the national scheme ---
    q("北京这套认定和工信部的智能工厂梯度培育是什么关系？", ["art_1", "art_4"], ["梯度培育", "卓越级"], X),
    q("Does Beijing's scheme have an excellent (卓越级) level of its own?", ["art_4", "art_2"], ["MIIT", "Ministry", "工业和信息化部", "recommend"], X),
    # --- out of scope: other schemes, procedures and topics the measures do not state ---
    oos("申报智能工厂要交评审费吗？", "fees are not stated"),
    oos("专精特新“小巨人”企业怎么申报？", "another scheme"),
    oos("高新技术企业认定对研发费用占比有什么要求？", "another qualification"),
    oos("广东省智能工厂认定有哪些条件？", "another province's scheme"),
    oos("北京工业用电价格是多少？", "energy prices"),
    oos("环评审批一般要多长时间？", "environmental permits"),
    oos("安全生产许可证到期了怎么续期？", "work-safety licensing"),
    oos("下一批先进级什么时候开始申报？", "call dates are not stated"),
    oos("智能制造能力成熟度评估找哪家机构做，收费多少？", "assessment bodies and fees are not stated"),
    oos("北京市瞪羚企业怎么认定？", "another list"),
    oos("两化融合管理体系贯标怎么做？", "another standard's certification"),
    oos("研发费用加计扣除比例是多少？", "tax"),
    oos("食品生产许可证（SC证）怎么办？", "food licensing"),
    oos("What's the corporate income tax rate for high-tech enterprises?", "tax"),
    oos("How do we register a trademark in China?", "intellectual property"),
    oos("How do I apply for an export licence for dual-use items?", "export control"),
    oos("How many years does the smart-factory title stay valid once granted?", "the title's term is not stated (art_14 is the measures' own validity)"),
    oos("Is there a subsidy per recognised factory, and how much?", "money is not stated"),
    oos("What are the criteria for a national green factory?", "another scheme"),
    oos("How do we get a medical device registration certificate?", "product registration"),
    oos("Can our factory become a Beijing time-honoured brand (老字号)?", "another list"),
    oos("Which bodies certify ISO 9001 quality management systems?", "certification"),
    oos("How do we apply for an industrial internet identifier resolution secondary node?", "another programme"),
    oos("What subsidies does Shenzhen give for smart-factory upgrades?", "another city's policy"),
    oos("What is the deadline for submitting the next advanced-level application batch?", "call dates are not stated"),
]

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "questions.json"), "w", encoding="utf-8") as fh:
        json.dump(QUESTIONS, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(QUESTIONS), Counter((x["lang"], x.get("out_of_scope", False)) for x in QUESTIONS))
    print(Counter(x["kind"] for x in QUESTIONS))
