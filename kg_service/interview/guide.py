"""One step of the interview: the facts so far, decided by the Service's engine, and the next question.

A condition still open is one whose status the fields not yet asked could change: an ``unknown`` part
the assessment names as missing (its ``missing`` entries), or a part an unasked field could still fail
(tried with that field's extreme values: a stated size that the revenue overrides, a filing dated after
the assessment). Fields whose answers cannot change any condition are never asked; a field already in
``facts`` or in ``unknown`` never again. The next question is a field of the open condition that needs the
fewest answers to be decided (the cheapest, in the rules' order on a tie); within a condition, a field
without which the others cannot be judged (the industry, before its indicators) first, then the one whose
answer leaves the fewest others to ask (revenue, which decides the size by itself, before the stated size).

``done`` is true as soon as a condition is not met, or no field left could change a condition: the verdict
is then the one ``POST /assess`` gives the same facts.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from kg_service.assessment.fields import ProfileFields
from kg_service.assessment.profile import ProfileError, check_profile
from kg_service.errors import InputError
from kg_service.interview.fields import Field, Gathered, askable
from kg_service.interview.models import InterviewIn
from kg_service.interview.wording import Wording

Decide = Callable[[dict], dict]  # a checked profile → the POST /assess answer for the interview's level
Read = Callable[[str], dict]  # words → {"profile", "spans", "unread", …} (Service.read_case)
Statuses = Callable[[dict], dict[str, str]]  # a checked profile → its conditions' statuses at that level
PROFILE_ID = "interview"
NOT_MET, UNKNOWN = "not_met", "unknown"


def with_value(profile: dict, path: str, value: Any) -> dict:
    """A copy of ``profile`` with ``value`` at the dotted ``path`` (the dicts on the way copied)."""
    out = dict(profile)
    cur = out
    parts = path.split(".")
    for p in parts[:-1]:
        cur[p] = dict(cur.get(p) or {})
        cur = cur[p]
    cur[parts[-1]] = list(value) if isinstance(value, tuple) else value
    return out


def merged(facts: dict, stated: dict) -> dict:
    """``facts`` with what was stated laid over it, object by object (a list whole)."""
    out = dict(facts)
    for k, v in stated.items():
        out[k] = merged(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def leaf_paths(d: dict, prefix: str = "") -> Iterable[str]:
    for k, v in d.items():
        if isinstance(v, dict):
            yield from leaf_paths(v, f"{prefix}{k}.")
        yield f"{prefix}{k}"


class Step:
    """The decisions one step needs, each made once (a profile → its conditions' statuses)."""

    def __init__(self, decide: Decide, statuses: Statuses | None = None):
        self.decide = decide
        self.decide_statuses = statuses
        self.memo: dict[str, dict[str, str]] = {}

    def statuses(self, profile: dict) -> dict[str, str]:
        key = json.dumps(profile, sort_keys=True, ensure_ascii=False, default=str)
        got = self.memo.get(key)
        if got is None:
            got = self.memo[key] = self.decide_statuses(profile) if self.decide_statuses is not None else \
                {c["id"]: c["status"] for c in self.decide(profile)["results"][0]["conditions"]}
        return got


class Interviewer:
    def __init__(self, fields: ProfileFields, wording: Wording):
        self.fields = askable(fields.schema, fields.reads, fields.labels, fields.units)
        self.by_condition: dict[str, list[Field]] = {}
        for f in self.fields.values():
            for c in f.conditions:
                self.by_condition.setdefault(c, []).append(f)
        self.requires = fields.requires
        self.minimum_met = fields.minimum_met
        self.values = fields.values
        self.wording = wording
        self.paths = set(schema_paths(fields.schema.get("properties") or {}))

    # ---- the step ----------------------------------------------------------------------------------
    def step(self, body: Any, decide: Decide, read: Read | None = None, *, today: date | None = None,
             statuses: Statuses | None = None) -> dict:
        """One step: ``decide`` gives the assessment of the facts, ``statuses`` (if given; else ``decide``)
        the conditions' statuses of the what-ifs that weigh each open field, ``read`` reads ``say``."""
        req = InterviewIn.parse(body)
        unknown = list(dict.fromkeys(req.unknown))
        for i, path in enumerate(unknown):
            if path not in self.paths:
                raise InputError(f"unknown.{i}", f"not a field of the profile: {path[:100]!r}")
        facts, spans, unread = dict(req.facts), {}, []
        if req.say and req.say.strip():
            if read is None:
                raise InputError("say", "words cannot be read here")
            got = read(req.say)
            stated = got.get("profile") or {}
            facts = merged(facts, stated)
            spans, unread = dict(got.get("spans") or {}), list(got.get("unread") or [])
            said = set(leaf_paths(stated))
            unknown = [u for u in unknown if u not in said]  # stated now: no longer unknown
        profile = {"id": PROFILE_ID, **facts}
        if req.as_of is not None:
            profile["as_of"] = req.as_of.isoformat()
        try:
            check_profile(profile)
        except ProfileError as e:
            raise InputError(f"facts.{e.field}" if not e.field.startswith("(") else "facts", e.message) from e

        step = Step(decide, statuses)
        result = decide(profile)
        res = result["results"][0]
        conditions = res["conditions"]
        step.memo[json.dumps(profile, sort_keys=True, ensure_ascii=False, default=str)] = \
            {c["id"]: c["status"] for c in conditions}
        decided = [{"condition": c["id"], "articles": c["articles"], "status": c["status"],
                    **({"label": c["label"]} if c.get("label") else {})} for c in conditions]
        gathered = Gathered(facts=profile, unknown=set(unknown))
        failed = any(c["status"] == NOT_MET for c in conditions)
        candidates = [] if failed else self.candidates(profile, conditions, gathered, step)
        best = min(candidates, default=None, key=lambda x: x[0])
        return {"facts": facts, "spans": spans, "unread": unread, "unknown": unknown, "level": req.level,
                "as_of": result["as_of"], "verdict": res["verdict"], "decided": decided,
                "done": best is None, "remaining": len({c[1].path for c in candidates}),
                "next": self.question(best[1], best[2]) if best else None,
                **({"notice": result["notice"]} if result.get("notice") else {})}

    # ---- which fields could still change a condition --------------------------------------------
    def candidates(self, profile: dict, conditions: list[dict], gathered: Gathered,
                   step: Step) -> list[tuple[tuple, Field, dict]]:
        out = []
        for n, cond in enumerate(conditions):
            open_fields = [f for f in self.by_condition.get(cond["id"], ()) if not gathered.closed(f)]
            if not open_fields:
                continue
            ranks = self.relevant(profile, cond, open_fields, step)
            out += [((len(ranks), n, rank), f, cond) for f, rank in ranks]
        return out

    def relevant(self, profile: dict, cond: dict, open_fields: list[Field], step: Step) -> list[tuple[Field, tuple]]:
        cid, status = cond["id"], cond["status"]
        ranked: dict[str, tuple[Field, tuple]] = {}
        if status == UNKNOWN:
            entries = [m for m in cond.get("missing") or () if m.get("status") == UNKNOWN]
            entries.sort(key=lambda m: min((self.fields[x].order for x in m["fields"] if x in self.fields),
                                           default=len(self.fields)))
            for e, m in enumerate(entries):
                leaves = [f for f in open_fields if f.path in m["fields"] or f.parent in m["fields"]]
                if leaves and self.resolvable(profile, cid, status, leaves, step):
                    scores = self.leaves_left(profile, cid, leaves, step)
                    for f in leaves:
                        if f.path not in ranked:
                            ranked[f.path] = (f, (e, f.probeable, scores.get(f.path, 0), f.order))
        late = len(self.fields)
        for f in open_fields:
            if f.path in ranked:
                continue
            if not f.probeable or any(step.statuses(with_value(profile, f.path, v))[cid] != status for v in f.probes):
                ranked[f.path] = (f, (late, f.probeable, 0, f.order))
        return sorted(ranked.values(), key=lambda x: x[1])

    @staticmethod
    def resolvable(profile: dict, cid: str, status: str, leaves: list[Field], step: Step) -> bool:
        """Whether answers to ``leaves`` could decide the condition: with a field no value can stand for
        (a text, a list of records) always; else if its status moves with the fields all at one end of
        their values or all at the other."""
        if not all(f.probeable for f in leaves):
            return True
        for end in (0, -1):
            p = profile
            for f in leaves:
                p = with_value(p, f.path, f.probes[end])
            if step.statuses(p)[cid] != status:
                return True
        return False

    def leaves_left(self, profile: dict, cid: str, leaves: list[Field], step: Step) -> dict[str, int]:
        """For a part with two or three fields: how many of the others could still matter, at worst, once
        each is answered (the field that decides the part by itself is asked first)."""
        probeable = [f for f in leaves if f.probeable]
        if not 2 <= len(probeable) <= 3:
            return {}
        out = {}
        for f in probeable:
            worst = 0
            for v in f.probes:
                p = with_value(profile, f.path, v)
                here = step.statuses(p)[cid]
                left = sum(1 for g in probeable if g is not f and any(
                    step.statuses(with_value(p, g.path, w))[cid] != here for w in g.probes))
                worst = max(worst, left)
            out[f.path] = worst
        return out

    # ---- the question --------------------------------------------------------------------------------
    def question(self, f: Field, cond: dict) -> dict:
        # the requirement of the first part reading the field (the whole of it where several parts do):
        # one clause, not every part's run together
        parts = (self.requires.get(cond["id"]) or {}).get(f.parent or f.path) or ()
        required = dict(parts[0]) if parts else \
            {k: v for k, v in (cond.get("required") or {}).items() if k in ("zh", "en")}
        thresholds = (cond.get("required") or {}).get("thresholds") or {}
        leaf = f.path.rsplit(".", 1)[-1]
        threshold = thresholds.get(leaf) if f.parent else None
        label = cond.get("label") or {"zh": cond["id"], "en": cond["id"]}
        out: dict[str, Any] = {
            "field": f.path, "kind": f.kind, "choices": list(f.choices),
            "labels": {c: dict(self.values[c]) for c in f.choices if c in self.values},
            "item": [dict(i) for i in f.item], "unit": f.unit, "minimum": f.minimum, "maximum": f.maximum,
            "label": dict(f.label), "question": self.wording.question(f),
            "why": {"condition": cond["id"], "articles": list(cond["articles"]),
                    "text": self.wording.reason(label, cond["articles"], required, threshold,
                                                (cond.get("required") or {}).get("minimum_met") or self.minimum_met)},
        }
        for i in out["item"]:
            i["labels"] = {c: dict(self.values[c]) for c in i["choices"] if c in self.values}
        return out


def schema_paths(props: dict, prefix: str = "") -> Iterable[str]:
    """Every field path of a JSON Schema's properties, objects and their members (``basic_filing``,
    ``basic_filing.date``): what an interview's ``unknown`` may name."""
    for name, node in props.items():
        yield prefix + name
        if node.get("type") == "object":
            yield from schema_paths(node.get("properties") or {}, f"{prefix}{name}.")
