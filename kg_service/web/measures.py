"""The measures for the pages: the two annex tables and the document, shaped for the templates.

The att_2-1 threshold table, the att_3 catalogue and the document come from the application layer
(``Service.threshold_table``, ``Service.kpis``, ``Service.document``), read from the graph by
``kg_service.reference``. Nothing here is written down.
"""
from __future__ import annotations

from kg_service.service import Service

THRESHOLD_TABLE = "att_2-1"
KPI_TABLE = "att_3"


def threshold_table(s: Service) -> dict:
    return s.threshold_table()


def kpi_table(s: Service) -> dict:
    return {"eid": KPI_TABLE, "categories": s.kpis()}


def indicator_labels(table: dict) -> dict[str, dict[str, str]]:
    """Profile field (``key_process_nc_rate``) → its att_2-1 column label."""
    return {c["indicator"]: c["label"] for c in table["columns"]}


def document(s: Service) -> dict:
    doc = s.document()
    return {"number": doc["number"], "title": {"zh": doc.get("title_zh", ""), "en": doc.get("title_en", "")},
            "issued": doc.get("date_issued", ""), "from": doc.get("in_force_from", ""),
            "until": doc.get("in_force_until", "")}
