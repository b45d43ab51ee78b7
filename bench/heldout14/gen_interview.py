# ruff: noqa: E501
"""Writes interview.json of bench/heldout14: 21 whole profiles (its own base, a Changping maker of lithium-ion battery
cells, C3841, row 4 of att_2-1, and variants; none from another set), each with both levels' verdicts and every
condition's status as derive.py decides them. Standard library only.

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
    "id": "h14-base", "name": "北京昌源锂电科技有限公司",
    "registration": {"province": "北京市", "district": "昌平区"}, "independent_legal_person": True,
    "annual_revenue_10k_cny": 46200, "industry_code": "C3841",
    "factory_built": True, "factory_in_operation": True, "market_competitive": True, "finances_sound_3y": True,
    "bad_credit_record": False, "incidents": [{"kind": "quality", "grade": "general", "date": "2025-05-06"}],
    "violations": [], "product_policy_compliant": True, "advanced_technology": True, "security_controllable": True,
    "cyber_data_risk_controllable": True, "organization_mechanism": True, "talent_team": True, "maturity_level": 3,
    "domains": [RD, PO, PM, OM],
    "indicators": {"key_process_nc_rate": 76, "labor_productivity_gain": 9, "defect_rate_reduction": 6,
                   "equipment_networking_rate": 70, "energy_per_output_reduction": 4},
    "above_regional_industry_average": True,
    "basic_filing": {"filed": True, "district": "昌平区", "date": "2026-01-16"}, "as_of": "2026-11-30",
}


def var(label, drop=(), **ch):
    p = copy.deepcopy(BASE)
    p["id"] = "h14-" + label
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
    ("base: Li-ion cells C3841, row 4, 4 of 5 met", var("ok")),
    ("revenue exactly 2000 万元, size flag left out", var("rev-edge", annual_revenue_10k_cny=2000)),
    ("registered in Tianjin (Wuqing)", var("tianjin", registration={"province": "天津市", "district": "武清区"})),
    ("larger safety accident 2023-11-20: just outside the three years up to 2026-11-30", var("inc-edge-out", incidents=[{"kind": "safety", "grade": "larger", "date": "2023-11-20"}])),
    ("major quality accident 2026-02-10", var("inc-major", incidents=[{"kind": "quality", "grade": "major", "date": "2026-02-10"}])),
    ("violations not stated (absent list: unknown)", var("viol-absent", drop=("violations",))),
    ("maturity level exactly 2", var("mat2", maturity_level=2)),
    ("only production operation covered", var("po-only", domains=[PO])),
    ("indicators exactly at three row-4 thresholds (70, 8, 65), two just below", var("ind-edge", indicators={"key_process_nc_rate": 70, "labor_productivity_gain": 8, "defect_rate_reduction": 4.9, "equipment_networking_rate": 65, "energy_per_output_reduction": 4.9})),
    ("2 met, 2 not met, 1 unstated (could still reach 3)", var("ind-open", indicators={"key_process_nc_rate": 72, "labor_productivity_gain": 6, "defect_rate_reduction": 5.5, "equipment_networking_rate": 60})),
    ("filed without a date", var("file-nodate", basic_filing={"filed": True})),
    ("not filed as basic", var("nofile", basic_filing={"filed": False})),
    ("heat supply D4430: no row in att_2-1", var("heat", industry_code="D4430")),
    ("cosmetics C2682 with the base figures: row 5, only 2 of 5", var("cosm", industry_code="C2682")),
    ("assessed on 2027-01-04: measures no longer in force", var("expired", as_of="2027-01-04")),
    ("assessed on the first day, 2025-04-29 (filing the same day)", var("first-day", as_of="2025-04-29", basic_filing={"filed": True, "district": "昌平区", "date": "2025-04-29"}, incidents=[])),
    ("not 数字化达标 and regional average not stated", var("eff-open", drop=("above_regional_industry_average",), digital_transformation_compliant=False)),
    ("above the regional average although not 数字化达标", var("eff-avg", digital_transformation_compliant=False)),
    ("factory still under construction", var("building", factory_built=False, factory_in_operation=False)),
    ("cyber and data risk not controllable", var("cyber", cyber_data_risk_controllable=False)),
    ("R&D service firm M7320 (section M)", var("rnd", industry_code="M7320")),
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
        print(f"{c['name'][:60]:<62} basic {c['expect']['basic']['verdict']:<13} advanced {c['expect']['advanced']['verdict']}")
    print(dict(Counter(c["expect"][lvl]["verdict"] for c in out for lvl in ("basic", "advanced"))))


if __name__ == "__main__":
    main()
