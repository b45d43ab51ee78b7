"""What differs between two versions of the measures, or a version and a reform: units added, removed
and changed (with a line diff of each text), parameters changed, and the conditions those touch.

A condition is touched by a parameter when the parameter's citation lies within a unit the condition
cites (a unit contains its sub-units: ``att_2-1__row_3`` lies within ``att_2-1``), the same reading
of the citations the assessment reports."""
from __future__ import annotations

import difflib
from dataclasses import dataclass

from kg_service.assessment.compiled import CompiledFacts
from kg_service.assessment.parameters import ParameterSet, json_value
from kg_service.time.catalog import Version
from kg_service.time.reform import Reform


@dataclass(frozen=True)
class Side:
    """One side of a diff: a version, optionally under a reform."""
    version: Version
    reform: Reform | None = None

    @property
    def parameters(self) -> ParameterSet:
        return self.reform.apply(self.version.parameters) if self.reform else self.version.parameters

    def as_json(self) -> dict:
        return {"version": self.version.id, "iri": self.version.iri,
                **({"reform": self.reform.named()} if self.reform else {})}


def _within(eid: str, unit: str) -> bool:
    return eid == unit or eid.startswith(unit + "__") or eid.startswith(unit + ".")


def _text_diff(a: str, b: str, name: str) -> str:
    return "\n".join(difflib.unified_diff(a.splitlines() or [a], b.splitlines() or [b],
                                          f"{name} (from)", f"{name} (to)", lineterm="", n=1))


def diff(a: Side, b: Side, compiled: CompiledFacts) -> dict:
    ua, ub = a.version.units, b.version.units
    changed_units = []
    for eid in sorted(set(ua) & set(ub), key=lambda e: ua[e].get("order", 0)):
        ta, tb = ua[eid]["text"], ub[eid]["text"]
        if ta != tb:
            changed_units.append({"eid": eid, "diff": {lang: _text_diff(ta.get(lang, ""), tb.get(lang, ""), eid)
                                                       for lang in ("zh", "en") if ta.get(lang) != tb.get(lang)}})
    pa, pb = a.parameters, b.parameters
    params = []
    for pid in sorted(set(pa.parameters) | set(pb.parameters)):
        va, vb = pa.parameters.get(pid), pb.parameters.get(pid)
        if va is None or vb is None or va.value != vb.value:
            p = vb or va
            params.append({"id": pid, "from": json_value(va.value) if va else None,
                           "to": json_value(vb.value) if vb else None, "unit": p.unit, "label": dict(p.label),
                           "cites": list(p.cites)})
    conditions = []
    for c in sorted(compiled.conditions.values(), key=lambda c: c.order):
        touched = [p["id"] for p in params if any(_within(e, u) for e in p["cites"] for u in c.cites)]
        if touched:
            conditions.append({"id": c.id, "label": dict(c.label), "cites": list(c.cites), "parameters": touched})
    return {
        "from": a.as_json(), "to": b.as_json(),
        "units": {"added": sorted(set(ub) - set(ua)), "removed": sorted(set(ua) - set(ub)), "changed": changed_units},
        "parameters": params,
        "conditions": conditions,
    }
