"""An assessment result arranged for reading: the verdicts, and what is missing once per condition.

The result is the API's JSON, untouched; this only regroups it. A condition shared by both levels
is listed once under "what is missing", with the levels it holds back.
"""
from __future__ import annotations

from typing import Any

STATUS_ORDER = {"not_met": 0, "unknown": 1, "met": 2}


def missing(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The conditions not met or unknown, not met first, each once, with the levels concerned."""
    by_id: dict[str, dict[str, Any]] = {}
    order: dict[str, int] = {}
    for res in result["results"]:
        for n, cond in enumerate(res["conditions"]):
            if cond["status"] == "met":
                continue
            entry = by_id.setdefault(cond["id"], {"condition": cond, "levels": []})
            entry["levels"].append(res["level"])
            order.setdefault(cond["id"], n + 100 * len(order))
    return sorted(by_id.values(), key=lambda e: (STATUS_ORDER[e["condition"]["status"]], order[e["condition"]["id"]]))


def required_text(required: dict[str, Any], lang: str) -> str:
    text = required.get(lang) or required.get("zh") or ""
    return text.replace("；", "; ") if lang == "en" else text


def overview(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Each condition once, in order, with its status at each level assessed (for the printed report)."""
    rows: dict[str, dict[str, Any]] = {}
    for res in result["results"]:
        for cond in res["conditions"]:
            row = rows.setdefault(cond["id"], {"condition": cond, "status": {}})
            row["status"][res["level"]] = cond["status"]
    return list(rows.values())
