# ruff: noqa: E501
"""Writes situations.json of bench/heldout14: generated people in kinds of writing heldout13 lacked (speech-to-text
transcripts without punctuation and with homophones and spoken numbers, e-mails with greeting, signature and a quoted
earlier message, long narratives with distractor numbers, traditional Chinese with HK/TW wording, full-width digits
and Chinese numerals, questionnaire answers, foreign-invested firms), with planted ambiguities (another plant's
figure, targets and hypotheticals, last year's figure beside this year's, a quoted message's numbers, a group's or a
customer's figures, places that are not districts); then the hand-written cases (cases_hand.py) and the
revocations (revocations.py). Statuses come from derive.py over the stated facts only.

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
from common import DISTRICTS, DISTRICTS_HANT, DOMAIN_EN, DOMAIN_HANT, DOMAIN_ZH, IND, PRODUCTS, ROWS, statuses
from numwords import cn_date, cn_int, cn_pct, en_date, en_date_spoken, en_dec, fmt, fw, wan_cn
from revocations import REVOCATIONS

HERE = os.path.dirname(os.path.abspath(__file__))
N_GEN = 126
PO, PM, OM, FC, RD = "production_operation", "production_management", "operations_management", \
    "factory_construction", "rd_design"

IND_ZH = {"key_process_nc_rate": ["关键工序数控化率", "数控化率"], "labor_productivity_gain": ["人均劳动生产率提升了", "人均劳动生产率提高了"],
          "defect_rate_reduction": ["产品不良率下降了", "不良率降了"], "equipment_networking_rate": ["生产设备联网率", "设备联网率"],
          "energy_per_output_reduction": ["单位产值能耗降低了", "单位产值能源消耗下降了"]}
IND_HANT = {"key_process_nc_rate": ["關鍵工序數控化率", "數控化率"], "labor_productivity_gain": ["人均勞動生產率提升了", "人均勞動生產力提高了"],
            "defect_rate_reduction": ["產品不良率降低了", "不良率下降了"], "equipment_networking_rate": ["生產設備聯網率", "設備聯網率"],
            "energy_per_output_reduction": ["單位產值能耗降低了", "單位產值耗能下降了"]}
IND_EN = {"key_process_nc_rate": ["key-process NC rate", "share of key processes under numerical control"],
          "labor_productivity_gain": ["labour productivity per head has gone up by", "output per worker is up"],
          "defect_rate_reduction": ["the product defect rate has come down by", "defects are down"],
          "equipment_networking_rate": ["production-equipment networking rate", "share of production equipment networked"],
          "energy_per_output_reduction": ["energy use per unit of output value has fallen by", "energy per unit of output is down"]}
LEVEL_RATE = {"key_process_nc_rate", "equipment_networking_rate"}
HOMOPHONES = [("联网率", "连网率"), ("数控化率", "数控画率"), ("备案", "被案"), ("成熟度", "城熟度"), ("不良率", "不凉率")]
PUNCT_ZH = "，。；：、！？（）"


def pct(v, nf):
    if nf == "cn":
        return cn_pct(v) if not (float(v).is_integer() and v % 10 == 0 and v >= 30) else cn_int(int(v) // 10) + "成"
    if nf == "cn_strict":
        return cn_pct(v)
    if nf == "fw":
        return fw(fmt(v) + "%")
    if nf == "words":
        return en_dec(v) + " percent"
    return fmt(v) + "%"


def money_zh(v, nf, hant=False):
    if nf == "cn":
        return wan_cn(v) + "元"
    if nf == "fw":
        return fw(fmt(v)) + ("万元" if not hant else "萬元")
    if v >= 10000 and v % 100 == 0:
        return (f"{fmt(v / 10000)}亿元" if not hant else f"人民幣{fmt(v / 10000)}億元")
    return f"{v}万元" if not hant else f"人民幣{v}萬元"


def money_en(v, nf, r):
    if nf == "words":
        m = v / 100
        return (en_dec(m) + " million yuan") if float(m).is_integer() or (m * 10).is_integer() else f"{v} ten-thousand yuan"
    m = v / 100
    return r.choice([f"RMB {fmt(m)} million", f"CNY {fmt(m)} million", f"RMB {v * 10000:,}"])


def maturity_zh(v, nf, hant):
    n = cn_int(v) if nf in ("cn", "cn_strict") else (fw(v) if nf == "fw" else str(v))
    return (f"智能製造能力成熟度評估為{n}級" if hant else f"智能制造能力成熟度评估是{n}级")


def say(path, v, voice, nf, r, ctx):
    """One fact in one voice: hans (simplified zh), hant (traditional zh, HK/TW wording), en."""
    z, h = voice == "hans", voice == "hant"
    if path == "etown":
        return "our registered address is in Beijing E-Town (the economic-technological development area)"
    if path == "reg":
        d = ctx["district"]
        if z:
            return r.choice([f"公司注册在北京市{d[0]}", f"注册地在北京{d[1]}", f"营业执照上的注册地址是北京市{d[0]}"])
        if h:
            return r.choice([f"公司登記註冊在北京市{DISTRICTS_HANT[d[0]]}", f"註冊地址位於北京市{DISTRICTS_HANT[d[0]]}"])
        return r.choice([f"we are registered in {d[2]} District, Beijing", f"our registered address is in Beijing's {d[2]} District"])
    if path == "independent_legal_person":
        if v:
            return "是独立法人" if z else "具獨立法人資格" if h else r.choice(["we are an independent legal person", "the company is its own legal entity (independent legal person)"])
        return "不是独立法人，是分公司" if z else "本身是分公司，不具獨立法人資格" if h else "we are a branch, not an independent legal person"
    if path == "annual_revenue_10k_cny":
        if z:
            return r.choice(["上年度主营业务收入", "去年主营业务收入"]) + money_zh(v, nf)
        if h:
            return "去年營收" + money_zh(v, nf, True)
        return "main-business revenue last year was " + money_en(v, nf, r)
    if path == "above_designated_size":
        if v:
            return "属于规上企业" if z else "屬於規模以上工業企業" if h else "we are an above-designated-size industrial enterprise"
        return "还不是规上企业" if z else "還不是規模以上企業" if h else "we are not yet above designated size"
    if path == "industry_code":
        p = ctx["product"]
        return (f"主要生产{p[0]}" if z else f"主要產品是{p[1]}" if h else f"we make {p[2]}")
    if path == "built_op":
        if v:
            return "工厂已经建成并正常投产" if z else "廠房已建成並正常投產" if h else "the plant is built and in normal operation"
        return "厂房建好了但还没投产" if z else "廠房已建成，但尚未投產" if h else "the plant is built but has not started production yet"
    if path == "market_competitive":
        return "企业和产品市场竞争力都比较强" if z else "公司與產品均具較強市場競爭力" if h else "both the company and its products are competitive in the market"
    if path == "finances_sound_3y":
        return "近三年经营和财务状况良好" if z else "近三年經營與財務狀況良好" if h else "operations and finances have been sound for the last three years"
    if path == "bad_credit_record":
        return "没有不良信用记录" if z else "無不良信用紀錄" if h else "there is no bad credit record"
    if path == "clean":
        return "近三年没发生过任何安全、环保或质量事故，也没有违法违规行为" if z else "近三年未發生任何安全、環保或品質事故，亦無違法違規行為" if h else \
            "in the last three years we have had no safety, environmental or quality incident of any kind and no violations"
    if path == "incident":
        kind, grade, date = v
        gz = {"general": "一般", "larger": "较大", "major": "重大"}[grade]
        kz = {"safety": "生产安全事故", "environmental": "突发环境事件", "quality": "质量事故"}[kind]
        if z:
            return f"{cn_date(date) if nf in ('cn', 'cn_strict') else date[:4] + '年' + str(int(date[5:7])) + '月' + str(int(date[8:])) + '日'}发生过一起{gz}{kz}"
        if h:
            kh = {"safety": "生產安全事故", "environmental": "突發環境事件", "quality": "品質事故"}[kind]
            gh = {"general": "一般", "larger": "較大", "major": "重大"}[grade]
            return f"{date[:4]}年{int(date[5:7])}月{int(date[8:])}日曾發生一起{gh}{kh}"
        ke = {"safety": "safety accident", "environmental": "environmental incident", "quality": "quality accident"}[kind]
        ge = {"general": "general-grade (一般)", "larger": "larger-grade (较大)", "major": "major (重大)"}[grade]
        if nf == "words":
            ge = ge.split(" (")[0]
        return f"we had a {ge} {ke} on {en_date_spoken(date) if nf == 'words' else en_date(date, r.randint(0, 1))}"
    if path == "policy_tech":
        return "主导产品符合北京市产业政策，技术和工艺在行业里是先进的" if z else "主導產品符合北京市產業政策，技術與製程屬業界先進" if h else \
            "our main product fits Beijing's industrial policy and our technology and processes are advanced for the trade"
    if path == "security":
        return "关键装备和工业软件安全可控，网络和数据安全风险也可控" if z else "關鍵裝備與工業軟體安全可控，網路與資料安全風險可控" if h else \
            "key equipment and industrial software are secure and controllable, and cyber and data risks are under control"
    if path == "org_talent":
        return "成立了智能工厂建设运营专班，也有一支智能制造专业人才队伍" if z else "設有智慧工廠統籌規劃與營運的專責組織，並有一批智慧製造專業人才" if h else \
            "we have a dedicated organisation that plans, builds and runs the smart factory, and a team of smart-manufacturing professionals"
    if path == "maturity_level":
        if voice == "en":
            return f"our GB/T 39116 maturity level is {en_dec(v) if nf == 'words' else v}"
        return maturity_zh(v, nf, h)
    if path == "domains":
        names = [(DOMAIN_ZH if z else DOMAIN_HANT if h else DOMAIN_EN)[d] for d in v]
        if z:
            return ("建设内容只覆盖了" + names[0] + "这一个环节") if len(names) == 1 else ("建设内容覆盖了" + "、".join(names) + "这几个环节")
        if h:
            return "建設內容涵蓋" + "、".join(names)
        return "the project covers " + (", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0])
    if path.startswith("indicators."):
        k = path.split(".")[1]
        lab = r.choice((IND_ZH if z else IND_HANT if h else IND_EN)[k])
        val = pct(v, nf if not (nf == "cn" and k not in LEVEL_RATE) else "cn_strict")
        if voice == "en":
            return f"{lab} is {val}" if k in LEVEL_RATE else f"{lab} {val}"
        if k in LEVEL_RATE:
            return f"{lab}{'達到' if h else '达到'}{val}" if r.random() < 0.5 else f"{lab}{'為' if h else '是'}{val}"
        return f"{lab}{val}"
    if path == "digital_transformation_compliant":
        if v:
            return "已经实现数字化达标" if z else "已通過數字化達標" if h else "we have already been confirmed as digitally compliant (数字化达标)"
        return "还没有实现数字化达标" if z else "尚未達到數字化達標" if h else "we have not reached 数字化达标 (digital compliance) yet"
    if path == "above_regional_industry_average":
        return "主要技术经济指标高于北京市同行业平均水平" if z else "主要技術經濟指標高於北京市同業平均水準" if h else \
            "our main technical and economic indicators are above the Beijing average for our industry"
    if path == "filing":
        filed, dist, date = v
        if not filed:
            return "基础级还没在区里备案" if z else "基礎級尚未向區主管部門備案" if h else "we have not filed as a basic-level factory with the district yet"
        if z:
            dd = cn_date(date) if nf in ("cn", "cn_strict") else (fw(date[:4]) + "年" + fw(int(date[5:7])) + "月" + fw(int(date[8:])) + "日" if nf == "fw" else f"{date[:4]}年{int(date[5:7])}月{int(date[8:])}日")
            return f"{dd}已经在{dist[0]}经信局完成基础级智能工厂备案"
        if h:
            return f"{date[:4]}年{int(date[5:7])}月{int(date[8:])}日已向{DISTRICTS_HANT[dist[0]]}主管部門完成基礎級備案"
        return f"our basic-level filing with the {dist[2]} district bureau was completed on {en_date_spoken(date) if nf == 'words' else en_date(date, r.randint(0, 1))}"
    raise KeyError(path)


def expect_of(path, v, ctx):
    if path == "etown":
        return {"registration.province": "北京"}
    if path == "reg":
        return {"registration.province": "北京", "registration.district": ctx["district"][0]}
    if path == "industry_code":
        return {"industry_code": ctx["product"][3]}
    if path == "built_op":
        return {"factory_built": True, "factory_in_operation": v}
    if path == "clean":
        return {"incidents": [], "violations": []}
    if path == "incident":
        kind, grade, date = v
        return {"incidents.0.kind": kind, "incidents.0.grade": grade, "incidents.0.date": date}
    if path == "policy_tech":
        return {"product_policy_compliant": True, "advanced_technology": True}
    if path == "security":
        return {"security_controllable": True, "cyber_data_risk_controllable": True}
    if path == "org_talent":
        return {"organization_mechanism": True, "talent_team": True}
    if path == "filing":
        filed, dist, date = v
        return {"basic_filing.filed": True, "basic_filing.district": dist[0], "basic_filing.date": date} if filed else {"basic_filing.filed": False}
    if path in ("bad_credit_record",):
        return {path: False}
    if path in ("market_competitive", "finances_sound_3y"):
        return {path: True}
    return {path: v}


def ind_value(r, row, k):
    t = ROWS[row][IND.index(k)]
    step = 1 if t >= 20 else 0.5
    v = t + r.choice([-12, -6, -2, 0, 2, 4, 8, 14]) * step
    if k in LEVEL_RATE and r.random() < 0.2:
        v += 0.5
    v = max(1, min(98, v))
    return int(v) if float(v).is_integer() else round(v, 1)


# distractor numbers (never a fact of the profile): zh, hant, en; {n} filled per case
DISTRACT = [
    ("公司成立于{y}年", "公司創立於{y}年", "the company was founded in {y}"),
    ("现有员工{e}人", "員工共有{e}名", "we employ {e} people"),
    ("厂区占地{a}平方米", "廠區佔地{a}平方公尺", "the site covers {a} square metres"),
    ("累计拥有授权专利{p}项", "累計取得專利{p}件", "we hold {p} granted patents"),
    ("智能化改造总投资{i}万元", "智慧化改造總投資{i}萬元", "the smart-factory upgrade cost RMB {im} million"),
    ("一共有{l}条产线", "共有{l}條產線", "there are {l} production lines"),
    ("最大的客户去年采购额增长了{c}%", "最大客戶去年採購額成長{c}%", "our largest customer grew its orders from us by {c}% last year"),
    ("研发人员占比{rd}%", "研發人員佔比{rd}%", "R&D staff are {rd}% of the workforce"),
]


def distractors(r, voice, k):
    out = []
    for t in r.sample(DISTRACT, k):
        vals = dict(y=r.choice([1998, 2003, 2009, 2014]), e=r.choice([180, 460, 1250, 2300]), a=r.choice([36000, 52000, 81000]),
                    p=r.choice([46, 118, 235]), i=r.choice([4800, 12600, 26000]), l=r.choice([3, 6, 11]), c=r.choice([17, 23, 31]),
                    rd=r.choice([14, 22, 27]))
        vals["im"] = fmt(vals["i"] / 100)
        out.append(t[{"hans": 0, "hant": 1, "en": 2}[voice]].format(**vals))
    # a sum of money is recorded by its amount only (the scorer matches these words inside a bound value's span)
    out = [re.search(r"RMB [0-9.]+ million", d).group(0) if "RMB" in d else d for d in out]
    return out


# planted ambiguities: words whose figure must not be bound (another plant, a target, last year, a quoted question,
# the group, a customer, a place that is not a district)
def plant(r, voice, kind, ctx):
    z, h = voice == "hans", voice == "hant"
    n = r.choice([58, 61, 66, 73, 84, 88])
    if kind == "other_plant":
        city = r.choice([("天津", "天津", "Tianjin"), ("河北廊坊", "河北廊坊", "Langfang, Hebei"), ("苏州", "蘇州", "Suzhou")])
        return (f"{city[0]}那个分厂的设备联网率只有{n}%" if z else f"{city[1]}分廠的設備聯網率則只有{n}%" if h
                else f"our {city[2]} plant's networking rate is only {n}%")
    if kind == "target":
        return (f"明年的目标是把数控化率提到{n}%" if z else f"明年目標是數控化率達到{n}%" if h
                else f"if we reach {n}% NC rate next year we would like to apply again")
    if kind == "last_year":
        return None  # handled by the caller (needs this year's figure)
    if kind == "group":
        g = r.choice([35, 58, 120])
        return (f"集团合并营收{g}亿元" if z else f"集團合併營收{g}億元" if h else f"the group's consolidated revenue is RMB {g} billion")
    if kind == "customer":
        return (f"我们给一家客户做的产线，那边不良率下降了{n // 4}%" if z else f"我們幫客戶建的產線不良率降低了{n // 4}%" if h
                else f"a line we built for a customer cut their defect rate by {n // 4}%")
    if kind == "place":
        return ("公司在亦庄" if z else "公司位於亦莊" if h else "we are based in Beijing E-Town")
    raise KeyError(kind)


PLACE_WORDS = {"hans": "亦庄", "hant": "亦莊", "en": "E-Town"}


def compose(r, i):
    zh = i % 2 == 0
    style = (["stt", "email", "narrative", "hant", "fw", "questionnaire"] if zh else
             ["stt", "email", "narrative", "questionnaire", "foreign"])[(i // 2) % (6 if zh else 5)]
    voice = "hant" if style == "hant" else ("hans" if zh else "en")
    nf = {"stt": "cn" if zh else "words", "fw": r.choice(["fw", "cn"]), "hant": r.choice(["ar", "fw"])}.get(style, "ar")
    level = r.choice(["basic", "advanced"])
    prod = r.choice(PRODUCTS)
    row = derive.row_of(prod[3])
    ctx = {"district": r.choice(DISTRICTS), "product": prod}
    facts = []  # (path, value)
    pool = ["reg", "independent_legal_person", "annual_revenue_10k_cny", "industry_code", "built_op", "maturity_level",
            "clean", "policy_tech", "security", "org_talent", "finances_sound_3y", "bad_credit_record", "domains"]
    if level == "basic":
        pool += ["digital_transformation_compliant", "above_regional_industry_average", "domains"]
    else:
        pool += ["filing", "ind", "ind", "filing"]
    r.shuffle(pool)
    chosen = []
    for p in pool:
        if p not in chosen:
            chosen.append(p)
        if len(chosen) >= r.choice([3, 4, 5, 6]):
            break
    if level == "advanced" and "ind" not in chosen:
        chosen.append("ind")
    if style == "foreign":
        chosen = [c for c in chosen if c != "reg"]
    for p in chosen:
        if p == "ind":
            for k in r.sample(IND, r.choice([3, 3, 4, 5])):
                facts.append((f"indicators.{k}", ind_value(r, row, k)))
            if "industry_code" not in chosen:
                facts.append(("industry_code", None))
            continue
        v = {"annual_revenue_10k_cny": r.choice([1650, 1880, 2600, 4350, 9800, 16500, 23500, 68000]),
             "maturity_level": r.choice([1, 2, 2, 3, 3, 4]), "independent_legal_person": r.random() < 0.85,
             "built_op": r.random() < 0.85, "digital_transformation_compliant": r.random() < 0.7,
             "above_regional_industry_average": True,
             "domains": r.choice([[PO], [PO, PM], [FC, PO, PM, OM], [RD, PO, PM, OM], [PM, OM], [FC, RD, PO, PM, OM]]),
             "filing": (r.random() < 0.8, r.choice(DISTRICTS), r.choice(["2025-08-14", "2025-11-03", "2026-02-26", "2026-05-19", "2026-09-08"]))}.get(p, True)
        facts.append((p, v))
    if r.random() < 0.18 and style not in ("questionnaire",):
        facts.append(("incident", (r.choice(["safety", "environmental", "quality"]), r.choice(["general", "larger", "larger", "major"]),
                                   r.choice(["2024-07-16", "2025-03-22", "2025-10-09", "2026-04-28"]))))
    if "incident" in [p for p, _ in facts]:
        facts = [(p, v) for p, v in facts if p != "clean"]
    expect = {}
    if style == "foreign" and r.random() < 0.6:
        facts.insert(0, ("etown", None))
    for p, v in facts:
        expect.update(expect_of(p, v, ctx))
    phrases = [say(p, v, voice, nf, r, ctx) for p, v in facts]
    ambiguous, dis = [], []
    # planted ambiguity
    kinds = [style]
    if r.random() < 0.22:
        kind = r.choice(["other_plant", "target", "group", "customer", "place"] + ([] if style == "questionnaire" else ["last_year", "last_year"]))
        if kind == "last_year":
            ks = [p for p, _ in facts if p.startswith("indicators.") and p.split(".")[1] in LEVEL_RATE]
            if ks:
                k = ks[0]
                cur = dict(facts)[k]
                old = max(5, int(cur) - r.choice([7, 9, 12]))
                w = (f"去年这个数还只有{pct(old, 'ar')}" if voice == "hans" else f"去年只有{pct(old, 'ar')}" if voice == "hant" else f"last year it was still {old}%")
                j = [p for p, _ in facts].index(k)
                phrases[j] = phrases[j] + (f"（{w}）" if voice != "en" else f" ({w})")
                ambiguous.append(w)
                kinds.append("last_year")
        else:
            if kind == "place" and "reg" in [p for p, _ in facts]:
                kind = "target"
            w = plant(r, voice, kind, ctx)
            if kind == "other_plant":
                phrases.insert(0, "下面说的都是我们北京这个厂的情况" if voice == "hans" else "以下皆為北京廠的數據" if voice == "hant"
                               else "everything below is about our Beijing plant")
                phrases.append(w)
            else:
                phrases.insert(r.randint(0, len(phrases)), w)
            ambiguous.append(PLACE_WORDS[voice] if kind == "place" else re.search(r"[0-9.]+亿元|[0-9.]+億元|RMB [0-9.]+ billion", w).group(0) if kind == "group" else w)
            kinds.append(kind)
    if style in ("narrative", "email") or r.random() < 0.25:
        dis = distractors(r, voice, 3 if style == "narrative" else r.choice([1, 2]))
        for d in dis:
            phrases.insert(r.randint(0, len(phrases)), d)
        kinds.append("distractors")
    if style == "foreign" and "etown" in [p for p, _ in facts]:
        ambiguous.append("E-Town")
        kinds.append("place")
    if style == "stt":
        ctx["homophones"] = [hp for hp in HOMOPHONES if r.random() < 0.6]
    text = render(r, style, voice, level, phrases, facts, ctx, nf, ambiguous, dis)
    if style == "stt":
        ambiguous = [stt_words(a, voice, ctx) for a in ambiguous]
        dis = [stt_words(a, voice, ctx) for a in dis]
    def cap(a):
        return a if a in text or not a else a[0].upper() + a[1:]
    ambiguous, dis = [cap(a) for a in ambiguous], [cap(a) for a in dis]
    for w in QUOTED:
        if w in text:
            ambiguous.append(w)
            kinds.append("quoted")
    for w in SIGNATURE:
        if w in text:
            dis.append(w)
    return {"q": text, "lang": "zh" if zh else "en", "level": level, "expect": expect,
            "status": statuses(expect, level), "ambiguous": ambiguous + dis, "distractors": dis, "kinds": kinds,
            "source": "generated"}


def ask(r, voice, level):
    if voice == "hans":
        return r.choice([f"想问下我们能不能申请{'基础级' if level == 'basic' else '先进级'}智能工厂", f"{'基础级' if level == 'basic' else '先进级'}的条件我们够不够"])
    if voice == "hant":
        return f"請問我們符合北京市{'基礎級' if level == 'basic' else '先進級'}智慧工廠的認定條件嗎？"
    return r.choice([f"do we qualify for the {level} level", f"could we apply for {level}-level recognition"])


QUOTED = ["不低于70%", "是否达到2级", "at least 65%", "70% or more"]
SIGNATURE = ["138 1107 2245", "+86 139 1028 4471"]


def stt_words(s, voice, ctx):
    if voice == "hans":
        for a, b in ctx["homophones"]:
            s = s.replace(a, b)
        for ch in PUNCT_ZH:
            s = s.replace(ch, " ")
        return s
    s = re.sub(r"\s*\(?[\u4e00-\u9fff]+\)?", "", s)
    s = s.replace(",", "").replace("(", "").replace(")", "").replace(".", "").lower()
    return s.replace("r&d", "r and d").replace("gb/t 39116", "g b t three nine one one six").replace("nc rate", "n c rate")


def render(r, style, voice, level, phrases, facts, ctx, nf, ambiguous, dis):
    q = ask(r, voice, level)
    if style == "stt":
        if voice == "hans":
            body = stt_words(" ".join(phrases), voice, ctx)
            return r.choice(["嗯 那个 ", "喂 你好 我这边是 ", "就是 我想咨询一下啊 "]) + body + " 然后就是 " + q.replace("？", "")
        body = stt_words(" ".join(phrases), voice, ctx)
        return r.choice(["um so ", "okay so uh ", "hi yeah so "]) + body + " so " + q.lower() + " thanks"
    if style == "email":
        if voice == "hans":
            name = r.choice(["赵老师", "周主任", "孙经理"])
            quote = r.choice(["请贵司提供一下关键工序数控化率、设备联网率等指标（先进级一般要求数控化率不低于70%）。",
                              "请问贵司是否已完成基础级备案？另外成熟度是否达到2级？"])
            return (f"{name}您好：\n\n感谢您上周的回复。按您的要求补充一下我们的情况：" + "；".join(phrases) + "。\n\n" + q + "？\n\n"
                    "此致\n敬礼！\n\n刘晓峰\n生产运营部 | 手机：138 1107 2245 | 邮箱：liuxf@example.cn\n\n"
                    f"------------------ 原始邮件 ------------------\n发件人：{name}\n主题：关于智能工厂申报的问题\n> {quote}")
        name = r.choice(["Ms Zhao", "Mr Sun", "Dr Zhou"])
        quote = r.choice(["> Could you confirm whether your networking rate is at least 65%, and your maturity level?",
                          "> Please send your indicators; for most trades the advanced level looks for an NC rate of 70% or more."])
        return (f"Dear {name},\n\nThank you for your reply of last week. As requested, a short summary: " + "; ".join(phrases) + ".\n\n"
                f"My question: {q}?\n\nKind regards,\nMartin Keller\nPlant Director | Tel +86 10 5872 3316 | Mob +86 139 1028 4471\n\n"
                f"-----Original Message-----\nFrom: {name}\nSent: Tuesday\nSubject: smart factory application\n{quote}")
    if style == "narrative":
        if voice == "hans":
            sents = [p + "。" for p in phrases]
            return "我先介绍一下我们公司的情况。" + "".join(sents) + "总的来说，" + q + "？"
        sents = [p[0].upper() + p[1:] + "." for p in phrases]
        return "Let me give you some background on our company. " + " ".join(sents) + " Given all that, " + q + "?"
    if style == "hant":
        return r.choice(["您好，想請教一下：", "各位好，小弟代公司詢問："]) + "，".join(phrases) + "。" + q
    if style == "fw":
        return "情况如下：" + "；".join(phrases) + "。" + q + "？"
    if style == "questionnaire":
        lines = []
        for i, (p, v) in enumerate(facts, 1):
            lines.append(qa_line(i, p, v, voice, ctx, r))
        extra = [f"{len(lines) + j + 1}. {d}" for j, d in enumerate(phrases[len(facts):])] if len(phrases) > len(facts) else []
        # the planted / distractor phrases are kept as free remarks under the answers
        rem = [p for p in phrases if p in ambiguous or p in dis] + [p for p in phrases if any(a in p for a in ambiguous)]
        rem = list(dict.fromkeys(rem))
        del extra
        if voice == "hans":
            return "自评问卷回答如下：\n" + "\n".join(lines) + ("\n备注：" + "；".join(rem) if rem else "") + "\n请问：" + q + "？"
        return "Our answers to the self-check questionnaire:\n" + "\n".join(lines) + ("\nRemarks: " + "; ".join(rem) if rem else "") + "\n" + q[0].upper() + q[1:] + "?"
    if style == "foreign":
        intro = r.choice(["We are a wholly foreign-owned enterprise (WFOE) of a German group.", "We are a Sino-Japanese joint venture.",
                          "We are a WFOE set up by a US parent in 2012."])
        return intro + " " + ". ".join(p[0].upper() + p[1:] for p in phrases) + ". " + q[0].upper() + q[1:] + "?"
    raise KeyError(style)


def qa_line(i, p, v, voice, ctx, r):
    z = voice == "hans"
    yes, no = ("是", "否") if z else ("Yes", "No")
    pre = f"{i}. " if z else f"Q{i}: "
    if p == "reg":
        return pre + (f"注册地：北京市{ctx['district'][0]}" if z else f"Registered address (district, Beijing)? {ctx['district'][2]}")
    if p == "independent_legal_person":
        return pre + (f"是否独立法人：{yes if v else no}" if z else f"Independent legal person? {yes if v else no}")
    if p == "annual_revenue_10k_cny":
        return pre + (f"上年度主营业务收入（万元）：{v}" if z else f"Main-business revenue last year (10k CNY)? {v}")
    if p == "industry_code":
        return pre + (f"主导产品：{ctx['product'][0]}" if z else f"Main product? {ctx['product'][2]}")
    if p == "built_op":
        return pre + (f"工厂是否已建成投产：{'是' if v else '已建成，未投产'}" if z else f"Plant built and in operation? {'Yes' if v else 'Built, not yet operating'}")
    if p == "maturity_level":
        return pre + (f"成熟度等级（GB/T 39116）：{v}级" if z else f"GB/T 39116 maturity level? {v}")
    if p == "clean":
        return pre + ("近三年有无事故或违法违规：无" if z else "Any incident or violation in the last three years? None")
    if p == "policy_tech":
        return pre + (f"主导产品是否符合产业政策、技术是否先进：{yes}" if z else "Main product fits industrial policy, technology advanced? Yes")
    if p == "security":
        return pre + ("关键装备软件是否安全可控、网络和数据安全风险是否可控：是" if z else "Key equipment/software secure and controllable; cyber and data risks controllable? Yes")
    if p == "org_talent":
        return pre + ("是否有统筹组织机制和专业人才队伍：是" if z else "Organisation mechanism and smart-manufacturing talent team in place? Yes")
    if p == "finances_sound_3y":
        return pre + (f"近三年经营和财务状况是否良好：{yes}" if z else "Operations and finances sound over the last three years? Yes")
    if p == "bad_credit_record":
        return pre + (f"是否有不良信用记录：{no}" if z else "Any bad credit record? No")
    if p == "market_competitive":
        return pre + (f"企业和产品是否有较强市场竞争力：{yes}" if z else "Company and products competitive? Yes")
    if p == "domains":
        names = [(DOMAIN_ZH if z else DOMAIN_EN)[d] for d in v]
        return pre + (("已覆盖的建设环节：" + "、".join(names)) if z else ("Construction domains covered? " + "; ".join(names)))
    if p.startswith("indicators."):
        k = p.split(".")[1]
        lab = (IND_ZH if z else IND_EN)[k][0].replace("提升了", "提升").replace("下降了", "下降").replace("降低了", "降低")
        if not z:
            lab = {"labor_productivity_gain": "Labour productivity per head, gain", "defect_rate_reduction": "Defect rate reduction",
                   "energy_per_output_reduction": "Energy per unit of output value, reduction"}.get(k, lab[0].upper() + lab[1:])
        return pre + (f"{lab}：{fmt(v)}%" if z else f"{lab}? {fmt(v)}%")
    if p == "digital_transformation_compliant":
        return pre + (f"是否已数字化达标：{yes if v else no}" if z else f"Already 数字化达标 (digitally compliant)? {yes if v else no}")
    if p == "above_regional_industry_average":
        return pre + ("主要技术经济指标是否高于本市同行业平均水平：是" if z else "Main indicators above the Beijing industry average? Yes")
    if p == "filing":
        filed, dist, date = v
        if not filed:
            return pre + ("是否已完成基础级备案：否" if z else "Basic-level filing done? Not yet")
        return pre + (f"基础级备案：已完成（{dist[0]}，{date[:4]}年{int(date[5:7])}月{int(date[8:])}日）" if z else f"Basic-level filing done? Yes, {dist[2]} district, {en_date(date)}")
    if p == "incident":
        return pre + say(p, v, voice, "ar", r, ctx)
    raise KeyError(p)


def main():
    r = random.Random(1414)
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
             "ambiguous": h.get("ambiguous", []) + h.get("distractors", []), "distractors": h.get("distractors", []),
             "kinds": h["kinds"], "source": "hand"}
        cases.append(c)
    for v in REVOCATIONS:
        verdict, _ = derive.revocation(v["events"])
        revoke = next((k for k, s in v["events"].items() if s is True), False)
        cases.append({"q": v["q"], "lang": v["lang"], "level": v["level"], "expect": {}, "revoke": revoke,
                      "verdict": verdict, "kinds": v["kinds"], "source": "revocation"})
    cases = [c for c in cases if "revoke" in c or c["status"]]
    qs = Counter(c["q"] for c in cases)
    assert all(n == 1 for n in qs.values()), [q for q, n in qs.items() if n > 1]
    for c in cases:
        for a in c.get("ambiguous", []):
            assert a in c["q"], (a, c["q"])
    with open(os.path.join(HERE, "situations.json"), "w", encoding="utf-8") as fh:
        json.dump(cases, fh, ensure_ascii=False, indent=1)
    true_amb = [c for c in cases if set(c.get("ambiguous", [])) - set(c.get("distractors", []))]
    print(f"situations: {len(cases)} (zh {sum(c['lang'] == 'zh' for c in cases)}, en {sum(c['lang'] == 'en' for c in cases)}), "
          f"facts {sum(len(c['expect']) for c in cases)}, cases with planted ambiguities {len(true_amb)} "
          f"(words {sum(len(set(c['ambiguous']) - set(c['distractors'])) for c in true_amb)}), "
          f"with distractors {sum(1 for c in cases if c.get('distractors'))}, revocations {sum('revoke' in c for c in cases)} "
          f"(revoke {sum(1 for c in cases if c.get('revoke'))})")
    print("statuses:", dict(Counter(s for c in cases for s in c.get("status", {}).values())))
    print("kinds:", dict(Counter(k for c in cases for k in c["kinds"])))


if __name__ == "__main__":
    main()
