# ruff: noqa: E501
"""Topics (one thing a person says) of bench/heldout15: what each sets (field path -> value) and how it is written
in each mode: kv (label, value), chat (a short line, no punctuation), sent (a plain clause), cs (zh with English
terms; en with Chinese terms). Standard library only."""
from __future__ import annotations

from render import (
    GRADE_EN,
    GRADE_ZH,
    IND_CS,
    IND_EN,
    IND_EN_SENT,
    IND_ZH,
    IND_ZH_SENT,
    IND_ZH_SHORT,
    KIND_EN,
    KIND_ZH,
    date_en,
    date_zh,
    domains_en,
    domains_list_en,
    domains_list_zh,
    domains_zh,
    pct,
    revenue_en,
    revenue_zh,
)
from vocab import ALL_DOMAINS, DOMAIN_EN


def expect_of(t: str, d) -> dict:
    if t == "reg":
        e = {"registration.province": d["prov"]}
        if d.get("district"):
            e["registration.district"] = d["district"]
        return e
    if t == "legal":
        return {"independent_legal_person": d}
    if t == "revenue":
        return {"annual_revenue_10k_cny": d}
    if t == "size":
        return {"above_designated_size": d}
    if t == "industry":
        return {"industry_code": d[2]}
    if t == "factory":
        return {"factory_built": d, "factory_in_operation": d}
    if t == "compet":
        return {"market_competitive": d}
    if t == "finance":
        return {"finances_sound_3y": d}
    if t == "credit":
        return {"bad_credit_record": d}
    if t == "incidents":
        if not d:
            return {"incidents": []}
        e = {}
        for i, x in enumerate(d):
            e |= {f"incidents.{i}.kind": x["kind"], f"incidents.{i}.grade": x["grade"], f"incidents.{i}.date": x["date"]}
        return e
    if t == "violations":
        return {"violations": []} if not d else {f"violations.{i}.date": x["date"] for i, x in enumerate(d)}
    if t == "policy":
        return {"product_policy_compliant": d[0], "advanced_technology": d[1]}
    if t == "security":
        return {"security_controllable": d[0], "cyber_data_risk_controllable": d[1]}
    if t == "org":
        return {"organization_mechanism": d[0], "talent_team": d[1]}
    if t == "maturity":
        return {"maturity_level": d}
    if t == "domains":
        return {"domains": [x for x in ALL_DOMAINS if x in d]}
    if t == "regional":
        return {"above_regional_industry_average": d}
    if t == "digital":
        return {"digital_transformation_compliant": d}
    if t == "filing":
        e = {"basic_filing.filed": d["filed"]}
        if d.get("district"):
            e["basic_filing.district"] = d["district"]
        if d.get("date"):
            e["basic_filing.date"] = d["date"]
        return e
    if t.startswith("ind:"):
        return {f"indicators.{t[4:]}": d}
    raise KeyError(t)


ZH_NUM = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五"}


def kv(t: str, d, lang: str, f: int):
    """(label, value) for a key: value line or a table cell."""
    zh = lang == "zh"
    if t == "reg":
        if zh:
            return ("注册地", f"{d['prov_full']}{d.get('district', '')}")
        return ("Registered address", f"{d['en']} District, Beijing" if d.get("district") else d["prov_en"])
    if t == "legal":
        return ("独立法人资格", "有" if d else "无（集团分公司）") if zh else ("Independent legal person", "Yes" if d else "No - a branch of the group")
    if t == "revenue":
        return ("2025年营业收入", revenue_zh(d, f)) if zh else ("Operating revenue (2025)", revenue_en(d, f))
    if t == "size":
        return ("规模以上工业企业", "是" if d else "否") if zh else ("Above designated size", "Yes" if d else "No")
    if t == "industry":
        return ("主营产品", d[0]) if zh else ("Main products", d[1])
    if t == "factory":
        return ("工厂状态", "已建成，正常生产" if d else "在建，未投产") if zh else ("Factory", "built, in normal production" if d else "under construction, not producing yet")
    if t == "compet":
        return ("市场竞争力", "企业和产品竞争力较强") if zh else ("Competitiveness", "company and products are competitive")
    if t == "finance":
        return ("近三年经营财务", "良好" if d else "连续亏损，状况不佳") if zh else ("Operations & finances (3 yrs)", "sound" if d else "poor, losses every year")
    if t == "credit":
        return ("不良信用记录", "有一条" if d else "无") if zh else ("Bad credit record", "one entry" if d else "none")
    if t == "incidents":
        if zh:
            return ("近三年各类事故", "无" if not d else "；".join(f"{date_zh(x['date'], f)} {GRADE_ZH[x['grade']]}{KIND_ZH[x['kind']]}事故1起" for x in d))
        return ("Accidents, last 3 years (any kind)", "none" if not d else "; ".join(f"{date_en(x['date'], f)}: one {GRADE_EN[x['grade']]} {KIND_EN[x['kind']]} accident" for x in d))
    if t == "violations":
        if zh:
            return ("违法违规行为", "无" if not d else "；".join(f"{date_zh(x['date'], f)}因{x['zh']}受到行政处罚" for x in d))
        return ("Violations", "none" if not d else "; ".join(f"fined on {date_en(x['date'], f)} for {x['en']}" for x in d))
    if t == "policy":
        return ("产品与技术", "主导产品符合北京市产业政策，技术先进，采用行业先进工艺") if zh else ("Product & technology", "main product fits Beijing's industrial policy; advanced technology and industry-leading process")
    if t == "security":
        if zh:
            return ("安全可控", "关键装备、工业软件和系统解决方案安全可控；网络和数据安全风险" + ("可控" if d[1] else "目前还不可控"))
        return ("Security", "key equipment, industrial software and solutions are secure and controllable; cyber and data-security risk " + ("is under control" if d[1] else "is not under control yet"))
    if t == "org":
        if zh:
            return ("组织与人才", "已建立智能工厂统筹规划、建设和运营的组织机制；" + ("有一批智能制造专业人才" if d[1] else "智能制造专业人才还没有"))
        return ("Organisation & people", "a set-up for planning, building and running the smart factory is in place; " + ("we have a team of smart-manufacturing specialists" if d[1] else "no smart-manufacturing specialists yet"))
    if t == "maturity":
        return ("智能制造能力成熟度（GB/T 39116）", [f"{ZH_NUM[d]}级", f"{d}级", f"L{d}"][f % 3]) if zh else ("Maturity level (GB/T 39116)", [f"Level {d}", f"L{d}", str(d)][f % 3])
    if t == "domains":
        return ("覆盖环节", domains_list_zh(d)) if zh else ("Areas covered", domains_list_en(d))
    if t == "regional":
        return ("主要技术经济指标", "高于北京市同行业平均水平") if zh else ("Main technical-economic indicators", "above the Beijing average for our industry")
    if t == "digital":
        return ("数字化达标", "已达标" if d else "未达标") if zh else ("数字化达标 (digital-transformation standard)", "reached" if d else "not reached")
    if t == "filing":
        if zh:
            return ("基础级备案", f"已于{date_zh(d['date'], f)}在{d['district']}经信局备案" if d["filed"] else "尚未备案")
        return ("Basic-level filing", f"filed with the {d['district_en']} bureau on {date_en(d['date'], f)}" if d["filed"] else "not filed")
    if t.startswith("ind:"):
        k = t[4:]
        return (IND_ZH[k], f"{pct(d)}%") if zh else (IND_EN[k][0].upper() + IND_EN[k][1:], f"{pct(d)}%")
    raise KeyError(t)


def chat(t: str, d, lang: str, f: int) -> str:
    zh = lang == "zh"
    if t == "reg":
        if zh:
            return f"公司注册在北京{d['district'][:-1]}" if d.get("district") else f"公司注册在{d['prov']}"
        return f"we're registered in {d['en'].lower()} beijing" if d.get("district") else f"registered in {d['prov_en'].lower()}"
    if t == "legal":
        return ("是独立法人" if d else "我们不是独立法人 是分公司") if zh else ("separate legal person yes" if d else "we're a branch not a separate legal person")
    if t == "revenue":
        return f"去年营收{revenue_zh(d, f + 1)}" if zh else f"revenue last yr {revenue_en(d, f).lower()}"
    if t == "size":
        return ("是规上企业" if d else "还不是规上") if zh else ("above designated size yes" if d else "not above designated size")
    if t == "industry":
        return f"我们是做{d[0]}的" if zh else f"we make {d[1].lower()}" if not d[2].startswith(("C42", "C43", "D", "B", "I", "G")) else f"our business is {d[1].lower()}"
    if t == "factory":
        return ("厂子已经建好投产了" if d else "厂房还在建 没投产") if zh else ("plant is built and running" if d else "plant still being built not running")
    if t == "compet":
        return "产品在市场上竞争力挺强" if zh else "products are competitive"
    if t == "finance":
        return ("这三年经营财务都挺好" if d else "这三年一直亏损") if zh else ("finances fine for the last 3 yrs" if d else "losing money 3 yrs running")
    if t == "credit":
        return ("有过一条不良信用记录" if d else "没有不良信用记录") if zh else ("we do have a bad credit record" if d else "no bad credit record")
    if t == "incidents":
        if not d:
            return "这三年啥事故都没出过" if zh else "zero accidents of any kind in 3 yrs"
        x = d[0]
        return (f"{date_zh(x['date'], f)}出过一起{GRADE_ZH[x['grade']]}{KIND_ZH[x['kind']]}事故" if zh
                else f"had one {GRADE_EN[x['grade']]} {KIND_EN[x['kind']]} accident on {date_en(x['date'], f)}")
    if t == "violations":
        if not d:
            return "也没有违法违规" if zh else "no violations either"
        x = d[0]
        return f"{date_zh(x['date'], f)}因为{x['zh']}被罚过" if zh else f"got fined {date_en(x['date'], f)} for {x['en']}"
    if t == "policy":
        return "产品符合北京产业政策 技术先进 工艺也是行业先进" if zh else "product fits beijing industrial policy and our tech and process are advanced"
    if t == "security":
        return ("装备软件都安全可控 网络数据安全风险也可控" if d[1] else "装备软件安全可控 但网络和数据安全风险还控制不住") if zh else \
            ("kit and software secure and controllable cyber and data risk under control too" if d[1] else "kit and software secure and controllable but cyber and data risk not under control")
    if t == "org":
        return ("有智能工厂的组织机制 也有智能制造人才" if d[1] else "组织机制有了 智能制造人才还没有") if zh else \
            ("we have the smart factory org set up and a smart manufacturing team" if d[1] else "org set up yes but no smart manufacturing people yet")
    if t == "maturity":
        return f"成熟度{ZH_NUM[d]}级" if zh else f"maturity level {d}"
    if t == "domains":
        return domains_zh(d, f) if zh else domains_en(d, f)
    if t == "regional":
        return "指标高于北京同行业平均" if zh else "indicators above the beijing average for our industry"
    if t == "digital":
        return ("已经数字化达标了" if d else "还没有数字化达标") if zh else ("already 数字化达标" if d else "not 数字化达标 yet")
    if t == "filing":
        if zh:
            return f"基础级{date_zh(d['date'], f)}在{d['district'][:-1]}备的案" if d["filed"] else "基础级还没备案"
        return f"basic level filed with {d['district_en'].lower()} on {date_en(d['date'], f)}" if d["filed"] else "haven't filed basic level"
    if t.startswith("ind:"):
        k = t[4:]
        return f"{IND_ZH_SHORT[k]}{pct(d)}" if zh else {"key_process_nc_rate": "nc rate {v}", "labor_productivity_gain": "output per head up {v}%",
                                                         "defect_rate_reduction": "defects down {v}%", "equipment_networking_rate": "networking rate {v}",
                                                         "energy_per_output_reduction": "energy per output value down {v}%"}[k].format(v=pct(d))
    raise KeyError(t)


def sent(t: str, d, lang: str, f: int, subj: str = "") -> str:
    """A plain clause; subj is '该企业' / 'the client' for a consultant, '' for the firm itself."""
    zh = lang == "zh"
    if t == "reg":
        if zh:
            return f"注册地在{d['prov_full']}{d.get('district', '')}"
        return f"is registered in {d['en']} District, Beijing" if d.get("district") else f"is registered in {d['prov_en']}"
    if t == "legal":
        return ("具有独立法人资格" if d else "不是独立法人，是集团下面的分公司") if zh else ("is an independent legal person" if d else "is not an independent legal person but a branch of a group")
    if t == "revenue":
        return f"2025年营业收入{revenue_zh(d, f)}" if zh else f"had operating revenue of {revenue_en(d, f)} in 2025"
    if t == "size":
        return ("属于规模以上工业企业" if d else "还不是规模以上企业") if zh else ("is above designated size (规上)" if d else "is not above designated size")
    if t == "industry":
        return f"主要生产{d[0]}" if zh and d[2].startswith("C") and not d[2].startswith(("C42", "C43")) else f"主营业务是{d[0]}" if zh else \
            (f"makes {d[1]}" if d[2].startswith("C") and not d[2].startswith(("C42", "C43")) else f"does {d[1]}")
    if t == "factory":
        return ("工厂已经建成并正常投产" if d else "工厂还在建设中，没有投产") if zh else ("has its factory built and in normal operation" if d else "is still building its factory, which is not yet operating")
    if t == "compet":
        return "产品和企业自身都有较强的市场竞争力" if zh else "is competitive, as are its products"
    if t == "finance":
        return ("近三年经营和财务状况良好" if d else "近三年连续亏损，财务状况不好") if zh else ("has had sound operations and finances for the last three years" if d else "has lost money in each of the last three years")
    if t == "credit":
        return ("有一条不良信用记录" if d else "无不良信用记录") if zh else ("has a bad credit record" if d else "has no bad credit record")
    if t == "incidents":
        if not d:
            return "近三年没有发生过任何安全、环保、质量事故" if zh else "has had no accident of any kind (safety, environmental, quality) in the last three years"
        return ("，".join(f"{date_zh(x['date'], f)}发生过一起{GRADE_ZH[x['grade']]}{KIND_ZH[x['kind']]}事故" for x in d)) if zh else \
            "had " + " and ".join(f"one {GRADE_EN[x['grade']]} {KIND_EN[x['kind']]} accident on {date_en(x['date'], f)}" for x in d)
    if t == "violations":
        if not d:
            return "没有违法违规行为" if zh else "has no violations of law or regulation"
        return "，".join(f"{date_zh(x['date'], f)}因{x['zh']}被处罚过" for x in d) if zh else \
            " and ".join(f"was fined on {date_en(x['date'], f)} for {x['en']}" for x in d)
    if t == "policy":
        return "主导产品符合北京市产业政策，技术先进，采用了行业先进工艺" if zh else "has a main product that fits Beijing's industrial policy, with advanced technology and an industry-leading process"
    if t == "security":
        return ("关键装备和工业软件安全可控，网络和数据安全风险可控" if d[1] else "关键装备和工业软件安全可控，但网络和数据安全风险还不可控") if zh else \
            ("uses secure and controllable key equipment and software, and its cyber and data risk is under control" if d[1] else "uses secure and controllable key equipment and software, but its cyber and data risk is not under control")
    if t == "org":
        return ("建立了智能工厂统筹规划、建设和运营的组织机制，也有一批智能制造专业人才" if d[1] else "建立了智能工厂的组织机制，但还没有智能制造专业人才") if zh else \
            ("has an organisation for planning, building and running the smart factory and a team of smart-manufacturing professionals" if d[1] else "has an organisation for the smart factory but no smart-manufacturing professionals")
    if t == "maturity":
        return f"智能制造能力成熟度为{ZH_NUM[d]}级" if zh else f"is at maturity level {d} (GB/T 39116)"
    if t == "domains":
        return domains_zh(d, f) if zh else domains_en(d, f)
    if t == "regional":
        return "主要技术经济指标高于北京市同行业平均水平" if zh else "beats the Beijing industry average on its main technical-economic indicators"
    if t == "digital":
        return ("已经实现数字化达标" if d else "还没有实现数字化达标") if zh else ("has already reached 数字化达标 (the digital-transformation standard)" if d else "has not reached 数字化达标 yet")
    if t == "filing":
        if zh:
            return f"已于{date_zh(d['date'], f)}在{d['district']}完成基础级智能工厂备案" if d["filed"] else "还没有做基础级备案"
        return f"completed its basic-level filing with the {d['district_en']} district bureau on {date_en(d['date'], f)}" if d["filed"] else "has not done the basic-level filing"
    if t.startswith("ind:"):
        k = t[4:]
        return IND_ZH_SENT[k].format(v=pct(d)) if zh else IND_EN_SENT[k].format(v=pct(d))
    raise KeyError(t)


def cs(t: str, d, lang: str, f: int) -> str:
    """Code-switched: zh sentences with English terms; en sentences with Chinese terms."""
    if lang == "zh":
        if t == "reg":
            return f"registered address在北京{d['district']}" if d.get("district") else f"registered address在{d['prov_full']}"
        if t == "legal":
            return "是independent legal person" if d else "不是independent legal person，是branch"
        if t == "revenue":
            return f"2025年revenue是{revenue_zh(d, f)}"
        if t == "size":
            return "是above designated size的规上企业" if d else "还不算规上（not above designated size）"
        if t == "industry":
            return f"main product是{d[0]}"
        if t == "factory":
            return "factory已经built并且in operation" if d else "factory还在施工，not in operation"
        if t == "finance":
            return "近三年finance状况良好" if d else "近三年finance一直亏损"
        if t == "credit":
            return "没有bad credit record" if not d else "有一条bad credit record"
        if t == "incidents":
            return "近三年zero accident，安全环保质量事故都没有" if not d else "近三年" + "，".join(f"{date_zh(x['date'], f)}有一起{GRADE_ZH[x['grade']]}{KIND_ZH[x['kind']]}accident" for x in d)
        if t == "violations":
            return "没有任何violation" if not d else "，".join(f"{date_zh(x['date'], f)}有一次violation（{x['zh']}，被罚款）" for x in d)
        if t == "maturity":
            return f"maturity level是{d}级"
        if t == "domains":
            return "domains覆盖" + "、".join(DOMAIN_EN[x] for x in ALL_DOMAINS if x in d)
        if t == "digital":
            return "digital transformation已经达标" if d else "digital transformation还没达标"
        if t == "filing":
            return f"basic filing已经在{d['district']}做完了，日期{d['date']}" if d["filed"] else "basic filing还没做"
        if t.startswith("ind:"):
            return f"{IND_CS[t[4:]]}是{pct(d)}%"
        return sent(t, d, "zh", f)
    # en with Chinese terms
    if t == "reg":
        return f"our 注册地 is 北京{d['district']}" if d.get("district") else f"our 注册地 is {d['prov_full']}"
    if t == "revenue":
        return f"2025 营收 was {revenue_en(d, f)}"
    if t == "size":
        return "we are 规上" if d else "we are not 规上 yet"
    if t == "maturity":
        return f"成熟度 is level {d}"
    if t == "filing":
        return f"基础级备案 done with the {d['district_en']} bureau on {date_en(d['date'], f)}" if d["filed"] else "基础级备案 not done yet"
    if t.startswith("ind:"):
        k = t[4:]
        return f"{IND_ZH_SHORT[k]} is {pct(d)}%"
    if t == "domains":
        return "we cover " + "、".join(DOMAIN_EN[x] for x in ALL_DOMAINS if x in d)
    return "the firm " + sent(t, d, "en", f)
