"""Varied enterprise profiles for the differential tests and the benchmarks: every field drawn on its own
(no template profile the others are copied from, so rows seldom repeat), each present, absent or at its
boundaries with set odds:

- industries: every division of GB/T 4754-2017 sections B, C and D (06–46), at division, group or class
  level, some of other sections (A, E, F, G, I, M …) and divisions the classification lacks;
- places: the 16 districts of Beijing and the development zone, other provinces, the ways Beijing is written;
- dates: as_of across and around the measures' period (its first and last day and the days beside them,
  29 February), or left out (today); incidents and violations on the edges of the three-year window and
  inside and outside it; filing dates before, on and after as_of;
- numbers: revenue at 2000 万元 and just beside it, maturity levels 1–5, indicators equal to the thresholds
  of the profile's own att_2-1 row (or any row), a hair above or below, or anywhere from 0 to 100;
- every boolean true, false or absent; lists absent, empty or holding a few items.

``profiles(n, thresholds, seed)`` is reproducible; the checks are the single path's (every profile valid).
"""
from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from kg_service.assessment.creditcode import ALPHABET, check_character

# GB/T 4754-2017: the divisions of sections B (mining), C (manufacturing), D (power, heat, gas, water)
DIVISIONS = [f"B{d:02d}" for d in range(6, 13)] + [f"C{d:02d}" for d in range(13, 44)] + \
    [f"D{d:02d}" for d in range(44, 47)]
OTHER_DIVISIONS = ["A01", "A03", "E47", "E48", "E50", "F51", "F52", "G54", "I64", "I65", "M73", "K70"]
UNKNOWN_DIVISIONS = ["C99", "B05", "D47", "C12"]
# the att_2-1 rows by division (contract): the profile's own row, so that indicators hit its thresholds
ROWS = {**{f"C{d}": "att_2-1__row_1" for d in range(13, 24)}, "C27": "att_2-1__row_2", "C39": "att_2-1__row_3",
        **{f"C{d}": "att_2-1__row_4" for d in [24, *range(33, 39), *range(40, 44)]},
        **{f"C{d}": "att_2-1__row_5" for d in (25, 26, 28, 29, 30, 31, 32)}}
DISTRICTS = ["东城区", "西城区", "朝阳区", "丰台区", "石景山区", "海淀区", "门头沟区", "房山区", "通州区", "顺义区",
             "昌平区", "大兴区", "怀柔区", "平谷区", "密云区", "延庆区", "北京经济技术开发区"]
PROVINCES = ["北京市"] * 12 + ["北京", "Beijing", "Beijing Municipality", "天津市", "河北省", "上海市", "广东省"]
OTHER_DISTRICTS = ["滨海新区", "雄安新区", "浦东新区"]
DOMAINS = ["factory_construction", "rd_design", "production_operation", "production_management",
           "operations_management"]
GRADES = ["general", "larger", "major", "extraordinary"]
KINDS = ["safety", "environmental", "quality", "other"]
FIELDS = ["key_process_nc_rate", "labor_productivity_gain", "defect_rate_reduction", "equipment_networking_rate",
          "energy_per_output_reduction"]
# bounds of the schema on the indicators (a value beyond is an input error, not a profile)
BOUNDS = {"key_process_nc_rate": (0, 100), "equipment_networking_rate": (0, 100), "defect_rate_reduction": (None, 100),
          "energy_per_output_reduction": (None, 100), "labor_productivity_gain": (None, None)}
BOOLS = ["independent_legal_person", "above_designated_size", "factory_built", "factory_in_operation",
         "market_competitive", "finances_sound_3y", "product_policy_compliant", "advanced_technology",
         "security_controllable", "cyber_data_risk_controllable", "organization_mechanism", "talent_team",
         "above_regional_industry_average", "digital_transformation_compliant"]
IN_FORCE = (date(2025, 4, 29), date(2026, 12, 31))
EDGE_DAYS = [IN_FORCE[0] - timedelta(days=1), IN_FORCE[0], IN_FORCE[1], IN_FORCE[1] + timedelta(days=1),
             date(2028, 2, 29), date(2024, 2, 29), date(2026, 3, 1)]


def _shift(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def _day(rng: random.Random, lo: date, hi: date) -> date:
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _as_of(rng: random.Random) -> date | None:
    x = rng.random()
    if x < 0.05:
        return None  # today
    if x < 0.25:
        return rng.choice(EDGE_DAYS)
    if x < 0.85:
        return _day(rng, *IN_FORCE)
    return _day(rng, date(2023, 1, 1), date(2029, 12, 31))


def _event_day(rng: random.Random, as_of: date) -> date:
    start = _shift(as_of, -3)
    x = rng.random()
    if x < 0.45:  # the window's edges and the days beside them
        return rng.choice([start - timedelta(days=1), start, start + timedelta(days=1), as_of - timedelta(days=1),
                           as_of, as_of + timedelta(days=1), date(2024, 2, 29), date(2023, 2, 28)])
    if x < 0.8:
        return _day(rng, start, as_of)
    return _day(rng, start - timedelta(days=1500), as_of + timedelta(days=400))


def _industry(rng: random.Random) -> str:
    x = rng.random()
    if x < 0.84:
        division = rng.choice(DIVISIONS)
    elif x < 0.95:
        division = rng.choice(OTHER_DIVISIONS)
    else:
        division = rng.choice(UNKNOWN_DIVISIONS)
    depth = rng.random()
    if depth < 0.5:
        return division
    return division + str(rng.randint(1, 9)) + (str(rng.randint(0, 9)) if depth > 0.75 else "")


def _indicator(rng: random.Random, field: str, threshold: Decimal | None) -> float | int:
    lo, hi = BOUNDS[field]
    x = rng.random()
    if threshold is not None and x < 0.55:
        t = float(threshold)
        v = rng.choice([t, t, int(t) if t == int(t) else t, round(t + 0.1, 2), round(t - 0.1, 2),
                        round(t + 0.01, 2), round(t - 0.01, 2), t + 5, t - 5])
    elif x < 0.7:
        v = rng.choice([0, 100, 50, 0.5, 99.99])
    else:
        v = round(rng.uniform(-5, 105), rng.choice([0, 1, 2]))
    if lo is not None:
        v = max(v, lo)
    if hi is not None:
        v = min(v, hi)
    return v


def _credit_code(rng: random.Random) -> str:
    first = "91" + "".join(rng.choice("0123456789") for _ in range(6)) + \
        "".join(rng.choice(ALPHABET) for _ in range(9))
    return first + check_character(first)


def _bool(rng: random.Random, p_true: float = 0.86, p_false: float = 0.08) -> bool | None:
    x = rng.random()
    return True if x < p_true else False if x < p_true + p_false else None


def profile(i: int, rng: random.Random, thresholds: dict[str, dict[str, Decimal]]) -> dict:
    p: dict = {"id": f"gen-{i}"}
    if rng.random() < 0.5:
        p["name"] = f"企业{i}" if rng.random() < 0.7 else f"Enterprise {i} Co., Ltd."
    if rng.random() < 0.3:
        p["credit_code"] = _credit_code(rng)
    if rng.random() < 0.93:
        reg = {}
        if rng.random() < 0.93:
            reg["province"] = rng.choice(PROVINCES)
        if rng.random() < 0.9:
            reg["district"] = rng.choice(DISTRICTS if rng.random() < 0.9 else OTHER_DISTRICTS)
        p["registration"] = reg
    for f in BOOLS:
        if (v := _bool(rng)) is not None:
            p[f] = v
    if (v := _bool(rng, 0.08, 0.86)) is not None:
        p["bad_credit_record"] = v
    x = rng.random()
    if x < 0.2:
        p["annual_revenue_10k_cny"] = rng.choice([2000, 2000.0, 1999.99, 2000.01, 0, 1999, 2001])
    elif x < 0.85:
        p["annual_revenue_10k_cny"] = round(10 ** rng.uniform(2.5, 5.5), rng.choice([0, 1, 2]))
    code = _industry(rng) if rng.random() < 0.93 else None
    if code is not None:
        p["industry_code"] = code
    if rng.random() < 0.93:
        p["maturity_level"] = rng.choice([1, 2, 2, 2, 3, 3, 3, 4, 5])
    if rng.random() < 0.9:
        p["domains"] = [d for d in DOMAINS if rng.random() < (0.85 if d != "factory_construction" else 0.4)]
        rng.shuffle(p["domains"])
    if rng.random() < 0.92:
        own = thresholds.get(ROWS.get(code[:3])) if code else None
        row = own if own is not None and rng.random() < 0.8 else rng.choice(list(thresholds.values()))
        p["indicators"] = {f: _indicator(rng, f, row.get(f)) for f in FIELDS if rng.random() < 0.9}
    as_of = _as_of(rng)
    day = as_of or date.today()
    for key in ("incidents", "violations"):
        x = rng.random()
        if x < 0.1:
            continue
        items = []
        for _ in range(0 if x < 0.7 else rng.choice([1, 1, 2, 3])):
            item = {"date": _event_day(rng, day).isoformat()}
            if key == "incidents":
                grade = rng.choice(GRADES) if rng.random() < 0.5 else "general"
                item = {"kind": rng.choice(KINDS), "grade": grade, **item}
            elif rng.random() < 0.5:
                item["description"] = rng.choice(["环保处罚", "违规排放", "overdue filing"])
            items.append(item)
        p[key] = items
    if rng.random() < 0.85:
        bf: dict = {}
        if (v := _bool(rng, 0.7, 0.22)) is not None:
            bf["filed"] = v
        if rng.random() < 0.5:
            bf["district"] = rng.choice(DISTRICTS)
        if rng.random() < 0.8:
            bf["date"] = rng.choice([day, day - timedelta(days=1), day + timedelta(days=1),
                                     _day(rng, min(day, date(2025, 4, 29)), day + timedelta(days=30))]).isoformat()
        p["basic_filing"] = bf
    if as_of is not None:
        p["as_of"] = as_of.isoformat()
    keys = list(p)[1:]
    rng.shuffle(keys)  # fields in any order, as files have them
    return {"id": p["id"], **{k: p[k] for k in keys}}


def profiles(n: int, thresholds: dict[str, dict[str, Decimal]], seed: int = 20250429) -> list[dict]:
    rng = random.Random(seed)
    return [profile(i, rng, thresholds) for i in range(n)]
