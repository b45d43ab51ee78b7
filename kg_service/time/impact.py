"""The impact of a reform on a population (contract: ``POST /reforms/impact``): which profiles change
verdict at which level and through which conditions, with verdict counts before and after.

Before is the version in force on each profile's as_of; after is the same with the reform's values
(which may put another version in force: a reform can extend the measures). Profiles are checked
first, all of them, so a bad one (named ``profiles.<index>.<field>``) leaves nothing half-computed.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any

from kg_service.assessment.levels import LEVELS
from kg_service.assessment.profile import ProfileError
from kg_service.assessment.profile import as_of as profile_as_of
from kg_service.batch.check import check_fast
from kg_service.errors import InputError
from kg_service.time import population
from kg_service.time.reform import Reform
from kg_service.time.timeline import Timeline

VERDICTS = ("eligible", "not_eligible", "undetermined")


def check_profiles(profiles: Sequence, where: str = "profiles") -> list[dict]:
    if not isinstance(profiles, list):
        raise InputError(where, "a list of EnterpriseProfile objects")
    out = []
    for i, p in enumerate(profiles):
        try:
            out.append(check_fast(p))  # check_profile's errors, faster
        except ProfileError as e:
            field = e.field if not e.field.startswith("(") else ""
            raise InputError(f"{where}.{i}" + (f".{field}" if field else ""), e.message) from None
    return out


def _statuses(timeline: Timeline, profiles: list[dict], reform: Reform | None, levels) -> list[dict]:
    """Statuses per profile, each under the version (and parameters) that applies on its as_of.
    Profiles sharing an assessor are run together, so the batch engine gets whole groups."""
    groups: dict[tuple, tuple] = {}
    for i, p in enumerate(profiles):
        day: date = profile_as_of(p)
        version, params, _note = timeline.select(day, reform)
        key = params.key()
        if key not in groups:
            groups[key] = (timeline.assessor(version, reform, params), [])
        groups[key][1].append(i)
    out: list[dict] = [{}] * len(profiles)
    for assessor, idx in groups.values():
        for i, st in zip(idx, population.population_statuses(assessor, [profiles[i] for i in idx], levels),
                         strict=True):
            out[i] = st
    return out


def from_request(timeline: Timeline, body: Any) -> dict:
    """The impact a request body asks for: ``{"reform": REFORM, "profiles": [...], "level"?}``."""
    if not isinstance(body, dict):
        raise InputError("body", "an object {reform, profiles, level}")
    level = body.get("level")
    if level not in (None, *LEVELS):
        raise InputError("level", " or ".join(LEVELS))
    reform = Reform.parse(body.get("reform"), "reform")
    return impact(timeline, reform, body.get("profiles"), level)


def impact(timeline: Timeline, reform: Reform, profiles: Sequence, level: str | None = None) -> dict:
    reform.apply(timeline.versions.latest().parameters)  # an invalid reform fails before any work
    checked = check_profiles(profiles)
    levels = (level,) if level else LEVELS
    before = _statuses(timeline, checked, None, levels)
    after = _statuses(timeline, checked, reform, levels)
    changed, condition_only = [], 0
    summary = {lvl: {"before": Counter(), "after": Counter()} for lvl in levels}
    for p, b, a in zip(checked, before, after, strict=True):
        for lvl in levels:
            summary[lvl]["before"][b[lvl].verdict] += 1
            summary[lvl]["after"][a[lvl].verdict] += 1
            conds = [c for c in b[lvl].conditions if b[lvl].conditions[c] != a[lvl].conditions.get(c)]
            if b[lvl].verdict == a[lvl].verdict:
                condition_only += bool(conds)  # a status moved but the verdict held (e.g. not_met → unknown)
            else:
                changed.append({"profile_id": p["id"], "level": lvl, "before": b[lvl].verdict,
                                "after": a[lvl].verdict, "conditions": conds,
                                "statuses": {c: [b[lvl].conditions[c], a[lvl].conditions.get(c)] for c in conds}})
    return {
        "reform": reform.named(),
        "profiles": len(checked),
        "changed": changed,
        "summary": {lvl: {k: {v: s[k].get(v, 0) for v in VERDICTS} for k in ("before", "after")}
                    for lvl, s in summary.items()},
        "unchanged_verdict_condition_changes": condition_only,
    }
