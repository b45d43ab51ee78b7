"""An assessment result arranged for reading: the verdicts, and what is missing once per condition.

The result is the API's JSON, untouched; this only regroups it. A condition shared by both levels
is listed once under "what is missing", with the levels it holds back.
"""
from __future__ import annotations

import re
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


_CODE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?:\.[a-z][a-z0-9_]*)?")


def in_words(text: str, lang: str, fields: dict[str, Any], values: dict[str, Any]) -> str:
    """A message of the engine with the profile's field paths and enumerated codes it names
    (``maturity_level：1``, ``domains=['production_operation']``) replaced by their labels, so that a
    page in one language shows no code. Words it does not know are left as they are."""
    def word(m: re.Match) -> str:
        code = m[0]
        label = fields.get(code) or values.get(code)
        return label.get(lang, code) if isinstance(label, dict) else code

    # a code followed by its label in brackets says it twice: the label alone
    text = re.sub(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\s?[（(]([^）)]+)[）)]", r"\1", text)
    text = re.sub(r"\[((?:'[^']*'(?:, )?)*)\]", lambda m: ("、" if lang == "zh" else ", ").join(
        re.findall(r"'([^']*)'", m[1])) or ("无" if lang == "zh" else "none"), text)
    text = re.sub(r"\b([a-z][a-z0-9_.]*)(?==)", word, text)  # a field named before its value: domains=…
    return _CODE.sub(word, text)
