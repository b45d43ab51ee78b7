"""The assessment JSON of many profiles, assembled from cached, already serialised condition fragments.

Building each condition's dict (``Assessor._condition``) and serialising it cost most of a batch run,
yet a condition's JSON is a function of few things: the condition, each part's status and the
constraint components that failed, and the observed values of the condition's fields. Under that key
the fragment is built once by the single path's own code (``Assessor._condition``) and serialised
once with the same ``json.dumps`` settings; a profile's line is then joined from fragments with the
same separators ``json.dumps`` uses, so the bytes are the single path's.

Conditions whose JSON reads more of the profile than their fields are built per profile by the
same code, uncached: those drawing in industry facts (``sfkg:IndustryThresholds``: the row's
thresholds, every indicator) and failing parts whose advice lists indicator gaps or window records
(the qualified-count components). Nothing here names a condition.
"""
from __future__ import annotations

import json
from datetime import date

from rdflib.namespace import SH

from kg_service.assessment.engine import _THRESHOLDS, LEVEL_NAMES, VERDICT, Assessor
from kg_service.assessment.profile import field_value
from kg_service.assessment.rules import MET, NOT_MET, UNKNOWN

# advice for these components reads beyond the shape's fields (kg_service/assessment/advice.py)
PROFILE_WIDE = frozenset({SH.QualifiedMinCountConstraintComponent, SH.QualifiedMaxCountConstraintComponent})
MAX_CACHED = 200_000  # fragments kept; beyond, new keys are built uncached (memory stays bounded)
_NO_KEY = object()


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _freeze(v):
    """A hashable key that tells apart values json.dumps writes differently (1, 1.0, True; -0.0, 0.0)."""
    t = v.__class__
    if t is str or t is bool or t is int or v is None:
        return (t, v)
    if t is float:
        return (t, repr(v))
    if t is list:
        return (t, tuple(_freeze(x) for x in v))
    if t is dict:
        return (t, tuple((k, _freeze(x)) for k, x in v.items()))
    return _NO_KEY


class _Cond:
    """What the fragment key of one condition needs, read once from the rules."""
    __slots__ = ("cond", "fields", "id", "shapes", "wide")

    def __init__(self, cond):
        self.cond, self.id = cond, cond.id
        self.shapes = [(str(s.iri), s) for s in cond.shapes]
        self.fields = sorted({f for s in cond.shapes for f in s.fields})
        self.wide = any(_THRESHOLDS in s.uses_facts for s in cond.shapes)


class Fragments:
    def __init__(self, assessor: Assessor):
        self.assessor = assessor
        self._part = assessor._part_status
        self._levels = {lvl: [_Cond(c) for c in assessor.rules.for_level(lvl)] for lvl in LEVEL_NAMES}
        self._cache: dict[tuple, tuple[dict, str]] = {}
        self._level_head = {lvl: '{"level": ' + _dumps(lvl) + ', "verdict": ' for lvl in LEVEL_NAMES}
        self._verdict = {s: _dumps(VERDICT[s]) + ', "conditions": [' for s in (MET, NOT_MET, UNKNOWN)}
        self._rules_version = ', "rules_version": ' + _dumps(assessor.rules_version) + ', "results": ['
        self.hits = self.misses = self.uncached = 0

    def _condition(self, c: _Cond, by_shape, profile: dict, as_of: date, ind) -> tuple[dict, str, str]:
        """The condition's dict, its JSON and its status."""
        key_parts = []
        wide = c.wide
        status = MET
        for iri, _s in c.shapes:
            vs = by_shape.get(iri)
            if not vs:
                key_parts.append(None)
                continue
            st = self._part(iri, vs)
            comps = frozenset(v.component for v in vs)
            if not wide and st != MET and not comps.isdisjoint(PROFILE_WIDE):
                wide = True
            key_parts.append((st, comps))
            if st == NOT_MET or (st == UNKNOWN and status == MET):
                status = st
        key = None
        if not wide:
            observed = tuple(_freeze(field_value(profile, f)) for f in c.fields)
            if _NO_KEY not in observed:
                key = (c.id, tuple(key_parts), observed)
                hit = self._cache.get(key)
                if hit is not None:
                    self.hits += 1
                    return hit[0], hit[1], status
        d = self.assessor._condition(c.cond, by_shape, profile, as_of, ind, False)
        text = _dumps(d)
        if key is not None and len(self._cache) < MAX_CACHED:
            self._cache[key] = (d, text)
            self.misses += 1
        else:
            self.uncached += 1
        return d, text, status

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
