# ruff: noqa: E501
"""Writes situations.json of bench/heldout15: generated people in 8 kinds of writing (key: value lists, pasted
tables, chat lines, consultants writing for a client, self-assessment report excerpts, small-firm owners with typos,
code-switched zh/en, comparisons and changes), with negation lists and planted ambiguities; then the hand cases
(cases_hand.py) and the revocations (revocations.py). Seeded, deterministic. Standard library only.

    python3 gen_situations.py
"""
from __future__ import annotations

import json
import os
import random
import re
from collections import Counter

import derive
from cases_hand import HAND
from common import statuses
from render import TYPO_EN, TYPO_ZH, pct
from revocations import REVOCATIONS
from topics import chat, cs, expect_of, kv, sent
from vocab import ALL_DOMAINS, DISTRICTS, FC, OM, OTHER_INDUSTRIES, OTHER_PROVINCES, PM, PO, PRODUCTS, RD

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20261208)
KEYS = derive.KEYS

# planted ambiguities: (words, topics that must not be stated beside them, styles it fits or None)
AMB = {
    "zh": [
        ("关键工序自动化率85%", (), None),
        ("数控化率比去年提高了6个百分点", ("ind:key_process_nc_rate",), None),
        ("设备联网率比上年提升了9个百分点", ("ind:equipment_networking_rate",), None),
        ("良品率提高了3%", ("ind:defect_rate_reduction",), None),
        ("综合能耗总量下降了6%", ("ind:energy_per_output_reduction",), None),
        ("生产效率提升了12%", ("ind:labor_productivity_gain",), None),
        ("年产值3.2亿元", ("revenue",), None),
        ("集团整体营收28亿元", (), None),
        ("成熟度二级或三级，还没最终定", ("maturity",), None),
        ("有个指标是78%，具体是哪个我得回去查", (), None),
        ("设备联网大概七八成", ("ind:equipment_networking_rate",), None),
        ("数控化率在70%到75%之间", ("ind:key_process_nc_rate",), None),
        ("今年预计营收能到5000万", (), None),
        ("客户要求我们的不良率再降8%", (), None),
        ("不良率从2.0%降到了1.5%", ("ind:defect_rate_reduction",), None),
        ("人均产值从80万元提高到了92万元", ("ind:labor_productivity_gain",), None),
        ("注册地和工厂一个在海淀一个在昌平", ("reg",), None),
        ("上次发您的数据里联网率写的是66%，那是旧数据", ("ind:equipment_networking_rate",), None),
        ("我们服务的另一家客户数控化率是91%", (), ("consultant",)),
        ("我们团队做过40多个智能工厂项目", (), ("consultant",)),
    ],
    "en": [
        ("our automation rate is 85%", (), None),
        ("the NC rate is up 6 points on last year", ("ind:key_process_nc_rate",), None),
        ("networking went up 9 percentage points this year", ("ind:equipment_networking_rate",), None),
        ("first-pass yield improved by 3%", ("ind:defect_rate_reduction",), None),
        ("total energy consumption fell 6%", ("ind:energy_per_output_reduction",), None),
        ("throughput per line rose 12%", ("ind:labor_productivity_gain",), None),
        ("gross output value of RMB 320 million", ("revenue",), None),
        ("the group as a whole turns over RMB 2.8bn", (), None),
        ("maturity is level 2 or 3, the assessor hasn't decided", ("maturity",), None),
        ("one of our rates is 78% but I can't remember which one", (), None),
        ("roughly seven or eight in ten machines are networked", ("ind:equipment_networking_rate",), None),
        ("NC rate somewhere between 70 and 75 percent", ("ind:key_process_nc_rate",), None),
        ("we forecast RMB 50 million of revenue this year", (), None),
        ("a customer wants us to cut defects by another 8%", (), None),
        ("the defect rate went from 2.0% to 1.5%", ("ind:defect_rate_reduction",), None),
        ("output per head rose from RMB 800k to RMB 920k", ("ind:labor_productivity_gain",), None),
        ("registered office and plant are in Haidian and Changping, one each", ("reg",), None),
        ("the 66% networking figure I sent last time was old data", ("ind:equipment_networking_rate",), None),
        ("another client of ours runs a 91% NC rate", (), ("consultant",)),
        ("our team has delivered 40-odd smart-factory projects", (), ("consultant",)),
    ],
}

CLIENTS_ZH = ["北京恒远精工科技有限公司", "北京禾丰食品有限公司", "北京中科瑞光电子有限公司", "北京京西新材料有限公司",
              "北京安泰生物制药有限公司", "北京启明智能装备有限公司"]
CLIENTS_EN = ["Beijing Hengyuan Precision Co., Ltd.", "Beijing Hefeng Foods Co., Ltd.", "Beijing Ruiguang Electronics Co., Ltd.",
              "Beijing Jingxi New Materials Co., Ltd.", "Beijing Antai Biopharma Co., Ltd.", "Beijing Qiming Intelligent Equipment Co., Ltd."]
VIOL = [{"date": "2025-06-12", "zh": "超标排放", "en": "exceeding emission limits"},
        {"date": "2024-10-09", "zh": "未按规定申报危险废物", "en": "not declaring hazardous waste"},
        {"date": "2026-02-17", "zh": "消防设施不合格", "en": "faulty fire-safety equipment"}]
INC = [[{"kind": "safety", "grade": "general", "date": "2025-07-14"}],
       [{"kind": "environmental", "grade": "larger", "date": "2024-09-03"}],
       [{"kind": "safety", "grade": "larger", "date": "2023-04-18"}],   # outside (2023-12-08, 2026-12-08]
       [{"kind": "quality", "grade": "major", "date": "2025-11-20"}],
       [{"kind": "quality", "grade": "general", "date": "2026-05-06"}]]
REVENUES = [1650, 1880, 2600, 3150, 4500, 6200, 8000, 12000, 23000, 35000, 80000, 120000, 9600, 18500]
FILING_DATES = ["2025-09-12", "2026-03-20", "2026-06-11", "2025-12-04", "2026-08-27"]


def pick_values(level: str) -> dict:
    """One person's facts: topic -> value."""
    v: dict = {}
    if R.random() < 0.88:
        dz, de = R.choice(DISTRICTS)
        v["reg"] = {"prov": "北京", "prov_full": "北京市", "district": dz, "en": de}
    else:
        p, pf, pe = R.choice(OTHER_PROVINCES)
        v["reg"] = {"prov": p, "prov_full": pf, "prov_en": pe}
    v["legal"] = R.random() < 0.88
    if R.random() < 0.8:
        v["revenue"] = R.choice(REVENUES)
    else:
        v["size"] = R.random() < 0.8
    prod = R.choice(OTHER_INDUSTRIES) if R.random() < 0.08 else R.choice(PRODUCTS)
    v["industry"] = prod
    v["factory"] = R.random() < 0.92
    v["compet"] = True
    v["finance"] = R.random() < 0.9
    v["credit"] = R.random() < 0.08
    v["incidents"] = [] if R.random() < 0.6 else R.choice(INC)
    v["violations"] = [] if R.random() < 0.8 else [R.choice(VIOL)]
    v["policy"] = (True, True)
    v["security"] = (True, R.random() < 0.9)
    v["org"] = (True, R.random() < 0.9)
    v["maturity"] = R.choice([1, 2, 2, 3, 3, 3, 4])
    if level == "basic":
        v["domains"] = R.choice([[PO], [PO, PM], [FC, PO, PM, OM], [RD, PM, OM], ALL_DOMAINS, [FC, RD, PO]])
        if R.random() < 0.5:
            v["digital"] = R.random() < 0.7
        else:
            v["regional"] = True
    else:
        v["domains"] = R.choice([[PO, PM, OM], ALL_DOMAINS, [RD, PO, PM, OM], [PO, PM], [FC, PO, OM], [FC, PO, PM, OM]])
        if R.random() < 0.82:
            dz, de = R.choice(DISTRICTS)
            v["filing"] = {"filed": True, "district": dz, "district_en": de, "date": R.choice(FILING_DATES)}
        else:
            v["filing"] = {"filed": False}
        row = derive.row_of(prod[2])
        th = derive.ROWS[row] if row else [75, 9, 5, 70, 6]
        for k, t in zip(KEYS, th, strict=True):
            if R.random() < 0.8:
                delta = R.choice([-9, -4, -2, 1, 2, 3, 5, 8, 11]) if t >= 50 else R.choice([-3, -2, -1, 1, 2, 3, 4, 6])
                val = t + delta + R.choice([0, 0, 0.5])
                v["ind:" + k] = max(0.5, min(99, val))
    return v


def choose_topics(v: dict, level: str, n: int) -> list:
    must = ["domains"] if R.random() < 0.6 else []
    if level == "advanced":
        must += [t for t in v if t.startswith("ind:")] + (["industry"] if R.random() < 0.85 else []) + (["filing"] if R.random() < 0.7 else [])
    rest = [t for t in v if t not in must and not t.startswith("ind:") and t != "filing"]
    R.shuffle(rest)
    out = list(dict.fromkeys(must + rest[:max(0, n - len(must))]))
    order = ["reg", "legal", "revenue", "size", "industry", "factory", "compet", "finance", "credit", "incidents",
             "violations", "policy", "security", "org", "maturity", "domains", "regional", "digital", "filing"] + ["ind:" + k for k in KEYS]
    return sorted(out, key=order.index)


VERBS = ("is ", "has ", "had ", "makes ", "does ", "covers ", "uses ", "beats ", "completed ", "was ")


def join_en(parts: list) -> str:
    """Verb phrases get 'it' (the subject is named before); whole clauses stand as they are."""
    out = []
    for i, p in enumerate(parts):
        out.append(p if i == 0 or not p.startswith(VERBS) else "it " + p)
    return "; ".join(out)


def nopunct(s: str) -> str:
    return re.sub(r"[，。；]|[,.;](?=\s|$)", " ", s).replace("  ", " ").strip()


def typo(text: str, lang: str, n: int = 1) -> str:
    table = TYPO_ZH if lang == "zh" else TYPO_EN
    cands = [k for k in table if k in text]
    R.shuffle(cands)
    for k in cands[:n]:
        text = text.replace(k, table[k], 1)
    return text


ASK = {
    ("zh", "basic"): ["能申请基础级智能工厂吗？", "基础级的条件我们够不够？", "请问能否认定为基础级智能工厂？", "我们可以去区里做基础级备案吗"],
    ("zh", "advanced"): ["能不能报先进级？", "先进级智能工厂我们够格吗？", "请问是否满足先进级智能工厂的申请条件？", "先进级有戏吗"],
    ("en", "basic"): ["Can we file as a basic-level smart factory?", "Do we qualify for the basic level?", "Are we eligible for basic-level recognition?", "is basic level possible for us"],
    ("en", "advanced"): ["Do we qualify for the advanced level?", "Can we apply for advanced-level smart factory recognition?", "Are we eligible for the advanced level?", "any chance at advanced level"],
}


def compose(style: str, lang: str, level: str, topics: list, v: dict, amb: list, f: int) -> tuple[str, list]:
    """The question text and extra planted phrases (from the change style)."""
    zh = lang == "zh"
    ask = R.choice(ASK[(lang, level)])
    extra_amb: list = []
    if style == "kv":
        head = R.choice(["我们公司情况如下：", "企业基本信息：", "情况简单列一下："]) if zh else R.choice(["Our details:", "Company facts:", "Quick summary of us:"])
        bullet = R.choice(["- ", "* ", "• "])
        lines = []
        for t in topics:
            a, b = kv(t, v[t], lang, f)
            lines.append(f"{bullet}{'**' + a + '**' if R.random() < 0.3 else a}{'：' if zh else ': '}{b}")
        if amb:
            lines.append(f"{bullet}{'备注：' if zh else 'Note: '}{'；'.join(amb) if zh else '; '.join(amb)}")
        return head + "\n" + "\n".join(lines) + "\n" + ask, extra_amb
    if style == "table":
        cells = [t for t in topics if t.startswith("ind:") or t in ("revenue", "maturity", "size", "legal", "digital")]
        if len(cells) < 2:
            cells = topics[-3:]
        others = [t for t in topics if t not in cells]
        if zh:
            intro = ("我们" + "，".join(sent(t, v[t], lang, f) for t in others) + "。") if others else ""
        else:
            intro = ("The company " + join_en([sent(t, v[t], lang, f) for t in others]) + ". ") if others else ""
        labels = [kv(t, v[t], lang, f) for t in cells]
        pre = R.choice(["下面是我们填的表：", "从自评表里贴过来的："]) if zh else R.choice(["Pasted from our self-check sheet:", "Our figures:"])
        form = R.randrange(3)
        if form == 0:      # pipe, horizontal
            tab = "| " + " | ".join(a for a, _ in labels) + " |\n|" + "---|" * len(labels) + "\n| " + " | ".join(b for _, b in labels) + " |"
        elif form == 1:    # pipe, vertical
            tab = ("| 项目 | 数值 |\n|---|---|\n" if zh else "| Item | Value |\n|---|---|\n") + "\n".join(f"| {a} | {b} |" for a, b in labels)
        else:              # tab separated
            tab = "\t".join(a for a, _ in labels) + "\n" + "\t".join(b for _, b in labels)
        tail = ("另外，" + "，".join(amb) + "。") if (zh and amb) else ("Also, " + "; ".join(amb) + ". ") if amb else ""
        return f"{intro}{pre}\n{tab}\n{tail}{ask}", extra_amb
    if style == "chat":
        lines = [R.choice(["在吗", "问个事", "领导好"]) if zh else R.choice(["hi", "quick one", "hey there"])]
        lines += [nopunct(chat(t, v[t], lang, f)) for t in topics] + [nopunct(a) for a in amb]
        lines.append(re.sub(r"[？?。.]$", "", ask) if zh else re.sub(r"[?.]$", "", ask.lower()))
        return "\n".join(lines), extra_amb
    if style == "consultant":
        if zh:
            name = R.choice(CLIENTS_ZH)
            body = "；".join(("该企业" if i % 3 == 0 else "") + sent(t, v[t], lang, f) for i, t in enumerate(topics))
            a = ("。另外，" + "，".join(amb)) if amb else ""
            return f"您好，我是一家咨询公司的顾问，代客户{name}咨询。{body}{a}。请问该企业{ask.replace('我们', '')}", extra_amb
        name = R.choice(CLIENTS_EN)
        body = join_en([sent(t, v[t], lang, f) for t in topics])
        a = (" Also, " + "; ".join(amb) + ".") if amb else ""
        return f"I'm a consultant writing on behalf of our client, {name.rstrip('.')}. The client {body}.{a} {ask.replace('we', 'they').replace('We', 'They').replace('us', 'them')}", extra_amb
    if style == "selfreport":
        groups = [("一、企业基本情况" if zh else "1. The enterprise", ["reg", "legal", "revenue", "size", "industry", "factory", "compet", "finance", "credit", "incidents", "violations", "policy"]),
                  ("二、智能工厂建设情况" if zh else "2. Smart-factory construction", ["security", "org", "maturity", "domains", "filing"]),
                  ("三、建设成效" if zh else "3. Results", ["regional", "digital"] + ["ind:" + k for k in KEYS])]
        out = [R.choice(["智能工厂自评报告（节选）", "基础级/先进级智能工厂自评估报告摘录"]) if zh else R.choice(["Smart-factory self-assessment report (excerpt)", "Extract from our self-evaluation report"])]
        for gi, (title, ts) in enumerate(groups, 1):
            mine = [t for t in topics if t in ts]
            if not mine:
                continue
            out.append(title)
            for j, t in enumerate(mine, 1):
                s = sent(t, v[t], lang, f)
                out.append(f"（{j}）本企业{s}。" if zh and f % 2 else f"{gi}.{j} 本企业{s}。" if zh else f"{gi}.{j} The enterprise {s}.")
        if amb:
            out.append(("附注：" + "；".join(amb) + "。") if zh else ("Remarks: " + "; ".join(amb) + "."))
        out.append(("以上为自评报告摘录，" + ask) if zh else ("Based on this extract: " + ask))
        return "\n".join(out), extra_amb
    if style in ("owner", "change"):
        parts = []
        for t in topics:
            if style == "change" and t.startswith("ind:") and t[4:] in ("key_process_nc_rate", "equipment_networking_rate") and v[t] > 20:
                old = v[t] - R.choice([7, 9, 12])
                if zh:
                    parts.append(f"{'数控化率' if 'nc' in t else '设备联网率'}从去年的{pct(old)}%提高到了{pct(v[t])}%")
                    extra_amb.append(f"去年的{pct(old)}%")
                else:
                    parts.append(f"{'the key-process NC rate' if 'nc' in t else 'the equipment networking rate'} rose from {pct(old)}% last year to {pct(v[t])}% now")
                    extra_amb.append(f"{pct(old)}% last year")
            elif style == "change" and t == "revenue":
                old = round(v[t] * 0.8)
                if zh:
                    parts.append(f"2025年营收{pct(v[t])}万元，比2024年的{pct(old)}万元增长了25%")
                    extra_amb.append(f"2024年的{pct(old)}万元")
                else:
                    parts.append(f"revenue was RMB {v[t] / 100:g} million in 2025, 25% up on RMB {old / 100:g} million in 2024")
                    extra_amb.append(f"RMB {old / 100:g} million in 2024")
            else:
                parts.append(sent(t, v[t], lang, f))
        if zh:
            body = "，".join(parts)
            if style == "owner":
                body = typo(body, lang, R.choice([1, 2]))
            text = R.choice(["我们是个小厂，", "我们公司", "跟您说下我们厂的情况，", "老板让我问一下，我们"]) + body + "".join("，" + a for a in amb) + "。" + ask
        else:
            body = join_en(parts)
            if style == "owner":
                body = typo(body, lang, R.choice([1, 2]))
            text = R.choice(["We're a small outfit. Our company ", "Hi, our firm ", "Here's where we stand: the company "]) + body + "".join("; " + a for a in amb) + ". " + ask
        return text, extra_amb
    if style == "cs":
        parts = [cs(t, v[t], lang, f) for t in topics] + amb
        if lang == "zh":
            return "我们" + "，".join(parts) + "。" + ask, extra_amb
        return "Quick check: " + "; ".join(parts) + ". " + ask, extra_amb
    raise KeyError(style)


def neglist(lang: str) -> tuple[str, dict, str]:
    """'no major accidents, no violations, no bad credit': the two others are fixed, the accidents are not."""
    if lang == "zh":
        s = R.choice(["无重大事故、无违法违规、无不良信用记录", "没有重大事故，没有违法违规，也没有不良信用记录"])
        return s, {"violations": [], "bad_credit_record": False}, s.split("、")[0].split("，")[0]
    s = R.choice(["no major accidents, no violations, no bad credit", "No major accidents. No violations. No bad credit record."])
    return s, {"violations": [], "bad_credit_record": False}, s.split(",")[0].split(".")[0]


STYLES = {"zh": ["kv", "table", "chat", "consultant", "selfreport", "owner", "change", "cs"],
          "en": ["kv", "table", "chat", "consultant", "selfreport", "owner", "change", "cs"]}


def generate(per_style: int = 9) -> list:
    cases = []
    for lang in ("zh", "en"):
        for style in STYLES[lang]:
            for i in range(per_style):
                level = "basic" if i % 2 == 0 else "advanced"
                v = pick_values(level)
                topics = choose_topics(v, level, R.choice([6, 7, 8, 9]))
                amb = []
                if R.random() < 0.25 or style == "change":
                    pool = [a for a in AMB[lang] if not (set(a[1]) & set(topics)) and (a[2] is None or style in a[2])]
                    if style == "consultant":
                        pool = [a for a in pool if a[2]] + pool[:3]
                    amb = [R.choice(pool)[0]] if pool else []
                nl = None
                if style in ("owner", "consultant", "chat", "kv") and R.random() < 0.2 and "incidents" not in topics:
                    topics = [t for t in topics if t not in ("violations", "credit")]
                    nl = neglist(lang)
                expect: dict = {}
                for t in topics:
                    expect |= expect_of(t, v[t])
                if nl:
                    expect |= nl[1]
                amb = [w for w in amb if not _collides(expect, w)]
                q, extra = compose(style, lang, level, topics, v, amb + ([nl[0]] if nl else []), i)
                extra = [w for w in extra if not _collides(expect, w)]
                ambiguous = amb + extra + ([nl[2]] if nl else [])
                if style == "chat":
                    ambiguous = [nopunct(w) for w in ambiguous]
                for w in ambiguous:
                    assert w in q, (w, q)
                cases.append({"q": q, "lang": lang, "level": level, "expect": expect,
                              "status": statuses(expect, level), "ambiguous": ambiguous,
                              "kinds": [style] + (["planted"] if ambiguous else []) + (["negation_list"] if nl else []),
                              "source": "generated"})
    return cases


def _collides(expect: dict, words: str) -> bool:
    """A planted phrase none of whose numbers equals a stated number (so binding it is visible to the scorer)."""
    nums = {float(x) for x in expect.values() if isinstance(x, (int, float)) and not isinstance(x, bool)}
    return any(float(n) in nums for n in re.findall(r"\d+(?:\.\d+)?", words))


def main():
    gen = generate()
    hand = [dict(c, status=statuses(c["expect"], c["level"], c.get("hidden")), source="hand") for c in HAND]
    for c in hand:
        c.pop("hidden", None)
        c.setdefault("ambiguous", [])
    rev = []
    for c in REVOCATIONS:
        verdict, _ = derive.revocation(c["events"])
        cause = next((k for k, s in c["events"].items() if s is True), False)
        d = {"q": c["q"], "lang": c["lang"], "level": c["level"], "expect": c.get("expect", {}), "revoke": cause,
             "kinds": c["kinds"], "source": "revocation", "ambiguous": c.get("ambiguous", [])}
        if not cause:
            d["verdict"] = verdict
        rev.append(d)
    cases = gen + hand + rev
    qs = [c["q"] for c in cases]
    assert len(set(qs)) == len(qs), [q for q, n in Counter(qs).items() if n > 1][:3]
    for c in hand:
        for w in c["ambiguous"]:
            assert w in c["q"], (w, c["q"])
    with open(os.path.join(HERE, "situations.json"), "w", encoding="utf-8") as fh:
        json.dump(cases, fh, ensure_ascii=False, indent=1)
    elig = [c for c in cases if "status" in c]
    print(f"situations {len(cases)} {dict(Counter(c['lang'] for c in cases))}; eligibility {len(elig)} "
          f"(generated {len(gen)}, hand {len(hand)}); facts {sum(len(c['expect']) for c in cases)}; "
          f"planted cases {sum(1 for c in cases if c.get('ambiguous'))} (phrases {sum(len(c.get('ambiguous', [])) for c in cases)}); "
          f"revocations {len(rev)} {dict(Counter(str(c['revoke']) + '/' + c.get('verdict', '') for c in rev))}")
    print("statuses", dict(Counter(s for c in elig for s in c["status"].values())))
    print("levels", dict(Counter(c["level"] for c in elig)), "kinds", dict(Counter(k for c in cases for k in c["kinds"])))


if __name__ == "__main__":
    main()
