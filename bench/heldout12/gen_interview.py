# ruff: noqa: E501
"""Writes interview.json of bench/heldout12: 20 whole profiles (some stop early on a condition not met, some lack
fields the interview must accept as unknown), each with both levels' verdicts and every condition's status as
derive.py decides them. Standard library only.

    python3 gen_interview.py
"""
import copy
import json
import os
from collections import Counter

import derive
from vocab import credit_code

HERE = os.path.dirname(os.path.abspath(__file__))
PO, PM, OM, FC, RD = "production_operation", "production_management", "operations_management", \
    "factory_construction", "rd_design"

BASE = {
    "id": "h12-base", "name": "北京清研精密传感股份有限公司", "credit_code": credit_code("91110114MA04QX7T2"),
    "registration": {"province": "北京市", "district": "昌平区"}, "independent_legal_person": True,
    "above_designated_size": True, "annual_revenue_10k_cny": 68000, "industry_code": "C4021",
    "factory_built": True, "factory_in_operation": True, "market_competitive": True, "finances_sound_3y": True,
    "bad_credit_record": False, "incidents": [{"kind": "safety", "grade": "general", "date": "2025-06-18"}],
    "violations": [], "product_policy_compliant": True, "advanced_technology": True, "security_controllable": True,
    "cyber_data_risk_controllable": True, "organization_mechanism": True, "talent_team": True, "maturity_level": 3,
    "domains": [FC, RD, PO, PM, OM],
    "indicators": {"key_process_nc_rate": 74, "labor_productivity_gain": 8, "defect_rate_reduction": 4.5,
                   "equipment_networking_rate": 69, "energy_per_output_reduction": 6},
    "digital_transformation_compliant": False, "above_regional_industry_average": True,
    "basic_filing": {"filed": True, "district": "昌平区", "date": "2026-03-12"}, "as_of": "2026-11-30",
}


def var(label, drop=(), **ch):
    p = copy.deepcopy(BASE)
    p["id"] = "h12-" + label
    for k in drop:
        if "." in k:
            a, b = k.split(".")
            p[a].pop(b, None)
        else:
            p.pop(k, None)
    for k, v in ch.items():
        p[k] = v
    return label, p


PROFILES = [
    var("sensors-all-met"),
    var("exactly-at-thresholds", indicators={"key_process_nc_rate": 70, "labor_productivity_gain": 8, "defect_rate_reduction": 5,
                                             "equipment_networking_rate": 65, "energy_per_output_reduction": 5}),
    var("two-of-five", indicators={"key_process_nc_rate": 72, "labor_productivity_gain": 6, "defect_rate_reduction": 4,
                                   "equipment_networking_rate": 66, "energy_per_output_reduction": 3}),
    var("indicators-partly-unknown", indicators={"key_process_nc_rate": 71, "equipment_networking_rate": 60}),
    var("larger-accident-recent", incidents=[{"kind": "environmental", "grade": "larger", "date": "2025-02-10"}]),
    var("major-accident-old", incidents=[{"kind": "safety", "grade": "major", "date": "2022-09-01"}]),
    var("violation-in-window", violations=[{"date": "2024-07-15", "description": "超标排放被罚款"}]),
    var("measures-expired", as_of="2027-02-01"),
    var("registered-in-tianjin", registration={"province": "天津市", "district": "武清区"}),
    var("small-revenue", above_designated_size=False, annual_revenue_10k_cny=1700),
    var("software-house", industry_code="I6513"),
    var("maturity-one", maturity_level=1),
    var("not-in-operation", factory_in_operation=False),
    var("filing-after-as-of", basic_filing={"filed": True, "district": "昌平区", "date": "2026-12-20"}),
    var("no-filing-pm-only", basic_filing={"filed": False}, domains=[PO, PM]),
    var("rd-only", domains=[RD, FC]),
    var("below-average-not-digital", above_regional_industry_average=False, digital_transformation_compliant=False),
    var("pharma-row2", industry_code="C2720", indicators={"key_process_nc_rate": 82, "labor_productivity_gain": 7,
                                                          "defect_rate_reduction": 5.5, "equipment_networking_rate": 71,
                                                          "energy_per_output_reduction": 3}),
    var("heat-supply-d44", industry_code="D4430"),
    var("attestations-unknown", drop=("security_controllable", "talent_team", "finances_sound_3y", "incidents")),
]


def main():
    out = []
    for label, p in PROFILES:
        e = {}
        for lvl in ("basic", "advanced"):
            st = derive.status(p, lvl)
            e[lvl] = {"verdict": derive.verdict(st), "conditions": st}
        out.append({"name": label, "profile": p, "expect": e})
    with open(os.path.join(HERE, "interview.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    print("interview:", len(out), dict(Counter((lvl, c["expect"][lvl]["verdict"]) for c in out for lvl in ("basic", "advanced"))))
    for c in out:
        print(f"  {c['name']:<28} basic {c['expect']['basic']['verdict']:<13} advanced {c['expect']['advanced']['verdict']}")


if __name__ == "__main__":
    main()
