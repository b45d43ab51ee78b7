"""The measures for the pages: a unit's place in the tree, and the two annex tables.

The att_2-1 threshold table is read from the graph through ``kg_service.reference`` (one division of
each industry group stands for its row) and the ``assessment_industries`` query (which divisions
belong to each group); the att_3 catalogue is ``reference.kpis``. Nothing here is written down.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg_service import reference
from kg_service.articles import Article, ArticleIndex
from kg_service.graph import KnowledgeGraph
from kg_service.graph.namespaces import eid_of
from kg_service.industry import IndustryCode

THRESHOLD_TABLE = "att_2-1"
KPI_TABLE = "att_3"


@dataclass(frozen=True)
class Place:
    """Where a unit stands: its ancestors (outermost first), and its neighbours in document order."""

    ancestors: list[Article]
    previous: Article | None
    next: Article | None


def place(articles: ArticleIndex, unit: Article) -> Place:
    ancestors: list[Article] = []
    parent = unit.parent
    while parent and (a := articles.get(parent)):
        ancestors.insert(0, a)
        parent = a.parent
    units = articles.all()
    i = next(n for n, a in enumerate(units) if a.eid == unit.eid)
    return Place(ancestors=ancestors, previous=units[i - 1] if i > 0 else None,
                 next=units[i + 1] if i + 1 < len(units) else None)


def in_table(articles: ArticleIndex, eid: str, table: str) -> bool:
    """Whether ``eid`` is the table's unit or one of its descendants."""
    while eid:
        if eid == table:
            return True
        unit = articles.get(eid)
        eid = unit.parent if unit else ""
    return False


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
    """att_2-1: one row per industry group (its divisions, its five thresholds), columns in order."""
    divisions: dict[str, list[str]] = {}
    for r in kg.select("assessment_industries"):
        if r.get("row") and len(str(r["notation"])) == 3:
            divisions.setdefault(eid_of(r["row"]) or "", []).append(str(r["notation"]))
    rows, columns = [], []
    for row_eid, codes in sorted(divisions.items()):
        facts = reference.thresholds(kg, IndustryCode.parse(sorted(codes)[0]))
        if not columns:
            columns = [{k: t[k] for k in ("indicator", "column", "label", "unit", "kind")}
                       for t in facts["thresholds"]]
        rows.append({"eid": row_eid, "group": facts["group"]["label"], "divisions": _ranges(codes),
                     "values": {t["indicator"]: t["value"] for t in facts["thresholds"]}})
    return {"eid": THRESHOLD_TABLE, "columns": columns, "rows": rows}


def kpi_table(kg: KnowledgeGraph) -> dict:
    return {"eid": KPI_TABLE, "categories": reference.kpis(kg)}


def indicator_labels(table: dict) -> dict[str, dict[str, str]]:
    """Profile field (``key_process_nc_rate``) → its att_2-1 column label."""
    return {c["indicator"]: c["label"] for c in table["columns"]}


def document(kg: KnowledgeGraph) -> dict:
    doc = kg.select("document")[0]
    return {"number": str(doc["number"]), "title": {"zh": str(doc.get("title_zh", "")),
                                                    "en": str(doc.get("title_en", ""))},
            "issued": str(doc.get("date_issued", "")), "from": str(doc.get("in_force_from", "")),
            "until": str(doc.get("in_force_until", ""))}
