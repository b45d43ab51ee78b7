"""An independent derivation of condition statuses, verdicts and revocation outcomes from the text of
《北京市智能工厂认定管理办法》 (京经信发〔2025〕22号) and the contract's semantics table, written for this held-out
set only (standard library only; it shares no code with the service).

    derive_conditions(profile, level) -> {eId: status}       # the conditions of one level, keyed by the eId the
                                                                set uses to name each (see CONDITION_EID)
    verdict(statuses) -> eligible | not_eligible | undetermined
    bearing(profile, level) -> {eId: status}                  # only the conditions the stated fields bear on
    revocation(events) -> (verdict, cause or False, {cause: status})
"""
from __future__ import annotations

import datetime as dt

REF_DATE = "2026-12-07"  # the reference date of the set (the day it was written)
IN_FORCE = ("2025-04-29", "2026-12-31")  # art_14
LOOKBACK_YEARS = 3  # art_5__item_3 近三年
BAD_GRADES = {"larger", "major", "extraordinary"}  # 较大及以上
REVENUE_LINE = 2000  # 万元, 规模以上工业企业
MIN_MATURITY = 2  # art_5__item_7
MIN_INDICATORS = 3  # att_2__sec_2 至少满足5个指标中的3个

# att_2-1: key_process_nc_rate, labor_productivity_gain, defect_rate_reduction, equipment_networking_rate,
# energy_per_output_reduction
INDICATORS = ["key_process_nc_rate", "labor_productivity_gain", "defect_rate_reduction",
              "equipment_networking_rate", "energy_per_output_reduction"]
ROWS = {
    "row_1": (65, 10, 5, 55, 4),   # 都市产业 C13-23
    "row_2": (80, 8, 5, 70, 4),    # 生物医药 C27
    "row_3": (80, 8, 4, 70, 7),    # 电子信息 C39
    "row_4": (70, 8, 5, 65, 5),    # 装备仪器 C24, C33-38, C40-43
    "row_5": (75, 10, 2, 75, 10),  # 原材料 C25-26, C28-32
}


def row_of(code: str | None) -> str | None:
    if not code or code[0] != "C":
        return None
    d = int(code[1:3])
    if 13 <= d <= 23:
        return "row_1"
    if d == 27:
        return "row_2"
    if d == 39:
        return "row_3"
    if d == 24 or 33 <= d <= 38 or 40 <= d <= 43:
        return "row_4"
    if d in (25, 26) or 28 <= d <= 32:
        return "row_5"
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


def _b(v, want=True):
    if v is None:
        return "unknown"
    return "met" if v is want else "not_met"


def _date(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def _window_start(as_of: dt.date) -> dt.date:
    try:
        return as_of.replace(year=as_of.year - LOOKBACK_YEARS)
    except ValueError:  # 29 February
        return as_of.replace(year=as_of.year - LOOKBACK_YEARS, day=28)


def _in_window(day: str, as_of: dt.date) -> bool:
    d = _date(day)
    return _window_start(as_of) <= d <= as_of


def cond_item_1(p):
    prov = (p.get("registration") or {}).get("province")
    province = "unknown" if prov is None else ("met" if ("北京" in prov or "beijing" in prov.lower()) else "not_met")
    size_parts = []
    if p.get("above_designated_size") is not None:
        size_parts.append(_b(p["above_designated_size"]))
    if p.get("annual_revenue_10k_cny") is not None:
        size_parts.append("met" if p["annual_revenue_10k_cny"] >= REVENUE_LINE else "not_met")
    size = any_of(size_parts) if size_parts else "unknown"
    code = p.get("industry_code")
    industrial = "unknown" if code is None else ("met" if code[0] in "BCD" else "not_met")
    return all_of([province, _b(p.get("independent_legal_person")), size, industrial])


def cond_item_2(p):
    return all_of([_b(p.get("factory_built")), _b(p.get("factory_in_operation")), _b(p.get("market_competitive"))])


def cond_item_3(p, as_of):
    inc = p.get("incidents")
    if inc is None:
        incidents = "unknown"
    else:
        incidents = "not_met" if any(i["grade"] in BAD_GRADES and _in_window(i["date"], as_of) for i in inc) else "met"
    vio = p.get("violations")
    violations = "unknown" if vio is None else (
        "not_met" if any(_in_window(v["date"], as_of) for v in vio) else "met")
    return all_of([_b(p.get("finances_sound_3y")), _b(p.get("bad_credit_record"), False), incidents, violations])


def cond_item_7(p):
    m = p.get("maturity_level")
    return "unknown" if m is None else ("met" if m >= MIN_MATURITY else "not_met")


def cond_domains(p, need):
    d = p.get("domains")
    if d is None:
        return "unknown"
    return "met" if set(need) <= set(d) else "not_met"


def cond_art_7(p, as_of):
    f = p.get("basic_filing") or {}
    if f.get("filed") is None:
        return "unknown"
    if f["filed"] is False:
        return "not_met"
    if f.get("date") and _date(f["date"]) > as_of:
        return "not_met"
    return "met"


def cond_indicators(p):
    row = row_of(p.get("industry_code"))
    if row is None:
        return "unknown"
    ind = p.get("indicators") or {}
    met = unknown = 0
    for name, thr in zip(INDICATORS, ROWS[row], strict=True):
        v = ind.get(name)
        if v is None:
            unknown += 1
        elif v >= thr:
            met += 1
    if met >= MIN_INDICATORS:
        return "met"
    if met + unknown < MIN_INDICATORS:
        return "not_met"
    return "unknown"


def derive_conditions(p: dict, level: str) -> dict:
    as_of = _date(p.get("as_of") or REF_DATE)
    out = {
        "art_14": "met" if IN_FORCE[0] <= as_of.isoformat() <= IN_FORCE[1] else "not_met",
        "art_5__item_1": cond_item_1(p),
        "art_5__item_2": cond_item_2(p),
        "art_5__item_3": cond_item_3(p, as_of),
        "art_5__item_4": all_of([_b(p.get("product_policy_compliant")), _b(p.get("advanced_technology"))]),
        "art_5__item_5": all_of([_b(p.get("security_controllable")), _b(p.get("cyber_data_risk_controllable"))]),
        "art_5__item_6": all_of([_b(p.get("organization_mechanism")), _b(p.get("talent_team"))]),
        "art_5__item_7": cond_item_7(p),
    }
    if level == "basic":
        out["att_1__sec_1"] = cond_domains(p, ["production_operation"])
        out["att_1__sec_2"] = any_of([_b(p.get("above_regional_industry_average")),
                                      _b(p.get("digital_transformation_compliant"))])
    else:
        out["art_7"] = cond_art_7(p, as_of)
        out["att_2__sec_1"] = cond_domains(p, ["production_operation", "production_management",
                                               "operations_management"])
        out["att_2__sec_2"] = cond_indicators(p)
    return out


def verdict(statuses: dict) -> str:
    v = list(statuses.values())
    if "not_met" in v:
        return "not_eligible"
    if "unknown" in v:
        return "undetermined"
    return "eligible"


# which stated fields bear on which condition (a stated field makes its condition "decided or borne on")
BEARS = {
    "art_14": ["as_of"],
    "art_5__item_1": ["registration.province", "independent_legal_person", "above_designated_size",
                      "annual_revenue_10k_cny", "industry_code"],
    "art_5__item_2": ["factory_built", "factory_in_operation", "market_competitive"],
    "art_5__item_3": ["finances_sound_3y", "bad_credit_record", "incidents", "violations"],
    "art_5__item_4": ["product_policy_compliant", "advanced_technology"],
    "art_5__item_5": ["security_controllable", "cyber_data_risk_controllable"],
    "art_5__item_6": ["organization_mechanism", "talent_team"],
    "art_5__item_7": ["maturity_level"],
    "att_1__sec_1": ["domains"],
    "att_1__sec_2": ["above_regional_industry_average", "digital_transformation_compliant"],
    "art_7": ["basic_filing"],
    "att_2__sec_1": ["domains"],
    "att_2__sec_2": ["indicators"],
}


def expand(expect: dict) -> dict:
    """A partial profile from dotted paths (incidents.0.grade ...)."""
    prof: dict = {}
    for path, v in expect.items():
        keys = path.split(".")
        cur = prof
        for i, k in enumerate(keys[:-1]):
            nxt = keys[i + 1]
            if k.isdigit():
                k = int(k)
            if isinstance(cur, list):
                while len(cur) <= k:
                    cur.append({})
                cur = cur[k]
            else:
                cur = cur.setdefault(k, [] if nxt.isdigit() else {})
        last = keys[-1]
        if isinstance(cur, list):
            while len(cur) <= int(last):
                cur.append(None)
            cur[int(last)] = v
        else:
            cur[last] = v
    return prof


def bearing(expect: dict, level: str) -> dict:
    prof = expand(expect)
    st = derive_conditions(prof, level)
    tops = {p.split(".")[0] if not p.startswith("registration.") else p for p in expect}
    out = {}
    for eid, fields in BEARS.items():
        stated = [f for f in fields if f in tops]
        if eid not in st or not stated:
            continue
        if eid == "art_5__item_1" and stated == ["industry_code"] and st[eid] == "unknown":
            continue  # an industry named only to find the att_2-1 row leaves item 1 open: not asked about
        out[eid] = st[eid]
    return out


# --- art_12 revocation ------------------------------------------------------------------------------------------

def revocation(events: list) -> tuple:
    """events: dicts with "type": false_info | terminated | accident(grade) | moved_registration(to_beijing: bool)
    | punished(no_longer_meets: True/False/None) | rename | other. Returns (verdict, the cause that applies or
    False, {cause: status})."""
    causes = {f"art_12__item_{i}": "does_not_apply" for i in range(1, 6)}
    for e in events:
        t = e["type"]
        if t == "false_info":
            causes["art_12__item_1"] = "applies"
        elif t == "terminated":
            causes["art_12__item_2"] = "applies"
        elif t == "accident" and e.get("grade") in ("major", "extraordinary"):  # 重大 (and above)
            causes["art_12__item_3"] = "applies"
        elif t == "accident" and e.get("grade") is None and causes["art_12__item_3"] != "applies":
            causes["art_12__item_3"] = "unknown"  # grade not yet determined
        elif t == "moved_registration" and not e["to_beijing"]:
            causes["art_12__item_4"] = "applies"
        elif t == "punished":
            if e["no_longer_meets"] is True:
                causes["art_12__item_5"] = "applies"
            elif e["no_longer_meets"] is None and causes["art_12__item_5"] != "applies":
                causes["art_12__item_5"] = "unknown"
    applies = [c for c, s in causes.items() if s == "applies"]
    if applies:
        return "revoke", applies[0], causes
    if "unknown" in causes.values():
        return "undetermined", False, causes
    return "retain", False, causes
