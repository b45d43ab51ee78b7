"""Independent derivation of condition statuses from the Beijing measures (京经信发〔2025〕22号) and the contract's
assessment semantics. Written from the measures' text and /work/shared/contract/README.md only. Standard library.

    derive(profile, level) -> (verdict, {eId of the condition: "met" | "not_met" | "unknown"})

A partial profile (what a question states) gives `unknown` for every part it lacks. The condition keys are the eIds
by which bench/heldout_eval.py finds a condition (the first eId the condition cites that is specific to it).
"""
from __future__ import annotations

import datetime as dt

REF_DATE = "2026-12-07"          # the reference date of this set (the day it was written)
IN_FORCE = ("2025-04-29", "2026-12-31")  # art_14
REVENUE_LINE = 2000              # 万元, art_5__item_1 (规模以上)
MIN_MATURITY = 2                 # art_5__item_7
LOOKBACK_YEARS = 3               # art_5__item_3
BAD_GRADES = {"larger", "major", "extraordinary"}  # 较大 and above
MIN_INDICATORS = 3               # att_2__sec_2

# att_2-1: (nc rate, labour productivity gain, defect-rate reduction, networking rate, energy per output reduction)
ROWS = {
    "att_2-1__row_1": (65, 10, 5, 55, 4),
    "att_2-1__row_2": (80, 8, 5, 70, 4),
    "att_2-1__row_3": (80, 8, 4, 70, 7),
    "att_2-1__row_4": (70, 8, 5, 65, 5),
    "att_2-1__row_5": (75, 10, 2, 75, 10),
}
INDICATORS = ("key_process_nc_rate", "labor_productivity_gain", "defect_rate_reduction",
              "equipment_networking_rate", "energy_per_output_reduction")

COMMON = ["art_14", "art_5__item_1", "art_5__item_2", "art_5__item_3", "art_5__item_4", "art_5__item_5",
          "art_5__item_6", "art_5__item_7"]
LEVEL_CONDS = {"basic": [*COMMON, "att_1__sec_1", "att_1__sec_2"],
               "advanced": [*COMMON, "art_7", "att_2__sec_1", "att_2__sec_2"]}

# which profile fields each condition reads (a stated field "bears on" the condition)
FIELDS = {
    "art_14": {"as_of"},
    "art_5__item_1": {"registration.province", "independent_legal_person", "above_designated_size",
                      "annual_revenue_10k_cny", "industry_code"},
    "art_5__item_2": {"factory_built", "factory_in_operation", "market_competitive"},
    "art_5__item_3": {"finances_sound_3y", "bad_credit_record", "incidents", "violations"},
    "art_5__item_4": {"product_policy_compliant", "advanced_technology"},
    "art_5__item_5": {"security_controllable", "cyber_data_risk_controllable"},
    "art_5__item_6": {"organization_mechanism", "talent_team"},
    "art_5__item_7": {"maturity_level"},
    "att_1__sec_1": {"domains"},
    "att_1__sec_2": {"above_regional_industry_average", "digital_transformation_compliant"},
    "art_7": {"basic_filing.filed", "basic_filing.date"},
    "att_2__sec_1": {"domains"},
    "att_2__sec_2": {"industry_code"} | {"indicators." + k for k in INDICATORS},
}


class Ambiguous(Exception):
    """The contract leaves this status open for this profile: a case must not rely on it."""


def all_of(parts):
    if "not_met" in parts:
        return "not_met"
    if "unknown" in parts:
        return "unknown"
    return "met"


def any_of(parts):
    if "met" in parts:
        return "met"
    if "unknown" in parts:
        return "unknown"
    return "not_met"


def flag(v, good=True):
    """An attested boolean: unknown when absent."""
    if v is None:
        return "unknown"
    return "met" if v is good else "not_met"


def row_of(code):
    """The att_2-1 row of a GB/T 4754 code, or None (unknown industry, B and D, non-industrial sections)."""
    if not code or code[0] != "C":
        return None
    d = int(code[1:3])
    if 13 <= d <= 23:
        return "att_2-1__row_1"
    if d == 27:
        return "att_2-1__row_2"
    if d == 39:
        return "att_2-1__row_3"
    if d == 24 or 33 <= d <= 38 or 40 <= d <= 43:
        return "att_2-1__row_4"
    if d in (25, 26) or 28 <= d <= 32:
        return "att_2-1__row_5"
    return None


def _date(s):
    return dt.date.fromisoformat(s)


def in_window(date, as_of):
    a = _date(as_of)
    start = a.replace(year=a.year - LOOKBACK_YEARS)
    d = _date(date)
    if d in (start, a):
        raise Ambiguous(f"{date} is on the edge of the three-year window")
    return start < d <= a


def derive(p: dict, level: str):
    as_of = p.get("as_of", REF_DATE)
    st = {}
    st["art_14"] = "met" if IN_FORCE[0] <= as_of <= IN_FORCE[1] else "not_met"

    reg = p.get("registration") or {}
    prov = reg.get("province")
    beijing = "unknown" if prov is None else ("met" if prov in ("北京市", "北京") else "not_met")
    if "above_designated_size" in p:
        size = flag(p["above_designated_size"])
    elif "annual_revenue_10k_cny" in p:
        size = "met" if p["annual_revenue_10k_cny"] >= REVENUE_LINE else "not_met"
    else:
        size = "unknown"
    code = p.get("industry_code")
    parts = [beijing, flag(p.get("independent_legal_person")), size]
    if code is None:
        if all_of(parts) == "met":
            raise Ambiguous("art_5__item_1 with every part met but no industry_code")
        st["art_5__item_1"] = all_of(parts)
    else:
        st["art_5__item_1"] = all_of([*parts, "met" if code[0] in "BCD" else "not_met"])

    st["art_5__item_2"] = all_of([flag(p.get("factory_built")), flag(p.get("factory_in_operation")),
                                  flag(p.get("market_competitive"))])

    inc = p.get("incidents")
    if inc is None:
        inc_s = "unknown"
    else:
        inc_s = "not_met" if any(i["grade"] in BAD_GRADES and in_window(i["date"], as_of) for i in inc) else "met"
    vio = p.get("violations")
    vio_s = ("unknown" if vio is None else
             "not_met" if any(in_window(v["date"], as_of) for v in vio) else "met")
    st["art_5__item_3"] = all_of([flag(p.get("finances_sound_3y")), flag(p.get("bad_credit_record"), good=False),
                                  inc_s, vio_s])
    st["art_5__item_4"] = all_of([flag(p.get("product_policy_compliant")), flag(p.get("advanced_technology"))])
    st["art_5__item_5"] = all_of([flag(p.get("security_controllable")), flag(p.get("cyber_data_risk_controllable"))])
    st["art_5__item_6"] = all_of([flag(p.get("organization_mechanism")), flag(p.get("talent_team"))])
    m = p.get("maturity_level")
    st["art_5__item_7"] = "unknown" if m is None else ("met" if m >= MIN_MATURITY else "not_met")

    doms = p.get("domains")
    if level == "basic":
        st["att_1__sec_1"] = "unknown" if doms is None else (
            "met" if "production_operation" in doms else "not_met")
        st["att_1__sec_2"] = any_of([flag(p.get("above_regional_industry_average")),
                                     flag(p.get("digital_transformation_compliant"))])
    else:
        bf = p.get("basic_filing") or {}
        if bf.get("filed") is None:
            st["art_7"] = "unknown"
        elif bf["filed"] is False:
            st["art_7"] = "not_met"
        else:
            st["art_7"] = "met" if bf.get("date", as_of) <= as_of else "not_met"
        need = {"production_operation", "production_management", "operations_management"}
        st["att_2__sec_1"] = "unknown" if doms is None else ("met" if need <= set(doms) else "not_met")
        row = row_of(code)
        if row is None:
            st["att_2__sec_2"] = "unknown"
        else:
            ind = p.get("indicators") or {}
            met = unk = 0
            for k, thr in zip(INDICATORS, ROWS[row], strict=True):
                v = ind.get(k)
                if v is None:
                    unk += 1
                elif v >= thr:
                    met += 1
            st["att_2__sec_2"] = ("met" if met >= MIN_INDICATORS else
                                  "not_met" if met + unk < MIN_INDICATORS else "unknown")
    vals = list(st.values())
    verdict = ("not_eligible" if "not_met" in vals else "undetermined" if "unknown" in vals else "eligible")
    return verdict, st


def stated_fields(p: dict) -> set:
    out = set()
    for k, v in p.items():
        if isinstance(v, dict):
            out |= {f"{k}.{kk}" for kk in v}
        else:
            out.add(k)
    return out


def bearing(p: dict, level: str) -> dict:
    """The statuses of the conditions of `level` that the stated fields of `p` bear on."""
    _, st = derive(p, level)
    f = stated_fields(p)
    return {c: st[c] for c in LEVEL_CONDS[level] if FIELDS[c] & f}


if __name__ == "__main__":
    import json
    import sys
    with open(sys.argv[1], encoding="utf-8") as fh:
        prof = json.load(fh)
    for lv in ("basic", "advanced"):
        print(lv, derive(prof, lv))
