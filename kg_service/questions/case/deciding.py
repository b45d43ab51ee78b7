"""A stated case decided once, by the Service's own use cases, lent to the question capability.

The question capability reads a case (``model.CaseReading``) and words its decision
(``telling``); it builds no engine. ``Service.ask`` passes ``CaseDeciders``: its ``assess`` (the same
shapes, compiled engine and timeline as ``POST /assess``: the version in force on the date the
question implies, or today, and the reform named) and its ``check_revocation``, as
``Service.interview`` passes ``assess`` to the interviewer. What is built here is only the request:
the partial profile the question states, or the revocation request of its events.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from kg_service.assessment.fields import ProfileFields
from kg_service.assessment.profile import ProfileError, check_profile
from kg_service.errors import InputError
from kg_service.questions.case.model import CaseReading, field_of

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
    # a revocation's causes that the day of a date named by its month or year decides, the day not given:
    # the Service's check differs between the first and the last day the words allow (the verdict is open)
    open_causes: list[str] = field(default_factory=list)
    # the causes of a revocation that words left unread leave open (something said to have happened that no event
    # reads: "our licence to operate was revoked"): it may be any of those its words bear on (the reader's
    # ``event_bears_on``: items 2 and 5 here; all of them when the words bear on none): none of those is said not
    # to apply
    open_unread: list[str] = field(default_factory=list)
    # another level's conditions (level, condition) reading stated fields that no condition of the level told
    # reads: the att_2-1 indicators stated for the basic level, a basic filing for the advanced
    elsewhere: list[tuple[str, dict]] = field(default_factory=list)
    # no level named: the other level's own conditions (not the shared art_5 ones) that the stated facts bear on
    # too (the domains decide both annexes' first section, an industry both rows), listed in ``decided`` with
    # their level; the answer's words stay on the level told
    beside: list[tuple[str, dict]] = field(default_factory=list)


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
    elsewhere = _elsewhere(paths, level, by_level, lambda: deciders.assess(profile, None))
    return Decision(case, "eligibility", level, chosen, profile, elsewhere=elsewhere,
                    beside=_beside(paths, level, by_level, elsewhere) if case.level is None else [])


def _beside(paths: set[str], level: str, by_level: dict[str, dict],
            elsewhere: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """The other levels' conditions, none of the same id as one of ``level``'s and none already told
    (``elsewhere``), that read a stated field."""
    here = {c["id"] for c in by_level[level]["conditions"]} | {c["id"] for _, c in elsewhere}
    stated = paths - {"as_of"}
    return [(lv, c) for lv, r in by_level.items() if lv != level for c in r["conditions"]
            if c["id"] not in here and any(bears_on(f, stated) for f in read_fields(c))]


def _elsewhere(paths: set[str], level: str, by_level: dict[str, dict],
               both: Callable[[], dict]) -> list[tuple[str, dict]]:
    """The conditions of the other levels that read a stated field no condition of ``level`` reads (``both``
    decides both levels, called only when one is needed: a level was named and the other not decided)."""
    here = {f for c in by_level[level]["conditions"] for f in read_fields(c)}
    alone = {p for p in paths - {"as_of"} if not any(bears_on(f, {p}) for f in here)}
    if not alone:
        return []
    levels = by_level if len(by_level) > 1 else {r["level"]: r for r in both()["results"]}
    return [(lv, c) for lv, r in levels.items() if lv != level for c in r["conditions"]
            if any(bears_on(f, alone) for f in read_fields(c))]


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


def _differing(results: list[dict]) -> list[dict]:
    """The conditions (of the first result) whose status is not the same in each of ``results``."""
    seen = [{(r["level"], c["id"]): c["status"] for r in res["results"] for c in r["conditions"]} for res in results]
    return [c for r in results[0]["results"] for c in r["conditions"]
            if len({s.get((r["level"], c["id"])) for s in seen}) > 1]


def _eids(conditions: list[dict]) -> list[str]:
    return list(dict.fromkeys(e for c in conditions for e in c.get("articles") or []))


def leave_undecided_days(case: CaseReading, deciders: CaseDeciders, today: date,
                         recognised_from: date | None = None) -> bool:
    """The day check of ``decide`` on a reading that is not decided here (the interview's ``say``, whose facts
    the interview decides with the facts gathered; ``Service.read_case``): a month- or year-dated fact whose day
    the decision turns on is left unread and asked for, not kept on a guessed day. Answers whether any was."""
    if case.mode == "revocation":
        return bool(_event_days_asked(case, deciders, today, recognised_from))
    if _request(case, today) is None:
        return False
    return _day_asked(case, deciders, today, {})


def _day_asked(case: CaseReading, deciders: CaseDeciders, today: date, result: dict) -> bool:
    """A date named by its month or year only ("2023年5月", "in 2023", "apply in December 2026") is read as a
    day of it; where the decision differs between the first and the last day the words allow (a rule's edge,
    such as the look-back before the application, falls inside them), the day is not guessed: the field it
    dates is left unread and asked for, with the eIds of what the two days decide differently -- a list field
    (``incidents``, ``violations``) whole, as the interview asks it, since without that item's day the list is
    not known; the day of the application (``as_of``) with the stated facts the conditions it turns read,
    whose bearing waits for that day. Answers whether any was."""
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
        differ = _differing([deciders.assess(p, case.level) for p in edges])
        if not differ:
            continue  # the same decision whichever day it was
        eids = _eids(differ)
        name = field_of(f.path)  # "incidents.0.date": the list of incidents
        gone = [g for g in case.facts if g.path == name or g.path.startswith(name + ".")]
        if f.path == "as_of":  # what the conditions the application's day turns read waits for it
            read = {x for c in differ for x in read_fields(c)} - {"as_of"}
            lists = {field_of(g.path) for g in case.facts if bears_on(g.path, read)}
            gone += [g for g in case.facts if g not in gone and field_of(g.path) in lists]
        case.facts = [g for g in case.facts if g not in gone]
        if f.path == "as_of":
            case.as_of = None  # not the first day either: decided on the day asked on, those facts left open
        for words in dict.fromkeys([f.words, *(g.words for g in gone)]):
            kind = "day" if words == f.words else "day_of" if f.path == "as_of" else "day_list"
            fields = [name] if words == f.words else [field_of(g.path) for g in gone if g.words == words]
            case.leave(words, kind, fields, eids=eids)
        asked = True
    return asked


def _revocation_request(case: CaseReading, today: date, recognised_from: date | None,
                        days: dict[int, str] | None = None, recognised: str | None = None) -> dict:
    """The revocation request of the case's events (with ``days``: event index -> the day put in place of its
    date; ``recognised``: the day put in place of the recognition's)."""
    events = [e.as_dict() | ({"date": days[i]} if days and i in days else {}) for i, e in enumerate(case.events)]
    day = case.as_of or today
    stated = recognised or (case.recognised.value if case.recognised is not None else None)
    if stated is not None:  # recognised on the day stated (by the date assessed for)
        recognised_on = min(date.fromisoformat(stated), day)
    else:  # recognised before the earliest event, at the earliest when the measures came into force
        dates = [date.fromisoformat(e["date"]) for e in events if e.get("date")]
        recognised_on = min([*dates, *([recognised_from] if recognised_from else []), day])
    return {"level": case.level or "basic", "recognised_on": recognised_on.isoformat(),
            "as_of": max(day, recognised_on).isoformat(), "events": events}


def _verdicts(result: dict) -> tuple:
    return (result["verdict"], *((c["cause"], c["status"]) for c in result["causes"]))


def _event_days_asked(case: CaseReading, deciders: CaseDeciders, today: date,
                      recognised_from: date | None) -> list[str]:
    """``_day_asked`` for a recognised factory: an event, or the recognition, dated by a month or a year only,
    where the Service's check differs between the first and the last day the words allow (art_12 revokes for
    events after the recognition: the two fall in one month, one year), is left unread and asked for -- the
    event is not decided on a guessed day. Answers the causes whose status the day left open."""
    open_causes: list[str] = []

    def differ(requests: list[dict]) -> list[str]:
        try:
            results = [deciders.revocation(r) for r in requests]
        except InputError:
            return []
        if len({_verdicts(r) for r in results}) == 1:
            return []
        statuses = [{c["cause"]: c["status"] for c in r["causes"]} for r in results]
        return [c for c in statuses[0] if len({s.get(c) for s in statuses}) > 1]

    i = 0
    while i < len(case.events):
        e = case.events[i]
        causes = differ([_revocation_request(case, today, recognised_from, {i: day}) for day in e.within]) \
            if e.within is not None else []
        if causes:
            case.events.pop(i)
            case.leave(e.dated or e.words, "day", eids=causes)
            open_causes += causes
            continue
        i += 1
    r = case.recognised
    if r is not None and r.within is not None:
        causes = differ([_revocation_request(case, today, recognised_from, recognised=day) for day in r.within])
        if causes:
            case.recognised = None
            case.leave(r.words, "day", eids=causes)
            open_causes += causes
    return list(dict.fromkeys(open_causes))


def _revocation(case: CaseReading, deciders: CaseDeciders, today: date,
                recognised_from: date | None) -> Decision | None:
    open_causes = _event_days_asked(case, deciders, today, recognised_from)
    unread = unread_events(case)
    if not case.events and not case.considered and not open_causes and not unread:
        return None  # nothing said of what happened since the recognition: a question about the rules
    # no event ("we have never had a major accident", "only the plant moved"): decided all the same, as
    # the engine decides a factory without events (every cause does not apply)
    request = _revocation_request(case, today, recognised_from)
    try:
        result = deciders.revocation(request)
    except InputError:
        return None
    if open_causes and result["verdict"] != "revoke":
        # the check of the first and of the last day differ on these causes: open until the day is given
        result = _left_open(result, open_causes)
    open_unread: list[str] = []
    if unread and result["verdict"] != "revoke":
        # an event said and not read may be any of the causes its words bear on (the reader's ``Ask`` eids; "art_12":
        # any): none of those is said not to apply, the verdict waits for it
        bears = {e for u in unread for e in case.asks[u].eids}
        open_unread = [c["cause"] for c in result["causes"] if c["status"] == "does_not_apply"
                       and ("art_12" in bears or c["cause"] in bears)]
        result = _left_open(result, open_unread)
    return Decision(case, "revocation", request["level"], result, request, open_causes, open_unread)


def _left_open(result: dict, causes: list[str]) -> dict:
    """A revocation check's result with ``causes`` unknown and the verdict undetermined."""
    return {**result, "verdict": "undetermined",
            "causes": [{**c, "status": "unknown"} if c["cause"] in causes else c for c in result["causes"]]}


def unread_events(case: CaseReading) -> list[str]:
    """The words of a recognised factory's question saying something happened that no event reads (the reader's
    ``Ask`` kind ``event``)."""
    return [u for u in case.unread if (a := case.asks.get(u)) is not None and a.kind == "event"]
