"""Reference facts read from the graph: the att_2-1 thresholds of an industry and as a table, the att_3 KPIs."""
from __future__ import annotations

import re
from decimal import Decimal

from kg_service.errors import InputError
from kg_service.graph import KnowledgeGraph
from kg_service.graph.namespaces import eid_of
from kg_service.industry import IndustryCode


class ReferenceNotFound(InputError, LookupError):
    """Well-formed input naming something the measures do not have: answered 404, in the one error body."""

    status_code = 404

    def __init__(self, message: str, field: str = "industry"):
        super().__init__(field, message)


class NoThresholds(ReferenceNotFound):
    """The industry exists but att_2-1 sets no thresholds for it (not a manufacturing division)."""


class UnknownIndustry(ReferenceNotFound):
    """The code is well-formed but names no division or section the graph knows."""


def _num(v):
    return float(v) if isinstance(v, Decimal) else v


def _label(kg: KnowledgeGraph, iri) -> dict[str, str]:
    return kg.labels.get(str(iri), {})


def industry_facts(kg: KnowledgeGraph, code: IndustryCode) -> dict:
    """Section, division, whether industrial, and the att_2-1 group if any."""
    rows = kg.select("industry_division", notation=code.division) or kg.select("industry_division",
                                                                               notation=code.section)
    if not rows:
        raise UnknownIndustry(f"no GB/T 4754-2017 section or division '{code.division}'")
    r = rows[0]
    return {"node": r["node"], "section": r["section"], "industrial": bool(r["industrial"]), "group": r.get("group")}


def thresholds(kg: KnowledgeGraph, code: IndustryCode) -> dict:
    facts = industry_facts(kg, code)
    rows = kg.select("thresholds_for_division", division=facts["node"]) if facts["group"] else []
    if not rows:
        raise NoThresholds(
            f"no thresholds for industry {code.code}: att_2-1 sets thresholds for manufacturing divisions "
            f"C13–C43 only; other industries are left to expert review")
    first = rows[0]
    return {
        "industry": code.code,
        "division": {"code": code.division, "label": _label(kg, facts["node"])},
        "group": {"iri": str(first["group"]), "label": _label(kg, first["group"])},
        "row": eid_of(first["row"]),
        "thresholds": [
            {"indicator": r["field"], "column": r["column"], "label": _label(kg, r["indicator"]),
             "value": _num(r["value"]), "unit": r.get("unit", "%"),
             "kind": "improvement" if str(r.get("kind", "")).endswith("improvement") else "level",
             "comparison": ">="}
            for r in rows
        ],
    }


def kpis(kg: KnowledgeGraph) -> list[dict]:
    cats: dict[str, dict] = {}
    for r in kg.select("kpis"):
        cat = cats.setdefault(str(r["category"]), {
            "eid": eid_of(r["cat_unit"]), "notation": r["cat_notation"], "label": _label(kg, r["category"]),
            "kpis": []})
        cat["kpis"].append({"eid": eid_of(r["kpi_unit"]), "number": int(r["notation"]),
                            "label": _label(kg, r["kpi"]), "unit": r.get("unit")})
    return sorted(cats.values(), key=lambda c: c["kpis"][0]["number"])


def _ranges(codes: list[str]) -> list[str]:
    """["C13", "C14", …, "C23", "C27"] → ["C13–C23", "C27"]."""
    nums = sorted((c[0], int(c[1:])) for c in codes if re.fullmatch(r"[A-Z]\d{2}", c))
    parts: list[str] = []
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1][0] == nums[i][0] and nums[j + 1][1] == nums[j][1] + 1:
            j += 1
        a, b = nums[i], nums[j]
        parts.append(f"{a[0]}{a[1]:02d}" if i == j else f"{a[0]}{a[1]:02d}–{b[0]}{b[1]:02d}")
        i = j + 1
    return parts


def threshold_table(kg: KnowledgeGraph) -> dict:
    """att_2-1: one row per industry group (its divisions, its five thresholds), columns in order.
    One division of each group stands for its row (``thresholds``); the ``assessment_industries``
    query says which divisions belong to each group."""
    divisions: dict[str, list[str]] = {}
    for r in kg.select("assessment_industries"):
        if r.get("row") and len(str(r["notation"])) == 3:
            divisions.setdefault(eid_of(r["row"]) or "", []).append(str(r["notation"]))
    rows, columns = [], []
    for row_eid, codes in sorted(divisions.items()):
        facts = thresholds(kg, IndustryCode.parse(sorted(codes)[0]))
        if not columns:
            columns = [{k: t[k] for k in ("indicator", "column", "label", "unit", "kind")}
                       for t in facts["thresholds"]]
        rows.append({"eid": row_eid, "group": facts["group"]["label"], "divisions": _ranges(codes),
                     "values": {t["indicator"]: t["value"] for t in facts["thresholds"]}})
    return {"eid": "att_2-1", "columns": columns, "rows": rows}
