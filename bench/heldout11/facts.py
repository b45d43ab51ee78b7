# ruff: noqa: E501
"""Fact renderers for the generated situations: each returns (forms, expect) where forms holds the words in
three registers (kv: label and value of a pasted form; pr: third-person prose; ch: a chatty message) and expect
the field paths those words state, in the schema's units. Standard library only."""
import random

OK, NO = True, False


def pct(v, r, lang):
    """A percentage, sometimes written as a fraction (en) or with 约 (zh)."""
    if lang == "en" and r.random() < 0.2:
        return f"{v / 100:.2f}".rstrip("0")
    return f"{v}%"


IND = {  # key: (zh labels, en labels)
    "key_process_nc_rate": (["关键工序数控化率", "关键工序数控化率"], ["key-process NC rate", "NC rate of key processes"]),
    "labor_productivity_gain": (["人均劳动生产率提升", "人均劳动生产率提高"], ["labour productivity per head up", "per-capita labor productivity gain"]),
    "defect_rate_reduction": (["产品不良率下降", "产品不良率降低"], ["product defect rate down", "defect-rate reduction"]),
    "equipment_networking_rate": (["生产设备联网率", "生产设备联网率"], ["production equipment networking rate", "networking rate of production equipment"]),
    "energy_per_output_reduction": (["单位产值能源消耗降低", "单位产值能耗下降"], ["energy use per unit of output down", "energy-per-output reduction"]),
}


def indicator(key, v, r, lang):
    lab = r.choice(IND[key][0 if lang == "zh" else 1])
    val = pct(v, r, lang) if key in ("key_process_nc_rate", "equipment_networking_rate") else f"{v}%"
    if lang == "zh":
        verb = r.choice(["为", "达到", ""]) if key in ("key_process_nc_rate", "equipment_networking_rate") \
            else r.choice(["了", ""])
        forms = {"kv": (lab, val), "pr": f"{lab}{verb}{val}", "ch": f"{lab} {val}"}
    else:
        forms = {"kv": (lab, val), "pr": f"{lab} {val}" if "up" in lab or "down" in lab else f"{lab} of {val}",
                 "ch": f"{lab} {val}"}
    return forms, {f"indicators.{key}": v}


def revenue(r, lang):
    v = r.choice([1800, 1650, 2600, 8600, 32000, 15500, 48000, 1200])
    if lang == "zh":
        s = f"{v / 10000:g}亿元" if v >= 10000 else f"{v}万元"
        return {"kv": ("年主营业务收入", s), "pr": f"年主营业务收入{s}", "ch": f"营收{s.replace('元', '')}"}, \
            {"annual_revenue_10k_cny": v}
    s = f"RMB {v / 100:g} million"
    return {"kv": ("Annual revenue", s), "pr": f"annual main-business revenue of {s}", "ch": f"revenue {s}"}, \
        {"annual_revenue_10k_cny": v}


def place(d, r, lang):
    zh, en = d
    if lang == "zh":
        return {"kv": ("注册地", f"北京市{zh}"), "pr": f"注册在北京市{zh}", "ch": f"注册在北京{zh}"}, \
            {"registration.province": "北京", "registration.district": zh}
    return {"kv": ("Registered in", f"{en} District, Beijing"), "pr": f"registered in {en} District, Beijing",
            "ch": f"registered in Beijing ({en})"}, {"registration.province": "北京", "registration.district": zh}


def maturity(v, r, lang):
    cn = "一二三四五"[v - 1]
    if lang == "zh":
        s = r.choice([f"智能制造能力成熟度{cn}级", f"GB/T 39116成熟度{v}级", f"成熟度评估{cn}级"])
        return {"kv": ("智能制造能力成熟度", f"{cn}级"), "pr": s, "ch": s}, {"maturity_level": v}
    s = r.choice([f"GB/T 39116 maturity level {v}", f"smart-manufacturing capability maturity level {v}",
                  f"CMMM maturity level {v}"])
    return {"kv": ("GB/T 39116 maturity", f"level {v}"), "pr": s, "ch": s}, {"maturity_level": v}


DOM = ["factory_construction", "rd_design", "production_operation", "production_management", "operations_management"]
DZH = dict(zip(DOM, ["工厂建设", "研发设计", "生产作业", "生产管理", "运营管理"], strict=False))
DEN = dict(zip(DOM, ["factory construction", "R&D design", "production operation", "production management",
                     "operations management"], strict=False))


def domains(r, lang):
    kind = r.randrange(4)
    if kind == 0:
        v = ["production_operation", "production_management", "operations_management"]
        z = "覆盖生产作业、生产管理、运营管理三个环节"
        e = "covers production operation, production management and operations management"
    elif kind == 1:
        miss = r.choice(["rd_design", "operations_management", "factory_construction"])
        v = [d for d in DOM if d != miss]
        z = f"除了{DZH[miss]}，其余四个环节都已建设"
        e = f"all five construction domains except {DEN[miss]}"
    elif kind == 2:
        v = ["production_operation"]
        z = "目前只做了生产作业环节"
        e = "only production operation so far"
    else:
        v = ["production_operation", "production_management"]
        z = "生产作业和生产管理做了，运营管理还没上"
        e = "production operation and production management done, operations management not yet"
    s = z if lang == "zh" else e
    return {"kv": ("建设环节" if lang == "zh" else "Domains", s), "pr": s, "ch": s}, {"domains": v}


def filing(d, r, lang, filed):
    zh, en = d
    if not filed:
        s = "基础级尚未备案" if lang == "zh" else "not yet filed as basic level"
        return {"kv": ("基础级备案" if lang == "zh" else "Basic-level filing", "否" if lang == "zh" else "no"),
                "pr": s, "ch": s}, {"basic_filing.filed": False}
    m, dd = r.choice([(3, 10), (6, 12), (9, 8), (12, 11)])
    y = r.choice([2025, 2026]) if m < 12 else 2025
    date = f"{y}-{m:02d}-{dd:02d}"
    if lang == "zh":
        s = f"{y}年{m}月{dd}日已在{zh}完成基础级智能工厂备案"
        return {"kv": ("基础级备案", f"已备案（{zh}，{y}年{m}月{dd}日）"), "pr": s, "ch": s}, \
            {"basic_filing.filed": True, "basic_filing.district": zh, "basic_filing.date": date}
    s = f"basic level filed with {en} District on {date}"
    return {"kv": ("Basic-level filing", f"filed, {en}, {date}"), "pr": s, "ch": s}, \
        {"basic_filing.filed": True, "basic_filing.district": zh, "basic_filing.date": date}


BOOLS = {  # key: (zh yes, zh no, en yes, en no)
    "independent_legal_person": ("具有独立法人资格", "是集团分公司，不具有独立法人资格", "an independent legal person",
                                 "a branch of the group, not an independent legal person"),
    "above_designated_size": ("属于规上工业企业", "还不是规上企业", "above designated size (规上)", "not yet above designated size"),
    "factory_in_operation": ("工厂已建成投产", "厂房已建成但还没投产", "the plant is built and running",
                             "the plant is finished but not yet in production"),
    "market_competitive": ("产品市场竞争力较强", "产品竞争力一般，说不上强", "its products are competitive",
                           "its products are not really competitive"),
    "finances_sound_3y": ("近三年经营和财务状况良好", "近三年有两年亏损，财务状况不佳", "finances sound over the last three years",
                          "losses in two of the last three years, finances not sound"),
    "bad_credit_record": ("有一条不良信用记录", "无不良信用记录", "has a bad credit record", "no bad credit record"),
    "product_policy_compliant": ("主导产品符合北京市产业政策", "主导产品不在北京市产业政策鼓励范围内",
                                 "its main product fits Beijing's industrial policy",
                                 "its main product does not fit Beijing's industrial policy"),
    "advanced_technology": ("采用行业先进工艺，技术先进", "工艺比较传统，谈不上先进", "uses advanced, industry-leading process technology",
                            "its process technology is dated, not advanced"),
    "security_controllable": ("关键装备和工业软件安全可控", "关键工业软件还不能做到安全可控",
                              "key equipment and industrial software are secure and controllable",
                              "key industrial software is not yet secure and controllable"),
    "cyber_data_risk_controllable": ("网络安全和数据安全风险可控", "数据安全风险还没评估清楚、不可控",
                                     "cyber and data-security risk is controllable", "data-security risk is not under control"),
    "organization_mechanism": ("成立了智能工厂建设领导小组", "没有专门的智能工厂组织机制",
                               "has a steering group for planning and running the smart factory",
                               "has no organisation in charge of the smart factory"),
    "talent_team": ("拥有一支智能制造专业人才队伍", "缺少智能制造专业人才", "has a team of smart-manufacturing professionals",
                    "lacks smart-manufacturing professionals"),
    "digital_transformation_compliant": ("已实现数字化达标", "还没有数字化达标", "already 数字化达标 (digital-transformation compliant)",
                                         "not yet 数字化达标"),
    "above_regional_industry_average": ("主要技术经济指标高于本市同行业平均水平", "主要指标低于本市同行业平均水平",
                                        "main indicators above the Beijing industry average",
                                        "main indicators below the Beijing industry average"),
}


def boolean(key, v, r, lang):
    zy, zn, ey, en = BOOLS[key]
    s = (zy if v else zn) if lang == "zh" else (ey if v else en)
    exp = {key: v}
    if key == "factory_in_operation":
        exp = {"factory_built": True, "factory_in_operation": v}
    return {"kv": None, "pr": s, "ch": s}, exp


def incidents(r, lang):
    kind = r.randrange(4)
    if kind == 0:
        s = "近三年未发生任何安全、环保事故" if lang == "zh" else "no accidents of any kind in the last three years"
        return {"kv": None, "pr": s, "ch": s}, {"incidents": []}
    k, kz, ke = r.choice([("safety", "安全生产", "safety"), ("environmental", "环境", "environmental"),
                          ("quality", "质量", "quality")])
    g, gz, ge = r.choice([("larger", "较大", "larger-grade (较大)"), ("general", "一般", "general-grade (一般)")])
    y, m, dd = r.choice([(2025, 8, 14), (2024, 11, 3), (2026, 2, 21), (2025, 3, 9)])
    s = f"{y}年{m}月{dd}日发生过一起{gz}{kz}事故" if lang == "zh" else f"one {ge} {ke} accident on {y}-{m:02d}-{dd:02d}"
    return {"kv": None, "pr": s, "ch": s}, {"incidents.0.kind": k, "incidents.0.grade": g,
                                            "incidents.0.date": f"{y}-{m:02d}-{dd:02d}"}


def violations(r, lang):
    if r.random() < 0.5:
        s = "无违法违规行为" if lang == "zh" else "no violations of law"
        return {"kv": None, "pr": s, "ch": s}, {"violations": []}
    y, m, dd = r.choice([(2025, 6, 17), (2024, 10, 30)])
    s = (f"{y}年{m}月{dd}日因消防设施问题被行政处罚一次" if lang == "zh"
         else f"fined once for fire-safety defects on {y}-{m:02d}-{dd:02d}")
    return {"kv": None, "pr": s, "ch": s}, {"violations.0.date": f"{y}-{m:02d}-{dd:02d}"}


ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(r):
    body = "9111" + r.choice(["0113", "0114", "0115", "0108", "0112"]) + "MA0" + "".join(r.choice(ALPHA) for _ in range(6))
    c = (31 - sum(ALPHA.index(ch) * w for ch, w in zip(body, W, strict=False)) % 31) % 31
    return body + ALPHA[c]


def check_code(code):
    c = (31 - sum(ALPHA.index(ch) * w for ch, w in zip(code[:17], W, strict=False)) % 31) % 31
    return ALPHA[c] == code[17]


NAMES_ZH = ["北京华拓实业有限公司", "北京燕山恒泰科技有限公司", "北京京瑞智造科技有限公司", "北京中科恒远科技有限公司",
            "北京博远创新股份有限公司", "北京天衡众联科技有限公司"]
NAMES_EN = ["Beijing Huatuo Industrial Co., Ltd.", "Beijing Yanshan Hengtai Technology Co., Ltd.",
            "Beijing Jingrui Smart Manufacturing Co., Ltd.", "Beijing Zhongke Hengyuan Technology Co., Ltd.",
            "Beijing Boyuan Innovation Co., Ltd."]


def name(r, lang):
    n = r.choice(NAMES_ZH if lang == "zh" else NAMES_EN)
    return {"kv": ("企业名称" if lang == "zh" else "Company", n), "pr": None, "ch": None}, {"name": n}


def credit(r, lang):
    c = credit_code(r)
    return {"kv": ("统一社会信用代码" if lang == "zh" else "USCC", c), "pr": None, "ch": None}, {"credit_code": c}


_ = random
