"""Generated enterprise profiles for the benchmarks: varied, valid, reproducible (seeded)."""
from __future__ import annotations

import random

INDUSTRIES = ["C1310", "C1810", "C2411", "C2611", "C2710", "C2929", "C3011", "C3360", "C3511", "C3612",
              "C3911", "C3914", "C4011", "B0610", "D4411", "E4710"]
DOMAINS = ["factory_construction", "rd_design", "production_operation", "production_management",
           "operations_management"]


def profile(i: int, rng: random.Random) -> dict:
    def maybe(value, p_missing=0.05):
        return None if rng.random() < p_missing else value

    p = {
        "id": f"bench-{i}",
        "registration": {"province": rng.choice(["北京市"] * 9 + ["天津市"]), "district": "海淀区"},
        "independent_legal_person": maybe(rng.random() > 0.03),
        "above_designated_size": maybe(rng.random() > 0.1),
        "annual_revenue_10k_cny": round(rng.uniform(500, 50000), 1),
        "industry_code": rng.choice(INDUSTRIES),
        "factory_built": True, "factory_in_operation": maybe(True),
        "market_competitive": maybe(True), "finances_sound_3y": maybe(rng.random() > 0.05),
        "bad_credit_record": maybe(rng.random() < 0.05),
        "incidents": [{"kind": rng.choice(["safety", "environmental", "quality"]),
                       "grade": rng.choice(["general", "general", "larger", "major"]),
                       "date": f"{rng.randint(2021, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
                      for _ in range(rng.choice([0, 0, 0, 1, 2]))],
        "violations": [],
        "product_policy_compliant": maybe(True), "advanced_technology": maybe(True),
        "security_controllable": maybe(True), "cyber_data_risk_controllable": maybe(True),
        "organization_mechanism": maybe(True), "talent_team": maybe(True),
        "maturity_level": rng.choice([1, 2, 2, 3, 3, 4]),
        "domains": rng.sample(DOMAINS, rng.randint(1, 5)),
        "indicators": {k: round(rng.uniform(lo, hi), 1) for k, lo, hi in [
            ("key_process_nc_rate", 50, 95), ("labor_productivity_gain", 0, 15), ("defect_rate_reduction", 0, 10),
            ("equipment_networking_rate", 40, 95), ("energy_per_output_reduction", 0, 12)] if rng.random() > 0.1},
        "above_regional_industry_average": maybe(rng.random() > 0.3),
        "digital_transformation_compliant": maybe(rng.random() > 0.5),
        "basic_filing": {"filed": rng.random() > 0.3, "date": "2025-09-10"},
        "as_of": "2026-06-30",
    }
    return {k: v for k, v in p.items() if v is not None}


def profiles(n: int, seed: int = 42) -> list[dict]:
    rng = random.Random(seed)
    return [profile(i, rng) for i in range(n)]
