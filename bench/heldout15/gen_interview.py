# ruff: noqa: E501
"""Writes interview.json of bench/heldout15: 21 whole profiles (its own base, a Shunyi maker of routers and network
switches, C3921, row 3 of att_2-1, and variants; none from another set), each with both levels' verdicts and every
condition's status as derive.py decides them. Some stop early (a condition not met), some stay undetermined.

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
    "id": "h15-base", "name": "北京顺联网络设备有限公司",
    "registration": {"province": "北京市", "district": "顺义区"}, "independent_legal_person": True,
    "annual_revenue_10k_cny": 38600, "industry_code": "C3921",
    "factory_built": True, "factory_in_operation": True, "market_competitive": True, "finances_sound_3y": True,
    "bad_credit_record": False, "incidents": [{"kind": "safety", "grade": "general", "date": "2025-10-21"}],
    "violations": [], "product_policy_compliant": True, "advanced_technology": True, "security_controllable": True,
    "cyber_data_risk_controllable": True, "organization_mechanism": True, "talent_team": True, "maturity_level": 3,
    "domains": [FC, PO, PM, OM],
    "indicators": {"key_process_nc_rate": 84, "labor_productivity_gain": 9, "defect_rate_reduction": 5,
                   "equipment_networking_rate": 73, "energy_per_output_reduction": 6},
    "digital_transformation_compliant": True,
    "basic_filing": {"filed": True, "district": "顺义区", "date": "2025-12-04"}, "as_of": "2026-11-20",
}


def var(label, drop=(), **ch):
    p = copy.deepcopy(BASE)
    p["id"] = "h15-" + label
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
    ("base: routers/switches C3921, row 3, 4 of 5 met (energy 6 < 7)", var("ok")),
    ("revenue 1,800 万元: below the size line (stops at art_5__item_1)", var("small", annual_revenue_10k_cny=1800)),
    ("registered in Hebei (Langfang)", var("hebei", registration={"province": "河北省", "district": "廊坊市广阳区"})),
    ("larger environmental accident on 2025-03-12, inside the three years", var("inc-larger", incidents=[{"kind": "environmental", "grade": "larger", "date": "2025-03-12"}])),
    ("maturity level 1", var("mat1", maturity_level=1)),
    ("not filed as basic (advanced stops at art_7)", var("nofile", basic_filing={"filed": False})),
    ("only production operation covered", var("po-only", domains=[PO])),
    ("production operation not covered", var("no-po", domains=[RD, PM, OM])),
    ("vaccines C2762 with the base figures: row 2, all five met", var("vaccine", industry_code="C2762")),
    ("refinery C2511 with the base figures: row 5, two met", var("refine", industry_code="C2511")),
    ("tap water D46: industrial, no row in att_2-1", var("water", industry_code="D46")),
    ("software I65: not industrial", var("soft", industry_code="I65")),
    ("only two indicators stated (84, 73): three open", var("two-ind", indicators={"key_process_nc_rate": 84, "equipment_networking_rate": 73})),
    ("filing dated 2026-09-01, after as_of 2026-06-30", var("file-late", as_of="2026-06-30", basic_filing={"filed": True, "district": "顺义区", "date": "2026-09-01"})),
    ("violations not stated (absent list: unknown)", var("viol-absent", drop=("violations",))),
    ("not 数字化达标, regional average not stated", var("eff-open", digital_transformation_compliant=False)),
    ("no smart-manufacturing talent", var("talent", talent_team=False)),
    ("size by the flag only, revenue left out", var("flag", drop=("annual_revenue_10k_cny",), above_designated_size=True)),
    ("bad credit record", var("credit", bad_credit_record=True)),
    ("assessed on 2027-02-01: measures no longer in force", var("expired", as_of="2027-02-01")),
    ("factory built but not yet in operation", var("notrun", factory_in_operation=False)),
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
    for lvl in ("basic", "advanced"):
        print(lvl, dict(Counter(c["expect"][lvl]["verdict"] for c in out)))
    for c in out:
        print(f"  {c['name'][:60]:<62} {c['expect']['basic']['verdict']:<13} {c['expect']['advanced']['verdict']}")


if __name__ == "__main__":
    main()
