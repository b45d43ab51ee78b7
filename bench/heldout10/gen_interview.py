"""Writes interview.json: whole profiles (a base that meets everything, changed one or a few facts at a time) with
both levels' verdicts and condition statuses from derive.py. Every profile carries as_of, a province and an industry
code, so that no status rests on a point the contract leaves open (derive.verdict raises on one)."""
from __future__ import annotations

import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import derive  # noqa: E402

BASE = {
    "registration": {"province": "北京市", "district": "海淀区"},
    "independent_legal_person": True,
    "annual_revenue_10k_cny": 36000,
    "industry_code": "C3911",
    "factory_built": True,
    "factory_in_operation": True,
    "market_competitive": True,
    "finances_sound_3y": True,
    "bad_credit_record": False,
    "incidents": [],
    "violations": [],
    "product_policy_compliant": True,
    "advanced_technology": True,
    "security_controllable": True,
    "cyber_data_risk_controllable": True,
    "organization_mechanism": True,
    "talent_team": True,
    "maturity_level": 3,
    "domains": ["factory_construction", "production_operation", "production_management", "operations_management"],
    "indicators": {"key_process_nc_rate": 84, "labor_productivity_gain": 9.5, "defect_rate_reduction": 4.5,
                   "equipment_networking_rate": 71, "energy_per_output_reduction": 6},
    "above_regional_industry_average": True,
    "digital_transformation_compliant": False,
    "basic_filing": {"filed": True, "district": "海淀区", "date": "2025-11-20"},
    "as_of": "2026-12-07",
}

DROP = object()

# name, changes to BASE (a value DROP removes the field), note
VARIANTS = [
    ("all-met-electronics", {}, "meets every condition of both levels (C39: 84/9.5/4.5/71 reach 80/8/4/70)"),
    ("not-filed", {"basic_filing": {"filed": False}}, "basic eligible; advanced stops at art_7"),
    ("indicators-partial", {"indicators": {"key_process_nc_rate": 84, "equipment_networking_rate": 66}},
     "two indicators given, one reaches C39's row: advanced undetermined"),
    ("registered-tianjin", {"registration": {"province": "天津市"}}, "registered outside Beijing"),
    ("maturity-1", {"maturity_level": 1}, "GB/T 39116 level 1"),
    ("larger-accident-2025", {"incidents": [{"kind": "safety", "grade": "larger", "date": "2025-06-18"}]},
     "a 较大 safety accident inside the three years"),
    ("old-major-accident", {"incidents": [{"kind": "environmental", "grade": "major", "date": "2021-09-30"}]},
     "a 重大 environmental accident before the three-year window"),
    ("no-production-operation", {"domains": ["factory_construction", "rd_design", "operations_management"]},
     "production operation not covered: neither level"),
    ("digital-compliant-only", {"above_regional_industry_average": False, "digital_transformation_compliant": True},
     "basic effectiveness met through 数字化达标 alone"),
    ("after-expiry", {"as_of": "2027-01-15"}, "as_of after the measures expire (art_14)"),
    ("coal-mine", {"industry_code": "B0610"}, "section B: industrial, but no att_2-1 row (left to experts)"),
    ("power-plant", {"industry_code": "D4411", "indicators": DROP}, "section D, no indicators"),
    ("software-firm", {"industry_code": "I6510"}, "not an industrial section"),
    ("below-size", {"annual_revenue_10k_cny": 1800, "above_designated_size": False}, "below designated size"),
    ("minimal", None, "only place, industry and as_of: everything else unknown"),
    ("violation-2026", {"violations": [{"date": "2026-03-09", "description": "超标排放被处罚"}]},
     "a violation inside the three years"),
    ("bad-credit", {"bad_credit_record": True}, "a bad credit record"),
    ("filed-after-as-of", {"as_of": "2026-06-30", "basic_filing": {"filed": True, "date": "2026-09-01"}},
     "the basic filing is dated after as_of"),
    ("indicators-two-of-five", {"industry_code": "C3612",
                                "indicators": {"key_process_nc_rate": 72, "labor_productivity_gain": 7,
                                               "defect_rate_reduction": 4, "equipment_networking_rate": 66,
                                               "energy_per_output_reduction": 4.5}},
     "C36 row 4: only NC 72 and networking 66 reach 70 and 65"),
    ("production-operation-only", {"domains": ["production_operation"]}, "enough for basic, not for advanced"),
    ("not-secure", {"security_controllable": False}, "key equipment not secure and controllable"),
    ("pharma-at-thresholds", {"industry_code": "C2710",
                              "indicators": {"key_process_nc_rate": 80, "labor_productivity_gain": 8,
                                             "defect_rate_reduction": 5, "equipment_networking_rate": 69,
                                             "energy_per_output_reduction": 3}},
     "C27 row 2: three indicators exactly at 80/8/5"),
    ("general-incidents", {"incidents": [{"kind": "quality", "grade": "general", "date": "2025-02-11"},
                                         {"kind": "safety", "grade": "general", "date": "2026-08-03"}]},
     "general accidents do not disqualify"),
    ("before-publication", {"as_of": "2025-03-01", "basic_filing": DROP},
     "as_of before the measures were published"),
    ("competitiveness-unknown", {"market_competitive": DROP}, "one attested fact missing: undetermined"),
    ("branch-office", {"independent_legal_person": False}, "not an independent legal person"),
    ("food-row-1", {"industry_code": "C1431", "registration": {"province": "北京市", "district": "密云区"},
                    "indicators": {"key_process_nc_rate": 66, "labor_productivity_gain": 10.5,
                                   "defect_rate_reduction": 4, "equipment_networking_rate": 54,
                                   "energy_per_output_reduction": 3.5},
                    "above_regional_industry_average": DROP},
     "C14 row 1: only 66 and 10.5 reach; basic effectiveness unknown"),
    ("materials-row-5", {"industry_code": "C3041",
                         "indicators": {"key_process_nc_rate": 76, "labor_productivity_gain": 10,
                                        "defect_rate_reduction": 2, "equipment_networking_rate": 70}},
     "C30 row 5: 76/10/2 reach 75/10/2"),
]


def build(changes):
    if changes is None:
        return {"registration": {"province": "北京市"}, "industry_code": "C3511", "as_of": "2026-12-07"}
    p = copy.deepcopy(BASE)
    for k, v in changes.items():
        if v is DROP:
            p.pop(k, None)
        else:
            p[k] = copy.deepcopy(v)
    return p


def main() -> None:
    out = []
    for name, changes, note in VARIANTS:
        p = {"id": f"h10-{name}", **build(changes)}
        exp = {}
        for level in ("basic", "advanced"):
            st = derive.status(p, level)
            exp[level] = {"verdict": derive.verdict(st), "conditions": st}
        out.append({"name": name, "note": note, "profile": p, "expect": exp})
    with open(os.path.join(HERE, "interview.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    for c in out:
        print(f"{c['name']:<26} basic {c['expect']['basic']['verdict']:<13} advanced "
              f"{c['expect']['advanced']['verdict']}")
    print(f"interview.json: {len(out)}")


if __name__ == "__main__":
    main()
