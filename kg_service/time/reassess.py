"""The use cases of parameters, versions and reforms, for the faces (HTTP, CLI, web) to call:
listing, resolving a version or reform by id, diffing, reform impact, and re-assessing a recorded
decision under another version or a reform. (The lead moves these into the application layer.)"""
from __future__ import annotations

from typing import Any

from kg_service.errors import InputError
from kg_service.time import impact as impact_mod
from kg_service.time.diff import Side, diff
from kg_service.time.reform import Reform
from kg_service.time.timeline import Timeline


def parameters(timeline: Timeline, version: str | None = None, reform: Reform | None = None) -> dict:
    v = version_or_latest(timeline, version)
    params = timeline.parameters(v, reform)
    return {"version": v.id, **({"reform": reform.named()} if reform else {}), "parameters": params.as_json()}


def versions(timeline: Timeline) -> dict:
    return {"versions": [v.as_json() for v in timeline.versions.versions]}


def version_or_latest(timeline: Timeline, vid: str | None, where: str = "version"):
    if vid is None:
        return timeline.versions.latest()
    v = timeline.versions.get(vid)
    if v is None:
        raise InputError(where, f"no version '{vid}' (versions: {[x.id for x in timeline.versions.versions]})")
    return v


def reform_by_id(timeline: Timeline, rid: str, where: str = "reform") -> Reform:
    known = timeline.reforms
    if rid not in known:
        raise InputError(where, f"no shipped reform '{rid}' (shipped: {sorted(known)})")
    return known[rid]


def side(timeline: Timeline, ref: str, where: str, base=None) -> Side:
    """A version id, or a shipped reform id (applied to ``base``, else the latest version)."""
    v = timeline.versions.get(ref)
    if v is not None:
        return Side(v)
    known = timeline.reforms
    if ref in known:
        return Side(base or timeline.versions.latest(), known[ref])
    raise InputError(where, f"'{ref}' is neither a version {[x.id for x in timeline.versions.versions]} "
                            f"nor a shipped reform {sorted(known)}")


def versions_diff(timeline: Timeline, frm: str, to: str, to_reform: Reform | None = None) -> dict:
    a = side(timeline, frm, "from")
    b = Side(a.version, to_reform) if to_reform is not None else side(timeline, to, "to", base=a.version)
    if b.reform is not None:
        b.reform.apply(b.version.parameters)  # an invalid reform is an InputError, not a partial diff
    return diff(a, b, timeline.base.compiled)


def reform_impact(timeline: Timeline, body: Any) -> dict:
    if not isinstance(body, dict):
        raise InputError("body", "an object {reform, profiles, level}")
    level = body.get("level")
    if level not in (None, "basic", "advanced"):
        raise InputError("level", "basic or advanced")
    reform = Reform.parse(body.get("reform"), "reform")
    return impact_mod.impact(timeline, reform, body.get("profiles"), level)


def reassess(timeline: Timeline, record: dict, version: str | None = None, reform: Reform | None = None) -> dict:
    """A recorded assessment assessed again (its recorded profile) under another version or a reform,
    condition by condition: the recorded status, the new one, and whether it changed."""
    profile = (record.get("trace") or {}).get("profile")
    if not profile:
        raise InputError("record", "the record keeps no profile to re-assess")
    v = version_or_latest(timeline, version) if version else None
    again = timeline.assess(profile, None, explain=False, reform=reform, version=v)
    old = {r["level"]: r for r in record.get("results", [])}
    levels = []
    for r in again["results"]:
        before = old.get(r["level"])
        if before is None:
            continue
        was = {c["id"]: c for c in before["conditions"]}
        conditions = [{"id": c["id"], "before": was.get(c["id"], {}).get("status"), "after": c["status"],
                       "changed": was.get(c["id"], {}).get("status") != c["status"],
                       "message": c["message"]} for c in r["conditions"]]
        levels.append({"level": r["level"], "before": before["verdict"], "after": r["verdict"],
                       "changed": before["verdict"] != r["verdict"], "conditions": conditions})
    return {"record_id": record.get("record_id"), "profile_id": again["profile_id"], "as_of": again["as_of"],
            "recorded": {"measures": record.get("measures"), "reform": record.get("reform"),
                         "rules_version": record.get("rules_version")},
            "reassessed": {k: again[k] for k in ("measures", "reform", "notice") if k in again},
            "levels": levels}
