"""A recorded assessment assessed again (its recorded profile) under another version of the measures
or a reform, condition by condition: the recorded status, the new one, and whether it changed."""
from __future__ import annotations

from kg_service.errors import InputError
from kg_service.time.reform import Reform
from kg_service.time.timeline import Timeline


def reassess(timeline: Timeline, record: dict, version: str | None = None, reform: Reform | None = None) -> dict:
    """``version``: a version id (default: the one in force on the record's as_of)."""
    profile = (record.get("trace") or {}).get("profile")
    if not profile:
        raise InputError("record", "the record keeps no profile to re-assess")
    v = timeline.version(version) if version else None
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
