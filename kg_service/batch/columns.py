"""The flat column layout of CSV and XLSX batch files: one column per field path of the profile.

- scalar fields by their dotted path: ``id``, ``registration.province``, ``indicators.key_process_nc_rate``,
  ``basic_filing.date``; the header may also be a column's Chinese or English label (below);
- booleans: true/false, 1/0, yes/no, y/n, 是/否 (any case); numbers as written; an empty cell leaves the
  field out (the conditions needing it are then ``unknown``);
- ``domains``: items separated by ``;`` (or ``；``/``,``); ``[]`` or ``none``/``无`` is the empty list;
- ``incidents``, ``violations``: JSON text (``[]`` for none, ``[{"kind": …, "grade": …, "date": …}]``),
  or repeated columns ``incidents.1.kind``, ``incidents.1.grade``, ``incidents.1.date``, ``incidents.2.kind``…
  (the numbered items are added to what the JSON column gives).

A cell that cannot be read as its type is passed on as written, so the profile check reports it with the
single path's message, naming the field.
"""
from __future__ import annotations

import json
import re
from typing import Any

from kg_service.assessment.profile import ProfileError, schema

# (path, zh, en) — the template's columns, in order
COLUMNS: list[tuple[str, str, str]] = [
    ("id", "标识", "Profile id"),
    ("name", "企业名称", "Enterprise name"),
    ("credit_code", "统一社会信用代码", "Unified social credit code"),
    ("registration.province", "注册地省份", "Province of registration"),
    ("registration.district", "注册地区", "District of registration"),
    ("independent_legal_person", "独立法人", "Independent legal person"),
    ("above_designated_size", "规模以上", "Above designated size"),
    ("annual_revenue_10k_cny", "年主营业务收入（万元）", "Annual revenue (10k CNY)"),
    ("industry_code", "行业代码（GB/T 4754）", "Industry code (GB/T 4754)"),
    ("factory_built", "工厂已建成", "Factory built"),
    ("factory_in_operation", "工厂已投入使用", "Factory in operation"),
    ("market_competitive", "具有市场竞争力", "Market competitive"),
    ("finances_sound_3y", "近三年财务良好", "Finances sound (3 years)"),
    ("bad_credit_record", "有不良信用记录", "Bad credit record"),
    ("incidents", "近三年事故（JSON）", "Incidents (JSON)"),
    ("violations", "近三年违法违规（JSON）", "Violations (JSON)"),
    ("product_policy_compliant", "产品符合产业政策", "Product fits policy"),
    ("advanced_technology", "技术先进", "Advanced technology"),
    ("security_controllable", "安全可控", "Security controllable"),
    ("cyber_data_risk_controllable", "网络数据风险可控", "Cyber/data risk controllable"),
    ("organization_mechanism", "组织机制", "Organisation mechanism"),
    ("talent_team", "人才队伍", "Talent team"),
    ("maturity_level", "成熟度等级", "Maturity level"),
    ("domains", "建设环节（;分隔）", "Domains (; separated)"),
    ("indicators.key_process_nc_rate", "关键工序数控化率（%）", "Key-process NC rate (%)"),
    ("indicators.labor_productivity_gain", "劳动生产率提升（%）", "Labour productivity gain (%)"),
    ("indicators.defect_rate_reduction", "产品不良率降低（%）", "Defect-rate reduction (%)"),
    ("indicators.equipment_networking_rate", "设备联网率（%）", "Equipment networking rate (%)"),
    ("indicators.energy_per_output_reduction", "单位产值能耗降低（%）", "Energy per output reduction (%)"),
    ("above_regional_industry_average", "高于同行业平均水平", "Above regional industry average"),
    ("digital_transformation_compliant", "数字化达标", "Digital transformation compliant"),
    ("basic_filing.filed", "基础级已备案", "Basic level filed"),
    ("basic_filing.district", "备案区", "Filing district"),
    ("basic_filing.date", "备案日期", "Filing date"),
    ("as_of", "评估日期", "Assessed as of"),
]
BY_LABEL = {label: path for path, zh, en in COLUMNS for label in (path, zh, en)}
TRUE, FALSE = {"true", "1", "yes", "y", "是", "t"}, {"false", "0", "no", "n", "否", "f"}
ITEM = re.compile(r"^(incidents|violations)\.(\d+)\.(\w+)$")


def _type_of(path: str) -> str | None:
    node: Any = schema()
    for part in path.split("."):
        node = (node.get("properties") or {}).get(part) if isinstance(node, dict) else None
        if node is None:
            return None
    t = node.get("type")
    return t if isinstance(t, str) else None


def _cell(value: Any, kind: str | None) -> Any:
    if not isinstance(value, str):
        if kind == "string" and isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
        if hasattr(value, "isoformat"):  # XLSX dates
            return value.date().isoformat() if hasattr(value, "date") else value.isoformat()
        return value
    text = value.strip()
    if kind == "boolean":
        low = text.lower()
        return True if low in TRUE else False if low in FALSE else text
    if kind in ("number", "integer"):
        for parse in (int, float):
            try:
                return parse(text)
            except ValueError:
                continue
        return text
    if kind == "array":
        if text.startswith("["):
            try:
                return json.loads(text)
            except ValueError:
                return text
        if text.lower() in ("none", "无"):
            return []
        return [p.strip() for p in re.split(r"[;；,]", text) if p.strip()]
    return text


def header_paths(header: list[Any]) -> list[str | None]:
    """The field path of each header cell (None for a column left empty)."""
    out = []
    for h in header:
        h = "" if h is None else str(h).strip()
        out.append(BY_LABEL.get(h, h) or None)
    return out


def is_label_row(paths: list[str | None], row: list[Any]) -> bool:
    """The template's second and third rows (labels in Chinese and English) carry no profile."""
    cells = [(p, "" if c is None else str(c).strip()) for p, c in zip(paths, row, strict=False)]
    return any(c for _, c in cells) and all(not c or (p and BY_LABEL.get(c) == p) for p, c in cells)


def row_to_profile(paths: list[str | None], row: list[Any]) -> dict:
    """A profile from one row of flat columns; ProfileError for a cell that cannot be placed."""
    profile: dict[str, Any] = {}
    items: dict[tuple[str, int], dict] = {}
    for path, value in zip(paths, row, strict=False):
        if path is None or value is None or (isinstance(value, str) and not value.strip()):
            continue
        if m := ITEM.match(path):
            items.setdefault((m[1], int(m[2])), {})[m[3]] = _cell(value, "string")
            continue
        value = _cell(value, _type_of(path))
        parts = path.split(".")
        target = profile
        for part in parts[:-1]:
            nxt = target.setdefault(part, {})
            if not isinstance(nxt, dict):
                raise ProfileError(path, f"{part} is given both as a value and as a group of columns")
            target = nxt
        target[parts[-1]] = value
    for (field, _n), item in sorted(items.items()):
        existing = profile.setdefault(field, [])
        if not isinstance(existing, list):
            raise ProfileError(field, "given both as JSON text and as numbered columns, and the text is not a list")
        existing.append(item)
    return profile
