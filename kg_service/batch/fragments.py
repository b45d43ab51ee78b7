"""The assessment JSON of many profiles, assembled from cached, already serialised condition fragments.

Building each condition's dict (``Assessor.condition_result``) and serialising it cost most of a batch run,
yet a condition's JSON is a function of few things: the condition, each part's status and the
constraint components that failed, and the observed values of the condition's fields. Under that key
the fragment is built once by the single path's own code (``Assessor.condition_result``) and serialised
once with the same ``json.dumps`` settings; a profile's line is then joined from fragments with the
same separators ``json.dumps`` uses, so the bytes are the single path's.

Conditions whose JSON reads more of the profile than their fields have a wider key: those drawing in
industry facts (``sfkg:IndustryThresholds``: the row's thresholds, every indicator) and failing parts
whose advice lists indicator gaps (keyed on what the facts are read from) or window records (also
keyed on the date assessed). A condition not seen under its full key, and drawing in no industry
facts, comes from a template keyed on its failing shapes' fields only, with "observed" serialised per
profile (``_templated``). Nothing here names a condition.
"""
from __future__ import annotations

import json
from datetime import date

from rdflib.namespace import SH

from kg_service.assessment.engine import LEVEL_NAMES, VERDICT, Assessor
from kg_service.assessment.rules import MET, NOT_MET, UNKNOWN

# advice for these components reads beyond the shape's fields (kg_service/assessment/advice.py):
# indicator gaps (the indicators and the industry's thresholds) and, for the window, the records
# inside it as of the date assessed
WINDOWED, QUALIFIED_MIN = SH.QualifiedMaxCountConstraintComponent, SH.QualifiedMinCountConstraintComponent
PROFILE_WIDE = frozenset({QUALIFIED_MIN, WINDOWED})
# what FactSource reads of a profile (assessment/facts.py add_facts; assessment/datagraph.py build): the
# industry facts and the indicator observations are functions of these
FACT_INPUTS = ("industry_code", "indicators")
MAX_CACHED = 50_000  # fragments kept; beyond, new keys are built uncached (memory stays bounded)


class _Unkeyed(Exception):
    """A value of a type the key does not know (not one of JSON's): that condition is built uncached."""

_MARK = "\x00observed\x00"  # stands for "observed" in a template (escaped by json.dumps: never in the text)


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _freeze(v):
    """A hashable key that tells apart values json.dumps writes differently (1, 1.0, True; -0.0, 0.0).
    A string or None stands for itself: it equals no value of another type."""
    t = v.__class__
    if t is str or v is None:
        return v
    if t is bool or t is int:
        return (t, v)
    if t is float:
        return (t, repr(v))
    if t is list:
        return (t, tuple([_freeze(x) for x in v]))
    if t is dict:
        return (t, tuple([(k, _freeze(x)) for k, x in v.items()]))
    raise _Unkeyed(t)


class _Cond:
    """What the fragment key of one condition needs, read once from the rules."""
    __slots__ = ("cond", "fields", "id", "shape_fields", "shapes", "wide")

    def __init__(self, cond):
        self.cond, self.id = cond, cond.id
        self.shapes = [str(s.iri) for s in cond.shapes]
        self.fields = [(f, f.split(".")) for f in sorted({f for s in cond.shapes for f in s.fields})]
        self.shape_fields = [[f.split(".") for f in s.fields] for s in cond.shapes]
        self.wide = cond.uses_thresholds


def _field(profile: dict, parts: list[str]):
    """As ``field_value``, with the path split beforehand."""
    value = profile
    for part in parts:
        if value.__class__ is not dict or part not in value:
            return None
        value = value[part]
    return value


class Fragments:
    def __init__(self, assessor: Assessor):
        self.assessor = assessor
        self._part = assessor.part_status
        self._levels = {lvl: [_Cond(c) for c in assessor.rules.for_level(lvl)] for lvl in LEVEL_NAMES}
        self._cache: dict[tuple, tuple[dict, str]] = {}
        self._templates: dict[tuple, tuple[dict, str, str]] = {}
        self._status: dict[tuple, tuple[str, frozenset]] = {}  # (shape, components) → part status
        self._level_head = {lvl: '{"level": ' + _dumps(lvl) + ', "verdict": ' for lvl in LEVEL_NAMES}
        self._verdict = {s: _dumps(VERDICT[s]) + ', "conditions": [' for s in (MET, NOT_MET, UNKNOWN)}
        self._rules_version = ', "rules_version": ' + _dumps(assessor.rules_version) + ', "results": ['
        self.hits = self.misses = self.uncached = 0

    def _part_key(self, iri: str, vs: list) -> tuple[str, frozenset]:
        comps = tuple(v.component for v in vs)
        got = self._status.get((iri, comps))
        if got is None:
            got = self._status[(iri, comps)] = (self._part(iri, vs), frozenset(comps))
        return got

    def _condition(self, c: _Cond, by_shape, profile: dict, as_of: date, ind) -> tuple[dict, str, str]:
        """The condition's dict, its JSON and its status."""
        key_parts = []
        wide, windowed = c.wide, False
        failing = []  # the shapes not met: their fields are the ones the advice reads
        status = MET
        for i, iri in enumerate(c.shapes):
            vs = by_shape.get(iri)
            if not vs:
                key_parts.append(None)
                continue
            part = self._part_key(iri, vs)
            st, comps = part
            if st != MET:
                failing.append(i)
                if not comps.isdisjoint(PROFILE_WIDE):
                    wide = wide or QUALIFIED_MIN in comps
                    windowed = windowed or WINDOWED in comps
            key_parts.append(part)
            if st == NOT_MET or (st == UNKNOWN and status == MET):
                status = st
        try:
            observed = [_freeze(_field(profile, f)) for _, f in c.fields]
            if wide:  # the facts drawn in are a function of what FactSource reads of the profile
                observed.extend(_freeze(profile.get(k)) for k in FACT_INPUTS)
        except _Unkeyed:
            key = None
        else:
            if windowed:
                observed.append(as_of)
            key = (c.id, tuple(key_parts), tuple(observed))
            hit = self._cache.get(key)
            if hit is not None:
                self.hits += 1
                return hit[0], hit[1], status
        got = None if wide or key is None else self._templated(c, tuple(key_parts), failing, windowed, by_shape,
                                                               profile, as_of, ind)
        if got is None:
            d = self.assessor.condition_result(c.cond, by_shape, profile, as_of, ind, False)
            got = d, _dumps(d)
        if key is not None and len(self._cache) < MAX_CACHED:
            self._cache[key] = got
            self.misses += 1
        else:
            self.uncached += 1
        return got[0], got[1], status

    def _templated(self, c: _Cond, parts: tuple, failing: list[int], windowed: bool, by_shape, profile: dict,
                   as_of: date, ind) -> tuple[dict, str] | None:
        """A condition without industry facts: besides "observed", its JSON depends on the failing
        shapes' fields only (their advice shows those values; messages, requirements and labels are
        the shapes'), and on the date assessed for window records. It is kept as a template under
        that key with "observed" serialised per profile."""
        tkey = [c.id, parts]
        for i in failing:  # every value was keyed already (the caller's key holds them all)
            tkey.extend(_freeze(_field(profile, f)) for f in c.shape_fields[i])
        if windowed:
            tkey.append(as_of)
        tkey = tuple(tkey)
        observed = {f: _field(profile, parts) for f, parts in c.fields}
        t = self._templates.get(tkey)
        if t is None:
            d = self.assessor.condition_result(c.cond, by_shape, profile, as_of, ind, False)
            if d.get("observed") != observed:  # not the form this template assumes: built per profile
                return d, _dumps(d)
            pieces = _dumps({**d, "observed": _MARK}).split(_dumps(_MARK))
            if len(pieces) != 2:
                return d, _dumps(d)
            if len(self._templates) >= MAX_CACHED:
                return d, _dumps(d)
            t = self._templates[tkey] = (d, pieces[0], pieces[1])
        return {**t[0], "observed": observed}, t[1] + _dumps(observed) + t[2]

    def result(self, profile: dict, level: str | None, by_shape, as_of: date, ind) -> tuple[dict, str]:
        """As ``Assessor.result_from(..., explain=False)`` and ``json.dumps`` of it (ensure_ascii=False).

        The dicts of cached conditions are shared between results: read them, never change them."""
        levels = (level,) if level else LEVEL_NAMES
        done: dict[str, tuple[dict, str, str]] = {}
        results, texts = [], []
        for lvl in levels:
            conds, frags = [], []
            verdict = MET
            for c in self._levels[lvl]:
                got = done.get(c.id)
                if got is None:
                    got = done[c.id] = self._condition(c, by_shape, profile, as_of, ind)
                conds.append(got[0])
                frags.append(got[1])
                st = got[2]
                if st == NOT_MET or (st == UNKNOWN and verdict == MET):
                    verdict = st
            results.append({"level": lvl, "verdict": VERDICT[verdict], "conditions": conds})
            texts.append(self._level_head[lvl] + self._verdict[verdict] + ", ".join(frags) + "]}")
        iso = as_of.isoformat()
        result = {"profile_id": profile["id"], "as_of": iso, "rules_version": self.assessor.rules_version,
                  "results": results}
        line = ('{"profile_id": ' + _dumps(profile["id"]) + ', "as_of": "' + iso + '"' + self._rules_version
                + ", ".join(texts) + "]}")
        return result, line
