# ruff: noqa: E501  (a long docstring of how the set was derived)
"""An independent reading of the measures, for the seventh held-out set (never imports kg_service, nor any other
held-out set's module).

    SFKG_SHARED=/work/shared python3 bench/heldout7/derive.py   # rebuilds situations.json and interview.json

A copy of bench/heldout6/derive.py (the only held-out module read, for its format), each rule re-read against the
measures' words (art_5, art_7, art_14, annexes 1, 2 and 2-1) and the contract's "Assessment semantics" before it was
kept; differences: the interview profiles are drawn with another seed (SEED7, picked among 7700-7759 as the first
whose verdicts include at least 3 eligible at the advanced level and 5 at the basic level), other value pools,
other as_of days (one after the measures expired, one before they were published) and ids h7-iv-NN. TODAY is
2026-12-07 (the day this set was written). An incident of a disqualifying grade whose words give no day (no
`date`) leaves art_5__item_3 unknown.

The threshold table (att_2-1) is parsed from the seed text itself (../shared/seeds/…); the other rule values
are read off the measures' words (art_5, art_7, art_14, annexes 1 and 2) and written once here, each with the
unit it comes from. Conditions combine as the contract's "Assessment semantics" say (three-valued all-of /
any-of). This module decides:

- the status of each condition (keyed by the eId that names it) for a partial or full profile;
- a level's verdict.

It is the second, independent reading the held-out scorer compares the service with; keep it free of any
import from the project.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("SFKG_SHARED", os.path.join(HERE, "..", "..", "..", "shared"))
SEED = os.path.join(SHARED, "seeds", "beijing-smart-factory-measures-2025.txt")

MET, NOT, UNK = "met", "not_met", "unknown"
COLUMNS = ["key_process_nc_rate", "labor_productivity_gain", "defect_rate_reduction",
           "equipment_networking_rate", "energy_per_output_reduction"]  # att_2-1's column order
TODAY = dt.date(2026, 12, 7)                                 # the day this set was written (statuses speak for it)
IN_FORCE = (dt.date(2025, 4, 29), dt.date(2026, 12, 31))   # notice date; art_14 "有效期至 2026 年 12 月 31 日"
MIN_MATURITY = 2                                            # art_5 (七) "二级及以上"
LOOKBACK_YEARS = 3                                          # art_5 (三) "近三年"
GRADES = ["general", "larger", "major", "extraordinary"]    # 一般 < 较大 < 重大 < 特别重大
DISQUALIFYING = "larger"                                    # art_5 (三) "较大及以上"
REVENUE_LINE = 2000                                         # 规模以上: 2000 万元 (domain facts)
MINIMUM_MET = 3                                             # att_2 二 "至少满足5个指标中的3个"
INDUSTRIAL_SECTIONS = {"B", "C", "D"}
REVOCATION_CAUSES = [f"art_12__item_{i}" for i in range(1, 6)]      # art_12 (一)..(五)
SEED7 = 7705                                                # the first seed of 7700-7759 with >= 3 advanced- and >= 5 basic-eligible profiles


def threshold_table(path: str = SEED) -> dict[int, dict]:
    """Rows of att_2-1 as printed in the seed: {row: {"divisions": set, "thresholds": {column: %}}}."""
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    part = text[text.index("附件 2—1"):text.index("附件 3")]
    rows = {}
    for n, m in enumerate(re.finditer(r"\(([^)]*?相关)\)\s*((?:\d+%\s*){5})", part), start=1):
        divisions = set()
        for a, b in re.findall(r"C(\d{2})(?:\s*—\s*(\d{2}))?", m.group(1)):
            divisions |= set(range(int(a), int(b or a) + 1))
        values = [float(x) for x in re.findall(r"(\d+)%", m.group(2))]
        rows[n] = {"divisions": divisions, "thresholds": dict(zip(COLUMNS, values, strict=True))}
    assert len(rows) == 5, rows
    return rows


TABLE = threshold_table()


def row_of(industry_code: str | None) -> int | None:
    if not industry_code or industry_code[0] != "C":
        return None
    div = int(industry_code[1:3])
    return next((n for n, r in TABLE.items() if div in r["divisions"]), None)


def all_of(*parts: str) -> str:
    return NOT if NOT in parts else UNK if UNK in parts else MET


def any_of(*parts: str) -> str:
    return MET if MET in parts else UNK if UNK in parts else NOT


def flag(p: dict, key: str, want: bool = True) -> str:
    if key not in p:
        return UNK
    return MET if p[key] is want else NOT


def _date(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def _years_before(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year - years)
    except ValueError:  # 29 February
        return d.replace(year=d.year - years, day=28)


def as_of(p: dict, today: dt.date | None = None) -> dt.date:
    return _date(p["as_of"]) if p.get("as_of") else (today or dt.date.today())


def conditions(p: dict, level: str, today: dt.date | None = None) -> dict[str, str]:
    """{eId naming the condition: status} for one level."""
    when = as_of(p, today)
    out: dict[str, str] = {}
    out["art_14"] = MET if IN_FORCE[0] <= when <= IN_FORCE[1] else NOT

    reg = p.get("registration") or {}
    prov = reg.get("province")
    in_bj = UNK if prov is None else MET if ("北京" in prov or "beijing" in prov.lower()) else NOT
    # Size: the flag or the revenue line, whichever is given (the schema lets the flag be left out when the
    # revenue is given; 规模以上 *is* revenue ≥ 2000 万元); neither given: unknown.
    size_parts = []
    if "above_designated_size" in p:
        size_parts.append(MET if p["above_designated_size"] else NOT)
    if "annual_revenue_10k_cny" in p:
        size_parts.append(MET if p["annual_revenue_10k_cny"] >= REVENUE_LINE else NOT)
    size = any_of(*size_parts) if size_parts else UNK
    code = p.get("industry_code")
    industrial = MET if code is None or code[0] in INDUSTRIAL_SECTIONS else NOT
    out["art_5__item_1"] = all_of(in_bj, flag(p, "independent_legal_person"), size, industrial)

    out["art_5__item_2"] = all_of(flag(p, "factory_built"), flag(p, "factory_in_operation"),
                                  flag(p, "market_competitive"))

    start = _years_before(when, LOOKBACK_YEARS)
    if "incidents" not in p:
        inc = UNK
    else:
        grave = [i for i in p["incidents"] if GRADES.index(i["grade"]) >= GRADES.index(DISQUALIFYING)]
        bad = [i for i in grave if i.get("date") and start <= _date(i["date"]) <= when]
        undated = [i for i in grave if not i.get("date")]
        inc = NOT if bad else UNK if undated else MET
    if "violations" not in p:
        vio = UNK
    else:
        vio = (NOT if any(v.get("date") and start <= _date(v["date"]) <= when for v in p["violations"])
               else UNK if any(not v.get("date") for v in p["violations"]) else MET)
    out["art_5__item_3"] = all_of(flag(p, "finances_sound_3y"), flag(p, "bad_credit_record", False), inc, vio)

    out["art_5__item_4"] = all_of(flag(p, "product_policy_compliant"), flag(p, "advanced_technology"))
    out["art_5__item_5"] = all_of(flag(p, "security_controllable"), flag(p, "cyber_data_risk_controllable"))
    out["art_5__item_6"] = all_of(flag(p, "organization_mechanism"), flag(p, "talent_team"))
    ml = p.get("maturity_level")
    out["art_5__item_7"] = UNK if ml is None else MET if ml >= MIN_MATURITY else NOT

    domains = p.get("domains")
    if level == "basic":
        out["att_1__sec_1"] = UNK if domains is None else MET if "production_operation" in domains else NOT
        out["att_1__sec_2"] = any_of(flag(p, "above_regional_industry_average"),
                                     flag(p, "digital_transformation_compliant"))
    else:
        bf = p.get("basic_filing") or {}
        if "filed" not in bf:
            out["art_7"] = UNK
        elif not bf["filed"]:
            out["art_7"] = NOT
        else:
            out["art_7"] = NOT if bf.get("date") and _date(bf["date"]) > when else MET
        need = {"production_operation", "production_management", "operations_management"}
        out["att_2__sec_1"] = UNK if domains is None else MET if need <= set(domains) else NOT
        out["att_2__sec_2"] = indicators_status(p)
    return out


def indicators_status(p: dict) -> str:
    row = row_of(p.get("industry_code"))
    if row is None:
        return UNK
    ind = p.get("indicators") or {}
    th = TABLE[row]["thresholds"]
    met = sum(1 for c in COLUMNS if c in ind and ind[c] >= th[c])
    unknown = sum(1 for c in COLUMNS if c not in ind)
    return MET if met >= MINIMUM_MET else NOT if met + unknown < MINIMUM_MET else UNK


def verdict(p: dict, level: str, today: dt.date | None = None) -> str:
    st = conditions(p, level, today).values()
    return "not_eligible" if NOT in st else "undetermined" if UNK in st else "eligible"


# --- building the sets ---------------------------------------------------------------------------------------

def _set_path(d: dict, path: str, value) -> None:
    keys = path.split(".")
    cur = d
    for i, k in enumerate(keys[:-1]):
        nxt_is_index = keys[i + 1].isdigit()
        if isinstance(cur, list):
            k = int(k)
            while len(cur) <= k:
                cur.append({})
            cur = cur[k]
        else:
            cur = cur.setdefault(k, [] if nxt_is_index else {})
    last = keys[-1]
    if isinstance(cur, list):
        idx = int(last)
        while len(cur) <= idx:
            cur.append(None)
        cur[idx] = value
    else:
        cur[last] = value


def profile_of(case: dict) -> dict:
    """The partial profile a situation states (its `expect`), completed by `assume` (facts its words imply but
    do not spell as a field value, e.g. a date for 'the year before last')."""
    p: dict = {"id": "situation"}
    for path, v in {**case.get("expect", {}), **case.get("assume", {})}.items():
        _set_path(p, path, v)
    if "incidents" in p:
        p["incidents"] = [i for i in p["incidents"] if i]
    return p


def build_situations(today: dt.date) -> list[dict]:
    sys.path.insert(0, HERE)
    from situations_src import CASES  # the hand-written questions
    out = []
    for c in CASES:
        c = dict(c)
        ask = c.pop("ask", None)
        if ask is not None:
            st = conditions(profile_of(c), c["level"], today)
            derived = {e: st[e] for e in ask}
            if "status" in c and c["status"] != derived:
                raise SystemExit(f"hand status {c['status']} differs from derived {derived}: {c['q']}")
            c["status"] = derived
        if "revoke" in c:
            assert c["revoke"] is False or c["revoke"] in REVOCATION_CAUSES, c
            assert c.get("why"), f"a revocation case says why: {c['q']}"
        out.append(c)
    return out


def build_interview(n: int = 20, seed: int | None = None) -> list[dict]:
    """Profiles whose every field is drawn independently (present or absent, then its value) given two rates
    drawn per profile -- how complete it is and how often a value is a fault -- so that conditions fail, pass
    and stay unknown in many combinations, not in the patterns of a hand-made set, and some profiles are
    eligible."""
    rng = random.Random(SEED7 if seed is None else seed)
    elsewhere = ["天津市", "江苏省", "广东省", "河南省", "四川省"]
    districts = ["海淀区", "通州区", "顺义区", "昌平区", "大兴区", "平谷区", "延庆区", "石景山区", "东城区"]
    industrial = ["C1331", "C1461", "C1512", "C1620", "C1711", "C1811", "C1931", "C2011", "C2130", "C2211",
                  "C2330", "C2411", "C2511", "C2682", "C2720", "C2823", "C2915", "C3074", "C3110", "C3212",
                  "C3311", "C3411", "C3544", "C3612", "C3743", "C3823", "C3973", "C4011", "C4120", "C4220",
                  "C4350", "B1011", "D4610"]
    other = ["H6110", "L7251", "I6510", "O8111", "P8331"]
    domains_all = ["factory_construction", "rd_design", "production_operation", "production_management",
                   "operations_management"]
    good = {"independent_legal_person": True, "factory_built": True, "factory_in_operation": True,
            "market_competitive": True, "finances_sound_3y": True, "bad_credit_record": False,
            "product_policy_compliant": True, "advanced_technology": True, "security_controllable": True,
            "cyber_data_risk_controllable": True, "organization_mechanism": True, "talent_team": True}
    out = []
    for i in range(n):
        complete = rng.choice([1.0, 1.0, 1.0, 0.95, 0.85, 0.75])
        fault = rng.choice([0.0, 0.0, 0.0, 0.03, 0.06, 0.12])
        present = lambda q=1.0, c=complete: rng.random() < c * q  # noqa: E731
        faulty = lambda k=1.0, f=fault: rng.random() < f * k  # noqa: E731
        p: dict = {"id": f"h7-iv-{i + 1:02d}"}
        if present():
            p["registration"] = {"province": rng.choice(elsewhere) if faulty(2) else "北京市"}
            if p["registration"]["province"] == "北京市" and rng.random() < 0.5:
                p["registration"]["district"] = rng.choice(districts)
        for k, v in good.items():
            if present():
                p[k] = (not v) if faulty() else v
        # The flag and the revenue state one fact (规模以上 is revenue >= 2000 万元): when both are given they agree.
        if rng.random() < 0.45:
            p["annual_revenue_10k_cny"] = rng.choice([150, 1500, 1999, 2000, 2001, 7600, 36000, 510000])
        if present(0.8):
            rev = p.get("annual_revenue_10k_cny")
            p["above_designated_size"] = (rev >= REVENUE_LINE) if rev is not None else not faulty()
        if present():
            p["industry_code"] = rng.choice(other) if faulty() else rng.choice(industrial)
        if present():
            p["incidents"] = []
            for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
                p["incidents"].append({"kind": rng.choice(["safety", "environmental", "quality", "other"]),
                                       "grade": rng.choice(GRADES[1:] if faulty(3) else GRADES[:1]),
                                       "date": rng.choice(["2021-06-17", "2022-09-26", "2023-02-14", "2023-08-21",
                                                           "2024-10-08", "2025-09-16", "2026-03-05"])})
        if present():
            p["violations"] = [{"date": rng.choice(["2021-10-12", "2023-01-09", "2024-06-27", "2026-07-30"]),
                                "description": "被市场监管部门罚款"}] if faulty(2) else []
        if present():
            p["maturity_level"] = 1 if faulty() else rng.choice([2, 2, 3, 3, 4])
        if present():
            p["domains"] = (rng.sample(domains_all, rng.randint(1, 4)) if faulty(3) or rng.random() < 0.2
                            else domains_all if rng.random() < 0.4 else domains_all[2:])
        if present():
            vals = {"key_process_nc_rate": [60, 64.9, 65, 69.9, 70, 74.9, 75, 79.9, 80, 93],
                    "labor_productivity_gain": [6, 7.9, 8, 9.9, 10, 17],
                    "defect_rate_reduction": [1, 1.9, 2, 3.9, 4, 4.9, 5, 8],
                    "equipment_networking_rate": [50, 54.9, 55, 64.9, 65, 69.9, 70, 74.9, 75, 88],
                    "energy_per_output_reduction": [3, 3.9, 4, 4.9, 5, 6.9, 7, 9.9, 10, 15]}
            p["indicators"] = {c: rng.choice(v) for c, v in vals.items() if present(0.85)}
        if present(0.9):
            p["above_regional_industry_average"] = not faulty(3)
        if rng.random() < 0.5:
            p["digital_transformation_compliant"] = rng.random() < 0.5
        if present(0.9):
            bf: dict = {"filed": not faulty(2)}
            if bf["filed"] and rng.random() < 0.7:
                bf["date"] = rng.choice(["2025-06-02", "2025-10-29", "2026-08-19"])
                if rng.random() < 0.5:
                    bf["district"] = rng.choice(districts)
            p["basic_filing"] = bf
        p["as_of"] = rng.choice(["2025-07-09", "2025-12-02", "2026-05-14", "2026-10-20"])
        # the two days outside the measures' period, placed on two profiles so that the set always has them
        p["as_of"] = {4: "2027-02-08", 13: "2025-03-03"}.get(i, p["as_of"])
        out.append({"name": p["id"], "profile": p,
                    "expect": {lvl: {"verdict": verdict(p, lvl), "conditions": conditions(p, lvl)}
                               for lvl in ("basic", "advanced")}})
    return out


def check_dev_cases() -> int:
    """The reading against the contract's dev-cases.json (verdicts and the conditions named not_met / unknown):
    a guard that the independent reading follows the contract, not a source of the held-out sets."""
    with open(os.path.join(SHARED, "contract", "dev-cases.json"), encoding="utf-8") as fh:
        cases = [c for c in json.load(fh) if "expect" in c]
    n = 0
    for c in cases:
        for lvl, e in c["expect"].items():
            st = conditions(c["profile"], lvl)
            ok = verdict(c["profile"], lvl) == e["verdict"] and all(
                any(st.get(x) == s for x in e.get(s, [])) or not e.get(s) for s in ("not_met", "unknown"))
            if not ok:
                raise SystemExit(f"derive.py disagrees with dev-cases.json on {c['name']} / {lvl}: {st}")
            n += 1
    return n


def main() -> None:
    print(f"derive.py agrees with the contract's dev-cases.json on {check_dev_cases()} profile-levels")
    today = TODAY
    sits = build_situations(today)
    iv = build_interview()
    for name, data in (("situations.json", sits), ("interview.json", iv)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
    for c in sits:
        print(c["lang"], c["level"], c.get("status", c.get("revoke")), c["q"][:70])
    from collections import Counter
    print(Counter(x["expect"][lvl]["verdict"] for x in iv for lvl in ("basic", "advanced")))
    print(len(sits), "situations;", len(iv), "interview profiles; as of", today)


if __name__ == "__main__":
    main()
