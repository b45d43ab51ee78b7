# ruff: noqa: E501
"""Writes situations.json of bench/heldout13: generated people in new kinds of writing (a consultant or agent about
a client in the third person, a pasted application form as a pipe- or tab-separated table, mixed Chinese-English,
non-native English, forum posts and WeChat group messages with emoji and typos), each with planted ambiguities of
new kinds (fractions, ratios, counts, percentage points, comparisons with an average, approximations, bounds,
targets, group figures, places that are not districts, products of two divisions, other scores) and distractor
numbers; then the hand-written cases (cases_hand.py) and the revocations (revocations.py). Statuses come from
derive.py over the stated facts only.

    python3 gen_situations.py
"""
from __future__ import annotations

import json
import os
import random
from collections import Counter

import derive
from cases_hand import HAND
from common import AMBIG_PRODUCTS, DISTRICTS, IND, NOT_DISTRICTS, PRODUCTS, ROWS, statuses
from render import FORM_LABELS_EN, FORM_LABELS_ZH, num, stmt
from revocations import REVOCATIONS

HERE = os.path.dirname(os.path.abspath(__file__))
N_GEN = 107
PO, PM, OM, FC, RD = "production_operation", "production_management", "operations_management", \
    "factory_construction", "rd_design"


def ind_values(r, row, keys):
    out = {}
    for k in keys:
        t = ROWS[row][IND.index(k)]
        v = t + r.choice([-9, -4, -1, 0, 1, 3, 6, 11]) * (1 if t >= 20 else 0.5)
        if r.random() < 0.3:
            v += 0.5
        v = max(0.5, min(99, v))
        out[k] = int(v) if float(v).is_integer() else round(v, 1)
    return out


# planted ambiguities of new kinds: (zh, en) with {n}, {m}; words whose value must not be bound
AMBIG = {
    "fraction": ("大约三分之二的生产设备已经联网", "roughly two thirds of the production machines are networked"),
    "ratio": ("关键工序数控化率0.{d}", "key-process NC ratio 0.{d}"),
    "count": ("{m}台关键设备里有{n}台是数控的", "{n} of our {m} key machines are CNC"),
    "points": ("设备联网率比去年提高了{n}个百分点", "networking rate is up {n} points on last year"),
    "vs_average": ("人均劳动生产率比行业平均高{n}%", "labour productivity per head is {n}% above the industry average"),
    "approx": ("数控化率{n}%左右吧", "NC rate is around {n} percent"),
    "bound": ("联网率还不到{n}%", "networking rate still below {n}%"),
    "target": ("明年目标是单位产值能耗再降{n}%", "next year we aim to cut energy per output by {n}%"),
    "range": ("不良率下降了{n}%到{m}%之间", "defect rate came down by somewhere between {n} and {m} percent"),
    "group": ("集团整体营收{n}亿元", "group-wide revenue of RMB {n} billion"),
    "multiple": ("生产效率提升到原来的1.{d}倍", "output efficiency is 1.{d} times what it was"),
    "score": ("成熟度自评得分{n}.{d}分", "maturity self-assessment score {n}.{d}"),
    "national_avg": ("主要指标高于全国同行业平均水平", "main indicators above the national industry average"),
    "place": ("{place}", "{place_en}"),
    "product2": ("{p2}", "{p2_en}"),
}


def plant(r, lang, kind):
    d = r.choice([61, 68, 72, 77, 83])
    n = r.choice([3, 4, 6, 7, 12, 15])
    m = n + r.choice([2, 3, 5])
    if kind == "count":
        m, n = r.choice([(40, 29), (25, 18), (60, 47), (12, 9)])
    if kind in ("approx", "bound"):
        n = r.choice([60, 70, 75, 80])
    if kind == "score":
        n = 2
    if kind == "group":
        n = r.choice([12, 35, 58])
    pl = r.choice(NOT_DISTRICTS)
    p2 = r.choice(AMBIG_PRODUCTS)
    t = AMBIG[kind][0 if lang == "zh" else 1]
    w = t.format(n=n, m=m, d=d, place=pl[0], place_en=pl[1], p2=p2[0], p2_en=p2[1])
    if kind == "place":
        w = (f"公司在{pl[0]}" if lang == "zh" else f"we are in {pl[1]}")
    if kind == "product2":
        w = (f"主营{p2[0]}" if lang == "zh" else f"we make {p2[1]}")
    return w, kind


def distractors(r, lang):
    out = []
    a = r.sample(["phone", "staff", "area", "founded", "order", "floor"], 2)
    for k in a:
        if k == "phone":
            out.append(r.choice(["电话 139 1024 5567", "微信 18610337291"]) if lang == "zh" else r.choice(["cell +86 139 1024 5567", "tel 186-1033-7291"]))
        elif k == "staff":
            n = r.choice([186, 420, 1350])
            out.append(f"员工{n}人" if lang == "zh" else f"{n} staff")
        elif k == "area":
            n = r.choice(["2.3万平方米", "18,000平方米"]) if lang == "zh" else r.choice(["23,000 square metres", "18,000 m2"])
            out.append(("厂房面积" + n) if lang == "zh" else ("a floor area of " + n))
        elif k == "founded":
            y = r.choice([1998, 2006, 2013])
            out.append(f"成立于{y}年" if lang == "zh" else f"founded in {y}")
        elif k == "order":
            out.append(r.choice(["工单号 WO-20261142", "订单编号 SO88317"]) if lang == "zh" else r.choice(["ticket #WO-20261142", "order no. SO88317"]))
        else:
            out.append(r.choice(["办公在8层", "3号楼"]) if lang == "zh" else r.choice(["office on floor 8", "building 3"]))
    return out


ASK = {("zh", "basic"): ["能不能认定基础级智能工厂？", "够基础级吗？", "申报基础级有戏吗"],
       ("zh", "advanced"): ["能申请先进级智能工厂吗？", "先进级够不够？", "冲先进级有没有希望"],
       ("en", "basic"): ["Can we be recognised as a basic-level smart factory?", "Do we qualify for basic level?", "basic level possible?"],
       ("en", "advanced"): ["Can we apply for the advanced level?", "Do we meet the advanced-level conditions?", "advanced level ok or not?"]}


def pick_facts(r, level):
    """Which fields this person states, and their values (rendering keys)."""
    prod = r.choice(PRODUCTS)
    row = derive.row_of(prod[2])
    facts = []
    if r.random() < 0.45:
        facts.append(("registration", r.choice(DISTRICTS)))
    if r.random() < 0.5:
        facts.append(("industry_code", prod))
    if r.random() < 0.35:
        facts.append(("annual_revenue_10k_cny", r.choice([1650, 1880, 3500, 8600, 12000, 26800, 45200])))
    elif r.random() < 0.3:
        facts.append(("above_designated_size", r.random() < 0.85))
    if r.random() < 0.3:
        facts.append(("independent_legal_person", r.random() < 0.85))
    if r.random() < 0.3:
        facts.append(("factory", r.choice([(True, True), (True, True), (True, False)])))
    if r.random() < 0.45:
        facts.append(("maturity_level", r.choice([1, 2, 2, 3, 3, 4])))
    if r.random() < 0.2:
        facts.append(("finances_sound_3y", True))
    if r.random() < 0.2:
        facts.append(("bad_credit_record", r.random() < 0.15))
    if r.random() < 0.15:
        facts.append(("violations", []))
    for k in ("product_policy", "security", "org", "market_competitive"):
        if r.random() < 0.12:
            facts.append((k, True))
    if r.random() < 0.45:
        dom = r.choice([[PO], [PO, PM, OM], [FC, PO, PM, OM], [RD, PO, PM], [FC, RD, PO, PM, OM], [RD, PM, OM]])
        facts.append(("domains", dom))
    if level == "advanced":
        keys = r.sample(IND, r.choice([2, 3, 3, 4, 5]))
        for k, v in ind_values(r, row or 4, keys).items():
            facts.append(("indicators." + k, v))
        if r.random() < 0.5:
            facts.append(("basic_filing", True))
    else:
        if r.random() < 0.5:
            facts.append((r.choice(["digital_transformation_compliant", "above_regional_industry_average"]), True))
    return prod, facts


STYLES = ["consultant", "form", "mixed", "nonnative", "forum", "wechat"]


def compose(r, i):
    style = STYLES[i % len(STYLES)]
    lang = {"mixed": "zh", "nonnative": "en"}.get(style, "zh" if (i // len(STYLES)) % 2 == 0 else "en")
    level = "advanced" if r.random() < 0.55 else "basic"
    prod, facts = pick_facts(r, level)
    person = "they" if style == "consultant" else "we"
    nonnative = style == "nonnative"
    expect: dict = {}
    parts: list = []
    table: list = []
    for key, v in facts:
        if style == "form" and (key.startswith("indicators.") or key in ("maturity_level", "annual_revenue_10k_cny", "registration", "industry_code", "basic_filing")):
            labels = FORM_LABELS_ZH if lang == "zh" else FORM_LABELS_EN
            if key.startswith("indicators."):
                k = key.split(".")[1]
                table.append((labels[k], num(v)))
                expect[key] = v
            elif key == "maturity_level":
                table.append((labels["maturity_level"], (f"{v}级" if lang == "zh" else f"Level {v}")))
                expect[key] = v
            elif key == "annual_revenue_10k_cny":
                table.append((labels["annual_revenue_10k_cny"], f"{v:,}"))
                expect[key] = v
            elif key == "registration":
                table.append((labels["district"], v[0] if lang == "zh" else f"{v[2]} District"))
                expect["registration.district"] = v[0]
            elif key == "industry_code":
                table.append((labels["product"], v[0] if lang == "zh" else v[1]))
                expect["industry_code"] = v[2]
            else:
                table.append((labels["filed"], "已备案" if lang == "zh" else "filed"))
                expect["basic_filing.filed"] = True
            continue
        w, e = stmt(r, lang, key, v, person=person, nonnative=nonnative)
        if style == "mixed" and key.startswith("indicators."):
            k = key.split(".")[1]
            mixed = {"key_process_nc_rate": "关键工序NC率", "labor_productivity_gain": "人均productivity提升",
                     "defect_rate_reduction": "defect rate下降", "equipment_networking_rate": "设备networking rate",
                     "energy_per_output_reduction": "单位产值energy consumption降低"}
            w = f"{mixed[k]} {num(v)}%"
        parts.append(w)
        expect.update(e)
    # the form's registered district: the province is the form's (a Beijing form) only when the header says so
    amb: list = []
    kinds = [style]
    if r.random() < (0.6 if style in ("forum", "wechat") else 0.3):
        kind = r.choice(list(AMBIG))
        # do not plant a second value for a field already stated
        clash = {"fraction": "indicators.equipment_networking_rate", "ratio": "indicators.key_process_nc_rate",
                 "count": "indicators.key_process_nc_rate", "points": "indicators.equipment_networking_rate",
                 "vs_average": "indicators.labor_productivity_gain", "approx": "indicators.key_process_nc_rate",
                 "bound": "indicators.equipment_networking_rate", "target": "indicators.energy_per_output_reduction",
                 "range": "indicators.defect_rate_reduction", "group": "annual_revenue_10k_cny",
                 "score": "maturity_level", "national_avg": "above_regional_industry_average",
                 "place": "registration.district", "product2": "industry_code"}.get(kind)
        if clash not in expect:
            w, k = plant(r, lang, kind)
            parts.insert(r.randrange(len(parts) + 1), w)
            amb.append(w)
            kinds.append("ambiguous:" + k)
    dis = distractors(r, lang) if style in ("consultant", "form", "forum") or r.random() < 0.3 else []
    ask = r.choice(ASK[(lang, level)])
    text = render_style(r, style, lang, level, parts, table, dis, ask, prod)
    if not expect:
        return None
    dis = [d for d in dis if d in text]   # only the distractors the words carry
    return {"q": text, "lang": lang, "level": level, "expect": expect, "status": statuses(expect, level),
            "ambiguous": amb + dis, "distractors": dis, "kinds": kinds, "source": "generated"}


def render_style(r, style, lang, level, parts, table, dis, ask, prod):
    zh = lang == "zh"
    if style == "consultant":
        if zh:
            head = r.choice(["我们是一家咨询公司，服务的一家客户想问问：", "代客户咨询：", "我这边有个客户（" + dis[0] + "）的情况，帮忙看下。"])
            body = "；".join(parts) + "。"
            tail = "他们" + ask.replace("我们", "")
            return f"{head}{body}{'另外' + dis[-1] + '。' if len(dis) > 1 else ''}{tail}"
        head = r.choice(["Writing on behalf of our client.", "I'm an agent for a manufacturer (" + dis[0] + ").", "One of our clients asked me to check."])
        body = "; ".join(parts) + "."
        return f"{head} {body[0].upper() + body[1:]} {('Also: ' + dis[-1] + '.') if len(dis) > 1 else ''} {ask.replace('we', 'they').replace('Can they be', 'Can they be')}".replace("  ", " ")
    if style == "form":
        sepc = r.choice(["|", "\t"])
        if zh:
            rows = [f"指标{sepc}数值"] + [f"{a}{sepc}{b}" for a, b in table] + [f"其他{sepc}{d}" for d in dis]
            lead = "下面是我们申报表里的几行，直接贴过来了：\n" if table else "申报表还没填完。\n"
            say = ("\n另外：" + "；".join(parts) + "。") if parts else ""
            return lead + "\n".join(rows) + say + "\n" + ask
        rows = [f"Item{sepc}Value"] + [f"{a}{sepc}{b}" for a, b in table] + [f"Other{sepc}{d}" for d in dis]
        lead = "Pasting the rows of our application form:\n" if table else "Our form is not finished yet.\n"
        say = ("\nAlso: " + "; ".join(parts) + ".") if parts else ""
        return lead + "\n".join(rows) + say + "\n" + ask
    if style == "mixed":
        return r.choice(["Hi，", "请教一下，", ""]) + "，".join(parts) + "。" + (("（" + "，".join(dis) + "）") if dis else "") + ask
    if style == "nonnative":
        return r.choice(["Dear sir, ", "Hello, please help. ", "Good day. "]) + ". ".join(p[0].upper() + p[1:] for p in parts) + \
            ". " + ((" ".join(d + "." for d in dis) + " ") if dis else "") + ask + r.choice([" Thank you very much.", " Waiting your answer.", ""])
    if style == "forum":
        if zh:
            return r.choice(["【求助】", "[新人求教] ", "版主好～ "]) + "楼主厂子的情况：" + "，".join(parts) + "。" + \
                ("（" + "，".join(dis) + "）" if dis else "") + ask + r.choice(["🙏🙏", "？？急！", " 先谢过各位大佬了"])
        return r.choice(["[Help] ", "First post here - ", "Quick q for the forum: "]) + "our plant: " + ", ".join(parts) + ". " + \
            ((" / ".join(dis) + ". ") if dis else "") + ask + r.choice([" 🙏", " thx in advance!!", " cheers"])
    # wechat group message
    if zh:
        return r.choice(["@政策小助手 ", "群里问一下😂 ", "[语音转文字失败] 打字说吧："]) + "，".join(parts) + r.choice(["，", "。。"]) + \
            ("（" + dis[0] + "）" if dis else "") + ask + r.choice(["👍", "🤔", "[抱拳]"])
    return r.choice(["@PolicyBot ", "hey all 👋 ", "sry for typos, on phone: "]) + ", ".join(parts) + ". " + \
        (("(" + dis[0] + ") ") if dis else "") + ask + r.choice([" 🤔", " 🙏", ""])


def main():
    r = random.Random(1313)
    cases = []
    i = 0
    while len(cases) < N_GEN:
        c = compose(r, i)
        i += 1
        if c and c["status"]:
            cases.append(c)
    for h in HAND:
        c = {"q": h["q"], "lang": h["lang"], "level": h["level"], "expect": h["expect"],
             "status": h.get("status_override") or statuses(h["expect"], h["level"], h.get("hidden"), h.get("only")),
             "ambiguous": h.get("ambiguous", []), "distractors": h.get("distractors", []), "kinds": h["kinds"],
             "source": "hand"}
        cases.append(c)
    for v in REVOCATIONS:
        verdict, _ = derive.revocation(v["events"])
        revoke = next((k for k, s in v["events"].items() if s is True), False)
        cases.append({"q": v["q"], "lang": v["lang"], "level": v["level"], "expect": {}, "revoke": revoke,
                      "verdict": verdict, "kinds": v["kinds"], "source": "revocation"})
    cases = [c for c in cases if "revoke" in c or c["status"]]
    qs = Counter(c["q"] for c in cases)
    assert all(n == 1 for n in qs.values()), [q for q, n in qs.items() if n > 1]
    with open(os.path.join(HERE, "situations.json"), "w", encoding="utf-8") as fh:
        json.dump(cases, fh, ensure_ascii=False, indent=1)
    true_amb = sum(1 for c in cases if set(c.get("ambiguous", [])) - set(c.get("distractors", [])))
    print(f"situations: {len(cases)} (zh {sum(c['lang'] == 'zh' for c in cases)}), facts {sum(len(c['expect']) for c in cases)}, "
          f"planted ambiguities {true_amb}, with distractors {sum(1 for c in cases if c.get('distractors'))}, "
          f"revocations {sum('revoke' in c for c in cases)}")
    print("kinds:", dict(Counter(k.split(':')[0] for c in cases for k in c["kinds"])))


if __name__ == "__main__":
    main()
