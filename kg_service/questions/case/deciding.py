"""A stated case decided once, by the Service's own use cases, lent to the question capability.

The question capability reads a case (``model.CaseReading``) and words its decision
(``telling``); it builds no engine. ``Service.ask`` passes ``CaseDeciders``: its ``assess`` (the same
shapes, compiled engine and timeline as ``POST /assess``: the version in force on the date the
question implies, or today, and the reform named) and its ``check_revocation``, as
``Service.interview`` passes ``assess`` to the interviewer. What is built here is only the request:
the partial profile the question states, or the revocation request of its events.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from kg_service.assessment.fields import ProfileFields
from kg_service.assessment.profile import ProfileError, check_profile
from kg_service.errors import InputError
from kg_service.questions.case.model import CaseReading

QUESTION_ID = "question"  # the id of the partial profile a question states
# the asker's status of a condition: of the parts the stated facts bear on
NOT_MET, OPEN, MET_SO_FAR, MET = "not_met", "open", "met_so_far", "met"


@dataclass(frozen=True)
class CaseDeciders:
    """What the Service lends: ``assess(profile, level)`` is ``Service.assess`` (``level`` None: both
    levels) under the version in force on the profile's as_of and the reform asked for;
    ``revocation(request)`` is ``Service.check_revocation``; ``fields`` the profile's fields (labels,
    and what each condition's parts reading a field require), for the wording."""

    assess: Callable[[dict, str | None], dict]
    revocation: Callable[[dict], dict]
    fields: ProfileFields


@dataclass
class Decision:
    """A case and its decision: ``result`` is the ``POST /assess`` answer (``mode`` eligibility) or the
    revocation check's (``mode`` revocation); ``level`` the level told."""

    case: CaseReading
    mode: str
    level: str
    result: dict
    request: dict


def stated_paths(case: CaseReading) -> set[str]:
    """The field paths the question states, with ``as_of`` when it implies a date ("applying in 2027")."""
    return case.paths() | ({"as_of"} if case.as_of is not None else set())


def bears_on(field: str, paths: set[str]) -> bool:
    """Whether a field a condition reads (``indicators``, ``registration.province``) is one of the stated
    paths, lies under one (``incidents.0.grade`` under ``incidents``) or holds one."""
    return any(p == field or p.startswith(field + ".") or field.startswith(p + ".") for p in paths)


def read_fields(condition: dict) -> set[str]:
    """The fields a decided condition read: its ``observed`` keys, without list indexes."""
    return set(condition.get("observed") or {})


def asked_status(c: dict, paths: set[str]) -> str:
    """The status of what the stated facts bear on: the condition's, except that an unknown condition
    whose open parts read none of the stated fields is met so far (its other parts are unstated)."""
    if c["status"] != "unknown":
        return c["status"]
    open_parts = [m for m in c.get("missing") or []
                  if m.get("status") == "unknown" and any(bears_on(f, paths) for f in m.get("fields", []))]
    return OPEN if open_parts or not c.get("missing") else MET_SO_FAR


def decide(case: CaseReading, deciders: CaseDeciders, today: date, recognised_from: date | None) -> Decision | None:
    """The decision of ``case`` by the Service's engine, None when its facts do not make a valid request
    (a value out of the schema's range: the answer then falls back to the policy answer)."""
    if case.mode == "revocation":
        return _revocation(case, deciders, today, recognised_from)
    profile = _request(case, today)
    if profile is None:
        return None
    result = deciders.assess(profile, case.level)
    if _day_asked(case, deciders, today, result):  # the verdict turns on a day not named: asked for
        profile = _request(case, today)
        if profile is None:
            return None
        result = deciders.assess(profile, case.level)
    paths = stated_paths(case)
    by_level = {r["level"]: r for r in result["results"]}
    if case.level is not None and case.level in by_level:
        level = case.level
    else:
        # no level named: the first (basic, the level one applies for first), unless a stated field is
        # read by no condition of it and by another level's (the att_2-1 indicators, the basic filing)
        def reads(r: dict, p: str) -> bool:
            return any(bears_on(f, {p}) for c in r["conditions"] for f in read_fields(c))
        levels = list(by_level.values())
        read = [p for p in paths if any(reads(r, p) for r in levels)]
        fit = [r for r in levels if all(reads(r, p) for p in read)] or levels[:1]
        # an industry alone ("we make plastic pipes: which row?"): the first level where it decides or
        # leaves open something (its row of thresholds), not one where it is merely allowed
        telling = [r for r in fit if any(asked_status(c, paths) != MET_SO_FAR for c in r["conditions"]
                                         if any(bears_on(f, paths) for f in read_fields(c)))]
        level = (telling if paths <= {"industry_code"} and telling else fit)[0]["level"]
    chosen = {**result, "results": [by_level[level]]}
    return Decision(case, "eligibility", level, chosen, profile)


def _request(case: CaseReading, today: date, values: dict[str, Any] | None = None) -> dict | None:
    """The partial profile the case states (with ``values`` put in place of the facts of those paths),
    None when it is no valid request."""
    facts = case.profile() if not values else CaseReading(
        case.words, case.lang, facts=[replace(f, value=values.get(f.path, f.value)) for f in case.facts]).profile()
    try:
        return check_profile({"id": QUESTION_ID, "as_of": (case.as_of or today).isoformat(), **facts})
    except ProfileError:
        return None


def _statuses(result: dict) -> list[tuple[str, str, str]]:
    return [(r["level"], c["id"], c["status"]) for r in result["results"] for c in r["conditions"]]


def leave_undecided_days(case: CaseReading, deciders: CaseDeciders, today: date) -> bool:
    """The day check of ``decide`` on a reading that is not decided here (the interview's ``say``, whose facts
    the interview decides with the facts gathered): a month- or year-dated fact whose day the decision turns on
    is left unread and asked for, not kept on a guessed day. Answers whether any was."""
    if case.mode == "revocation" or _request(case, today) is None:
        return False
    return _day_asked(case, deciders, today, {})


def _day_asked(case: CaseReading, deciders: CaseDeciders, today: date, result: dict) -> bool:
    """A date named by its month or year only ("2023年5月", "in 2023") is read as a day of it; where the
    decision differs between the first and the last day the words allow (a rule's edge, such as the
    look-back before the application, falls inside them), the day is not guessed: the field it dates is
    left unread and asked for -- a list field (``incidents``, ``violations``) whole, as the interview asks
    it, since without that item's day the list is not known. Answers whether any was."""
    asked = False
    seen: set[tuple[str, Any]] = set()
    while True:
        f = next((f for f in case.facts if f.within is not None and (f.words, f.within) not in seen), None)
        if f is None:
            break
        seen.add((f.words, f.within))
        edges = [_request(case, today, {f.path: day}) for day in f.within]
        if any(p is None for p in edges):
            continue
        if len({tuple(_statuses(deciders.assess(p, case.level))) for p in edges}) == 1:
            continue  # the same decision whichever day it was
        item = re.match(r"^(\w+)\.\d+\.", f.path)  # "incidents.0.date": the list of incidents
        name = item.group(1) if item else f.path
        gone = [g for g in case.facts if g.path == name or g.path.startswith(name + ".")]
        case.facts = [g for g in case.facts if g not in gone]
        for words in dict.fromkeys([f.words, *(g.words for g in gone)]):
            case.leave(words, "day" if words == f.words else "day_list", [name])
        asked = True
    return asked


def _revocation(case: CaseReading, deciders: CaseDeciders, today: date,
                recognised_from: date | None) -> Decision | None:
    events = [e.as_dict() for e in case.events]
    if not events and not case.considered:
        return None  # nothing said of what happened since the recognition: a question about the rules
    # no event ("we have never had a major accident", "only the plant moved"): decided all the same, as
    # the engine decides a factory without events (every cause does not apply)
    day = case.as_of or today
    dates = [date.fromisoformat(e["date"]) for e in events if e.get("date")]
    # recognised before the earliest event, at the earliest when the measures came into force
    recognised_on = min([*dates, *([recognised_from] if recognised_from else []), day])
    level = case.level or "basic"
    request: dict[str, Any] = {"level": level, "recognised_on": recognised_on.isoformat(),
                               "as_of": max(day, recognised_on).isoformat(), "events": events}
    try:
        result = deciders.revocation(request)
    except InputError:
        return None
    return Decision(case, "revocation", level, result, request)
