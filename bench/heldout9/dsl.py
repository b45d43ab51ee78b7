"""Short names for profile fields used by the generators (standard library only)."""
from __future__ import annotations

DOM = {"fc": "factory_construction", "rd": "rd_design", "po": "production_operation",
       "pm": "production_management", "om": "operations_management"}
SIMPLE = {"ilp": "independent_legal_person", "ads": "above_designated_size", "rev": "annual_revenue_10k_cny",
          "ind": "industry_code", "built": "factory_built", "op": "factory_in_operation",
          "comp": "market_competitive", "fin": "finances_sound_3y", "credit": "bad_credit_record",
          "pol": "product_policy_compliant", "tech": "advanced_technology", "sec": "security_controllable",
          "cyber": "cyber_data_risk_controllable", "org": "organization_mechanism", "talent": "talent_team",
          "mat": "maturity_level", "avg": "above_regional_industry_average",
          "dig": "digital_transformation_compliant", "asof": "as_of"}
IND = {"nc": "key_process_nc_rate", "lab": "labor_productivity_gain", "dr": "defect_rate_reduction",
       "net": "equipment_networking_rate", "en": "energy_per_output_reduction"}


def profile(**kw) -> dict:
    p: dict = {}
    for k, v in kw.items():
        if k in SIMPLE:
            p[SIMPLE[k]] = v
        elif k in IND:
            p.setdefault("indicators", {})[IND[k]] = v
        elif k == "prov":
            p.setdefault("registration", {})["province"] = v
        elif k == "dist":
            p.setdefault("registration", {})["district"] = v
        elif k == "dom":
            p["domains"] = [DOM[x] for x in v.split()]
        elif k == "inc":
            p["incidents"] = [{"kind": a, "grade": b, "date": c} for a, b, c in v]
        elif k == "vio":
            p["violations"] = [{"date": d} for d in v]
        elif k == "filed":
            p.setdefault("basic_filing", {})["filed"] = v
        elif k == "fdist":
            p.setdefault("basic_filing", {})["district"] = v
        elif k == "fdate":
            p.setdefault("basic_filing", {})["date"] = v
        else:
            raise KeyError(k)
    return p


def leaves(d, pre: str = "") -> dict:
    """Dotted paths as bench/heldout_eval.py reads them (lists of objects by index, other lists whole)."""
    out: dict = {}
    if isinstance(d, dict):
        for k, v in d.items():
            out |= leaves(v, f"{pre}{k}.")
    elif isinstance(d, list) and d and all(isinstance(x, dict) for x in d):
        for i, v in enumerate(d):
            out |= leaves(v, f"{pre}{i}.")
    else:
        out[pre[:-1]] = d
    return out
