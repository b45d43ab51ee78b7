# ruff: noqa: E501
"""Writes interview.json of bench/heldout16: 16 whole profiles (its own base, a Daxing maker of CT and MRI scanners,
C358, row 4 of att_2-1, and variants), each with both levels' verdicts and every condition's status as derive.py
decides them. Some stop early (a condition not met), some stay undetermined.

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
    "id": "h16-base", "name": "北京康影医学影像设备有限公司",
    "registration": {"province": "北京市", "district": "大兴区"}, "independent_legal_person": True,
    "annual_revenue_10k_cny": 27500, "industry_code": "C358",
    "factory_built": True, "factory_in_operation": True, "market_competitive": True, "finances_sound_3y": True,
    "bad_credit_record": False, "incidents": [{"kind": "quality", "grade": "general", "date": "2025-02-17"}],
    "violations": [], "product_policy_compliant": True, "advanced_technology": True, "security_controllable": True,
    "cyber_data_risk_controllable": True, "organization_mechanism": True, "talent_team": True, "maturity_level": 3,
    "domains": [RD, PO, PM, OM],
    "indicators": {"key_process_nc_rate": 74, "labor_productivity_gain": 9, "defect_rate_reduction": 4,
                   "equipment_networking_rate": 70, "energy_per_output_reduction": 3},
    "digital_transformation_compliant": True,
    "basic_filing": {"filed": True, "district": "大兴区", "date": "2025-12-09"}, "as_of": "2026-11-30",
}


def var(label, drop=(), **ch):
    p = copy.deepcopy(BASE)
    p["id"] = "h16-" + label
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
    ("base: CT/MRI scanners C358, row 4, 3 of 5 met (defect 4 < 5, energy 3 < 5)", var("ok")),
    ("revenue 1,900 万元: below the size line", var("small", annual_revenue_10k_cny=1900)),
    ("registered in Tianjin (Wuqing)", var("tianjin", registration={"province": "天津市", "district": "武清区"})),
    ("major safety accident on 2024-06-11, inside the three years", var("inc-major", incidents=[{"kind": "safety", "grade": "major", "date": "2024-06-11"}])),
    ("larger environmental accident on 2022-03-01, outside the three years", var("inc-old", incidents=[{"kind": "environmental", "grade": "larger", "date": "2022-03-01"}])),
    ("maturity level 1", var("mat1", maturity_level=1)),
    ("not filed as basic", var("nofile", basic_filing={"filed": False})),
    ("production operation and management only (no operations management)", var("po-pm", domains=[PO, PM])),
    ("management and operations only (no production operation)", var("no-po", domains=[PM, OM])),
    ("three indicators only: 2 met, 1 not, 2 unknown", var("two-ind", indicators={"key_process_nc_rate": 74, "labor_productivity_gain": 9, "defect_rate_reduction": 4})),
    ("piped gas D45: industrial, no row of att_2-1", var("gas", industry_code="D45")),
    ("restaurants H62: not industrial", var("food-service", industry_code="H62")),
    ("violations not stated", var("no-viol", drop=("violations",))),
    ("not 数字化达标, regional average unstated", var("dt-no", digital_transformation_compliant=False)),
    ("assessed on 2027-03-01, after the measures expire", var("late", as_of="2027-03-01")),
    ("pharmaceutical code C2720 with the same figures: row 2, only 2 met", var("pharma", industry_code="C2720")),
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
        print(f"{c['expect']['basic']['verdict']:<13} {c['expect']['advanced']['verdict']:<13} {c['name']}")
    print(dict(Counter((lvl, c["expect"][lvl]["verdict"]) for c in out for lvl in ("basic", "advanced"))))


if __name__ == "__main__":
    main()
