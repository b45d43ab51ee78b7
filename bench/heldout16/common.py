# ruff: noqa: E501
"""Shared pieces of bench/heldout16's generators (copied from heldout15's common.py: the
field -> condition map and statuses(); the vocabulary is in vocab.py): field -> condition map, statuses over stated facts (via
derive.py), and the vocabulary of this set (products, districts). Standard library only."""
from __future__ import annotations

import derive

COND = [  # field path prefix -> condition eId (both levels)
    ("registration.", "art_5__item_1"), ("independent_legal_person", "art_5__item_1"),
    ("above_designated_size", "art_5__item_1"), ("annual_revenue_10k_cny", "art_5__item_1"),
    ("industry_code", "art_5__item_1"), ("factory_", "art_5__item_2"), ("market_competitive", "art_5__item_2"),
    ("finances_sound_3y", "art_5__item_3"), ("bad_credit_record", "art_5__item_3"), ("incidents", "art_5__item_3"),
    ("violations", "art_5__item_3"), ("product_policy_compliant", "art_5__item_4"),
    ("advanced_technology", "art_5__item_4"), ("security_controllable", "art_5__item_5"),
    ("cyber_data_risk_controllable", "art_5__item_5"), ("organization_mechanism", "art_5__item_6"),
    ("talent_team", "art_5__item_6"), ("maturity_level", "art_5__item_7"), ("as_of", "art_14"),
]
LEVEL_COND = {"basic": [("domains", "att_1__sec_1"), ("digital_transformation_compliant", "att_1__sec_2"),
                        ("above_regional_industry_average", "att_1__sec_2")],
              "advanced": [("domains", "att_2__sec_1"), ("basic_filing.", "art_7"), ("indicators.", "att_2__sec_2"),
                           ("industry_code", "att_2__sec_2")]}


def unflatten(flat: dict) -> dict:
    p: dict = {"id": "x"}
    for path, v in flat.items():
        keys = path.split(".")
        cur = p
        for i, k in enumerate(keys[:-1]):
            nxt = keys[i + 1]
            if k.isdigit():
                while len(cur) <= int(k):
                    cur.append({})
                cur = cur[int(k)]
            elif nxt.isdigit():
                cur = cur.setdefault(k, [])
            else:
                cur = cur.setdefault(k, {})
        last = keys[-1]
        cur[last] = v
    return p


def statuses(expect: dict, level: str, hidden: dict | None = None, only=None) -> dict:
    """Statuses of the conditions the stated (expect) and hidden facts bear on, derived from them only."""
    p = unflatten({**expect, **(hidden or {})})
    st = derive.status(p, level)
    names = set()
    for path in list(expect) + list(hidden or {}):
        for pre, c in COND + LEVEL_COND[level]:
            if path.startswith(pre):
                names.add(c)
    if only:
        names = set(only)
    return {c: st[c] for c in sorted(names)}


