# ruff: noqa: E501
"""Independent derivation of condition statuses and verdicts (bench/heldout16; logic copied from heldout15 and re-read against the contract's "Assessment semantics"), from
the contract's "Assessment semantics" (README.md of the contract) and the measures (京经信发〔2025〕22号),
standard library only.

    python3 derive.py            # self-test

status(profile, level) -> {eId: status}; verdict(statuses) -> eligible | not_eligible | undetermined;
revocation(events) -> (verdict, {art_12__item_N: applies | does_not_apply | unknown}).
A profile may be partial (a situation's stated facts): what it lacks is unknown.
"""
from __future__ import annotations

MET, NOT, UNK = "met", "not_met", "unknown"
IN_FORCE = ("2025-04-29", "2026-12-31")          # art_14
TODAY = "2026-12-08"   # the set's "today": relative dates in the situations are counted from it
BAD_GRADES = {"larger", "major", "extraordinary"}   # art_5__item_3: 较大 and above
KEYS = ["key_process_nc_rate", "labor_productivity_gain", "defect_rate_reduction",
        "equipment_networking_rate", "energy_per_output_reduction"]
ROWS = {1: [65, 10, 5, 55, 4], 2: [80, 8, 5, 70, 4], 3: [80, 8, 4, 70, 7], 4: [70, 8, 5, 65, 5],
        5: [75, 10, 2, 75, 10]}   # att_2-1, columns in the order of KEYS


def row_of(code: str | None):
    if not code or code[0] != "C" or len(code) < 3:
        return None
    d = int(code[1:3])
    if 13 <= d <= 23:
        return 1
    if d == 27:
        return 2
    if d == 39:
        return 3
    if d == 24 or 33 <= d <= 38 or 40 <= d <= 43:
        return 4
    if d in (25, 26) or 28 <= d <= 32:
        return 5
    return None


def all_of(xs):
    xs = list(xs)
    return NOT if NOT in xs else UNK if UNK in xs else MET


def any_of(xs):
    xs = list(xs)
    return MET if MET in xs else UNK if UNK in xs else NOT


def truth(p, k, want=True):
    if k not in p:
        return UNK
    return MET if p[k] is want else NOT


def _minus_years(d: str, n: int) -> str:
    y, m, dd = map(int, d.split("-"))
    if m == 2 and dd == 29:
        dd = 28
    return f"{y - n:04d}-{m:02d}-{dd:02d}"


def status(p: dict, level: str) -> dict:
    as_of = p.get("as_of", TODAY)
    s: dict = {}
    s["art_14"] = MET if IN_FORCE[0] <= as_of <= IN_FORCE[1] else NOT
    reg = p.get("registration", {})
    prov = UNK if "province" not in reg else (MET if "北京" in reg["province"] or "beijing" in reg["province"].lower()
                                            else NOT)
    if p.get("above_designated_size") is True or p.get("annual_revenue_10k_cny", -1) >= 2000:
        size = MET
    elif p.get("above_designated_size") is False or "annual_revenue_10k_cny" in p:
        size = NOT
    else:
        size = UNK
    parts = [prov, truth(p, "independent_legal_person"), size]
    if "industry_code" in p:
        parts.append(MET if p["industry_code"][0] in "BCD" else NOT)
    s["art_5__item_1"] = all_of(parts)
    s["art_5__item_2"] = all_of(truth(p, k) for k in ("factory_built", "factory_in_operation", "market_competitive"))
    lo = _minus_years(as_of, 3)

    def window(d):
        return lo < d <= as_of
    inc = UNK if "incidents" not in p else (
        NOT if any(i["grade"] in BAD_GRADES and window(i["date"]) for i in p["incidents"]) else MET)
    vio = UNK if "violations" not in p else (NOT if any(window(v["date"]) for v in p["violations"]) else MET)
    s["art_5__item_3"] = all_of([truth(p, "finances_sound_3y"), truth(p, "bad_credit_record", False), inc, vio])
    s["art_5__item_4"] = all_of(truth(p, k) for k in ("product_policy_compliant", "advanced_technology"))
    s["art_5__item_5"] = all_of(truth(p, k) for k in ("security_controllable", "cyber_data_risk_controllable"))
    s["art_5__item_6"] = all_of(truth(p, k) for k in ("organization_mechanism", "talent_team"))
    s["art_5__item_7"] = UNK if "maturity_level" not in p else (MET if p["maturity_level"] >= 2 else NOT)
    dom = p.get("domains")
    if level == "basic":
        s["att_1__sec_1"] = UNK if dom is None else (MET if "production_operation" in dom else NOT)
        s["att_1__sec_2"] = any_of([truth(p, "above_regional_industry_average"),
                                    truth(p, "digital_transformation_compliant")])
    else:
        bf = p.get("basic_filing", {})
        f = truth(bf, "filed")
        if f == MET and "date" in bf and bf["date"] > as_of:
            f = NOT
        s["art_7"] = f
        need = {"production_operation", "production_management", "operations_management"}
        s["att_2__sec_1"] = UNK if dom is None else (MET if need <= set(dom) else NOT)
        row = row_of(p.get("industry_code"))
        if row is None:
            s["att_2__sec_2"] = UNK
        else:
            ind = p.get("indicators", {})
            met = sum(1 for k, t in zip(KEYS, ROWS[row], strict=True) if k in ind and ind[k] >= t)
            unk = sum(1 for k in KEYS if k not in ind)
            s["att_2__sec_2"] = MET if met >= 3 else NOT if met + unk < 3 else UNK
    return s


def verdict(st: dict) -> str:
    v = all_of(st.values())
    return {MET: "eligible", NOT: "not_eligible", UNK: "undetermined"}[v]


CAUSES = [f"art_12__item_{i}" for i in range(1, 6)]


def revocation(events: dict):
    """events: {cause eId: True | False | None}: the cause holds, does not hold, is not decidable from the words."""
    c = {k: ("applies" if events.get(k) is True else "unknown" if events.get(k) is None and k in events
             else "does_not_apply") for k in CAUSES}
    v = "revoke" if "applies" in c.values() else "undetermined" if "unknown" in c.values() else "retain"
    return v, c




if __name__ == "__main__":
    full = {"id": "t", "registration": {"province": "北京市"}, "independent_legal_person": True,
            "annual_revenue_10k_cny": 5000, "industry_code": "C36", "factory_built": True,
            "factory_in_operation": True, "market_competitive": True, "finances_sound_3y": True,
            "bad_credit_record": False, "incidents": [], "violations": [], "product_policy_compliant": True,
            "advanced_technology": True, "security_controllable": True, "cyber_data_risk_controllable": True,
            "organization_mechanism": True, "talent_team": True, "maturity_level": 3,
            "domains": ["production_operation", "production_management", "operations_management"],
            "indicators": {"key_process_nc_rate": 72, "labor_productivity_gain": 9, "defect_rate_reduction": 3},
            "digital_transformation_compliant": True, "basic_filing": {"filed": True, "date": "2025-09-10"},
            "as_of": "2026-06-30"}
    assert verdict(status(full, "basic")) == "eligible"
    # row_4: 72>=70 met, 9>=8 met, 3<5 not, two unknown -> 2 met + 2 unknown could reach 3: unknown
    assert status(full, "advanced")["att_2__sec_2"] == UNK and verdict(status(full, "advanced")) == "undetermined"
    full["indicators"]["equipment_networking_rate"] = 66
    assert verdict(status(full, "advanced")) == "eligible"
    full["indicators"] = {"key_process_nc_rate": 60, "labor_productivity_gain": 5, "defect_rate_reduction": 3}
    assert status(full, "advanced")["att_2__sec_2"] == NOT
    assert row_of("C27") == 2 and row_of("C3911") == 3 and row_of("C24") == 4 and row_of("C25") == 5
    assert row_of("C13") == 1 and row_of("C23") == 1 and row_of("C42") == 4 and row_of("D44") is None
    assert status({"id": "x", "industry_code": "B06", "indicators": {}}, "advanced")["att_2__sec_2"] == UNK
    assert status({"id": "x", "industry_code": "I65"}, "basic")["art_5__item_1"] == NOT
    assert status({"id": "x", "annual_revenue_10k_cny": 1500}, "basic")["art_5__item_1"] == NOT
    assert status({"id": "x", "as_of": "2027-01-01"}, "basic")["art_14"] == NOT
    assert status({"id": "x", "as_of": "2025-04-29"}, "basic")["art_14"] == MET
    inc = {"id": "x", "incidents": [{"kind": "safety", "grade": "larger", "date": "2024-05-01"}], "as_of": "2026-01-01"}
    assert status(inc, "basic")["art_5__item_3"] == NOT
    inc["incidents"][0]["grade"] = "general"
    assert status(inc, "basic")["art_5__item_3"] == UNK
    inc["incidents"][0].update(grade="major", date="2022-05-01")
    assert status(inc, "basic")["art_5__item_3"] == UNK   # outside the three years, the rest unknown
    assert status({"id": "x", "basic_filing": {"filed": True, "date": "2026-08-01"}, "as_of": "2026-03-01"},
                  "advanced")["art_7"] == NOT
    assert status({"id": "x", "domains": ["production_operation"]}, "basic")["att_1__sec_1"] == MET
    assert status({"id": "x", "domains": ["production_operation"]}, "advanced")["att_2__sec_1"] == NOT
    assert status({"id": "x", "digital_transformation_compliant": False}, "basic")["att_1__sec_2"] == UNK
    assert status({"id": "x", "digital_transformation_compliant": False, "above_regional_industry_average": False},
                  "basic")["att_1__sec_2"] == NOT
    assert revocation({"art_12__item_4": True})[0] == "revoke"
    assert revocation({})[0] == "retain"
    assert revocation({"art_12__item_5": None})[0] == "undetermined"
    # heldout16 additions: the size "or", an incident dated after as_of, a code outside B/C/D with no row
    assert status({"id": "x", "registration": {"province": "北京市"}, "independent_legal_person": True,
                   "above_designated_size": False, "annual_revenue_10k_cny": 2600}, "basic")["art_5__item_1"] == MET
    assert status({"id": "x", "incidents": [{"kind": "safety", "grade": "major", "date": "2026-12-20"}], "violations": [],
                   "finances_sound_3y": True, "bad_credit_record": False}, "basic")["art_5__item_3"] == MET
    assert status({"id": "x", "industry_code": "G59", "indicators": {"key_process_nc_rate": 99}}, "advanced")["att_2__sec_2"] == UNK
    assert status({"id": "x", "maturity_level": 2}, "basic")["art_5__item_7"] == MET
    print("derive.py self-test: ok")
