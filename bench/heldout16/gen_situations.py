# ruff: noqa: E501
"""Writes situations.json of bench/heldout16: generated eligibility cases in eight new kinds of writing (letters to
the district bureau, transcribed voice messages, filled questionnaires with decimals, two-year tables, full-width
figures and Chinese numerals, group letters, FAQ questions, negation-and-plans), with planted phrases a careful
reader must not bind; then the hand cases (cases_hand.py: Traditional Chinese, non-native and British English and
more) and the revocations (revocations.py). Seeded and deterministic.

    python3 gen_situations.py
"""
from __future__ import annotations

import json
import os
import random
from collections import Counter

import common
import derive
from cases_hand import HAND
from numerals import cn_int, cn_num, date_en, date_zh, en_int, en_num, fw, num, rev_en, rev_zh
from revocations import REVOCATIONS
from vocab import DISTRICTS, DOMAINS, ELSEWHERE, OTHER, PRODUCTS

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20261208)
KEYS = derive.KEYS
IND_ZH = {"key_process_nc_rate": "关键工序数控化率", "labor_productivity_gain": "人均劳动生产率提升",
          "defect_rate_reduction": "产品不良率下降", "equipment_networking_rate": "生产设备联网率",
          "energy_per_output_reduction": "单位产值能源消耗降低"}
IND_EN = {"key_process_nc_rate": "key-process NC (CNC) rate", "labor_productivity_gain": "labour productivity per worker up",
          "defect_rate_reduction": "product defect rate down", "equipment_networking_rate": "production equipment networking rate",
          "energy_per_output_reduction": "energy use per unit of output value down"}
STYLES = ["letter", "voice", "form", "twoyear", "fullwidth", "group", "faq", "negplan"]
GRADE = {"general": ("一般", "general-grade"), "larger": ("较大", "larger-grade (较大)"), "major": ("重大", "major")}
KIND = {"safety": ("生产安全", "workplace-safety"), "environmental": ("环境污染", "environmental"), "quality": ("质量", "product-quality")}
VIOL = [("超标排放被区生态环境局罚款", "over-limit emissions, fined by the district ecology bureau"),
        ("消防设施不合格被消防救援支队处罚", "fire-safety equipment failed inspection, a fine from the fire brigade"),
        ("未批先建被责令整改并罚款", "building before the permit was granted, fined and ordered to rectify")]


def pct_zh(v, how):
    if how == "spoken":
        return "百分之" + cn_num(v)
    if how == "fw":
        return fw(num(v) + "%")
    if how == "dec":
        return f"{v / 100:.4g}"
    return num(v) + "%"


def pct_en(v, how):
    if how == "spoken":
        return en_num(v) + " percent"
    if how == "dec":
        return f"{v / 100:.4g}"
    return num(v) + "%"


def pick_indicators(code):
    row = derive.row_of(code)
    th = derive.ROWS[row] if row else [72, 9, 5, 68, 6]
    n = R.choice([3, 4, 4, 5, 5])
    ks = R.sample(KEYS, n)
    out = {}
    for k in KEYS:
        if k not in ks:
            continue
        t = th[KEYS.index(k)]
        good = R.random() < 0.68
        if k in ("key_process_nc_rate", "equipment_networking_rate"):
            v = min(97, t + R.choice([2, 3, 5, 6, 8, 11])) if good else t - R.choice([4, 6, 9, 12])
        else:
            v = t + R.choice([1, 2, 3, 4, 6]) if good else max(1, t - R.choice([1, 2, 3]))
            if v == t:
                v = t + 1
        out[k] = v
    return out


def facts_for(level, style):
    """Chooses the facts of one case: (stated values by group)."""
    g: dict = {}
    if R.random() < 0.09:
        g["reg"] = R.choice(ELSEWHERE)
    else:
        g["reg"] = R.choice(DISTRICTS)
    g["ilp"] = R.random() > 0.07
    if R.random() < 0.65:
        g["rev"] = R.choice([1450, 1800, 2600, 3500, 4800, 6200, 9000, 12800, 15500, 23000, 38000, 64000])
    else:
        g["size"] = R.random() > 0.08
    g["prod"] = R.choice(OTHER) if R.random() < 0.08 else R.choice(PRODUCTS)
    g["factory"] = (True, R.random() > 0.1)
    g["comp"] = True
    g["fin"] = True
    g["credit"] = R.random() < 0.06
    r = R.random()
    if r < 0.5:
        g["inc"] = []
    elif r < 0.8:
        g["inc"] = [(R.choice(list(KIND)), "general", R.choice(["2024-09-17", "2025-06-03", "2026-04-22"]))]
    elif r < 0.9:
        g["inc"] = [(R.choice(list(KIND)), "larger", R.choice(["2024-11-05", "2025-08-26"]))]
    else:
        g["inc"] = [(R.choice(list(KIND)), R.choice(["larger", "major"]), R.choice(["2021-05-18", "2022-10-09"]))]
    g["viol"] = [] if R.random() > 0.1 else [(R.choice(["2025-02-13", "2026-03-30"]), R.choice(VIOL))]
    g["poltech"] = True
    g["sec"] = True
    g["org"] = (True, R.random() > 0.06)
    g["mat"] = R.choice([1, 2, 2, 3, 3, 3, 4])
    dom = {"production_operation", "production_management", "operations_management"}
    r = R.random()
    if r < 0.12:
        dom = {"production_management", "operations_management"}
    elif r < 0.25 and level == "advanced":
        dom = {"production_operation", "production_management"}
    dom |= set(R.sample(["factory_construction", "rd_design"], R.choice([0, 1, 1, 2])))
    g["dom"] = [d for d in DOMAINS if d in dom]
    if level == "basic":
        g["dt"] = R.choice([("dt", True), ("dt", True), ("avg", True), ("dt", False), ("both", False)])
    else:
        r = R.random()
        g["filing"] = None if r < 0.12 else (False, None, None) if r < 0.25 else (
            True, R.choice(DISTRICTS), R.choice(["2025-07-21", "2025-11-04", "2026-03-10", "2026-06-02"]))
        g["ind"] = pick_indicators(g["prod"][2])
        if g["filing"] and g["filing"][0] and len(g["reg"]) == 2 and R.random() < 0.8:
            g["filing"] = (True, g["reg"], g["filing"][2])   # filed with the district where it is registered
    # drop groups until 8 to 12 facts remain
    keep = {"ind", "dt"} | ({"prod"} if R.random() < 0.8 else set()) | ({"reg"} if R.random() < 0.4 else set()) | ({"filing"} if R.random() < 0.6 else set())
    order = [k for k in g if k not in keep]   # any group may go but the level's own (and mostly the product)
    R.shuffle(order)
    target = R.randint(8, 12)
    while count(g) > target and order:
        g.pop(order.pop())
    if style == "negplan" and "factory" not in g:
        g["factory"] = (True, False)
    return g


def count(g):
    return len(flat(g))


def flat(g):
    e: dict = {}
    if "reg" in g:
        r = g["reg"]
        if len(r) == 2:
            e["registration.province"], e["registration.district"] = "北京", r[0]
        else:
            e["registration.province"] = r[0][:2]
    if "ilp" in g:
        e["independent_legal_person"] = g["ilp"]
    if "rev" in g:
        e["annual_revenue_10k_cny"] = g["rev"]
    if "size" in g:
        e["above_designated_size"] = g["size"]
    if "prod" in g:
        e["industry_code"] = g["prod"][2]
    if "factory" in g:
        e["factory_built"], e["factory_in_operation"] = g["factory"]
    if "comp" in g:
        e["market_competitive"] = True
    if "fin" in g:
        e["finances_sound_3y"] = True
    if "credit" in g:
        e["bad_credit_record"] = g["credit"]
    if "inc" in g:
        if not g["inc"]:
            e["incidents"] = []
        for i, (k, gr, d) in enumerate(g["inc"]):
            e[f"incidents.{i}.kind"], e[f"incidents.{i}.grade"], e[f"incidents.{i}.date"] = k, gr, d
    if "viol" in g:
        if not g["viol"]:
            e["violations"] = []
        for i, (d, _) in enumerate(g["viol"]):
            e[f"violations.{i}.date"] = d
    if "poltech" in g:
        e["product_policy_compliant"] = e["advanced_technology"] = True
    if "sec" in g:
        e["security_controllable"] = e["cyber_data_risk_controllable"] = True
    if "org" in g:
        e["organization_mechanism"], e["talent_team"] = g["org"]
    if "mat" in g:
        e["maturity_level"] = g["mat"]
    if "dom" in g:
        e["domains"] = g["dom"]
    if "dt" in g:
        k, v = g["dt"]
        if k == "dt":
            e["digital_transformation_compliant"] = v
        elif k == "avg":
            e["above_regional_industry_average"] = v
        else:
            e["digital_transformation_compliant"] = e["above_regional_industry_average"] = v
    if g.get("filing"):
        f, dist, d = g["filing"]
        e["basic_filing.filed"] = f
        if f:
            e["basic_filing.district"], e["basic_filing.date"] = dist[0], d
    for k, v in g.get("ind", {}).items():
        e[f"indicators.{k}"] = v
    return e


# --- clauses: one per group, in each language, with the style's way of writing numbers and dates ------------------

def clauses(g, lang, style, skip=()):
    zh = lang == "zh"
    nh = {"voice": "spoken", "fullwidth": "fw", "form": "dec"}.get(style, "plain")
    dh_zh = {"voice": "spoken", "fullwidth": "fw", "letter": "cn", "form": "iso"}.get(style, R.choice(["cn", "dot"]))
    dh_en = {"voice": "spoken", "letter": "uk"}.get(style, R.choice(["uk", "us", "iso"]))

    def P(v):
        return pct_zh(v, nh) if zh else pct_en(v, nh)

    def D(d):
        return date_zh(d, dh_zh) if zh else date_en(d, dh_en)
    out = []
    if "reg" in g and "reg" not in skip:
        r = g["reg"]
        if len(r) == 2:
            out.append(f"公司注册地在北京市{r[0]}" if zh else f"the company is registered in {r[1]} District, Beijing")
        else:
            out.append(f"公司注册在{r[0]}{r[2]}" if zh else f"the company is registered in {r[1]}")
    if "ilp" in g:
        if g["ilp"]:
            out.append("我们是独立法人" if zh else "we are an independent legal person")
        else:
            out.append("我们只是集团设在北京的分公司，不具备独立法人资格" if zh else "we are only a branch office of a group, not a legal person of our own")
    if "rev" in g and "rev" not in skip:
        v = g["rev"]
        if zh:
            how = {"voice": "spoken", "fullwidth": R.choice(["fw", "yi"]), "form": "wan"}.get(style, R.choice(["wan", "sep", "yi", "yuan"]))
            out.append(f"2025年营业收入{rev_zh(v, how)}")
        else:
            how = {"voice": "spoken", "fullwidth": R.choice(["m", "bn", "yuan"] if v >= 10000 else ["m", "yuan"]), "form": "wan"}.get(style, R.choice(["m", "million", "yuan"]))
            out.append(f"operating revenue for 2025 was {rev_en(v, how)}")
    if "size" in g:
        if g["size"]:
            out.append("已经是规模以上工业企业" if zh else "we are an industrial enterprise above designated size (规上)")
        else:
            out.append("目前还不是规模以上企业" if zh else "we are not yet above designated size")
    if "prod" in g:
        p = g["prod"]
        manu = p in PRODUCTS and p[2] not in ("C2311", "C42", "C43")   # these are activities, not things made
        out.append((f"主要生产{p[0]}" if manu else f"主营业务是{p[0]}") if zh else (f"we mainly make {p[1]}" if manu else f"our business is {p[1]}"))
    if "factory" in g:
        if g["factory"][1]:
            out.append("工厂已建成并正常投产" if zh else "the factory is built and in normal production")
        else:
            out.append("申报的这座工厂厂房和产线都已建成，但尚未投产" if zh else "the factory we are applying for is built, lines and all, but production has not started yet")
    if "comp" in g:
        out.append("企业和产品的市场竞争力都比较强" if zh else "both the company and its products are competitive in the market")
    if "fin" in g:
        out.append("近三年经营和财务状况良好" if zh else "operations and finances have been sound over the past three years")
    if "credit" in g:
        if g["credit"]:
            out.append("有一条不良信用记录至今未修复" if zh else "there is a bad credit record against us that has not been cleared")
        else:
            out.append("从来没有不良信用记录" if zh else "we have never had a bad credit record")
    if "inc" in g:
        if not g["inc"]:
            out.append("近三年安全、环保、质量方面的事故一起都没有发生过" if zh else "in the last three years we have not had a single accident, whether safety, environmental or quality")
        for k, gr, d in g["inc"]:
            out.append(f"{D(d)}发生过一起{GRADE[gr][0]}{KIND[k][0]}事故" if zh else f"on {D(d)} we had one {GRADE[gr][1]} {KIND[k][1]} accident")
    if "viol" in g:
        if not g["viol"]:
            out.append("没有任何违法违规行为" if zh else "we have no violations of laws or regulations")
        for d, (vz, ve) in g["viol"]:
            out.append(f"{D(d)}因{vz}" if zh else f"on {D(d)} we were penalised: {ve}")
    if "poltech" in g:
        out.append("主导产品符合北京市产业政策，技术先进，工艺在行业里也是先进的" if zh else "our main product fits Beijing's industrial policy, with advanced technology and industry-leading processes")
    if "sec" in g:
        out.append("关键装备、工业软件和系统解决方案安全可控，网络安全和数据安全风险可控" if zh else "key equipment, industrial software and solutions are secure and controllable, and cyber and data-security risks are under control")
    if "org" in g:
        if g["org"][1]:
            out.append("成立了智能工厂建设领导小组负责统筹规划、建设和运营，也有一批智能制造专业人才" if zh else "a steering group plans, builds and runs the smart factory, and we have a team of smart-manufacturing specialists")
        else:
            out.append("成立了智能工厂建设领导小组负责统筹规划、建设和运营，但智能制造专业人才基本没有" if zh else "a steering group plans, builds and runs the smart factory, but we have no smart-manufacturing specialists to speak of")
    if "mat" in g and "mat" not in skip:
        m = g["mat"]
        out.append(f"智能制造能力成熟度评估结果是{cn_int(m) if style != 'fullwidth' else fw(str(m))}级" if zh else f"our smart-manufacturing maturity assessment (GB/T 39116) came out at level {en_int(m) if style == 'voice' else m}")
    if "dom" in g:
        names = [DOMAINS[d][0 if zh else 1] for d in g["dom"]]
        out.append(("建设内容覆盖" + "、".join(names) + "这几个环节") if zh else ("the smart-factory work covers " + ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1]))
    if "dt" in g:
        k, v = g["dt"]
        if k == "dt":
            out.append("已经通过数字化转型达标评估" if (zh and v) else "还没有实现数字化达标" if zh else
                       "we have already been assessed as digital-transformation compliant (数字化达标)" if v else "we have not achieved 数字化达标 (digital-transformation compliance)")
        elif k == "avg":
            out.append("主要技术经济指标都高于北京市同行业平均水平" if zh else "our main technical and economic indicators are above the Beijing average for our industry")
        else:
            out.append("既没有数字化达标，主要技术经济指标也不高于北京市同行业平均水平" if zh else "we are neither 数字化达标 nor above the Beijing industry average on our main indicators")
    if g.get("filing") and "filing" not in skip:
        f, dist, d = g["filing"]
        if f:
            out.append(f"{D(d)}已在{dist[0]}经信局完成基础级智能工厂备案" if zh else f"we completed our basic-level smart-factory filing with the {dist[1]} District bureau on {D(d)}")
        else:
            out.append("还没有做基础级智能工厂备案" if zh else "we have not yet filed as a basic-level smart factory")
    for k, v in g.get("ind", {}).items():
        if k in skip:
            continue
        out.append(f"{IND_ZH[k]}{P(v)}" if zh else f"{IND_EN[k]} {P(v)}")
    return out


# --- planted phrases -------------------------------------------------------------------------------------------
# (name, applies(g, level, style), zh text, zh words, en text, en words)

def _not(*ks):
    return lambda g, level, style: all(k not in g for k in ks)


def _ind_absent(k):
    return lambda g, level, style: k not in g.get("ind", {}) and level == "advanced"


PLANTS = [
    ("group_revenue", lambda g, lv, st: True, "集团合并报表营业收入大概18亿元", "18亿元",
     "the group's consolidated revenue is around RMB 1.8bn", "RMB 1.8bn"),
    ("sister_rate", _ind_absent("key_process_nc_rate"), "集团里天津那家兄弟公司的关键工序数控化率有86%", "86%",
     "our sister company in Tianjin has a key-process NC rate of 86%", "86%"),
    ("plan_maturity", _not("mat"), "成熟度评估还没做，预计明年能评到三级", "三级",
     "we have not done the maturity assessment yet; we hope to reach level 3 next year", "level 3"),
    ("filing_pending", lambda g, lv, st: lv == "advanced" and not g.get("filing"), "基础级备案材料上个月已经交到区里了，到现在还没有回音", "备案材料",
     "we handed our basic-level filing papers to the district last month and have heard nothing since", "filing papers"),
    ("cut_hand", _not("inc"), "今年三月一名工人操作时手被划伤，缝了几针", "手被划伤",
     "in March a worker cut his hand at a machine and needed a few stitches", "cut his hand"),
    ("nine_months", lambda g, lv, st: True, "今年前三季度营收1.1亿元", "1.1亿元",
     "revenue for the first nine months of this year was RMB 110m", "RMB 110m"),
    ("oee", lambda g, lv, st: lv == "advanced" and all(v != 13 for v in g.get("ind", {}).values()), "设备综合效率OEE提升了13%", "13%",
     "overall equipment effectiveness (OEE) rose 13%", "13%"),
    ("on_time", lambda g, lv, st: True, "订单准时交付率达到了96%", "96%",
     "on-time order delivery is at 96%", "96%"),
    ("defect_decimal", _ind_absent("defect_rate_reduction"), "不良率降了0.3", "0.3",
     "the defect rate dropped by 0.3", "0.3"),
    ("hq_plant", _not("reg"), "总部在朝阳区，生产基地在大兴区", "朝阳区|大兴区",
     "head office is in Chaoyang and the production base is in Daxing", "Chaoyang|Daxing"),
    ("size_hedge", _not("rev", "size"), "规上应该算吧，我也说不太准", "规上",
     "I believe we count as above designated size, but don't quote me", "above designated size"),
    ("backlog", lambda g, lv, st: True, "在手订单3.2亿元", "3.2亿元",
     "the order backlog stands at RMB 320m", "RMB 320m"),
    ("other_plant", _ind_absent("equipment_networking_rate"), "河北的分厂设备联网率低一些，只有58%", "58%",
     "our branch plant in Hebei is lower, with 58% of its equipment networked", "58% of its equipment networked"),
    ("plan_domain", lambda g, lv, st: "rd_design" not in g.get("dom", ["rd_design"]), "计划2027年把研发设计环节也建起来", "研发设计",
     "we plan to add R&D and design in 2027", "R&D and design"),
]


# --- styles ------------------------------------------------------------------------------------------------------

LEVEL_ZH = {"basic": "基础级", "advanced": "先进级"}
LEVEL_EN = {"basic": "basic-level", "advanced": "advanced-level"}
NAMES_ZH = ["王磊", "李静", "赵志刚", "孙晓燕", "周伟", "吴敏", "郑海波", "刘洋"]
NAMES_EN = ["Li Na, Production Director", "Zhang Wei, Operations Manager", "Chen Jie, Deputy General Manager",
            "Liu Fang, Head of Digital Projects"]


def zh_join(cs):
    return "，".join(cs)


def en_sent(cs):
    return " ".join(c[0].upper() + c[1:] + "." for c in cs)


def render(style, lang, level, g, plants):
    zh = lang == "zh"
    cs = clauses(g, lang, style)
    pz = [p[2] if zh else p[4] for p in plants]
    lvz, lve = LEVEL_ZH[level], LEVEL_EN[level]
    if style == "letter":
        reg = g.get("reg")
        if zh:
            to = f"尊敬的{reg[0]}经济和信息化局：" if reg and len(reg) == 2 else "尊敬的区经济和信息化主管部门领导："
            body = "。\n".join(["我司拟申请北京市" + lvz + "智能工厂，现将基本情况简要报告如下：" + cs[0], *cs[1:], *pz])
            return f"{to}\n    您好！\n    {body}。\n    请问我司目前是否符合申请{lvz}智能工厂的条件？盼复。\n此致\n敬礼！\n{R.choice(NAMES_ZH)}（生产技术部）"
        to = f"Dear colleagues at the {reg[1]} District Bureau of Economy and Information Technology," if reg and len(reg) == 2 else "Dear Sir or Madam,"
        return f"{to}\n\nI am writing to ask whether our company qualifies for Beijing's {lve} smart-factory recognition. {en_sent(cs + pz)}\n\nCould you let us know whether we meet the conditions? Thank you in advance.\n\nKind regards,\n{R.choice(NAMES_EN)}"
    if style == "voice":
        if zh:
            fill = ["嗯，", "那个，", "就是说，", "然后", "对，"]
            parts = [R.choice(fill) + c if R.random() < 0.5 else c for c in cs + pz]
            return "【语音转文字】喂，您好，嗯，我想咨询一下" + lvz + "智能工厂的事儿啊。" + "，".join(parts) + "。差不多就这些，您看我们能报" + lvz + "不？"
        fill = ["uh, ", "so basically ", "and, um, ", "right, so "]
        parts = [R.choice(fill) + c if R.random() < 0.5 else c for c in cs + pz]
        said = ", ".join(parts)
        return f"[voicemail transcript] Hi there, uh, this is about the {lve} smart factory thing. " + said[0].upper() + said[1:] + f". That's about it, so, can we go for the {lve} title or not? Thanks, bye."
    if style == "form":
        return form(g, lang, level, pz)
    if style == "twoyear":
        return twoyear(g, lang, level, pz)
    if style == "fullwidth":
        if zh:
            return fw("；".join(cs + pz)) + "。请问能否申报" + lvz + "？"
        said = "; ".join(cs + pz)
        return said[0].upper() + said[1:] + f". Do we qualify for the {lve} title?"
    if style == "group":
        if zh:
            return (f"我们是一家集团，下面有三家子公司，分别在北京、天津和河北。这次申报{lvz}智能工厂的是北京这家子公司，以下说的都是它自己的情况："
                    + zh_join(cs) + "。" + ("另外说明一下：" + "；".join(pz) + "。" if pz else "") + f"这家子公司能申请{lvz}吗？")
        return (f"We are a group with three subsidiaries (in Beijing, Tianjin and Hebei). The applicant for the {lve} title is the Beijing subsidiary, and what follows is about it alone. "
                + en_sent(cs) + (" For context: " + "; ".join(pz) + "." if pz else "") + " Can the Beijing subsidiary apply?")
    if style == "faq":
        ask_zh, ask_en = faq_ask(g, level)
        if zh:
            return "问：" + zh_join(cs + pz) + "。" + ask_zh
        return "Q: " + en_sent(cs + pz) + " " + ask_en
    if style == "negplan":
        if zh:
            return zh_join(cs) + "。" + ("；".join(pz) + "。" if pz else "") + f"这种情况下能申请{lvz}吗？"
        return en_sent(cs) + (" " + " ".join(p[0].upper() + p[1:] + "." for p in pz) if pz else "") + f" In that situation, can we apply for the {lve} title?"
    raise ValueError(style)


def faq_ask(g, level):
    if level == "advanced" and g.get("ind"):
        return "先进级对这几项指标的要求是多少？我们够吗？", "What are the advanced-level thresholds for these indicators, and do we reach them?"
    if "mat" in g:
        return f"{LEVEL_ZH[level]}对成熟度等级有什么要求？我们达到了吗？", f"What maturity level does the {LEVEL_EN[level]} title require, and are we there?"
    return f"{LEVEL_ZH[level]}的申请条件我们满足吗？", f"Do we meet the conditions for the {LEVEL_EN[level]} title?"


FORM_Q = {
    "reg": ("注册地址所在省市、区", "Registered address (province/city, district)"),
    "ilp": ("是否具有独立法人资格", "Independent legal person?"),
    "rev": ("2025年营业收入（单位：万元）", "Operating revenue 2025 (in CNY 10k)"),
    "size": ("是否规模以上工业企业", "Above designated size (规上)?"),
    "prod": ("主导产品", "Main product"),
    "factory": ("工厂是否已建成 / 是否正常投产", "Factory built? / In normal production?"),
    "comp": ("企业和产品是否具有较强市场竞争力", "Company and products competitive?"),
    "fin": ("近三年经营和财务状况是否良好", "Operations and finances sound over the last three years?"),
    "credit": ("是否有不良信用记录", "Any bad credit record?"),
    "inc": ("近三年发生的事故（时间、类别、等级）", "Accidents in the last three years (date, kind, grade)"),
    "viol": ("近三年违法违规行为", "Violations in the last three years"),
    "poltech": ("主导产品是否符合北京市产业政策、技术工艺是否先进", "Main product fits Beijing industrial policy; advanced technology and process?"),
    "sec": ("关键装备和软件是否安全可控、网络和数据安全风险是否可控", "Key equipment and software secure and controllable; cyber and data risk controllable?"),
    "org": ("是否建立统筹组织机制 / 是否有智能制造专业人才", "Organisation for the smart factory in place? / Smart-manufacturing specialists?"),
    "mat": ("GB/T 39116智能制造能力成熟度等级", "GB/T 39116 maturity level"),
    "dom": ("建设覆盖的环节", "Domains covered"),
    "dt": ("建设成效", "Effectiveness"),
    "filing": ("基础级备案情况", "Basic-level filing"),
}


def yn(b, zh):
    return ("是" if b else "否") if zh else ("Yes" if b else "No")


def form(g, lang, level, pz):
    zh = lang == "zh"
    lines = ["智能工厂申报自查问卷（比率均以小数填写，如0.5即50%）" if zh else "Smart-factory self-check questionnaire (rates as decimals: 0.5 means 50%)"]
    n = 0
    for key, (qz, qe) in FORM_Q.items():
        if key not in g or (key == "filing" and g["filing"] is None):
            continue
        v = g[key]
        c = clauses({key: v} if key != "dt" else {"dt": v}, lang, "form")
        if key == "ilp" or key == "size":
            a = yn(v, zh)
        elif key == "rev":
            a = f"{v:,}"
        elif key == "factory":
            a = f"{yn(v[0], zh)} / {yn(v[1], zh)}"
        elif key == "comp" or key == "fin" or key == "poltech" or key == "sec":
            a = yn(True, zh)
        elif key == "credit":
            a = yn(v, zh)
        elif key == "org":
            a = f"{yn(v[0], zh)} / {yn(v[1], zh)}"
        elif key == "mat":
            a = f"{v}"
        elif key == "reg":
            a = (f"北京市{v[0]}" if len(v) == 2 else f"{v[0]}{v[2]}") if zh else (f"Beijing, {v[1]} District" if len(v) == 2 else v[1])
        elif (key == "inc" and not v) or (key == "viol" and not v):
            a = "无" if zh else "None"
        else:
            a = c[0] if c else ""
        n += 1
        lines.append(f"Q{n}. {qz if zh else qe}\nA: {a}")
    if g.get("ind"):
        n += 1
        lines.append(f"Q{n}. " + ("先进级五项指标" if zh else "The five advanced-level indicators") + "\nA: " +
                     ("；" if zh else "; ").join(f"{IND_ZH[k] if zh else IND_EN[k]} {pct_zh(v, 'dec')}" for k, v in g["ind"].items()))
    if pz:
        n += 1
        lines.append(f"Q{n}. " + ("其他说明" if zh else "Other remarks") + "\nA: " + ("；" if zh else "; ").join(pz))
    lines.append(f"想确认：我们能不能申请{LEVEL_ZH[level]}？" if zh else f"Please confirm: can we apply for the {LEVEL_EN[level]} title?")
    return "\n".join(lines)


def twoyear(g, lang, level, pz):
    """Revenue 2024 and 2025 (2025 stated), rates at the end of 2025 and now (now stated); the earlier are planted."""
    zh = lang == "zh"
    skip = ["rev"] + [k for k in ("key_process_nc_rate", "equipment_networking_rate") if k in g.get("ind", {})]
    cs = clauses(g, lang, "twoyear", skip=skip)
    rows, earlier = [], []
    if "rev" in g:
        old = int(g["rev"] * R.choice([0.8, 0.85, 0.9]) // 10 * 10)
        rows.append(("营业收入（万元）" if zh else "Operating revenue (CNY 10k)", str(old), str(g["rev"])))
        earlier.append(str(old))
    for k in ("key_process_nc_rate", "equipment_networking_rate"):
        if k in skip:
            old = g["ind"][k] - R.choice([5, 7, 10])
            rows.append(((IND_ZH[k] + "（%）") if zh else (IND_EN[k] + " (%)"), str(old), str(g["ind"][k])))
            earlier.append(str(old))
    # revenue and rates in one table have different years: one table each
    out = []
    if "rev" in g:
        out.append(("| 项目 | 2024年 | 2025年 |" if zh else "| Item | 2024 | 2025 |") + "\n|---|---|---|\n" + f"| {rows[0][0]} | {rows[0][1]} | {rows[0][2]} |")
    rr = rows[1:] if "rev" in g else rows
    if rr:
        out.append(("| 指标 | 2025年底 | 2026年11月底（当前） |" if zh else "| Indicator | end of 2025 | end of Nov 2026 (current) |") + "\n|---|---|---|\n" +
                   "\n".join(f"| {a} | {b} | {c} |" for a, b, c in rr))
    intro = zh_join(cs) + "。" if zh else en_sent(cs)
    tail = ("；".join(pz) + "。" if zh else " ".join(p[0].upper() + p[1:] + "." for p in pz)) if pz else ""
    ask = f"按现在的情况能申请{LEVEL_ZH[level]}吗？" if zh else f"On current figures, can we apply for the {LEVEL_EN[level]} title?"
    return intro + "\n" + "\n\n".join(out) + ("\n" + tail if tail else "") + "\n" + ask, earlier


def make_generated():
    cases = []
    n_per = 16
    for style in STYLES:
        for i in range(n_per):
            lang = "zh" if i % 2 == 0 else "en"
            level = "advanced" if (i // 2) % 2 == 0 else "basic"
            if style == "twoyear" and i % 4 == 3:
                level = "advanced"
            g = facts_for(level, style)
            if style == "group":
                g["reg"], g["ilp"] = R.choice(DISTRICTS), True
            if style == "twoyear":
                g.pop("size", None)
                g.setdefault("rev", R.choice([2400, 3900, 6200, 8800, 17500]))
                if level == "advanced":
                    g["ind"].setdefault("key_process_nc_rate", 74)
            plants = []
            want_plant = (i % 3 == 0) or style in ("group",)
            if want_plant:
                ok = [p for p in PLANTS if p[1](g, level, style)]
                if style == "group":
                    ok = [p for p in ok if p[0] in ("group_revenue", "sister_rate", "other_plant")] or ok
                if style == "form":
                    ok = [p for p in ok if p[0] != "defect_decimal"]
                if style == "negplan":
                    ok = [p for p in ok if p[0].startswith("plan") or p[0] in ("filing_pending", "size_hedge")] or ok
                plants = R.sample(ok, min(len(ok), R.choice([1, 2])))
            expect = flat(g)
            amb = [w for p in plants for w in (p[3] if lang == "zh" else p[5]).split("|")]
            if style == "fullwidth" and lang == "zh":
                amb = [fw(w) for w in amb]
            if style == "twoyear":
                q, earlier = twoyear(g, lang, level, [p[2] if lang == "zh" else p[4] for p in plants])
                amb += earlier
            else:
                q = render(style, lang, level, g, plants)
            for w in amb:
                assert w in q, (w, q)
            cases.append({"q": q, "lang": lang, "level": level, "expect": expect,
                          "status": common.statuses(expect, level), "ambiguous": amb,
                          "kinds": [style] + [p[0] for p in plants], "source": "generated"})
    return cases


def main():
    cases = make_generated()
    for h in HAND:
        c = dict(h)
        c.setdefault("ambiguous", [])
        c["status"] = common.statuses(c["expect"], c["level"], only=c.pop("only", None))
        c["source"] = "hand"
        cases.append(c)
    for r in REVOCATIONS:
        c = {"q": r["q"], "lang": r["lang"], "level": r.get("level", "basic"), "expect": {}, "revoke": r["revoke"],
             "kinds": r["kinds"], "source": "revocation", "ambiguous": []}
        if r.get("verdict"):
            c["verdict"] = r["verdict"]
        cases.append(c)
    qs = [c["q"] for c in cases]
    assert len(set(qs)) == len(qs), [q for q, n in Counter(qs).items() if n > 1][:3]
    with open(os.path.join(HERE, "situations.json"), "w", encoding="utf-8") as fh:
        json.dump(cases, fh, ensure_ascii=False, indent=1)
    el = [c for c in cases if "status" in c]
    print(f"situations: {len(cases)} {dict(Counter(c['lang'] for c in cases))}; eligibility {len(el)} "
          f"{dict(Counter(c['source'] for c in el))}; facts {sum(len(c['expect']) for c in cases)}; statuses "
          f"{dict(Counter(s for c in el for s in c['status'].values()))}; planted cases {sum(1 for c in cases if c['ambiguous'])} "
          f"phrases {sum(len(c['ambiguous']) for c in cases)}; revocations "
          f"{dict(Counter(str(c['revoke']) + ('/' + c['verdict'] if c.get('verdict') else '') for c in cases if 'revoke' in c))}")


if __name__ == "__main__":
    main()
