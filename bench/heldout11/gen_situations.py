# ruff: noqa: E501
"""Writes situations.json: generated cases (facts.py renderers over vocab.py products, four registers per language)
plus the hand-written cases of cases_zh.py / cases_en.py and the revocation cases of revocations.py. Statuses come
from derive.py over the stated facts only. Standard library only; seeded, so reruns give the same file.

    python3 gen_situations.py
"""
import json
import os
import random
import re

import derive
import facts as fx
from cases_en import CASES as HEN
from cases_zh import CASES as HZH
from revocations import REVOCATIONS
from vocab import AMBIG_EN, AMBIG_ZH, DISTRICTS, OTHER, PRODUCTS

HERE = os.path.dirname(os.path.abspath(__file__))

COND = [  # (path prefix, condition eId, levels)
    ("registration", "art_5__item_1", "ba"), ("independent_legal_person", "art_5__item_1", "ba"),
    ("above_designated_size", "art_5__item_1", "ba"), ("annual_revenue_10k_cny", "art_5__item_1", "ba"),
    ("industry_code", "art_5__item_1", "ba"), ("industry_code", "att_2__sec_2", "a"),
    ("factory_", "art_5__item_2", "ba"), ("market_competitive", "art_5__item_2", "ba"),
    ("finances_sound_3y", "art_5__item_3", "ba"), ("bad_credit_record", "art_5__item_3", "ba"),
    ("incidents", "art_5__item_3", "ba"), ("violations", "art_5__item_3", "ba"),
    ("product_policy_compliant", "art_5__item_4", "ba"), ("advanced_technology", "art_5__item_4", "ba"),
    ("security_controllable", "art_5__item_5", "ba"), ("cyber_data_risk_controllable", "art_5__item_5", "ba"),
    ("organization_mechanism", "art_5__item_6", "ba"), ("talent_team", "art_5__item_6", "ba"),
    ("maturity_level", "art_5__item_7", "ba"), ("domains", "att_1__sec_1", "b"), ("domains", "att_2__sec_1", "a"),
    ("indicators", "att_2__sec_2", "a"), ("above_regional_industry_average", "att_1__sec_2", "b"),
    ("digital_transformation_compliant", "att_1__sec_2", "b"), ("basic_filing", "art_7", "a"), ("as_of", "art_14", "ba"),
]


def to_profile(expect: dict) -> dict:
    p: dict = {"id": "s"}
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
        if isinstance(cur, list):
            cur.append(v)
        else:
            cur[keys[-1]] = v
    return p


def statuses(expect: dict, level: str, extra_eids=()) -> dict:
    st = derive.status(to_profile(expect), level)
    want = {e for pre, e, lv in COND if (level[0] in lv) and any(p.startswith(pre) for p in expect)}
    want |= set(extra_eids)
    return {e: st[e] for e in sorted(want) if e in st}


def nums(s):
    return {float(x) for x in re.findall(r"\d+(?:\.\d+)?", s)}


Q_ZH = {"advanced": ["请问能否认定先进级智能工厂？", "先进级够不够？", "能申报先进级吗", "这种情况先进级指标达标没有？"],
        "basic": ["基础级能过吗？", "是否满足基础级智能工厂条件？", "请问可以做基础级自评备案吗", "基础级有戏吗"]}
Q_EN = {"advanced": ["Can it be recognised at the advanced level?", "does this qualify for advanced?",
                     "Is the advanced-level threshold met?", "advanced level - yes or no?"],
        "basic": ["Does it meet the basic level?", "can we file for basic level?", "Is the basic level within reach?",
                  "basic-level smart factory: eligible?"]}


def generated(r: random.Random, lang: str, n: int, n_ambig: int):
    out = []
    ambig_pool = list(AMBIG_ZH if lang == "zh" else AMBIG_EN)
    r.shuffle(ambig_pool)
    for i in range(n):
        level = "advanced" if r.random() < 0.6 else "basic"
        code, pz, pe = r.choice(PRODUCTS) if r.random() < 0.9 else r.choice(OTHER)
        prod = pz if lang == "zh" else pe
        items = []  # (forms, expect)
        pf = {"kv": ("主营产品" if lang == "zh" else "Main product", prod),
              "pr": (f"主要生产{prod}" if code[0] == "C" else f"主要从事{prod}") if lang == "zh" else
              (f"makes {prod}" if code[0] == "C" else f"is in {prod}"),
              "ch": f"我们是做{prod}的" if lang == "zh" else (f"we make {prod}" if code[0] == "C" else f"we do {prod}")}
        items.append((pf, {"industry_code": code}))
        d = r.choice(DISTRICTS)
        if r.random() < 0.6:
            items.append(fx.place(d, r, lang))
        if level == "advanced":
            row = derive.row_of(code) or 4
            keys = r.sample(derive.KEYS, r.choice([3, 4, 4, 5, 5]))
            for k in derive.KEYS:
                if k in keys:
                    t = derive.ROWS[row][derive.KEYS.index(k)]
                    v = max(0, t + r.choice([-12, -6, -3, -1, 0, 1, 2, 4, 7, 11]) if t >= 50 else
                            t + r.choice([-2, -1, 0, 1, 2, 3, 5]))
                    items.append(fx.indicator(k, v, r, lang))
            if r.random() < 0.45:
                items.append(fx.filing(d, r, lang, r.random() < 0.75))
        else:
            k = r.choice(["digital_transformation_compliant", "above_regional_industry_average"])
            if r.random() < 0.7:
                items.append(fx.boolean(k, r.random() < 0.7, r, lang))
        pool = ["maturity", "revenue", "domains", "bool", "bool", "incidents", "violations", "name", "credit"]
        for kind in r.sample(pool, r.choice([1, 2, 3, 4])):
            if kind == "maturity":
                items.append(fx.maturity(r.choice([1, 2, 2, 3, 3, 4]), r, lang))
            elif kind == "revenue":
                items.append(fx.revenue(r, lang))
            elif kind == "domains":
                items.append(fx.domains(r, lang))
            elif kind == "bool":
                k = r.choice([b for b in fx.BOOLS if b not in ("digital_transformation_compliant",
                                                              "above_regional_industry_average")])
                items.append(fx.boolean(k, r.random() < 0.75 if k != "bad_credit_record" else r.random() < 0.3,
                                       r, lang))
            elif kind == "incidents":
                items.append(fx.incidents(r, lang))
            elif kind == "violations":
                items.append(fx.violations(r, lang))
            elif kind == "name":
                items.append(fx.name(r, lang))
            elif kind == "credit":
                items.append(fx.credit(r, lang))
        expect: dict = {}
        seen = set()
        uniq = []
        for f, e in items:
            if set(e) & seen:
                continue
            seen |= set(e)
            expect.update(e)
            uniq.append((f, e))
        items = uniq
        if "annual_revenue_10k_cny" in expect and "above_designated_size" in expect and \
                (expect["annual_revenue_10k_cny"] >= 2000) != expect["above_designated_size"]:
            items = [(f, e) for f, e in items if "above_designated_size" not in e]   # no contradictory statements
            del expect["above_designated_size"]
        ambiguous = []
        if i < n_ambig:
            vals = {float(v) for v in expect.values() if isinstance(v, (int, float)) and not isinstance(v, bool)}
            for a in ambig_pool:
                if not (nums(a) & vals):
                    ambiguous.append(a)
                    ambig_pool.remove(a)
                    ambig_pool.append(a)
                    break
        reg = r.choice(["kv", "table", "pr", "ch"])
        if reg in ("pr", "ch") and any(f["pr"] is None for f, _ in items):
            reg = "kv"
        q = render(r, lang, level, reg, items, ambiguous, prod)
        out.append({"q": q, "lang": lang, "level": level, "expect": expect, "status": statuses(expect, level),
                    **({"ambiguous": ambiguous} if ambiguous else {}), "register": reg, "source": "generated"})
    return out


def render(r, lang, level, reg, items, ambiguous, prod):
    kv = [f["kv"] for f, _ in items if f["kv"]]
    prose = [f["pr"] for f, _ in items if not f["kv"]]
    ask = r.choice((Q_ZH if lang == "zh" else Q_EN)[level])
    amb = list(ambiguous)
    if reg == "kv":
        sep = r.choice(["；", " ", "\n"]) if lang == "zh" else r.choice([" | ", "; ", "\n"])
        colon = "：" if lang == "zh" else ": "
        parts = [f"{a}{colon}{b}" for a, b in kv] + prose + amb
        return sep.join(parts) + ("\n" if sep == "\n" else (". " if lang == "en" else "。")) + ask
    if reg == "table":
        head = "| 项目 | 情况 |\n|---|---|\n" if lang == "zh" else "| Item | Value |\n|---|---|\n"
        rows = "".join(f"| {a} | {b} |\n" for a, b in kv)
        tail = ("；".join(prose + amb) + "。") if lang == "zh" and (prose or amb) else \
            ("; ".join(prose + amb) + ". ") if (prose or amb) else ""
        lead = r.choice(["贴一下表：\n", "附企业自评表摘要：\n", ""]) if lang == "zh" else \
            r.choice(["Pasting the self-assessment sheet:\n", "Summary table from the applicant:\n", ""])
        return lead + head + rows + tail + ask
    parts = [f["pr"] if reg == "pr" else f["ch"] for f, _ in items] + amb
    if lang == "zh":
        if reg == "pr":
            lead = r.choice(["我区一家企业，", "客户情况：该企业", "受企业委托咨询：该企业", "该申报企业"])
            body = lead + "，".join(parts[:1]) + ("，" + "，".join(parts[1:]) if parts[1:] else "") + "。"
            return body.replace("企业，主要", "企业主要") + ask
        body = ", ".join(parts)
        return r.choice(["hi ", "您好 ", "请教下 ", ""]) + body + ", " + ask.replace("？", "?") + r.choice(["", " 谢谢", " thx"])
    if reg == "pr":
        lead = r.choice(["Our client ", "The applicant ", "A firm in our district ", "This enterprise "])
        return lead + ", ".join(parts) + ". " + ask
    return r.choice(["hey, ", "hi - ", "quick q: ", ""]) + ", ".join(parts) + ". " + ask.lower() + r.choice(["", " thx", " cheers"])


def handwritten(cases, lang):
    out = []
    for c in cases:
        c = dict(c)
        c["lang"] = lang
        c["status"] = statuses(c["expect"], c["level"], c.pop("also", ()))
        c["source"] = "hand"
        out.append(c)
    return out


def revocations(lang):
    out = []
    for c in REVOCATIONS:
        if c["lang"] != lang:
            continue
        v, causes = derive.revocation(c["events"])
        applies = [k for k, s in causes.items() if s == "applies"]
        assert len(applies) <= 1, c["q"]
        d = {"q": c["q"], "lang": lang, "level": c["level"], "expect": c.get("expect", {}),
             "revoke": applies[0] if applies else False, "source": "revocation"}
        if v == "undetermined":
            d["verdict"] = "undetermined"
        if c.get("ambiguous"):
            d["ambiguous"] = c["ambiguous"]
        out.append(d)
    return out


def main():
    r = random.Random(11)
    zh = handwritten(HZH, "zh") + generated(r, "zh", 94 - len(HZH), 18) + revocations("zh")
    en = handwritten(HEN, "en") + generated(r, "en", 77 - len(HEN), 15) + revocations("en")
    cases = zh + en
    qs = [c["q"] for c in cases]
    assert len(set(qs)) == len(qs), "repeated question"
    for c in cases:
        assert "status" not in c or c["status"], c["q"]
    with open(os.path.join(HERE, "situations.json"), "w", encoding="utf-8") as fh:
        json.dump(cases, fh, ensure_ascii=False, indent=1)
    cover = {}
    for c in cases:
        for p in c["expect"]:
            k = re.sub(r"\.\d+", "", p)
            cover.setdefault(k, set()).add(c["lang"])
    one = {k: v for k, v in cover.items() if len(v) < 2}
    print(f"fields stated: {len(cover)}; in one language only: {one}")
    print(f"situations: {len(cases)} (zh {len(zh)}, en {len(en)}), revocation {sum('revoke' in c for c in cases)}, "
          f"ambiguous {sum(bool(c.get('ambiguous')) for c in cases)}")


if __name__ == "__main__":
    main()
