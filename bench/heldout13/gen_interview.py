# ruff: noqa: E501
"""Writes interview.json of bench/heldout13: 21 whole profiles (own base and variants, none from another set), each
with both levels' verdicts and every condition's status as derive.py decides them. Standard library only.

    python3 gen_interview.py
"""
import copy
import json
import os
from collections import Counter

import derive

HERE = os.path.dirname(os.path.abspath(__file__))
PO, PM, OM, FC, RD = "production_operation", "production_management", "operations_management", \
    "factory_construction", "rd_design"

BASE = {
    "id": "h13-base", "name": "北京澄川服务器科技有限公司",
    "registration": {"province": "北京市", "district": "顺义区"}, "independent_legal_person": True,
    "annual_revenue_10k_cny": 38600, "industry_code": "C3911",
    "factory_built": True, "factory_in_operation": True, "market_competitive": True, "finances_sound_3y": True,
    "bad_credit_record": False, "incidents": [], "violations": [{"date": "2022-04-11", "description": "逾期申报环评验收"}],
    "product_policy_compliant": True, "advanced_technology": True, "security_controllable": True,
    "cyber_data_risk_controllable": True, "organization_mechanism": True, "talent_team": True, "maturity_level": 3,
    "domains": [FC, PO, PM, OM],
    "indicators": {"key_process_nc_rate": 83, "labor_productivity_gain": 7.5, "defect_rate_reduction": 4.2,
                   "equipment_networking_rate": 72.5, "energy_per_output_reduction": 5},
    "digital_transformation_compliant": True,
    "basic_filing": {"filed": True, "district": "顺义区", "date": "2025-12-09"}, "as_of": "2026-10-15",
}


def var(label, drop=(), **ch):
    p = copy.deepcopy(BASE)
    p["id"] = "h13-" + label
    for k in drop:
        if "." in k:
            a, b = k.split(".")
            p[a].pop(b, None)
        else:
            p.pop(k, None)
    for k, v in ch.items():
        if "__" in k:
            a, b = k.split("__")
            p[a][b] = v
        else:
            p[k] = v
    return p


PROFILES = [
    ("base: servers, row 3, all met", var("ok")),
    ("revenue 1,750 万元 and not above designated size", var("small", annual_revenue_10k_cny=1750, above_designated_size=False)),
    ("registered in Hebei (Langfang)", var("hebei", registration={"province": "河北省", "district": "广阳区"})),
    ("larger environmental incident in 2025", var("inc-larger", incidents=[{"kind": "environmental", "grade": "larger", "date": "2025-08-02"}])),
    ("major safety accident in 2022, outside the window", var("inc-old", incidents=[{"kind": "safety", "grade": "major", "date": "2022-06-30"}])),
    ("violation in 2026", var("viol", violations=[{"date": "2026-02-17", "description": "超标排放"}])),
    ("maturity level 1", var("mat1", maturity_level=1)),
    ("factory built, not in operation", var("notrunning", factory_in_operation=False)),
    ("only production operation covered", var("po-only", domains=[PO])),
    ("indicators: only 2 of 5 reach row 3", var("ind-2", indicators={"key_process_nc_rate": 81, "labor_productivity_gain": 6, "defect_rate_reduction": 3.9, "equipment_networking_rate": 70, "energy_per_output_reduction": 6.9})),
    ("no basic-level filing yet", var("nofile", basic_filing={"filed": False})),
    ("filing dated after as_of", var("filelate", basic_filing={"filed": True, "district": "顺义区", "date": "2026-11-20"})),
    ("software firm, I6513", var("soft", industry_code="I6513")),
    ("coal mine, B06: no indicator row", var("mine", industry_code="B06")),
    ("talent team not stated", var("notalent", drop=("talent_team",))),
    ("assessed on 2027-02-01: measures expired", var("expired", as_of="2027-02-01")),
    ("neither 数字化达标 nor above the regional average", var("noeff", digital_transformation_compliant=False, above_regional_industry_average=False)),
    ("coatings C2641 exactly at the row-5 thresholds", var("row5-edge", industry_code="C2641", indicators={"key_process_nc_rate": 75, "labor_productivity_gain": 10, "defect_rate_reduction": 2, "equipment_networking_rate": 74.9, "energy_per_output_reduction": 9.9})),
    ("beer C1513: 2 met, 1 not met, 2 not stated", var("beer-partial", industry_code="C1513", drop=("indicators.labor_productivity_gain", "indicators.energy_per_output_reduction"), indicators__key_process_nc_rate=70, indicators__defect_rate_reduction=4, indicators__equipment_networking_rate=60)),
    ("bad credit record", var("credit", bad_credit_record=True)),
    ("a branch, not an independent legal person", var("branch", independent_legal_person=False)),
]


def main():
    out = []
    for name, p in PROFILES:
        exp = {}
        for lvl in ("basic", "advanced"):
            st = derive.status(p, lvl)
            exp[lvl] = {"verdict": derive.verdict(st), "conditions": st}
        out.append({"name": name, "profile": p, "expect": exp})
    with open(os.path.join(HERE, "interview.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    for c in out:
        print(f"{c['name'][:50]:<52} basic {c['expect']['basic']['verdict']:<13} advanced {c['expect']['advanced']['verdict']}")
    print(dict(Counter(c["expect"][lvl]["verdict"] for c in out for lvl in ("basic", "advanced"))))


if __name__ == "__main__":
    main()
