"""What would change an unmet or unknown condition: one item per failing part of the condition,
derived from the kind of constraint that failed (missing data, a value below a minimum, a
required value, an event inside a window, too few indicators at their thresholds)."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from rdflib.namespace import SH

from kg_service.assessment.facts import add_years, window_start
from kg_service.assessment.profile import field_value
from kg_service.assessment.rdfmap import item_terms
from kg_service.assessment.rules import MET, UNKNOWN, Condition, ShapeInfo

# looked up once: rdflib builds a new URIRef on every namespace attribute access
_QMIN, _QMAX, _MIN_INCL = (SH.QualifiedMinCountConstraintComponent, SH.QualifiedMaxCountConstraintComponent,
                           SH.MinInclusiveConstraintComponent)


def _fmt(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return "—" if v is None else str(v)


def _indicator_gaps(profile: dict, facts) -> list[dict]:
    values = profile.get("indicators") or {}
    out = []
    for _iri, field, _col in facts.indicators:
        value, threshold = values.get(field), facts.thresholds.get(field)
        gap = None if value is None or threshold is None else float(threshold) - float(value)
        out.append({"indicator": field, "observed": value,
                    "threshold": None if threshold is None else float(threshold),
                    "met": None if gap is None else gap <= 0, "gap": None if gap is None else max(gap, 0.0)})
    # nearest first: met ones, then unmet by gap, then unknown ones
    out.sort(key=lambda r: (r["met"] is None, not r["met"], r["gap"] or 0))
    return out


def _filters(shape: ShapeInfo, field: str) -> dict[str, frozenset]:
    """The shape's filters on list items, keyed by the profile's item field names."""
    nested = item_terms(field)
    return {key: shape.item_filters[str(prop)] for key, (prop, *_rest) in nested.items()
            if str(prop) in shape.item_filters}


def _in_window(items: list[dict], as_of: date, years: int, filters: dict[str, frozenset]) -> list[dict]:
    start = window_start(as_of, years)
    hits = []
    for it in items or []:
        d = date.fromisoformat(it["date"])
        if start <= d <= as_of and all(it.get(k) in allowed for k, allowed in filters.items()):
            # inside while window_start(as_of) <= d, so outside from the day after d + years
            leaves = add_years(d, years) + timedelta(days=1)
            hits.append({**it, "outside_window_from": leaves.isoformat()})
    return hits


def advise(cond: Condition, parts: list[tuple[ShapeInfo, str, list]], profile: dict, facts,
           lookback_years: int, as_of: date) -> list[dict]:
    out: list[dict] = []
    for shape, status, violations in parts:
        if status == MET:
            continue
        fields = list(shape.fields)
        observed = {f: field_value(profile, f) for f in fields}
        components = {v.component for v in violations}
        item: dict[str, Any] = {"fields": fields, "status": status}
        if status == UNKNOWN:
            item |= {"zh": f"请补充：{shape.unknown_message.get('zh', '、'.join(fields))}",
                     "en": f"Provide: {shape.unknown_message.get('en', ', '.join(fields))}"}
            if _QMIN in components and facts.indicators:
                item["indicators"] = _indicator_gaps(profile, facts)
        elif _MIN_INCL in components and shape.min_inclusive is not None:
            f = fields[0]
            item |= {"zh": f"{f}：{_fmt(observed[f])} → 需达到 {_fmt(shape.min_inclusive)} 及以上",
                     "en": f"{f}: {_fmt(observed[f])} → {_fmt(shape.min_inclusive)} or above needed"}
        elif _QMAX in components:
            f = fields[0]
            hits = _in_window(profile.get(f) or [], as_of, lookback_years, _filters(shape, f))
            when_zh = "、".join(f"{h['date']} 的记录自 {h['outside_window_from']} 起" for h in hits)
            when_en = "; ".join(f"the one of {h['date']} from {h['outside_window_from']}" for h in hits)
            # the window's length is the parameter art_5__item_3.lookback_years, not a word here
            item |= {"zh": f"{shape.message.get('zh', '')}；移出近{lookback_years}年范围：{when_zh}",
                     "en": f"{shape.message.get('en', '')}; outside the {lookback_years}-year window: {when_en}",
                     "records": hits}
        elif _QMIN in components:
            gaps = _indicator_gaps(profile, facts)
            met = sum(1 for g in gaps if g["met"])
            need = shape.qualified_min_count
            item |= {"zh": f"达到本行业要求的指标 {met} 项，至少需要 {need} 项；差距最小的指标在前",
                     "en": f"{met} indicator(s) reach the industry's thresholds, {need} are needed; nearest gaps first",
                     "indicators": gaps}
        else:
            shown = ", ".join(f"{f}={_fmt(observed[f])}" for f in fields)
            item |= {"zh": f"{shape.message.get('zh', '')}（当前：{shown}；要求：{shape.required.get('zh', '')}）",
                     "en": f"{shape.message.get('en', '')} (now: {shown}; required: {shape.required.get('en', '')})"}
        out.append(item)
    # an unknown part that a not-met part on the same fields already explains adds nothing
    decided = [set(i["fields"]) for i in out if i["status"] != UNKNOWN]
    return [i for i in out if i["status"] != UNKNOWN or not any(set(i["fields"]) <= d for d in decided)]
