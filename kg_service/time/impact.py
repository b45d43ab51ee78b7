"""The impact of a reform on a population (contract: ``POST /reforms/impact``): which profiles change
verdict at which level and through which conditions, with verdict counts before and after.

Before is the version in force on each profile's as_of; after is the same with the reform's values
(which may put another version in force: a reform can extend the measures). Profiles are checked
first, all of them, so a bad one (named ``profiles.<index>.<field>``) leaves nothing half-computed.

Column by column: the population's statuses before (its baseline, kept per version: reforms tried one
after another on the same population do not decide it again), then after — for the profiles whose
version stays, only the shapes the reform's parameters change are decided again
(``Assessor.population_under``) — and the differences found on the status columns.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np

from kg_service.assessment.levels import LEVELS
from kg_service.assessment.population import STATUSES, VERDICTS, Population
from kg_service.assessment.profile import ProfileError
from kg_service.assessment.profile import as_of as profile_as_of
from kg_service.batch.check import check_many
from kg_service.errors import InputError
from kg_service.time.population import baselines
from kg_service.time.reform import Reform
from kg_service.time.timeline import Timeline

VERDICT_ORDER = ("eligible", "not_eligible", "undetermined")  # the order counts are given in


def check_profiles(profiles: Sequence, where: str = "profiles") -> list[dict]:
    if not isinstance(profiles, list):
        raise InputError(where, "a list of EnterpriseProfile objects")
    out = check_many(profiles)  # check_profile's errors, all rows at once
    for i, got in enumerate(out):
        if isinstance(got, ProfileError):
            field = got.field if not got.field.startswith("(") else ""
            raise InputError(f"{where}.{i}" + (f".{field}" if field else ""), got.message) from None
    return out


def _groups(timeline: Timeline, profiles: list[dict], reform: Reform | None) -> dict[tuple, tuple]:
    """Profiles by the Assessor that decides them (the version in force on their as_of, its parameters)."""
    groups: dict[tuple, tuple] = {}
    days: dict = {}
    for i, p in enumerate(profiles):
        day = profile_as_of(p)
        hit = days.get(day)
        if hit is None:
            version, params, _note = timeline.select(day, reform)
            hit = days[day] = (version, params)
        version, params = hit
        key = params.key()
        if key not in groups:
            groups[key] = (timeline.assessor(version, reform, params), [])
        groups[key][1].append(i)
    return groups


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
    n = len(checked)
    before = _groups(timeline, checked, None)
    after = _groups(timeline, checked, reform)
    # each row's population and its index in it, before and after
    where_before: list = [None] * n
    base_of: dict[tuple, Population] = {}
    for assessor, idx in before.values():
        subset = [checked[i] for i in idx]
        pop = baselines.get(assessor, subset, baselines.digest(subset))
        base_of[tuple(idx)] = pop
        for j, i in enumerate(idx):
            where_before[i] = (pop, j)
    where_after: list = [None] * n
    for assessor, idx in after.values():
        base = base_of.get(tuple(idx))  # the same profiles decided by one version before: re-decide less
        pop = assessor.population_under(base) if base is not None else assessor.population([checked[i] for i in idx])
        for j, i in enumerate(idx):
            where_after[i] = (pop, j)

    where_before, where_after = _placed(where_before), _placed(where_after)
    changed, condition_only = [], 0
    summary = {lvl: {"before": Counter(), "after": Counter()} for lvl in levels}
    for lvl in levels:
        b_verdict = _column(where_before, lambda pop, lvl=lvl: pop.verdict(lvl))
        a_verdict = _column(where_after, lambda pop, lvl=lvl: pop.verdict(lvl))
        for counts, col in ((summary[lvl]["before"], b_verdict), (summary[lvl]["after"], a_verdict)):
            for code, k in enumerate(np.bincount(col, minlength=3).tolist()):
                counts[VERDICTS[code]] += k
        conds = [c.id for c in timeline.base.rules.for_level(lvl)]  # every version's conditions are the rules'
        moved = np.zeros(n, dtype=bool)
        cols = {}
        for cid in conds:
            b = _column(where_before, lambda pop, cid=cid: pop.conditions[cid])
            a = _column(where_after, lambda pop, cid=cid: pop.conditions[cid])
            cols[cid] = (b, a)
            moved |= b != a
        same = b_verdict == a_verdict
        condition_only += int((moved & same).sum())
        for i in np.flatnonzero(~same).tolist():
            diff = [cid for cid in conds if cols[cid][0][i] != cols[cid][1][i]]
            changed.append((i, lvl, {"profile_id": checked[i]["id"], "level": lvl, "before": VERDICTS[b_verdict[i]],
                                     "after": VERDICTS[a_verdict[i]], "conditions": diff,
                                     "statuses": {c: [STATUSES[cols[c][0][i]], STATUSES[cols[c][1][i]]]
                                                  for c in diff}}))
    changed.sort(key=lambda t: (t[0], levels.index(t[1])))  # profile by profile, levels in order
    return {
        "reform": reform.named(),
        "profiles": n,
        "changed": [c for _i, _lvl, c in changed],
        "summary": {lvl: {k: {v: s[k].get(v, 0) for v in VERDICT_ORDER} for k in ("before", "after")}
                    for lvl, s in summary.items()},
        "unchanged_verdict_condition_changes": condition_only,
    }


def _placed(where: list) -> list[tuple[Population, np.ndarray, np.ndarray]]:
    """Rows by the population they are in: (population, their rows, their indices in it)."""
    by_pop: dict[int, tuple[Population, list[int], list[int]]] = {}
    for i, (pop, j) in enumerate(where):
        got = by_pop.setdefault(id(pop), (pop, [], []))
        got[1].append(i)
        got[2].append(j)
    return [(pop, np.array(rows, dtype=np.int64), np.array(at, dtype=np.int64)) for pop, rows, at in by_pop.values()]


def _column(placed: list, take) -> np.ndarray:
    """One status column over all rows, from the populations the rows are in."""
    n = sum(len(rows) for _pop, rows, _at in placed)
    out = np.zeros(n, dtype=np.int8)
    for pop, rows, at in placed:
        out[rows] = take(pop)[at]
    return out
