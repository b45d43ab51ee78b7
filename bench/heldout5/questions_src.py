# ruff: noqa: E501, RUF005  (data: one question a line)
"""Fifth held-out set of policy questions, written by hand from the measures' text (shared/seeds/), the contract's
eId list and GB/T 4754-2017 divisions (python3 bench/heldout5/questions_src.py writes questions.json). Each: q, lang,
kind, gold (eIds, any of them in the top 3 counts), answer_any (acceptable forms of the decisive fact, one must
appear in the answer); out-of-scope ones have out_of_scope true and no gold, with why: the service should decline
them (addressed false). Kinds are new against the earlier sets: the threshold table read backwards (which group has
this figure, which is strictest) and across rows, the standards and documents the measures name, the details of
the construction items of annexes 1 and 2, what is and is not mandatory, the principles, the review methods, the
KPI catalogue by category and number, renaming, repeal and interpretation. Not written from, and not a paraphrase
of, the contract's dev sets, bench/qa_sets/ or bench/heldout*/ questions."""
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


INV, CMP, STD, DOC, ITEM, MAND = "threshold_inverse", "threshold_compare", "standard", "document", "construction_item", "mandatory"
PRIN, REV, KPI, DEF, PROC, ROLE = "principle", "review", "kpi_catalogue", "definition", "procedure", "role"
R1, R2, R3, R4, R5 = (f"att_2-1__row_{i}" for i in range(1, 6))
T = "att_2-1"
BUREAU = ["市经济和信息化局", "市经信局", "经济和信息化局", "Bureau of Economy and Information", "Economy and Information Technology"]
CAMS = ["T/CAMS182", "T/CAMS 182", "CAMS182", "CAMS 182", "智能制造效能通用评测方法"]

QUESTIONS = [
    # --- zh ---
    q("先进级五项指标里，哪个产业组的生产设备联网率门槛最低？", [R1, T], pc(55), INV),
    q("哪一类产业的先进级产品不良率下降门槛只有2%？", [R5, T], ["原材料"], INV),
    q("电子信息产业的单位产值能耗降低要求比生物医药产业高多少？", [R3, R2, T], pc(7) + ["3个百分点", "3 个百分点", "3 percentage points"], CMP),
    q("先进级人均劳动生产率提升要求10%的是哪几类产业？", [R1, R5, T], ["都市", "原材料"], INV),
    q("先进级关键工序数控化率门槛最高的是多少？", [R2, R3, T], pc(80), INV),
    q("装备仪器产业包括哪些国民经济行业大类？", [R4, T], ["C33", "C24", "C40"], DEF),
    q("先进级指标参考表的行业是按哪个国家标准划分的？", [T], ["4754"], STD),
    q("评估智能工厂建设成效时参考的团体标准是哪一个？", ["att_1__sec_2", "att_2__sec_2"], CAMS, STD),
    q("智能制造能力成熟度要按哪个国家标准来评？", ["art_5__item_7"], ["39116"], STD),
    q("北京这个智能工厂认定办法是依据哪些文件制定的？", ["art_1"], ["梯度培育", "制造业数字化转型实施方案"], DOC),
    q("原来的《北京市数字化车间与智能工厂认定管理办法》现在还有效吗？", ["art_14"], ["废止", "repealed", "no longer"], DOC),
    q("这个认定管理办法最终由哪个部门解释？", ["art_15"], BUREAU, ROLE),
    q("被认定的企业重组后公司名称变了，要办什么手续？", ["art_12"], ["更名", "rename", "change of name", "name change"], PROC),
    q("先进级在工厂建设环节要对哪些内容做仿真？", ["att_2__sec_1__item_1"], ["工艺路线", "产线布局", "物流路径"], ITEM),
    q("基础级的运营管理要用信息系统管理哪些业务？", ["att_1__sec_1__item_5"], ["采购", "人力资源", "库存"], ITEM),
    q("先进级的生产作业环节要实现哪些能力？", ["att_2__sec_1__item_3"], ["异常预警", "精准控制", "数字化检测", "在线分析"], ITEM),
    q("先进级生产管理有没有安全、能源、环保方面的数字化要求？", ["att_2__sec_1__item_4"], ["安全能源环保"], ITEM),
    q("先进级对供应链管理有什么要求？", ["att_2__sec_1__item_5"], ["供应链数字化管理"], ITEM),
    q("建设智能工厂时，办法建议参考工信部发布的哪些指引或目录？", ["att_1__sec_1", "att_2__sec_1", "att_1__note", "att_2__note"], ["先进安全应急装备推广目录", "典型场景参考指引"], DOC),
    q("基础级说的“数字化达标”，标准是在哪个文件里规定的？", ["att_1__sec_2"], ["制造业数字化转型实施方案"], DOC),
    q("先进级评审一般采用哪些方式？", ["art_8"], ["现场核查", "会议答辩", "专家评审"], REV),
    q("先进级认定名单正式公布之前要不要向社会公示？", ["art_8"], ["公示"], REV),
    q("北京市智能工厂认定工作遵循哪些原则？", ["art_4"], ["企业自愿", "择优确定", "公开、公平、公正", "公开公平公正"], PRIN),
    q("拿到北京市先进级以后，还能往更高一级申报吗？", ["art_4"], ["卓越级"], PROC),
    q("附件3把智能工厂关键绩效指标分成了哪几类？", ["att_3", "att_3__cat_1", "att_3__cat_5"], ["能力提升", "价值效益", "生产运营效率", "可持续发展", "推广应用"], KPI),
    q("水资源重复利用率属于附件3里哪一类指标？", ["att_3__kpi_19", "att_3__cat_4"], ["可持续发展"], KPI),
    q("附件3的第4项关键绩效指标是什么？", ["att_3__kpi_4"], ["智能决策模型"], KPI),
    q("智能工厂的关键要素和申报材料要求以后会调整吗？由谁发布？", ["art_13"], BUREAU + ["适时调整"], ROLE),
    q("被认定为智能工厂的企业，有没有配合推广建设经验的要求？", ["art_9"], ["推广建设经验", "配合"], ROLE),
    q("基础级智能工厂的定义里，要实现哪些核心能力？", ["att_1__intro"], ["核心数据实时采集", "关键生产工序自动化", "点状智能化"], DEF),
    q("先进级在研发设计方面要做到什么程度？", ["att_2__sec_1__item_2"], ["仿真迭代", "智能化设计工具", "统一管理"], ITEM),
    # --- en ---
    q("Which industry group has the strictest equipment networking threshold for the advanced level?", [R5, T], pc(75), INV),
    q("For which industry groups is the advanced-level labour productivity threshold 8%?", [R2, R3, R4, T], ["生物医药", "电子信息", "装备仪器", "pharma", "biomedic", "electronic", "equipment"], INV),
    q("Which GB/T 4754 divisions belong to the 'urban industries' group of the threshold table?", [R1, T], ["C13", "C23"], DEF),
    q("How much higher is the energy-per-output reduction threshold for raw-material industries than for urban industries?", [R5, R1, T], pc(10) + ["6个百分点", "6 个百分点", "6 percentage points"], CMP),
    q("What is the lowest defect-rate-reduction threshold anywhere in the advanced-level table?", [R5, T], pc(2), INV),
    q("Which classification standard defines the industry groups of the advanced-level threshold table?", [T], ["4754"], STD),
    q("Which national standard is the maturity requirement based on?", ["art_5__item_7"], ["39116"], STD),
    q("Which earlier Beijing regulation did these measures replace?", ["art_14"], ["数字化车间与智能工厂认定管理办法", "digital workshop"], DOC),
    q("Who has the authority to interpret the Beijing smart factory measures?", ["art_15"], BUREAU, ROLE),
    q("Which national programme do the Beijing measures implement?", ["art_1"], ["梯度培育", "tiered", "gradient", "graded"], DOC),
    q("What must a recognised enterprise do if its name changes after a reorganisation?", ["art_12"], ["更名", "rename", "name change", "change of name", "change its name"], PROC),
    q("For the advanced level, what must the factory simulate during factory construction?", ["att_2__sec_1__item_1"], ["工艺路线", "process route", "layout", "logistics"], ITEM),
    q("What should information systems manage in basic-level production management?", ["att_1__sec_1__item_4"], ["作业计划", "产品质量", "设备资产", "生产物料", "plan", "quality", "material", "asset"], ITEM),
    q("What does the basic level expect in production operation?", ["att_1__sec_1__item_3"], ["实时监控", "real-time monitoring", "自动化", "automat"], ITEM),
    q("What should advanced-level operations management achieve?", ["att_2__sec_1__item_5"], ["成本", "cost", "订单及时交付", "delivery"], ITEM),
    q("Does an advanced-level factory have to cover R&D design?", ["att_2__sec_1"], ["生产管理", "production management", "operations management"], MAND),
    q("Is factory construction mandatory for a basic-level smart factory?", ["att_1__sec_1"], ["生产作业", "production operation"], MAND),
    q("How are advanced-level applications evaluated by the experts?", ["art_8"], ["现场核查", "site", "答辩", "defence", "defense"], REV),
    q("How often do the districts pass their basic-level filings on to the city bureau?", ["art_6"], ["每季度", "quarter"], PROC),
    q("Who organises the review and recognition of advanced-level smart factories?", ["art_4", "art_8"], BUREAU, ROLE),
    q("Does a basic-level smart factory count as having reached the digital transformation standard?", ["art_10"], ["数字化转型达标", "digital transformation"], DEF),
    q("What principles does Beijing's smart factory recognition follow?", ["art_4"], ["voluntar", "自愿", "merit", "择优", "公开", "fair", "impartial"], PRIN),
    q("Which KPI category of annex 3 includes CO2 emissions per unit of product?", ["att_3__kpi_17", "att_3__cat_4"], ["sustainab", "可持续发展"], KPI),
    q("How many KPIs are in the production operation efficiency category of annex 3?", ["att_3__cat_3"], ["9", "nine", "九"], KPI),
    q("What is KPI number 20 in annex 3?", ["att_3__kpi_20"], ["复制推广", "replicat", "copied", "roll"], KPI),
    q("Which evaluation method standard is referenced for assessing smart factory effectiveness?", ["att_2__sec_2", "att_1__sec_2"], CAMS, STD),
    q("Which plan defines the criteria for being digitally compliant (数字化达标)?", ["att_1__sec_2"], ["制造业数字化转型实施方案", "2024—2026", "2024-2026", "2024–2026"], DOC),
    q("How do the measures define an advanced-level smart factory?", ["att_2__intro"], ["数据互通共享", "精准控制", "协同管控", "data sharing", "precise control", "coordinated"], DEF),
    q("What organisational set-up must an applicant have for the smart factory?", ["art_5__item_6"], ["组织机制", "organisation", "organization", "人才", "talent"], DEF),
    q("Can the key elements of the two levels be changed later, and by whom?", ["art_13"], BUREAU + ["adjust", "调整"], ROLE),
    q("What does the city bureau do for factories after they are recognised?", ["art_11"], ["指导", "监督", "guidance", "supervis"], ROLE),
    q("What is required of the key equipment and industrial software used in the factory?", ["art_5__item_5"], ["安全可控", "secure and controllable", "controllable"], DEF),
    # --- out of scope ---
    oos("高新技术企业认定需要满足哪些条件？", "another scheme (high-tech enterprise recognition)"),
    oos("在北京开办一家有限公司，营业执照去哪里办？", "company registration"),
    oos("上海市智能工厂认定有什么资金补贴？", "another province"),
    oos("四川省智能工厂申报截止时间是什么时候？", "another province"),
    oos("绿色工厂评价对单位产品能耗有什么要求？", "another scheme (green factory), shares the words 能耗"),
    oos("两化融合管理体系贯标怎么申请？", "another scheme"),
    oos("申请食品生产许可证（SC）需要准备哪些材料？", "a permit, not the measures"),
    oos("北京市智能工厂认定以后能拿到多少资金奖励？", "the measures state no money award"),
    oos("How do I register a foreign-invested company in Beijing?", "company registration"),
    oos("What smart factory subsidies does Anhui province offer?", "another province"),
    oos("What are the requirements for the national green factory list?", "another scheme"),
    oos("How do we get ISO 9001 certification for our plant?", "certification, not the measures"),
    oos("What corporate income tax rate applies to high-tech enterprises?", "tax"),
    oos("How can our engineers get a Beijing hukou through talent introduction?", "residence permit, not the measures"),
    oos("What does Guangdong require for a provincial digital workshop?", "another province"),
    oos("How long does a medical device registration certificate take to obtain?", "a permit, not the measures"),
]


def main() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "questions.json"), "w", encoding="utf-8") as fh:
        json.dump(QUESTIONS, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(QUESTIONS), "questions;", Counter((x["lang"], x.get("out_of_scope", False)) for x in QUESTIONS))


if __name__ == "__main__":
    main()
