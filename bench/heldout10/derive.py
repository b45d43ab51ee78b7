"""Independent derivation of condition statuses and verdicts (heldout10), written from the measures and the
contract's "Assessment semantics" only -- not from the service.

    status(profile, level, as_of) -> {condition eId: "met" | "not_met" | "unknown" | "open"}
    verdict(statuses) -> "eligible" | "not_eligible" | "undetermined"

A condition is keyed by the eId that names it alone in the contract's table (so that a scorer can find it by the
eId among the articles the service cites): art_14, art_5__item_1 … art_5__item_7; basic att_1__sec_1 (domains)
and att_1__sec_2 (effectiveness); advanced art_7 (basic filing), att_2__sec_1 (domains) and att_2__sec_2 (the
att_2-1 indicators).

Points the contract leaves open are evaluated both ways; when the two readings give different statuses the
condition is "open" (status() never returns it silently: the generators refuse to use an open status, and
verdict() raises on one). The open points:

- registration.district given without registration.province (a Beijing district implies 北京市? not stated);
- industry_code absent: is the "industrial enterprise" part unknown or not checked?
- above_designated_size absent and annual_revenue_10k_cny < 2000: not_met (the schema's definition) or unknown
  (the table's "or" read as an any-of)?
- above_designated_size contradicting the revenue (true with < 2000, false with >= 2000): raises;
- an incident or violation dated exactly on the window's start, within 45 days of it (the day a service runs may
  differ), or after as_of: raises;
- a basic filing dated after as_of is not_met per the contract; a filing within 3 days of as_of: raises.
"""
from __future__ import annotations

import datetime as dt

REF_DATE = "2026-12-07"
IN_FORCE = ("2025-04-29", "2026-12-31")
ROWS = {  # att_2-1: nc, labour productivity gain, defect reduction, networking, energy reduction
    1: (65, 10, 5, 55, 4),
    2: (80, 8, 5, 70, 4),
    3: (80, 8, 4, 70, 7),
    4: (70, 8, 5, 65, 5),
    5: (75, 10, 2, 75, 10),
}
IND = ("key_process_nc_rate", "labor_productivity_gain", "defect_rate_reduction", "equipment_networking_rate",
       "energy_per_output_reduction")
COMMON = ["art_14"] + [f"art_5__item_{i}" for i in range(1, 8)]
LEVEL_CONDS = {"basic": [*COMMON, "att_1__sec_1", "att_1__sec_2"],
               "advanced": [*COMMON, "art_7", "att_2__sec_1", "att_2__sec_2"]}
GRADES = ["general", "larger", "major", "extraordinary"]


class Open(Exception):
    """A point the contract leaves open decides this case."""


def row_of(code):
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
    if v is None:
        return "unknown"
    if not isinstance(v, bool):
        raise TypeError(v)
    return "met" if v is good else "not_met"


def _d(s):
    return dt.date.fromisoformat(s)


def _minus_years(d, n):
    try:
        return d.replace(year=d.year - n)
    except ValueError:
        raise Open("as_of on 29 February") from None


def in_window(date, as_of):
    d, a = _d(date), _d(as_of)
    start = _minus_years(a, 3)
    if d > a:
        raise Open(f"event {date} after as_of {as_of}")
    if abs((d - start).days) <= 45:
        raise Open(f"event {date} near the window's start {start}")
    return d > start


def item_1(p):
    reg = p.get("registration") or {}
    prov = reg.get("province")
    if prov is None:
        place = ["unknown"]
        place_alt = ["met"] if reg.get("district") else ["unknown"]
    else:
        place = place_alt = ["met" if prov.startswith("北京") else "not_met"]
    legal = flag(p.get("independent_legal_person"))
    size_flag, rev = p.get("above_designated_size"), p.get("annual_revenue_10k_cny")
    if size_flag is not None and rev is not None and size_flag != (rev >= 2000):
        raise Open("above_designated_size contradicts the revenue")
    if size_flag is not None:
        size = size_alt = flag(size_flag)
    elif rev is None:
        size = size_alt = "unknown"
    elif rev >= 2000:
        size = size_alt = "met"
    else:
        size, size_alt = "not_met", "unknown"
    code = p.get("industry_code")
    if code is None:
        ind, ind_alt = "unknown", "met"
    else:
        ind = ind_alt = "met" if code[0] in "BCD" else "not_met"
    a = all_of([*place, legal, size, ind])
    b = all_of([*place_alt, legal, size_alt, ind_alt])
    # the open points are independent: try every combination
    combos = {all_of([*pl, legal, s, i]) for pl in (place, place_alt) for s in (size, size_alt)
              for i in (ind, ind_alt)}
    return a if len(combos) == 1 and a == b else "open"


def item_3(p, as_of):
    parts = [flag(p.get("finances_sound_3y")), flag(p.get("bad_credit_record"), good=False)]
    inc = p.get("incidents")
    if inc is None:
        parts.append("unknown")
    else:
        bad = any(GRADES.index(x["grade"]) >= 1 and in_window(x["date"], as_of) for x in inc)
        for x in inc:  # every dated incident must be clear of the open boundaries
            in_window(x["date"], as_of)
        parts.append("not_met" if bad else "met")
    vio = p.get("violations")
    if vio is None:
        parts.append("unknown")
    else:
        parts.append("not_met" if any([in_window(x["date"], as_of) for x in vio]) else "met")
    return all_of(parts)


def indicators(p):
    row = row_of(p.get("industry_code"))
    if row is None:
        return "unknown"
    vals = p.get("indicators") or {}
    met = unk = 0
    for name, thr in zip(IND, ROWS[row], strict=False):
        v = vals.get(name)
        if v is None:
            unk += 1
        elif v >= thr:
            met += 1
    if met >= 3:
        return "met"
    if met + unk < 3:
        return "not_met"
    return "unknown"


def filing(p, as_of):
    bf = p.get("basic_filing") or {}
    f = bf.get("filed")
    if f is None:
        return "unknown"
    if f is False:
        return "not_met"
    if bf.get("date"):
        gap = (_d(as_of) - _d(bf["date"])).days
        if abs(gap) <= 3:
            raise Open("filing date next to as_of")
        if gap < 0:
            return "not_met"
    return "met"


def domains(p, need):
    d = p.get("domains")
    if d is None:
        return "unknown"
    return "met" if set(need) <= set(d) else "not_met"


def status(p: dict, level: str, as_of: str | None = None) -> dict:
    as_of = as_of or p.get("as_of") or REF_DATE
    out: dict = {}

    def put(k, f):
        try:
            out[k] = f()
        except Open:
            out[k] = "open"

    put("art_14", lambda: "met" if IN_FORCE[0] <= as_of <= IN_FORCE[1] else "not_met")
    put("art_5__item_1", lambda: item_1(p))
    put("art_5__item_2", lambda: all_of([flag(p.get(k)) for k in
                                         ("factory_built", "factory_in_operation", "market_competitive")]))
    put("art_5__item_3", lambda: item_3(p, as_of))
    put("art_5__item_4", lambda: all_of([flag(p.get("product_policy_compliant")),
                                         flag(p.get("advanced_technology"))]))
    put("art_5__item_5", lambda: all_of([flag(p.get("security_controllable")),
                                         flag(p.get("cyber_data_risk_controllable"))]))
    put("art_5__item_6", lambda: all_of([flag(p.get("organization_mechanism")), flag(p.get("talent_team"))]))
    put("art_5__item_7", lambda: "unknown" if p.get("maturity_level") is None
        else ("met" if p["maturity_level"] >= 2 else "not_met"))
    if level == "basic":
        put("att_1__sec_1", lambda: domains(p, ["production_operation"]))
        put("att_1__sec_2", lambda: any_of([flag(p.get("above_regional_industry_average")),
                                            flag(p.get("digital_transformation_compliant"))]))
    else:
        put("art_7", lambda: filing(p, as_of))
        put("att_2__sec_1", lambda: domains(p, ["production_operation", "production_management",
                                                "operations_management"]))
        put("att_2__sec_2", lambda: indicators(p))
    return out


def verdict(st: dict) -> str:
    if "open" in st.values():
        raise Open(f"open condition in {st}")
    v = set(st.values())
    if "not_met" in v:
        return "not_eligible"
    if "unknown" in v:
        return "undetermined"
    return "eligible"


# which conditions a stated field bears on (for a situation's statuses)
FIELD_CONDS = {
    "registration": ["art_5__item_1"], "independent_legal_person": ["art_5__item_1"],
    "above_designated_size": ["art_5__item_1"], "annual_revenue_10k_cny": ["art_5__item_1"],
    "industry_code": ["art_5__item_1"],
    "factory_built": ["art_5__item_2"], "factory_in_operation": ["art_5__item_2"],
    "market_competitive": ["art_5__item_2"],
    "finances_sound_3y": ["art_5__item_3"], "bad_credit_record": ["art_5__item_3"], "incidents": ["art_5__item_3"],
    "violations": ["art_5__item_3"],
    "product_policy_compliant": ["art_5__item_4"], "advanced_technology": ["art_5__item_4"],
    "security_controllable": ["art_5__item_5"], "cyber_data_risk_controllable": ["art_5__item_5"],
    "organization_mechanism": ["art_5__item_6"], "talent_team": ["art_5__item_6"],
    "maturity_level": ["art_5__item_7"],
    "domains": {"basic": ["att_1__sec_1"], "advanced": ["att_2__sec_1"]},
    "above_regional_industry_average": ["att_1__sec_2"], "digital_transformation_compliant": ["att_1__sec_2"],
    "basic_filing": ["art_7"],
    "indicators": ["att_2__sec_2"],
}


def nest(flat: dict) -> dict:
    """A partial profile from dotted paths (incidents.0.grade -> incidents[0]['grade'])."""
    out: dict = {}
    for path, v in flat.items():
        keys = path.split(".")
        cur = out
        for i, k in enumerate(keys[:-1]):
            nxt_is_index = keys[i + 1].isdigit()
            if k.isdigit():
                k = int(k)
                while len(cur) <= k:
                    cur.append({})
                cur = cur[k]
                continue
            cur = cur.setdefault(k, [] if nxt_is_index else {})
        last = keys[-1]
        cur[last] = v
    return out


def bearing(flat: dict, level: str) -> list:
    conds: list = []
    for path in flat:
        top = path.split(".")[0]
        c = FIELD_CONDS.get(top, [])
        if isinstance(c, dict):
            c = c.get(level, [])
        if top == "industry_code" and level == "advanced":
            c = [*c, "att_2__sec_2"]
        for x in c:
            if x in LEVEL_CONDS[level] and x not in conds:
                conds.append(x)
    return conds


def _selftest():
    full = {"registration": {"province": "北京市"}, "independent_legal_person": True, "annual_revenue_10k_cny": 5000,
            "industry_code": "C39", "factory_built": True, "factory_in_operation": True, "market_competitive": True,
            "finances_sound_3y": True, "bad_credit_record": False, "incidents": [], "violations": [],
            "product_policy_compliant": True, "advanced_technology": True, "security_controllable": True,
            "cyber_data_risk_controllable": True, "organization_mechanism": True, "talent_team": True,
            "maturity_level": 3, "domains": ["production_operation", "production_management",
                                             "operations_management"],
            "above_regional_industry_average": True, "basic_filing": {"filed": True, "date": "2025-09-10"},
            "indicators": {"key_process_nc_rate": 80, "labor_productivity_gain": 8, "defect_rate_reduction": 1,
                           "equipment_networking_rate": 75}}
    assert verdict(status(full, "basic")) == "eligible"
    assert verdict(status(full, "advanced")) == "eligible"
    assert indicators({**full, "indicators": {"key_process_nc_rate": 79}}) == "unknown"
    assert indicators({**full, "indicators": {"key_process_nc_rate": 79, "labor_productivity_gain": 7,
                                              "defect_rate_reduction": 3}}) == "not_met"
    assert status({"registration": {"district": "海淀区"}, "independent_legal_person": True,
                   "above_designated_size": True, "industry_code": "C35"}, "basic")["art_5__item_1"] == "open"
    assert status({"annual_revenue_10k_cny": 1500}, "basic")["art_5__item_1"] == "open"
    assert status({"annual_revenue_10k_cny": 1500, "registration": {"province": "北京市"},
                   "independent_legal_person": True, "industry_code": "C14"}, "basic")["art_5__item_1"] == "open"
    assert status({"incidents": [{"kind": "safety", "grade": "larger", "date": "2025-01-01"}]},
                  "basic")["art_5__item_3"] == "not_met"
    assert status({"incidents": [{"kind": "safety", "grade": "larger", "date": "2022-01-01"}]},
                  "basic")["art_5__item_3"] == "unknown"
    assert nest({"incidents.0.kind": "safety", "incidents.0.grade": "major", "basic_filing.filed": True}) == \
        {"incidents": [{"kind": "safety", "grade": "major"}], "basic_filing": {"filed": True}}


if __name__ == "__main__":
    _selftest()
    print("derive.py self-test ok")
