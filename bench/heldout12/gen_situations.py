# ruff: noqa: E501
"""Writes situations.json of bench/heldout12: generated people (e-mails, letters, voice transcripts, pasted chat
logs, bullet/numbered/key-value lists; self-corrections; two plants or two years; planted ambiguities and
distractor numbers), hand-written cases (cases_hand.py) and revocations (revocations.py). Seeded: reruns give the
same file. Statuses come from derive.py over the stated facts only. Standard library only.

    python3 gen_situations.py
"""
import json
import os
import random

import derive
import render as rn
from cases_hand import HAND
from revocations import REVOCATIONS
from vocab import CO_STEMS, CO_SUFFIX, DISTRICTS, EN_CO, EN_NAMES, GIVEN, SURNAMES, en_num, zh_num

HERE = os.path.dirname(os.path.abspath(__file__))
N_GEN = 128

COND = [  # field path prefix -> condition eId (per level)
    ("registration.", "art_5__item_1"), ("independent_legal_person", "art_5__item_1"),
    ("above_designated_size", "art_5__item_1"), ("annual_revenue_10k_cny", "art_5__item_1"),
    ("industry_code", "art_5__item_1"), ("factory_", "art_5__item_2"), ("market_competitive", "art_5__item_2"),
    ("finances_sound_3y", "art_5__item_3"), ("bad_credit_record", "art_5__item_3"), ("incidents", "art_5__item_3"),
    ("violations", "art_5__item_3"), ("product_policy_compliant", "art_5__item_4"),
    ("advanced_technology", "art_5__item_4"), ("security_controllable", "art_5__item_5"),
    ("cyber_data_risk_controllable", "art_5__item_5"), ("organization_mechanism", "art_5__item_6"),
    ("talent_team", "art_5__item_6"), ("maturity_level", "art_5__item_7"), ("as_of", "art_14"),
]
LEVEL_COND = {"basic": [("domains", "att_1__sec_1"), ("digital_transformation_compliant", "att_1__sec_2"),
                        ("above_regional_industry_average", "att_1__sec_2")],
              "advanced": [("domains", "att_2__sec_1"), ("basic_filing.", "art_7"), ("indicators.", "att_2__sec_2"),
                           ("industry_code", "att_2__sec_2")]}


def unflatten(expect: dict) -> dict:
    p: dict = {"id": "x"}
    for path, v in expect.items():
        keys = path.split(".")
        cur = p
        for i, k in enumerate(keys[:-1]):
            nxt = keys[i + 1]
            if nxt.isdigit():
                cur = cur.setdefault(k, [])
            elif k.isdigit():
                while len(cur) <= int(k):
                    cur.append({})
                cur = cur[int(k)]
            else:
                cur = cur.setdefault(k, {})
        last = keys[-1]
        if isinstance(cur, list):
            cur.append(v)
        else:
            cur[last] = v
    return p


def statuses(expect: dict, level: str, hidden: dict | None = None, only=None) -> dict:
    p = unflatten({**expect, **(hidden or {})})
    st = derive.status(p, level)
    names = set()
    for path in list(expect) + list(hidden or {}):
        for pre, c in COND + LEVEL_COND[level]:
            if path.startswith(pre):
                names.add(c)
    if only:
        names = set(only)
    return {c: st[c] for c in sorted(names)}


def ind_values(r: random.Random, row: int, keys: list) -> dict:
    out = {}
    for k in keys:
        t = derive.ROWS[row][derive.KEYS.index(k)]
        d = r.choice([-9, -4, -1, 0, 2, 3, 6, 11]) if k in rn.RATES else r.choice([-2, -1, 0, 1, 2, 4])
        v = t + d
        if r.random() < 0.25:
            v += 0.5
        v = max(v, 1)
        v = min(v, 99.5)
        out[k] = int(v) if float(v).is_integer() else v
    return out


def row_of(code):
    return derive.row_of(code)


AMBIG = {  # kind -> (zh template, en template); {n} a number, {n2} a second
    "target": ("计划明年把设备联网率提到{n}%", "we plan to push networking to {n}% next year"),
    "sister": ("天津那个分厂的数控化率只有{n}%", "our sister plant in Tianjin has an NC rate of only {n}%"),
    "oee": ("设备综合效率OEE是{n}%", "OEE is around {n}%"),
    "group": ("集团整体的人均劳动生产率提升了{n}%", "across the whole group labour productivity rose {n}%"),
    "range": ("联网率估计在{n}%到{n2}%之间", "networking is somewhere between {n} and {n2} percent"),
    "defect_level": ("不良率从{n2}%降到了{n}%", "the defect rate went from {n2}% down to {n}%"),
    "dcmm": ("数据管理能力成熟度DCMM评了{k}级", "we got DCMM level {k}"),
    "avg": ("听说行业平均联网率是{n}%", "I heard the industry average networking rate is {n}%"),
    "efficiency": ("去年整体效率提升了{n}%", "overall efficiency went up {n}% last year"),
    "workshop": ("一车间单独算的话数控化率有{n}%", "workshop 1 alone has an NC rate of {n}%"),
    "vague": ("数控化率嘛，七十几吧，具体记不清", "NC rate is, like, seventy-something, I don't remember exactly"),
    "supplier": ("供应商准时交付率提升了{n}%", "supplier on-time delivery improved by {n}%"),
}


def ambiguity(r, lang, used: set):
    kind = r.choice(list(AMBIG))
    n = r.choice([x for x in range(12, 95) if x not in used])
    n2 = r.choice([x for x in range(n + 3, n + 15) if x not in used])
    if kind == "defect_level":
        n, n2 = r.choice([(1.2, 3), (0.8, 2.5), (2, 6)])
    k = r.choice(["二", "三"]) if lang == "zh" else r.choice(["2", "3"])
    t = AMBIG[kind][0 if lang == "zh" else 1].format(n=n, n2=n2, k=k)
    if kind == "vague":
        return t, ["七十几吧" if lang == "zh" else "seventy-something"]
    return t, [t]


def distractors(r, lang):
    staff, area, year = r.choice([186, 320, 486, 742, 1350]), r.choice([12000, 26500, 8800, 43000]), \
        r.choice([1998, 2006, 2011, 2016])
    po = f"PO-{r.randint(2024, 2026)}-{r.randint(1000, 9999)}"
    tel = f"010-{r.randint(5000, 8999)}{r.randint(1000, 9999)}"
    if lang == "zh":
        return {"staff": f"现有员工{staff}人", "area": f"厂区面积{area}平方米", "year": f"公司成立于{year}年",
                "po": f"订单号{po}", "tel": f"电话：{tel}", "zip": f"邮编{r.choice([100176, 101300, 102200])}"}
    return {"staff": f"we have {staff} employees", "area": f"a floor area of {area} m2",
            "year": f"founded in {year}", "po": f"Ref. order {po}", "tel": f"Tel: +86 {tel[1:]}",
            "zip": f"Postcode {r.choice([100176, 101300, 102200])}"}


def person(r, lang):
    return r.choice(SURNAMES) + r.choice(GIVEN) if lang == "zh" else r.choice(EN_NAMES)


def company(r, lang):
    return "北京" + r.choice(CO_STEMS) + r.choice(CO_SUFFIX) if lang == "zh" else r.choice(EN_CO)


def ask(r, lang, level):
    if lang == "zh":
        return r.choice([f"请问我们能申报{'先进级' if level == 'advanced' else '基础级'}智能工厂吗？",
                         f"这样够{'先进级' if level == 'advanced' else '基础级'}的条件吗？",
                         f"想确认一下{'先进级' if level == 'advanced' else '基础级'}能不能过。"])
    lv = "advanced level" if level == "advanced" else "basic level"
    return r.choice([f"Can we apply for the {lv} smart factory?", f"Do we qualify for the Beijing {lv}?",
                     f"Please kindly advise if we can apply {lv}."])


def facts_for(r, lang, level, style):
    """A list of (expect, words, chat_question) for one person, and the industry row."""
    out = []
    row = None
    if level == "advanced" or r.random() < 0.4:
        e, w = rn.industry(r, lang)
        out.append((e, w, None))
        row = row_of(e["industry_code"])
    if level == "advanced" and row:
        keys = r.sample(rn.KEYS, r.choice([3, 4, 5]))
        for k, v in ind_values(r, row, keys).items():
            e, w = rn.indicator(r, k, v, lang, "spoken" if style == "voice" else "kv" if style == "kv" else "plain")
            out.append((e, w, k))
    if level == "advanced":
        if r.random() < 0.65:
            out.append((*rn.filing(r, lang, r.random() < 0.8, with_date=r.random() < 0.4), "filing"))
    else:
        if r.random() < 0.7:
            f = r.choice(["digital_transformation_compliant", "above_regional_industry_average"])
            out.append((*rn.boolean(r, f, r.random() < 0.8, lang), None))
    if r.random() < 0.6:
        out.append((*rn.domains(r, lang), None))
    if r.random() < 0.55:
        out.append((*rn.maturity(r, lang, r.choice([1, 2, 2, 3, 3, 4]), "spoken" if style == "voice" else "kv" if style == "kv" else "plain"), "maturity"))
    if r.random() < 0.45:
        out.append((*rn.registration(r, lang, r.random() < 0.88), None))
    if r.random() < 0.45:
        out.append((*rn.revenue(r, lang, r.random() < 0.85), "revenue"))
    elif r.random() < 0.3:
        out.append((*rn.boolean(r, "above_designated_size", r.random() < 0.8, lang), None))
    if r.random() < 0.35:
        out.append((*rn.factory(r, lang, "running" if r.random() < 0.8 else "built"), None))
    for f in r.sample(list(rn.BOOL)[:11], r.choice([0, 1, 2, 3] if level == "advanced" else [1, 2, 3, 4])):
        if f in ("above_designated_size",):
            continue
        out.append((*rn.boolean(r, f, (r.random() < 0.85) != (f == "bad_credit_record"), lang), None))
    if r.random() < 0.3:
        kind = r.choice(["none", "none", "larger", "general"])
        out.append((*rn.incidents(r, lang, kind), None))
    if r.random() < 0.2:
        out.append((*rn.violations_none(r, lang), None))
    r.shuffle(out)
    return out, row


CHATQ_ZH = {"key_process_nc_rate": "关键工序数控化率多少？", "labor_productivity_gain": "人均劳动生产率提升了多少？",
            "defect_rate_reduction": "产品不良率下降了多少？", "equipment_networking_rate": "生产设备联网率呢？",
            "energy_per_output_reduction": "单位产值能耗降低了多少？", "maturity": "成熟度评了几级？",
            "filing": "基础级备案了吗？", "revenue": "营收规模怎么样？"}
CHATQ_EN = {"key_process_nc_rate": "What's your key-process NC rate?", "labor_productivity_gain": "Per-capita labour productivity gain?",
            "defect_rate_reduction": "How much did the product defect rate go down?", "equipment_networking_rate": "And the production equipment networking rate?",
            "energy_per_output_reduction": "Energy per unit of output value, how much lower?", "maturity": "Which maturity level?",
            "filing": "Is the basic level filed?", "revenue": "How big is your revenue?"}


def bare(r, lang, v):
    if lang == "zh":
        return r.choice([f"{v}%", f"嗯，{v}", f"百分之{zh_num(v)}", f"{v}左右吧，准确是{v}%"])
    return r.choice([f"{v}%", f"{v} percent", f"um {en_num(v)} percent"])


def self_correct(r, lang, key, v):
    w = v + r.choice([-7, -3, 4, 9]) if v > 10 else v + r.choice([2, 3])
    w = int(w) if float(w).is_integer() else w
    if lang == "zh":
        s = rn.SHORT_ZH[key]
        return r.choice([f"{s}{w}%，不对，是{v}%", f"{s}{w}，哦不，说错了，{v}%", f"{s}报的是{w}%……更正一下，应该是{v}%"])
    s = rn.SHORT_EN[key]
    return r.choice([f"{s} {w}% - sorry, {v}%", f"{s} is {w}, no wait, {v} percent", f"{s}: {w}% (correction: {v}%)"])


def two_plants(r, lang, key, v, resolved: bool):
    v2 = v - r.choice([8, 13, 17]) if v > 20 else v + 3
    if lang == "zh":
        s = rn.SHORT_ZH[key]
        a, b = r.choice([("亦庄", "顺义"), ("昌平", "房山"), ("一", "二")])
        lead = f"我们有两个厂，这次拿{a}厂申报。" if resolved else "我们有两个厂，"
        words_b = f"{b}厂是{v2}%"
        t = f"{lead}{a}厂{s}{v}%，{words_b}"
        return t, ([words_b] if resolved else [f"{a}厂{s}{v}%", words_b])
    s = rn.SHORT_EN[key]
    a, b = r.choice([("Plant A", "Plant B"), ("the Yizhuang plant", "the Shunyi plant")])
    lead = f"We run two plants and apply with {a}. " if resolved else "We run two plants: "
    words_b = f"{b} is at {v2}%"
    t = f"{lead}{a[0].upper() + a[1:]} has a {s} of {v}%, {words_b}"
    return t, ([words_b] if resolved else [f"has a {s} of {v}%", words_b])


def two_years(r, lang, key, v, resolved: bool):
    v1 = v - r.choice([5, 9, 12]) if v > 15 else max(v - 1, 0.5)
    if lang == "zh":
        s = rn.SHORT_ZH[key]
        if resolved:
            w1 = f"去年是{v1}%"
            return f"{s}{w1}，今年做到了{v}%", [w1]
        w1, w2 = f"2024年是{v1}%", f"2025年是{v}%"
        return f"{s}{w1}，{w2}", [w1, w2]
    s = rn.SHORT_EN[key]
    if resolved:
        w1 = f"last year it was {v1}%"
        return f"{s}: {w1}, this year we are at {v}%", [w1]
    w1, w2 = f"{v1}% in 2024", f"{v}% in 2025"
    return f"{s} was {w1} and {w2}", [w1, w2]


STYLES = ["email", "letter", "voice", "chat", "bullets", "numbered", "kv"]


def compose(r, i):
    lang = "zh" if i % 2 == 0 else "en"
    style = STYLES[(i // 2) % len(STYLES)]
    level = "advanced" if r.random() < 0.55 else "basic"
    facts, _row = facts_for(r, lang, level, style)
    expect: dict = {}
    amb: list = []
    kinds: list = []
    parts: list = []   # (words, chat question)
    used = set()
    for e, _, _ in facts:
        used |= {v for v in e.values() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    twist = r.random()
    ind_facts = [f for f in facts if f[2] in rn.KEYS]
    for e, w, q in facts:
        key = q if q in rn.KEYS else None
        if key and twist < 0.14 and ind_facts and (e, w, q) == ind_facts[0]:
            w = self_correct(r, lang, key, e[f"indicators.{key}"])
            kinds.append("self_correction")
        elif key and 0.14 <= twist < 0.27 and ind_facts and (e, w, q) == ind_facts[0]:
            resolved = r.random() < 0.5
            fn = two_plants if r.random() < 0.5 else two_years
            w, a = fn(r, lang, key, e[f"indicators.{key}"], resolved)
            amb += a
            kinds.append(fn.__name__ + ("_resolved" if resolved else "_unresolved"))
            if not resolved:
                e = {}
        expect.update(e)
        parts.append((w, q))
    if r.random() < 0.25:
        t, a = ambiguity(r, lang, used)
        parts.insert(r.randrange(len(parts) + 1), (t, None))
        amb += a
        kinds.append("ambiguity")
    co, who = company(r, lang), person(r, lang)
    dis = distractors(r, lang)
    dis["district"] = expect.get("registration.district") if expect.get("registration.province") == "北京" else None
    text = render_style(r, lang, style, level, parts, co, who, dis)
    if style in ("email", "letter"):
        dwords = [dis[k] for k in ("staff", "area", "po") if dis[k] in text]
        amb += dwords
        kinds.append("distractors")
    else:
        dwords = []
    return {"q": text, "lang": lang, "level": level, "expect": expect,
            "status": statuses(expect, level), "ambiguous": amb, "distractors": dwords, "kinds": [style, *kinds],
            "source": "generated"}


def render_style(r, lang, style, level, parts, co, who, dis):
    words = [w for w, _ in parts]
    zh = lang == "zh"
    if style == "email":
        if zh:
            head = r.choice(["王老师您好：", "您好！", "经信局的领导好，"])
            body = f"我是{co}生产运营部的{who}，{dis['year']}，{dis['staff']}，{dis['area']}。我们的情况：" + "；".join(words) + "。"
            return (f"{head}\n\n{body}\n{ask(r, lang, level)}\n\n谢谢！\n{who}\n{co}\n地址：北京市{dis['district'] or r.choice(DISTRICTS)[0]}科创{r.randint(2, 14)}街{r.randint(1, 99)}号 "
                    f"{dis['zip']}\n{dis['tel']}\n（另：上周{dis['po']}的发票已寄出）")
        head = r.choice(["Dear Sir or Madam,", "Hello,", "Dear colleagues,"])
        body = f"My name is {who}, I am working in {co}, {dis['year']}, {dis['staff']} and {dis['area']}. About our factory: " + "; ".join(words) + "."
        return (f"{head}\n\n{body}\n{ask(r, lang, level)}\n\nBest regards,\n{who}\nPlant manager, {co}\n{dis['tel']}\n{dis['po']}")
    if style == "letter":
        if zh:
            lv = "先进级" if level == "advanced" else "基础级"
            return (f"关于我司申报北京市{lv}智能工厂有关情况的咨询函\n\n区经济和信息化局：\n　　{co}{dis['year'][2:]}，{dis['staff']}，{dis['area']}。"
                    f"现将有关情况报告如下：" + "；".join(words) + f"。\n　　{ask(r, lang, level)}\n　　特此函询。\n\n{co}（盖章）\n联系人：{who} {dis['tel']}\n2026年11月{r.randint(10, 28)}日\n（附：{dis['po']}）")
        return (f"To: Beijing Municipal Bureau of Economy and Information Technology\nSubject: enquiry about smart factory recognition\n\n"
                f"Respected officer,\nWe are {co} ({dis['year']}, {dis['staff']}, {dis['area']}). Please find our situation as below: "
                + "; ".join(words) + f".\n{ask(r, lang, level)}\nThank you very much for your kindly help.\n\nYours faithfully,\n{who}\n{dis['tel']}")
    if style == "voice":
        if zh:
            fill = ["嗯，", "那个，", "就是说，", "然后呢，", "对，", ""]
            s = "".join(r.choice(fill) + w + "，" for w in words)
            return f"（语音转文字）喂，你好，嗯，我是{co}的，{s}嗯……{ask(r, lang, level)}"
        fill = ["uh, ", "so, like, ", "um, ", "and, uh, ", "you know, ", ""]
        s = "".join(r.choice(fill) + w + ", " for w in words)
        return f"[voice message transcript] hi, uh, this is {who} from {co}, {s}um... {ask(r, lang, level).lower()}"
    if style == "chat":
        lines = []
        for w, q in parts:
            if q in rn.KEYS and (rn.SHORT_ZH[q] in w or rn.SHORT_EN[q] in w or any(n in w for n in (rn.IND_ZH[q] + rn.IND_EN[q]))) \
                    and "，" not in w and " - " not in w and "no wait" not in w and "correction" not in w and "plant" not in w.lower() and "年" not in w and "year" not in w:
                v = next(iter(_value_of(w)), None)
                if v is not None:
                    lines.append(("顾问：" if zh else "Consultant: ") + (CHATQ_ZH if zh else CHATQ_EN)[q])
                    lines.append(("我：" if zh else "Me: ") + bare(r, lang, v))
                    continue
            lines.append("顾问：还有别的情况吗？" if zh else "Consultant: Anything else?")
            lines.append(("我：" if zh else "Me: ") + w)
        if zh:
            return "下面是我和咨询顾问的聊天记录，帮我看看：\n" + "\n".join(lines) + f"\n——\n{ask(r, lang, level)}"
        return "Pasting my chat with a consultant below, please check:\n" + "\n".join(lines) + f"\n---\n{ask(r, lang, level)}"
    if style == "bullets":
        head = f"{co}情况：" if zh else f"{co} - our situation:"
        return head + "\n" + "\n".join(f"- {w}" for w in words) + "\n" + ask(r, lang, level)
    if style == "numbered":
        head = "我们的情况如下：" if zh else "Our facts:"
        return head + "\n" + "\n".join(f"{k}. {w}" for k, w in enumerate(words, 1)) + "\n" + ask(r, lang, level)
    return ("企业名称：" + co if zh else "Company: " + co) + "\n" + "\n".join(words) + "\n" + ask(r, lang, level)


def _value_of(w):
    import re
    m = re.findall(r"(\d+(?:\.\d+)?)\s*(?:%|％| percent| per cent)", w)
    if len(m) == 1:
        x = float(m[0])
        return [int(x) if x.is_integer() else x]
    return []


def main():
    r = random.Random(1212)
    cases = []
    for i in range(N_GEN):
        c = compose(r, i)
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
    # empty status dicts cannot be scored: keep only cases with at least one stated fact or a revocation
    cases = [c for c in cases if "revoke" in c or c["status"]]
    with open(os.path.join(HERE, "situations.json"), "w", encoding="utf-8") as fh:
        json.dump(cases, fh, ensure_ascii=False, indent=1)
    n_f = sum(len(c["expect"]) for c in cases)
    true_amb = sum(1 for c in cases if set(c.get("ambiguous", [])) - set(c.get("distractors", [])))
    print(f"situations: {len(cases)} (zh {sum(c['lang'] == 'zh' for c in cases)}), facts {n_f}, with ambiguous words "
          f"{sum(1 for c in cases if c.get('ambiguous'))} (planted ambiguities {true_amb}, distractor-only "
          f"{sum(1 for c in cases if c.get('ambiguous')) - true_amb}), revocations {sum('revoke' in c for c in cases)}")
    from collections import Counter
    print("kinds:", dict(Counter(k for c in cases for k in c["kinds"])))


if __name__ == "__main__":
    main()
