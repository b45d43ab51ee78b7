"""Seeded enterprise profiles for the batch differential test and benchmark: every field present,
absent and at its boundaries; every att_2-1 row's thresholds hit exactly, just missed and just passed;
sections B, C, D, E and unknown divisions; incidents and violations at the edges of the three-year
window (29 February included); filing dates before, on and after as_of; as_of inside, on the edges of
and outside the period of validity."""
from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

PROVINCES = ["北京市", "北京", "Beijing", "Beijing Municipality", "天津市", "河北省", ""]
DISTRICTS = ["海淀区", "朝阳区", "大兴区", "昌平区", "顺义区", "亦庄经开区", "通州区", "房山区"]
# divisions of every att_2-1 row, sections B and D (no row), E and A (not industrial), unknown divisions
CODES = ["C13", "C1310", "C17", "C2011", "C23", "C2710", "C27", "C3911", "C39", "C3914", "C24", "C2411", "C3360",
         "C3511", "C3612", "C38", "C4011", "C43", "C2511", "C26", "C2611", "C2811", "C2929", "C3011", "C32",
         "B06", "B0610", "B09", "D4411", "D45", "E4710", "A01", "C99", "C12", "F51"]
AS_OF = ["2025-04-28", "2025-04-29", "2025-12-01", "2026-06-30", "2026-12-31", "2027-01-01", "2024-02-29",
         "2028-02-29", "2027-02-28", "2027-03-01", None]
DOMAINS = ["factory_construction", "rd_design", "production_operation", "production_management",
           "operations_management"]
GRADES = ["general", "larger", "major", "extraordinary"]
KINDS = ["safety", "environmental", "quality"]
FIELDS = ["key_process_nc_rate", "labor_productivity_gain", "defect_rate_reduction", "equipment_networking_rate",
          "energy_per_output_reduction"]
BOOLS = ["independent_legal_person", "above_designated_size", "factory_built", "factory_in_operation",
         "market_competitive", "finances_sound_3y", "bad_credit_record", "product_policy_compliant",
         "advanced_technology", "security_controllable", "cyber_data_risk_controllable", "organization_mechanism",
         "talent_team", "above_regional_industry_average", "digital_transformation_compliant"]


def _shift(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def _edge_dates(as_of: date) -> list[date]:
    start = _shift(as_of, -3)
    return [start, start - timedelta(days=1), start + timedelta(days=1), as_of, as_of + timedelta(days=1),
            as_of - timedelta(days=400), date(2024, 2, 29), date(2023, 2, 28), date(2023, 3, 1), date(2022, 2, 28)]


def _bool(rng):
    return rng.choice([True, True, True, False, None])


def _good(i: int, rng: random.Random, thresholds: dict[str, dict[str, Decimal]]) -> dict:
    """A profile meeting every condition of both levels (its industry in a row of att_2-1)."""
    as_of = rng.choice(["2025-12-01", "2026-06-30", "2026-12-31"])
    row = rng.choice(["C1310", "C2710", "C3911", "C2411", "C2611"])
    good = {"id": f"gen-{i}", "registration": {"province": "北京市", "district": rng.choice(DISTRICTS)},
            **{f: f != "bad_credit_record" for f in BOOLS}, "industry_code": row, "maturity_level": 3,
            "domains": DOMAINS[2:], "incidents": [], "violations": [],
            "basic_filing": {"filed": True, "date": "2025-09-10"}, "as_of": as_of}
    good["digital_transformation_compliant"] = rng.random() < 0.5
    good["indicators"] = {f: 100 for f in FIELDS}
    return good


def profile(i: int, rng: random.Random, thresholds: dict[str, dict[str, Decimal]]) -> dict:
    """A random profile, or (a third of them) a good one with up to two fields taken from a random one."""
    if rng.random() < 0.35:
        good, other = _good(i, rng, thresholds), _random(i, rng, thresholds)
        for key in rng.sample(sorted(set(good) | set(other) - {"id"}), rng.randint(0, 2)):
            if key in other:
                good[key] = other[key]
            else:
                good.pop(key, None)
        return good
    return _random(i, rng, thresholds)


def _random(i: int, rng: random.Random, thresholds: dict[str, dict[str, Decimal]]) -> dict:
    as_of_s = rng.choice(AS_OF)
    as_of = date.fromisoformat(as_of_s) if as_of_s else date.today()
    p: dict = {"id": f"gen-{i}"}
    if rng.random() < 0.5:
        p["name"] = f"企业{i}"
    if rng.random() < 0.9:
        reg = {}
        if (prov := rng.choice(PROVINCES + ["北京市"] * 6)) != "" or rng.random() < 0.5:
            reg["province"] = prov or "北京市"
        if rng.random() < 0.9:
            reg["district"] = rng.choice(DISTRICTS)
        if reg or rng.random() < 0.3:
            p["registration"] = reg
    for f in BOOLS:
        v = _bool(rng) if f != "bad_credit_record" else rng.choice([False, False, False, True, None])
        if v is not None:
            p[f] = v
    if rng.random() < 0.7:
        p["annual_revenue_10k_cny"] = rng.choice([0, 1999.9, 2000, 2000.1, 500, round(rng.uniform(0, 60000), 1)])
    if rng.random() < 0.9:
        p["industry_code"] = rng.choice(CODES)
    if rng.random() < 0.9:
        p["maturity_level"] = rng.choice([1, 2, 2, 3, 4, 5])
    r = rng.random()
    if r < 0.8:
        p["domains"] = rng.sample(DOMAINS, rng.randint(0, 5))
    row_thresholds = list(thresholds.values())
    if rng.random() < 0.92:
        t = rng.choice(row_thresholds)
        ind = {}
        for f in FIELDS:
            x = rng.random()
            if x < 0.12:
                continue
            base = float(t[f])
            ind[f] = rng.choice([base, base, round(base - 0.1, 1), round(base + 0.1, 1), base + 5, max(base - 5, 0),
                                 round(rng.uniform(0, 100), 2), int(base)])
        p["indicators"] = ind
    for key in ("incidents", "violations"):
        x = rng.random()
        if x < 0.12:
            continue
        n = 0 if x < 0.45 else rng.randint(1, 3)
        edges = _edge_dates(as_of)
        items = []
        for _ in range(n):
            d = rng.choice(edges)
            item = {"date": d.isoformat()}
            if key == "incidents":
                item |= {"kind": rng.choice(KINDS), "grade": rng.choice(GRADES)}
            elif rng.random() < 0.5:
                item["description"] = "违规"
            items.append(item)
        p[key] = items
    if rng.random() < 0.85:
        bf: dict = {}
        if rng.random() < 0.9:
            bf["filed"] = rng.random() < 0.75
        if rng.random() < 0.5:
            bf["district"] = rng.choice(DISTRICTS)
        if rng.random() < 0.8:
            bf["date"] = rng.choice([as_of, as_of - timedelta(days=1), as_of + timedelta(days=1),
                                     date(2025, 9, 10)]).isoformat()
        p["basic_filing"] = bf
    if as_of_s:
        p["as_of"] = as_of_s
    return p


def profiles(n: int, thresholds: dict[str, dict[str, Decimal]], seed: int = 20250429) -> list[dict]:
    rng = random.Random(seed)
    return [profile(i, rng, thresholds) for i in range(n)]
