# ruff: noqa: E501
"""Writes interview.json: 20 whole profiles, each with both levels' verdicts and every condition's status as
derive.py decides them. Standard library only.

    python3 gen_interview.py
"""
import copy
import json
import os

import derive
from facts import check_code

HERE = os.path.dirname(os.path.abspath(__file__))
PO, PM, OM, FC, RD = "production_operation", "production_management", "operations_management", \
    "factory_construction", "rd_design"

BASE = {
    "id": "h11-base", "name": "北京京瑞智造科技有限公司", "credit_code": "91110117MA0D7K3R4K",
    "registration": {"province": "北京市", "district": "顺义区"}, "independent_legal_person": True,
    "above_designated_size": True, "annual_revenue_10k_cny": 42000, "industry_code": "C3670",
    "factory_built": True, "factory_in_operation": True, "market_competitive": True, "finances_sound_3y": True,
    "bad_credit_record": False, "incidents": [], "violations": [], "product_policy_compliant": True,
    "advanced_technology": True, "security_controllable": True, "cyber_data_risk_controllable": True,
    "organization_mechanism": True, "talent_team": True, "maturity_level": 3,
    "domains": [FC, PO, PM, OM],
    "indicators": {"key_process_nc_rate": 76, "labor_productivity_gain": 9.5, "defect_rate_reduction": 4.2,
                   "equipment_networking_rate": 68, "energy_per_output_reduction": 5.5},
    "digital_transformation_compliant": True, "above_regional_industry_average": True,
    "basic_filing": {"filed": True, "district": "顺义区", "date": "2025-09-12"}, "as_of": "2026-06-30",
}


def var(label, **ch):
    p = copy.deepcopy(BASE)
    p["id"] = "h11-" + label
    for k, v in ch.items():
        if v is None:
            p.pop(k, None)
        elif k == "ind":
            p["indicators"] = v
        else:
            p[k] = v
    return label, p


def drop_ind(**kw):
    d = dict(BASE["indicators"])
    d.update(kw)
    return {k: v for k, v in d.items() if v is not None}


PROFILES = [
    var("auto-seats-all-met"),
    var("auto-seats-two-indicators", ind={"key_process_nc_rate": 71, "labor_productivity_gain": 8.2,
                                          "defect_rate_reduction": 3, "equipment_networking_rate": 60,
                                          "energy_per_output_reduction": 4}),
    var("not-filed", basic_filing={"filed": False}),
    var("maturity-one", maturity_level=1),
    var("small-revenue", above_designated_size=False, annual_revenue_10k_cny=1500),
    var("registered-tianjin", registration={"province": "天津市", "district": "武清区"},
        basic_filing={"filed": False}),
    var("software-i65", industry_code="I6513"),
    var("heat-supply-d44", industry_code="D4430"),
    var("only-production-operation", domains=[PO]),
    var("larger-accident-in-window", incidents=[{"kind": "safety", "grade": "larger", "date": "2025-02-14"}]),
    var("major-accident-long-ago", incidents=[{"kind": "environmental", "grade": "major", "date": "2021-08-30"},
                                              {"kind": "quality", "grade": "general", "date": "2026-01-05"}]),
    var("violation-in-window", violations=[{"date": "2024-11-20", "description": "消防设施不合格，被处罚款"}]),
    var("after-expiry", as_of="2027-03-01"),
    var("indicators-partly-missing", ind={"key_process_nc_rate": 74, "equipment_networking_rate": 66,
                                          "defect_rate_reduction": 2}),
    var("not-above-average-not-compliant", digital_transformation_compliant=False,
        above_regional_industry_average=False),
    var("talent-unknown", talent_team=None),
    var("not-in-operation", factory_in_operation=False),
    var("vaccine-thresholds-exactly", industry_code="C2761", name="北京博远创新股份有限公司",
        ind={"key_process_nc_rate": 80, "labor_productivity_gain": 8, "defect_rate_reduction": 5,
             "equipment_networking_rate": 69.9, "energy_per_output_reduction": 3.9}),
    var("filing-after-as-of", basic_filing={"filed": True, "district": "顺义区", "date": "2026-09-10"}),
    var("pcb-incidents-unstated", industry_code="C3982", incidents=None,
        ind={"key_process_nc_rate": 82, "labor_productivity_gain": 6, "defect_rate_reduction": 4.5,
             "equipment_networking_rate": 71, "energy_per_output_reduction": 6}),
]


def main():
    assert check_code(BASE["credit_code"])
    out = []
    for name, p in PROFILES:
        exp = {}
        for level in ("basic", "advanced"):
            st = derive.status(p, level)
            exp[level] = {"verdict": derive.verdict(st), "conditions": st}
        out.append({"name": name, "profile": p, "expect": exp})
    with open(os.path.join(HERE, "interview.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    for c in out:
        print(f"{c['name']:<34} basic {c['expect']['basic']['verdict']:<13} advanced {c['expect']['advanced']['verdict']}")


if __name__ == "__main__":
    main()
