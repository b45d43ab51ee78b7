"""Short names for the profile's dotted paths, and the case constructor shared by cases_zh.py and cases_en.py."""
from __future__ import annotations

P, D = "registration.province", "registration.district"
LP, ADS, REV, IND = "independent_legal_person", "above_designated_size", "annual_revenue_10k_cny", "industry_code"
FB, FO, MC = "factory_built", "factory_in_operation", "market_competitive"
FIN, CR, INC, VIO = "finances_sound_3y", "bad_credit_record", "incidents", "violations"
PP, AT = "product_policy_compliant", "advanced_technology"
SEC, CYB = "security_controllable", "cyber_data_risk_controllable"
ORG, TAL = "organization_mechanism", "talent_team"
MAT, DOM = "maturity_level", "domains"
AVG, DTC = "above_regional_industry_average", "digital_transformation_compliant"
BF, BFD, BFT = "basic_filing.filed", "basic_filing.district", "basic_filing.date"
NC, LAB, DEF, NET, EN = ("indicators.key_process_nc_rate", "indicators.labor_productivity_gain",
                         "indicators.defect_rate_reduction", "indicators.equipment_networking_rate",
                         "indicators.energy_per_output_reduction")
FC, RD, PO, PM, OM = ("factory_construction", "rd_design", "production_operation", "production_management",
                      "operations_management")
ALL5 = [FC, RD, PO, PM, OM]


def inc(i, kind, grade, date):
    """The three paths of incident i."""
    return {f"incidents.{i}.kind": kind, f"incidents.{i}.grade": grade, f"incidents.{i}.date": date}


def E(q, level, expect, ask=None, amb=None, note=None):
    """One eligibility situation: the words, the level asked about, the facts stated (dotted path -> value), the
    condition eIds whose status is scored (default: every condition the stated facts bear on), the planted
    ambiguous words that must not be bound, and a note saying why they are ambiguous."""
    c = {"q": q, "level": level, "expect": expect}
    if ask:
        c["ask"] = ask
    if amb:
        assert note, q
        c["ambiguous"], c["note"] = amb, note
    elif note:
        c["note"] = note
    return c


def R(q, level, revoke, verdict=None, note=None):
    """One revocation situation: revoke is the art_12 cause that applies, or False (retain, or verdict
    'undetermined')."""
    c = {"q": q, "level": level, "expect": {}, "revoke": revoke}
    if verdict:
        c["verdict"] = verdict
    if note:
        c["note"] = note
    return c
